//! Every case folder of `tests/fixtures/hostile/` (see its README) run
//! through `check`, `status`, `export` in every format and `report` in
//! every format: no panic, no hang, an exit code that is documented (0 ok,
//! 1 problems found, 2 an error), and every line of the case's
//! `expect-check.txt` printed by `check`.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::testenv::{TestEnv, repo_root};

/// Long enough for a debug build on a busy machine; a hang takes longer.
const LIMIT: Duration = Duration::from_secs(60);

/// The case folders, in name order.
fn cases() -> Vec<PathBuf> {
    let root = repo_root().join("tests/fixtures/hostile");
    let mut cases: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("plan").is_dir())
        .collect();
    cases.sort();
    cases
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// Runs `loften --dir data ARGS` for case `name`; returns (code, stdout,
/// stderr) after asserting no panic and a documented exit code.
fn run(env: &TestEnv, name: &str, today: &str, args: &[&str]) -> (i32, String, String) {
    let mut cmd = env.in_data(args);
    cmd.env("LOFTEN_TODAY", today).timeout(LIMIT);
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code();
    assert!(
        !stderr.contains("panicked"),
        "{name}: {args:?} panicked:\n{stderr}"
    );
    assert!(
        matches!(code, Some(0..=2)),
        "{name}: {args:?} ended with {code:?} (killed or hung?):\n{stderr}"
    );
    (code.unwrap_or(-1), stdout, stderr)
}

#[test]
fn every_hostile_case_is_read_without_a_panic_and_with_each_problem_named() {
    let cases = cases();
    assert!(cases.len() >= 10, "the cases: {cases:?}");
    let mut missing = Vec::new();
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let env = TestEnv::new();
        copy_dir(&case, &env.data());
        let today = fs::read_to_string(case.join("today.txt"))
            .map_or_else(|_| "2021-06-30".to_string(), |t| t.trim().to_string());
        let year = &today[..4];
        let (code, stdout, _) = run(&env, &name, &today, &["check"]);
        let expected = fs::read_to_string(case.join("expect-check.txt")).unwrap();
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            if !stdout.contains(line) {
                missing.push(format!("{name}: check should say {line:?}:\n{stdout}"));
            }
        }
        // A case whose hostility is for the other commands (a formula for
        // a spreadsheet, controls for a terminal) expects "no problems".
        let clean = expected.contains("no problems");
        let wanted = if clean { 0 } else { 1 };
        assert_eq!(code, wanted, "{name}: check's exit code:\n{stdout}");
        let (code, stdout, _) = run(&env, &name, &today, &["status"]);
        assert_eq!(code, 0, "{name}: status\n{stdout}");
        for format in ["xlsx", "csv", "json"] {
            let out = format!("export.{format}");
            let (code, _, stderr) = run(
                &env,
                &name,
                &today,
                &["export", "--format", format, "--out", &out],
            );
            assert_eq!(code, 0, "{name}: export {format}\n{stderr}");
            assert!(env.path().join(&out).is_file(), "{name}: {out}");
        }
        for format in ["html", "md"] {
            let (code, stdout, stderr) = run(
                &env,
                &name,
                &today,
                &["report", "--year", year, "--format", format],
            );
            assert_eq!(code, 0, "{name}: report {format}\n{stderr}");
            assert!(!stdout.is_empty(), "{name}: report {format}");
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n\n"));
}
