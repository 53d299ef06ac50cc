//! Triggered promises: each trigger of a kind (a request for a safety
//! walk, a finding of one) answered in time.
//!
//! A trigger is due `within_days` days after its day, or without them on
//! the last day of the promise's period (`per`) it falls in. Answers are
//! the measure's rows. A row naming its trigger (`answers`) answers that
//! one, in time or late. The other rows answer, one per count, the open
//! triggers they can answer in time (trigger day ≤ answer day ≤ due),
//! the one due first taken first: the matching that answers the most
//! triggers in time. Each period judges the triggers due in it.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::tally::Tally;
use crate::period::{DateRange, period_containing};
use crate::plan::OnTrigger;

/// One trigger, matched with its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Trigger {
    /// The trigger row's id.
    pub id: String,
    /// The day it happened.
    pub date: NaiveDate,
    /// The last day it may be answered in time.
    pub due: NaiveDate,
    /// The day it was answered, if it was.
    pub answered: Option<NaiveDate>,
}

/// The triggers due in a period, by what became of them: the JSON
/// `triggers` of a triggered promise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriggerStatus {
    /// The trigger kind's id.
    pub kind: String,
    /// Triggers due in the period that happened by the as-of date.
    pub total: u64,
    /// Answered by their due day.
    pub answered: u64,
    /// Answered after it (by a row naming them).
    pub late: u64,
    /// Not answered, due day not yet passed.
    pub open: u64,
    /// Not answered, due day passed.
    pub overdue: u64,
    /// answered ÷ (answered + late + overdue): the share of the triggers
    /// already due or answered that were answered in time; `null` when
    /// there are none.
    pub share: Option<f64>,
}

impl TriggerStatus {
    /// Whether every trigger due in the period was answered in time.
    pub fn all_answered(&self) -> bool {
        self.answered == self.total
    }
}

/// The triggers of `rule` for measure `id` in `history` that happened by
/// `through`, each matched with its answer by `through`.
pub(super) fn matched(
    tally: &Tally,
    id: &str,
    rule: &OnTrigger,
    history: DateRange,
    through: NaiveDate,
) -> Vec<Trigger> {
    let Some(seen) = DateRange::new(history.start, through.min(history.end)) else {
        return Vec::new();
    };
    let mut triggers: Vec<Trigger> = Vec::new();
    let mut rows: Vec<_> = tally
        .triggers_of(&rule.trigger)
        .iter()
        .filter(|t| seen.contains(t.date))
        .collect();
    rows.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    for row in rows {
        let due = due_day(rule, row.date, history);
        for _ in 0..row.count.min(10_000) {
            triggers.push(Trigger {
                id: row.id.clone(),
                date: row.date,
                due,
                answered: None,
            });
        }
    }
    // Answers naming their trigger first: in time or late.
    let mut named: Vec<_> = tally
        .answer_refs_of(id)
        .iter()
        .filter(|a| a.date <= through)
        .collect();
    named.sort_by_key(|a| a.date);
    // The counts that found their trigger, per day; a row naming no
    // trigger of the kind (a mistyped id) answers as any other row.
    let mut used: Vec<(NaiveDate, u64)> = Vec::new();
    for answer in &named {
        let open = triggers
            .iter_mut()
            .filter(|t| t.id == answer.trigger && t.answered.is_none() && t.date <= answer.date)
            .take(usize::try_from(answer.count).unwrap_or(usize::MAX));
        for trigger in open {
            trigger.answered = Some(answer.date);
            used.push((answer.date, 1));
        }
    }
    // Then the rest, day by day, to the open trigger due first.
    for (day, totals) in tally.days_of(id, seen) {
        let named_here: u64 = used
            .iter()
            .filter(|(date, _)| date == day)
            .map(|(_, n)| n)
            .sum();
        let mut left = totals.count.saturating_sub(named_here);
        while left > 0 {
            let next = triggers
                .iter_mut()
                .filter(|t| t.answered.is_none() && t.date <= *day && *day <= t.due)
                .min_by_key(|t| (t.due, t.date));
            let Some(trigger) = next else {
                break;
            };
            trigger.answered = Some(*day);
            left -= 1;
        }
    }
    triggers
}

/// The last day a trigger on `date` may be answered in time, clipped to
/// the last day of `history` (the measure's validity): a finding in the
/// agreement's last weeks is due by its end, and judged.
pub fn due_day(rule: &OnTrigger, date: NaiveDate, history: DateRange) -> NaiveDate {
    let due = match rule.within_days {
        Some(days) => date
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(NaiveDate::MAX),
        None => period_containing(rule.per, date, history).map_or(date, |p| p.range.end),
    };
    due.min(history.end)
}

/// What became of the triggers due in `range`, seen on `as_of`.
pub(super) fn status_in(
    kind: &str,
    triggers: &[Trigger],
    range: DateRange,
    as_of: NaiveDate,
) -> TriggerStatus {
    let mut status = TriggerStatus {
        kind: kind.to_string(),
        total: 0,
        answered: 0,
        late: 0,
        open: 0,
        overdue: 0,
        share: None,
    };
    for t in triggers
        .iter()
        .filter(|t| range.contains(t.due) && t.date <= as_of)
    {
        status.total += 1;
        match t.answered {
            Some(day) if day <= t.due => status.answered += 1,
            Some(_) => status.late += 1,
            None if t.due < as_of => status.overdue += 1,
            None => status.open += 1,
        }
    }
    let judged = status.answered + status.late + status.overdue;
    status.share = (judged > 0).then(|| status.answered as f64 / judged as f64);
    status
}

/// The day the first unanswered trigger due on or after `from` (the
/// period's first day) is due: what the period still has to answer. One
/// due earlier belonged to an earlier period's verdict.
pub(super) fn next_due(triggers: &[Trigger], from: NaiveDate) -> Option<NaiveDate> {
    triggers
        .iter()
        .filter(|t| t.answered.is_none() && t.due >= from)
        .map(|t| t.due)
        .min()
}
