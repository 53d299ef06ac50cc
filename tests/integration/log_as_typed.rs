//! `loften log` with days and names as people type them: `--date igår`,
//! `klassrumsbesök`, `--target Åk7`, `--value anmälningar=2`, the
//! canonical ids stored; ambiguous names refused with their candidates; a
//! row outside its measure's date set written with a note that it does
//! not count; a count metric refusing a decimal.

use predicates::prelude::*;

use crate::testenv::TestEnv;

/// A Wednesday.
const TODAY: &str = "2021-03-17";

fn log(env: &TestEnv, args: &[&str]) -> assert_cmd::Command {
    let mut all = vec!["log"];
    all.extend_from_slice(args);
    let mut cmd = env.in_data(&all);
    cmd.env("LOFTEN_TODAY", TODAY);
    cmd
}

/// The log's rows without their id and recording time: `date,measure,
/// count,target,values,...`.
fn rows(env: &TestEnv) -> Vec<String> {
    env.read("data/logs/2021.csv")
        .lines()
        .skip(1)
        .map(|l| l.split_once(',').unwrap().1.to_string())
        .collect()
}

#[test]
fn date_flag_takes_day_words() {
    let env = TestEnv::initialised();
    for word in [
        "igår",
        "i förrgår",
        "fredag",
        "i onsdags",
        "today",
        "yesterday",
    ] {
        log(&env, &["trafikkontroll", "--date", word])
            .assert()
            .success();
    }
    let dates: Vec<String> = rows(&env)
        .iter()
        .map(|r| r.split(',').next().unwrap().to_string())
        .collect();
    assert_eq!(
        dates,
        [
            "2021-03-16",
            "2021-03-15",
            "2021-03-12",
            "2021-03-10",
            "2021-03-17",
            "2021-03-16"
        ]
    );
    log(&env, &["trafikkontroll", "--date", "imorgon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--date: \"imorgon\" is not a date; write e.g. today, yesterday",
        ));
}

#[test]
fn names_match_in_any_case_with_or_without_dots_and_by_label() {
    let env = TestEnv::initialised();
    log(&env, &["klassrumsbesök", "--target", "Åk7"])
        .assert()
        .success()
        .stdout(predicate::str::contains("klassrumsbesok: 1 of 4 in 2021"));
    log(&env, &["Trafikkontroll", "--value", "anmälningar=2"])
        .assert()
        .success();
    log(&env, &["FORALDRAINFO", "--target", "personalträff"])
        .assert()
        .success();
    log(&env, &["Temadag åk 6–9"]).assert().success();
    log(&env, &["klassrumsbesok", "--target", "Årskurs 8"])
        .assert()
        .success();
    assert_eq!(
        rows(&env)
            .iter()
            .map(|r| r.splitn(6, ',').take(5).collect::<Vec<_>>().join(","))
            .collect::<Vec<_>>(),
        [
            "2021-03-17,klassrumsbesok,1,åk7,",
            "2021-03-17,trafikkontroll,1,,anmalningar=2",
            "2021-03-17,foraldrainfo,1,personaltraff,",
            "2021-03-17,temadag,1,,",
            "2021-03-17,klassrumsbesok,1,åk8,",
        ]
    );
    env.in_data(&["check"]).assert().code(0);
}

#[test]
fn ambiguous_names_are_refused_with_their_candidates() {
    let env = TestEnv::initialised();
    let before = env.snapshot();
    log(&env, &["information"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "measure \"information\" could mean several: info-tillgrepp, foraldrainfo; write one of them",
        ));
    log(&env, &["klassrumsbesok", "--target", "årskurs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "target \"årskurs\" could mean several: åk6, åk7, åk8, åk9",
        ));
    log(&env, &["--lang", "sv", "information"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "åtgärden \"information\" kan betyda flera: info-tillgrepp, foraldrainfo",
        ));
    // Part of a word is no name: the closest ids are suggested instead.
    log(&env, &["trafik"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean trafikkontroll"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_row_outside_the_date_set_is_written_and_said_not_to_count() {
    let env = TestEnv::initialised();
    log(&env, &["nattvandring", "--date", "onsdag"])
        .assert()
        .success()
        .stdout(predicate::str::contains("nattvandring: 0 of 12 in 2021"))
        .stderr(predicate::str::diff(
            "loften: note: nattvandring counts only during Riskhelger, and 2021-03-17 is not one of them, so the row does not count. The next: Valborg 2021, from 2021-04-30.\n",
        ));
    assert_eq!(rows(&env).len(), 1, "the row is written all the same");
    log(&env, &["--lang", "sv", "nattvandring", "--date", "2021-03-17"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "obs: nattvandring räknas bara under Riskhelger, och 2021-03-17 är inte en av dem, så raden räknas inte. Nästa: Valborg 2021, från 2021-04-30.",
        ));
    // On a risk weekend nothing is said.
    let mut cmd = env.in_data(&["log", "nattvandring", "--date", "2021-05-01"]);
    cmd.env("LOFTEN_TODAY", "2021-05-02")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

#[test]
fn a_count_metric_refuses_a_decimal() {
    let env = TestEnv::initialised();
    let before = env.snapshot();
    log(&env, &["trafikkontroll", "--value", "anmalningar=2,5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\"anmalningar\" is counted in whole numbers, so 2,5 will not do; write e.g. 2",
        ))
        .stderr(predicate::str::contains("Nothing was written"));
    assert_eq!(env.snapshot(), before);
    // A metric in grams takes one.
    log(&env, &["narkotika", "--value", "beslag=12,5"])
        .assert()
        .success();
}

#[test]
fn excuse_and_status_take_names_as_typed_too() {
    let env = TestEnv::initialised();
    let mut excuse = env.in_data(&["excuse", "Fritidsgård", "2021-07", "--reason", "stängt"]);
    excuse
        .env("LOFTEN_TODAY", TODAY)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Excused fritidsgard for July 2021",
        ));
    assert!(env.read("data/logs/2021.csv").contains(",fritidsgard,,"));
    let mut status = env.in_data(&[
        "status",
        "--at",
        "2021-03-17",
        "--measure",
        "TEMADAG",
        "--format",
        "json",
    ]);
    let out = status.assert().success().get_output().stdout.clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = json["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["temadag"]);
}

#[test]
fn shift_takes_day_words_too() {
    let env = TestEnv::initialised();
    let mut shift = env.in_data(&["shift", "--date", "i förrgår"]);
    shift.env("LOFTEN_TODAY", TODAY).assert().success();
    assert!(
        env.read("data/logs/2021.csv")
            .contains(",2021-03-15,arbetspass,")
    );
}
