//! `loften void`: one row appended per correction; a voided row counts
//! nowhere; voiding twice, an unknown id or a void itself is refused.

use predicates::prelude::*;

use crate::log_support::{field, log_env, log_ok, printed_id, python_rows, run};

#[test]
fn void_appends_exactly_one_row_and_only_once() {
    let env = log_env();
    let id = printed_id(&log_ok(
        &env,
        &["trafikkontroll", "--date", "2020-11-05", "--count", "4"],
    ));
    log_ok(&env, &["trafikkontroll", "--date", "2020-11-06"]);
    let before = env.read("data/logs/2020.csv");
    let out = run(
        &env,
        &["void", &id, "--reason", "fel åtgärd", "--who", "Bo S"],
    )
    .assert()
    .success()
    .stdout(predicate::str::contains(format!("Voided {id}")))
    .get_output()
    .stdout
    .clone();
    let void_id = printed_id(&String::from_utf8(out).unwrap());
    let after = env.read("data/logs/2020.csv");
    assert!(after.starts_with(&before));
    assert_eq!(after[before.len()..].lines().count(), 1);
    let rows = python_rows(&env, "data/logs/2020.csv");
    let void = &rows[2];
    assert_eq!(field(void, "id"), void_id);
    assert_eq!(field(void, "voids"), id);
    assert_eq!(field(void, "date"), "2020-11-05");
    assert_eq!(field(void, "measure"), "trafikkontroll");
    assert_eq!(field(void, "count"), "");
    assert_eq!(field(void, "note"), "fel åtgärd");
    assert_eq!(field(void, "who"), "Bo S");
    assert!(!env.path().join("data/logs/2021.csv").exists());

    let snapshot = env.snapshot();
    run(&env, &["void", &id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already voided"));
    run(&env, &["void", "20200101-000000-deadbeef"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no row in logs/ has the id"));
    run(&env, &["void", &void_id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is itself a correction"));
    assert_eq!(env.snapshot(), snapshot);
    run(&env, &["check"]).assert().code(0);
}

#[test]
fn a_voided_row_counts_nowhere_in_the_progress() {
    let env = log_env();
    let id = printed_id(&log_ok(
        &env,
        &["trafikkontroll", "--date", "2021-03-02", "--count", "5"],
    ));
    run(&env, &["void", &id]).assert().success();
    let out = log_ok(&env, &["trafikkontroll", "--date", "2021-03-03"]);
    assert!(
        out.contains("trafikkontroll: 1 of 10 in March 2021"),
        "{out}"
    );
}

#[test]
fn void_without_a_log_is_an_unknown_id() {
    let env = log_env();
    let before = env.snapshot();
    run(&env, &["void", "x"]).assert().code(2);
    assert_eq!(env.snapshot(), before);
}
