//! Faults: many writers at once, writers killed mid-stream, a disk that
//! cannot take the write, and readers that close the pipe early. The log
//! must never lose or corrupt a row that `loften` said it recorded.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::hostile::{measure, plan};
use crate::log_support::{TODAY, log_env, log_env_in, printed_id, run};
use crate::testenv::TestEnv;

/// The `loften` binary, for processes the tests start themselves.
fn loften_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_loften"))
}

/// `loften --dir DATA ARGS` as a plain process, in English, on [`TODAY`].
fn loften_process(data: &Path, args: &[&str]) -> StdCommand {
    let mut cmd = StdCommand::new(loften_bin());
    cmd.arg("--dir")
        .arg(data)
        .args(args)
        .env_remove("LOFTEN_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .env("LOFTEN_TODAY", TODAY)
        .stdin(Stdio::null());
    cmd
}

/// The records of a log file, header included, as the csv crate reads
/// them (flexible, so that a torn row shows as a short record).
fn records(path: &Path) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .unwrap()
        .records()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn sixteen_writers_append_a_hundred_rows_each_into_one_file() {
    const WRITERS: usize = 16;
    const ROWS: usize = 100;
    // In memory: the appends queue for the lock, each with its fsync.
    let env = log_env_in(TestEnv::in_memory());
    let data = env.data();
    let started = Instant::now();
    let printed: Vec<Vec<String>> = thread::scope(|scope| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|w| {
                let data = &data;
                scope.spawn(move || {
                    (0..ROWS)
                        .map(|r| {
                            let note = format!("writer {w}, row {r}: \"whole\"");
                            let out = loften_process(
                                data,
                                &[
                                    "log",
                                    "trafikkontroll",
                                    "--date",
                                    "2021-03-02",
                                    "--count",
                                    "2",
                                    "--value",
                                    "anmalningar=1",
                                    "--who",
                                    &format!("w{w}"),
                                    "--note",
                                    &note,
                                ],
                            )
                            .output()
                            .unwrap();
                            assert!(
                                out.status.success(),
                                "{}",
                                String::from_utf8_lossy(&out.stderr)
                            );
                            printed_id(&String::from_utf8_lossy(&out.stdout))
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let took = started.elapsed();
    let rows = records(&data.join("logs/2021.csv"));
    assert_eq!(rows[0].get(0), Some("id"));
    let rows = &rows[1..];
    assert_eq!(rows.len(), WRITERS * ROWS);
    let mut ids = HashSet::new();
    let mut notes = HashSet::new();
    for row in rows {
        assert_eq!(row.len(), 14, "{row:?}");
        assert!(ids.insert(row[0].to_string()), "duplicate id {}", &row[0]);
        assert_eq!(&row[1], "2021-03-02");
        assert_eq!(&row[2], "trafikkontroll");
        assert_eq!(&row[3], "2");
        assert_eq!(&row[5], "anmalningar=1");
        let who = row[6].strip_prefix('w').unwrap();
        assert!(
            row[8].starts_with(&format!("writer {who}, row ")),
            "{row:?}"
        );
        assert!(row[8].ends_with(": \"whole\""), "{row:?}");
        assert!(notes.insert(row[8].to_string()), "{row:?}");
    }
    for id in printed.iter().flatten() {
        assert!(ids.contains(id), "{id} printed but not in the file");
    }
    run(&env, &["check"]).assert().code(0);
    // Reported, not asserted: the machine may be busy.
    eprintln!(
        "{} appends by {WRITERS} writers took {took:?}",
        WRITERS * ROWS
    );
}

/// A small, seeded pseudo-random sequence (xorshift), so that a failure
/// can be replayed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn writers_killed_mid_stream_leave_a_readable_log_with_every_printed_id() {
    const WRITERS: u64 = 4;
    const ROUNDS: usize = 40;
    let env = log_env_in(TestEnv::in_memory());
    let data = env.data();
    let (printed, killed): (Vec<String>, usize) = thread::scope(|scope| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|w| {
                let data = &data;
                scope.spawn(move || {
                    let mut random = Random(0x9E37_79B9_7F4A_7C15 ^ (w + 1));
                    let mut printed = Vec::new();
                    let mut killed = 0;
                    for r in 0..ROUNDS {
                        let note = format!("w{w} r{r}, \"{}\"", "x".repeat(r * 50));
                        let mut child = loften_process(
                            data,
                            &[
                                "log",
                                "trafikkontroll",
                                "--date",
                                "2021-03-02",
                                "--note",
                                &note,
                            ],
                        )
                        .stdout(Stdio::piped())
                        .stderr(Stdio::null())
                        .spawn()
                        .unwrap();
                        // Somewhere in its short life: before, during or
                        // after the append. `kill` sends SIGKILL on Unix.
                        thread::sleep(Duration::from_micros(random.below(40_000)));
                        let _ = child.kill();
                        let mut stdout = String::new();
                        child
                            .stdout
                            .take()
                            .unwrap()
                            .read_to_string(&mut stdout)
                            .unwrap();
                        if child.wait().unwrap().code().is_none() {
                            killed += 1;
                        }
                        if stdout.starts_with("Recorded ") {
                            printed.push(printed_id(&stdout));
                        }
                    }
                    (printed, killed)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).fold(
            (Vec::new(), 0),
            |(mut ids, n), (more, k)| {
                ids.extend(more);
                (ids, n + k)
            },
        )
    });
    let path = data.join("logs/2021.csv");
    let in_file: HashSet<String> = if path.exists() {
        records(&path)
            .iter()
            .map(|r| r.get(0).unwrap_or_default().to_string())
            .collect()
    } else {
        HashSet::new()
    };
    for id in &printed {
        assert!(
            in_file.contains(id),
            "{id} was printed but is not in the file"
        );
    }
    let out = run(&env, &["check"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let code = out.status.code();
    assert!(code == Some(0) || code == Some(1), "{code:?}: {stdout}");
    let problems: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("data/logs/"))
        .collect();
    for problem in &problems {
        assert!(problem.contains("the row is torn"), "{problem}\n{stdout}");
    }
    assert_eq!(code == Some(1), !problems.is_empty(), "{stdout}");
    eprintln!(
        "{} of {} writers killed; {} rows recorded; {} torn",
        killed,
        WRITERS as usize * ROUNDS,
        printed.len(),
        problems.len()
    );
}

/// Every file below `root` with its bytes, symbolic links left out (one
/// points at `/dev/full`, which reads as endless zeros).
fn files_below(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let meta = fs::symlink_metadata(&path).unwrap();
            let relative = path.strip_prefix(root).unwrap().to_path_buf();
            if meta.is_dir() {
                walk(&path, root, out);
            } else if meta.is_file() {
                out.insert(relative, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

#[cfg(unix)]
#[test]
fn a_full_disk_gives_a_clear_error_and_no_partial_row() {
    let env = log_env();
    // Rows in other files, which must stay as they are.
    for date in ["2020-05-05", "2019-01-10"] {
        run(&env, &["log", "trafikkontroll", "--date", date])
            .assert()
            .success();
    }
    std::os::unix::fs::symlink("/dev/full", env.data().join("logs/2021.csv")).unwrap();
    let before = files_below(env.path());
    for args in [
        &[
            "log",
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--count",
            "3",
        ][..],
        &["shift", "--date", "2021-03-02"],
        &["excuse", "trafikkontroll", "2021-03", "--reason", "sjukdom"],
    ] {
        let out = run(&env, args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        for words in [
            "could not write data/logs/2021.csv",
            "nothing was recorded",
            "free some space (or check the share)",
            "No space left on device",
        ] {
            assert!(
                stderr.contains(words),
                "{args:?}: {words:?} not in {stderr}"
            );
        }
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(files_below(env.path()), before, "{args:?} changed a file");
    }
    let out = run(
        &env,
        &[
            "--lang",
            "sv",
            "log",
            "trafikkontroll",
            "--date",
            "2021-03-02",
        ],
    )
    .output()
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("inget registrerades"), "{stderr}");
    assert!(stderr.contains("frigör utrymme"), "{stderr}");
}

/// Runs `shell` (with `$L` the loften binary) through `sh -c`, without
/// pipefail, in `dir`; returns loften's exit code (written by the script
/// to a file) and loften's standard error (redirected to a file).
fn through_a_closed_pipe(env: &TestEnv, loften_args: &str) -> (String, String) {
    let script = format!(
        "{{ \"$L\" --dir data {loften_args} 2>err.txt; echo $? >code.txt; }} | head -1 >/dev/null"
    );
    let status = StdCommand::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(env.path())
        .env("L", loften_bin())
        .env_remove("LOFTEN_DIR")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .env("LOFTEN_TODAY", TODAY)
        .status()
        .unwrap();
    assert!(status.success());
    (env.read("code.txt").trim().to_string(), env.read("err.txt"))
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // Outputs larger than a pipe holds, so that loften is still writing
    // when `head` has gone: 900 measures, 20,000 rows that check reports.
    let freq = "{ kind = \"quota\", at_least = 3, per = \"month\" }";
    let measures: String = (0..900)
        .map(|i| measure(&format!("m{i}"), &"lång titel ".repeat(4), freq))
        .collect();
    let env = TestEnv::new();
    env.write(
        "data/plan/plan.toml",
        &plan("2021-01-01", "2021-12-31", &measures),
    );
    let header = "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";
    let bad_rows: String = (0..20_000)
        .map(|i| format!("x{i},2021-13-01,m1,1,,,,,,,,\n"))
        .collect();
    env.write("data/logs/2021.csv", &format!("{header}{bad_rows}"));
    for args in [
        "status",
        "status --format json",
        "status --year 2021",
        "measures",
        "measures --format json",
        "check",
        "completions bash",
        "man",
    ] {
        let (code, stderr) = through_a_closed_pipe(&env, args);
        // status warns on stderr about the unreadable rows, by design.
        let stderr: Vec<&str> = stderr
            .lines()
            .filter(|l| !l.contains("could not be read and are not counted"))
            .collect();
        assert!(stderr.is_empty(), "{args}: {stderr:?}");
        assert!(
            code == "0" || (args == "check" && code == "1"),
            "{args}: exit {code}"
        );
    }
}
