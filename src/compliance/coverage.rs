//! Periods a date set leaves empty: a measure counted `within` a date set
//! is not judged in a period that holds no day of the set, so a set that
//! lacks a year's dates makes that year's promise impossible to judge.
//! `loften check` warns of each such period, and of each year of the
//! agreement in which a date set's named day that only the municipality
//! can date (`skolavslutning`) has no confirmed date.

use crate::period::{PeriodKind, periods_in};
use chrono::Datelike;

use crate::i18n::Text;
use crate::plan::days::DayRule;
use crate::plan::{Plan, Rule};
use crate::text;

/// At most this many periods are named in one warning; the rest are
/// counted.
const NAMED: usize = 6;

/// One warning per measure version whose date set has no day in some of
/// the periods it is judged in (within the agreement), naming them.
pub fn date_set_gaps(plan: &Plan) -> Vec<Text> {
    let agreement = plan.agreement.period();
    let mut warnings = Vec::new();
    for measure in &plan.measures {
        let Rule::Quota(quota) = &measure.frequency.rule else {
            continue;
        };
        let Some(set) = quota.within.as_deref().and_then(|id| plan.date_set(id)) else {
            continue;
        };
        let Some(window) = measure.validity.intersect(&agreement) else {
            continue;
        };
        let kind = quota.average_over.unwrap_or(quota.per);
        // A period cut short by the agreement's edge (a last Monday that
        // opens a week) is no gap in the set.
        let periods = match kind {
            PeriodKind::Validity => vec![window],
            _ => periods_in(kind, window)
                .iter()
                .filter(|p| p.range == p.full)
                .map(|p| p.range)
                .collect(),
        };
        let empty: Vec<String> = periods
            .iter()
            .filter(|range| set.days_in(**range) == 0)
            .map(|range| match kind {
                PeriodKind::Validity => format!("{} – {}", range.start, range.end),
                _ => crate::period::period_containing(kind, range.start, window)
                    .map_or_else(|| range.start.to_string(), |p| p.key()),
            })
            .collect();
        if empty.is_empty() {
            continue;
        }
        let mut named = empty
            .iter()
            .take(NAMED)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if empty.len() > NAMED {
            let more = empty.len() - NAMED;
            named = format!("{named} (+{more})");
        }
        let (id, set_id) = (&measure.id, &set.id);
        warnings.push(text!(
            "compliance-date-set-misses-periods",
            id,
            set_id,
            named
        ));
    }
    warnings
}

/// One warning per date-set rule whose named day needs a confirmed date
/// (`skolavslutning`) and has none for some years of the agreement.
pub fn unconfirmed_days(plan: &Plan) -> Vec<Text> {
    let agreement = plan.agreement.period();
    let mut warnings = Vec::new();
    for set in &plan.date_sets {
        for rule in &set.rules {
            let DayRule::Named { day, label, .. } = rule else {
                continue;
            };
            if !day.needs_confirmation() {
                continue;
            }
            let missing: Vec<String> = (agreement.start.year()..=agreement.end.year())
                .filter(|year| rule.start_in(*year).is_none())
                .map(|year| year.to_string())
                .collect();
            if missing.is_empty() {
                continue;
            }
            let (set_id, years) = (&set.id, missing.join(", "));
            warnings.push(text!(
                "compliance-date-set-unconfirmed-years",
                set_id,
                label,
                years
            ));
        }
    }
    warnings
}
