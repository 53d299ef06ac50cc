//! The council's view of a whole span (a year, a tertial, a quarter): a grid
//! of measures × months with a mark per cell, the span's totals, and the
//! metrics against the year before.
//!
//! Each cell's mark is the measure evaluated on the last day of its month
//! (or the as-of date, if earlier), so the grid and `status` can never
//! disagree. Cells and totals count in the measure's own unit (see
//! [`super::rules::done_by_day`]), so that they add up to what `status` calls done.

use chrono::NaiveDate;
use serde::Serialize;

use super::rules::{done_by_day, evaluate_measure, record_in};
use super::tally::Tally;
use super::{MeasureStatus, State, YearRecord, version_among};
use crate::period::{DateRange, Period, PeriodKind, PeriodRef, periods_in};
use crate::plan::{Plan, Rule};

/// The mark of a grid cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// ✓ the measure's period was met.
    Met,
    /// ✗ missed with nothing done.
    Missed,
    /// ~ some done, short of the target (ended or still running).
    Partial,
    /// – excused.
    Excused,
    /// No mark: the measure's own period is not this column's, or the
    /// month has not begun, or the measure is not in force.
    Blank,
}

impl Mark {
    /// The symbol shown in tables.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Met => "✓",
            Mark::Missed => "✗",
            Mark::Partial => "~",
            Mark::Excused => "–",
            Mark::Blank => "",
        }
    }
}

/// One cell: what was done in the month, and its mark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// The month's key.
    pub period: String,
    /// Done in the month up to the as-of date, in the measure's own unit:
    /// occasions, distinct days, days of its date set, weeks (in the month
    /// of the week's first activity) or targets reached (in the month
    /// each reached its quota).
    pub done: u64,
    /// The mark.
    pub mark: Mark,
    /// For a measure judged per month, the month's target (done/target
    /// per period); none for a measure judged over a longer period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<u64>,
}

/// One measure across the span.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GridRow {
    /// The measure's id.
    pub id: String,
    /// Its short title.
    pub title: String,
    /// The focus area's id.
    pub focus_area: String,
    /// The responsible parties.
    pub responsible: Vec<String>,
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// The cells added up: done over the span in the measure's own unit.
    pub total: u64,
    /// Columns marked met, and columns marked at all (excused left out).
    pub columns_met: u32,
    /// Columns with a met, missed or partial mark.
    pub columns_marked: u32,
    /// The measure at the end of the span (or the as-of date): its own
    /// period's state, metrics against the year before.
    pub at_end: MeasureStatus,
}

/// The grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grid {
    /// The as-of date.
    pub at: NaiveDate,
    /// The span shown.
    pub span: PeriodRef,
    /// The columns (months).
    pub columns: Vec<PeriodRef>,
    /// One row per measure, in plan order.
    pub measures: Vec<GridRow>,
}

/// Whether the measure's own period is exactly a month, so that a month's
/// cell can carry its state.
fn counts_per_month(rule: &Rule) -> bool {
    match rule {
        Rule::Quota(q) => q.per == PeriodKind::Month && q.average_over.is_none(),
        Rule::EveryShift { per, .. } => *per == PeriodKind::Month,
        Rule::OnTrigger(t) => t.per == PeriodKind::Month,
        _ => false,
    }
}

/// The state of a measure over a whole span, from its record in the span
/// and its own period at the span's end (`at_end`, evaluated on the
/// span's last day or the as-of date): `missed` when any period judged in
/// the span was missed; else the running state (met, on track, behind) of
/// an own period still running at that day; else `met` when periods were
/// judged (all met); else the state at the end (not in force, no target,
/// excused).
fn span_state(at_end: &MeasureStatus, record: &YearRecord, end_of_view: NaiveDate) -> State {
    if record.periods_met < record.periods_ended {
        return State::Missed;
    }
    let running =
        at_end.ended.is_none() && at_end.period.as_ref().is_some_and(|p| p.end > end_of_view);
    match at_end.state {
        State::Met | State::OnTrack | State::Behind if running => at_end.state,
        _ if record.periods_ended > 0 => State::Met,
        State::OnTrack | State::Behind => State::Missed,
        state => state,
    }
}

fn mark(state: State, done: u64, ended: bool) -> Mark {
    match state {
        State::Met => Mark::Met,
        State::Excused => Mark::Excused,
        State::Behind | State::OnTrack | State::Missed if done > 0 => Mark::Partial,
        State::Behind | State::Missed if ended => Mark::Missed,
        _ => Mark::Blank,
    }
}

/// Builds the grid of `span` as known on `as_of`.
pub fn grid(plan: &Plan, tally: &Tally, span: &Period, as_of: NaiveDate) -> Grid {
    let columns: Vec<Period> = periods_in(PeriodKind::Month, span.range);
    let end_of_view = span.range.end.min(as_of);
    let measures = plan
        .measure_versions()
        .into_iter()
        .filter_map(|(_, versions)| {
            version_among(&versions, end_of_view).map(|measure| (measure, versions))
        })
        .map(|(measure, versions)| {
            let mut row = GridRow {
                id: measure.id.clone(),
                title: measure.title.clone(),
                focus_area: measure.focus_area.clone(),
                responsible: measure.responsible.clone(),
                cells: Vec::new(),
                total: 0,
                columns_met: 0,
                columns_marked: 0,
                at_end: evaluate_measure(plan, measure, &versions, tally, end_of_view),
            };
            // The view counts the as-of day as done: the record holds every
            // period placed in the span that ended by it (an ISO week of the
            // span's year may end in the next), across versions.
            let record = record_in(plan, tally, &versions, span.range, as_of.max(end_of_view));
            row.at_end.year = record;
            row.at_end.state = span_state(&row.at_end, &record, end_of_view);
            if row.at_end.ended.is_some_and(|end| end < span.range.start) {
                // Its last verdict belongs to an earlier span.
                row.at_end.state = State::NotInForce;
                row.at_end.done = None;
                row.at_end.target = None;
                row.at_end.missing.clear();
                row.at_end.of_which.clear();
            }
            let mut done = vec![0u64; columns.len()];
            if let Some(range) = DateRange::new(span.range.start, span.range.end.min(as_of)) {
                for (day, n) in done_by_day(plan, tally, &versions, range) {
                    if let Some(i) = columns.iter().position(|c| c.range.contains(day)) {
                        done[i] = done[i].saturating_add(n);
                    }
                }
            }
            for (column, done) in columns.iter().zip(done) {
                let until = column.range.end.min(as_of);
                let started = column.range.start <= as_of;
                // Each month is judged by the version in force in it.
                let version = version_among(&versions, until).unwrap_or(measure);
                let (cell_mark, target) = if counts_per_month(&version.frequency.rule) && started {
                    let month = evaluate_measure(plan, version, &versions, tally, until);
                    (
                        mark(month.state, done, column.range.end <= as_of),
                        month.target,
                    )
                } else {
                    (Mark::Blank, None)
                };
                match cell_mark {
                    Mark::Met => {
                        row.columns_met += 1;
                        row.columns_marked += 1;
                    }
                    Mark::Missed | Mark::Partial if column.range.end <= as_of => {
                        row.columns_marked += 1
                    }
                    _ => {}
                }
                row.total = row.total.saturating_add(done);
                row.cells.push(Cell {
                    period: column.key(),
                    done,
                    mark: cell_mark,
                    target,
                });
            }
            row
        })
        .collect();
    Grid {
        at: as_of,
        span: span.to_ref(),
        columns: columns.iter().map(|p| p.to_ref()).collect(),
        measures,
    }
}
