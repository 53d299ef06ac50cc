//! A measure's chart in the yearly report: its months' values and the
//! sentences that say them (what a screen reader reads, and the table
//! beside the chart), built from the report's content model.

use serde::Serialize;

use super::{MeasureReport, Report, TargetLine};
use crate::compliance::grid::Mark;
use crate::i18n::Lang;
use crate::period::PeriodKind;
use crate::text;
use crate::words::mark_words;

/// One month of a measure's chart, as the chart's table shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartMonth {
    /// The month's name: "mars", "March".
    pub month: String,
    /// Whether the month had begun by the as-of date.
    pub started: bool,
    /// Done in the month.
    pub done: u64,
    /// Done in the year up to the month's end: what the line of a yearly
    /// target draws.
    pub so_far: u64,
    /// The month's mark.
    pub mark: Mark,
    /// The mark in words, empty for no mark.
    pub outcome: String,
}

/// A measure's chart as text: one sentence for its accessible name and
/// the months for its table. Everything the chart draws is here, so the
/// picture and the text cannot differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartValues {
    /// "Trafikkontroller, gjort per månad: 11 av 12 månader uppfyllda;
    /// lägst i mars: 0, högst i juni: 14."
    pub summary: String,
    /// Every month of the chart, begun or not.
    pub months: Vec<ChartMonth>,
}

impl ChartValues {
    /// Whether any month has a mark: the measure is judged per month, and
    /// its bars are coloured by their marks.
    pub fn judged_per_month(&self) -> bool {
        self.months.iter().any(|month| month.mark != Mark::Blank)
    }
}

/// The values of the chart of `m`, a measure of `report`.
pub fn chart_values(report: &Report, m: &MeasureReport) -> ChartValues {
    let lang = report.lang;
    let mut running = 0;
    let months: Vec<ChartMonth> = m
        .months
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            running += bar.done;
            ChartMonth {
                month: report.month_names.get(i).cloned().unwrap_or_default(),
                started: bar.started,
                done: bar.done,
                so_far: running,
                mark: bar.mark,
                outcome: mark_words(bar.mark, lang),
            }
        })
        .collect();
    let what = text!("report-chart-what", title = m.title).get(lang);
    let head = match m.target_line {
        TargetLine::Yearly(target) => {
            let of = text!("report-chart-of-target", done = m.done, target).get(lang);
            if m.record_words.is_empty() {
                of
            } else {
                format!("{of}; {}", m.record_words)
            }
        }
        // Judged per month: the months tell it all, as the bars do.
        _ if m.record.unit == Some(PeriodKind::Month) && !m.record_words.is_empty() => {
            m.record_words.clone()
        }
        _ => {
            let done = text!("report-done-in-year", done = m.done_words).get(lang);
            if m.record_words.is_empty() {
                done
            } else {
                format!("{done}; {}", m.record_words)
            }
        }
    };
    let mut clauses = vec![head];
    clauses.extend(extremes(&months, lang));
    ChartValues {
        summary: format!("{what}: {}.", clauses.join("; ")),
        months,
    }
}

/// "lägst i mars: 0, högst i juni: 14" over the months begun (the first
/// month of a tie); "3 varje månad" when they are all the same.
fn extremes(months: &[ChartMonth], lang: Lang) -> Option<String> {
    let begun: Vec<&ChartMonth> = months.iter().filter(|m| m.started).collect();
    // `min_by_key` keeps the first of equals; `max_by_key` the last.
    let lowest = begun.iter().min_by_key(|m| m.done)?;
    let highest = begun.iter().rev().max_by_key(|m| m.done)?;
    if lowest.done == highest.done {
        let n = lowest.done;
        let words = if begun.len() == 1 {
            text!("report-chart-one-month", n, month = lowest.month)
        } else {
            text!("report-chart-every-month", n)
        };
        return Some(words.get(lang));
    }
    let (low, high) = (lowest.done, highest.done);
    let (lowest, highest) = (&lowest.month, &highest.month);
    Some(text!("report-chart-extremes", lowest, low, highest, high).get(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(name: &str, done: u64, started: bool) -> ChartMonth {
        ChartMonth {
            month: name.to_string(),
            started,
            done,
            so_far: 0,
            mark: Mark::Blank,
            outcome: String::new(),
        }
    }

    #[test]
    fn a_chart_names_its_first_lowest_and_highest_month_begun() {
        let months = [
            month("januari", 2, true),
            month("februari", 0, true),
            month("mars", 5, true),
            month("april", 0, true),
            month("maj", 5, true),
            month("juni", 9, false),
        ];
        assert_eq!(
            extremes(&months, Lang::SV).unwrap(),
            "lägst i februari: 0, högst i mars: 5"
        );
        let en = [month("March", 3, true), month("April", 1, true)];
        assert_eq!(
            extremes(&en, Lang::EN).unwrap(),
            "lowest in April: 1, highest in March: 3"
        );
    }

    #[test]
    fn a_flat_chart_says_so_and_an_unbegun_one_says_nothing() {
        let flat = [month("January", 3, true), month("February", 3, true)];
        assert_eq!(extremes(&flat, Lang::EN).unwrap(), "3 every month");
        assert_eq!(
            extremes(&[month("januari", 4, true)], Lang::SV).unwrap(),
            "4 i januari"
        );
        assert_eq!(extremes(&[month("januari", 4, false)], Lang::SV), None);
    }
}
