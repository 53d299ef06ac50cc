//! The export as JSON, for other programs:
//!
//! ```json
//! {"activities": [...], "corrections": [...], "from": null, "to": null,
//!  "status": {...}, "follow_up": [...]}
//! ```
//!
//! `activities` is streamed row by row as the log is read; `status` is
//! the evaluation of `loften status --format json`, as of `--to` or today;
//! `follow_up` is one grid of measures × months per calendar year (the
//! grid of `loften status --year --format json`). Text is not
//! neutralised: JSON is not opened by spreadsheets.

use std::collections::BTreeMap;
use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::export::{ExportRest, Exporter};
use crate::activity::{Activity, RowKind};
use crate::compliance::Evaluation;
use crate::compliance::grid::Grid;

/// One row as the JSON export writes it.
#[derive(Debug, Serialize)]
pub struct JsonRow<'a> {
    /// `activity`, `shift`, `voided`, `void` or `excuse`.
    pub kind: &'static str,
    /// The row's id.
    pub id: &'a str,
    /// When it happened.
    pub date: NaiveDate,
    /// The measure's id (`arbetspass` for shifts).
    pub measure: &'a str,
    /// How many; `null` for voids and excuses.
    pub count: Option<u64>,
    /// The target, if any.
    pub target: Option<&'a str>,
    /// The metric values by id.
    pub values: BTreeMap<&'a str, f64>,
    /// Who.
    pub who: &'a str,
    /// Where.
    pub place: &'a str,
    /// The note, or the reason of a void or an excuse.
    pub note: &'a str,
    /// When the row was written.
    pub recorded_at: &'a str,
    /// The id a void cancels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voids: Option<&'a str>,
    /// The period an excuse excuses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excuses: Option<&'a str>,
    /// The last day of a row covering a span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// The id of the event row this row answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answers: Option<&'a str>,
}

impl<'a> JsonRow<'a> {
    /// The JSON of `row`; `voided` marks a row that a void cancels.
    pub fn of(row: &'a Activity, voided: bool) -> JsonRow<'a> {
        let kind = match row.kind() {
            _ if voided => "voided",
            RowKind::Activity => "activity",
            RowKind::Shift => "shift",
            RowKind::Void => "void",
            RowKind::Excuse => "excuse",
        };
        let counts = matches!(row.kind(), RowKind::Activity | RowKind::Shift);
        JsonRow {
            kind,
            id: &row.id,
            date: row.date,
            measure: &row.measure,
            count: counts.then_some(row.count),
            target: row.target.as_deref(),
            values: row.values.iter().map(|(k, v)| (k.as_str(), *v)).collect(),
            who: &row.who,
            place: &row.place,
            note: &row.note,
            recorded_at: &row.recorded_at,
            voids: row.voids.as_deref(),
            excuses: row.excuses.as_deref(),
            until: row.until,
            answers: row.answers.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct Rest<'a> {
    corrections: Vec<JsonRow<'a>>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    status: &'a Evaluation,
    follow_up: Vec<&'a Grid>,
}

/// Writes the export as JSON.
pub struct JsonExporter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonExporter<W> {
    /// Starts the JSON object on `out`.
    pub fn new(mut out: W) -> io::Result<Self> {
        out.write_all(b"{\"activities\": [")?;
        Ok(JsonExporter { out, first: true })
    }
}

impl<W: Write> Exporter for JsonExporter<W> {
    fn activity(&mut self, row: &Activity) -> io::Result<()> {
        let separator: &[u8] = if self.first { b"\n  " } else { b",\n  " };
        self.first = false;
        self.out.write_all(separator)?;
        super::safe_json::to_writer(&mut self.out, &JsonRow::of(row, false))?;
        Ok(())
    }

    fn finish(mut self: Box<Self>, rest: &ExportRest<'_>) -> io::Result<()> {
        let rest = Rest {
            corrections: rest
                .corrections
                .iter()
                .map(|r| JsonRow::of(r, rest.voided.contains(&r.id)))
                .collect(),
            from: rest.from,
            to: rest.to,
            status: rest.evaluation,
            follow_up: rest.years.iter().map(|y| &y.grid).collect(),
        };
        // The rest is an object of its own; splice its fields after the
        // activities.
        let mut text = Vec::new();
        super::safe_json::to_writer_pretty(&mut text, &rest)?;
        let text = String::from_utf8(text).map_err(io::Error::other)?;
        let fields = text
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .unwrap_or_default();
        let close: &[u8] = if self.first { b"]," } else { b"\n]," };
        self.out.write_all(close)?;
        self.out.write_all(fields.as_bytes())?;
        self.out.write_all(b"}\n")?;
        self.out.flush()
    }
}
