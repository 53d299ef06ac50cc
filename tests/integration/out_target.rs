//! `--out` of `export` and `report` is safe (issue #10, item 3): never
//! into the data folder's `logs/` or `plan/`, never replacing a device,
//! a FIFO, a folder or a symbolic link; a link is followed to a regular
//! file or refused; a replaced file keeps its mode, a new one respects the
//! umask.

use std::fs;
use std::path::Path;

use crate::export::fixture_env;
use crate::log_support::{TODAY, run};
use crate::testenv::TestEnv;

/// `loften ARGS` run by a shell with `umask`, returning the exit code.
#[cfg(unix)]
fn with_umask(env: &TestEnv, umask: &str, args: &str) -> i32 {
    let bin = assert_cmd::cargo::cargo_bin("loften");
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec '{}' {args}", bin.display()))
        .current_dir(env.path())
        .env("LOFTEN_TODAY", TODAY)
        .env("LANG", "C")
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap()
        .code()
        .unwrap()
}

#[test]
fn report_and_export_never_write_into_logs_or_plan() {
    let env = fixture_env();
    let before = env.snapshot();
    for args in [
        &["report", "--year", "2021", "--out", "data/logs/2021.csv"][..],
        &["report", "--year", "2021", "--out", "data/logs/copy.csv"],
        &["report", "--year", "2021", "--out", "data/plan/plan.toml"],
        &["export", "--format", "csv", "--out", "data/logs/2021.csv"],
        &["export", "--out", "data/plan/../logs/2020.csv"],
    ] {
        let out = run(&env, args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("must not go in data/logs")
                || stderr.contains("must not go in data/plan"),
            "{args:?}: {stderr}"
        );
        assert_eq!(env.snapshot(), before, "{args:?} changed a file");
    }
    // From inside logs/, the default export name lands there too: refused.
    let mut cmd = env.loften(&["--dir", "..", "export"]);
    cmd.current_dir(env.path().join("data/logs"))
        .env("LOFTEN_TODAY", TODAY);
    cmd.assert().code(2);
    assert_eq!(env.snapshot(), before);
    // Beside plan/ and logs/ is fine.
    run(
        &env,
        &["report", "--year", "2021", "--out", "data/report.html"],
    )
    .assert()
    .success();
    assert!(env.read("data/report.html").starts_with("<!DOCTYPE html>"));
}

#[cfg(unix)]
#[test]
fn devices_and_fifos_are_written_to_and_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let env = fixture_env();
    run(&env, &["export", "--format", "csv", "--out", "/dev/null"])
        .assert()
        .success();
    run(&env, &["report", "--year", "2021", "--out", "/dev/null"])
        .assert()
        .success();
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // A FIFO: a reader gets the whole report, and the FIFO stays one.
    let fifo = env.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo (coreutils) could not make {}",
        fifo.display()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    run(
        &env,
        &[
            "report", "--year", "2021", "--format", "md", "--out", "pipe",
        ],
    )
    .assert()
    .success();
    let read = reader.join().unwrap();
    assert!(read.starts_with('#'), "{read}");
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    // A folder is refused, and stays a folder.
    env.write("reports/keep.txt", "keep");
    run(&env, &["report", "--year", "2021", "--out", "reports"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is a folder"));
    assert_eq!(env.read("reports/keep.txt"), "keep");
}

#[cfg(unix)]
#[test]
fn a_symlink_is_followed_to_a_regular_file_or_refused_never_replaced() {
    use std::os::unix::fs::symlink;
    let env = fixture_env();
    let is_link = |p: &Path| fs::symlink_metadata(p).unwrap().file_type().is_symlink();
    env.write("real.md", "old");
    let link = env.path().join("link.md");
    symlink(env.path().join("real.md"), &link).unwrap();
    run(
        &env,
        &[
            "report", "--year", "2021", "--format", "md", "--out", "link.md",
        ],
    )
    .assert()
    .success();
    assert!(is_link(&link));
    assert!(env.read("real.md").starts_with('#'));
    // To the log, to nothing, to a folder: refused, nothing changed.
    let before = env.snapshot();
    symlink(
        env.path().join("data/logs/2021.csv"),
        env.path().join("log.csv"),
    )
    .unwrap();
    symlink(
        env.path().join("missing.csv"),
        env.path().join("dangling.csv"),
    )
    .unwrap();
    symlink(env.path().join("data"), env.path().join("folder.csv")).unwrap();
    for name in ["log.csv", "dangling.csv", "folder.csv"] {
        let out = run(&env, &["export", "--format", "csv", "--out", name])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(is_link(&env.path().join(name)), "{name} was replaced");
    }
    assert_eq!(
        fs::read(env.path().join("data/logs/2021.csv")).unwrap(),
        before[Path::new("data/logs/2021.csv")],
        "the log is untouched"
    );
    assert!(!env.path().join("missing.csv").exists());
}

#[cfg(unix)]
#[test]
fn a_replaced_export_keeps_its_mode_and_a_new_one_follows_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let env = fixture_env();
    let mode = |name: &str| {
        fs::metadata(env.path().join(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    env.write("private.csv", "old");
    fs::set_permissions(
        env.path().join("private.csv"),
        fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    let args = "--dir data export --format csv --out";
    assert_eq!(with_umask(&env, "022", &format!("{args} private.csv")), 0);
    assert_eq!(mode("private.csv"), 0o600);
    assert!(env.read("private.csv").starts_with("date,"));
    assert_eq!(with_umask(&env, "077", &format!("{args} new.csv")), 0);
    assert_eq!(mode("new.csv"), 0o600);
    assert_eq!(with_umask(&env, "022", &format!("{args} shared.csv")), 0);
    assert_eq!(mode("shared.csv"), 0o644);
    assert_eq!(
        with_umask(&env, "002", "--dir data report --year 2021 --out r.html"),
        0
    );
    assert_eq!(mode("r.html"), 0o664);
}
