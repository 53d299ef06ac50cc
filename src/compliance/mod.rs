//! Compliance: is each promise being kept, and what does it take to keep it?
//!
//! `evaluate(plan, tally, as_of)` is pure: no files, no clock. The tally
//! (see [`tally`]) holds what the log says, folded per measure and day; the
//! rules of each frequency turn it into a [`MeasureStatus`] per measure.
//!
//! Semantics, exact to the day (docs/plan-format.md says the same in
//! words for coordinators):
//!
//! - periods are calendar periods clipped to the agreement and the
//!   measure's validity; a clipped period's quota is prorated by its
//!   countable days, rounded up;
//! - the countable days of a period are its days, or with `within` the
//!   days of the date set in it; a period with no countable day is not
//!   judged (no quota, not in the record);
//! - `done` counts, in the measure's unit (occasions, distinct days, weeks,
//!   targets reached), the non-voided rows dated in the period and on or
//!   before the as-of date;
//! - in the running period, `elapsed` counts the countable days from its
//!   start to the as-of date, both included, and `expected = floor(target
//!   × elapsed / countable days)`; each sub-quota (`of_which`) has its own
//!   expected; the state is `met` when the target and every sub-quota are
//!   reached, `on_track` when done ≥ expected and every sub-quota is at its
//!   expected, else `behind`; an ended period is `met` or `missed`;
//! - `unreachable`: fewer countable days (or weeks) remain than are needed,
//!   the as-of day counting only when nothing is logged on it yet;
//! - a max-gap rule is due on the day `7 × weeks` days that are not
//!   excused have passed since the last activity (or the start of the
//!   validity): `met` before that day, `behind` from it;
//! - coverage (`each_target`) counts the distinct targets that reached the
//!   quota;
//! - every-shift compares the measure's count with the shifts worked: met
//!   at done ≥ share × shifts; the share shown is done ÷ shifts, uncapped;
//! - as-needed is `no_target`; a measure whose validity ended inside the
//!   agreement keeps its last verdict (`ended` set); otherwise outside its
//!   validity it is `not_in_force`; an excused period is `excused` and
//!   left out of the year's record;
//! - the year's record counts the periods that ended: an ISO week belongs
//!   to its ISO week-year, any other period to the year it ends in.

pub mod coverage;
mod day_list;
pub mod grid;
mod metrics;
mod rules;
pub mod tally;
pub mod triggers;

use chrono::NaiveDate;
use serde::Serialize;

use crate::period::PeriodRef;
use crate::plan::{Direction, Measure, Plan};
use tally::Tally;

/// The state of a measure in a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// The target is reached.
    Met,
    /// Not reached yet, but at or above the pace it takes.
    OnTrack,
    /// Below the pace it takes, or overdue.
    Behind,
    /// The period ended without the target reached.
    Missed,
    /// No target: only counted.
    NoTarget,
    /// The measure is not in force on the date.
    NotInForce,
    /// The period is excused, with a reason.
    Excused,
}

impl State {
    /// Every state, in the order tables and summaries show them.
    pub const ALL: [State; 7] = [
        State::Met,
        State::OnTrack,
        State::Behind,
        State::Missed,
        State::NoTarget,
        State::NotInForce,
        State::Excused,
    ];

    /// The state's name in JSON and in scripts.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Met => "met",
            State::OnTrack => "on_track",
            State::Behind => "behind",
            State::Missed => "missed",
            State::NoTarget => "no_target",
            State::NotInForce => "not_in_force",
            State::Excused => "excused",
        }
    }
}

/// How much it takes per unit of time to reach the target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rate {
    /// How many.
    pub per: f64,
    /// Per what.
    pub unit: RateUnit,
}

/// The unit of time a [`Rate`] is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateUnit {
    /// Per day (`day`), when less than two weeks remain.
    Day,
    /// Per week (`week`).
    Week,
    /// Per day of the measure's date set (`set_day`), for a quota `within`
    /// one.
    SetDay,
}

/// The year's record: how many of the year's ended periods were met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct YearRecord {
    /// What the periods are: the measure's own period kind, or `null` for
    /// the intervals between visits of a max-gap rule.
    pub unit: Option<crate::period::PeriodKind>,
    /// Ended periods that were met.
    pub periods_met: u32,
    /// Ended periods, excused ones left out.
    pub periods_ended: u32,
    /// Ended periods that were excused.
    pub periods_excused: u32,
    /// With an `aim`: the ended periods (excused ones left out) that
    /// reached it; `null` without an aim.
    pub periods_aim_reached: Option<u32>,
}

/// A year-to-date figure of a follow-up metric against a year earlier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricStatus {
    /// The metric's id.
    pub id: String,
    /// Its label in the plan's words.
    pub label: String,
    /// Its unit.
    pub unit: String,
    /// The sum from 1 January to the as-of date.
    pub ytd: f64,
    /// The sum over the same days a year earlier; `null` before the
    /// agreement.
    pub previous_ytd: Option<f64>,
    /// The wanted direction, if any.
    pub wanted: Option<Direction>,
    /// `up`, `down` or `same`; `null` without a year to compare with.
    pub trend: Option<Trend>,
    /// Whether the trend goes the wanted way; `null` where no way is
    /// wanted or there is no trend.
    pub good: Option<bool>,
    /// The year judged against the metric's baseline or goal; `null` for a
    /// metric with neither (or only a direction, judged by `good`).
    pub goal: Option<MetricJudgement>,
}

/// A metric's year against its baseline or goal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricJudgement {
    /// The baseline, if the plan gives one.
    pub baseline: Option<crate::plan::Baseline>,
    /// How the year's sum must compare with `level`.
    pub comparison: crate::plan::Comparison,
    /// The level to reach (the baseline itself for "ska öka/minska");
    /// `null` while a baseline to be logged is not.
    pub level: Option<f64>,
    /// The year judged: the as-of date's.
    pub year: i32,
    /// The year's sum up to the as-of date (the year to date).
    pub value: f64,
    /// `met` or `not_met` once the year is over (on its last day), else
    /// `not_yet_measurable` (also while the baseline it needs is not
    /// logged).
    pub state: GoalState,
}

/// The verdict on a metric's goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalState {
    /// The year reached the level.
    Met,
    /// It did not.
    NotMet,
    /// The year is not over.
    NotYetMeasurable,
}

/// The direction a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Higher than a year earlier.
    Up,
    /// Lower.
    Down,
    /// The same.
    Same,
}

/// Shifts and the share of them in which an every-shift measure was done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShiftShare {
    /// Shifts worked in the period so far.
    pub shifts: u64,
    /// The share done, done ÷ shifts as it is (3 in 2 shifts is 1.5);
    /// `null` with no shifts.
    pub share: Option<f64>,
    /// The share the plan wants.
    pub wanted: f64,
}

/// A sub-quota's figures in the period: "varav minst 10 i Harbo".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubQuotaStatus {
    /// The target the sub-quota is for.
    pub target: String,
    /// Done for it in the period so far.
    pub done: u64,
    /// Its own quota.
    pub at_least: u64,
    /// What it should have by the as-of date to be on pace.
    pub expected: u64,
    /// What it still needs.
    pub needed: u64,
}

/// One measure's status on the as-of date. Field names are the JSON
/// contract of `loften status --format json`; a field that does not apply
/// is `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureStatus {
    /// The measure's id.
    pub id: String,
    /// Its short title.
    pub title: String,
    /// The state.
    pub state: State,
    /// Done in the period (distinct targets for coverage).
    pub done: Option<u64>,
    /// The period's target.
    pub target: Option<u64>,
    /// What should be done by the as-of date to be on pace.
    pub expected: Option<u64>,
    /// What is still needed to reach the target.
    pub needed: Option<u64>,
    /// The pace it takes to reach the target in time.
    pub rate: Option<Rate>,
    /// Fewer occasions remain in the period than are needed.
    pub unreachable: bool,
    /// The period evaluated.
    pub period: Option<PeriodRef>,
    /// For max-gap rules: the day the next one is due.
    pub due: Option<NaiveDate>,
    /// Targets not yet reached, in plan order.
    pub missing: Vec<String>,
    /// Counting distinct targets (`counting = "targets"`): the targets
    /// covered in the period, in the order first logged; else empty.
    pub covered: Vec<String>,
    /// The period's aim above the promise (`aim`), scaled as the target
    /// is; `null` without one.
    pub aim: Option<u64>,
    /// Whether done reached the aim; `null` without one.
    pub aim_reached: Option<bool>,
    /// The reason the period is excused.
    pub excuse: Option<String>,
    /// The year's record.
    pub year: YearRecord,
    /// For every-shift rules: shifts and share.
    pub shifts: Option<ShiftShare>,
    /// For triggered promises (`on-trigger`): the triggers due in the
    /// period, by what became of them.
    pub triggers: Option<triggers::TriggerStatus>,
    /// The sub-quotas (`of_which`), each with its own figures, in plan
    /// order; empty without sub-quotas.
    pub of_which: Vec<SubQuotaStatus>,
    /// The last day of the measure's validity when it ended before the
    /// as-of date: the state, done and target are then its last verdict.
    pub ended: Option<NaiveDate>,
    /// The follow-up metrics.
    pub metrics: Vec<MetricStatus>,
    /// A soft target: never a failure for `--fail-if-behind`.
    pub soft: bool,
    /// The focus area's id.
    pub focus_area: String,
    /// The responsible parties' ids.
    pub responsible: Vec<String>,
    /// The plan's När text.
    pub nar: String,
}

/// The status of every measure on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// The as-of date.
    pub at: NaiveDate,
    /// One entry per measure id, in plan order.
    pub measures: Vec<MeasureStatus>,
}

impl Evaluation {
    /// Whether any measure with a firm target is behind, or any metric's
    /// goal was not met in a year that is over.
    pub fn any_behind(&self) -> bool {
        self.measures.iter().any(|m| {
            (m.state == State::Behind && !m.soft)
                || m.metrics.iter().any(|x| {
                    x.goal
                        .as_ref()
                        .is_some_and(|g| g.state == GoalState::NotMet)
                })
        })
    }
}

/// The version of measure `id` to show on `as_of`: the one in force, else
/// the last one that ended before it, else the first one.
pub fn version_on<'a>(plan: &'a Plan, id: &'a str, as_of: NaiveDate) -> Option<&'a Measure> {
    version_among(&plan.versions(id).collect::<Vec<_>>(), as_of)
}

/// [`version_on`] among a measure's `versions` (in plan order).
pub fn version_among<'a>(versions: &[&'a Measure], as_of: NaiveDate) -> Option<&'a Measure> {
    versions
        .iter()
        .find(|m| m.validity.contains(as_of))
        .or_else(|| {
            versions
                .iter()
                .filter(|m| m.validity.end < as_of)
                .max_by_key(|m| m.validity.end)
        })
        .or_else(|| versions.first())
        .copied()
}

/// Evaluates one version of a measure on `as_of`.
pub fn evaluate_measure(
    plan: &Plan,
    measure: &Measure,
    tally: &Tally,
    as_of: NaiveDate,
) -> MeasureStatus {
    let versions: Vec<&Measure> = plan.versions(&measure.id).collect();
    rules::evaluate_measure(plan, measure, &versions, tally, as_of)
}

/// Evaluates every measure of `plan` on `as_of`.
pub fn evaluate(plan: &Plan, tally: &Tally, as_of: NaiveDate) -> Evaluation {
    // Each measure on its own: a plan of hundreds is shared by the cores.
    let versions = plan.measure_versions();
    let measures = crate::parallel::map_in_order(&versions, 64, |(_, versions)| {
        version_among(versions, as_of)
            .map(|measure| rules::evaluate_measure(plan, measure, versions, tally, as_of))
    })
    .into_iter()
    .flatten()
    .collect();
    Evaluation {
        at: as_of,
        measures,
    }
}

#[cfg(test)]
mod tests;
