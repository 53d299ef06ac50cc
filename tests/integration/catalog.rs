//! Every sentence comes from the catalog: the commands run in the hidden
//! pseudo-locale (`--lang pseudo`), where every catalog message is wrapped
//! in `[!! … !!]`. Whatever is left outside the wrappers must be data (the
//! plan's and the log's own words, numbers, dates, paths, what the user
//! typed) or the command line's own vocabulary (commands, flags, values);
//! a word that is neither is a sentence outside the catalog.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::testenv::{TestEnv, fixture, repo_root};

/// The command line's own words: commands and flag values a user types,
/// the same in every language.
const COMMAND_LINE: &[&str] = &[
    "loften",
    "init",
    "measures",
    "check",
    "repair",
    "log",
    "shift",
    "void",
    "excuse",
    "status",
    "export",
    "report",
    "completions",
    "man",
    "help",
    "table",
    "json",
    "xlsx",
    "csv",
    "html",
    "md",
    "sv",
    "en",
    "plain",
    "bash",
    "zsh",
    "fish",
    "powershell",
    "elvish",
    "toml",
    "logs",
    "plan",
    "data",
    "pseudo",
];

/// The words of the data a folder holds: the string values of its plan
/// files and every field of its logs.
fn data_words(folder: &Path, into: &mut BTreeSet<String>) {
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let Ok(text) = fs::read_to_string(&path) else {
                continue;
            };
            let is_plan = path.extension().is_some_and(|e| e == "toml");
            for line in text.lines() {
                if is_plan {
                    let line = line.trim_start();
                    if line.starts_with('#') {
                        continue;
                    }
                    // Only quoted values: keys are the format's, not data.
                    for (i, quoted) in line.split('"').enumerate() {
                        if i % 2 == 1 {
                            add_words(quoted, into);
                        }
                    }
                } else {
                    // The header too: the log's column names are its
                    // format's, written by every command that shows a row.
                    add_words(line, into);
                }
            }
        }
    }
}

fn add_words(text: &str, into: &mut BTreeSet<String>) {
    for word in words(text) {
        into.insert(word.to_lowercase());
    }
}

/// The runs of letters in `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// The runs of letters in `text`, each with whether `…` follows it (a
/// word cut short to fit a column). A run of letters and digits together
/// (a row id such as `20261129-225250-2a65bffe`, a time `22:52:50+00:00`)
/// is data, not a word: its letters are random hex and would make the
/// test fail by chance.
fn words_and_cuts(text: &str) -> Vec<(&str, bool)> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let run = &text[from..at];
                if !run.chars().any(|c| c.is_ascii_digit()) {
                    found.push((run, c == '…'));
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// `line` with every row id (`20261129-225250-2a65bffe`: a date, a time
/// and eight random hex digits) blanked: an id is data, and its hex part
/// may be all letters.
fn without_row_ids(line: &str) -> String {
    let shape = |word: &str| {
        let parts: Vec<&str> = word.split('-').collect();
        parts.len() == 3
            && parts[0].len() == 8
            && parts[1].len() == 6
            && parts[2].len() == 8
            && parts[..2]
                .iter()
                .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
            && parts[2].bytes().all(|b| b.is_ascii_hexdigit())
    };
    line.split_inclusive(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .map(|piece| {
            let word = piece.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
            if shape(word) {
                piece.replacen(word, &" ".repeat(word.len()), 1)
            } else {
                piece.to_string()
            }
        })
        .collect()
}

/// `text` without its `[!! … !!]` parts, nested ones included, and a
/// message wrapped over lines whole.
pub fn outside_the_catalog(text: &str) -> String {
    let mut out = String::new();
    let (mut depth, mut rest) = (0usize, text);
    while !rest.is_empty() {
        if rest.starts_with("[!!") {
            depth += 1;
            rest = &rest[3..];
        } else if depth > 0 && rest.starts_with("!!]") {
            depth -= 1;
            rest = &rest[3..];
        } else {
            let c = rest.chars().next().expect("a character");
            if depth == 0 || c == '\n' {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The words of `output` outside the catalog that are neither data nor
/// the command line's, each with its line.
fn strays(output: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    for line in outside_the_catalog(output).lines() {
        // Flags (`--dry-run`, `-h`) are the command line's.
        let line: String = line
            .split_whitespace()
            .filter(|token| {
                !token
                    .trim_start_matches(['[', '(', '<', '\'', '`'])
                    .starts_with('-')
            })
            .collect::<Vec<_>>()
            .join(" ");
        for (word, cut) in words_and_cuts(&without_row_ids(&line)) {
            let lower = word.to_lowercase();
            // A narrow column cuts a title with `…`: the start of a word
            // of the data is data.
            let cut_data = cut && allowed.iter().any(|w| w.starts_with(&lower));
            if !cut_data && !allowed.contains(&lower) && !COMMAND_LINE.contains(&lower.as_str()) {
                found.push(format!("{word:?} in {:?}", line.trim()));
            }
        }
    }
    found
}

/// Runs `args` in the pseudo-locale and returns the words of its output
/// that are not in the catalog.
fn run(env: &TestEnv, args: &[&str], allowed: &BTreeSet<String>) -> Vec<String> {
    let mut all = vec!["--lang", "pseudo"];
    all.extend_from_slice(args);
    let out = env
        .loften(&all)
        .env("LOFTEN_TODAY", "2021-06-15")
        .env("COLUMNS", "100")
        .output()
        .expect("loften runs");
    let mut allowed = allowed.clone();
    for arg in args {
        add_words(arg, &mut allowed);
    }
    let mut found = Vec::new();
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        for stray in strays(&text, &allowed) {
            found.push(format!("`loften {}` {stream}: {stray}", args.join(" ")));
        }
    }
    found
}

fn copy_folder(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("a folder");
    for entry in fs::read_dir(from).expect("a folder to copy") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_folder(&path, &target);
        } else {
            fs::copy(&path, &target).expect("a copy");
        }
    }
}

#[test]
fn pseudo_locale_unwrapped_words_are_only_data() {
    let env = TestEnv::new();
    copy_folder(
        &repo_root().join("examples/norsjo"),
        &env.path().join("data"),
    );
    copy_folder(
        &repo_root().join("examples/norsjo/plan"),
        &env.path().join("forms/plan"),
    );
    fs::remove_file(env.path().join("forms/plan/norsjo-2019-2023.toml")).expect("removed");
    fs::copy(
        fixture("plans/every-form.toml"),
        env.path().join("forms/plan/every-form.toml"),
    )
    .expect("the every-form plan");
    fs::create_dir_all(env.path().join("forms/logs")).expect("logs");
    fs::create_dir_all(env.path().join("bad/plan")).expect("bad plan");
    fs::copy(
        fixture("plans/bad/many-problems.toml"),
        env.path().join("bad/plan/plan.toml"),
    )
    .expect("a bad plan");

    let mut allowed = BTreeSet::new();
    data_words(env.path(), &mut allowed);

    let commands: &[&[&str]] = &[
        &["--help"],
        &["init", "--help"],
        &["measures", "--help"],
        &["check", "--help"],
        &["repair", "--help"],
        &["log", "--help"],
        &["shift", "--help"],
        &["void", "--help"],
        &["excuse", "--help"],
        &["status", "--help"],
        &["export", "--help"],
        &["report", "--help"],
        &["completions", "--help"],
        &["statuss"],
        &["status", "--at"],
        &["status", "--format", "yaml"],
        &[
            "init",
            "new",
            "--municipality",
            "Malå kommun",
            "--start",
            "2021-01-01",
        ],
        &["--dir", "data", "measures"],
        &["--dir", "data", "check"],
        &["--dir", "data", "status", "--at", "2021-03-15"],
        &["--dir", "data", "status", "--at", "2021-03-15", "--wide"],
        &[
            "--dir",
            "data",
            "status",
            "--at",
            "2021-03-15",
            "--by-owner",
        ],
        &["--dir", "data", "status", "--year", "2021"],
        &["--dir", "data", "status", "--quarter", "2021-2"],
        &[
            "--dir",
            "data",
            "status",
            "--at",
            "2021-03-15",
            "--fail-if-behind",
        ],
        &[
            "--dir",
            "data",
            "log",
            "trafikkontroll",
            "--date",
            "2021-06-14",
            "--dry-run",
        ],
        &[
            "--dir",
            "data",
            "log",
            "trafikkontroll",
            "--date",
            "2021-02-30",
        ],
        &["--dir", "data", "log", "okand"],
        &["--dir", "data", "log", "klassrumsbesok", "--count", "0"],
        &["--dir", "data", "shift", "--dry-run"],
        &[
            "--dir",
            "data",
            "void",
            "20990101-000000-00000000",
            "--reason",
            "fel",
        ],
        &["--dir", "data", "excuse", "trafikkontroll", "2021-13"],
        &["--dir", "data", "repair"],
        &[
            "--dir", "data", "report", "--year", "2021", "--format", "md",
        ],
        &[
            "--dir",
            "data",
            "export",
            "--format",
            "csv",
            "--out",
            "x/y/z.csv",
        ],
        &["--dir", "forms", "check"],
        &["--dir", "forms", "measures"],
        &["--dir", "forms", "status", "--at", "2021-06-15"],
        &["--dir", "forms", "status", "--year", "2021"],
        &[
            "--dir",
            "forms",
            "log",
            "fynd",
            "--date",
            "2021-06-01",
            "--dry-run",
        ],
        &["--dir", "bad", "check"],
        &["--dir", "bad", "status"],
        &[
            "--dir",
            "data",
            "--dir",
            "forms",
            "status",
            "--at",
            "2021-06-15",
        ],
    ];
    let mut found = Vec::new();
    for args in commands {
        found.extend(run(&env, args, &allowed));
    }
    assert!(
        found.is_empty(),
        "{} words outside the catalog:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_pseudo_test_sees_what_is_outside() {
    let allowed: BTreeSet<String> = ["ankaret".to_string()].into();
    assert!(strays("[!! 3 of [!! ankaret !!] !!] ankaret 2021-03", &allowed).is_empty());
    let found = strays("[!! done !!] not done --dry-run", &allowed);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("\"not\""));
    // A data word cut short to fit a column is data; an English word cut
    // short is not.
    assert!(strays("ank…", &allowed).is_empty());
    assert_eq!(strays("measu…", &allowed).len(), 1);
}

#[test]
fn a_row_id_and_a_time_are_data_even_when_their_hex_is_all_letters() {
    let line = "20261129-225250-abcdefab,2021-06-14,trafikkontroll,2026-11-29T22:52:50+00:00";
    let blanked = without_row_ids(line);
    let words: Vec<&str> = words_and_cuts(&blanked)
        .into_iter()
        .map(|(word, _)| word)
        .collect();
    assert_eq!(words, ["trafikkontroll"]);
}
