//! One row of the activity log, typed: what was done, when, how many, and
//! the follow-up values, or a shift worked, a correction, an excuse.
//!
//! The log is append-only, so corrections and excuses are rows too:
//!
//! | kind | `measure` | `voids` | `excuses` | meaning |
//! | --- | --- | --- | --- | --- |
//! | activity | a measure id | empty | empty | `count` done on `date` |
//! | shift | `arbetspass` | empty | empty | `count` shifts worked on `date` |
//! | void | the cancelled row's measure | the cancelled id | empty | that row counts nowhere |
//! | excuse | a measure id | empty | a period key (`2021-03`) | that period is excused, `note` says why |
//!
//! This module is pure: the CSV reading and writing is in `store::log`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::plan::SHIFT_ID;

/// The log's columns, in file order. The names are a contract: scripts and
/// spreadsheets read them. The header never depends on the plan.
pub const COLUMNS: [&str; 12] = [
    "id",
    "date",
    "measure",
    "count",
    "target",
    "values",
    "who",
    "place",
    "note",
    "recorded_at",
    "voids",
    "excuses",
];

/// What a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// Something done for a measure.
    Activity,
    /// Shifts worked (`measure` = `arbetspass`).
    Shift,
    /// A correction cancelling another row.
    Void,
    /// A period of a measure excused, with a reason.
    Excuse,
}

/// One typed row of the log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    /// Unique id, sortable by the time it was recorded.
    pub id: String,
    /// When it happened.
    pub date: NaiveDate,
    /// The measure's id (`arbetspass` for shifts).
    pub measure: String,
    /// How many; 1 when the column is empty.
    pub count: u64,
    /// The target reached, for measures with targets.
    pub target: Option<String>,
    /// Follow-up metric values, in the order written.
    pub values: Vec<(String, f64)>,
    /// Who did it.
    pub who: String,
    /// Where.
    pub place: String,
    /// A note; the reason for voids and excuses.
    pub note: String,
    /// When the row was written (RFC 3339).
    pub recorded_at: String,
    /// The id this row cancels.
    pub voids: Option<String>,
    /// The period key this row excuses.
    pub excuses: Option<String>,
}

impl Activity {
    /// What kind of row this is.
    pub fn kind(&self) -> RowKind {
        if self.voids.is_some() {
            RowKind::Void
        } else if self.excuses.is_some() {
            RowKind::Excuse
        } else if self.measure == SHIFT_ID {
            RowKind::Shift
        } else {
            RowKind::Activity
        }
    }

    /// The value of metric `id`, if logged.
    pub fn value(&self, id: &str) -> Option<f64> {
        self.values.iter().find(|(k, _)| k == id).map(|(_, v)| *v)
    }
}

/// Formats metric values for the `values` column: `anmalningar=2 beslag=12.5`.
pub fn format_values(values: &[(String, f64)]) -> String {
    values
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses a number as people write it: `12.5` or `12,5`.
pub fn parse_number(text: &str) -> Option<f64> {
    let n: f64 = text.trim().replace(',', ".").parse().ok()?;
    n.is_finite().then_some(n)
}

/// Parses the `values` column: `KEY=NUM` pairs separated by spaces. Returns
/// the first malformed pair on failure.
pub fn parse_values(text: &str) -> Result<Vec<(String, f64)>, String> {
    text.split_whitespace()
        .map(|pair| {
            let (key, value) = pair.split_once('=').ok_or_else(|| pair.to_string())?;
            let value = parse_number(value).ok_or_else(|| pair.to_string())?;
            if key.is_empty() {
                return Err(pair.to_string());
            }
            Ok((key.to_string(), value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let values = vec![
            ("anmalningar".to_string(), 2.0),
            ("beslag".to_string(), 12.5),
        ];
        let text = format_values(&values);
        assert_eq!(text, "anmalningar=2 beslag=12.5");
        assert_eq!(parse_values(&text), Ok(values));
    }

    #[test]
    fn decimal_comma_is_accepted() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number(" 3 "), Some(3.0));
        assert_eq!(parse_number("tolv"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(
            parse_values("beslag=12,5"),
            Ok(vec![("beslag".into(), 12.5)])
        );
        assert_eq!(parse_values("beslag"), Err("beslag".into()));
        assert_eq!(parse_values("=3"), Err("=3".into()));
    }
}
