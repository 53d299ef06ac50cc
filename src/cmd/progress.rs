//! The one-line progress `loften log` and `loften shift` print after a row:
//! `trafikkontroll: 7 av 10 i mars 2021`.
//!
//! A simple count until the compliance engine exists: the non-voided rows
//! of the measure in the period holding the row's date, summed by `count`,
//! against the quota of that period; for rules without a quota, the count
//! of the month.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;

use crate::period::{Period, PeriodKind, calendar_period, period_containing};
use crate::plan::{Plan, Rule};
use crate::store::log::LogReader;
use crate::text;
use crate::text::Text;

/// The progress of `measure` in the period holding `date`, read from the
/// log of data folder `dir`. `None` when the log cannot be read (the row
/// is written all the same; the line is only a courtesy).
pub fn progress_line(plan: &Plan, dir: &Path, measure: &str, date: NaiveDate) -> Option<Text> {
    let (period, goal) = goal_period(plan, measure, date)?;
    let done = count_in(dir, measure, &period)?;
    let label_sv = period.label(crate::text::Lang::Sv);
    let label_en = period.label(crate::text::Lang::En);
    Some(match goal {
        Some(goal) => text!(
            "{measure}: {done} av {goal} i {label_sv}",
            "{measure}: {done} of {goal} in {label_en}"
        ),
        None => text!(
            "{measure}: {done} i {label_sv}",
            "{measure}: {done} in {label_en}"
        ),
    })
}

/// The quota's period and goal for a quota rule, else the month.
fn goal_period(plan: &Plan, measure: &str, date: NaiveDate) -> Option<(Period, Option<u64>)> {
    if let Some(m) = plan.measure_on(measure, date)
        && let Rule::Quota(q) = &m.frequency.rule
        && let Some(period) = period_containing(q.per, date, m.validity)
    {
        return Some((period, Some(q.at_least)));
    }
    let month = period_containing(PeriodKind::Month, date, plan.agreement.period())
        .or_else(|| calendar_period(PeriodKind::Month, date))?;
    Some((month, None))
}

/// The sum of the counts of `measure`'s non-voided rows in `period`.
fn count_in(dir: &Path, measure: &str, period: &Period) -> Option<u64> {
    let mut reader = LogReader::open(dir).ok()?;
    let mut voided = HashSet::new();
    let mut counted = Vec::new();
    for entry in (&mut reader).flatten() {
        let row = entry.activity;
        if let Some(id) = row.voids {
            voided.insert(id);
        } else if row.excuses.is_none() && row.measure == measure && period.range.contains(row.date)
        {
            counted.push((row.id, row.count));
        }
    }
    reader.finish().ok()?;
    Some(
        counted
            .iter()
            .filter(|(id, _)| !voided.contains(id))
            .map(|(_, n)| n)
            .sum(),
    )
}
