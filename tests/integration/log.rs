//! `loften log`: rows written as given, every refused input leaving the
//! folder byte for byte unchanged, dry runs, no hang without a terminal,
//! torn last lines, and many writers at once.

use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::log_support::{TODAY, field, log_env, log_ok, printed_id, python_rows, run};
use crate::testenv::TestEnv;

/// A row logged for an earlier day shows its period as it stands today:
/// Friday's 2 controls logged on Sunday, after Saturday's 3, read 5 of 10,
/// not the 2 that Friday alone had; a row in an ended month shows that
/// month's count.
#[test]
fn a_row_for_an_earlier_day_shows_its_period_as_it_stands_today() {
    let env = TestEnv::initialised();
    let log = |date: &str, count: &str| {
        let out = env
            .in_data(&["log", "trafikkontroll", "--date", date, "--count", count])
            .env("LOFTEN_TODAY", "2021-03-14")
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    log("2021-03-13", "3");
    let friday = log("2021-03-12", "2");
    assert!(
        friday.contains("trafikkontroll: 5 of 10 in March 2021"),
        "{friday}"
    );
    let february = log("2021-02-10", "4");
    assert!(
        february.contains("trafikkontroll: 4 of 10 in February 2021"),
        "{february}"
    );
}

#[test]
fn a_row_reads_back_with_python_exactly_as_given() {
    let env = TestEnv::initialised();
    let out = env
        .in_data(&[
            "log",
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--count",
            "3",
            "--who",
            "Bo S",
            "--note",
            "kontroll \"nykter\", åäö",
        ])
        .env("LOFTEN_TODAY", "2021-03-15")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "trafikkontroll: 3 of 10 in March 2021",
        ))
        .get_output()
        .stdout
        .clone();
    let id = printed_id(&String::from_utf8(out).unwrap());
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(field(row, "id"), id);
    assert_eq!(field(row, "date"), "2021-03-02");
    assert_eq!(field(row, "measure"), "trafikkontroll");
    assert_eq!(field(row, "count"), "3");
    assert_eq!(field(row, "who"), "Bo S");
    assert_eq!(field(row, "note"), "kontroll \"nykter\", åäö");
    assert_eq!(field(row, "voids"), "");
    assert!(field(row, "recorded_at").contains('T'));
    assert!(
        id.len() == 24 && id.as_bytes()[8] == b'-' && id.as_bytes()[15] == b'-',
        "{id}"
    );
}

#[test]
fn progress_in_swedish_and_values_with_a_decimal_comma() {
    let env = log_env();
    let out = run(
        &env,
        &[
            "--lang",
            "sv",
            "log",
            "narkotika",
            "--date",
            "2021-03-02",
            "--value",
            "beslag=12,5",
            "--place",
            "Centrum",
        ],
    )
    .assert()
    .success()
    .get_output()
    .stdout
    .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with("Registrerade "), "{out}");
    assert!(out.contains("narkotika: 1 av 1 i mars 2021"), "{out}");
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(field(&rows[0], "values"), "beslag=12.5");
    assert_eq!(field(&rows[0], "place"), "Centrum");
    assert_eq!(field(&rows[0], "count"), "1");
}

#[test]
fn targets_metrics_and_every_shift_measures_are_logged() {
    let env = log_env();
    log_ok(
        &env,
        &["klassrumsbesok", "--date", "2021-03-02", "--target", "åk7"],
    );
    log_ok(
        &env,
        &[
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--value",
            "anmalningar=2",
            "--value",
            "handelserapporter=1",
        ],
    );
    let out = log_ok(&env, &["patrullering", "--date", "2021-03-02"]);
    assert!(out.contains("patrullering: 1 in March 2021"), "{out}");
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(field(&rows[0], "target"), "åk7");
    assert_eq!(
        field(&rows[1], "values"),
        "anmalningar=2 handelserapporter=1"
    );
    run(&env, &["check"]).assert().code(0);
}

#[test]
fn the_date_defaults_to_today() {
    let env = log_env();
    log_ok(&env, &["trafikkontroll"]);
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(field(&rows[0], "date"), TODAY);
}

/// Runs `log ARGS` expecting a refusal whose message holds `words`, and
/// proves that nothing changed.
fn refused(env: &TestEnv, args: &[&str], words: &str) {
    let before = env.snapshot();
    let mut all = vec!["log"];
    all.extend_from_slice(args);
    run(env, &all)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(words))
        .stderr(
            predicate::str::contains("Nothing was written")
                .or(predicate::str::contains("is not a date")),
        );
    assert_eq!(env.snapshot(), before, "log {args:?} changed the folder");
}

#[test]
fn refused_inputs_write_no_byte_not_even_a_folder() {
    let env = log_env();
    let cases: &[(&[&str], &str)] = &[
        (&["trafikontroll"], "did you mean trafikkontroll"),
        (&["trafik"], "did you mean trafikkontroll"),
        (&["narkotik"], "did you mean narkotika"),
        (&["trafikkontroll", "--date", "2021-02-30"], "is not a date"),
        (&["trafikkontroll", "--date", "imorgon"], "is not a date"),
        (&["trafikkontroll", "--date", "2021-07-01"], "in the future"),
        (
            &["trafikkontroll", "--date", "2018-12-31"],
            "outside the agreement",
        ),
        (&["temadag", "--date", "2020-05-05"], "not in force"),
        (&["trafikkontroll", "--count", "0"], "whole number"),
        (&["trafikkontroll", "--count=-1"], "whole number"),
        (&["trafikkontroll", "--count", "2.5"], "whole number"),
        (&["trafikkontroll", "--count", "abc"], "whole number"),
        (&["klassrumsbesok", "--target", "åk5"], "åk6, åk7, åk8, åk9"),
        (&["klassrumsbesok"], "name one with --target"),
        (&["trafikkontroll", "--target", "åk7"], "has no targets"),
        (&["trafikkontroll", "--value", "beslag=3"], "anmalningar"),
        (
            &["patrullering", "--value", "beslag=3"],
            "has no follow-up metrics",
        ),
        (&["narkotika", "--value", "beslag=tolv"], "is not a number"),
        (&["narkotika", "--value", "beslag"], "NAME=NUMBER"),
        (&["narkotika", "--value", "beslag=-2"], "at least 0"),
        (
            &["trafikkontroll", "--note", "ring 121212-1212"],
            "case systems",
        ),
        (
            &["trafikkontroll", "--note", "191212121212"],
            "personnummer",
        ),
        (&["trafikkontroll", "--who", "121212-1212"], "who holds"),
        (
            &["trafikkontroll", "--place", "vid 19121212-1212"],
            "place holds",
        ),
        (
            &["trafikkontroll", "--note", "121272-1219"],
            "samordningsnummer",
        ),
    ];
    for (args, words) in cases {
        refused(&env, args, words);
    }
    assert!(!env.path().join("data/logs").exists());
}

#[test]
fn refused_inputs_leave_an_existing_log_unchanged() {
    let env = log_env();
    log_ok(&env, &["trafikkontroll", "--date", "2021-03-02"]);
    refused(&env, &["trafikkontroll", "--count", "0"], "whole number");
    refused(
        &env,
        &["trafikkontroll", "--note", "121212-1212"],
        "identities belong in the case systems",
    );
    refused(
        &env,
        &["trafikkontroll", "--date", "2022-01-01"],
        "in the future",
    );
}

#[test]
fn an_invalid_check_digit_is_no_personnummer() {
    let env = log_env();
    log_ok(&env, &["trafikkontroll", "--note", "121212-1213"]);
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(field(&rows[0], "note"), "121212-1213");
}

#[test]
fn the_message_says_why_personal_data_is_refused() {
    let env = log_env();
    run(
        &env,
        &[
            "--lang",
            "sv",
            "log",
            "trafikkontroll",
            "--note",
            "121212-1212",
        ],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains("delad klartext"))
    .stderr(predicate::str::contains("ärendesystemen"))
    .stderr(predicate::str::contains("121212-1212").not());
}

#[test]
fn dry_run_shows_the_row_and_writes_nothing() {
    let env = log_env();
    let before = env.snapshot();
    run(
        &env,
        &[
            "log",
            "trafikkontroll",
            "--count",
            "2",
            "--note",
            "a, b",
            "--dry-run",
        ],
    )
    .assert()
    .success()
    .stdout(predicate::str::starts_with(
        "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses,until,answers\n",
    ))
    .stdout(predicate::str::contains(
        ",2021-06-30,trafikkontroll,2,,,,,\"a, b\",",
    ))
    .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(env.snapshot(), before);
    // A dry run is checked like a real one.
    run(
        &env,
        &["log", "trafikkontroll", "--count", "0", "--dry-run"],
    )
    .assert()
    .code(2);
}

#[test]
fn a_missing_measure_without_a_terminal_fails_at_once() {
    let env = log_env();
    let before = env.snapshot();
    let start = Instant::now();
    run(&env, &["log"])
        .write_stdin("")
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("name the measure"))
        .stderr(predicate::str::contains("trafikkontroll, narkotika"));
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn after_a_torn_last_line_the_next_row_has_its_own_line() {
    let env = log_env();
    log_ok(&env, &["trafikkontroll", "--date", "2021-03-02"]);
    let path = env.path().join("data/logs/2021.csv");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"20210303-101010-0badc0de,2021-03-03,trafikko");
    std::fs::write(&path, &bytes).unwrap();
    log_ok(
        &env,
        &["trafikkontroll", "--date", "2021-03-04", "--count", "2"],
    );
    let text = env.read("data/logs/2021.csv");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(lines[2], "20210303-101010-0badc0de,2021-03-03,trafikko");
    assert!(lines[3].contains(",2021-03-04,trafikkontroll,2,"), "{text}");
    run(&env, &["check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "data/logs/2021.csv:3: the row is torn",
        ));
}

#[test]
fn a_torn_open_quote_does_not_swallow_the_next_row() {
    let env = log_env();
    log_ok(&env, &["trafikkontroll", "--date", "2021-03-02"]);
    let path = env.path().join("data/logs/2021.csv");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(
        "20210303-101010-0badc0de,2021-03-03,trafikkontroll,1,,,,,\"kontroll \"\"nyk".as_bytes(),
    );
    std::fs::write(&path, &bytes).unwrap();
    let out = log_ok(
        &env,
        &["trafikkontroll", "--date", "2021-03-04", "--count", "2"],
    );
    let id = printed_id(&out);
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(rows.len(), 3);
    assert_eq!(field(&rows[2], "id"), id);
    run(&env, &["check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "data/logs/2021.csv:3: the row is torn",
        ));
}

#[test]
fn eight_processes_logging_forty_rows_each_all_land() {
    let env = log_env();
    let data = env.path().join("data");
    let binary = assert_cmd::cargo::cargo_bin("loften");
    let workers: Vec<_> = (0..8)
        .map(|worker| {
            let (binary, data) = (binary.clone(), data.clone());
            std::thread::spawn(move || {
                for i in 0..40 {
                    let note = format!("worker {worker}, row {i}, \"quoted\"; second part");
                    let out = std::process::Command::new(&binary)
                        .args(["--dir"])
                        .arg(&data)
                        .args([
                            "log",
                            "trafikkontroll",
                            "--date",
                            "2021-03-02",
                            "--note",
                            &note,
                        ])
                        .env("LOFTEN_TODAY", TODAY)
                        .env("LANG", "C")
                        .env_remove("LC_ALL")
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let rows = python_rows(&env, "data/logs/2021.csv");
    assert_eq!(rows.len(), 320);
    let ids: std::collections::HashSet<&str> = rows.iter().map(|r| field(r, "id")).collect();
    assert_eq!(ids.len(), 320);
    let notes: std::collections::HashSet<&str> = rows.iter().map(|r| field(r, "note")).collect();
    assert_eq!(notes.len(), 320);
    assert!(notes.contains("worker 7, row 39, \"quoted\"; second part"));
    run(&env, &["check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no problems (320 rows read)"));
}
