//! A small fluent helper for running `loften` in a fresh temporary folder.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A temporary working folder; dropped at the end of the test.
pub struct TestEnv {
    dir: TempDir,
}

impl TestEnv {
    /// An empty folder.
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// An empty folder in memory (`/dev/shm`) where there is one, else
    /// as [`TestEnv::new`]: for tests of many appends, each of which waits
    /// for its `fsync`, which a disk makes slow and memory makes free.
    pub fn in_memory() -> TestEnv {
        let shm = Path::new("/dev/shm");
        let dir = if shm.is_dir() {
            tempfile::tempdir_in(shm).or_else(|_| tempfile::tempdir())
        } else {
            tempfile::tempdir()
        };
        TestEnv {
            dir: dir.expect("a temporary folder"),
        }
    }

    /// A folder after `loften init --example data` (the Norsjö plan
    /// 2019–2023), with the data folder at `data/`.
    pub fn initialised() -> TestEnv {
        let env = TestEnv::new();
        env.loften(&["init", "--example", "data"])
            .assert()
            .success();
        env
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The data folder made by [`TestEnv::initialised`].
    pub fn data(&self) -> PathBuf {
        self.path().join("data")
    }

    /// `loften` run in the folder, in English, with a fixed locale and no
    /// colour, and `LOFTEN_TODAY` unset, and no COLUMNS (piped output is full width).
    pub fn loften(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("loften").expect("the loften binary");
        cmd.current_dir(self.path())
            .env_remove("LOFTEN_DIR")
            .env_remove("LOFTEN_TODAY")
            .env_remove("COLUMNS")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .env("NO_COLOR", "1")
            .args(args);
        cmd
    }

    /// `loften --dir data ARGS`.
    pub fn in_data(&self, args: &[&str]) -> Command {
        let mut all = vec!["--dir", "data"];
        all.extend_from_slice(args);
        self.loften(&all)
    }

    /// Writes a file below the folder, creating folders.
    pub fn write(&self, relative: &str, contents: &str) -> PathBuf {
        let path = self.path().join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, contents).unwrap();
        path
    }

    /// Reads a file below the folder.
    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path().join(relative)).unwrap()
    }

    /// Every file below the folder with its bytes: to prove that a refused
    /// command changed nothing.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for entry in fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let relative = path.strip_prefix(root).unwrap().to_path_buf();
                if path.is_dir() {
                    out.insert(relative, b"<dir>".to_vec());
                    walk(&path, root, out);
                } else {
                    out.insert(relative, fs::read(&path).unwrap());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(self.path(), self.path(), &mut out);
        out
    }
}

/// The repository's own root, for its shipped plan and fixtures.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The browser the report's browser tests drive: `LOFTEN_CHROMIUM`, else
/// Debian's `/usr/bin/chromium` (or `chromium-browser`). Panics, saying
/// how to install it, when there is none: those tests never skip, so a
/// green `cargo test` (in CI or not) always means the report was rendered.
pub fn browser() -> PathBuf {
    let candidates = match std::env::var_os("LOFTEN_CHROMIUM") {
        Some(chosen) => vec![PathBuf::from(chosen)],
        None => vec![
            PathBuf::from("/usr/bin/chromium"),
            PathBuf::from("/usr/bin/chromium-browser"),
        ],
    };
    let found = candidates.iter().find(|p| p.is_file());
    found.cloned().unwrap_or_else(|| {
        panic!(
            "no browser at {}: apt-get install chromium (.ci/run does), or set LOFTEN_CHROMIUM",
            candidates[0].display()
        )
    })
}

/// A fixture file's path.
pub fn fixture(relative: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(relative)
}

/// What a run must give, whole: its exit code, standard output and
/// standard error, each compared exactly (as casey/just's tests do), so
/// that a stray warning, a changed exit code or an extra line cannot slip
/// by a test that looked for one phrase.
#[derive(Debug, Clone, Copy)]
pub struct Exactly<'a> {
    /// The exit code.
    pub code: i32,
    /// The whole standard output.
    pub stdout: &'a str,
    /// The whole standard error.
    pub stderr: &'a str,
}

/// A run's whole result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ran {
    /// The exit code, or how the process ended without one.
    pub code: String,
    /// The whole standard output.
    pub stdout: String,
    /// The whole standard error.
    pub stderr: String,
}

impl Ran {
    /// Panics unless code, stdout and stderr are all exactly `expected`,
    /// showing each part that differs in full.
    pub fn is(&self, expected: Exactly<'_>) {
        let differences = differences(&[
            ("exit code", &expected.code.to_string(), &self.code),
            ("stdout", expected.stdout, &self.stdout),
            ("stderr", expected.stderr, &self.stderr),
        ]);
        assert!(differences.is_empty(), "{differences}");
    }
}

/// Runs a command for its whole result.
pub trait RunWhole {
    /// Runs, and gives the exit code, stdout and stderr.
    fn ran(&mut self) -> Ran;

    /// Runs, then panics unless code, stdout and stderr are all exactly
    /// `expected` (see [`Ran::is`]).
    fn exactly(&mut self, expected: Exactly<'_>) {
        self.ran().is(expected);
    }
}

impl RunWhole for Command {
    fn ran(&mut self) -> Ran {
        let out = self.output().expect("loften runs");
        Ran {
            code: out
                .status
                .code()
                .map_or_else(|| format!("none ({})", out.status), |c| c.to_string()),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// Each part whose actual text is not the expected one, both in full, and
/// the first line where they part.
fn differences(parts: &[(&str, &str, &str)]) -> String {
    let mut report = String::new();
    for (name, expected, actual) in parts {
        if expected == actual {
            continue;
        }
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        report += &format!(
            "{name} differs from line {}:\n--- expected {name} ---\n{expected}\n--- actual {name} ---\n{actual}\n--- end ---\n",
            first + 1
        );
    }
    report
}
