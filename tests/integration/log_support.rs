//! Helpers shared by the log tests: a data folder with the small log test
//! plan (`tests/fixtures/logplan`), `loften` with a fixed today, and the
//! log read back with Python's `csv` module, as another program would.

use std::fs;
use std::process::Command as StdCommand;

use assert_cmd::Command;
use serde_json::Value;

use crate::testenv::{TestEnv, fixture};

/// The day the tests pretend it is.
pub const TODAY: &str = "2021-06-30";

/// A folder with `data/plan/plan.toml` from the fixture, and no `logs/`
/// yet.
pub fn log_env() -> TestEnv {
    log_env_in(TestEnv::new())
}

/// [`log_env`] in the folder `env`.
pub fn log_env_in(env: TestEnv) -> TestEnv {
    let plan = fs::read_to_string(fixture("logplan/plan/plan.toml")).unwrap();
    env.write("data/plan/plan.toml", &plan);
    env
}

/// `loften --dir data ARGS` on [`TODAY`].
pub fn run(env: &TestEnv, args: &[&str]) -> Command {
    let mut cmd = env.in_data(args);
    cmd.env("LOFTEN_TODAY", TODAY);
    cmd
}

/// `loften --dir data log ARGS` on [`TODAY`], which must succeed; returns
/// its standard output.
pub fn log_ok(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["log"];
    all.extend_from_slice(args);
    let out = run(env, &all)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// The id printed by `log`, `shift`, `void` or `excuse` ("Recorded ID in
/// FILE", "... with the row ID in FILE").
pub fn printed_id(stdout: &str) -> String {
    let first = stdout.lines().next().unwrap_or_default();
    let before_in = first.rsplit_once(" in ").map_or(first, |(a, _)| a);
    before_in
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// The rows of a log file below the folder as Python's `csv.DictReader`
/// reads them.
pub fn python_rows(env: &TestEnv, relative: &str) -> Vec<serde_json::Map<String, Value>> {
    let script = "import csv, json, sys\n\
                  with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    \
                  print(json.dumps(list(csv.DictReader(f))))";
    let out = StdCommand::new("python3")
        .arg("-c")
        .arg(script)
        .arg(env.path().join(relative))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_object().unwrap().clone())
        .collect()
}

/// A field of a row read by [`python_rows`].
pub fn field<'a>(row: &'a serde_json::Map<String, Value>, name: &str) -> &'a str {
    row.get(name).and_then(Value::as_str).unwrap_or_default()
}
