//! `loften init`: a new data folder that passes `check`, a union merge for
//! the logs, and a refusal that changes nothing.

use std::fs;

use predicates::prelude::*;

use crate::testenv::{TestEnv, repo_root};

#[test]
fn a_new_data_folder_passes_check() {
    let env = TestEnv::new();
    env.loften(&["init", "X"])
        .assert()
        .success()
        .stdout(predicate::str::contains("loften --dir X check"));
    env.loften(&["--dir", "X", "check"]).assert().code(0);
}

#[test]
fn the_new_plan_is_the_norsjo_plan_and_logs_are_empty() {
    let env = TestEnv::initialised();
    let shipped = fs::read_to_string(repo_root().join("plan/norsjo-2019-2023.toml")).unwrap();
    assert_eq!(env.read("data/plan/norsjo-2019-2023.toml"), shipped);
    let logs: Vec<_> = fs::read_dir(env.data().join("logs")).unwrap().collect();
    assert!(logs.is_empty());
}

#[test]
fn gitattributes_merges_logs_by_union() {
    let env = TestEnv::initialised();
    let attributes = env.read("data/.gitattributes");
    assert!(
        attributes.lines().any(|l| l == "logs/*.csv merge=union"),
        "{attributes}"
    );
}

#[test]
fn an_existing_gitattributes_is_kept_and_extended() {
    let env = TestEnv::new();
    env.write("X/.gitattributes", "*.xlsx binary");
    env.loften(&["init", "X"]).assert().success();
    assert_eq!(
        env.read("X/.gitattributes"),
        "*.xlsx binary\n# Two people's appended log rows merge by keeping both.\nlogs/*.csv merge=union\n"
    );
}

#[test]
fn a_second_init_is_refused_and_changes_nothing() {
    let env = TestEnv::new();
    env.loften(&["init", "X"]).assert().success();
    env.write("X/logs/activities.csv", "id,date\n");
    let before = env.snapshot();
    env.loften(&["init", "X"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("already holds a plan"))
        .stderr(predicate::str::contains("nothing was changed"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn init_speaks_swedish() {
    let env = TestEnv::new();
    env.loften(&["--lang", "sv", "init", "X"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Skapade datamappen X"));
    env.loften(&["init", "X"])
        .env("LANG", "sv_SE.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("har redan en plan"));
}

#[test]
fn init_without_a_folder_uses_dir() {
    let env = TestEnv::new();
    env.loften(&["--dir", "Y", "init"]).assert().success();
    env.loften(&["--dir", "Y", "check"]).assert().code(0);
}
