//! One content model: every output that shows a measure's result for a
//! period says the same done, target and state. For the example data and a
//! folder with every frequency form, the year's figures are read back from
//! `status --format json`, the grid JSON (`status --year`), the JSON
//! export (its status and follow-up), the workbook (follow-up and summary
//! sheets, read with calamine) and the Markdown report, and compared.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};
use serde_json::Value;

use crate::testenv::{TestEnv, fixture, repo_root};

/// One measure's year as one output shows it.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    /// Done over the year, in the measure's unit.
    total: u64,
    /// Periods met and ended in the year's record.
    record: (u64, u64),
    /// The year's state, in English words or JSON name.
    state: String,
}

/// A data folder at `data/` holding `plan` and the log files `logs`.
fn folder(plan: &Path, logs: &[(String, String)]) -> TestEnv {
    let env = TestEnv::new();
    let name = plan.file_name().unwrap().to_str().unwrap();
    env.write(
        &format!("data/plan/{name}"),
        &std::fs::read_to_string(plan).unwrap(),
    );
    for (file, text) in logs {
        env.write(&format!("data/logs/{file}"), text);
    }
    env
}

fn json(env: &TestEnv, args: &[&str]) -> Value {
    let out = env.in_data(args).output().unwrap();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn state_name(words: &str) -> String {
    match words {
        "met" => "met",
        "on track" => "on_track",
        "behind" => "behind",
        "missed" => "missed",
        "no target" => "no_target",
        "not in force" => "not_in_force",
        "excused" => "excused",
        other => other,
    }
    .to_string()
}

/// The grid JSON's rows by id: the year's figures, and `at_end`'s done and
/// target.
fn from_grid(grid: &Value) -> BTreeMap<String, (Seen, Value, Value)> {
    grid["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let at_end = &row["at_end"];
            let seen = Seen {
                total: row["total"].as_u64().unwrap(),
                record: (
                    at_end["year"]["periods_met"].as_u64().unwrap(),
                    at_end["year"]["periods_ended"].as_u64().unwrap(),
                ),
                state: at_end["state"].as_str().unwrap().to_string(),
            };
            let cells: u64 = row["cells"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["done"].as_u64().unwrap())
                .sum();
            assert_eq!(
                cells, seen.total,
                "{}: cells add up to the total",
                row["id"]
            );
            (
                row["id"].as_str().unwrap().to_string(),
                (seen, at_end["done"].clone(), at_end["target"].clone()),
            )
        })
        .collect()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

fn number(cell: &Data) -> u64 {
    match cell {
        Data::Float(f) => *f as u64,
        Data::Int(i) => *i as u64,
        Data::Empty => 0,
        other => panic!("not a number: {other:?}"),
    }
}

/// The workbook's follow-up sheet (total, done/target, state) and summary
/// sheet (done, periods, state) for `year`, by id.
fn from_workbook(path: &Path, year: i32) -> BTreeMap<String, (Seen, Seen, String)> {
    let mut workbook = open_workbook_auto(path).unwrap();
    let follow_up = workbook.worksheet_range("Follow-up").unwrap();
    let rows: Vec<Vec<Data>> = follow_up.rows().map(|r| r.to_vec()).collect();
    // The year's block: its title row, its header, then one row a measure.
    let title = rows
        .iter()
        .position(|r| text(&r[0]).starts_with(&year.to_string()))
        .expect("the year's block");
    let header: Vec<String> = rows[title + 1].iter().map(text).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut follow = BTreeMap::new();
    for row in rows[title + 2..]
        .iter()
        .take_while(|r| !text(&r[0]).is_empty())
    {
        let outcome = text(&row[col("outcome")]);
        let record = outcome
            .split_once(" of ")
            .map_or((0, 0), |(m, e)| (m.parse().unwrap(), e.parse().unwrap()));
        follow.insert(
            text(&row[0]),
            (
                Seen {
                    total: number(&row[col("total")]),
                    record,
                    state: state_name(&text(&row[col("state")])),
                },
                text(&row[col("done/target")]),
            ),
        );
    }
    let summary = workbook.worksheet_range("Summary").unwrap();
    let mut out = BTreeMap::new();
    for row in summary.rows().skip(1) {
        if text(&row[0]) != year.to_string() || text(&row[2]).is_empty() {
            continue;
        }
        let id = text(&row[2]);
        let seen = Seen {
            total: number(&row[6]),
            record: (number(&row[7]), number(&row[8])),
            state: state_name(&text(&row[10])),
        };
        if let Some((f, done_target)) = follow.get(&id) {
            out.insert(id, (f.clone(), seen, done_target.clone()));
        }
    }
    assert_eq!(out.len(), follow.len(), "every measure in both sheets");
    out
}

/// The report's table rows: "| Title (`id`) | när | 4 done | 2 of 3 months met | met |".
fn from_report(markdown: &str) -> BTreeMap<String, (u64, String, String)> {
    markdown
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("(`"))
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            let id = cells[0].split("(`").nth(1).unwrap().trim_end_matches("`)");
            let done = cells[2].split(' ').next().unwrap().parse().unwrap();
            let record = cells[3].to_string();
            let state = state_name(cells[4].trim_end_matches(" |").trim());
            (id.to_string(), (done, record, state))
        })
        .collect()
}

/// "2 of 3 months met" from a record, as the report words it.
fn record_of(words: &str) -> (u64, u64) {
    let mut parts = words.split(' ');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(met), Some("of"), Some(ended)) => (met.parse().unwrap(), ended.parse().unwrap()),
        _ => (0, 0),
    }
}

/// Compares every output for `year` as known on `at`.
fn all_outputs_agree(env: &TestEnv, year: i32, at: &str) {
    let y = year.to_string();
    let end_of_view = if at > format!("{year}-12-31").as_str() {
        format!("{year}-12-31")
    } else {
        at.to_string()
    };
    let grid = json(
        env,
        &[
            "status", "--year", &y, "--at", at, "--format", "json", "--lang", "en",
        ],
    );
    // The aims (`at_end.aim`), which the workbook shows as "2/2–3".
    let aims: BTreeMap<String, Option<u64>> = grid["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["id"].as_str().unwrap().to_string(),
                row["at_end"]["aim"].as_u64(),
            )
        })
        .collect();
    let grid = from_grid(&grid);
    let status = json(
        env,
        &[
            "status",
            "--at",
            &end_of_view,
            "--format",
            "json",
            "--lang",
            "en",
        ],
    );
    let status: BTreeMap<String, &Value> = status["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap().to_string(), m))
        .collect();
    let from = format!("{year}-01-01");
    let export = env
        .in_data(&[
            "export", "--format", "json", "--out", "-", "--from", &from, "--to", at, "--lang", "en",
        ])
        .env("LOFTEN_TODAY", at)
        .output()
        .unwrap();
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let export: Value = serde_json::from_slice(&export.stdout).unwrap();
    let follow_up = match &export["follow_up"] {
        Value::Array(years) => years
            .iter()
            .find(|g| g["span"]["key"] == y.as_str())
            .unwrap()
            .clone(),
        grid => grid.clone(),
    };
    let export_grid = from_grid(&follow_up);
    env.in_data(&[
        "export", "--format", "xlsx", "--out", "w.xlsx", "--from", &from, "--to", at, "--lang",
        "en",
    ])
    .env("LOFTEN_TODAY", at)
    .assert()
    .success();
    let workbook = from_workbook(&env.data().join("../w.xlsx"), year);
    let report = env
        .in_data(&[
            "report", "--year", &y, "--format", "md", "--out", "-", "--lang", "en",
        ])
        .env("LOFTEN_TODAY", at)
        .output()
        .unwrap();
    assert!(
        report.status.success(),
        "{}",
        String::from_utf8_lossy(&report.stderr)
    );
    let report = from_report(&String::from_utf8(report.stdout).unwrap());

    let mut differences = String::new();
    for (id, (seen, done, target)) in &grid {
        let mut differ = |what: &str, a: String, b: String| {
            if a != b {
                let _ = writeln!(differences, "{id}: {what}: grid {a} ≠ {b}");
            }
        };
        // status and the grid's own period at the span's end.
        // A validity that ended before the year: status keeps its last
        // verdict, the year's grid finds it not in force.
        let ended_before = |s: &&Value| {
            s["ended"]
                .as_str()
                .is_some_and(|end| end < format!("{year}-01-01").as_str())
        };
        if let Some(s) = status.get(id).filter(|s| !ended_before(s)) {
            differ("status done", done.to_string(), s["done"].to_string());
            differ("status target", target.to_string(), s["target"].to_string());
        }
        let (e, e_done, e_target) = &export_grid[id];
        differ("export follow-up", format!("{seen:?}"), format!("{e:?}"));
        differ("export done", done.to_string(), e_done.to_string());
        differ("export target", target.to_string(), e_target.to_string());
        let (follow, summary, done_target) = &workbook[id];
        differ(
            "workbook follow-up",
            format!("{seen:?}"),
            format!("{follow:?}"),
        );
        differ(
            "workbook summary",
            format!("{seen:?}"),
            format!("{summary:?}"),
        );
        let expected_dt = match (done.as_u64(), target.as_u64()) {
            (Some(d), Some(t)) => match aims[id] {
                Some(aim) => format!("{d}/{t}–{aim}"),
                None => format!("{d}/{t}"),
            },
            (Some(d), None) => d.to_string(),
            _ => String::new(),
        };
        differ("workbook done/target", expected_dt, done_target.clone());
        let (r_done, r_record, r_state) = &report[id];
        differ("report done", seen.total.to_string(), r_done.to_string());
        differ("report state", seen.state.clone(), r_state.clone());
        differ(
            "report record",
            format!("{:?}", seen.record),
            format!("{:?}", record_of(r_record)),
        );
    }
    assert!(differences.is_empty(), "{year} on {at}:\n{differences}");
    // The export's status is `status` on the export's last day.
    let export_status: BTreeMap<String, &Value> = export["status"]["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap().to_string(), m))
        .collect();
    let status_at = json(
        env,
        &["status", "--at", at, "--format", "json", "--lang", "en"],
    );
    for m in status_at["measures"].as_array().unwrap() {
        let id = m["id"].as_str().unwrap();
        let e = export_status[id];
        for field in ["state", "done", "target", "expected", "needed"] {
            assert_eq!(m[field], e[field], "{id}: {field} in status and the export");
        }
    }
}

#[test]
fn the_example_data_says_the_same_everywhere() {
    let example = repo_root().join("examples/norsjo");
    let logs: Vec<(String, String)> = std::fs::read_dir(example.join("logs"))
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            (
                path.file_name().unwrap().to_str().unwrap().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    let plan = example.join("plan/norsjo-2019-2023.toml");
    let env = folder(&plan, &logs);
    // The example: a nattvandring row on a day that is no risk
    // evening counts nowhere, in every output.
    env.write(
        "data/logs/2021.csv",
        &(env.read("data/logs/2021.csv")
            + "20210310-120000-deadbeef,2021-03-10,nattvandring,1,,,X,,,2021-03-10T12:00:00+01:00,,\n"),
    );
    all_outputs_agree(&env, 2021, "2022-01-10");
    all_outputs_agree(&env, 2021, "2021-06-15");
    all_outputs_agree(&env, 2020, "2021-01-10");
}

/// A year of rows for every measure of the every-form plan.
fn every_form_log() -> String {
    let mut csv = String::from(
        "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses,until,answers\n",
    );
    let mut n = 0;
    let mut row = |csv: &mut String,
                   date: &str,
                   measure: &str,
                   count: &str,
                   target: &str,
                   excuses: &str| {
        n += 1;
        let _ = writeln!(
            csv,
            "r{n:05},{date},{measure},{count},{target},,X,,not,{date}T12:00:00+01:00,,{excuses},,"
        );
    };
    for month in 1..=12 {
        let day = |d: u32| format!("2021-{month:02}-{d:02}");
        row(&mut csv, &day(3), "arbetspass", "2", "", "");
        if month % 3 != 0 {
            row(&mut csv, &day(3), "patrullering", "1", "", "");
        }
        row(&mut csv, &day(3), "centrumnarvaro", "1", "", "");
        row(&mut csv, &day(5), "tillslag", "1", "", "");
        row(
            &mut csv,
            &day(6),
            "trafikkontroll",
            &(5 + month).to_string(),
            "",
            "",
        );
        row(&mut csv, &day(7), "kvallspatrull", "1", "", "");
        row(&mut csv, &day(8), "kvallspatrull", "1", "", "");
        row(&mut csv, &day(8), "kvallspatrull", "1", "", "");
        row(&mut csv, &day(10), "dygnsgenomgang", "1", "", "");
        row(&mut csv, &day(12), "grannsamverkan", "1", "", "");
        if month % 2 == 0 {
            row(&mut csv, &day(14), "fritidsgard", "1", "", "");
        }
        if month % 4 == 1 {
            row(&mut csv, &day(15), "lagesbild-bra", "1", "", "");
        }
        if month % 3 == 2 {
            row(&mut csv, &day(16), "samverkansmote", "1", "", "");
        }
        if month == 3 || month == 9 {
            row(&mut csv, &day(17), "temakvall", "1", "gården", "");
        }
        if month == 10 {
            row(&mut csv, &day(17), "temakvall", "1", "ungdomens-hus", "");
        }
        if month == 4 || month == 10 {
            row(&mut csv, &day(18), "foraldramote", "1", "", "");
        }
        if month <= 5 {
            row(&mut csv, &day(19), "trygghetsvandring", "1", "norr", "");
        }
        if month == 5 {
            row(&mut csv, &day(20), "klassrumsbesok", "1", "åk7", "");
            row(&mut csv, &day(21), "klassrumsbesok", "1", "åk8", "");
            row(&mut csv, &day(21), "tillsyn", "1", "livsmedel-1", "");
        }
        if month == 9 {
            row(&mut csv, &day(22), "tillsyn", "2", "livsmedel-1", "");
            row(&mut csv, &day(22), "tillsyn", "1", "bensin-1", "");
            row(&mut csv, &day(23), "foredrag", "1", "", "");
        }
        row(&mut csv, &day(24), "helgnarvaro", "1", "", "");
        row(&mut csv, &day(25), "narkotikakontroll", "1", "", "");
        if month == 6 || month == 7 {
            row(&mut csv, &day(25), "sommarlov", "1", "", "");
            row(&mut csv, &day(26), "sommarlov", "1", "", "");
        }
    }
    for date in ["2021-06-18", "2021-06-19", "2021-06-19", "2021-03-10"] {
        row(&mut csv, date, "nattvandring", "1", "", "");
    }
    row(&mut csv, "2021-06-18", "skolavslutning", "1", "", "");
    // Targets added during the agreement: byskolan from 1 March.
    row(&mut csv, "2021-04-12", "atgardsplaner", "1", "byskolan", "");
    // Whole weeks of three days: W10 counts (on its third day), W9 and W30
    // do not.
    for date in [
        "2021-03-07",
        "2021-03-08",
        "2021-03-09",
        "2021-03-10",
        "2021-07-26",
        "2021-07-27",
    ] {
        row(&mut csv, date, "ungdomsvecka", "1", "", "");
    }
    // A range: W9 reaches the aim (3 days), W10 the floor (2), W11 neither.
    for date in [
        "2021-03-01",
        "2021-03-02",
        "2021-03-03",
        "2021-03-08",
        "2021-03-09",
        "2021-03-15",
    ] {
        row(&mut csv, date, "kvallsnarvaro", "1", "", "");
    }
    // Distinct targets: an open set (three visits to one are one) and a
    // listed one.
    for (date, target) in [
        ("2021-02-05", "ankaret"),
        ("2021-03-05", "ankaret"),
        ("2021-05-07", "baren"),
        ("2021-10-01", "hotellet"),
    ] {
        row(&mut csv, date, "utskankning", "1", target, "");
    }
    for (date, target) in [
        ("2021-02-10", "byskolan"),
        ("2021-03-10", "byskolan"),
        ("2021-04-10", "centralskolan"),
        ("2021-09-10", "fjallskolan"),
    ] {
        row(&mut csv, date, "skolbesok", "1", target, "");
    }
    // Recurring days: 25 June is an exception, 2 July a listed day.
    for date in ["2021-06-04", "2021-06-05", "2021-06-25", "2021-07-02"] {
        row(&mut csv, date, "sommarkvallar", "1", "", "");
    }
    row(&mut csv, "2021-07-01", "fritidsgard", "", "", "2021-07");
    // Triggered promises: findings answered in time, late (naming it) and
    // never; a request answered in the year. A span of a youth week.
    for line in [
        "t1,2021-03-01,fynd,1,,,X,,,2021-03-01T12:00:00+01:00,,,,",
        "t2,2021-03-10,fynd,1,,,X,,,2021-03-10T12:00:00+01:00,,,,",
        "t3,2021-08-20,fynd,2,,,X,,,2021-08-20T12:00:00+01:00,,,,",
        "t4,2021-11-20,fynd,1,,,X,,,2021-11-20T12:00:00+01:00,,,,",
        "s1,2021-03-20,atgarda-fynd,1,,,X,,,2021-03-20T12:00:00+01:00,,,,",
        "s2,2021-04-12,atgarda-fynd,1,,,X,,,2021-04-12T12:00:00+01:00,,,,t2",
        "s3,2021-09-01,atgarda-fynd,1,,,X,,,2021-09-01T12:00:00+01:00,,,,",
        "t5,2021-02-01,onskemal,1,,,X,,,2021-02-01T12:00:00+01:00,,,,",
        "s4,2021-05-30,vandring-pa-begaran,1,,,X,,,2021-05-30T12:00:00+01:00,,,,",
        "u1,2021-10-07,ungdomsvecka,1,,,X,,,2021-10-07T12:00:00+01:00,,,2021-10-13,",
    ] {
        let _ = writeln!(csv, "{line}");
    }
    csv
}

#[test]
fn every_frequency_form_says_the_same_everywhere() {
    let env = folder(
        &fixture("plans/every-form.toml"),
        &[("2021.csv".to_string(), every_form_log())],
    );
    env.in_data(&["check"]).assert().success();
    all_outputs_agree(&env, 2021, "2022-01-10");
    all_outputs_agree(&env, 2021, "2021-08-20");
}

/// A plan large enough (over 64 KB) that `status` reads the log while it
/// reads the plan, on the ids the plan's lines show, says what the same
/// plan read first says: when those ids are right, and when one is
/// written so that the lines do not show it (the log is then read again).
/// A plan with a problem is refused alike.
#[test]
fn a_large_plan_read_beside_its_log_says_what_a_small_one_says() {
    let source = std::fs::read_to_string(fixture("plans/every-form.toml")).unwrap();
    let padding = format!("\n# {}\n", "utfyllnad ".repeat(8_000));
    let hidden_id = source.replacen("id = \"atgarda-fynd\"", "id = 'atgarda-fynd'", 1);
    assert_ne!(hidden_id, source);
    let broken = source.replacen("kind = \"on-trigger\"", "kind = \"on-trigger-typo\"", 1);
    let outputs = |plan: &str| {
        let env = TestEnv::new();
        env.write("data/plan/plan.toml", plan);
        env.write("data/logs/2021.csv", &every_form_log());
        ["2021-08-20", "2022-01-10"]
            .iter()
            .flat_map(|at| {
                [
                    vec!["status", "--at", at, "--format", "json"],
                    vec!["status", "--at", at],
                ]
            })
            .map(|args| {
                let out = env.in_data(&args).output().unwrap();
                let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
                (out.status.code(), text(&out.stdout), text(&out.stderr))
            })
            .collect::<Vec<_>>()
    };
    let small = outputs(&source);
    assert!(
        small
            .iter()
            .all(|(code, stdout, _)| *code == Some(0) && !stdout.is_empty())
    );
    assert!(source.len() < 64 * 1024);
    let large = format!("{source}{padding}");
    assert!(large.len() > 64 * 1024);
    assert_eq!(outputs(&large), small);
    assert_eq!(outputs(&format!("{hidden_id}{padding}")), small);
    let refused = outputs(&broken);
    assert!(refused.iter().all(|(code, stdout, stderr)| *code == Some(2)
        && stdout.is_empty()
        && stderr.contains("plan.toml:")));
    assert_eq!(outputs(&format!("{broken}{padding}")), refused);
}
