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

use crate::activity::log_audit::LogAudit;
use crate::diagnostic::Problem;
use crate::error::{Error, Outcome};
use crate::i18n::Text;
use crate::plan::Plan;
use crate::settings::Settings;
use crate::store::log::{LogReader, is_year_file};
use crate::store::plan_file::{
    AgreementFile, find_plan_files, in_force, overlaps, plan_at, read_plan,
};
use crate::store::shown;
use crate::terminal::escaped;
use crate::text;

/// Runs the check.
pub fn run(settings: &Settings) -> Result<Outcome, Error> {
    let paths = find_plan_files(&settings.dir)?;
    let mut problems = Vec::new();
    let mut agreements = Vec::new();
    for path in &paths {
        match read_plan(path) {
            Ok(plan) => agreements.push(AgreementFile {
                path: path.clone(),
                plan,
            }),
            Err(Error::Plan(found)) => problems.extend(found),
            Err(other) => return Err(other),
        }
    }
    // The log is checked against the plans only when every one reads.
    if agreements.len() < paths.len() {
        agreements.clear();
    }
    agreements.sort_by_key(|a| (a.plan.agreement.start, a.plan.agreement.end));
    problems.extend(overlaps(&agreements));
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
    let reader = LogReader::open(&settings.dir)?;
    if reader.files().is_empty() {
        return Ok((Vec::new(), None));
    }
    let plans: Vec<Plan> = agreements
        .iter()
        .map(|a| plan_at(agreements, a.plan.agreement.start))
        .collect();
    let mut audit = LogAudit::new();
    for file in reader.files() {
        audit.file(&shown(file), is_year_file(file));
    }
    let files = reader.files().to_vec();
    // Each row in place: its print is made only when it is looked at
    // again, and the owned row is the only copy.
    let (rows, notes) = reader.for_each_row(|item| match item {
        Ok(at) => {
            let row = at.row.to_activity();
            audit.row(
                at.file,
                at.line,
                &row,
                // Each row against the agreement in force on its date.
                (!agreements.is_empty()).then(|| &plans[in_force(agreements, row.date)]),
                settings.today,
            );
        }
        Err(problem) => audit.problem(problem),
    })?;
    for note in notes {
        audit.problem(note.problem);
    }
    // Ids used twice: the rows of the few files holding them, again.
    let again = audit.files_to_look_again();
    if !again.is_empty() {
        let files = files
            .into_iter()
            .filter(|f| again.contains(&shown(f)))
            .collect();
        let mut reader = LogReader::over(files);
        for entry in (&mut reader).flatten() {
            audit.look_again(&entry.file, entry.line, entry.print, &entry.activity);
        }
        reader.finish()?;
    }
    Ok((audit.finish(), Some(rows)))
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
}
