//! `loften init`: the plan of a new agreement (municipality and days from
//! flags, this calendar year by default) with Norsjö's measures as a
//! template, a skeleton with `--empty`, Norsjö's own plan with
//! `--example`; each passes `check`. A union merge for the logs, and
//! refusals that change nothing.

use std::fs;

use predicates::prelude::*;

use crate::testenv::{TestEnv, repo_root};

const TODAY: &str = "2026-11-29";

fn init(env: &TestEnv, args: &[&str]) -> assert_cmd::Command {
    let mut all = vec!["init"];
    all.extend_from_slice(args);
    let mut cmd = env.loften(&all);
    cmd.env("LOFTEN_TODAY", TODAY);
    cmd
}

#[test]
fn a_new_agreement_this_year_with_norsjos_measures_passes_check() {
    let env = TestEnv::new();
    init(&env, &["X", "--municipality", "Malå kommun"])
        .assert()
        .success()
        .stdout(predicate::str::diff(
            "Created the data folder X: the plan X/plan/mala-2026.toml (Norsjö's measures as a template; edit them into your own plan) and an empty logs/.\nNext: loften --dir X check, then loften --dir X log\n",
        ));
    env.loften(&["--dir", "X", "check"]).assert().code(0);
    let plan = env.read("X/plan/mala-2026.toml");
    for line in [
        "municipality = \"Malå kommun\"",
        "start = 2026-01-01",
        "end = 2026-12-31",
        "{ day = \"valborgsmassoafton\", days = 2, label = \"Valborg\" },",
        "{ day = \"skolavslutning\", days = 3, label = \"Skolavslutning\", confirmed = [2026-06-12] },",
        "{ day = \"midsommarafton\", days = 3, label = \"Midsommar\" },",
    ] {
        assert!(plan.contains(line), "{line}");
    }
    assert!(
        !plan.contains("2019-04-30"),
        "no risk weekend of the old agreement"
    );
    // The new agreement takes rows today, with the same measure ids.
    let mut log = env.loften(&["--dir", "X", "log", "trafikkontroll", "--date", "igår"]);
    log.env("LOFTEN_TODAY", TODAY)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "trafikkontroll: 1 of 10 in November 2026",
        ));
}

#[test]
fn start_and_end_from_flags() {
    let env = TestEnv::new();
    init(
        &env,
        &[
            "X",
            "--municipality",
            "Norsjö kommun",
            "--start",
            "2024-01-01",
            "--end",
            "2027-12-31",
        ],
    )
    .assert()
    .success();
    let plan = env.read("X/plan/norsjo-2024-2027.toml");
    assert!(plan.contains("title = \"Medborgarlöfte 2024–2027 Polisen och Norsjö kommun\""));
    assert!(plan.contains("confirmed = [2024-06-14, 2025-06-13, 2026-06-12, 2027-06-18]"));
    env.loften(&["--dir", "X", "check"]).assert().code(0);
    init(
        &env,
        &[
            "Y",
            "--municipality",
            "M",
            "--start",
            "2026-05-01",
            "--end",
            "2026-04-30",
        ],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "ends (2026-04-30) before it begins (2026-05-01)",
    ));
    init(&env, &["Y", "--municipality", "M", "--start", "1 maj"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--start: \"1 maj\" is not a date"));
    assert!(!env.path().join("Y").exists());
}

#[test]
fn without_a_terminal_the_municipality_must_be_named() {
    let env = TestEnv::new();
    init(&env, &["X"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "name the municipality: loften init X --municipality \"Malå kommun\"",
        ));
    assert!(!env.path().join("X").exists());
}

#[test]
fn empty_makes_a_skeleton_that_passes_check() {
    let env = TestEnv::new();
    init(&env, &["X", "--empty", "--municipality", "Malå kommun"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "a skeleton with one example measure",
        ));
    env.loften(&["--dir", "X", "check"]).assert().code(0);
    let plan = env.read("X/plan/mala-2026.toml");
    for form in [
        "\"quota\"",
        "each_target",
        "of_which",
        "counting",
        "within",
        "average_over",
        "soft = true",
        "\"max-gap\"",
        "\"every-shift\"",
        "\"as-needed\"",
    ] {
        assert!(
            plan.lines()
                .any(|l| l.starts_with("# frequency = ") && l.contains(form)),
            "{form}"
        );
    }
    env.loften(&["--dir", "X", "measures", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"exempel\""));
}

#[test]
fn example_is_the_norsjo_plan_as_it_is() {
    let env = TestEnv::initialised();
    let shipped = fs::read_to_string(repo_root().join("plan/norsjo-2019-2023.toml")).unwrap();
    assert_eq!(env.read("data/plan/norsjo-2019-2023.toml"), shipped);
    let logs: Vec<_> = fs::read_dir(env.data().join("logs")).unwrap().collect();
    assert!(logs.is_empty());
    init(&env, &["Y", "--example", "--municipality", "M"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
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
    init(&env, &["X", "--municipality", "M"]).assert().success();
    assert_eq!(
        env.read("X/.gitattributes"),
        "*.xlsx binary\n# Two people's appended log rows merge by keeping both.\nlogs/*.csv merge=union\n"
    );
}

#[test]
fn a_second_init_is_refused_and_changes_nothing() {
    let env = TestEnv::new();
    init(&env, &["X", "--municipality", "M"]).assert().success();
    env.write("X/logs/activities.csv", "id,date\n");
    let before = env.snapshot();
    for args in [&["X", "--municipality", "M"][..], &["X", "--example"]] {
        init(&env, args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("already holds a plan"))
            .stderr(predicate::str::contains("nothing was changed"));
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn init_speaks_swedish() {
    let env = TestEnv::new();
    init(&env, &["X", "--municipality", "Malå kommun"])
        .env("LANG", "sv_SE.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Skapade datamappen X: planen X/plan/mala-2026.toml (Norsjös åtgärder som mall",
        ));
    init(&env, &["X", "--example"])
        .env("LANG", "sv_SE.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("har redan en plan"));
    init(&env, &["Z"])
        .env("LANG", "sv_SE.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "ange kommunen: loften init Z --municipality",
        ));
}

#[test]
fn init_without_a_folder_uses_dir() {
    let env = TestEnv::new();
    env.loften(&["--dir", "Y", "init", "--municipality", "M"])
        .assert()
        .success();
    env.loften(&["--dir", "Y", "check"]).assert().code(0);
}
