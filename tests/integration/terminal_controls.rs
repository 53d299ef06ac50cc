//! No terminal injection (issue #10, item 7): control characters and
//! bidirectional overrides are refused in free text at input, and what a
//! log or a plan holds reaches the terminal escaped (status, measures,
//! check, the confirmations and refusals of log and void).

use std::fs;

use crate::log_support::{log_env, log_ok, run};

/// What a terminal would obey: a screen clear, a window title, a bell, a
/// C1 CSI, a right-to-left override and an isolate, a carriage return.
const INJECTIONS: [&str; 6] = [
    "\u{1b}[2J\u{1b}[31m",
    "\u{1b}]0;pwned\u{7}",
    "\u{9b}31m",
    "evil\u{202e}txt.exe",
    "\u{2066}x\u{2069}",
    "ok\rFAKE",
];

fn no_raw_controls(text: &str) -> bool {
    !text.contains(|c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

#[test]
fn control_characters_are_refused_at_input_and_nothing_is_written() {
    let env = log_env();
    let before = env.snapshot();
    for injection in INJECTIONS {
        for flag in ["--note", "--who", "--place"] {
            let out = run(
                &env,
                &[
                    "log",
                    "trafikkontroll",
                    "--date",
                    "2021-03-02",
                    flag,
                    injection,
                ],
            )
            .output()
            .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{flag} {injection:?}: {stderr}");
            assert!(
                stderr.contains("holds the control character U+"),
                "{stderr}"
            );
            assert!(no_raw_controls(&stderr), "{stderr:?}");
        }
    }
    // Tab is allowed: pasted from a spreadsheet.
    log_ok(
        &env,
        &[
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--place",
            "Torget\tE4",
        ],
    );
    let after = env.snapshot();
    assert_eq!(
        after.len(),
        before.len() + 2,
        "only logs/ and logs/2021.csv are new"
    );
}

#[test]
fn old_rows_and_plan_text_reach_the_terminal_escaped() {
    let env = log_env();
    let plan_path = env.path().join("data/plan/plan.toml");
    let plan = fs::read_to_string(&plan_path).unwrap().replacen(
        "title = \"Trafikkontroller\"",
        "title = \"Trafik\\u001b]0;pwned\\u0007 \\u202Ekontroll\"",
        1,
    );
    fs::write(&plan_path, plan).unwrap();
    let mut log = String::from(
        "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n",
    );
    for (i, injection) in INJECTIONS.iter().enumerate() {
        log.push_str(&format!(
            "20210302-080000-0000000{i},2021-03-02,trafikkontroll,1,,,\"{injection}\",\"{injection}\",\"{injection}\",2021-03-02T08:00:00+01:00,,\n"
        ));
    }
    // A void whose cancelled id holds an escape: its refusal quotes it.
    log.push_str("20210302-090000-00000009,2021-03-02,trafikkontroll,,,,,,fel,2021-03-02T09:00:00+01:00,\"x\u{1b}[2Jy\",\n");
    env.write("data/logs/2021.csv", &log);
    let before = env.snapshot();
    // status: the title escaped, every row counted.
    let out = run(&env, &["status", "--at", "2021-03-31"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(no_raw_controls(&stdout), "{stdout:?}");
    assert!(
        stdout.contains("Trafik\\u{1b}]0;pwned\\u{7} \\u{202e}kontroll"),
        "{stdout}"
    );
    assert!(stdout.contains("6/10"), "every old row counted: {stdout}");
    // status as JSON: escaped in JSON's own way, the same text for a program.
    let out = run(&env, &["status", "--at", "2021-03-31", "--format", "json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(no_raw_controls(&stdout), "{stdout:?}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let titles: Vec<&str> = json["measures"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["title"].as_str())
        .collect();
    assert!(
        titles.contains(&"Trafik\u{1b}]0;pwned\u{7} \u{202e}kontroll"),
        "{titles:?}"
    );
    // measures: the title escaped.
    let out = run(&env, &["measures"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        no_raw_controls(&stdout) && stdout.contains("\\u{202e}kontroll"),
        "{stdout}"
    );
    // check: each old row named by its line, nothing raw.
    let out = run(&env, &["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(no_raw_controls(&stdout), "{stdout:?}");
    for line in 2..2 + INJECTIONS.len() {
        for field in ["who", "place", "note"] {
            assert!(
                stdout.contains(&format!(
                    "data/logs/2021.csv:{line}: {field} holds the control character U+"
                )),
                "line {line} {field}: {stdout}"
            );
        }
    }
    assert!(stdout.contains("voids x\\u{1b}[2Jy"), "{stdout}");
    // void: the refusal quotes the log's text escaped.
    let out = run(&env, &["void", "20210302-090000-00000009"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        no_raw_controls(&stderr) && stderr.contains("x\\u{1b}[2Jy"),
        "{stderr:?}"
    );
    assert_eq!(env.snapshot(), before, "nothing changed");
}
