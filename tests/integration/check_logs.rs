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
            "data/logs/2021-LAPTOP.csv: the file is not named YYYY.csv",
            &format!("data/logs/2021 (1).csv:2: id {id} was already used at data/logs/2021.csv:2"),
            &format!("data/logs/2021.csv:3: id {id} was already used at data/logs/2021.csv:2"),
            "4 problems found (3 rows read)",
        ],
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
            "data/logs/2021.csv:7: the row voids nowhere, but no row has that id",
            "data/logs/2021.csv:8: date: \"2021-13-02\" is not a date",
            "data/logs/2021.csv:9: the count \"2.5\" is not a whole number",
            "data/logs/2021.csv:10: values: \"anmalningar=två\" must be written NAME=NUMBER",
            "data/logs/2021.csv:11: the date 2022-03-02 lies in the future",
            "10 problems found (10 rows read)",
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
        &["data/logs/2021.csv:1: the header line is separated by semicolons"],
    );
}

#[test]
fn a_log_with_a_byte_order_mark_and_crlf_reads() {
    let env = log_env();
    let text = format!("\u{feff}{HEADER}a1,2021-03-02,trafikkontroll,1,,,,,\"x, y\",,,\r\n")
        .replace('\n', "\r\n");
    env.write("data/logs/2021.csv", &text);
    run(&env, &["check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("(1 row read)"));
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
