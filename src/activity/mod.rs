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
//!
//! The room of the log's rows, all pure:
//!
//! - this module: the row model ([`Activity`], [`RowKind`], the columns);
//! - [`validate`]: a row's checks against the plan;
//! - [`log_audit`]: the whole log's audit (`file()` / `row()` / `finish()`),
//!   as `check` runs it;
//! - [`personnummer`]: personal identity numbers found in free text.

pub mod log_audit;
pub mod personnummer;
pub mod validate;

use chrono::NaiveDate;
use serde::Serialize;

use crate::plan::SHIFT_ID;

/// The log's columns, in file order. The names are a contract: scripts and
/// spreadsheets read them. The header never depends on the plan.
///
/// `until` and `answers` came later: a file whose header ends at `excuses`
/// (the first [`LEGACY_WIDTH`] columns) is read with both empty.
pub const COLUMNS: [&str; 14] = [
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
    "until",
    "answers",
];

/// The columns of a log written before `until` and `answers`: such a
/// file is read as it is, and `loften repair` brings its header up to date.
pub const LEGACY_WIDTH: usize = 12;

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
    /// The last day of a row that covers a span of days (`--from` to
    /// `--until`: an "Ungdomsvecka" Thursday to Wednesday); `date` is the
    /// first. `None` for a row of one day.
    pub until: Option<NaiveDate>,
    /// The id of the trigger row this row answers (a request, a finding):
    /// for a measure done in answer to triggers (`kind = "on-trigger"`).
    pub answers: Option<String>,
}

/// What kind a row is, from the columns that decide it.
fn row_kind(measure: &str, voids: bool, excuses: bool) -> RowKind {
    if voids {
        RowKind::Void
    } else if excuses {
        RowKind::Excuse
    } else if measure == SHIFT_ID {
        RowKind::Shift
    } else {
        RowKind::Activity
    }
}

impl Activity {
    /// A row of `count` 1 for `measure` on `date`, every other column empty:
    /// the start from which commands, the generator and tests fill in what
    /// they know.
    pub fn new(id: impl Into<String>, date: NaiveDate, measure: impl Into<String>) -> Activity {
        Activity {
            id: id.into(),
            date,
            measure: measure.into(),
            count: 1,
            target: None,
            values: Vec::new(),
            who: String::new(),
            place: String::new(),
            note: String::new(),
            recorded_at: String::new(),
            voids: None,
            excuses: None,
            until: None,
            answers: None,
        }
    }

    /// What kind of row this is.
    pub fn kind(&self) -> RowKind {
        row_kind(&self.measure, self.voids.is_some(), self.excuses.is_some())
    }

    /// The row as a borrowed view, as the compliance tally reads it.
    pub fn as_row(&self) -> RowRef<'_> {
        RowRef {
            id: &self.id,
            date: self.date,
            measure: &self.measure,
            count: self.count,
            target: self.target.as_deref(),
            values: ValuesRef::Parsed(&self.values),
            who: &self.who,
            place: &self.place,
            note: &self.note,
            recorded_at: &self.recorded_at,
            voids: self.voids.as_deref(),
            excuses: self.excuses.as_deref(),
            until: self.until,
            answers: self.answers.as_deref(),
        }
    }

    /// The value of metric `id`, if logged.
    pub fn value(&self, id: &str) -> Option<f64> {
        self.values.iter().find(|(k, _)| k == id).map(|(_, v)| *v)
    }
}

/// The most pairs a [`ValuesRef::Read`] holds: a `values` column with
/// more is kept as text.
pub const READ_PAIRS: usize = 3;

/// Metric values as a row holds them: the `values` column's text (checked
/// to parse), its few pairs read when it was checked, or owned pairs.
/// Equal when the pairs are, whichever the form.
#[derive(Debug, Clone, Copy)]
pub enum ValuesRef<'a> {
    /// `anmalningar=2 beslag=12.5`, known to parse.
    Text(&'a str),
    /// The first `len` pairs of the array: a short column read once.
    Read([(&'a str, f64); READ_PAIRS], u8),
    /// Parsed pairs.
    Parsed(&'a [(String, f64)]),
}

impl<'a> ValuesRef<'a> {
    /// The pairs, in the order written.
    pub fn iter(self) -> ValuesIter<'a> {
        match self {
            ValuesRef::Text(text) => ValuesIter::Text(words(text)),
            ValuesRef::Read(pairs, len) => {
                ValuesIter::Read(pairs.into_iter().take(usize::from(len)))
            }
            ValuesRef::Parsed(pairs) => ValuesIter::Parsed(pairs.iter()),
        }
    }
}

impl PartialEq for ValuesRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

/// The pairs of a [`ValuesRef`], in the order written.
#[derive(Debug, Clone)]
pub enum ValuesIter<'a> {
    /// Read from the column's text.
    Text(Words<'a>),
    /// Read when the column was checked.
    Read(std::iter::Take<std::array::IntoIter<(&'a str, f64), READ_PAIRS>>),
    /// Parsed before.
    Parsed(std::slice::Iter<'a, (String, f64)>),
}

impl<'a> Iterator for ValuesIter<'a> {
    type Item = (&'a str, f64);

    fn next(&mut self) -> Option<(&'a str, f64)> {
        match self {
            ValuesIter::Text(pairs) => pairs.find_map(|pair| {
                // '=' is ASCII: found byte by byte, at once in a short pair.
                let at = pair.bytes().position(|b| b == b'=')?;
                let (key, value) = (&pair[..at], &pair[at + 1..]);
                Some((key, parse_number(value)?))
            }),
            ValuesIter::Read(pairs) => pairs.next(),
            ValuesIter::Parsed(pairs) => pairs.next().map(|(k, v)| (k.as_str(), *v)),
        }
    }
}

/// The words of `text` between whitespace, as [`str::split_whitespace`]
/// gives them: the pairs of a `values` column.
pub fn words(text: &str) -> Words<'_> {
    if text.is_ascii() {
        Words::Ascii(text)
    } else {
        Words::Unicode(text.split_whitespace())
    }
}

/// The words of a text ([`words`]).
#[derive(Debug, Clone)]
pub enum Words<'a> {
    /// What is left of a text all ASCII, stepped through byte by byte
    /// (`split_whitespace` decodes every character).
    Ascii(&'a str),
    /// Any other text.
    Unicode(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Ascii(rest) => {
                // Whitespace in ASCII as `char::is_whitespace` has it:
                // space, and tab to carriage return (vertical tab too).
                let space = |b: &u8| *b == b' ' || (b'\t'..=b'\r').contains(b);
                let text = *rest;
                let start = text.bytes().position(|b| !space(&b))?;
                let end = text[start..]
                    .bytes()
                    .position(|b| space(&b))
                    .map_or(text.len(), |len| start + len);
                *rest = &text[end..];
                Some(&text[start..end])
            }
            Words::Unicode(words) => words.next(),
        }
    }
}

/// A row read from the log, borrowing its text: what reading a million
/// rows needs without allocating for each. [`RowRef::to_activity`] makes
/// the owned [`Activity`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowRef<'a> {
    /// Unique id.
    pub id: &'a str,
    /// When it happened.
    pub date: NaiveDate,
    /// The measure's id (`arbetspass` for shifts).
    pub measure: &'a str,
    /// How many.
    pub count: u64,
    /// The target reached.
    pub target: Option<&'a str>,
    /// Follow-up metric values.
    pub values: ValuesRef<'a>,
    /// Who did it.
    pub who: &'a str,
    /// Where.
    pub place: &'a str,
    /// A note; the reason for voids and excuses.
    pub note: &'a str,
    /// When the row was written.
    pub recorded_at: &'a str,
    /// The id this row cancels.
    pub voids: Option<&'a str>,
    /// The period key this row excuses.
    pub excuses: Option<&'a str>,
    /// The last day of a span, when the row covers more than `date`.
    pub until: Option<NaiveDate>,
    /// The id of the trigger row this row answers.
    pub answers: Option<&'a str>,
}

impl RowRef<'_> {
    /// What kind of row this is.
    pub fn kind(&self) -> RowKind {
        row_kind(self.measure, self.voids.is_some(), self.excuses.is_some())
    }

    /// The owned row.
    pub fn to_activity(self) -> Activity {
        Activity {
            id: self.id.to_string(),
            date: self.date,
            measure: self.measure.to_string(),
            count: self.count,
            target: self.target.map(str::to_string),
            values: self
                .values
                .iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            who: self.who.to_string(),
            place: self.place.to_string(),
            note: self.note.to_string(),
            recorded_at: self.recorded_at.to_string(),
            voids: self.voids.map(str::to_string),
            excuses: self.excuses.map(str::to_string),
            until: self.until,
            answers: self.answers.map(str::to_string),
        }
    }
}

/// Parses a date written `YYYY-MM-DD`. The common shape is read by hand
/// (the log holds a million of them); anything else goes through chrono.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        // The rows of a log come day by day: the day before is the one
        // asked for again most of the time.
        thread_local! {
            static LAST: std::cell::Cell<(u32, Option<NaiveDate>)> =
                const { std::cell::Cell::new((u32::MAX, None)) };
        }
        let key = (y * 100 + m) * 100 + d;
        return LAST.with(|last| match last.get() {
            (known, day) if known == key => day,
            _ => {
                let day = NaiveDate::from_ymd_opt(y as i32, m, d);
                last.set((key, day));
                day
            }
        });
    }
    // A two-digit year (`21-03-02`, as a spreadsheet may shorten it) would
    // read as the year 21: only four digits are a year.
    let four_digit_year = text.split('-').next().is_some_and(|y| y.len() == 4);
    four_digit_year
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
}

/// Checks the `values` column without allocating, and reads its pairs
/// when they are few ([`READ_PAIRS`]), so that they are not read again:
/// `Err` holds the first malformed pair.
pub fn read_values(text: &str) -> Result<ValuesRef<'_>, &str> {
    let mut pairs = [("", 0.0); READ_PAIRS];
    let mut len = 0;
    for pair in words(text) {
        // '=' is ASCII: found byte by byte, at once in a short pair.
        let split = pair.bytes().position(|b| b == b'=');
        match split.map(|at| (&pair[..at], &pair[at + 1..])) {
            Some((key, value)) if !key.is_empty() && !is_personnummer_value(value) => {
                let number = parse_number(value).ok_or(pair)?;
                if let Some(slot) = pairs.get_mut(len) {
                    *slot = (key, number);
                }
                len += 1;
            }
            _ => return Err(pair),
        }
    }
    Ok(match u8::try_from(len) {
        Ok(len) if usize::from(len) <= READ_PAIRS => ValuesRef::Read(pairs, len),
        _ => ValuesRef::Text(text),
    })
}

/// Whether a value as written (`0812189876`, `19811218-9876`) is a
/// personnummer: such a value is no metric value, whatever number it
/// parses as.
pub fn is_personnummer_value(text: &str) -> bool {
    // Ten digits at least: the short test keeps the reader fast.
    text.len() >= 10 && personnummer::contains(text)
}

/// Formats metric values for the `values` column: `anmalningar=2 beslag=12.5`.
pub fn format_values(values: &[(String, f64)]) -> String {
    values
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The largest count of one row: a documented bound, so that no sum of
/// counts can overflow and a typo (`--count 30000000`) is caught.
pub const MAX_COUNT: u64 = 10_000;

/// The largest metric value of one row, either sign: a documented bound,
/// so that every sum stays finite (no `inf` in a table, no `null` in
/// JSON) and exact enough to compare.
pub const MAX_VALUE: f64 = 1_000_000_000.0;

/// Parses a number as people write it, `12.5` or `12,5`: finite and at
/// most [`MAX_VALUE`] either way, else `None`.
pub fn parse_number(text: &str) -> Option<f64> {
    parse_any_number(text).filter(|n| n.abs() <= MAX_VALUE)
}

/// Parses a number as people write it, finite but of any size: to tell
/// "too large" from "not a number" in a message.
pub fn parse_any_number(text: &str) -> Option<f64> {
    let text = trimmed(text);
    // A small whole number, the common case, at once: below 2^53 it is
    // the same f64 as `str::parse` gives.
    if (1..=15).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        let whole = text
            .bytes()
            .fold(0u64, |n, digit| n * 10 + u64::from(digit - b'0'));
        return Some(whole as f64);
    }
    let n: f64 = if text.contains(',') {
        text.replace(',', ".").parse().ok()?
    } else {
        text.parse().ok()?
    };
    n.is_finite().then_some(n)
}

/// `text` without whitespace at either end, as [`str::trim`] gives it, but
/// at once when it starts and ends with a visible ASCII character (a
/// field of the log nearly always does).
pub fn trimmed(text: &str) -> &str {
    let bare = |b: Option<&u8>| b.is_none_or(|b| b.is_ascii() && !b.is_ascii_whitespace());
    let bytes = text.as_bytes();
    if bare(bytes.first()) && bare(bytes.last()) {
        text
    } else {
        text.trim()
    }
}

#[cfg(test)]
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

    proptest::proptest! {
        /// A day read by hand (and the day before remembered) is chrono's,
        /// however days follow each other.
        #[test]
        fn a_day_is_read_as_chrono_reads_it(
            days in proptest::collection::vec((1999u32..2002, 0u32..14, 0u32..33), 1..20),
        ) {
            for (y, m, d) in days.iter().chain(days.iter().rev()) {
                let text = format!("{y:04}-{m:02}-{d:02}");
                let chrono = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
                proptest::prop_assert_eq!(parse_date(&text), chrono, "{}", text);
            }
        }

        /// The quick trim is `str::trim`, for any text.
        #[test]
        fn trimmed_is_trim(text in "[ \t\u{a0}\u{2003}a-zå,=.]{0,12}") {
            proptest::prop_assert_eq!(trimmed(&text), text.trim());
        }

        /// The words of a text are `str::split_whitespace`'s, ASCII or not.
        #[test]
        fn words_are_split_whitespace(text in "[ \t\n\u{b}\u{c}\r\u{1c}\u{85}\u{a0}a=1,å]{0,16}") {
            let words: Vec<&str> = words(&text).collect();
            proptest::prop_assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        }

        /// The quick path for whole numbers gives what `str::parse` gives.
        #[test]
        fn a_whole_number_parses_as_str_parse_does(text in "[0-9]{1,20}") {
            proptest::prop_assert_eq!(parse_any_number(&text), text.parse::<f64>().ok());
        }

        /// The values of a row's text, read lazily, are its parsed pairs.
        #[test]
        fn values_read_from_text_are_the_parsed_pairs(
            pairs in proptest::collection::vec(("[a-z]{1,6}", 0u32..5000, 0u32..100), 0..5),
            junk in proptest::bool::ANY,
        ) {
            let mut text: Vec<String> = pairs
                .iter()
                .map(|(key, whole, cents)| format!("{key}={whole},{cents:02}"))
                .collect();
            if junk {
                text.insert(0, "nonsense".to_string());
            }
            let text = text.join(" ");
            let read: Vec<(&str, f64)> = ValuesRef::Text(&text).iter().collect();
            let parsed: Vec<(String, f64)> = pairs
                .iter()
                .map(|(key, whole, cents)| (key.clone(), format!("{whole}.{cents:02}").parse().unwrap()))
                .collect();
            let expected: Vec<(&str, f64)> = parsed.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            proptest::prop_assert_eq!(&read, &expected);
            let again: Vec<(&str, f64)> = ValuesRef::Parsed(&parsed).iter().collect();
            proptest::prop_assert_eq!(&read, &again);
            // Read once when checked: the same pairs, or the same refusal.
            match read_values(&text) {
                Ok(once) => {
                    proptest::prop_assert!(!junk);
                    proptest::prop_assert_eq!(once.iter().collect::<Vec<_>>(), read);
                }
                Err(pair) => {
                    proptest::prop_assert!(junk);
                    proptest::prop_assert_eq!(pair, "nonsense");
                }
            }
        }
    }

    #[test]
    fn numbers_with_a_comma_or_spaces_parse() {
        assert_eq!(parse_any_number(" 12,5 "), Some(12.5));
        assert_eq!(parse_any_number("\u{a0}3"), Some(3.0));
        assert_eq!(parse_any_number("1,2,3"), None);
    }

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
    fn dates_are_read_fast_and_strictly() {
        assert_eq!(
            parse_date("2020-02-29"),
            NaiveDate::from_ymd_opt(2020, 2, 29)
        );
        assert_eq!(parse_date("2021-02-29"), None);
        assert_eq!(parse_date("2021-3-2"), NaiveDate::from_ymd_opt(2021, 3, 2));
        assert_eq!(parse_date("2021-13-01"), None);
        assert_eq!(parse_date("20x1-03-02"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn a_row_view_round_trips_to_the_owned_row() {
        let row = RowRef {
            id: "a",
            date: NaiveDate::from_ymd_opt(2021, 3, 2).unwrap(),
            measure: "trafikkontroll",
            count: 3,
            target: Some("åk7"),
            values: ValuesRef::Text("anmalningar=2 beslag=12,5"),
            who: "Bo",
            place: "",
            note: "n",
            recorded_at: "",
            voids: None,
            excuses: None,
            until: None,
            answers: None,
        };
        let owned = row.to_activity();
        assert_eq!(owned.value("beslag"), Some(12.5));
        assert_eq!(owned.as_row().values.iter().count(), 2);
        assert_eq!(owned.as_row().to_activity(), owned);
        assert_eq!(read_values("a=1 b"), Err("b"));
        assert!(read_values("a=1 b=2,5").is_ok());
        assert_eq!(read_values("a=0812189876"), Err("a=0812189876"));
        let read = read_values(" a=1  b=2,5 ").unwrap();
        assert!(matches!(read, ValuesRef::Read(_, 2)));
        assert_eq!(read, ValuesRef::Text("a=1 b=2.5"));
        let many = "a=1 b=2 c=3 d=4";
        assert!(matches!(read_values(many), Ok(ValuesRef::Text(t)) if t == many));
        assert_eq!(read_values("a=1e12"), Err("a=1e12"));
    }

    #[test]
    fn decimal_comma_is_accepted() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number(" 3 "), Some(3.0));
        assert_eq!(parse_number("tolv"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("1e400"), None);
        assert_eq!(parse_number("1e9"), Some(1e9));
        assert_eq!(parse_number("1000000000,5"), None);
        assert_eq!(parse_any_number("1e12"), Some(1e12));
        assert_eq!(
            parse_values("beslag=12,5"),
            Ok(vec![("beslag".into(), 12.5)])
        );
        assert_eq!(parse_values("beslag"), Err("beslag".into()));
        assert_eq!(parse_values("=3"), Err("=3".into()));
    }
}
