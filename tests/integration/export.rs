//! `loften export`: xlsx, CSV in both dialects and JSON, formula
//! injection, atomic writes, a round trip and snapshots.
//!
//! Two kinds of data folder: rows written by `loften log` (as people
//! write them), and a fixed log (`tests/fixtures/exportlog`) with fixed
//! ids and times, for snapshots.

use std::fs;
use std::io::Read;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};
use serde_json::Value;

use crate::log_support::{log_env, log_ok, run};
use crate::testenv::{TestEnv, fixture};

/// The injection notes of the acceptance criteria.
pub const INJECTIONS: [&str; 3] = [
    "=HYPERLINK(\"http://x\",\"klick\")",
    "+46 70 000",
    "@SUM(A1)",
];
/// A note that must come out unchanged.
pub const SEPARATORS: &str = "komma, semikolon; och \"citat\"";

/// A data folder with rows written by `loften log`: the injection notes, a
/// target, a decimal comma value, a note with separators and a voided row.
fn logged_env() -> TestEnv {
    let env = log_env();
    log_ok(
        &env,
        &[
            "narkotika",
            "--date",
            "2021-03-02",
            "--value",
            "beslag=12,5",
            "--note",
            INJECTIONS[0],
        ],
    );
    log_ok(
        &env,
        &[
            "trafikkontroll",
            "--date",
            "2021-03-03",
            "--count",
            "4",
            "--note",
            INJECTIONS[1],
        ],
    );
    log_ok(
        &env,
        &[
            "klassrumsbesok",
            "--date",
            "2021-03-04",
            "--target",
            "åk7",
            "--note",
            INJECTIONS[2],
        ],
    );
    log_ok(
        &env,
        &[
            "trafikkontroll",
            "--date",
            "2021-03-05",
            "--value",
            "anmalningar=3",
            "--note",
            SEPARATORS,
        ],
    );
    let out = log_ok(
        &env,
        &["trafikkontroll", "--date", "2021-03-06", "--note", "fel"],
    );
    let id = crate::log_support::printed_id(&out);
    run(&env, &["void", &id, "--reason", "fel dag"])
        .assert()
        .success();
    env
}

/// A data folder with the fixed log of `tests/fixtures/exportlog`.
pub fn fixture_env() -> TestEnv {
    let env = log_env();
    for year in ["2020", "2021"] {
        let text = fs::read_to_string(fixture(&format!("exportlog/{year}.csv"))).unwrap();
        env.write(&format!("data/logs/{year}.csv"), &text);
    }
    env
}

fn export_stdout(env: &TestEnv, args: &[&str]) -> Vec<u8> {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let out = run(env, &all).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The CSV read back with the csv crate, header first.
fn csv_records(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn column(records: &[Vec<String>], name: &str) -> usize {
    records[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {:?}", records[0]))
}

#[test]
fn csv_in_swedish_is_what_swedish_excel_opens() {
    let env = logged_env();
    let bytes = export_stdout(&env, &["--format", "csv", "--out", "-", "--excel", "sv"]);
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark"
    );
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        text.starts_with("\u{feff}date;measure;count;target;"),
        "{text}"
    );
    assert!(text.contains("\r\n"));
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "every line ends in CRLF"
    );
    assert!(text.contains(";12,5;"), "a decimal comma: {text}");
    let records = csv_records(&bytes, b';');
    let note = column(&records, "note");
    let notes: Vec<&str> = records[1..].iter().map(|r| r[note].as_str()).collect();
    for injection in INJECTIONS {
        assert!(
            notes.contains(&format!("'{injection}").as_str()),
            "{injection} neutralised in {notes:?}"
        );
    }
    assert!(notes.contains(&SEPARATORS), "{notes:?}");
    let target = column(&records, "target");
    assert!(records.iter().any(|r| r[target] == "åk7"));
    assert!(!notes.contains(&"fel"), "the voided row is left out");
    // The same dialect from the Swedish language alone.
    let by_lang = export_stdout(&env, &["--lang", "sv", "--format", "csv", "--out", "-"]);
    assert_eq!(by_lang, bytes);
}

#[test]
fn plain_csv_uses_commas_and_points() {
    let env = logged_env();
    let bytes = export_stdout(&env, &["--format", "csv", "--out", "-"]);
    assert!(!bytes.starts_with("\u{feff}".as_bytes()));
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        text.starts_with("date,measure,count,target,anmalningar,"),
        "{text}"
    );
    assert!(text.contains(",12.5,"), "{text}");
    let records = csv_records(&bytes, b',');
    let note = column(&records, "note");
    assert!(records.iter().any(|r| r[note] == SEPARATORS));
    assert!(records.iter().any(|r| r[note] == "'@SUM(A1)"));
    // --excel plain overrides the Swedish language.
    let plain = export_stdout(
        &env,
        &[
            "--lang", "sv", "--format", "csv", "--out", "-", "--excel", "plain",
        ],
    );
    assert_eq!(plain, bytes);
}

/// Every cell of every sheet, as text, by sheet name.
fn workbook_cells(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut workbook = open_workbook_auto(path).unwrap();
    let names = workbook.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            let rows = range.rows().map(|r| r.to_vec()).collect();
            (name, rows)
        })
        .collect()
}

/// The XML of each worksheet in the xlsx zip.
fn sheet_xml(path: &Path) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.to_string())
        .filter(|n| n.starts_with("xl/worksheets/") && n.ends_with(".xml"))
        .collect();
    names
        .into_iter()
        .map(|name| {
            let mut xml = String::new();
            archive
                .by_name(&name)
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            (name, xml)
        })
        .collect()
}

#[test]
fn xlsx_is_a_workbook_with_no_formulas() {
    let env = logged_env();
    run(&env, &["export", "--out", "follow-up.xlsx"])
        .assert()
        .success();
    let path = env.path().join("follow-up.xlsx");
    let sheets = workbook_cells(&path);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Activities", "Voided", "Follow-up", "Summary"]);
    let activities = &sheets[0].1;
    assert_eq!(activities[0][0], Data::String("date".into()));
    let strings: Vec<String> = activities
        .iter()
        .flatten()
        .filter_map(|c| match c {
            Data::String(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    for injection in INJECTIONS.iter().chain([&SEPARATORS]) {
        assert!(
            strings.contains(&injection.to_string()),
            "{injection} as text"
        );
    }
    assert!(strings.contains(&"åk7".to_string()));
    assert!(
        activities.iter().flatten().any(|c| *c == Data::Float(12.5)),
        "12.5 as a number"
    );
    assert!(
        activities[1..]
            .iter()
            .all(|r| matches!(r[0], Data::DateTime(_))),
        "real dates"
    );
    assert_eq!(
        activities.len(),
        5,
        "a header and four rows: the voided row is on its own sheet"
    );
    let voided = &sheets[1].1;
    assert_eq!(voided.len(), 3, "header, the voided row and its void");
    for (name, xml) in sheet_xml(&path) {
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "a formula in {name}"
        );
    }
}

#[test]
fn xlsx_sheet_names_speak_swedish() {
    let env = fixture_env();
    run(&env, &["--lang", "sv", "export", "--out", "uppf.xlsx"])
        .assert()
        .success();
    let sheets = workbook_cells(&env.path().join("uppf.xlsx"));
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Aktiviteter",
            "Makuleringar",
            "Uppföljning",
            "Sammanfattning"
        ]
    );
    let summary = &sheets[3].1;
    assert!(
        summary
            .iter()
            .flatten()
            .any(|c| *c == Data::String("Mängd beslagtagen narkotika".into())),
        "the metric against the year before"
    );
}

/// Sheet names come from the catalog, so a translation (or the
/// pseudo-locale's `[!! … !!]`) must not give one Excel refuses.
#[test]
fn xlsx_sheet_names_from_any_catalog_are_valid() {
    let env = fixture_env();
    run(
        &env,
        &["--lang", "pseudo", "export", "--out", "pseudo.xlsx"],
    )
    .assert()
    .success();
    let sheets = workbook_cells(&env.path().join("pseudo.xlsx"));
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "(!! Activities !!)",
            "(!! Voided !!)",
            "(!! Follow-up !!)",
            "(!! Summary !!)"
        ]
    );
}

#[test]
fn the_default_file_is_named_by_the_day() {
    let env = fixture_env();
    run(&env, &["export"]).assert().success();
    let expected = env
        .path()
        .join(format!("loften-export-{}.xlsx", crate::log_support::TODAY));
    assert!(expected.is_file());
    let leftovers: Vec<_> = fs::read_dir(env.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn xlsx_to_standard_output_is_refused() {
    let env = fixture_env();
    run(&env, &["export", "--out", "-"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--format csv"));
}

#[test]
fn an_export_into_a_missing_folder_fails_and_creates_nothing() {
    let env = fixture_env();
    let before = env.snapshot();
    for format in ["xlsx", "csv", "json"] {
        run(
            &env,
            &["export", "--format", format, "--out", "nowhere/x.out"],
        )
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nowhere"));
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn an_export_never_goes_into_the_log_or_plan_folder() {
    let env = fixture_env();
    let before = env.snapshot();
    for out in [
        "data/logs/2021.csv",
        "data/logs/export.csv",
        "data/plan/x.xlsx",
    ] {
        run(&env, &["export", "--format", "csv", "--out", out])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("choose another folder"));
    }
    assert_eq!(env.snapshot(), before);
}

#[cfg(target_os = "linux")]
#[test]
fn an_existing_file_survives_a_failed_export() {
    let env = fixture_env();
    env.write("keep.csv", "precious");
    // A log file whose reading fails half-way: /proc/self/mem is a file
    // whose first bytes cannot be read.
    std::os::unix::fs::symlink("/proc/self/mem", env.path().join("data/logs/2022.csv")).unwrap();
    for format in ["csv", "xlsx"] {
        run(&env, &["export", "--format", format, "--out", "keep.csv"])
            .assert()
            .code(2);
        assert_eq!(env.read("keep.csv"), "precious");
    }
    let names: Vec<String> = fs::read_dir(env.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn from_and_to_bound_the_rows() {
    let env = fixture_env();
    let bytes = export_stdout(
        &env,
        &[
            "--format",
            "csv",
            "--out",
            "-",
            "--from",
            "2021-03-01",
            "--to",
            "2021-03-02",
        ],
    );
    let records = csv_records(&bytes, b',');
    let date = column(&records, "date");
    let dates: Vec<&str> = records[1..].iter().map(|r| r[date].as_str()).collect();
    assert_eq!(dates, ["2021-03-01", "2021-03-02"]);
    run(
        &env,
        &["export", "--from", "2021-04-01", "--to", "2021-03-01"],
    )
    .assert()
    .code(2)
    .stderr(predicates::str::contains("swap"));
}

#[test]
fn json_holds_activities_and_the_evaluation() {
    let env = fixture_env();
    let bytes = export_stdout(
        &env,
        &["--format", "json", "--out", "-", "--to", "2021-12-31"],
    );
    let json: Value = serde_json::from_slice(&bytes).unwrap();
    let activities = json["activities"].as_array().unwrap();
    assert_eq!(
        activities.len(),
        9,
        "every non-voided activity and shift row"
    );
    assert_eq!(activities[3]["values"]["beslag"], 12.5);
    assert_eq!(
        json["status"]["at"], "2021-06-30",
        "never a day still to come"
    );
    assert_eq!(json["status"]["measures"].as_array().unwrap().len(), 6);
    let kinds: Vec<&str> = json["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["voided", "void", "excuse"]);
    let years: Vec<&str> = json["follow_up"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["span"]["key"].as_str().unwrap())
        .collect();
    assert_eq!(years, ["2019", "2020", "2021"]);
    let empty = export_stdout(
        &env,
        &["--format", "json", "--out", "-", "--from", "2023-01-01"],
    );
    let empty: Value = serde_json::from_slice(&empty).unwrap();
    assert_eq!(empty["activities"], serde_json::json!([]));
}

/// A field as a program reads it back: one leading `'` before a formula
/// character was added by the export.
fn unneutralised(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => field,
    }
}

#[test]
fn plain_csv_reads_back_as_the_log() {
    let env = fixture_env();
    let bytes = export_stdout(&env, &["--format", "csv", "--out", "-", "--excel", "plain"]);
    let exported = csv_records(&bytes, b',');
    let header = exported[0].clone();
    let metric_columns: Vec<(usize, &str)> = header
        .iter()
        .enumerate()
        .skip(4)
        .take_while(|(_, h)| h.as_str() != "other_values")
        .map(|(i, h)| (i, h.as_str()))
        .collect();
    let from_export: Vec<(String, String, String, String, String, String)> = exported[1..]
        .iter()
        .map(|r| {
            let values: Vec<String> = metric_columns
                .iter()
                .filter(|(i, _)| !r[*i].is_empty())
                .map(|(i, id)| format!("{id}={}", r[*i]))
                .collect();
            (
                r[0].clone(),
                r[1].clone(),
                r[2].clone(),
                r[3].clone(),
                values.join(" "),
                unneutralised(&r[column(&exported, "note")]).to_string(),
            )
        })
        .collect();
    let mut from_log = Vec::new();
    for year in ["2020", "2021"] {
        let text = fs::read(fixture(&format!("exportlog/{year}.csv"))).unwrap();
        let rows = csv_records(&text, b',');
        let voided: Vec<&str> = rows[1..].iter().map(|r| r[10].as_str()).collect();
        for r in &rows[1..] {
            let correction =
                !r[10].is_empty() || !r[11].is_empty() || voided.contains(&r[0].as_str());
            if correction {
                continue;
            }
            // The log writes values in the order logged; the export in
            // plan order: compare them sorted.
            let mut values: Vec<&str> = r[5].split_whitespace().collect();
            let order = |pair: &str| {
                let id = pair.split('=').next().unwrap();
                metric_columns.iter().position(|(_, m)| *m == id)
            };
            values.sort_by_key(|v| order(v));
            from_log.push((
                r[1].clone(),
                r[2].clone(),
                r[3].clone(),
                r[4].clone(),
                values.join(" "),
                r[8].clone(),
            ));
        }
    }
    assert_eq!(from_export, from_log);
}

#[test]
fn snapshot_of_the_swedish_csv() {
    let env = fixture_env();
    let bytes = export_stdout(&env, &["--lang", "sv", "--format", "csv", "--out", "-"]);
    // Make the invisible visible: the byte-order mark and the CRs.
    let text = String::from_utf8(bytes)
        .unwrap()
        .replace('\u{feff}', "<BOM>")
        .replace("\r\n", "<CR>\n");
    insta::assert_snapshot!(text);
}

#[test]
fn snapshot_of_the_plain_csv() {
    let env = fixture_env();
    let bytes = export_stdout(&env, &["--format", "csv", "--out", "-"]);
    let text = String::from_utf8(bytes).unwrap().replace("\r\n", "<CR>\n");
    insta::assert_snapshot!(text);
}

/// One file of the xlsx zip, as text.
fn zip_text(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_swedish_workbook_heads_metrics_by_their_labels() {
    let env = fixture_env();
    run(&env, &["--lang", "sv", "export", "--out", "uppf.xlsx"])
        .assert()
        .success();
    let sheets = workbook_cells(&env.path().join("uppf.xlsx"));
    let header: Vec<String> = sheets[0].1[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..4], ["datum", "åtgärd", "antal", "mål"]);
    assert!(
        header.iter().any(|h| h == "Mängd beslagtagen narkotika"),
        "{header:?}"
    );
    for id in ["anmalningar", "beslag", "date", "note", "who"] {
        assert!(!header.contains(&id.to_string()), "{id} in {header:?}");
    }
}

#[test]
fn every_sheet_prints_landscape_one_page_wide_with_its_header_repeated() {
    let env = fixture_env();
    run(&env, &["--lang", "sv", "export", "--out", "uppf.xlsx"])
        .assert()
        .success();
    let path = env.path().join("uppf.xlsx");
    let sheets = sheet_xml(&path);
    assert_eq!(sheets.len(), 4);
    for (name, xml) in &sheets {
        assert!(xml.contains(r#"orientation="landscape""#), "{name}");
        assert!(xml.contains(r#"paperSize="9""#), "{name}: A4");
        assert!(
            xml.contains(r#"fitToWidth="1""#) || !xml.contains("fitToWidth"),
            "{name}"
        );
        assert!(
            xml.contains(r#"fitToHeight="0""#),
            "{name}: as many pages down"
        );
        assert!(xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{name}");
    }
    let workbook = zip_text(&path, "xl/workbook.xml");
    assert_eq!(
        workbook.matches("_xlnm.Print_Titles").count(),
        4,
        "a repeated header row on every sheet: {workbook}"
    );
    // The follow-up's header is below the legend and the year's title.
    assert!(workbook.contains("Uppföljning!$4:$4"), "{workbook}");
}

#[test]
fn the_follow_up_shows_done_of_target_in_every_month_judged_on_its_own() {
    let env = fixture_env();
    run(&env, &["--lang", "sv", "export", "--out", "uppf.xlsx"])
        .assert()
        .success();
    let path = env.path().join("uppf.xlsx");
    let styles = zip_text(&path, "xl/styles.xml");
    assert!(
        styles.contains(r#"formatCode="0&quot;/10&quot;""#),
        "trafikkontroll's 10 a month as a number format: {styles}"
    );
    // The value stays the number done, so the sums still add up.
    let sheets = workbook_cells(&path);
    let follow_up = &sheets[2].1;
    let row = follow_up
        .iter()
        .find(|r| r.first() == Some(&Data::String("trafikkontroll".into())))
        .expect("trafikkontroll's row");
    assert!(matches!(row[2], Data::Float(_)), "{:?}", row[2]);
}
