//! The shipped example data folder: it is what the generator makes, it
//! passes `check`, and `status` on it shows activity for most measures.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

use crate::testenv::{TestEnv, repo_root};

fn example_folder() -> PathBuf {
    repo_root().join("examples/norsjo")
}

/// The generator example, built by `cargo test` beside the test binary.
fn generator() -> PathBuf {
    let deps = std::env::current_exe().unwrap();
    let debug = deps.parent().unwrap().parent().unwrap();
    debug
        .join("examples")
        .join(format!("generate-norsjo{}", std::env::consts::EXE_SUFFIX))
}

#[test]
fn the_generator_remakes_the_shipped_data_byte_for_byte() {
    let env = TestEnv::new();
    let out = env.path().join("norsjo");
    let status = Command::new(generator())
        .args(["--out", out.to_str().unwrap()])
        .status()
        .expect("the generate-norsjo example is built by cargo test");
    assert!(status.success());
    for year in 2019..=2023 {
        let name = format!("logs/{year}.csv");
        let made = std::fs::read(out.join(&name)).unwrap();
        let shipped = std::fs::read(example_folder().join(&name)).unwrap();
        assert!(
            made == shipped,
            "{name} differs: run cargo run --example generate-norsjo"
        );
    }
}

#[test]
fn the_generator_grows_the_log_on_request() {
    let env = TestEnv::new();
    let out = env.path().join("big");
    let status = Command::new(generator())
        .args(["--out", out.to_str().unwrap(), "--rows", "20000"])
        .status()
        .unwrap();
    assert!(status.success());
    let rows: usize = (2019..=2023)
        .map(|y| {
            std::fs::read_to_string(out.join(format!("logs/{y}.csv")))
                .unwrap()
                .lines()
                .count()
                - 1
        })
        .sum();
    assert!((20_000..20_100).contains(&rows), "{rows} rows");
}

#[test]
fn example_data_passes_check_and_shows_activity() {
    let env = TestEnv::new();
    let dir = example_folder();
    let dir = dir.to_str().unwrap();
    env.loften(&["--dir", dir, "check"]).assert().code(0);
    let out = env
        .loften(&[
            "--dir",
            dir,
            "status",
            "--at",
            "2022-06-30",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let measures = json["measures"].as_array().unwrap();
    let active = measures
        .iter()
        .filter(|m| m["done"].as_u64().unwrap_or(0) > 0)
        .count();
    assert!(
        active >= 10,
        "{active} of {} measures show activity",
        measures.len()
    );
    let states: Vec<&str> = measures
        .iter()
        .map(|m| m["state"].as_str().unwrap())
        .collect();
    assert!(states.contains(&"met"), "{states:?}");
}

#[test]
fn logging_into_a_large_log_stays_instant_and_points_to_status() {
    let env = TestEnv::new();
    let out = env.path().join("big");
    let status = Command::new(generator())
        .args(["--out", out.to_str().unwrap(), "--rows", "60000"])
        .status()
        .unwrap();
    assert!(status.success());
    let before = std::fs::read(out.join("logs/2023.csv")).unwrap().len();
    env.loften(&[
        "--dir",
        "big",
        "log",
        "trafikkontroll",
        "--date",
        "2023-06-01",
    ])
    .env("LOFTEN_TODAY", "2023-06-02")
    .assert()
    .success()
    .stdout(predicates::str::contains("see loften status"));
    let after = std::fs::read(out.join("logs/2023.csv")).unwrap().len();
    assert!(after > before, "the row was appended");
}
