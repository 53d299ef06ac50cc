//! A personnummer in any spelling is refused in every free-text field and
//! in values, and `check` finds the same in old rows (issue #10, item 6);
//! dates, phone numbers, registration numbers and counts still pass.

use crate::log_support::{log_env, log_ok, printed_id, run};

/// The test person 811218-9876 and samordningsnummer 121272-1219, spelled
/// as people and programs write them.
const SPELLINGS: [&str; 14] = [
    "811218 9876",
    "811218\u{2013}9876",
    "811218\u{2014}9876",
    "811218\u{2212}9876",
    "811218\u{2011}9876",
    "811218\u{a0}9876",
    "811218 - 9876",
    "\u{ff18}\u{ff11}\u{ff11}\u{ff12}\u{ff11}\u{ff18}-\u{ff19}\u{ff18}\u{ff17}\u{ff16}",
    "811218+9876",
    "19811218 9876",
    "198112189876",
    "121272-1219",
    "121272 1219",
    "8112\u{200b}18-9876",
];

const HEADER: &str =
    "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";

#[test]
fn every_spelling_is_refused_in_every_field_and_nothing_is_written() {
    let env = log_env();
    let before = env.snapshot();
    for spelling in SPELLINGS {
        for flag in ["--note", "--who", "--place"] {
            let text = format!("samtal med {spelling} i dag");
            let out = run(
                &env,
                &["log", "trafikkontroll", "--date", "2021-03-02", flag, &text],
            )
            .output()
            .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{flag} {spelling:?}: {stderr}");
            let field = flag.trim_start_matches("--");
            assert!(
                stderr.contains(&format!("{field} holds a Swedish"))
                    && stderr.contains("(at character 12)"),
                "{flag} {spelling:?}: {stderr}"
            );
            assert!(!stderr.contains(spelling), "the number is not repeated");
            assert!(stderr.contains("Nothing was written"));
        }
    }
    // A --value that is a personnummer, 10 or 12 digits.
    for value in ["anmalningar=8112189876", "anmalningar=198112189876"] {
        run(
            &env,
            &[
                "log",
                "trafikkontroll",
                "--date",
                "2021-03-02",
                "--value",
                value,
            ],
        )
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "values: anmalningar holds a Swedish personnummer",
        ));
    }
    assert_eq!(env.snapshot(), before, "nothing was written");
}

#[test]
fn dates_phone_numbers_registrations_and_counts_pass_and_count() {
    let env = log_env();
    let mut ids = Vec::new();
    for note in [
        "möte 2021-03-02 kl 10:15 och 20210302",
        "ring 070-123 45 67 eller 0701234567",
        "bil ABC 123, ärende 5000-K123456-21",
        "12 förare, 1 500 kr, 811218",
    ] {
        let out = log_ok(
            &env,
            &["trafikkontroll", "--date", "2021-03-02", "--note", note],
        );
        ids.push(printed_id(&out));
    }
    let out = log_ok(
        &env,
        &[
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--count",
            "12",
            "--value",
            "anmalningar=1234",
        ],
    );
    ids.push(printed_id(&out));
    let out = run(&env, &["export", "--format", "json", "--out", "-"])
        .output()
        .unwrap();
    let json = String::from_utf8(out.stdout).unwrap();
    for id in &ids {
        assert!(json.contains(id.as_str()), "{id} exported");
    }
    let out = run(
        &env,
        &[
            "status",
            "--measure",
            "trafikkontroll",
            "--at",
            "2021-03-31",
        ],
    )
    .output()
    .unwrap();
    let status = String::from_utf8(out.stdout).unwrap();
    assert!(status.contains("16/10"), "4 + 12 counted: {status}");
}

#[test]
fn check_finds_every_spelling_in_old_rows_and_status_still_counts_them() {
    let env = log_env();
    let mut log = HEADER.to_string();
    for (i, spelling) in SPELLINGS.iter().enumerate() {
        log.push_str(&format!(
            "20210302-080000-000000{i:02},2021-03-02,trafikkontroll,1,,,,,\"samtal {spelling}\",2021-03-02T08:00:00+01:00,,\n"
        ));
    }
    log.push_str("20210302-080000-00000099,2021-03-02,trafikkontroll,1,,anmalningar=8112189876,,,,2021-03-02T08:00:00+01:00,,\n");
    env.write("data/logs/2021.csv", &log);
    let before = env.snapshot();
    let out = run(&env, &["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    for line in 2..2 + SPELLINGS.len() {
        assert!(
            stdout.contains(&format!("data/logs/2021.csv:{line}: note holds a Swedish")),
            "line {line}: {stdout}"
        );
    }
    let value_line = 2 + SPELLINGS.len();
    assert!(
        stdout.contains(&format!("data/logs/2021.csv:{value_line}:"))
            && stdout.contains("anmalningar holds a Swedish personnummer"),
        "{stdout}"
    );
    for spelling in SPELLINGS {
        assert!(
            !stdout.contains(spelling),
            "check does not repeat {spelling:?}"
        );
    }
    assert_eq!(env.snapshot(), before, "check changes nothing");
    // Nothing is dropped: status still counts the rows check names.
    let out = run(
        &env,
        &[
            "status",
            "--measure",
            "trafikkontroll",
            "--at",
            "2021-03-31",
        ],
    )
    .output()
    .unwrap();
    let status = String::from_utf8(out.stdout).unwrap();
    assert!(status.contains("14/10"), "{status}");
}
