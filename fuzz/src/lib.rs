//! What the fuzz targets check on every input, and a replayer for builds
//! without libFuzzer.
//!
//! A check panics when an input breaks what must hold for any input (the
//! fuzzer then keeps the input as a crash): no panic inside loften, no
//! error without a place, no row read past the end. The same properties
//! run as bounded proptests in the main test suite (`cargo test`), so a
//! change that breaks them fails there first.

use std::io::Cursor;
use std::path::Path;
use std::process::ExitCode;

use loften::evaluate;
use loften::grid;
use loften::Tally;
use loften::{PeriodKind, calendar_period};
use loften::{line_column, parse_plan};
use loften::LogReader;

/// Arbitrary bytes as a plan: parsed; a plan is evaluated at its start and
/// end, and its first year's grid built; problems must each have a place.
pub fn plan_parser(data: &[u8]) {
    let source = String::from_utf8_lossy(data);
    match parse_plan(&source) {
        Ok(plan) => {
            assert!(!plan.measures.is_empty(), "a plan without measures");
            let tally = Tally::default();
            for as_of in [plan.agreement.start, plan.agreement.end] {
                let evaluation = evaluate(&plan, &tally, as_of);
                assert_eq!(evaluation.measures.len(), plan.measure_ids().len());
            }
            let start = plan.agreement.start;
            if let Some(year) = calendar_period(PeriodKind::Year, start) {
                let shown = grid(&plan, &tally, &year, start);
                assert!(shown.columns.len() <= 12, "{} columns", shown.columns.len());
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "an error without problems");
            for p in &problems {
                assert!(p.span.start <= source.len(), "{:?} is past the end", p.span);
                let at = line_column(&source, p.span.start);
                assert!(at.line >= 1 && at.column >= 1, "{at:?}");
                assert!(!p.message.sv().is_empty() && !p.message.en().is_empty());
            }
        }
    }
}

/// Arbitrary bytes as a log file: every item has a line from 1 on, in
/// order, and the reading ends without an error.
pub fn log_reader(data: &[u8]) {
    let mut reader = LogReader::from_reader("logs/2021.csv", Cursor::new(data.to_vec()));
    let mut last = 0;
    for item in &mut reader {
        let line = match &item {
            Ok(entry) => {
                assert!(!entry.activity.id.is_empty() && !entry.activity.measure.is_empty());
                entry.line
            }
            Err(problem) => problem.line,
        };
        assert!(line >= 1 && line >= last, "line {line} after {last}");
        last = line;
    }
    assert!(reader.finish().is_ok(), "reading memory failed");
}

/// Runs `check` on every file named on the command line, and on every
/// file in each folder named (a corpus, the artifacts of a crash); exits
/// 0 when all were checked. With no names, says how it is used.
pub fn replay(check: fn(&[u8])) -> ExitCode {
    let names: Vec<String> = std::env::args().skip(1).collect();
    if names.is_empty() {
        eprintln!(
            "usage: {} FILE|FOLDER...  (replays inputs; fuzzing itself needs `cargo +nightly fuzz run`)",
            std::env::args().next().unwrap_or_default()
        );
        return ExitCode::from(2);
    }
    let mut checked = 0;
    for name in names {
        let path = Path::new(&name);
        let files: Vec<_> = match std::fs::read_dir(path) {
            // The files of a folder; folders within it are not entered.
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect(),
            Err(_) => vec![path.to_path_buf()],
        };
        for file in files {
            match std::fs::read(&file) {
                Ok(bytes) => {
                    check(&bytes);
                    checked += 1;
                }
                Err(e) => {
                    eprintln!("{}: {e}", file.display());
                    return ExitCode::from(2);
                }
            }
        }
    }
    eprintln!("{checked} input(s) checked");
    ExitCode::SUCCESS
}
