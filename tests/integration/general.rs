//! What every command shares: the language, the help material generated
//! from the one clap definition, and the exit codes of a wrong command line.

use predicates::prelude::*;

use crate::testenv::TestEnv;

#[test]
fn completions_for_bash() {
    TestEnv::new()
        .loften(&["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_loften()"))
        .stdout(predicate::str::contains("measures"));
}

#[test]
fn a_man_page() {
    TestEnv::new()
        .loften(&["man"])
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH loften"));
}

#[test]
fn lang_sv_and_the_locale_give_swedish() {
    let env = TestEnv::new();
    env.loften(&["--lang", "sv", "--dir", "nowhere", "check"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("är ingen datamapp för loften"));
    env.loften(&["--dir", "nowhere", "check"])
        .env("LANG", "sv_SE.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("är ingen datamapp för loften"));
    env.loften(&["--dir", "nowhere", "check"])
        .env("LC_MESSAGES", "sv_SE.UTF-8")
        .env("LANG", "en_GB.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("är ingen datamapp för loften"));
    env.loften(&["--dir", "nowhere", "check"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a loften data folder"));
}

#[test]
fn loften_dir_names_the_data_folder() {
    let env = TestEnv::initialised();
    env.loften(&["check"])
        .env("LOFTEN_DIR", "data")
        .assert()
        .code(0);
}

#[test]
fn a_wrong_command_line_exits_2() {
    TestEnv::new().loften(&["chekc"]).assert().code(2);
    TestEnv::new()
        .loften(&["measures", "--format", "xml"])
        .assert()
        .code(2);
}
