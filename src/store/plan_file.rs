//! Finding, reading and parsing the plan files of a data folder.
//!
//! A data folder holds one plan per agreement: the `*.toml` files in
//! `plan/`. Most folders have one; where agreements follow each other
//! (2019–2023, then 2024, then 2025) each has its own file, and the
//! agreements are taken in the order of their start. A command uses the
//! agreement in force on the date it is about ([`load_plan_at`]); the one
//! found for it remembers where the first agreement began, so a measure id
//! that continues keeps its history. Parsing itself is pure
//! (`plan::parse_plan`); this module adds the file name and turns byte
//! offsets into lines and columns.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{plan_dir, shown};
use crate::diagnostic::{self, Problem, SourceProblem};
use crate::error::Error;
use crate::plan::glance::{GlancedIds, glance_ids};
use crate::plan::{Plan, parse_plan};
use crate::text;

/// The plan files of data folder `dir`: the `*.toml` files in `plan/`, in
/// name order; at least one.
pub fn find_plan_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let folder = plan_dir(dir);
    let entries = fs::read_dir(&folder).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            let d = shown(dir);
            let f = shown(&folder);
            Error::Refused(text!("store-no-plan-folder", f, d))
        } else {
            Error::reading(&folder, e)
        }
    })?;
    let mut plans = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::reading(&folder, e))?.path();
        if path.extension().is_some_and(|x| x == "toml") && path.is_file() {
            plans.push(path);
        }
    }
    plans.sort();
    if plans.is_empty() {
        let f = shown(&folder);
        return Err(Error::Refused(text!("store-no-plan-file", f)));
    }
    Ok(plans)
}

/// One agreement of a data folder: its plan file and the plan read from it.
#[derive(Debug, Clone)]
pub struct AgreementFile {
    /// The plan file.
    pub path: PathBuf,
    /// The plan it holds.
    pub plan: Plan,
}

/// Reads every plan file of data folder `dir`, ordered by the start of
/// their agreements. The first plan with problems is an [`Error::Plan`].
pub fn load_agreements(dir: &Path) -> Result<Vec<AgreementFile>, Error> {
    let mut agreements = Vec::new();
    for path in find_plan_files(dir)? {
        let plan = read_plan(&path)?;
        agreements.push(AgreementFile { path, plan });
    }
    agreements.sort_by_key(|a| (a.plan.agreement.start, a.plan.agreement.end));
    Ok(agreements)
}

/// The index of the agreement that applies to `date`: the one in force on
/// it; else the last one begun before it (after the end, the ended
/// agreement still answers); else, before them all, the first.
pub fn in_force(agreements: &[AgreementFile], date: NaiveDate) -> usize {
    agreements
        .iter()
        .rposition(|a| a.plan.agreement.period().contains(date))
        .or_else(|| {
            agreements
                .iter()
                .rposition(|a| a.plan.agreement.start <= date)
        })
        .unwrap_or(0)
}

/// The plan of the agreement in `agreements` that applies to `date`
/// ([`in_force`]), knowing where the earliest agreement began.
pub fn plan_at(agreements: &[AgreementFile], date: NaiveDate) -> Plan {
    let plan = agreements[in_force(agreements, date)].plan.clone();
    with_history(plan, agreements[0].plan.agreement.start)
}

/// [`plan_at`] taking the plan out of `agreements` instead of copying it
/// (a plan of a thousand measures is a thousand copies of their texts).
fn take_plan_at(mut agreements: Vec<AgreementFile>, date: NaiveDate) -> Plan {
    let at = in_force(&agreements, date);
    let first = agreements[0].plan.agreement.start;
    with_history(agreements.swap_remove(at).plan, first)
}

/// `plan`, knowing that the earliest agreement began on `first`.
fn with_history(mut plan: Plan, first: NaiveDate) -> Plan {
    if first < plan.agreement.start {
        plan.history_start = Some(first);
    }
    plan
}

/// Pairs of agreements whose periods overlap, as problems located at the
/// `start` of the later one's `[agreement]`.
pub fn overlaps(agreements: &[AgreementFile]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, later) in agreements.iter().enumerate() {
        for earlier in &agreements[..i] {
            let (e, l) = (&earlier.plan.agreement, &later.plan.agreement);
            if l.start > e.end {
                continue;
            }
            let (ef, lf) = (shown(&earlier.path), shown(&later.path));
            let (es, ee, ls, le) = (e.start, e.end, l.start, l.end);
            let (line, column) = fs::read_to_string(&later.path)
                .map(|source| agreement_start_line(&source))
                .unwrap_or((1, 1));
            problems.push(Problem {
                file: lf,
                line,
                column: Some(column),
                message: text!("store-agreements-overlap", ls, le, ef, es, ee),
            });
        }
    }
    problems
}

/// The line and column of `start` in the `[agreement]` table of a plan
/// file's text (1 and 1 when it cannot be found).
fn agreement_start_line(source: &str) -> (usize, usize) {
    let mut in_agreement = false;
    for (n, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            in_agreement = trimmed.trim_end() == "[agreement]";
        } else if in_agreement
            && trimmed
                .strip_prefix("start")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return (n + 1, line.len() - trimmed.len() + 1);
        }
    }
    (1, 1)
}

/// Problems of a plan file, located by line and column.
pub fn locate(path: &Path, source: &str, problems: Vec<SourceProblem>) -> Vec<Problem> {
    diagnostic::locate(&shown(path), source, problems)
}

/// Reads and parses the plan at `path`. A plan with problems is an
/// [`Error::Plan`] holding every one of them.
pub fn read_plan(path: &Path) -> Result<Plan, Error> {
    let bytes = read_bounded(path)?;
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let source = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let problem = SourceProblem::new(offset..offset, text!("store-plan-not-utf8"));
            return Err(Error::Plan(locate(path, &source, vec![problem])));
        }
    };
    // A byte-order mark from a Windows editor is not part of the TOML.
    let body = source.strip_prefix('\u{feff}').unwrap_or(&source);
    let offset = source.len() - body.len();
    parse_plan(body).map_err(|problems| {
        let shifted = problems
            .into_iter()
            .map(|p| SourceProblem::new(p.span.start + offset..p.span.end + offset, p.message))
            .collect();
        Error::Plan(locate(path, &source, shifted))
    })
}

/// Plan files smaller than this are read before the log
/// ([`glanced_ids`]): reading a plan of a few dozen measures takes a
/// millisecond.
const GLANCE_FROM: u64 = 64 * 1024;

/// The measure and trigger ids of the one plan file of data folder `dir`,
/// read off its lines (`plan::glance`), when it is large enough that
/// reading the log while it is read pays (a plan of a thousand measures
/// takes about as long as 100,000 rows); `None` for a small plan, several
/// agreements or a file that cannot be read (reading it will say why).
pub fn glanced_ids(dir: &Path) -> Option<GlancedIds> {
    let files = find_plan_files(dir).ok()?;
    let [path] = files.as_slice() else {
        return None;
    };
    let size = fs::metadata(path).ok()?.len();
    if !(GLANCE_FROM..=MAX_PLAN_BYTES).contains(&size) {
        return None;
    }
    Some(glance_ids(&fs::read_to_string(path).ok()?))
}

/// The largest plan file read. The Norsjö plan is about 20 kB; a file a
/// thousand times larger is not a plan, and reading it whole could exhaust
/// the memory of a small machine.
pub const MAX_PLAN_BYTES: u64 = 16 * 1024 * 1024;

/// The bytes of the plan file, refused past [`MAX_PLAN_BYTES`] (read with a
/// limit, so a file that grows while it is read is bounded too).
fn read_bounded(path: &Path) -> Result<Vec<u8>, Error> {
    let file = fs::File::open(path).map_err(|e| Error::reading(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_PLAN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::reading(path, e))?;
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        let (f, mb) = (shown(path), MAX_PLAN_BYTES / (1024 * 1024));
        return Err(Error::Refused(text!("store-plan-too-large", f, mb)));
    }
    Ok(bytes)
}

/// Finds and reads the plan of data folder `dir` in force on `date` (see
/// [`in_force`]).
pub fn load_plan_at(dir: &Path, date: NaiveDate) -> Result<Plan, Error> {
    Ok(take_plan_at(load_agreements(dir)?, date))
}

/// Finds and reads the plan of data folder `dir`: of several agreements,
/// the latest.
pub fn load_plan(dir: &Path) -> Result<Plan, Error> {
    let agreements = load_agreements(dir)?;
    let last = agreements[agreements.len() - 1].plan.agreement.start;
    Ok(take_plan_at(agreements, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Agreements 2019–2023 and 2025 (a gap in 2024), as plan files.
    fn agreements() -> Vec<AgreementFile> {
        let plan = |start: &str, end: &str| AgreementFile {
            path: PathBuf::from(format!("plan/{start}.toml")),
            plan: parse_plan(
                &include_str!("../../examples/norsjo/plan/norsjo-2019-2023.toml").replacen(
                    "start = 2019-01-01\nend = 2023-12-31",
                    &format!("start = {start}\nend = {end}"),
                    1,
                ),
            )
            .unwrap(),
        };
        vec![
            plan("2019-01-01", "2023-12-31"),
            plan("2025-01-01", "2025-12-31"),
        ]
    }

    #[test]
    fn the_agreement_in_force_then_the_last_begun_then_the_first() {
        let a = agreements();
        assert_eq!(in_force(&a, d("2018-06-01")), 0);
        assert_eq!(in_force(&a, d("2023-12-31")), 0);
        assert_eq!(in_force(&a, d("2024-06-01")), 0);
        assert_eq!(in_force(&a, d("2025-01-01")), 1);
        assert_eq!(in_force(&a, d("2026-01-01")), 1);
    }

    #[test]
    fn a_later_plan_knows_where_the_first_began() {
        let a = agreements();
        assert_eq!(plan_at(&a, d("2021-01-01")).history_start, None);
        let later = plan_at(&a, d("2025-03-15"));
        assert_eq!(later.history_start, Some(d("2019-01-01")));
        assert_eq!(later.history().start, d("2019-01-01"));
        assert_eq!(later.history().end, d("2025-12-31"));
    }

    #[test]
    fn a_plan_taken_out_is_the_plan_copied() {
        for day in ["2018-06-01", "2021-01-01", "2024-06-01", "2025-03-15"] {
            let copied = plan_at(&agreements(), d(day));
            assert_eq!(take_plan_at(agreements(), d(day)), copied, "{day}");
        }
    }

    #[test]
    fn only_overlaps_are_problems() {
        let mut a = agreements();
        assert!(overlaps(&a).is_empty());
        a[1].plan.agreement.start = d("2023-12-31");
        let found = overlaps(&a);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "plan/2025-01-01.toml");
    }

    #[test]
    fn the_start_line_of_the_agreement_table() {
        let source =
            "# x\n[[measure]]\nstart = 1\n[agreement]\ntitle = \"T\"\n  start = 2024-01-01\n";
        assert_eq!(agreement_start_line(source), (6, 3));
    }
}
