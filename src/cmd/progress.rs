//! The one-line progress `loften log` and `loften shift` print after a row:
//! `trafikkontroll: 7 av 10 i mars 2021`.
//!
//! It is the compliance engine's verdict for the measure in the period that
//! holds the row's date, as it stands today: the same figures `loften status
//! --at DAY` shows, where DAY is the period's last day or today, whichever
//! comes first. A row logged on Sunday for Friday counts Saturday's rows
//! too. After a shift, the every-shift measures are shown.
//!
//! Logging must stay instant however large the log grows, so the line reads
//! only the year files it needs (the row's year and the one before, for a
//! gap that spans New Year) and is left out, with a pointer to `status`,
//! when those are larger than [`PROGRESS_LIMIT`].

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::compliance::evaluate_measure;
use crate::i18n::Text;
use crate::plan::{Plan, Rule, SHIFT_ID};
use crate::settings::Settings;
use crate::store::log::{is_year_file, log_files, tally_files};
use crate::text;
use crate::words::progress_words;

/// The most log bytes the progress line reads: about 20,000 rows, several
/// times what a municipality writes in two years, and a read of a few
/// milliseconds.
pub const PROGRESS_LIMIT: u64 = 2 << 20;

/// The log files the progress from `date` to `today` needs: the year files
/// of the year before `date`'s up to `today`'s, and any file not named like
/// a year file.
fn files_for(dir: &Path, date: NaiveDate, today: NaiveDate) -> Option<Vec<PathBuf>> {
    let years: Vec<String> = (date.year() - 1..=today.year().max(date.year()))
        .map(|y| format!("{y}.csv"))
        .collect();
    let files = log_files(dir).ok()?;
    Some(
        files
            .into_iter()
            .filter(|f| {
                !is_year_file(f)
                    || f.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| years.iter().any(|y| y == n))
            })
            .collect(),
    )
}

/// The progress of `measure` (or, for a shift, of the every-shift
/// measures; for an event to answer, of the measures answering it) in the period of `date`, as it stands on `today`, read from
/// the log of data folder `dir`, in the output language. `None` when the log cannot be read or
/// nothing applies: the row is written all the same, the line is only a
/// courtesy.
pub fn progress_line(
    plan: &Plan,
    dir: &Path,
    measure: &str,
    date: NaiveDate,
    settings: &Settings,
) -> Option<Text> {
    let (today, lang) = (settings.today, settings.lang);
    let measures: Vec<_> = if measure == SHIFT_ID {
        plan.measures
            .iter()
            .filter(|m| m.validity.contains(date))
            .filter(|m| matches!(m.frequency.rule, Rule::EveryShift { .. }))
            .collect()
    } else if plan.trigger(measure).is_some() {
        // An event to answer: the measures that answer it.
        plan.measures
            .iter()
            .filter(|m| m.validity.contains(date))
            .filter(|m| matches!(&m.frequency.rule, Rule::OnTrigger(t) if t.trigger == measure))
            .collect()
    } else {
        plan.measure_on(measure, date).into_iter().collect()
    };
    if measures.is_empty() {
        return None;
    }
    let files = files_for(dir, date, today)?;
    let bytes: u64 = files
        .iter()
        .filter_map(|f| f.metadata().ok())
        .map(|m| m.len())
        .sum();
    if bytes > PROGRESS_LIMIT {
        return Some(text!("cmd-progress-log-too-large"));
    }
    let tally = tally_files(&files, plan).ok()?.tally;
    let statuses: Vec<_> = measures
        .iter()
        .map(|m| {
            // The period that holds the row, as it stands today.
            let on_date = evaluate_measure(plan, m, &tally, date);
            let period_end = on_date.period.as_ref().map_or(date, |p| p.end);
            let at = today.min(period_end).max(date);
            let status = if at == date {
                on_date
            } else {
                evaluate_measure(plan, m, &tally, at)
            };
            (status, at)
        })
        .collect();
    let lines: Vec<String> = statuses
        .iter()
        .map(|(status, at)| progress_words(status, *at, lang))
        .collect();
    // Worded once, in the language of the output.
    Some(Text::same(lines.join("\n")))
}
