//! `loften check` over the logs: every problem as `FILE:LINE: message`,
//! exit 1 when any, 0 when clean.

use predicates::prelude::*;

use crate::log_support::{log_env, log_ok, printed_id, run};
use crate::testenv::TestEnv;

const HEADER: &str =
    "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";

fn check_finds(env: &TestEnv, expected: &[&str]) {
    let out = run(env, &["check"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    for line in expected {
        assert!(out.contains(line), "check should say {line:?}:\n{out}");
    }
}

#[test]
fn a_clean_log_passes_and_counts_its_rows() {
    let env = log_env();
    run(&env, &["check"])
        .assert()
        .code(0)
        .stdout("data/plan/plan.toml: no problems\n");
    log_ok(&env, &["trafikkontroll", "--date", "2021-03-02"]);
    log_ok(&env, &["narkotika", "--date", "2020-03-02"]);
    run(&env, &["check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no problems (2 rows read)"));
}

#[test]
fn conflict_copies_and_duplicate_ids() {
    let env = log_env();
    let id = printed_id(&log_ok(&env, &["trafikkontroll", "--date", "2021-03-02"]));
    let year = env.read("data/logs/2021.csv");
    env.write("data/logs/2021 (1).csv", &year);
    env.write("data/logs/2021-LAPTOP.csv", HEADER);
    // A git union merge: the same row twice in the year file.
    let row = year.lines().nth(1).unwrap();
    env.write("data/logs/2021.csv", &format!("{year}{row}\n"));
    check_finds(
        &env,
        &[
            "data/logs/2021 (1).csv: the file is not named YYYY.csv: it looks like a conflict copy",
            "data/logs/2021-LAPTOP.csv: the file is a conflict copy left by OneDrive",
            &format!(
                "data/logs/2021 (1).csv:2: the row already stands, the same, at data/logs/2021.csv:2 (id {id})"
            ),
            &format!(
                "data/logs/2021.csv:3: the row already stands, the same, at data/logs/2021.csv:2 (id {id})"
            ),
            "4 problems found (3 rows read)",
        ],
    );
    // Counted once, with a warning naming both files.
    let out = run(&env, &["status", "--at", "2021-03-31"])
        .assert()
        .success();
    let out = out.get_output();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(stdout.contains("1/10"), "{stdout}");
    assert!(
        stderr.contains("2 rows appear twice with the same id and content")
            && stderr.contains("data/logs/2021.csv, data/logs/2021 (1).csv"),
        "{stderr}"
    );
}

#[test]
fn old_rows_that_break_the_plan() {
    let env = log_env();
    let rows = [
        "a1,2021-03-02,trafikontroll,1,,,,,,,,",
        "a2,2018-03-02,trafikkontroll,1,,,,,,,,",
        "a3,2021-03-02,klassrumsbesok,1,åk5,,,,,,,",
        "a4,2021-03-02,trafikkontroll,1,,beslag=2,,,,,,",
        "a5,2021-03-02,trafikkontroll,1,,,,,ring 121212-1212,,,",
        "a6,2021-03-02,trafikkontroll,1,,,,,,,nowhere,",
        "a7,2021-13-02,trafikkontroll,1,,,,,,,,",
        "a8,2021-03-02,trafikkontroll,2.5,,,,,,,,",
        "a9,2021-03-02,trafikkontroll,1,,anmalningar=två,,,,,,",
        "a10,2022-03-02,trafikkontroll,1,,,,,,,,",
    ];
    env.write(
        "data/logs/2021.csv",
        &format!("{HEADER}{}\n", rows.join("\n")),
    );
    check_finds(
        &env,
        &[
            "data/logs/2021.csv:2: measure \"trafikontroll\" is not in the plan; did you mean trafikkontroll?",
            "data/logs/2021.csv:3: the date 2018-03-02 lies outside the agreement",
            "data/logs/2021.csv:4: target \"åk5\" is not one of measure \"klassrumsbesok\"'s targets",
            "data/logs/2021.csv:5: \"beslag\" is not a follow-up metric of measure \"trafikkontroll\"",
            "data/logs/2021.csv:6: note holds a Swedish personnummer",
            "data/logs/2021.csv:7: the row voids nowhere, but no readable row has that id",
            "data/logs/2021.csv:8: date: \"2021-13-02\" is not a date",
            "data/logs/2021.csv:9: the count \"2.5\" is not a whole number",
            "data/logs/2021.csv:10: values: \"anmalningar=två\" must be written NAME=NUMBER",
            "data/logs/2021.csv:11: the date 2022-03-02 lies in the future",
            "data/logs/2021.csv:3: the row is dated 2018-03-02 but stands in 2021.csv",
            "data/logs/2021.csv:11: the row is dated 2022-03-02 but stands in 2021.csv: it counts on its date, but belongs in 2022.csv",
            "12 problems found (10 rows read)",
        ],
    );
}

#[test]
fn a_header_saved_by_excel_with_semicolons() {
    let env = log_env();
    env.write(
        "data/logs/2021.csv",
        "id;date;measure;count;target;values;who;place;note;recorded_at;voids;excuses\n",
    );
    check_finds(
        &env,
        &[
            "data/logs/2021.csv:1: the file was saved by Excel or another spreadsheet (semicolons (;) between fields). Its rows are read and counted, but loften log will not add to it until it is rewritten: run `loften repair`",
        ],
    );
    env.write("data/logs/2021.csv", "id;date;measure;count\n");
    check_finds(
        &env,
        &[
            "data/logs/2021.csv:1: the file could not be read: the header line is separated by semicolons but does not have loften's columns",
        ],
    );
    run(&env, &["status", "--at", "2021-03-31"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "the file data/logs/2021.csv could not be read (its header line is wrong) and none of its rows is counted",
        ));
}

#[test]
fn a_log_with_a_byte_order_mark_and_crlf_reads_and_is_repaired_before_appending() {
    let env = log_env();
    let text = format!("\u{feff}{HEADER}a1,2021-03-02,trafikkontroll,1,,,,,\"x, y\",,,\n")
        .replace('\n', "\r\n");
    env.write("data/logs/2021.csv", &text);
    check_finds(
        &env,
        &[
            "data/logs/2021.csv:1: the file was saved by Excel or another spreadsheet (CRLF line ends (Windows), a byte-order mark (BOM) first)",
            "(1 row read)",
        ],
    );
    let before = env.snapshot();
    run(&env, &["log", "trafikkontroll", "--date", "2021-03-03"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "data/logs/2021.csv is not in loften's form (CRLF line ends (Windows), a byte-order mark (BOM) first; saved by Excel?), so a new row could not be read back. Nothing was written. Run `loften repair`",
        ));
    assert_eq!(env.snapshot(), before, "a refused log writes nothing");
    run(&env, &["repair"]).assert().code(0).stdout(predicate::str::contains(
        "data/logs/2021.csv: rewritten in loften's form, all 1 row kept (CRLF line ends → LF, byte-order mark removed, the columns until and answers added); the old file is kept as data/logs/2021.csv.",
    ));
    assert_eq!(
        env.read("data/logs/2021.csv"),
        format!(
            "{},until,answers\na1,2021-03-02,trafikkontroll,1,,,,,\"x, y\",,,,,\n",
            HEADER.trim_end()
        )
    );
    let out = log_ok(&env, &["trafikkontroll", "--date", "2021-03-03"]);
    assert!(
        out.contains("trafikkontroll: 2 of 10 in March 2021"),
        "{out}"
    );
}

#[test]
fn check_still_reads_the_logs_when_the_plan_is_broken() {
    let env = log_env();
    log_ok(&env, &["trafikkontroll", "--date", "2021-03-02"]);
    let plan = env
        .read("data/plan/plan.toml")
        .replace("at_least = 10", "at_least = 0");
    env.write("data/plan/plan.toml", &plan);
    env.write("data/logs/2021 (1).csv", HEADER);
    check_finds(
        &env,
        &[
            "data/plan/plan.toml:",
            "data/logs/2021 (1).csv: the file is not named",
        ],
    );
}
