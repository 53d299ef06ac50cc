//! The tally: what the log says, folded into per-measure day totals.
//!
//! Evaluation never keeps rows. One pass over the log adds each counted
//! row to the day it happened: its count, the count per target, the sum of
//! each metric. The state is bounded by measures × days of the agreement
//! (about 1,800 days for a four-year plan), whatever the number of rows, and
//! every period, gap and year-on-year figure is computed from it.
//!
//! Voided rows count nowhere: the caller gathers the voided ids first (a
//! cheap pass; corrections are few) and leaves those rows out. Tallies of
//! parts of the log (one per file, read in parallel) merge into one.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::activity::{Activity, RowKind, RowRef};
use crate::period::DateRange;
use crate::plan::{Counting, DateSet, Plan};

/// One measure's totals on one day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayTotals {
    /// The sum of the counts.
    pub count: u64,
    /// The sum of the counts per target, for rows that name one.
    pub targets: Vec<(String, u64)>,
    /// The sum of each metric.
    pub metrics: Vec<(String, f64)>,
    /// Rows covering a span that runs over this day after its first
    /// (`until`): the day is active for distinct days and weeks, with no
    /// occasion of its own. The target of each, if any.
    pub spanned: Vec<Option<String>>,
}

impl DayTotals {
    fn add(&mut self, row: &RowRef) {
        self.count = self.count.saturating_add(row.count);
        if let Some(target) = row.target {
            accumulate(&mut self.targets, target, row.count, u64::saturating_add);
        }
        for (key, value) in row.values.iter() {
            accumulate(&mut self.metrics, key, value, |a, b| a + b);
        }
    }

    /// Whether the day has activity for `target` (any target when
    /// `None`): an occasion, or a span running over it.
    pub fn is_active_for(&self, target: Option<&str>) -> bool {
        self.count_for(target) > 0
            || self
                .spanned
                .iter()
                .any(|t| target.is_none_or(|want| t.as_deref() == Some(want)))
    }

    fn merge(&mut self, other: DayTotals) {
        self.spanned.extend(other.spanned);
        self.count = self.count.saturating_add(other.count);
        for (target, n) in &other.targets {
            accumulate(&mut self.targets, target, *n, u64::saturating_add);
        }
        for (key, value) in &other.metrics {
            accumulate(&mut self.metrics, key, *value, |a, b| a + b);
        }
    }

    /// The count for `target`, or the whole count when `target` is `None`.
    pub fn count_for(&self, target: Option<&str>) -> u64 {
        match target {
            None => self.count,
            Some(t) => self
                .targets
                .iter()
                .find(|(id, _)| id == t)
                .map_or(0, |(_, n)| *n),
        }
    }
}

/// Adds `amount` to the entry for `key`, making it when it is new. The
/// lists are short (a measure's few targets or metrics), so a scan beats a
/// map.
fn accumulate<T: Copy>(entries: &mut Vec<(String, T)>, key: &str, amount: T, plus: fn(T, T) -> T) {
    match entries.iter_mut().find(|(k, _)| k == key) {
        Some((_, total)) => *total = plus(*total, amount),
        None => entries.push((key.to_string(), amount)),
    }
}

/// Which days of a range count, and what is counted on them.
#[derive(Debug, Clone, Copy)]
pub struct CountQuery<'a> {
    /// The days.
    pub range: DateRange,
    /// Only days in this set count.
    pub within: Option<&'a DateSet>,
    /// Only this target's count.
    pub target: Option<&'a str>,
    /// Occasions, distinct days, weeks or targets.
    pub counting: Counting,
    /// Counting weeks: the distinct days a week needs to count.
    pub days_per_week: u32,
}

impl CountQuery<'_> {
    /// Every occasion in `range`: any day, any target.
    pub fn occasions(range: DateRange) -> CountQuery<'static> {
        CountQuery {
            range,
            within: None,
            target: None,
            counting: Counting::Occasions,
            days_per_week: 1,
        }
    }
}

/// A logged trigger (a request, a finding) of a `[[trigger]]` kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerRow {
    /// The row's id, which answers refer to.
    pub id: String,
    /// The day it happened.
    pub date: NaiveDate,
    /// How many triggers the row records.
    pub count: u64,
}

/// A row of a measure that names the trigger it answers (`answers`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRef {
    /// The trigger row's id.
    pub trigger: String,
    /// The day of the answer.
    pub date: NaiveDate,
    /// Its count (also in the day's totals).
    pub count: u64,
}

/// Everything the log says that evaluation needs.
#[derive(Debug, Default)]
pub struct Tally {
    days: HashMap<String, BTreeMap<NaiveDate, DayTotals>>,
    shifts: BTreeMap<NaiveDate, u64>,
    /// Trigger rows per `[[trigger]]` kind. Events to answer are few (a
    /// request, a finding), so they are kept as rows.
    triggers: HashMap<String, Vec<TriggerRow>>,
    /// The rows that name the trigger they answer, per measure.
    answer_refs: HashMap<String, Vec<AnswerRef>>,
    excused: HashMap<(String, String), String>,
    /// Rows left out because their measure is not in the plan.
    pub unknown_measure_rows: u64,
    /// Rows counted.
    pub rows_counted: u64,
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Tally {
        Tally::default()
    }

    /// A tally of `rows`, voids applied: for tests and small logs held in
    /// memory.
    pub fn of(plan: &Plan, rows: &[Activity]) -> Tally {
        let voided: HashSet<&str> = rows.iter().filter_map(|r| r.voids.as_deref()).collect();
        let mut tally = Tally::new();
        for row in rows.iter().filter(|r| !voided.contains(r.id.as_str())) {
            tally.add(plan, &row.as_row());
        }
        tally
    }

    /// Adds one row of the log (one that no void cancels).
    pub fn add(&mut self, plan: &Plan, row: &RowRef) {
        match row.kind() {
            RowKind::Void => {}
            RowKind::Shift => {
                let n = self.shifts.entry(row.date).or_default();
                *n = n.saturating_add(row.count);
                self.rows_counted += 1;
            }
            RowKind::Excuse => {
                if let Some(key) = row.excuses {
                    // A hand-written `2021-w5` is the same period as `2021-W05`.
                    let key = crate::period::parse_period_key(key)
                        .map_or_else(|| key.trim().to_ascii_uppercase(), |p| p.key());
                    self.excused
                        .insert((row.measure.to_string(), key), row.note.to_string());
                }
            }
            RowKind::Activity if plan.trigger(row.measure).is_some() => {
                self.triggers
                    .entry(row.measure.to_string())
                    .or_default()
                    .push(TriggerRow {
                        id: row.id.to_string(),
                        date: row.date,
                        count: row.count,
                    });
                self.rows_counted += 1;
            }
            RowKind::Activity => {
                if !plan.has_measure(row.measure) {
                    self.unknown_measure_rows += 1;
                    return;
                }
                if !self.days.contains_key(row.measure) {
                    self.days.insert(row.measure.to_string(), BTreeMap::new());
                }
                if let Some(days) = self.days.get_mut(row.measure) {
                    days.entry(row.date).or_default().add(row);
                    if let Some(last) = row.until {
                        let mut day = row.date;
                        while let Some(next) = day.succ_opt().filter(|d| *d <= last) {
                            let spanned = &mut days.entry(next).or_default().spanned;
                            spanned.push(row.target.map(str::to_string));
                            day = next;
                        }
                    }
                }
                if let Some(trigger) = row.answers {
                    self.answer_refs
                        .entry(row.measure.to_string())
                        .or_default()
                        .push(AnswerRef {
                            trigger: trigger.to_string(),
                            date: row.date,
                            count: row.count,
                        });
                }
                self.rows_counted += 1;
            }
        }
    }

    /// Adds another tally (of another part of the log) to this one.
    pub fn merge(&mut self, other: Tally) {
        for (measure, days) in other.days {
            let mine = self.days.entry(measure).or_default();
            for (date, totals) in days {
                mine.entry(date).or_default().merge(totals);
            }
        }
        for (date, n) in other.shifts {
            let mine = self.shifts.entry(date).or_default();
            *mine = mine.saturating_add(n);
        }
        for (kind, rows) in other.triggers {
            self.triggers.entry(kind).or_default().extend(rows);
        }
        for (measure, refs) in other.answer_refs {
            self.answer_refs.entry(measure).or_default().extend(refs);
        }
        self.excused.extend(other.excused);
        self.unknown_measure_rows += other.unknown_measure_rows;
        self.rows_counted += other.rows_counted;
    }

    /// The day totals of `measure` in `range`, in date order.
    pub fn days_of<'a>(
        &'a self,
        measure: &str,
        range: DateRange,
    ) -> impl DoubleEndedIterator<Item = (&'a NaiveDate, &'a DayTotals)> + 'a {
        self.days
            .get(measure)
            .into_iter()
            .flat_map(move |days| days.range(range.start..=range.end))
    }

    /// What `query` counts for `measure`.
    pub fn count(&self, measure: &str, query: CountQuery) -> u64 {
        if query.counting == Counting::Targets {
            return self.targets_covered(measure, query).len() as u64;
        }
        let days = self
            .days_of(measure, query.range)
            .filter(|(date, _)| query.within.is_none_or(|set| set.contains(**date)));
        if query.counting == Counting::Occasions {
            return days
                .map(|(_, totals)| totals.count_for(query.target))
                .fold(0, u64::saturating_add);
        }
        let days = days
            .filter(|(_, totals)| totals.is_active_for(query.target))
            .map(|(date, _)| (*date, ()));
        match query.counting {
            Counting::Occasions => unreachable!("summed above"),
            Counting::Days => days.count() as u64,
            Counting::Weeks => {
                // Days come in date order, so a week's days are together.
                let mut weeks: Vec<((i32, u32), u32)> = Vec::new();
                for (d, _) in days {
                    let week = (d.iso_week().year(), d.iso_week().week());
                    match weeks.last_mut() {
                        Some((w, n)) if *w == week => *n += 1,
                        _ => weeks.push((week, 1)),
                    }
                }
                weeks
                    .iter()
                    .filter(|(_, n)| *n >= query.days_per_week)
                    .count() as u64
            }
            Counting::Targets => unreachable!("counted by targets_covered"),
        }
    }

    /// The distinct targets with activity for `measure` on the days of
    /// `query` (its range and date set; only `query.target` when it names
    /// one), in the order each was first logged.
    pub fn targets_covered(&self, measure: &str, query: CountQuery) -> Vec<String> {
        let mut covered: Vec<String> = Vec::new();
        for (date, totals) in self.days_of(measure, query.range) {
            if query.within.is_some_and(|set| !set.contains(*date)) {
                continue;
            }
            for (target, n) in &totals.targets {
                if *n > 0 && query.target.is_none_or(|t| t == target) && !covered.contains(target) {
                    covered.push(target.clone());
                }
            }
        }
        covered
    }

    /// The last day in `range` with activity for `measure`.
    pub fn last_activity(&self, measure: &str, range: DateRange) -> Option<NaiveDate> {
        self.days_of(measure, range)
            .rev()
            .find(|(_, t)| t.count > 0)
            .map(|(d, _)| *d)
    }

    /// The sum of metric `metric` of `measure` over `range`.
    pub fn metric_sum(&self, measure: &str, metric: &str, range: DateRange) -> f64 {
        self.days_of(measure, range)
            .flat_map(|(_, t)| t.metrics.iter())
            .filter(|(k, _)| k == metric)
            .map(|(_, v)| v)
            .sum::<f64>()
            // An empty sum is -0.0; people should read 0.
            + 0.0
    }

    /// The trigger rows of `[[trigger]]` kind `kind`, in no set order.
    pub fn triggers_of(&self, kind: &str) -> &[TriggerRow] {
        self.triggers.get(kind).map_or(&[], Vec::as_slice)
    }

    /// The rows of `measure` that name the trigger they answer.
    pub fn answer_refs_of(&self, measure: &str) -> &[AnswerRef] {
        self.answer_refs.get(measure).map_or(&[], Vec::as_slice)
    }

    /// The sum of metric `metric` of `measure` over `range`, or `None`
    /// when no row in it gives the metric a value (a baseline not yet
    /// logged).
    pub fn metric_logged(&self, measure: &str, metric: &str, range: DateRange) -> Option<f64> {
        let values: Vec<f64> = self
            .days_of(measure, range)
            .flat_map(|(_, t)| t.metrics.iter())
            .filter(|(k, _)| k == metric)
            .map(|(_, v)| *v)
            .collect();
        (!values.is_empty()).then(|| values.iter().sum::<f64>() + 0.0)
    }

    /// Shifts worked in `range`.
    pub fn shifts_in(&self, range: DateRange) -> u64 {
        self.shifts
            .range(range.start..=range.end)
            .map(|(_, n)| *n)
            .fold(0, u64::saturating_add)
    }

    /// The reason a period is excused for a measure, if it is.
    pub fn excuse(&self, measure: &str, period_key: &str) -> Option<&str> {
        self.excused
            .get(&(measure.to_string(), period_key.to_ascii_uppercase()))
            .map(String::as_str)
    }
}
