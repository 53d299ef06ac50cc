//! Finding the data folder as git finds its repository (from `logs/`,
//! `plan/` or deeper, when neither `--dir` nor `LOFTEN_DIR` names one),
//! and a data folder whose agreement has ended saying so once.

use predicates::prelude::*;

use crate::testenv::TestEnv;

/// `loften ARGS` run in `folder` below the test folder, on 2021-03-17.
fn loften_in(env: &TestEnv, folder: &str, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = env.loften(args);
    cmd.current_dir(env.path().join(folder))
        .env("LOFTEN_TODAY", "2021-03-17");
    cmd
}

#[test]
fn commands_find_the_data_folder_from_inside_it() {
    let env = TestEnv::initialised();
    std::fs::create_dir_all(env.data().join("logs/old/deeper")).unwrap();
    loften_in(
        &env,
        "data/plan",
        &["log", "trafikkontroll", "--date", "igår"],
    )
    .assert()
    .success()
    .stdout(predicate::str::contains("in ../logs/2021.csv"));
    loften_in(&env, "data/logs/old/deeper", &["log", "temadag"])
        .assert()
        .success()
        .stdout(predicate::str::contains("in ../../../logs/2021.csv"));
    loften_in(&env, "data/logs", &["check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("../plan/norsjo-2019-2023.toml"));
    loften_in(&env, "data", &["status", "--measure", "temadag"])
        .assert()
        .success()
        .stdout(predicate::str::contains("temadag"));
    assert_eq!(env.read("data/logs/2021.csv").lines().count(), 3);
}

#[test]
fn a_named_folder_wins_over_the_one_found() {
    let env = TestEnv::initialised();
    let mut other = env.loften(&["init", "--example", "other"]);
    other.assert().success();
    loften_in(
        &env,
        "data/logs",
        &["--dir", "../../other", "log", "temadag"],
    )
    .assert()
    .success()
    .stdout(predicate::str::contains("in ../../other/logs/2021.csv"));
    loften_in(&env, "data/logs", &["log", "temadag"])
        .env("LOFTEN_DIR", "../../other")
        .assert()
        .success();
    assert_eq!(env.read("other/logs/2021.csv").lines().count(), 3);
    assert!(!env.path().join("data/logs/2021.csv").exists());
}

#[test]
fn outside_any_data_folder_nothing_is_found() {
    let env = TestEnv::new();
    env.write("elsewhere/notes.txt", "");
    loften_in(&env, "elsewhere", &["status"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("plan"));
}

#[test]
fn init_inside_a_data_folder_refuses_without_a_new_folder() {
    let env = TestEnv::initialised();
    let before = env.snapshot();
    loften_in(&env, "data/logs", &["init", "--municipality", "M"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(".. already holds a plan"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn an_ended_agreement_says_so_once_and_how_to_start_the_next() {
    let env = TestEnv::initialised();
    let mut status = env.in_data(&["status"]);
    status
        .env("LOFTEN_TODAY", "2026-11-29")
        .assert()
        .success()
        .stdout(predicate::str::diff(
            "The agreement for Norsjö kommun (2019-01-01 – 2023-12-31) has ended, so no measure is in force today (2026-11-29).\n\
             How it ended: loften status --at 2023-12-31 (or --year 2023)\n\
             The next agreement: loften init --next puts its plan beside this one (measures that keep their ids keep their history); loften init NEW-FOLDER --municipality \"Norsjö kommun\" starts a new folder.\n",
        ));
    let mut sv = env.in_data(&["--lang", "sv", "status"]);
    sv.env("LOFTEN_TODAY", "2026-11-29")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Avtalet för Norsjö kommun (2019-01-01 – 2023-12-31) har löpt ut",
        ))
        .stdout(predicate::str::contains("gäller ej").not());
    // As of a day of the agreement, the table as before.
    let mut at = env.in_data(&["status", "--at", "2023-12-31"]);
    at.env("LOFTEN_TODAY", "2026-11-29")
        .assert()
        .success()
        .stdout(predicate::str::contains("trafikkontroll"));
    let mut log = env.in_data(&["log", "trafikkontroll"]);
    log.env("LOFTEN_TODAY", "2026-11-29")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the date 2026-11-29 lies after the agreement: it ended on 2023-12-31; start the next agreement with loften init --next",
        ));
}

#[test]
fn an_agreement_not_yet_begun_says_when_it_begins() {
    let env = TestEnv::new();
    let mut init = env.loften(&[
        "init",
        "X",
        "--municipality",
        "Malå kommun",
        "--start",
        "2027-01-01",
        "--end",
        "2030-12-31",
    ]);
    init.assert().success();
    let mut status = env.loften(&["--dir", "X", "status"]);
    status
        .env("LOFTEN_TODAY", "2026-11-29")
        .assert()
        .success()
        .stdout(predicate::str::diff(
            "The agreement for Malå kommun begins on 2027-01-01, so no measure is in force yet today (2026-11-29). Log from 2027-01-01; loften measures shows the plan.\n",
        ));
}
