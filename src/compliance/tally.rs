//! The tally: what the log says, folded into per-measure day totals.
//!
//! Evaluation never keeps rows. One pass over the log adds each counted
//! row to the day it happened: its count, the count per target, the sum of
//! each metric. The state is bounded by measures × days of the agreement
//! (about 1,800 days for a four-year plan), whatever the number of rows, and
//! every period, gap and year-on-year figure is computed from it.
//!
//! Voided rows count nowhere. Reading the log, each part of it (a piece of
//! a file, read in parallel) is folded into a [`TallyPart`]: measure ids
//! interned once, day totals in a hash map by day, excuses kept in order.
//! The parts merge into one [`Tally`] in the log's order; the few rows
//! found afterwards to be voided or repeated are taken out again
//! ([`Tally::remove`]) and the excuses applied ([`Tally::excuse_rows`]).

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::fast_hash::FxBuild;

use chrono::{Datelike, NaiveDate};

use super::day_list::DayList;
use crate::activity::{Activity, RowKind, RowRef};
use crate::period::DateRange;
use crate::plan::{Counting, DateSet, Plan};

/// One measure's totals on one day: the count, and what only some days
/// have (metric values, targets, spans) kept apart, so that a day stays
/// small (24 bytes): a plan of a thousand measures makes a day of nearly
/// every row, and every day is moved twice on its way into the tally.
#[derive(Debug, Clone, Default)]
pub struct DayTotals {
    /// The sum of the counts.
    pub count: u64,
    detail: Option<Box<DayDetail>>,
    /// Whether a metric value with a fraction went in: its sums then
    /// depend on the order of the additions (floating point), and a row
    /// cannot be taken out again exactly.
    fractional: bool,
    /// The part of the log ([`Tally::merge_part`]) that last added to the
    /// day, plus one; 0 for none.
    source: u32,
}

/// The part of a [`DayTotals`] that only rows with metric values, a
/// target or a span make.
#[derive(Debug, Clone, Default)]
struct DayDetail {
    /// The sum of each metric.
    metrics: Vec<(String, f64)>,
    /// The sum of the counts per target, for rows that name one, in the
    /// order each target was first logged.
    targets: Vec<(String, u64)>,
    /// Rows covering a span that runs over this day after its first
    /// (`until`): the day is active for distinct days and weeks, with no
    /// occasion of its own. The target of each, if any.
    spanned: Vec<Option<String>>,
}

/// Equal totals: the same count, targets in the same order, the same sum
/// of each metric (in any order, a sum of 0 as good as none: nothing reads
/// more of them than [`Tally::metric_sum`] does).
impl PartialEq for DayTotals {
    fn eq(&self, other: &DayTotals) -> bool {
        let sorted = |metrics: &[(String, f64)]| {
            let mut metrics: Vec<(String, f64)> =
                metrics.iter().filter(|(_, v)| *v != 0.0).cloned().collect();
            metrics.sort_by(|a, b| a.0.cmp(&b.0));
            metrics
        };
        (self.count, self.targets()) == (other.count, other.targets())
            && sorted(self.metrics()) == sorted(other.metrics())
    }
}

/// The largest metric sum that whole numbers add to exactly, in any order.
const EXACT: f64 = 4_503_599_627_370_496.0; // 2^52

impl DayTotals {
    /// The sum of the counts per target, for rows that name one, in the
    /// order each target was first logged.
    pub fn targets(&self) -> &[(String, u64)] {
        self.detail.as_ref().map_or(&[], |d| &d.targets)
    }

    /// The sum of each metric.
    pub fn metrics(&self) -> &[(String, f64)] {
        self.detail.as_ref().map_or(&[], |d| &d.metrics)
    }

    /// The target of each row whose span runs over this day after its
    /// first (`until`).
    pub fn spanned(&self) -> &[Option<String>] {
        self.detail.as_ref().map_or(&[], |d| &d.spanned)
    }

    fn detail(&mut self) -> &mut DayDetail {
        self.detail.get_or_insert_with(Box::default)
    }

    fn add(&mut self, row: &RowRef) {
        self.count = self.count.saturating_add(row.count);
        if let Some(target) = row.target {
            accumulate(
                &mut self.detail().targets,
                target,
                row.count,
                u64::saturating_add,
            );
        }
        let mut any = false;
        for (key, value) in row.values.iter() {
            any = true;
            self.fractional |= value.fract() != 0.0 || value.abs() >= EXACT;
            accumulate(&mut self.detail().metrics, key, value, |a, b| a + b);
        }
        if any {
            self.fractional |= self.metrics().iter().any(|(_, sum)| sum.abs() >= EXACT);
        }
    }

    /// Takes `row`, added before, out again. Whether the totals are now
    /// exactly what they would be had the row never been added: not when
    /// a sum holds fractions, nor when the row's target stays logged by
    /// another row and other targets follow it (the order first logged
    /// might differ).
    fn remove(&mut self, row: &RowRef) -> bool {
        let mut exact = !self.fractional;
        self.count = self.count.saturating_sub(row.count);
        if let Some(target) = row.target
            && let Some(detail) = self.detail.as_mut()
            && let Some(at) = detail.targets.iter().position(|(t, _)| t == target)
        {
            let left = detail.targets[at].1.saturating_sub(row.count);
            detail.targets[at].1 = left;
            if left == 0 {
                detail.targets.remove(at);
            } else if at + 1 < detail.targets.len() {
                exact = false;
            }
        }
        for (key, value) in row.values.iter() {
            accumulate(&mut self.detail().metrics, key, value, |a, b| a - b);
        }
        exact
    }

    /// Marks the day as inside `row`'s span (a day after its first).
    fn add_span(&mut self, row: &RowRef) {
        self.detail().spanned.push(row.target.map(str::to_string));
    }

    /// Takes `row`'s span mark out again.
    fn remove_span(&mut self, row: &RowRef) {
        if let Some(detail) = self.detail.as_mut()
            && let Some(at) = detail
                .spanned
                .iter()
                .position(|t| t.as_deref() == row.target)
        {
            detail.spanned.remove(at);
        }
    }

    /// Whether nothing is logged on the day: no count, no span over it.
    fn is_empty(&self) -> bool {
        self.count == 0 && self.spanned().is_empty()
    }

    /// Whether the day has activity for `target` (any target when
    /// `None`): an occasion, or a span running over it.
    pub fn is_active_for(&self, target: Option<&str>) -> bool {
        self.count_for(target) > 0
            || self
                .spanned()
                .iter()
                .any(|t| target.is_none_or(|want| t.as_deref() == Some(want)))
    }

    fn merge(&mut self, other: DayTotals) {
        self.fractional |= other.fractional;
        self.count = self.count.saturating_add(other.count);
        let Some(theirs) = other.detail else {
            return;
        };
        let Some(mine) = self.detail.as_mut() else {
            self.detail = Some(theirs);
            return;
        };
        if mine.metrics.is_empty() {
            mine.metrics = theirs.metrics;
        } else {
            for (key, value) in &theirs.metrics {
                accumulate(&mut mine.metrics, key, *value, |a, b| a + b);
            }
        }
        mine.spanned.extend(theirs.spanned);
        for (target, n) in &theirs.targets {
            accumulate(&mut mine.targets, target, *n, u64::saturating_add);
        }
    }

    /// The count for `target`, or the whole count when `target` is `None`.
    pub fn count_for(&self, target: Option<&str>) -> u64 {
        match target {
            None => self.count,
            Some(t) => self
                .targets()
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

/// An excuse's period key as the tally keys it: a hand-written `2021-w5`
/// is the same period as `2021-W05`.
fn excuse_entry(key: &str, note: &str) -> (String, String) {
    let key = crate::period::parse_period_key(key)
        .map_or_else(|| key.trim().to_ascii_uppercase(), |p| p.key());
    (key, note.to_string())
}

/// An excuse row kept by a [`TallyPart`], applied at the end.
#[derive(Debug, Clone, PartialEq)]
pub struct ExcuseRow {
    /// The row's id (a void may cancel it).
    pub id: String,
    /// The print of the row's fields (a repeat of it is left out).
    pub print: u64,
    /// The measure excused.
    pub measure: String,
    /// The period key.
    pub key: String,
    /// The reason.
    pub note: String,
}

/// The rows of one part of the log (a piece of a file) folded for the
/// tally: the hot path of reading a million rows. A measure id is looked
/// up once per row in the plan's [`KnownMeasures`], which number them (no
/// string built, no scan of the plan); the days of every measure are one
/// hash map by measure number and day, so that a plan of a thousand
/// measures grows one table, not a thousand small ones. See
/// [`Tally::merge_part`].
#[derive(Debug, Default)]
pub struct TallyPart {
    /// One more than the highest measure number added.
    measures: u32,
    /// Where each (measure, day) is in `totals`: a table of 16-byte entries
    /// stays in the cache where one of whole days would not (a thousand
    /// measures make some 20,000 days a piece).
    days: HashMap<(u32, NaiveDate), u32, FxBuild>,
    /// The days' totals, in the order they were first logged.
    totals: Vec<DayTotals>,
    /// The days' keys and places, sorted by [`TallyPart::finish`].
    order: Vec<(u32, NaiveDate, u32)>,
    /// The days of [`TallyPart::finish`], by measure number and date.
    sorted: Vec<((u32, NaiveDate), DayTotals)>,
    shifts: HashMap<NaiveDate, u64, FxBuild>,
    /// The excuse rows, in order.
    pub excuses: Vec<ExcuseRow>,
    events: Events,
    unknown_measure_rows: u64,
    rows_counted: u64,
}

/// The tables of a [`TallyPart`] that [`TallyPart::finish`] empties.
type PartTables = (
    HashMap<(u32, NaiveDate), u32, FxBuild>,
    Vec<DayTotals>,
    Vec<(u32, NaiveDate, u32)>,
);

thread_local! {
    /// The emptied tables of the last part finished on this thread, for
    /// the next: a thousand measures make some 20,000 days a piece, and
    /// tables of that size freed and asked for again a piece at a time
    /// cost the kernel fresh pages each time.
    static SPARE: std::cell::Cell<Option<PartTables>> = const { std::cell::Cell::new(None) };
}

/// A plan's measure ids, numbered, and `[[trigger]]` ids, in hash
/// tables: whether a row's measure is in the plan, or an event to answer,
/// at once however many measures it has, and the measure's number, by
/// which the parts of a tally keep its days.
#[derive(Debug)]
pub struct KnownMeasures<'a> {
    /// Each measure id's number: its place in `ids`.
    measures: HashMap<&'a str, u32, FxBuild>,
    /// The measure ids, each once, in the order first named.
    ids: Vec<&'a str>,
    triggers: HashSet<&'a str, FxBuild>,
}

impl<'a> KnownMeasures<'a> {
    /// The measure and trigger ids of `plan`.
    pub fn of(plan: &'a Plan) -> KnownMeasures<'a> {
        KnownMeasures::numbered(
            plan.measures.iter().map(|m| m.id.as_str()),
            plan.triggers.iter().map(|t| t.id.as_str()).collect(),
        )
    }

    /// The measure and trigger ids named (a guess at a plan's: see
    /// [`KnownMeasures::same_as`]).
    pub fn of_ids(measures: &'a [String], triggers: &'a [String]) -> KnownMeasures<'a> {
        KnownMeasures::numbered(
            measures.iter().map(String::as_str),
            triggers.iter().map(String::as_str).collect(),
        )
    }

    /// The measure ids numbered in the order first named (a measure's
    /// versions share its id).
    fn numbered(
        ids: impl Iterator<Item = &'a str>,
        triggers: HashSet<&'a str, FxBuild>,
    ) -> KnownMeasures<'a> {
        let mut known = KnownMeasures {
            measures: HashMap::default(),
            ids: Vec::new(),
            triggers,
        };
        for id in ids {
            if !known.measures.contains_key(id) {
                known.measures.insert(id, known.ids.len() as u32);
                known.ids.push(id);
            }
        }
        known
    }

    /// Whether both know the same measure ids and the same trigger ids: a
    /// tally made knowing either is then the same.
    pub fn same_as(&self, other: &KnownMeasures<'_>) -> bool {
        self.measures.len() == other.measures.len()
            && self.triggers.len() == other.triggers.len()
            && self.ids.iter().all(|id| other.measures.contains_key(id))
            && self.triggers.iter().all(|id| other.triggers.contains(id))
    }

    /// How many measures the plan has.
    pub fn measure_count(&self) -> usize {
        self.measures.len()
    }
}

/// A part's days, sorted by measure number (of the [`KnownMeasures`] the
/// part was read for) and date, as [`Tally::take_part`] hands them back
/// for [`Tally::merge_days`].
#[derive(Debug)]
pub struct PartDays {
    /// The part's file, counted from 1.
    source: u32,
    sorted: Vec<((u32, NaiveDate), DayTotals)>,
}

impl TallyPart {
    /// An empty part.
    pub fn new() -> TallyPart {
        TallyPart::default()
    }

    /// An empty part whose table has room for `days` measure days without
    /// growing (growing a large table rehashes every day it holds); the
    /// days themselves grow as they come, so that room asked for and not
    /// used costs 16 bytes a day, not a day's 24.
    pub fn with_capacity(days: usize) -> TallyPart {
        let mut part = TallyPart::new();
        if let Some(spare) = SPARE.take() {
            (part.days, part.totals, part.order) = spare;
        }
        part.days.reserve(days);
        part
    }

    /// Sorts the days by measure and date, ready for
    /// [`Tally::merge_part`], which then merges each measure's days in one
    /// pass: called on the thread that read the part, the sorting runs in
    /// parallel and the merging, which runs in order, stays short.
    pub fn finish(&mut self) {
        if self.days.is_empty() {
            return;
        }
        // The keys and places are put in measure order by counting (a
        // plan's measures are few next to its days), then each measure's
        // by date, and each day then moved once.
        let mut order = std::mem::take(&mut self.order);
        let mut ends = vec![0u32; self.measures as usize + 1];
        for &(measure, _) in self.days.keys() {
            ends[measure as usize + 1] += 1;
        }
        for i in 1..ends.len() {
            ends[i] += ends[i - 1];
        }
        order.resize(self.days.len(), (0, NaiveDate::MIN, 0));
        for ((measure, date), at) in self.days.drain() {
            let next = &mut ends[measure as usize];
            order[*next as usize] = (measure, date, at);
            *next += 1;
        }
        let mut start = 0;
        for &end in &ends[..ends.len() - 1] {
            order[start..end as usize].sort_unstable_by_key(|&(_, date, _)| date);
            start = end as usize;
        }
        self.sorted.reserve(order.len());
        for &(slot, date, at) in &order {
            let totals = std::mem::take(&mut self.totals[at as usize]);
            self.sorted.push(((slot, date), totals));
        }
        self.totals.clear();
        order.clear();
        // The next part read on this thread takes the emptied tables.
        SPARE.set(Some((
            std::mem::take(&mut self.days),
            std::mem::take(&mut self.totals),
            order,
        )));
    }

    /// The totals of measure number `measure` on `date`, made when new.
    fn day(&mut self, measure: u32, date: NaiveDate) -> &mut DayTotals {
        let totals = &mut self.totals;
        let at = *self.days.entry((measure, date)).or_insert_with(|| {
            totals.push(DayTotals::default());
            (totals.len() - 1) as u32
        });
        &mut self.totals[at as usize]
    }

    /// Adds one row, as [`Tally::add`] does, for the plan whose measure
    /// ids are `known`; `print` is the row's print, kept with an excuse.
    pub fn add(&mut self, known: &KnownMeasures, row: &RowRef, print: impl FnOnce() -> u64) {
        match row.kind() {
            RowKind::Void => {}
            RowKind::Shift => {
                let n = self.shifts.entry(row.date).or_default();
                *n = n.saturating_add(row.count);
                self.rows_counted += 1;
            }
            RowKind::Excuse => {
                if let Some(key) = row.excuses {
                    let (key, note) = excuse_entry(key, row.note);
                    self.excuses.push(ExcuseRow {
                        id: row.id.to_string(),
                        print: print(),
                        measure: row.measure.to_string(),
                        key,
                        note,
                    });
                }
            }
            RowKind::Activity if known.triggers.contains(row.measure) => {
                self.events.add_trigger(row);
                self.rows_counted += 1;
            }
            RowKind::Activity => {
                let Some(&measure) = known.measures.get(row.measure) else {
                    self.unknown_measure_rows += 1;
                    return;
                };
                self.measures = self.measures.max(measure + 1);
                self.day(measure, row.date).add(row);
                for day in span_days(row) {
                    self.day(measure, day).add_span(row);
                }
                self.events.add_answer(row);
                self.rows_counted += 1;
            }
        }
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
    /// The answering row's own id.
    pub id: String,
    /// The trigger row's id.
    pub trigger: String,
    /// The day of the answer.
    pub date: NaiveDate,
    /// Its count (also in the day's totals).
    pub count: u64,
}

/// The days after the first of a row that covers a span (`until`).
fn span_days(row: &RowRef) -> impl Iterator<Item = NaiveDate> {
    let last = row.until.unwrap_or(row.date);
    row.date.iter_days().skip(1).take_while(move |d| *d <= last)
}

/// The rows kept as rows: events to answer per `[[trigger]]` kind, and
/// the rows naming the event they answer, per measure. Both are few (a
/// request, a finding), whatever the size of the log.
#[derive(Debug, Default)]
struct Events {
    triggers: HashMap<String, Vec<TriggerRow>>,
    answer_refs: HashMap<String, Vec<AnswerRef>>,
}

impl Events {
    fn add_trigger(&mut self, row: &RowRef) {
        self.triggers
            .entry(row.measure.to_string())
            .or_default()
            .push(TriggerRow {
                id: row.id.to_string(),
                date: row.date,
                count: row.count,
            });
    }

    /// Keeps the event a measure's row names, if it names one.
    fn add_answer(&mut self, row: &RowRef) {
        if let Some(trigger) = row.answers {
            self.answer_refs
                .entry(row.measure.to_string())
                .or_default()
                .push(AnswerRef {
                    id: row.id.to_string(),
                    trigger: trigger.to_string(),
                    date: row.date,
                    count: row.count,
                });
        }
    }

    /// Takes `row` out again, an event or an answer naming one.
    fn remove(&mut self, row: &RowRef) {
        if let Some(rows) = self.triggers.get_mut(row.measure)
            && let Some(at) = rows
                .iter()
                .position(|t| t.id == row.id && t.date == row.date)
        {
            rows.remove(at);
        }
        if let Some(refs) = self.answer_refs.get_mut(row.measure)
            && let Some(at) = refs
                .iter()
                .position(|a| a.id == row.id && a.date == row.date)
        {
            refs.remove(at);
        }
    }

    fn merge(&mut self, other: Events) {
        for (kind, rows) in other.triggers {
            self.triggers.entry(kind).or_default().extend(rows);
        }
        for (measure, refs) in other.answer_refs {
            self.answer_refs.entry(measure).or_default().extend(refs);
        }
    }
}

/// Everything the log says that evaluation needs.
#[derive(Debug, Default)]
pub struct Tally {
    days: HashMap<String, DayList<DayTotals>, FxBuild>,
    shifts: BTreeMap<NaiveDate, u64>,
    /// Events to answer and the answers naming them, kept as rows.
    events: Events,
    excused: HashMap<(String, String), String>,
    /// Rows left out because their measure is not in the plan.
    pub unknown_measure_rows: u64,
    /// Rows counted.
    pub rows_counted: u64,
    /// Whether a row taken out or a merge may have left a sum other than
    /// reading the rows in order would give (see [`Tally::is_exact`]).
    inexact: bool,
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Tally {
        Tally::default()
    }

    /// Whether every sum is what adding the counted rows in the log's
    /// order gives, to the last digit. Only a day holding metric values
    /// with fractions, read in two pieces or with a row taken out, or a
    /// target's place in the order first logged after a row taken out, can
    /// make it not: the reader then reads the log again, in order.
    pub fn is_exact(&self) -> bool {
        !self.inexact
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
                    let (key, note) = excuse_entry(key, row.note);
                    self.excused.insert((row.measure.to_string(), key), note);
                }
            }
            RowKind::Activity if plan.trigger(row.measure).is_some() => {
                self.events.add_trigger(row);
                self.rows_counted += 1;
            }
            RowKind::Activity => {
                if !plan.has_measure(row.measure) {
                    self.unknown_measure_rows += 1;
                    return;
                }
                if !self.days.contains_key(row.measure) {
                    self.days
                        .insert(row.measure.to_string(), DayList::default());
                }
                if let Some(days) = self.days.get_mut(row.measure) {
                    days.entry(row.date).add(row);
                    for day in span_days(row) {
                        days.entry(day).add_span(row);
                    }
                }
                self.events.add_answer(row);
                self.rows_counted += 1;
            }
        }
    }

    /// Takes out a row added before (with [`Tally::add`] or in a merged
    /// [`TallyPart`]) that turned out to be voided or repeated. An excuse
    /// is not taken out here: excuses are applied in order at the end
    /// ([`Tally::excuse_rows`]). A day left with nothing is dropped, as if
    /// the row had never been added.
    pub fn remove(&mut self, plan: &Plan, row: &RowRef) {
        match row.kind() {
            RowKind::Void | RowKind::Excuse => {}
            RowKind::Shift => {
                if let Some(n) = self.shifts.get_mut(&row.date) {
                    *n = n.saturating_sub(row.count);
                    if *n == 0 {
                        self.shifts.remove(&row.date);
                    }
                }
                self.rows_counted = self.rows_counted.saturating_sub(1);
            }
            RowKind::Activity if plan.trigger(row.measure).is_some() => {
                self.events.remove(row);
                self.rows_counted = self.rows_counted.saturating_sub(1);
            }
            RowKind::Activity => {
                if !plan.has_measure(row.measure) {
                    self.unknown_measure_rows = self.unknown_measure_rows.saturating_sub(1);
                    return;
                }
                self.events.remove(row);
                if let Some(days) = self.days.get_mut(row.measure) {
                    if let Some(totals) = days.get_mut(row.date) {
                        let exact = totals.remove(row);
                        if totals.is_empty() {
                            days.remove(row.date);
                        } else if !exact {
                            self.inexact = true;
                        }
                    }
                    for day in span_days(row) {
                        if let Some(totals) = days.get_mut(day) {
                            totals.remove_span(row);
                            if totals.is_empty() {
                                days.remove(day);
                            }
                        }
                    }
                    if days.is_empty() {
                        self.days.remove(row.measure);
                    }
                }
                self.rows_counted = self.rows_counted.saturating_sub(1);
            }
        }
    }

    /// Applies excuse rows in the log's order (a later excuse of the same
    /// measure and period replaces the reason of an earlier one).
    pub fn excuse_rows<'a>(&mut self, rows: impl IntoIterator<Item = &'a ExcuseRow>) {
        for row in rows {
            self.excused
                .insert((row.measure.clone(), row.key.clone()), row.note.clone());
        }
    }

    /// Adds a part of the log folded on its own; parts merged in the
    /// log's order give the tally of the whole. Its excuses are not
    /// applied: see [`Tally::excuse_rows`].
    ///
    /// Parts of one `source` (a file) merged one after another sum a
    /// day's whole numbers exactly as the file's rows read in order would;
    /// a day with fractions in two parts of one source may differ in the
    /// last digit, and the tally is marked inexact ([`Tally::is_exact`]).
    ///
    /// `known` is what the part was read for.
    pub fn merge_part(&mut self, part: TallyPart, source: u32, known: &KnownMeasures) {
        let days = self.take_part(part, source);
        self.merge_days(vec![days], known);
    }

    /// [`Tally::merge_part`] in two steps, for many parts: takes in the
    /// part's shifts, events and counts at once, and hands back its days,
    /// to be given to [`Tally::merge_days`] with every other part's, in
    /// the log's order, before the tally is read.
    pub fn take_part(&mut self, mut part: TallyPart, source: u32) -> PartDays {
        part.finish();
        for (date, n) in part.shifts {
            let mine = self.shifts.entry(date).or_default();
            *mine = mine.saturating_add(n);
        }
        self.events.merge(part.events);
        self.unknown_measure_rows += part.unknown_measure_rows;
        self.rows_counted += part.rows_counted;
        PartDays {
            source: source.saturating_add(1),
            sorted: part.sorted,
        }
    }

    /// Merges the days of parts taken in by [`Tally::take_part`], given in
    /// the log's order: each measure's days from every part at once,
    /// measure by measure on every core. A measure's list then stays in
    /// the cache while its runs are merged, where merging part by part
    /// visits every measure's list once a part (a thousand measures: a
    /// cache miss each, the pass's largest cost). `known` is what the
    /// parts were read for.
    pub fn merge_days(&mut self, mut parts: Vec<PartDays>, known: &KnownMeasures) {
        // Each part's days of a measure, in date order, are a run; a
        // measure's runs are kept in the parts' order.
        type Run<'p> = (u32, &'p mut [((u32, NaiveDate), DayTotals)]);
        let mut runs: Vec<Vec<Run<'_>>> = Vec::new();
        runs.resize_with(known.ids.len(), Vec::new);
        for part in &mut parts {
            let PartDays { source, sorted } = part;
            for run in sorted.chunk_by_mut(|((a, _), _), ((b, _), _)| a == b) {
                runs[run[0].0.0 as usize].push((*source, run));
            }
        }
        for (measure, runs) in known.ids.iter().zip(&runs) {
            if !runs.is_empty() && !self.days.contains_key(*measure) {
                self.days.insert((*measure).to_string(), DayList::default());
            }
        }
        let mut work: Vec<(&mut DayList<DayTotals>, Vec<Run<'_>>)> = self
            .days
            .iter_mut()
            .filter_map(|(measure, days)| {
                let runs =
                    std::mem::take(&mut runs[*known.measures.get(measure.as_str())? as usize]);
                (!runs.is_empty()).then_some((days, runs))
            })
            .collect();
        let inexact = crate::parallel::map_in_order_mut(&mut work, 16, |(days, runs)| {
            let mut inexact = false;
            let mut combine = |day: &mut DayTotals, source: u32, totals: DayTotals| {
                inexact |= day.source == source && (day.fractional || totals.fractional);
                day.merge(totals);
                day.source = source;
            };
            // Runs one after another in time (a file a year, pieces of
            // rows logged in order) are appended as they come.
            let in_time = runs.windows(2).all(|pair| {
                let last = pair[0].1.last().map(|((_, date), _)| *date);
                let first = pair[1].1.first().map(|((_, date), _)| *date);
                last < first
            });
            if in_time {
                for (source, run) in runs.iter_mut() {
                    let source = *source;
                    let run = run
                        .iter_mut()
                        .map(|((_, date), totals)| (*date, std::mem::take(totals)));
                    days.merge_in(run, |day, totals| combine(day, source, totals));
                }
                return inexact;
            }
            // Runs that interleave: their days put in date order by a
            // sort of small keys (a day once in a run, so that the run's
            // number orders the ties as the runs come), then each moved
            // once, from its part into the list.
            let mut order: Vec<(NaiveDate, u32, u32)> = runs
                .iter()
                .enumerate()
                .flat_map(|(r, (_, run))| {
                    run.iter()
                        .enumerate()
                        .map(move |(i, ((_, date), _))| (*date, r as u32, i as u32))
                })
                .collect();
            order.sort_unstable();
            let taken = order.into_iter().map(|(date, r, i)| {
                let (source, run) = &mut runs[r as usize];
                (date, *source, std::mem::take(&mut run[i as usize].1))
            });
            days.merge_sorted(taken, combine);
            inexact
        });
        self.inexact |= inexact.contains(&true);
    }

    /// Adds another tally (of another part of the log) to this one.
    pub fn merge(&mut self, other: Tally) {
        for (measure, days) in other.days {
            let mine = self.days.entry(measure).or_default();
            mine.merge_in(days, DayTotals::merge);
        }
        for (date, n) in other.shifts {
            let mine = self.shifts.entry(date).or_default();
            *mine = mine.saturating_add(n);
        }
        self.events.merge(other.events);
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
        self.days.get(measure).into_iter().flat_map(move |days| {
            days.range(range)
                .iter()
                .map(|(date, totals)| (date, totals))
        })
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
            for (target, n) in totals.targets() {
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
            .flat_map(|(_, t)| t.metrics().iter())
            .filter(|(k, _)| k == metric)
            .map(|(_, v)| v)
            .sum::<f64>()
            // An empty sum is -0.0; people should read 0.
            + 0.0
    }

    /// The trigger rows of `[[trigger]]` kind `kind`, in no set order.
    pub fn triggers_of(&self, kind: &str) -> &[TriggerRow] {
        self.events.triggers.get(kind).map_or(&[], Vec::as_slice)
    }

    /// The rows of `measure` that name the trigger they answer.
    pub fn answer_refs_of(&self, measure: &str) -> &[AnswerRef] {
        self.events
            .answer_refs
            .get(measure)
            .map_or(&[], Vec::as_slice)
    }

    /// The sum of metric `metric` of `measure` over `range`, or `None`
    /// when no row in it gives the metric a value (a baseline not yet
    /// logged).
    pub fn metric_logged(&self, measure: &str, metric: &str, range: DateRange) -> Option<f64> {
        let values: Vec<f64> = self
            .days_of(measure, range)
            .flat_map(|(_, t)| t.metrics().iter())
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

    /// Whether any period of any measure is excused.
    pub fn excuses_any(&self) -> bool {
        !self.excused.is_empty()
    }

    /// The reason a period is excused for a measure, if it is.
    pub fn excuse(&self, measure: &str, period_key: &str) -> Option<&str> {
        self.excused
            .get(&(measure.to_string(), period_key.to_ascii_uppercase()))
            .map(String::as_str)
    }
}
