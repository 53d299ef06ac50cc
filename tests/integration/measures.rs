//! `loften measures`: the Norsjö plan's 13 measures in order, in JSON and
//! as a table in both languages, carrying the seed's own wording.

use predicates::prelude::*;
use serde_json::Value;

use crate::testenv::{TestEnv, repo_root};

/// The measure ids the Norsjö plan promises, in the plan's order: a
/// contract that logs and scripts rely on.
const NORSJO_IDS: [&str; 13] = [
    "narkotika",
    "info-tillgrepp",
    "patrullering",
    "unga-narkotika",
    "trafikkontroll",
    "samverkansmote",
    "foraldrainfo",
    "klassrumsbesok",
    "temadag",
    "fritidsgard",
    "trygghetsvandring",
    "polisnarvaro",
    "nattvandring",
];

/// `loften --dir <repository> ARGS`, run in `env`.
fn in_repo(env: &TestEnv, args: &[&str]) -> assert_cmd::Command {
    let root = repo_root();
    let mut all = vec!["--dir", root.to_str().unwrap()];
    all.extend_from_slice(args);
    env.loften(&all)
}

fn measures_json() -> Value {
    let env = TestEnv::new();
    let output = in_repo(&env, &["measures", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).unwrap()
}

fn measure<'a>(json: &'a Value, id: &str) -> &'a Value {
    json["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("no measure {id}"))
}

#[test]
fn json_lists_exactly_the_13_ids_in_plan_order() {
    let json = measures_json();
    let ids: Vec<&str> = json["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, NORSJO_IDS);
}

#[test]
fn the_plan_carries_the_seeds_wording() {
    let json = measures_json();
    for (id, nar) in [
        ("narkotika", "Som minst 1 gång i månaden"),
        (
            "info-tillgrepp",
            "Lägga ut info på hemsidor och Norsjöbladet 2 ggr/år.",
        ),
        ("patrullering", "Varje arbetspass"),
        ("unga-narkotika", "Vid behov"),
        ("trafikkontroll", "Minst 10 kontroller per månad"),
        (
            "samverkansmote",
            "Minst 4 möten per år med olika nyckelgrupper",
        ),
        (
            "foraldrainfo",
            "1 gång per år på föräldramöten och personalträffar",
        ),
        ("klassrumsbesok", "Besöka klasserna år 6-9, 1 gång per år"),
        ("temadag", "Temadag för 6-9 årligen"),
        (
            "fritidsgard",
            "Var tredje vecka besöka fritidsgårdens öppna verksamhet",
        ),
        ("trygghetsvandring", "2 gånger per år"),
        (
            "polisnarvaro",
            "Möjlighet att planera var tredje helg. Löpande under året",
        ),
        ("nattvandring", "Under riskhelger. Löpande under året"),
    ] {
        assert_eq!(measure(&json, id)["nar"], nar, "{id}");
    }
}

#[test]
fn json_carries_the_machine_readable_frequencies() {
    let json = measures_json();
    let trafik = &measure(&json, "trafikkontroll")["frequency"];
    assert_eq!(trafik["kind"], "quota");
    assert_eq!(trafik["at_least"], 10);
    assert_eq!(trafik["per"], "month");
    assert_eq!(measure(&json, "fritidsgard")["frequency"]["weeks"], 3);
    assert_eq!(
        measure(&json, "patrullering")["frequency"]["kind"],
        "every-shift"
    );
    assert_eq!(
        measure(&json, "unga-narkotika")["frequency"]["kind"],
        "as-needed"
    );
    assert_eq!(measure(&json, "polisnarvaro")["frequency"]["soft"], true);
    let natt = &measure(&json, "nattvandring")["frequency"];
    assert_eq!(natt["at_least"], 12);
    assert_eq!(natt["within"], "riskhelger");
    let klass = measure(&json, "klassrumsbesok");
    assert_eq!(klass["frequency"]["each_target"], true);
    let targets: Vec<&str> = klass["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(targets, ["åk6", "åk7", "åk8", "åk9"]);
    let narkotika = measure(&json, "narkotika");
    assert_eq!(narkotika["metrics"][0]["id"], "anmalningar");
    assert_eq!(narkotika["metrics"][0]["wanted"], "increase");
    assert_eq!(narkotika["metrics"][1]["id"], "beslag");
    assert_eq!(narkotika["metrics"][1]["unit"], "gram");
    assert_eq!(narkotika["valid"]["from"], "2019-01-01");
    assert_eq!(narkotika["valid"]["until"], "2023-12-31");
}

#[test]
fn the_norsjo_table_in_english() {
    let env = TestEnv::new();
    let output = in_repo(&env, &["measures"]).output().unwrap();
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8(output.stdout).unwrap());
}

#[test]
fn the_norsjo_table_in_swedish() {
    let env = TestEnv::new();
    let output = in_repo(&env, &["--lang", "sv", "measures"])
        .output()
        .unwrap();
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8(output.stdout).unwrap());
}

#[test]
fn the_locale_chooses_swedish() {
    in_repo(&TestEnv::new(), &["measures"])
        .env("LANG", "sv_SE.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("fokusområde"))
        .stdout(predicate::str::contains("minst 10 per månad"));
}

#[test]
fn lang_overrides_the_locale() {
    in_repo(&TestEnv::new(), &["--lang", "en", "measures"])
        .env("LC_ALL", "sv_SE.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("at least 10 per month"));
}

#[test]
fn versions_of_a_measure_show_their_validity() {
    let env = TestEnv::new();
    let source = std::fs::read_to_string(crate::testenv::fixture("plans/every-form.toml")).unwrap();
    env.write("data/plan/every-form.toml", &source);
    env.in_data(&["measures"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2019-01-01 – 2020-12-31"))
        .stdout(predicate::str::contains("2021-01-01 – 2022-12-31"));
}
