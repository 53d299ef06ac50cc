//! Follow-up metrics: year-to-date sums against the same days a year
//! earlier, and whether they move the wanted way; and the year against the
//! metric's baseline or goal, judged once the year is over.

use chrono::{Datelike, NaiveDate};

use super::tally::Tally;
use super::{GoalState, MetricJudgement, MetricStatus, Trend};
use crate::period::DateRange;
use crate::plan::{Baseline, Direction, Measure};

/// The same day a year earlier; 29 February becomes 28 February.
pub fn a_year_earlier(date: NaiveDate) -> NaiveDate {
    date.with_year(date.year() - 1)
        .or_else(|| NaiveDate::from_ymd_opt(date.year() - 1, date.month(), 28))
        .unwrap_or(date)
}

/// 1 January of `date`'s year up to `date`, clipped to the agreement.
fn year_to_date(date: NaiveDate, agreement: DateRange) -> Option<DateRange> {
    let january = NaiveDate::from_ymd_opt(date.year(), 1, 1)?;
    DateRange::new(january, date)?.intersect(&agreement)
}

fn trend(now: f64, before: f64) -> Trend {
    const EPSILON: f64 = 1e-9;
    if (now - before).abs() < EPSILON {
        Trend::Same
    } else if now > before {
        Trend::Up
    } else {
        Trend::Down
    }
}

/// The metrics of `measure` on `as_of`. The same days a year earlier are
/// looked up within `history`: the agreement, or the agreement and the
/// earlier agreements of the data folder it follows.
pub(super) fn metric_statuses(
    measure: &Measure,
    tally: &Tally,
    as_of: NaiveDate,
    agreement: DateRange,
    history: DateRange,
) -> Vec<MetricStatus> {
    let now = year_to_date(as_of, agreement);
    // Outside the agreement this year has nothing to compare.
    let before = now.and(year_to_date(a_year_earlier(as_of), history));
    measure
        .metrics
        .iter()
        .map(|metric| {
            let sum = |range: Option<DateRange>| {
                range.map(|r| tally.metric_sum(&measure.id, &metric.id, r))
            };
            let ytd = sum(now).unwrap_or(0.0);
            let previous_ytd = sum(before);
            let trend = previous_ytd.map(|p| trend(ytd, p));
            let good = match (metric.wanted, trend) {
                (Some(_), Some(Trend::Same)) => Some(false),
                (Some(Direction::Increase), Some(t)) => Some(t == Trend::Up),
                (Some(Direction::Decrease), Some(t)) => Some(t == Trend::Down),
                _ => None,
            };
            // A baseline the plan leaves to the log: the year's rows.
            let baseline = metric.baseline.map(|b| Baseline {
                year: b.year,
                value: b.value.or_else(|| {
                    let year = DateRange::new(
                        NaiveDate::from_ymd_opt(b.year, 1, 1)?,
                        NaiveDate::from_ymd_opt(b.year, 12, 31)?,
                    )?;
                    tally.metric_logged(&measure.id, &metric.id, year)
                }),
            });
            let level = metric.level(baseline.and_then(|b| b.value));
            let goal = level.map(|(comparison, level)| {
                let year_over = NaiveDate::from_ymd_opt(as_of.year(), 12, 31)
                    .is_some_and(|last| as_of >= last.min(agreement.end));
                MetricJudgement {
                    baseline,
                    comparison,
                    level: level.map(|l| (l * 1000.0).round() / 1000.0),
                    year: as_of.year(),
                    value: ytd,
                    state: match (year_over, level.map(|l| comparison.holds(ytd, l))) {
                        (true, Some(true)) => GoalState::Met,
                        (true, Some(false)) => GoalState::NotMet,
                        _ => GoalState::NotYetMeasurable,
                    },
                }
            });
            MetricStatus {
                goal,
                id: metric.id.clone(),
                label: metric.label.clone(),
                unit: metric.unit.clone(),
                ytd,
                previous_ytd,
                wanted: metric.wanted,
                trend,
                good,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_day_a_year_earlier() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(a_year_earlier(d("2020-02-29")), d("2019-02-28"));
        assert_eq!(a_year_earlier(d("2021-03-15")), d("2020-03-15"));
    }
}
