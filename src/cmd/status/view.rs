//! What `loften status` shows, shared by its one-folder form
//! ([`super`]) and the police-area view over several folders
//! ([`super::area`]): a folder's log read into a tally, the
//! evaluation or the grid of a span, and only the measures asked for.
//!
//! Both commands use this module and neither uses the other's helpers, so
//! `status` → `area` is the only edge between them (no cycle), and
//! "evaluate, keep the measures asked for" is written once.

use std::path::Path;

use chrono::NaiveDate;

use crate::compliance::grid::{Grid, grid};
use crate::compliance::tally::Tally;
use crate::compliance::{Evaluation, evaluate};
use crate::error::Error;
use crate::i18n::Lang;
use crate::period::Period;
use crate::plan::Plan;
use crate::store::log::{LogTally, tally_log};
use crate::warnings::warn_line;

/// The log of data folder `dir` tallied for `plan`. Rows that cannot be
/// read are left out, and said so on standard error, naming the folder
/// (`folder`) when several are shown.
pub fn read_log(dir: &Path, plan: &Plan, lang: Lang, folder: Option<&str>) -> Result<Tally, Error> {
    Ok(warned(tally_log(dir, plan)?, lang, folder))
}

/// The tally of `log`, its warnings said (prefixed with `folder`, when
/// several are shown).
pub fn warned(log: LogTally, lang: Lang, folder: Option<&str>) -> Tally {
    let folder = folder.map_or(String::new(), |f| format!("{f}: "));
    for warning in log.warnings() {
        warn_line(&format!("{folder}{}", warning.get(lang)));
    }
    let LogTally { tally, .. } = log;
    tally
}

/// The as-of date of a grid: with `--at` (`at_given`) that day; else a
/// span in the past is shown whole, and one that is running as of `at`
/// (today).
pub fn grid_as_of(at_given: bool, span: &Period, at: NaiveDate) -> NaiveDate {
    if at_given { at } else { span.range.end.min(at) }
}

/// Every measure of `plan` evaluated on `at`, or only those of `only`
/// when any are named.
pub fn evaluation(plan: &Plan, tally: &Tally, at: NaiveDate, only: &[String]) -> Evaluation {
    let mut evaluation = evaluate(plan, tally, at);
    if !only.is_empty() {
        evaluation.measures.retain(|m| only.contains(&m.id));
    }
    evaluation
}

/// The grid of `span` as known on `as_of`, with only the measures of
/// `only` when any are named.
pub fn span_grid(
    plan: &Plan,
    tally: &Tally,
    span: &Period,
    as_of: NaiveDate,
    only: &[String],
) -> Grid {
    let mut grid = grid(plan, tally, span, as_of);
    if !only.is_empty() {
        grid.measures.retain(|r| only.contains(&r.id));
    }
    grid
}
