//! What every exporter of `loften export` shares: the [`Exporter`] trait,
//! the columns of the activities table (a contract: scripts and
//! spreadsheets read them) and the neutralising of text that a spreadsheet
//! would take for a formula.
//!
//! The command streams the log through an exporter one row at a time
//! ([`Exporter::activity`]), so no format holds the activities in memory;
//! what is computed over the whole log (the corrections, the evaluation,
//! the follow-up per year) comes last, in [`Exporter::finish`].

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::io;

use chrono::NaiveDate;

use crate::activity::{Activity, RowRef, ValuesRef};
use crate::compliance::Evaluation;
use crate::i18n::Lang;
use crate::plan::Plan;
use crate::report::YearReview;

/// One export format.
pub trait Exporter {
    /// One non-voided activity or shift row, in log order.
    fn activity(&mut self, row: &Activity) -> io::Result<()>;
    /// The writer of one row's bytes, when the format writes every row on
    /// its own (CSV): the rows of a big log are then written on every core
    /// and handed over in order to [`Exporter::rows`]. `None` (the
    /// default) when each row goes through [`Exporter::activity`].
    fn row_bytes(&self) -> Option<Box<dyn RowBytes>> {
        None
    }
    /// Rows written by [`Exporter::row_bytes`]'s writer, in log order.
    fn rows(&mut self, _bytes: &[u8]) -> io::Result<()> {
        Err(io::Error::other("this format writes no rows as bytes"))
    }
    /// Everything else, after the last row; completes the output.
    fn finish(self: Box<Self>, rest: &ExportRest<'_>) -> io::Result<()>;
}

/// Writes one row as an export format's bytes, on any thread.
pub trait RowBytes: Send + Sync {
    /// Appends `row` to `out`.
    fn write(&self, row: &RowRef<'_>, out: &mut Vec<u8>);
}

/// What an export holds besides the activities.
#[derive(Debug)]
pub struct ExportRest<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The first day of activities exported, if bounded.
    pub from: Option<NaiveDate>,
    /// The last day of activities exported, if bounded.
    pub to: Option<NaiveDate>,
    /// Every measure evaluated on the export's as-of date.
    pub evaluation: &'a Evaluation,
    /// The follow-up of each calendar year in the export's span.
    pub years: &'a [YearReview],
    /// Voided rows, the voids that cancel them, and excuses, in log order.
    pub corrections: &'a [Activity],
    /// The ids of the rows that voids cancel.
    pub voided: &'a HashSet<String>,
}

/// The columns of the activities table: the fixed ones and one per metric.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityColumns {
    /// The metric ids: the union over the plan's measures, in plan order.
    pub metrics: Vec<String>,
    /// Each metric's label, as the first measure with that id words it
    /// ("Antal anmälningar"): the workbook's headings.
    pub labels: Vec<String>,
}

/// The fixed columns before the metrics.
pub const LEADING_COLUMNS: [&str; 4] = ["date", "measure", "count", "target"];
/// The fixed columns after the metrics; `until` and `answers` came last.
pub const TRAILING_COLUMNS: [&str; 8] = [
    "other_values",
    "who",
    "place",
    "note",
    "recorded_at",
    "id",
    "until",
    "answers",
];

impl ActivityColumns {
    /// The columns for `plan`.
    pub fn of(plan: &Plan) -> ActivityColumns {
        let mut metrics: Vec<String> = Vec::new();
        let mut labels: Vec<String> = Vec::new();
        for metric in plan.measures.iter().flat_map(|m| &m.metrics) {
            if !metrics.contains(&metric.id) {
                metrics.push(metric.id.clone());
                labels.push(metric.label.clone());
            }
        }
        ActivityColumns { metrics, labels }
    }

    /// The header, as the CSV and JSON contract names the columns.
    pub fn header(&self) -> Vec<&str> {
        LEADING_COLUMNS
            .iter()
            .copied()
            .chain(self.metrics.iter().map(String::as_str))
            .chain(TRAILING_COLUMNS.iter().copied())
            .collect()
    }

    /// The header as people read it in a workbook, in `lang`; a metric is
    /// headed by its label in the plan's words, not its id.
    pub fn header_words(&self, lang: Lang) -> Vec<String> {
        let leading = [
            lang.say("export-column-date"),
            lang.say("export-column-measure"),
            lang.say("export-column-count"),
            lang.say("export-column-target"),
        ];
        let trailing = [
            lang.say("export-column-other-values"),
            lang.say("export-column-who"),
            lang.say("export-column-place"),
            lang.say("export-column-note"),
            lang.say("export-column-recorded-at"),
            lang.say("export-column-id"),
            lang.say("export-column-until"),
            lang.say("export-column-answers"),
        ];
        leading
            .into_iter()
            .chain(self.labels.iter().cloned())
            .chain(trailing)
            .collect()
    }

    /// A row's values laid out in the metric columns, read once: each
    /// column's value (the first logged under its id) and whether any
    /// value has no column.
    pub fn metric_cells(&self, values: ValuesRef<'_>) -> MetricCells {
        let mut cells = MetricCells {
            few: [None; METRIC_SLOTS],
            many: Vec::new(),
            len: self.metrics.len(),
            other: false,
        };
        if self.metrics.len() > METRIC_SLOTS {
            cells.many.resize(self.metrics.len(), None);
        }
        for (key, value) in values.iter() {
            match self.metrics.iter().position(|m| m == key) {
                Some(i) => {
                    cells.slots_mut()[i].get_or_insert(value);
                }
                None => cells.other = true,
            }
        }
        cells
    }

    /// The row's values of metrics that have no column (logged under an
    /// id the plan does not know), as the log writes them:
    /// `KEY=NUM KEY=NUM`.
    pub fn other_values_of(&self, values: ValuesRef<'_>) -> String {
        let mut text = String::new();
        for (key, value) in values.iter() {
            if !self.metrics.iter().any(|m| m == key) {
                if !text.is_empty() {
                    text.push(' ');
                }
                // Writing to a String cannot fail.
                let _ = write!(text, "{key}={value}");
            }
        }
        text
    }
}

/// The metric columns whose values a row lays out without allocating (a
/// plan with more allocates a little a row).
const METRIC_SLOTS: usize = 32;

/// A row's values in the metric columns ([`ActivityColumns::metric_cells`]).
#[derive(Debug)]
pub struct MetricCells {
    few: [Option<f64>; METRIC_SLOTS],
    many: Vec<Option<f64>>,
    len: usize,
    /// Whether a value has no column (it goes in `other_values`).
    pub other: bool,
}

impl MetricCells {
    /// Each metric column's value, in column order.
    pub fn values(&self) -> &[Option<f64>] {
        if self.len > METRIC_SLOTS {
            &self.many
        } else {
            &self.few[..self.len]
        }
    }

    fn slots_mut(&mut self) -> &mut [Option<f64>] {
        if self.len > METRIC_SLOTS {
            &mut self.many
        } else {
            &mut self.few[..self.len]
        }
    }
}

/// The characters a spreadsheet may split a line of CSV at: either
/// dialect's separator, a tab, and the line ends. Opened with the other
/// dialect's separator, Excel splits even inside a quoted field.
pub const SPLIT_CHARACTERS: [char; 5] = [',', ';', '\t', '\r', '\n'];

/// The characters that start a formula in a spreadsheet cell.
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// Whether a spreadsheet would read `text` as a formula (or as the start
/// of one): after optional spaces it begins with `=`, `+`, `-` or `@`, or
/// it begins with a tab or a carriage return.
pub fn looks_like_formula(text: &str) -> bool {
    // Byte by byte: every character looked for is ASCII.
    let bytes = text.as_bytes();
    if matches!(bytes.first(), Some(b'\t' | b'\r')) {
        return true;
    }
    bytes
        .iter()
        .find(|&&b| b != b' ')
        .is_some_and(|&first| FORMULA_STARTS.contains(&char::from(first)))
}

/// `text` made safe for a spreadsheet cell, whichever separator the
/// spreadsheet splits it at: a `'` (the convention Excel and LibreOffice
/// use for "this is text") before a formula character that begins the
/// text, or that follows any of [`SPLIT_CHARACTERS`] (after optional
/// spaces), so no piece of it can start a formula. Unchanged otherwise.
/// Only for text: numbers are never passed here, so a negative number
/// stays a number.
pub fn neutralised(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    // Where a cell may begin: the start, and after each split character.
    let starts = std::iter::once(0).chain(
        text.match_indices(SPLIT_CHARACTERS)
            .map(|(i, c)| i + c.len()),
    );
    for start in starts {
        let spaces = text[start..].len() - text[start..].trim_start_matches(' ').len();
        let formula_at = if start == 0 && text.starts_with(['\t', '\r']) {
            Some(0)
        } else {
            let at = start + spaces;
            text[at..].starts_with(FORMULA_STARTS).then_some(at)
        };
        if let Some(at) = formula_at {
            out.push_str(&text[copied..at]);
            out.push('\'');
            copied = at;
        }
    }
    if copied == 0 && out.is_empty() {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Byte by byte, a formula is what the characters say it is.
        #[test]
        fn a_formula_is_told_as_by_its_characters(text in "[ \t\r=+\\-@aö1,]{0,6}") {
            let by_chars = text.starts_with(['\t', '\r'])
                || text.trim_start_matches(' ').starts_with(FORMULA_STARTS);
            prop_assert_eq!(looks_like_formula(&text), by_chars);
        }
    }

    #[test]
    fn formulas_are_neutralised_and_other_text_is_not() {
        for formula in [
            "=HYPERLINK(\"http://x\",\"klick\")",
            "+46 70 000",
            "-1+2",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(neutralised(formula), format!("'{formula}"));
        }
        for text in [
            "kontroll, väg 365; E4",
            "",
            "12,5",
            "a=b",
            "x - y",
            "070-123 45 67",
        ] {
            assert_eq!(neutralised(text), text);
        }
    }

    #[test]
    fn a_formula_after_any_separator_is_neutralised_too() {
        for (text, safe) in [
            (" =x", " '=x"),
            (
                "se rapport;=cmd|' /C calc'!A0",
                "se rapport;'=cmd|' /C calc'!A0",
            ),
            ("Torget\t=1+1", "Torget\t'=1+1"),
            ("a, @SUM(A1)", "a, '@SUM(A1)"),
            ("rad\n-1+2;+3", "rad\n'-1+2;'+3"),
            ("=a,=b", "'=a,'=b"),
            ("\t=x", "'\t'=x"),
        ] {
            assert_eq!(neutralised(text), safe, "{text:?}");
        }
    }
}
