//! `loften status`: the acceptance scenario, run through the real
//! binary with rows written by `loften log` and `loften void`.

use predicates::prelude::*;
use serde_json::Value;

use crate::testenv::TestEnv;

/// A fresh data folder with the acceptance rows.
fn acceptance_env() -> TestEnv {
    let env = TestEnv::initialised();
    for (date, count) in [
        ("2021-01-12", "10"),
        ("2021-02-27", "5"),
        ("2021-03-02", "3"),
        ("2021-03-09", "4"),
    ] {
        env.in_data(&["log", "trafikkontroll", "--date", date, "--count", count])
            .assert()
            .success();
    }
    let out = env
        .in_data(&[
            "log",
            "trafikkontroll",
            "--date",
            "2021-03-10",
            "--count",
            "5",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let id = first_row_id(&String::from_utf8_lossy(&out.stdout));
    env.in_data(&["void", &id, "--reason", "fel datum"])
        .assert()
        .success();
    env.in_data(&["log", "fritidsgard", "--date", "2021-02-15"])
        .assert()
        .success();
    env.in_data(&[
        "log",
        "klassrumsbesok",
        "--date",
        "2021-02-01",
        "--target",
        "åk7",
    ])
    .assert()
    .success();
    env
}

/// The id `loften log` printed: the first word shaped like an id.
fn first_row_id(stdout: &str) -> String {
    stdout
        .split(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .find(|w| w.len() >= 20 && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no id in {stdout:?}"))
        .to_string()
}

fn status_json(env: &TestEnv, at: &str) -> Value {
    let out = env
        .in_data(&["status", "--at", at, "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
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
fn acceptance_as_of_march_fifteenth() {
    let env = acceptance_env();
    let json = status_json(&env, "2021-03-15");
    assert_eq!(json["at"], "2021-03-15");
    let t = measure(&json, "trafikkontroll");
    assert_eq!(t["done"], 7);
    assert_eq!(t["target"], 10);
    assert_eq!(t["expected"], 4);
    assert_eq!(t["state"], "on_track");
    assert_eq!(t["period"]["start"], "2021-03-01");
    assert_eq!(t["period"]["end"], "2021-03-31");
    assert!(t["due"].is_null());
    let f = measure(&json, "fritidsgard");
    assert_eq!(f["state"], "behind");
    assert_eq!(f["due"], "2021-03-08");
    let k = measure(&json, "klassrumsbesok");
    assert_eq!(k["done"], 1);
    assert_eq!(k["target"], 4);
    assert_eq!(k["missing"], serde_json::json!(["åk6", "åk8", "åk9"]));
}

#[test]
fn acceptance_at_month_end_and_the_day_after() {
    let env = acceptance_env();
    let t = measure(&status_json(&env, "2021-03-31"), "trafikkontroll").clone();
    assert_eq!(t["state"], "behind");
    assert_eq!(t["expected"], 10);
    let json = status_json(&env, "2021-04-01");
    let t = measure(&json, "trafikkontroll");
    assert_eq!(t["year"]["periods_met"], 1);
    assert_eq!(t["year"]["periods_ended"], 3);
}

#[test]
fn every_state_is_one_of_the_contract() {
    let env = acceptance_env();
    let json = status_json(&env, "2021-03-15");
    let allowed = [
        "met",
        "on_track",
        "behind",
        "missed",
        "no_target",
        "not_in_force",
        "excused",
    ];
    let measures = json["measures"].as_array().unwrap();
    assert_eq!(measures.len(), 13);
    for m in measures {
        assert!(allowed.contains(&m["state"].as_str().unwrap()), "{m}");
        for key in [
            "id", "title", "state", "done", "target", "expected", "needed", "period", "due",
            "missing", "year", "metrics",
        ] {
            assert!(m.get(key).is_some(), "{key} missing in {m}");
        }
    }
    let before = status_json(&env, "2018-06-01");
    assert!(
        before["measures"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["state"] == "not_in_force")
    );
}

#[test]
fn table_speaks_the_locale() {
    let env = acceptance_env();
    let sv = env
        .in_data(&["status", "--at", "2021-03-15"])
        .env("LANG", "sv_SE.UTF-8")
        .output()
        .unwrap();
    let en = env
        .in_data(&["status", "--at", "2021-03-15"])
        .env("LANG", "C")
        .output()
        .unwrap();
    let (sv, en) = (
        String::from_utf8(sv.stdout).unwrap(),
        String::from_utf8(en.stdout).unwrap(),
    );
    assert_ne!(sv, en);
    assert!(sv.contains("mars 2021") && sv.contains("i fas"), "{sv}");
    assert!(en.contains("March 2021") && en.contains("on track"), "{en}");
    assert!(!en.contains('\u{1b}'), "no colour when not a terminal");
}

#[test]
fn year_grid_shows_marks_per_month() {
    let env = acceptance_env();
    let out = env.in_data(&["status", "--year", "2021"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in ["Jan", "Dec", "✓10", "~5", "~7", "trafikkontroll"] {
        assert!(text.contains(needle), "{needle} in {text}");
    }
    let json = env
        .in_data(&["status", "--tertial", "2021-1", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["columns"].as_array().unwrap().len(), 4);
    env.in_data(&["status", "--quarter", "2021-5"])
        .assert()
        .code(2);
}

#[test]
fn fail_if_behind_exits_one() {
    let env = acceptance_env();
    env.in_data(&["status", "--at", "2021-03-15", "--fail-if-behind"])
        .assert()
        .code(1);
    env.in_data(&[
        "status",
        "--at",
        "2021-03-15",
        "--measure",
        "trafikkontroll",
        "--fail-if-behind",
    ])
    .assert()
    .code(0);
    env.in_data(&["status", "--measure", "trafik"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("trafikkontroll"));
}

/// A measure the plan lacks is refused before the log is read: with a
/// log folder that cannot be read, `--measure nosuch` still says which
/// ids the plan has, for a small plan and for one large enough (over
/// 64 KB) that the log is read while the plan is.
#[test]
fn an_unknown_measure_is_refused_before_an_unreadable_log() {
    let plan = std::fs::read_to_string(
        crate::testenv::repo_root().join("examples/norsjo/plan/norsjo-2019-2023.toml"),
    )
    .unwrap();
    let large = format!("{plan}\n# {}\n", "x".repeat(70_000));
    for text in [plan, large] {
        let env = TestEnv::new();
        env.write("data/plan/plan.toml", &text);
        env.write("data/logs", "not a folder\n");
        env.in_data(&["status", "--measure", "nosuch"])
            .assert()
            .code(2)
            .stderr(
                predicates::str::contains("nosuch")
                    .and(predicates::str::contains("trafikkontroll")),
            );
        env.in_data(&["status"])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("logs"));
    }
}

/// `status` on the shipped example data, for the snapshots.
fn example_status(args: &[&str], lang: &str) -> String {
    let env = TestEnv::new();
    let dir = crate::testenv::repo_root().join("examples/norsjo");
    let mut all = vec!["--dir", dir.to_str().unwrap(), "status"];
    all.extend_from_slice(args);
    let out = env.loften(&all).env("LANG", lang).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn snapshot_status_table_in_english() {
    insta::assert_snapshot!(example_status(&["--at", "2021-03-15"], "C"));
}

#[test]
fn snapshot_status_table_in_swedish_by_owner() {
    insta::assert_snapshot!(example_status(
        &["--at", "2021-03-15", "--by-owner"],
        "sv_SE.UTF-8"
    ));
}

#[test]
fn snapshot_status_json() {
    let json: Value = serde_json::from_str(&example_status(
        &["--at", "2021-03-15", "--format", "json"],
        "C",
    ))
    .unwrap();
    insta::assert_json_snapshot!(json);
}

#[test]
fn the_json_is_the_same_in_every_language() {
    for args in [
        &["--at", "2021-03-15", "--format", "json"][..],
        &["--year", "2020", "--format", "json"][..],
    ] {
        let english = example_status(args, "C");
        let swedish = example_status(args, "sv_SE.UTF-8");
        assert_eq!(english, swedish, "{args:?}");
        assert!(!english.contains("\"label\": \"March"), "{args:?}");
    }
    let json: Value = serde_json::from_str(&example_status(
        &["--at", "2021-03-15", "--format", "json"],
        "C",
    ))
    .unwrap();
    let period = &measure(&json, "trafikkontroll")["period"];
    assert_eq!(
        period,
        &serde_json::json!({"kind": "month", "key": "2021-03", "start": "2021-03-01", "end": "2021-03-31"})
    );
}

#[test]
fn snapshot_year_grid_in_swedish() {
    insta::assert_snapshot!(example_status(&["--year", "2020"], "sv_SE.UTF-8"));
}

#[test]
fn a_grid_outside_the_agreement_is_refused() {
    let env = TestEnv::initialised();
    env.in_data(&["status", "--year", "2018"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("outside the agreement"));
    env.in_data(&["status", "--year", "2021", "--fail-if-behind"])
        .assert()
        .code(2);
}
