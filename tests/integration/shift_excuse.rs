//! `loften shift` and `loften excuse`: the rows they append, and what they
//! refuse.

use predicates::prelude::*;

use crate::log_support::{field, log_env, python_rows, run};

#[test]
fn shift_appends_an_arbetspass_row() {
    let env = log_env();
    run(
        &env,
        &[
            "shift",
            "--date",
            "2021-03-02",
            "--count",
            "2",
            "--who",
            "Grupp 1",
        ],
    )
    .assert()
    .success()
    .stdout(predicate::str::contains("Recorded the shift"))
    .stdout(predicate::str::contains(
        "patrullering: 0 of 2 shifts in March 2021",
    ));
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(rows.len(), 1);
    assert_eq!(field(&rows[0], "measure"), "arbetspass");
    assert_eq!(field(&rows[0], "count"), "2");
    assert_eq!(field(&rows[0], "who"), "Grupp 1");
    run(&env, &["check"]).assert().code(0);
}

#[test]
fn shift_refusals_and_dry_run() {
    let env = log_env();
    let before = env.snapshot();
    run(&env, &["shift", "--count", "0"]).assert().code(2);
    run(&env, &["shift", "--date", "2021-07-01"])
        .assert()
        .code(2);
    run(&env, &["shift", "--note", "121212-1212"])
        .assert()
        .code(2);
    run(&env, &["shift", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains(",arbetspass,1,"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn excuse_appends_a_row_on_the_periods_first_day() {
    let env = log_env();
    run(
        &env,
        &[
            "excuse",
            "fritidsgard",
            "2021-q1",
            "--reason",
            "skolan stängd",
            "--who",
            "Samordnaren",
        ],
    )
    .assert()
    .success()
    .stdout(predicate::str::contains("Excused fritidsgard for Q1 2021"));
    // A max-gap measure takes any calendar period: week 1 of 2021.
    run(
        &env,
        &["excuse", "fritidsgard", "2021-W01", "--reason", "sjukdom"],
    )
    .assert()
    .success();
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(rows.len(), 2);
    assert_eq!(field(&rows[0], "excuses"), "2021-Q1");
    assert_eq!(field(&rows[0], "date"), "2021-01-01");
    assert_eq!(field(&rows[0], "count"), "");
    assert_eq!(field(&rows[0], "note"), "skolan stängd");
    assert_eq!(field(&rows[0], "who"), "Samordnaren");
    assert_eq!(field(&rows[1], "excuses"), "2021-W01");
    assert_eq!(field(&rows[1], "date"), "2021-01-04");
    run(&env, &["check"]).assert().code(0);
}

#[test]
fn excuse_clips_the_first_day_into_the_agreement() {
    let env = log_env();
    // ISO week 1 of 2019 starts on 2018-12-31, before the agreement.
    run(
        &env,
        &["excuse", "fritidsgard", "2019-W01", "--reason", "jul"],
    )
    .assert()
    .success();
    let rows = python_rows(&env, "data/logs/2019.csv");
    assert_eq!(field(&rows[0], "date"), "2019-01-01");
}

#[test]
fn excuse_refusals_write_nothing() {
    let env = log_env();
    let before = env.snapshot();
    let cases: &[(&[&str], &str)] = &[
        (
            &["excuse", "trafikontroll", "2021-03", "--reason", "x"],
            "did you mean trafikkontroll",
        ),
        (
            &["excuse", "trafikkontroll", "mars", "--reason", "x"],
            "2021-W12",
        ),
        (
            &["excuse", "trafikkontroll", "2021-13", "--reason", "x"],
            "is not a period",
        ),
        (
            &["excuse", "temadag", "2020", "--reason", "x"],
            "outside measure \"temadag\"'s validity",
        ),
        (
            &["excuse", "trafikkontroll", "2030", "--reason", "x"],
            "outside",
        ),
        (
            &["excuse", "trafikkontroll", "2021-03", "--reason", "  "],
            "--reason is empty",
        ),
        (
            &[
                "excuse",
                "trafikkontroll",
                "2021-03",
                "--reason",
                "121212-1212",
            ],
            "personnummer",
        ),
    ];
    for (args, words) in cases {
        run(&env, args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(*words));
    }
    run(&env, &["excuse", "trafikkontroll", "2021-03"])
        .assert()
        .code(2);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn excusing_a_period_the_measure_is_not_judged_in_is_refused() {
    let env = log_env();
    let before = env.snapshot();
    run(
        &env,
        &["excuse", "trafikkontroll", "2021-Q2", "--reason", "x"],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains("per month"));
    assert_eq!(env.snapshot(), before, "nothing written");
    run(
        &env,
        &["excuse", "trafikkontroll", "2021-04", "--reason", "x"],
    )
    .assert()
    .success();
}
