//! `loften check`: every problem of the plan, as `FILE:LINE:COLUMN:
//! message`, then every problem of the log, as `FILE:LINE: message`: rows
//! that cannot be read (torn, wrong columns, bad dates or counts), rows
//! that break the plan's rules (unknown measures, targets or metrics, dates
//! outside the agreement or in the future, personnummer), files saved by a
//! spreadsheet or with a wrong header, repeated and shared ids, voids of
//! missing rows or of voids, and the rest of [`crate::activity::log_audit`]. Exit 0 when clean, 1 when problems are found, 2 when the check
//! could not run (no plan to read, a file that cannot be read).
//!
//! Every line is escaped for the terminal ([`crate::terminal`]): a message
//! may quote an id or a key as the log holds it.

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::activity::log_audit::LogAudit;
use crate::diagnostic::Problem;
use crate::error::{Error, Outcome};
use crate::i18n::Text;
use crate::plan::Plan;
use crate::settings::Settings;
use crate::store::log::numbered::records_numbered;
use crate::store::log::{LogReader, is_year_file, log_files, scan};
use crate::store::plan_file::{
    AgreementFile, find_plan_files, in_force, overlaps, plan_at, read_plan,
};
use crate::store::shown;
use crate::terminal::escaped;
use crate::text;

/// Runs the check.
pub fn run(settings: &Settings) -> Result<Outcome, Error> {
    let paths = find_plan_files(&settings.dir)?;
    let (mut problems, agreements) = agreements_of(&paths)?;
    let (log_problems, log) = check_log(settings, &agreements)?;
    problems.extend(log_problems);

    let mut out = io::stdout().lock();
    for problem in &problems {
        writeln!(out, "{}", escaped(&problem.render(settings.lang)))?;
    }
    // Warnings do not fail the check: the plan is valid, only incomplete.
    let warnings: Vec<Text> = agreements
        .iter()
        .flat_map(|a| {
            let mut warnings = crate::compliance::coverage::unconfirmed_days(&a.plan);
            warnings.extend(crate::compliance::coverage::date_set_gaps(&a.plan));
            warnings
        })
        .collect();
    for warning in &warnings {
        writeln!(out, "{}", warning.get(settings.lang))?;
    }
    let files: Vec<String> = paths.iter().map(|p| shown(p)).collect();
    let summary = summary(&files.join(", "), problems.len(), log);
    writeln!(out, "{}", summary.get(settings.lang))?;
    Ok(if problems.is_empty() {
        Outcome::Success
    } else {
        Outcome::ProblemsFound
    })
}

/// The plan files' problems and their agreements in time order (none
/// when a plan has problems: the log is checked against the plans only
/// when every one reads).
fn agreements_of(paths: &[PathBuf]) -> Result<(Vec<Problem>, Vec<AgreementFile>), Error> {
    let mut problems = Vec::new();
    let mut agreements = Vec::new();
    for path in paths {
        match read_plan(path) {
            Ok(plan) => agreements.push(AgreementFile {
                path: path.clone(),
                plan,
            }),
            Err(Error::Plan(found)) => problems.extend(found),
            Err(other) => return Err(other),
        }
    }
    if agreements.len() < paths.len() {
        agreements.clear();
    }
    agreements.sort_by_key(|a| (a.plan.agreement.start, a.plan.agreement.end));
    problems.extend(overlaps(&agreements));
    Ok((problems, agreements))
}

/// The last line: the plan file or the count of problems, and the rows
/// read when there is a log (without one, the plan's summary alone).
fn summary(file: &str, problems: usize, log: Option<usize>) -> Text {
    match (problems, log) {
        (0, None) => text!("cmd-check-no-problems", file),
        (0, Some(rows)) => text!("cmd-check-no-problems-rows-read", file, rows),
        (problems, None) => text!("cmd-check-problems-found", problems),
        (problems, Some(rows)) => text!("cmd-check-problems-found-rows-read", problems, rows),
    }
}

/// Reads the whole log once: its problems in file and line order, and the
/// number of rows read (`None` when there is no log file at all).
fn check_log(
    settings: &Settings,
    agreements: &[AgreementFile],
) -> Result<(Vec<Problem>, Option<usize>), Error> {
    let files = log_files(&settings.dir)?;
    if files.is_empty() {
        return Ok((Vec::new(), None));
    }
    let (problems, rows) = audit_log(&files, agreements, settings.today, scan::piece_size(&files))?;
    Ok((problems, Some(rows)))
}

/// The audit of the log files `files`, read in pieces of about `piece`
/// bytes on every core ([`records_numbered`]): each piece's rows audited
/// on their own, the audits taken in in the log's order. Its problems and
/// the number of rows read.
fn audit_log(
    files: &[PathBuf],
    agreements: &[AgreementFile],
    today: NaiveDate,
    piece: u64,
) -> Result<(Vec<Problem>, usize), Error> {
    let plans = plans_of(agreements);
    let mut audit = LogAudit::new();
    for file in files {
        audit.file(&shown(file), is_year_file(file));
    }
    let (rows, notes) = records_numbered(
        files,
        piece,
        |part: &mut LogAudit, file, item| match item {
            Ok((line, row)) => {
                // Each row against the agreement in force on its date.
                let plan = (!agreements.is_empty()).then(|| &plans[in_force(agreements, row.date)]);
                part.row(file, line, row, plan, today);
            }
            Err(problem) => part.problem(problem),
        },
        |part: LogAudit, first_line| {
            audit.merge(part, first_line);
            Ok(())
        },
    )?;
    for note in notes {
        audit.problem(note.problem);
    }
    look_again(&mut audit, files)?;
    Ok((audit.finish(), rows))
}

/// The plan in force from each agreement's start.
fn plans_of(agreements: &[AgreementFile]) -> Vec<Plan> {
    agreements
        .iter()
        .map(|a| plan_at(agreements, a.plan.agreement.start))
        .collect()
}

/// Ids used twice: the rows of the few files holding them, read again.
fn look_again(audit: &mut LogAudit, files: &[PathBuf]) -> Result<(), Error> {
    let again = audit.files_to_look_again();
    if !again.is_empty() {
        let files = files
            .iter()
            .filter(|f| again.contains(&shown(f)))
            .cloned()
            .collect();
        let mut reader = LogReader::over(files);
        for entry in (&mut reader).flatten() {
            audit.look_again(&entry.file, entry.line, entry.print, &entry.activity);
        }
        reader.finish()?;
    }
    Ok(())
}

/// [`audit_log`] as it was before the pieces: every row read in order by
/// the full reader, on one core. What the pieces must say too.
#[cfg(test)]
fn audit_log_reference(
    files: &[PathBuf],
    agreements: &[AgreementFile],
    today: NaiveDate,
) -> Result<(Vec<Problem>, usize), Error> {
    let plans = plans_of(agreements);
    let mut audit = LogAudit::new();
    for file in files {
        audit.file(&shown(file), is_year_file(file));
    }
    let (rows, notes) = LogReader::over(files.to_vec()).for_each_row(|item| match item {
        Ok(at) => {
            let row = at.row.to_activity();
            audit.row(
                at.file,
                at.line,
                row.as_row(),
                (!agreements.is_empty()).then(|| &plans[in_force(agreements, row.date)]),
                today,
            );
        }
        Err(problem) => audit.problem(problem),
    })?;
    for note in notes {
        audit.problem(note.problem);
    }
    look_again(&mut audit, files)?;
    Ok((audit.finish(), rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_summary_counts_in_whole_sentences() {
        let one = summary("plan/p.toml", 0, Some(1));
        assert_eq!(one.id(), Some("cmd-check-no-problems-rows-read"));
        assert_eq!(one.en(), "plan/p.toml and logs/: no problems (1 row read)");
        assert_eq!(one.sv(), "plan/p.toml och logs/: inga fel (1 rad lästa)");
        let many = summary("plan/p.toml", 1, Some(2));
        assert_eq!(many.en(), "1 problem found (2 rows read)");
        assert_eq!(many.sv(), "1 fel hittades (2 rader lästa)");
        assert_eq!(summary("p", 3, None).en(), "3 problems found");
        assert!(summary("p", 0, None).get(Lang::PSEUDO).starts_with("[!! "));
    }

    /// A problem as `check` prints it, in both languages.
    fn said(problems: &[Problem]) -> Vec<(String, String)> {
        problems
            .iter()
            .map(|p| (p.render(Lang::EN), p.render(Lang::SV)))
            .collect()
    }

    /// The pieces of `piece` bytes say of the log of `dir` what the full
    /// reader on one core says: the same problems in the same order, the
    /// same count of rows.
    fn same_as_reference(dir: &Path, today: NaiveDate, piece: u64) -> Result<(), String> {
        let (_, agreements) = agreements_of(&find_plan_files(dir).unwrap()).unwrap();
        let files = log_files(dir).unwrap();
        let (want, want_rows) = audit_log_reference(&files, &agreements, today).unwrap();
        let (got, rows) = audit_log(&files, &agreements, today, piece).unwrap();
        if (said(&got), rows) != (said(&want), want_rows) {
            return Err(format!(
                "{} in pieces of {piece}:\n{:#?} {rows}\nnot\n{:#?} {want_rows}",
                dir.display(),
                said(&got),
                said(&want)
            ));
        }
        Ok(())
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// Every hostile folder (Excel-saved files, wrong headers, torn lines,
    /// quoted notes over lines, repeats, voids, excuses, personnummer,
    /// conflict markers...) and the example data, in pieces of every size
    /// from a few bytes to the real one.
    #[test]
    fn the_pieces_say_what_the_full_reader_says_of_every_hostile_folder() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/hostile"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.join("logs").is_dir())
            .collect();
        dirs.sort();
        assert!(dirs.len() >= 15, "{dirs:?}");
        dirs.push(root.join("examples/norsjo"));
        for dir in &dirs {
            for today in ["2021-06-01", "2030-01-01"] {
                for piece in [5, 64, 1 << 20] {
                    same_as_reference(dir, day(today), piece).unwrap();
                }
            }
        }
    }

    /// One row's text from a few choices, so that ids repeat, voids hit
    /// rows, voids and excuses repeat, triggers are answered or not,
    /// notes hold quotes, line ends and personnummer, dates fall outside
    /// the agreement and after today, and some rows are torn or wide.
    fn row() -> impl Strategy<Value = String> {
        let id = prop_oneof![Just("a"), Just("b"), Just("c"), Just(" d"), Just("e1")];
        let measure = prop_oneof![
            Just("trafikkontroll"),
            Just("patrullering"),
            Just("arbetspass"),
            Just("okand"),
            Just("narkotika"),
            Just("fritidsgard"),
        ];
        let note = prop_oneof![
            Just(""),
            Just("plain"),
            Just("\"two\nlines, \"\"quoted\"\"\""),
            Just("\"a,b\""),
            Just("\"\n\n\""),
            Just("811218-9876"),
            Just("x\u{1b}[2J"),
        ];
        let voids = prop_oneof![Just(""), Just(""), Just("a"), Just("b"), Just("zz")];
        let date = prop_oneof![
            Just("2021-03-02"),
            Just("2021-03-03"),
            Just("2020-12-31"),
            Just("2024-05-01"),
            Just("2018-01-01"),
        ];
        let values = prop_oneof![Just(""), Just("anmalningar=2"), Just("beslag=0.5")];
        let excuses = prop_oneof![Just(""), Just(""), Just("2021-03"), Just("2021-w5")];
        let recorded = prop_oneof![Just(""), Just("2021-03-02T10:11:12+01:00"), Just("igår")];
        (
            id,
            date,
            measure,
            values,
            note,
            voids,
            excuses,
            recorded,
            0u32..12,
        )
            .prop_map(
                |(id, date, measure, values, note, voids, excuses, recorded, shape)| {
                    let id = if voids.is_empty() {
                        id.to_string()
                    } else {
                        format!("v{id}")
                    };
                    let row = format!(
                        "{id},{date},{measure},,,{values},Bo,,{note},{recorded},{voids},{excuses},,"
                    );
                    crate::store::log::mangled_line(row, shape)
                },
            )
    }

    fn write_log(dir: &Path, name: &str, rows: &[String]) {
        let mut text = crate::activity::COLUMNS.join(",");
        text.push('\n');
        for row in rows {
            text.push_str(row);
            text.push('\n');
        }
        std::fs::write(dir.join("logs").join(name), text).unwrap();
    }

    use proptest::prelude::*;
    use std::path::Path;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(150))]
        /// Over random logs (a year file, a copy, a file in another
        /// year), in pieces of any size, the check says what it said when
        /// the full reader read every row in order on one core.
        #[test]
        fn the_pieces_say_what_the_full_reader_says_of_any_log(
            first in proptest::collection::vec(row(), 0..40),
            second in proptest::collection::vec(row(), 0..10),
            third in proptest::collection::vec(row(), 0..10),
            piece in 1u64..300,
        ) {
            let dir = tempfile::tempdir().unwrap();
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            std::fs::create_dir_all(dir.path().join("plan")).unwrap();
            std::fs::create_dir_all(dir.path().join("logs")).unwrap();
            std::fs::copy(
                root.join("examples/norsjo/plan/norsjo-2019-2023.toml"),
                dir.path().join("plan/norsjo-2019-2023.toml"),
            )
            .unwrap();
            write_log(dir.path(), "2021.csv", &first);
            write_log(dir.path(), "2021 (conflicted copy).csv", &second);
            write_log(dir.path(), "2020.csv", &third);
            same_as_reference(dir.path(), day("2021-06-01"), piece)
                .map_err(TestCaseError::fail)?;
        }
    }
}
