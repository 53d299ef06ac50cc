//! Values are finite and bounded, counts bounded, count metrics whole
//! (issue #10, item 11): no `inf` in a table, no `null` where a number
//! belongs in JSON, and every refused or unreadable row named.

use serde_json::Value;

use crate::log_support::{log_env, log_ok, run};

const HEADER: &str =
    "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";

fn refused(args: &[&str], words: &str) {
    let env = log_env();
    let mut all = vec!["log", "trafikkontroll", "--date", "2021-03-02"];
    all.extend_from_slice(args);
    let out = run(&env, &all).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(words), "{args:?}: {stderr}");
    assert!(
        !env.path().join("data/logs").exists(),
        "{args:?} wrote nothing"
    );
}

#[test]
fn values_and_counts_out_of_bounds_are_refused_at_input() {
    refused(
        &["--value", "anmalningar=1e308"],
        "is larger than 1000000000",
    );
    refused(
        &["--value", "anmalningar=1000000001"],
        "is larger than 1000000000",
    );
    refused(&["--value", "anmalningar=inf"], "is not a number");
    refused(&["--value", "anmalningar=NaN"], "is not a number");
    refused(
        &["--value", "anmalningar=2,5"],
        "\"anmalningar\" is counted in whole numbers, so 2,5 will not do",
    );
    refused(&["--count", "10001"], "not a whole number from 1 to 10000");
    refused(
        &["--count", "18446744073709551616"],
        "not a whole number from 1 to 10000",
    );
    // At the bounds, and a decimal for a metric that is not a count.
    let env = log_env();
    log_ok(
        &env,
        &[
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--count",
            "10000",
            "--value",
            "anmalningar=1000000000",
        ],
    );
    log_ok(
        &env,
        &[
            "narkotika",
            "--date",
            "2021-03-02",
            "--value",
            "beslag=12,5",
        ],
    );
}

#[test]
fn old_rows_out_of_bounds_are_named_and_sums_stay_finite() {
    let env = log_env();
    let row = |id: &str, count: &str, values: &str| {
        format!("{id},2021-03-02,trafikkontroll,{count},,{values},,,,2021-03-02T08:00:00+01:00,,\n")
    };
    let log = [
        HEADER.to_string(),
        row("20210302-080000-00000001", "1", "anmalningar=2"),
        row("20210302-080000-00000002", "1", "anmalningar=1e308"),
        row("20210302-080000-00000003", "1", "anmalningar=1e308"),
        row("20210302-080000-00000004", "18446744073709551615", ""),
        row("20210302-080000-00000005", "18446744073709551615", ""),
        row("20210302-080000-00000006", "3", "anmalningar=2.5"),
    ]
    .concat();
    env.write("data/logs/2021.csv", &log);
    let before = env.snapshot();
    let out = run(&env, &["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    for (line, words) in [
        (3, "anmalningar=1e308 is larger than 1000000000"),
        (4, "anmalningar=1e308 is larger than 1000000000"),
        (5, "not a whole number from 1 to 10000"),
        (6, "not a whole number from 1 to 10000"),
        (
            7,
            "\"anmalningar\" is counted in whole numbers, so 2,5 will not do",
        ),
    ] {
        assert!(
            stdout.contains(&format!("data/logs/2021.csv:{line}: ")) && stdout.contains(words),
            "line {line} {words}: {stdout}"
        );
    }
    // status: the readable rows count (1 + 3), the rest is said on stderr.
    let out = run(
        &env,
        &[
            "status",
            "--at",
            "2021-03-31",
            "--measure",
            "trafikkontroll",
        ],
    )
    .output()
    .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("4/10"), "{stdout}");
    assert!(
        !stdout.contains("inf") && !stdout.contains("18446744073709551615"),
        "{stdout}"
    );
    assert!(
        stderr.contains("4 rows of the log could not be read"),
        "{stderr}"
    );
    let out = run(&env, &["status", "--at", "2021-03-31", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let metric = json["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "trafikkontroll")
        .unwrap()["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "anmalningar")
        .unwrap()
        .clone();
    assert_eq!(metric["ytd"], serde_json::json!(4.5), "{metric}");
    // export: every number finite.
    let out = run(&env, &["export", "--format", "json", "--out", "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("e+308") && !text.contains("inf"), "{text}");
    assert_eq!(env.snapshot(), before, "nothing changed, nothing lost");
}
