//! The rules of each frequency, applied to a tally on the as-of date.

use chrono::{Datelike, Days, Duration, NaiveDate};

use super::metrics::metric_statuses;
use super::tally::{CountQuery, Tally};
use super::triggers::{self, TriggerStatus};
use super::{MeasureStatus, Rate, RateUnit, ShiftShare, State, SubQuotaStatus, YearRecord};
use crate::period::{DateRange, Period, PeriodKind, period_containing, periods_in};
use crate::plan::{Counting, DateSet, Measure, OnTrigger, Plan, Quota, Rule};

/// Evaluates one measure (one version of it, among all the `versions` of
/// its id in plan order) on `as_of`.
pub(super) fn evaluate_measure(
    plan: &Plan,
    measure: &Measure,
    versions: &[&Measure],
    tally: &Tally,
    as_of: NaiveDate,
) -> MeasureStatus {
    let mut status = MeasureStatus {
        id: measure.id.clone(),
        title: measure.title.clone(),
        state: State::NotInForce,
        done: None,
        target: None,
        expected: None,
        needed: None,
        rate: None,
        unreachable: false,
        period: None,
        due: None,
        missing: Vec::new(),
        covered: Vec::new(),
        aim: None,
        aim_reached: None,
        excuse: None,
        year: YearRecord::default(),
        shifts: None,
        triggers: None,
        of_which: Vec::new(),
        ended: None,
        metrics: metric_statuses(
            measure,
            tally,
            as_of,
            plan.agreement.period(),
            plan.history(),
        ),
        soft: measure.frequency.soft,
        focus_area: measure.focus_area.clone(),
        responsible: measure.responsible.clone(),
        nar: measure.text.nar.clone(),
    };
    let context = Context {
        plan,
        measure,
        versions,
        tally,
        as_of,
    };
    if as_of > measure.validity.end && plan.agreement.period().contains(as_of) {
        // Ended inside the agreement: its last verdict stays, it is not
        // erased. After the agreement nothing is in force.
        context.last_verdict(&mut status);
        return status;
    }
    if !measure.validity.contains(as_of) {
        return status;
    }
    match &measure.frequency.rule {
        Rule::Quota(quota) => context.quota(quota, &mut status),
        Rule::MaxGap { weeks } => context.max_gap(*weeks, &mut status),
        Rule::EveryShift { share, per } => context.every_shift(*share, *per, &mut status),
        Rule::OnTrigger(rule) => context.on_trigger(rule, &mut status),
        Rule::AsNeeded => context.as_needed(&mut status),
    }
    status
}

#[derive(Clone, Copy)]
struct Context<'a> {
    plan: &'a Plan,
    measure: &'a Measure,
    /// Every version of the measure's id, in plan order: looked up once a
    /// measure, not in the plan at every use (a plan may have a thousand).
    versions: &'a [&'a Measure],
    tally: &'a Tally,
    as_of: NaiveDate,
}

/// The outcome of a quota over one period, counted up to a day.
struct QuotaOutcome {
    done: u64,
    target: u64,
    missing: Vec<String>,
    /// How many more the sub-quotas need beyond the main count.
    sub_shortfall: u64,
    /// Each sub-quota: its target, done for it, its quota.
    subs: Vec<(String, u64, u64)>,
    /// Counting distinct targets: those covered, in the order first logged.
    covered: Vec<String>,
}

impl QuotaOutcome {
    fn met(&self) -> bool {
        self.done >= self.target && self.sub_shortfall == 0
    }
}

/// The days of `range` that count toward a quota: the days of its date
/// set, or every day without one.
fn countable_days(within: Option<&DateSet>, range: DateRange) -> u64 {
    match within {
        Some(set) => set.days_in(range) as u64,
        None => range.days() as u64,
    }
}

/// A quota's aim for a period whose target is `target`: the aim scaled as
/// the target was (an average or a clipped period), rounded up.
fn aim_for(quota: &Quota, target: u64) -> Option<u64> {
    quota.aim.map(|aim| {
        (u128::from(target) * u128::from(aim)).div_ceil(u128::from(quota.at_least.max(1))) as u64
    })
}

/// Sets the aim and whether it was reached, from the done and target set.
fn set_aim(quota: &Quota, status: &mut MeasureStatus) {
    let (Some(done), Some(target)) = (status.done, status.target) else {
        return;
    };
    status.aim = aim_for(quota, target);
    status.aim_reached = status.aim.map(|aim| done >= aim);
}

/// `at_least` for a period, prorated by its countable days when the
/// period is clipped (the agreement or a validity starts or ends inside
/// it), rounded up.
fn prorated(at_least: u64, period: &Period, within: Option<&DateSet>) -> u64 {
    let days = countable_days(within, period.range);
    let full = countable_days(within, period.full);
    if days >= full {
        at_least
    } else {
        (at_least * days).div_ceil(full).max(1)
    }
}

/// The share of `target` due after `elapsed` of `days` countable days,
/// rounded down.
fn pro_rata(target: u64, elapsed: u64, days: u64) -> u64 {
    if days == 0 {
        return target;
    }
    ((u128::from(target) * u128::from(elapsed)) / u128::from(days)) as u64
}

/// `start..=until`, or `None` when `until` is before `start`.
fn up_to(range: DateRange, until: NaiveDate) -> Option<DateRange> {
    DateRange::new(range.start, range.end.min(until))
}

/// The day a gap of `gap` after `day` ends; the last day chrono knows when
/// that lies beyond it.
fn after_gap(day: NaiveDate, gap: Duration) -> NaiveDate {
    day.checked_add_signed(gap).unwrap_or(NaiveDate::MAX)
}

/// How many ISO weeks share at least one day with `range`, counted without
/// listing them (a validity can run for years).
fn weeks_meeting(range: DateRange) -> u64 {
    let monday = |d: NaiveDate| d.num_days_from_ce() - d.weekday().num_days_from_monday() as i32;
    ((monday(range.end) - monday(range.start)) / 7 + 1) as u64
}

/// The pace it takes to do `needed` more in the days from `as_of` to `end`.
fn rate(needed: u64, as_of: NaiveDate, end: NaiveDate) -> Option<Rate> {
    let remaining = (end - as_of).num_days() + 1;
    if needed == 0 || remaining <= 0 {
        return None;
    }
    let (per, unit) = if remaining >= 14 {
        (needed as f64 * 7.0 / remaining as f64, RateUnit::Week)
    } else {
        (needed as f64 / remaining as f64, RateUnit::Day)
    };
    Some(Rate {
        per: (per * 1000.0).round() / 1000.0,
        unit,
    })
}

impl Context<'_> {
    fn window(&self) -> DateRange {
        self.measure.validity
    }

    fn excuse(&self, period: &Period) -> Option<String> {
        // Most logs excuse nothing: no period's key is then written out.
        if !self.tally.excuses_any() {
            return None;
        }
        self.tally
            .excuse(&self.measure.id, &period.key())
            .map(str::to_string)
    }

    /// The period a quota is evaluated in, and its target: `per`, or the
    /// longer `average_over` period with the quota times the `per` periods
    /// it holds.
    fn within(&self, quota: &Quota) -> Option<&DateSet> {
        quota
            .within
            .as_deref()
            .and_then(|id| self.plan.date_set(id))
    }

    /// The period a quota is judged in on `date`, and its target; `None`
    /// between periods (July for terms) and in a period that holds no day
    /// of the quota's date set, which is not judged.
    fn quota_period(&self, quota: &Quota, date: NaiveDate) -> Option<(Period, u64)> {
        let kind = quota.average_over.unwrap_or(quota.per);
        let period = period_containing(kind, date, self.window())?;
        let within = self.within(quota);
        if countable_days(within, period.range) == 0 {
            return None;
        }
        let at_least = match quota.average_over {
            Some(_) => {
                // The `per` periods whose middle lies in it: the 52 or 53
                // ISO weeks of a year (a week's middle is its Thursday),
                // not every week that touches it.
                let per_periods = periods_in(quota.per, period.full)
                    .iter()
                    .filter(|p| {
                        let middle = p.full.start + Duration::days((p.full.days() - 1) / 2);
                        period.full.contains(middle)
                    })
                    .count() as u64;
                quota.at_least.saturating_mul(per_periods)
            }
            None => quota.at_least,
        };
        Some((period, prorated(at_least, &period, within)))
    }

    fn quota_outcome(
        &self,
        quota: &Quota,
        period: &Period,
        target: u64,
        until: NaiveDate,
    ) -> QuotaOutcome {
        let within = self.within(quota);
        let Some(range) = up_to(period.range, until) else {
            return QuotaOutcome {
                done: 0,
                target,
                missing: if quota.each_target {
                    self.measure
                        .targets_for(period.range.end.min(until))
                        .map(|t| t.id.clone())
                        .collect()
                } else {
                    Vec::new()
                },
                sub_shortfall: quota.of_which.iter().map(|s| s.at_least).sum(),
                subs: quota
                    .of_which
                    .iter()
                    .map(|s| (s.target.clone(), 0, s.at_least))
                    .collect(),
                covered: Vec::new(),
            };
        };
        let count = |target: Option<&str>| {
            self.tally.count(
                &self.measure.id,
                CountQuery {
                    range,
                    within,
                    target,
                    counting: quota.counting,
                    days_per_week: quota.days_per_week,
                },
            )
        };
        if quota.each_target {
            let mut missing = Vec::new();
            let mut reached = 0;
            // Targets chosen during the agreement count from the day they
            // were added, in the period that holds it and every later one.
            let targets: Vec<_> = self.measure.targets_for(range.end).collect();
            for t in &targets {
                if count(Some(&t.id)) >= target {
                    reached += 1;
                } else {
                    missing.push(t.id.clone());
                }
            }
            return QuotaOutcome {
                done: reached,
                target: targets.len() as u64,
                missing,
                sub_shortfall: 0,
                subs: Vec::new(),
                covered: Vec::new(),
            };
        }
        let mut missing = Vec::new();
        let mut sub_shortfall = 0;
        let mut subs = Vec::new();
        for sub in &quota.of_which {
            let got = count(Some(&sub.target));
            if got < sub.at_least {
                missing.push(sub.target.clone());
                sub_shortfall = sub_shortfall.max(sub.at_least - got);
            }
            subs.push((sub.target.clone(), got, sub.at_least));
        }
        if quota.counting == Counting::Targets {
            let covered = self.tally.targets_covered(
                &self.measure.id,
                CountQuery {
                    range,
                    within,
                    target: None,
                    counting: Counting::Targets,
                    days_per_week: 1,
                },
            );
            // A listed set says which of its targets are still uncovered.
            missing.extend(
                self.measure
                    .targets
                    .iter()
                    .filter(|t| !covered.contains(&t.id))
                    .map(|t| t.id.clone()),
            );
            return QuotaOutcome {
                done: covered.len() as u64,
                target,
                missing,
                sub_shortfall,
                subs,
                covered,
            };
        }
        QuotaOutcome {
            done: count(None),
            target,
            missing,
            sub_shortfall,
            subs,
            covered: Vec::new(),
        }
    }

    /// Whether this version's own period `period` (ended by `until`) was
    /// met; `None` where it cannot be judged (no shifts were worked).
    fn period_met(&self, period: &Period) -> Option<bool> {
        match &self.measure.frequency.rule {
            Rule::Quota(quota) => {
                let (period, target) = self.quota_period(quota, period.range.start)?;
                Some(
                    self.quota_outcome(quota, &period, target, period.range.end)
                        .met(),
                )
            }
            Rule::EveryShift { share, .. } => {
                let (shifts, done, target) =
                    self.shift_outcome(*share, period, period.range.end)?;
                (shifts > 0).then_some(done >= target)
            }
            Rule::OnTrigger(rule) => {
                let status = self.trigger_status(rule, period.range, period.range.end);
                (status.total > 0).then_some(status.all_answered())
            }
            Rule::MaxGap { .. } | Rule::AsNeeded => None,
        }
    }

    /// Whether this version's own period reached the quota's aim; `None`
    /// without an aim or where the period is not judged.
    fn period_aim_reached(&self, period: &Period) -> Option<bool> {
        let Rule::Quota(quota) = &self.measure.frequency.rule else {
            return None;
        };
        let (period, target) = self.quota_period(quota, period.range.start)?;
        let aim = aim_for(quota, target)?;
        Some(
            self.quota_outcome(quota, &period, target, period.range.end)
                .done
                >= aim,
        )
    }

    /// The days in `range` on which a target of a coverage quota reached
    /// its quota, counted from the start of its own period: one entry per
    /// target and period.
    fn reached_days(&self, quota: &Quota, range: DateRange) -> Vec<(NaiveDate, u64)> {
        let kind = quota.average_over.unwrap_or(quota.per);
        let periods = match kind {
            PeriodKind::Validity => vec![self.window()],
            _ => periods_in(kind, range).iter().map(|p| p.range).collect(),
        };
        let within = self.within(quota);
        let mut out = Vec::new();
        for own in periods {
            let Some((period, target)) = self.quota_period(quota, own.start.max(range.start))
            else {
                continue;
            };
            let Some(counted) = up_to(period.range, range.end) else {
                continue;
            };
            for t in self.measure.targets_for(counted.end) {
                let mut so_far = 0u64;
                let mut weeks: Vec<((i32, u32), u32)> = Vec::new();
                for (day, totals) in self.tally.days_of(&self.measure.id, counted) {
                    let n = totals.count_for(Some(&t.id));
                    let active = match quota.counting {
                        Counting::Occasions => n > 0,
                        _ => totals.is_active_for(Some(&t.id)),
                    };
                    if !active || within.is_some_and(|set| !set.contains(*day)) {
                        continue;
                    }
                    so_far += match quota.counting {
                        Counting::Occasions => n,
                        // Distinct targets do not go with each_target:
                        // one target is one.
                        Counting::Days | Counting::Targets => 1,
                        Counting::Weeks => {
                            let week = (day.iso_week().year(), day.iso_week().week());
                            let days = match weeks.iter_mut().find(|(w, _)| *w == week) {
                                Some((_, n)) => {
                                    *n += 1;
                                    *n
                                }
                                None => {
                                    weeks.push((week, 1));
                                    1
                                }
                            };
                            u64::from(days == quota.days_per_week)
                        }
                    };
                    if so_far >= target {
                        if range.contains(*day) {
                            out.push((*day, 1));
                        }
                        break;
                    }
                }
            }
        }
        out
    }

    /// Shifts worked, done and the target in `period` up to `until`.
    fn shift_outcome(
        &self,
        share: f64,
        period: &Period,
        until: NaiveDate,
    ) -> Option<(u64, u64, u64)> {
        let range = up_to(period.range, until)?;
        let shifts = self.tally.shifts_in(range);
        let done = self
            .tally
            .count(&self.measure.id, CountQuery::occasions(range));
        Some((shifts, done, shift_target(share, shifts)))
    }

    /// Days in the period from the as-of date on that can still add to the
    /// count, when the count is bounded by days (a date set, distinct days
    /// or weeks); `None` when any number can still be logged.
    ///
    /// The as-of day (or, counting weeks, its week) is still available only
    /// when nothing is logged on it yet: a second row on a day already
    /// counted adds nothing to distinct days or date-set days.
    fn occasions_left(&self, quota: &Quota, period: &Period) -> Option<u64> {
        let Some(rest) = DateRange::new(self.as_of, period.range.end) else {
            return Some(0);
        };
        let within = self.within(quota);
        let active_since = |start: NaiveDate| {
            DateRange::new(start.max(period.range.start), self.as_of).is_some_and(|range| {
                self.tally.count(
                    &self.measure.id,
                    CountQuery {
                        range,
                        within,
                        target: None,
                        counting: Counting::Occasions,
                        days_per_week: 1,
                    },
                ) > 0
            })
        };
        if quota.counting == Counting::Targets {
            // Any new target can still be logged on any day left; only a
            // listed set runs out, of the targets not yet covered.
            if self.measure.takes_any_target() {
                return None;
            }
            let covered = DateRange::new(period.range.start, self.as_of).map_or(0, |range| {
                self.tally
                    .targets_covered(
                        &self.measure.id,
                        CountQuery {
                            range,
                            within,
                            target: None,
                            counting: Counting::Targets,
                            days_per_week: 1,
                        },
                    )
                    .iter()
                    .filter(|t| self.measure.target(t).is_some())
                    .count()
            });
            return Some((self.measure.targets.len() - covered) as u64);
        }
        let (left, today_taken) = match (within, quota.counting) {
            (_, Counting::Weeks) if quota.days_per_week > 1 => {
                // A week still counts if its days active so far and its
                // countable days to come reach days_per_week.
                let needed_days = u64::from(quota.days_per_week);
                let monday = self.as_of
                    - Duration::days(i64::from(self.as_of.weekday().num_days_from_monday()));
                let active = |range: Option<DateRange>| {
                    range.map_or(0, |range| {
                        self.tally.count(
                            &self.measure.id,
                            CountQuery {
                                range,
                                within,
                                target: None,
                                counting: Counting::Days,
                                days_per_week: 1,
                            },
                        )
                    })
                };
                let this_week = active(DateRange::new(monday.max(period.range.start), self.as_of));
                let today = active(DateRange::new(self.as_of, self.as_of));
                let weeks = periods_in(PeriodKind::Week, rest)
                    .iter()
                    .filter(|w| {
                        let (so_far, today) = if w.range.contains(self.as_of) {
                            (this_week, today)
                        } else {
                            (0, 0)
                        };
                        so_far < needed_days
                            && so_far + countable_days(within, w.range) - today >= needed_days
                    })
                    .count() as u64;
                (weeks, false)
            }
            (_, Counting::Weeks) => {
                let monday = self.as_of
                    - Duration::days(i64::from(self.as_of.weekday().num_days_from_monday()));
                let weeks = match within {
                    // Weeks that still hold a day of the set.
                    Some(set) => periods_in(PeriodKind::Week, rest)
                        .iter()
                        .filter(|w| set.days_in(w.range) > 0)
                        .count() as u64,
                    None => weeks_meeting(rest),
                };
                (weeks, active_since(monday))
            }
            (Some(_), _) | (None, Counting::Days) => (
                countable_days(within, rest),
                countable_days(within, DateRange::new(self.as_of, self.as_of)?) > 0
                    && active_since(self.as_of),
            ),
            (None, Counting::Occasions | Counting::Targets) => return None,
        };
        Some(left.saturating_sub(u64::from(today_taken)))
    }

    fn quota(&self, quota: &Quota, status: &mut MeasureStatus) {
        status.year = self.year_so_far();
        let Some((period, target)) = self.quota_period(quota, self.as_of) else {
            // Between periods (July for terms), or in a period without a
            // day of the date set: show the last one that was judged.
            self.quota_last_ended(quota, status);
            return;
        };
        let outcome = self.quota_outcome(quota, &period, target, self.as_of);
        // The pace runs over the days that count: the date set's days when
        // there is one, else every day of the period.
        let within = self.within(quota);
        let days = countable_days(within, period.range);
        let elapsed = up_to(period.range, self.as_of).map_or(0, |r| countable_days(within, r));
        let expected = pro_rata(outcome.target, elapsed, days);
        let needed = outcome
            .target
            .saturating_sub(outcome.done)
            .max(outcome.sub_shortfall);
        status.of_which = outcome
            .subs
            .iter()
            .map(|(target, done, at_least)| SubQuotaStatus {
                target: target.clone(),
                done: *done,
                at_least: *at_least,
                expected: pro_rata(*at_least, elapsed, days),
                needed: at_least.saturating_sub(*done),
            })
            .collect();
        let subs_on_pace = status.of_which.iter().all(|s| s.done >= s.expected);
        status.excuse = self.excuse(&period);
        status.state = if status.excuse.is_some() {
            State::Excused
        } else if outcome.met() {
            State::Met
        } else if outcome.done >= expected && subs_on_pace {
            State::OnTrack
        } else {
            State::Behind
        };
        status.done = Some(outcome.done);
        status.target = Some(outcome.target);
        status.expected = Some(expected);
        status.needed = Some(needed);
        if needed > 0 {
            let left = self.occasions_left(quota, &period);
            status.rate = match (within, left) {
                // The pace per day of the date set still to come.
                (Some(_), Some(left)) if left > 0 && quota.counting != Counting::Targets => {
                    Some(Rate {
                        per: (needed as f64 / left as f64 * 1000.0).round() / 1000.0,
                        unit: RateUnit::SetDay,
                    })
                }
                (Some(_), _) => None,
                (None, _) => rate(needed, self.as_of, period.range.end),
            };
            status.unreachable = left.is_some_and(|left| left < needed);
        }
        status.missing = outcome.missing;
        status.covered = outcome.covered;
        set_aim(quota, status);
        status.period = Some(period.to_ref());
    }

    /// The record of the as-of date's year: its periods that ended before
    /// the as-of date, each judged by the version in force in it.
    fn year_so_far(&self) -> YearRecord {
        let year = period_containing(PeriodKind::Year, self.as_of, self.plan.agreement.period());
        match (year, self.as_of.pred_opt()) {
            (Some(year), Some(eve)) => {
                record_in(self.plan, self.tally, self.versions, year.range, eve)
            }
            _ => YearRecord::default(),
        }
    }

    /// Sets the verdict of the last period judged that ended before the
    /// as-of date.
    fn quota_last_ended(&self, quota: &Quota, status: &mut MeasureStatus) {
        let kind = quota.average_over.unwrap_or(quota.per);
        // The last period judged lies within two years before the as-of
        // date (no calendar period is longer than a year, and a date set
        // with no day for longer is warned of by `check`); looking no
        // further keeps the list short in a plan of many years.
        let since = self
            .as_of
            .checked_sub_days(Days::new(2 * 366))
            .unwrap_or(NaiveDate::MIN);
        let recent = DateRange::new(since, self.as_of).and_then(|r| r.intersect(&self.window()));
        let last = recent
            .map_or_else(Vec::new, |r| periods_in(kind, r))
            .into_iter()
            .rev()
            .filter(|p| p.range.end < self.as_of)
            .find_map(|p| self.quota_period(quota, p.range.start));
        let Some((period, target)) = last else {
            status.state = State::NotInForce;
            return;
        };
        let outcome = self.quota_outcome(quota, &period, target, period.range.end);
        status.excuse = self.excuse(&period);
        status.state = if status.excuse.is_some() {
            State::Excused
        } else if outcome.met() {
            State::Met
        } else {
            State::Missed
        };
        status.done = Some(outcome.done);
        status.target = Some(outcome.target);
        status.missing = outcome.missing;
        status.covered = outcome.covered;
        set_aim(quota, status);
        status.of_which = outcome
            .subs
            .iter()
            .map(|(target, done, at_least)| SubQuotaStatus {
                target: target.clone(),
                done: *done,
                at_least: *at_least,
                expected: *at_least,
                needed: at_least.saturating_sub(*done),
            })
            .collect();
        status.period = Some(period.to_ref());
    }

    /// The verdict of a measure whose validity ended before the as-of
    /// date: its last period, judged over the whole of it, with the day it
    /// ended. A rule without periods of its own shows its count.
    fn last_verdict(&self, status: &mut MeasureStatus) {
        let end = self.window().end;
        status.ended = Some(end);
        let last_day = Context {
            as_of: end,
            ..*self
        };
        match &self.measure.frequency.rule {
            Rule::Quota(quota) => last_day.quota_last_ended_through(quota, status),
            Rule::EveryShift { share, per } => {
                last_day.every_shift(*share, *per, status);
                status.state = match status.state {
                    State::Behind => State::Missed,
                    state => state,
                };
            }
            Rule::OnTrigger(rule) => last_day.on_trigger(rule, status),
            Rule::MaxGap { weeks } => last_day.max_gap(*weeks, status),
            Rule::AsNeeded => last_day.as_needed(status),
        }
        if matches!(status.state, State::Behind | State::OnTrack) {
            status.state = State::Missed;
        }
        status.year = self.year_so_far();
        status.expected = None;
        status.needed = None;
        status.rate = None;
        status.unreachable = false;
        status.due = None;
    }

    /// As [`Context::quota_last_ended`], with the as-of day itself ended.
    fn quota_last_ended_through(&self, quota: &Quota, status: &mut MeasureStatus) {
        let after = Context {
            as_of: self.as_of.succ_opt().unwrap_or(self.as_of),
            ..*self
        };
        after.quota_last_ended(quota, status);
    }

    fn max_gap(&self, weeks: u32, status: &mut MeasureStatus) {
        let gap = Duration::days(7 * i64::from(weeks));
        let history = history_window(self.plan, self.versions);
        let Some(so_far) = up_to(history, self.as_of) else {
            return;
        };
        let last = self.tally.last_activity(&self.measure.id, so_far);
        let due = self.due_after(last.unwrap_or(self.window().start), gap);
        status.due = Some(due);
        status.excuse = self.excuse_on(self.as_of);
        status.state = if status.excuse.is_some() {
            State::Excused
        } else if self.as_of < due {
            State::Met
        } else {
            State::Behind
        };
        if status.state == State::Behind {
            status.needed = Some(1);
        }
        if let Some(year) = self.this_year(status) {
            status.year = self.gap_record(gap, year.range, self.as_of);
        }
    }

    /// The reason `day` is excused for this measure: an excuse of any
    /// calendar period holding it (a month with the youth centre closed, a
    /// term, a year).
    fn excuse_on(&self, day: NaiveDate) -> Option<String> {
        PeriodKind::CALENDAR
            .iter()
            .filter_map(|kind| crate::period::calendar_period(*kind, day))
            .find_map(|p| self.excuse(&p))
    }

    /// The day the next visit is due after one on `last`: the day on
    /// which `gap` days that are not excused have passed. Every excused
    /// stretch on the way pushes it on, however long, and it never falls
    /// on an excused day.
    fn due_after(&self, last: NaiveDate, gap: Duration) -> NaiveDate {
        let mut left = gap.num_days();
        let mut day = last;
        // An excuse covers at most a year at a time; a gap that meets only
        // excused days for longer than the whole history is never due.
        let give_up = history_window(self.plan, self.versions)
            .end
            .checked_add_days(Days::new(u64::try_from(left).unwrap_or(0) + 1))
            .unwrap_or(NaiveDate::MAX);
        while left > 0 {
            let Some(next) = day.succ_opt() else {
                return NaiveDate::MAX;
            };
            day = next;
            if day > give_up {
                return after_gap(last, gap).max(day);
            }
            if self.excuse_on(day).is_none() {
                left -= 1;
            }
        }
        day
    }

    /// A max-gap rule's record in `span` up to `through`: each interval
    /// between consecutive activities that closed in the span is one
    /// period, met when the next activity came on or before its due day
    /// (excused days push the due day on); an overdue open interval counts
    /// as one missed. Visits under earlier versions of the measure count.
    fn gap_record(&self, gap: Duration, span: DateRange, through: NaiveDate) -> YearRecord {
        let history = history_window(self.plan, self.versions);
        let mut record = YearRecord::default();
        let before_span = span
            .start
            .pred_opt()
            .and_then(|eve| DateRange::new(history.start, eve));
        let mut previous = before_span
            .and_then(|r| self.tally.last_activity(&self.measure.id, r))
            .unwrap_or(self.window().start);
        let Some(in_span) = up_to(span, through) else {
            return record;
        };
        for (day, _) in self
            .tally
            .days_of(&self.measure.id, in_span)
            .filter(|(_, t)| t.count > 0)
        {
            if *day <= previous {
                continue;
            }
            record.periods_ended += 1;
            if *day <= self.due_after(previous, gap) {
                record.periods_met += 1;
            }
            previous = *day;
        }
        if through > self.due_after(previous, gap) {
            record.periods_ended += 1;
        }
        record
    }

    fn every_shift(&self, share: f64, per: PeriodKind, status: &mut MeasureStatus) {
        let window = self.window();
        let Some(period) = period_containing(per, self.as_of, window) else {
            // Between periods (July for terms): nothing to judge today.
            status.state = State::NoTarget;
            status.year = self.year_so_far();
            return;
        };
        let (shifts, done, target) = self
            .shift_outcome(share, &period, self.as_of)
            .unwrap_or((0, 0, 0));
        status.excuse = self.excuse(&period);
        status.state = if status.excuse.is_some() {
            State::Excused
        } else if shifts == 0 {
            State::NoTarget
        } else if done >= target {
            State::Met
        } else {
            State::Behind
        };
        status.done = Some(done);
        status.target = Some(target);
        status.expected = Some(target);
        status.needed = Some(target.saturating_sub(done));
        status.shifts = Some(ShiftShare {
            shifts,
            share: (shifts > 0).then(|| done as f64 / shifts as f64),
            wanted: share,
        });
        status.period = Some(period.to_ref());
        status.year = self.year_so_far();
    }

    /// The triggers of `rule` due in `range`, seen on `through`.
    fn trigger_status(
        &self,
        rule: &OnTrigger,
        range: DateRange,
        through: NaiveDate,
    ) -> TriggerStatus {
        let history = history_window(self.plan, self.versions);
        let matched = triggers::matched(self.tally, &self.measure.id, rule, history, through);
        triggers::status_in(&rule.trigger, &matched, range, through)
    }

    /// A triggered promise: the triggers due in the period holding the
    /// as-of date. Behind once one is overdue or was answered late; met
    /// while every one due so far is answered; on track while some are
    /// open but not yet due.
    fn on_trigger(&self, rule: &OnTrigger, status: &mut MeasureStatus) {
        let Some(period) = period_containing(rule.per, self.as_of, self.window()) else {
            status.state = State::NoTarget;
            status.year = self.year_so_far();
            return;
        };
        let history = history_window(self.plan, self.versions);
        let matched = triggers::matched(self.tally, &self.measure.id, rule, history, self.as_of);
        let found = triggers::status_in(&rule.trigger, &matched, period.range, self.as_of);
        status.excuse = self.excuse(&period);
        status.state = if status.excuse.is_some() {
            State::Excused
        } else if found.total == 0 {
            State::NoTarget
        } else if found.late + found.overdue > 0 {
            State::Behind
        } else if found.open == 0 {
            State::Met
        } else {
            State::OnTrack
        };
        status.done = Some(found.answered);
        status.target = Some(found.total);
        status.expected = Some(found.total - found.open);
        status.needed = Some(found.open + found.overdue);
        status.due = triggers::next_due(&matched, period.range.start);
        status.triggers = Some(found);
        status.period = Some(period.to_ref());
        status.year = self.year_so_far();
    }

    fn as_needed(&self, status: &mut MeasureStatus) {
        status.state = State::NoTarget;
        self.this_year(status);
    }

    /// Sets the period to the year holding the as-of date and `done` to
    /// what was done in it so far: the frame of rules without a period of
    /// their own. Returns the year.
    fn this_year(&self, status: &mut MeasureStatus) -> Option<Period> {
        let history = history_window(self.plan, self.versions);
        let year = period_containing(PeriodKind::Year, self.as_of, history)?;
        status.done = up_to(year.range, self.as_of).map(|range| {
            self.tally
                .count(&self.measure.id, CountQuery::occasions(range))
        });
        status.period = Some(year.to_ref());
        Some(year)
    }
}

/// What the measure with these `versions` did in `range`, in its own unit, as contributions
/// per day that add up to the unit's count: occasions (the counts), one
/// per distinct day, one per day of its date set, one per week (on the
/// week's first active day in the range), or, for a coverage quota, one
/// per target on the day it reached its quota in its own period. Each day
/// goes by the version of the measure in force on it. The grid's cells and
/// totals are these, so they never contradict `status`.
pub(super) fn done_by_day(
    plan: &Plan,
    tally: &Tally,
    versions: &[&Measure],
    range: DateRange,
) -> Vec<(NaiveDate, u64)> {
    let mut out = Vec::new();
    let mut weeks_seen: Vec<((i32, u32), u32)> = Vec::new();
    let mut targets_seen: Vec<(String, String)> = Vec::new();
    for &version in versions {
        let id = version.id.as_str();
        let Some(part) = range.intersect(&version.validity) else {
            continue;
        };
        let context = Context {
            plan,
            measure: version,
            versions,
            tally,
            as_of: range.end,
        };
        if let Rule::OnTrigger(rule) = &version.frequency.rule {
            // A trigger answered in time counts on its due day: the
            // period that judges it is the one it is due in. One due
            // after the range's last day, in that day's period, is counted
            // on that day, as status counts it.
            let history = history_window(plan, versions);
            let matched = triggers::matched(tally, id, rule, history, range.end);
            let last = period_containing(rule.per, part.end, history);
            for t in matched
                .iter()
                .filter(|t| t.answered.is_some_and(|a| a <= t.due))
            {
                if part.contains(t.due) {
                    out.push((t.due, 1));
                } else if t.due > part.end && last.as_ref().is_some_and(|p| p.range.contains(t.due))
                {
                    out.push((part.end, 1));
                }
            }
            continue;
        }
        let quota = match &version.frequency.rule {
            Rule::Quota(q) => Some(q),
            _ => None,
        };
        if let Some(q) = quota.filter(|q| q.each_target) {
            out.extend(context.reached_days(q, part));
            continue;
        }
        let within = quota.and_then(|q| context.within(q));
        let counting = quota.map_or(Counting::Occasions, |q| q.counting);
        for (day, totals) in tally.days_of(id, part) {
            if !totals.is_active_for(None) || within.is_some_and(|set| !set.contains(*day)) {
                continue;
            }
            let n = match counting {
                Counting::Occasions if totals.count == 0 => continue,
                Counting::Occasions => totals.count,
                Counting::Days => 1,
                Counting::Targets => {
                    // A target counts on the day it is first covered in
                    // the measure's own period.
                    let kind = quota.map_or(PeriodKind::Year, |q| q.average_over.unwrap_or(q.per));
                    let own = match kind {
                        PeriodKind::Validity => version.validity.start.to_string(),
                        _ => period_containing(kind, *day, version.validity)
                            .map_or_else(String::new, |p| p.key()),
                    };
                    let mut new = 0;
                    for (target, count) in totals.targets() {
                        let key = (own.clone(), target.clone());
                        if *count > 0 && !targets_seen.contains(&key) {
                            targets_seen.push(key);
                            new += 1;
                        }
                    }
                    if new == 0 {
                        continue;
                    }
                    new
                }
                Counting::Weeks => {
                    // A week counts on the day it has its days_per_week-th
                    // day of activity (its first with the default 1).
                    let week = (day.iso_week().year(), day.iso_week().week());
                    let needed = quota.map_or(1, |q| q.days_per_week);
                    let days = match weeks_seen.iter_mut().find(|(w, _)| *w == week) {
                        Some((_, n)) => {
                            *n += 1;
                            *n
                        }
                        None => {
                            weeks_seen.push((week, 1));
                            1
                        }
                    };
                    if days != needed {
                        continue;
                    }
                    1
                }
            };
            out.push((*day, n));
        }
    }
    out.sort_by_key(|(day, _)| *day);
    out
}

/// The shifts an every-shift measure must be done in: `share` of the
/// shifts worked, rounded up (3 of 5 shifts at a half), met at done ≥
/// share × shifts. A hair below a whole number (0.1 × 30 in binary
/// floating point) counts as that number.
fn shift_target(share: f64, shifts: u64) -> u64 {
    let exact = share * shifts as f64;
    (exact - 1e-9).ceil().max(0.0) as u64
}

/// The days any of a measure's `versions` is in force: from the first
/// version's start to the last one's end. Visits, counts and gaps run
/// across a yearly adjustment of the plan.
fn history_window(plan: &Plan, versions: &[&Measure]) -> DateRange {
    versions
        .iter()
        .map(|m| m.validity)
        .reduce(|a, b| DateRange {
            start: a.start.min(b.start),
            end: a.end.max(b.end),
        })
        .unwrap_or_else(|| plan.agreement.period())
}

/// The day that places a period in a span: an ISO week belongs to its ISO
/// week-year (the span holding its Thursday), any other period to the
/// span in which it ends. A week whose Thursday lies outside `history`
/// (clipped by the agreement) goes by its last day.
fn placing_day(period: &Period, history: DateRange) -> NaiveDate {
    if period.kind == PeriodKind::Week {
        let thursday = period.full.start + Duration::days(3);
        if history.contains(thursday) {
            return thursday;
        }
    }
    period.range.end
}

/// The record in `span` of the measure with these `versions`: each of its
/// own periods placed in
/// the span (see [`placing_day`]) that ended on or before `through`,
/// judged over the whole period by the version of the measure in force in
/// it; excused periods counted apart, periods that cannot be judged (no
/// shifts worked, no day of the date set) left out. For a max-gap rule,
/// the intervals between visits. The one place a record is computed, for
/// `status`, the grid, the export and the report.
pub(super) fn record_in(
    plan: &Plan,
    tally: &Tally,
    versions: &[&Measure],
    span: DateRange,
    through: NaiveDate,
) -> YearRecord {
    let mut record = YearRecord::default();
    let Some(latest) = super::version_among(versions, through.min(span.end)) else {
        return record;
    };
    record.unit = latest.frequency.rule.own_period();
    // A year on either side finds every period that begins in the span
    // whole, not cut by the span's edges.
    let year = Days::new(400);
    let scan = DateRange {
        start: span.start.checked_sub_days(year).unwrap_or(NaiveDate::MIN),
        end: span.end.checked_add_days(year).unwrap_or(NaiveDate::MAX),
    };
    let history = history_window(plan, versions);
    for &version in versions {
        let context = Context {
            plan,
            measure: version,
            versions,
            tally,
            as_of: through,
        };
        if let Rule::MaxGap { weeks } = version.frequency.rule {
            if version.validity.contains(through.min(span.end)) {
                let gap = Duration::days(7 * i64::from(weeks));
                return context.gap_record(gap, span, through.min(span.end));
            }
            continue;
        }
        let Some(kind) = version.frequency.rule.own_period() else {
            continue;
        };
        let periods = match kind {
            PeriodKind::Validity => vec![Period {
                kind,
                range: version.validity,
                full: version.validity,
            }],
            _ => scan
                .intersect(&version.validity)
                .map_or_else(Vec::new, |window| periods_in(kind, window)),
        };
        for period in periods
            .iter()
            .filter(|p| span.contains(placing_day(p, history)) && p.range.end <= through)
        {
            if context.excuse(period).is_some() {
                record.periods_excused += 1;
                continue;
            }
            if let Some(reached) = context.period_aim_reached(period) {
                *record.periods_aim_reached.get_or_insert(0) += u32::from(reached);
            }
            match context.period_met(period) {
                Some(true) => {
                    record.periods_met += 1;
                    record.periods_ended += 1;
                }
                Some(false) => record.periods_ended += 1,
                None => {}
            }
        }
    }
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_of_shifts_is_met_at_share_times_shifts() {
        // 0.1 × 30 is 3.0000000000000004 in binary floating point.
        assert_eq!(shift_target(0.1, 30), 3);
        assert_eq!(shift_target(0.5, 5), 3);
        assert_eq!(shift_target(1.0, 2), 2);
        assert_eq!(shift_target(0.5, 0), 0);
    }

    #[test]
    fn expected_is_the_share_of_countable_days_rounded_down() {
        assert_eq!(pro_rata(12, 0, 12), 0);
        assert_eq!(pro_rata(12, 8, 12), 8);
        assert_eq!(pro_rata(24, 274, 365), 18);
        assert_eq!(pro_rata(10, 274, 365), 7);
        assert_eq!(pro_rata(u64::MAX, 2, 2), u64::MAX);
    }

    #[test]
    fn weeks_meeting_counts_as_listing_them_does() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for (a, b) in [
            ("2021-01-01", "2021-01-01"),
            ("2021-01-03", "2021-01-04"),
            ("2021-01-04", "2021-01-10"),
            ("2020-12-28", "2021-12-31"),
            ("2019-01-01", "2023-12-31"),
        ] {
            let range = DateRange::new(d(a), d(b)).unwrap();
            let listed = periods_in(PeriodKind::Week, range).len() as u64;
            assert_eq!(weeks_meeting(range), listed, "{a} – {b}");
        }
    }
}
