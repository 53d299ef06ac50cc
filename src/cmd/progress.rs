//! The one-line progress `loften log` and `loften shift` print after a row:
//! `trafikkontroll: 7 av 10 i mars 2021`.
//!
//! It is the compliance engine's verdict for the measure on the row's date,
//! the same figures `loften status --at DATE` shows. After a shift, the
//! every-shift measures are shown.

use std::path::Path;

use chrono::NaiveDate;

use crate::compliance::evaluate_measure;
use crate::plan::{Plan, Rule, SHIFT_ID};
use crate::render::status::progress_words;
use crate::store::log::tally_log;
use crate::text::{Lang, Text};

/// The progress of `measure` (or, for a shift, of the every-shift
/// measures) on `date`, read from the log of data folder `dir`. `None`
/// when the log cannot be read or nothing applies: the row is written all
/// the same, the line is only a courtesy.
pub fn progress_line(plan: &Plan, dir: &Path, measure: &str, date: NaiveDate) -> Option<Text> {
    let tally = tally_log(dir, plan).ok()?.tally;
    let measures: Vec<_> = if measure == SHIFT_ID {
        plan.measures
            .iter()
            .filter(|m| m.validity.contains(date))
            .filter(|m| matches!(m.frequency.rule, Rule::EveryShift { .. }))
            .collect()
    } else {
        plan.measure_on(measure, date).into_iter().collect()
    };
    if measures.is_empty() {
        return None;
    }
    let line = |lang: Lang| {
        measures
            .iter()
            .map(|m| progress_words(&evaluate_measure(plan, m, &tally, date, lang), lang))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Some(Text::new(line(Lang::Sv), line(Lang::En)))
}
