//! The council's view of a whole span (a year, a tertial, a quarter): a grid
//! of measures × months with a mark per cell, the span's totals, and the
//! metrics against the year before.
//!
//! Each cell is the measure evaluated on the last day of its month (or the
//! as-of date, if earlier), so the grid and `status` can never disagree.

use chrono::NaiveDate;
use serde::Serialize;

use super::rules::{evaluate_measure, record_in};
use super::tally::{CountQuery, Tally};
use super::{MeasureStatus, PeriodInfo, State, version_on};
use crate::period::{DateRange, Period, PeriodKind, periods_in};
use crate::plan::{Plan, Rule};
use crate::text::Lang;

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
    /// The sum of counts in the month, up to the as-of date.
    pub done: u64,
    /// The mark.
    pub mark: Mark,
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
    /// The sum of counts over the span.
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
    pub span: PeriodInfo,
    /// The columns (months).
    pub columns: Vec<PeriodInfo>,
    /// One row per measure, in plan order.
    pub measures: Vec<GridRow>,
}

/// Whether the measure's own period is exactly a month, so that a month's
/// cell can carry its state.
fn counts_per_month(rule: &Rule) -> bool {
    match rule {
        Rule::Quota(q) => q.per == PeriodKind::Month && q.average_over.is_none(),
        Rule::EveryShift { per, .. } => *per == PeriodKind::Month,
        _ => false,
    }
}

/// The state of a measure over a whole span: for a span that has ended and
/// holds several of the measure's own periods, met only when every one
/// judged was met (December's state is not the year's); otherwise the state
/// of its own period at the span's end, short of the target meaning missed
/// once the span is over.
fn span_state(at_end: &MeasureStatus, ended: bool) -> State {
    let record = &at_end.year;
    let several = record.periods_ended + record.periods_excused > 1;
    match at_end.state {
        State::Behind | State::OnTrack | State::Met if ended && several => {
            if record.periods_met == record.periods_ended {
                State::Met
            } else {
                State::Missed
            }
        }
        State::Behind | State::OnTrack if ended => State::Missed,
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
pub fn grid(plan: &Plan, tally: &Tally, span: &Period, as_of: NaiveDate, lang: Lang) -> Grid {
    let columns: Vec<Period> = periods_in(PeriodKind::Month, span.range);
    let end_of_view = span.range.end.min(as_of);
    let measures = plan
        .measure_ids()
        .into_iter()
        .filter_map(|id| version_on(plan, id, end_of_view))
        .map(|measure| {
            let mut row = GridRow {
                id: measure.id.clone(),
                title: measure.title.clone(),
                focus_area: measure.focus_area.clone(),
                responsible: measure.responsible.clone(),
                cells: Vec::new(),
                total: 0,
                columns_met: 0,
                columns_marked: 0,
                at_end: evaluate_measure(plan, measure, tally, end_of_view, lang),
            };
            // The view counts the as-of day as done: the record holds every
            // period that ended by it, across versions of the measure.
            row.at_end.year = record_in(plan, tally, &measure.id, span.range, end_of_view, lang);
            row.at_end.state = span_state(&row.at_end, span.range.end <= as_of);
            for column in &columns {
                let until = column.range.end.min(as_of);
                let done = DateRange::new(column.range.start, until).map_or(0, |range| {
                    tally.count(&measure.id, CountQuery::occasions(range))
                });
                let started = column.range.start <= as_of;
                // Each month is judged by the version in force in it.
                let version = version_on(plan, &measure.id, until).unwrap_or(measure);
                let cell_mark = if counts_per_month(&version.frequency.rule) && started {
                    let state = evaluate_measure(plan, version, tally, until, lang).state;
                    mark(state, done, column.range.end <= as_of)
                } else {
                    Mark::Blank
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
                });
            }
            row
        })
        .collect();
    let info = |p: &Period| PeriodInfo {
        label: p.label(lang),
        key: p.key(),
        start: p.range.start,
        end: p.range.end,
    };
    Grid {
        at: as_of,
        span: info(span),
        columns: columns.iter().map(info).collect(),
        measures,
    }
}
