//! How a log file is written, told once per file from its header line, and
//! a row of a foreign dialect turned into the canonical one.
//!
//! The canonical form is what `loften` writes: UTF-8 (a byte-order mark is
//! tolerated), `,` between fields, `\n` at the end of every line, dates
//! `YYYY-MM-DD`, decimal points. A file opened and saved by Excel (Swedish
//! settings: a byte-order mark, `;`, CRLF, dates as `2021-03-02 00:00`,
//! maybe Windows-1252 for "CSV (semikolonavgränsad)") keeps the same
//! columns, so its header line tells its separator, its line ends and its
//! byte-order mark; the rows are then read with that separator and each
//! field brought back to the canonical text by [`normalize`].
//!
//! Pure: bytes in, a [`Dialect`] or fields out. The reader (`read`), the
//! appender (`append`) and `loften repair` all use it, so the three agree on
//! what a file is. A later one-pass fast path reads the same [`Dialect`]
//! and calls [`normalize`] only for files that are not canonical.

use std::borrow::Cow;

use crate::activity::{COLUMNS, LEGACY_WIDTH};
use crate::i18n::Text;
use crate::text;

/// The UTF-8 byte-order mark that Excel puts first in "CSV UTF-8".
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How a file is written, as its header line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    /// The field separator: `,`, `;` or a tab.
    pub separator: u8,
    /// Whether the file starts with a UTF-8 byte-order mark.
    pub bom: bool,
    /// Whether the header line ends in `\r\n`.
    pub crlf: bool,
    /// The number of columns the header names: all of [`COLUMNS`], or the
    /// first [`LEGACY_WIDTH`] (a file written before `until` and
    /// `answers`).
    pub width: usize,
}

impl Dialect {
    /// What `loften` writes.
    pub const CANONICAL: Dialect = Dialect {
        separator: b',',
        bom: false,
        crlf: false,
        width: COLUMNS.len(),
    };

    #[cfg(test)]
    /// Whether the header lacks the later columns `until` and `answers`.
    pub fn is_legacy(&self) -> bool {
        self.width < COLUMNS.len()
    }

    /// Whether `loften log` may append to a file of this dialect: `,` and
    /// `\n` (a byte-order mark is harmless and kept).
    pub fn is_canonical(&self) -> bool {
        self.separator == b',' && !self.crlf
    }

    /// What differs from the canonical form, in words, for messages:
    /// "semicolons (;) between fields", "CRLF line ends (Windows)".
    pub fn differences(&self) -> Vec<Text> {
        let mut found = Vec::new();
        match self.separator {
            b';' => found.push(text!("log-file-dialect-semicolons")),
            b'\t' => found.push(text!("log-file-dialect-tabs")),
            _ => {}
        }
        if self.crlf {
            found.push(text!("log-file-dialect-crlf"));
        }
        if self.bom {
            found.push(text!("log-file-dialect-bom"));
        }
        found
    }
}

/// The dialect of a file whose first line is `line` (with its line end,
/// if any): the separator with which the line is exactly the contract's
/// header. `None` when no separator makes it the header (no header, or a
/// wrong one: the reader says which).
pub fn detect(line: &[u8]) -> Option<Dialect> {
    let bom = line.starts_with(BOM);
    let line = if bom { &line[BOM.len()..] } else { line };
    let (line, crlf) = match line.strip_suffix(b"\r\n") {
        Some(stripped) => (stripped, true),
        None => (line.strip_suffix(b"\n").unwrap_or(line), false),
    };
    let separators = [b',', b';', b'\t'];
    separators.into_iter().find_map(|separator| {
        let names: Vec<&[u8]> = line.split(|&b| b == separator).map(unquote).collect();
        let width = names.len();
        let all = (width == COLUMNS.len() || width == LEGACY_WIDTH)
            && names.iter().zip(COLUMNS).all(|(n, c)| *n == c.as_bytes());
        all.then_some(Dialect {
            separator,
            bom,
            crlf,
            width,
        })
    })
}

/// A header name as written, without quotes a spreadsheet may add.
fn unquote(name: &[u8]) -> &[u8] {
    name.strip_prefix(b"\"")
        .and_then(|n| n.strip_suffix(b"\""))
        .unwrap_or(name)
}

/// What [`normalize`] changed in a field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// The text was not UTF-8 and was read as Windows-1252.
    pub windows_1252: bool,
    /// A date had a time of day after it (`2021-03-02 00:00`).
    pub date_time: bool,
    /// A value had a decimal comma (`beslag=12,5`).
    pub decimal_comma: bool,
}

impl Changes {
    /// The changes of both.
    pub fn and(self, other: Changes) -> Changes {
        Changes {
            windows_1252: self.windows_1252 || other.windows_1252,
            date_time: self.date_time || other.date_time,
            decimal_comma: self.decimal_comma || other.decimal_comma,
        }
    }

    #[cfg(test)]
    /// Whether anything changed.
    pub fn any(&self) -> bool {
        self.windows_1252 || self.date_time || self.decimal_comma
    }
}

/// Field `index` (in [`COLUMNS`] order) of a row of a foreign dialect, as
/// the canonical form writes it, and what that took. Text that is not
/// UTF-8 is read as Windows-1252 (Excel's "CSV (semikolonavgränsad)");
/// a date with a midnight time loses the time; a decimal comma in
/// `values` becomes a point. Anything else is left as it is, for the
/// row's own checks to judge.
pub fn normalize(index: usize, raw: &[u8]) -> (Cow<'_, [u8]>, Changes) {
    let mut changes = Changes::default();
    let mut field: Cow<'_, [u8]> = match std::str::from_utf8(raw) {
        Ok(_) => Cow::Borrowed(raw),
        Err(_) => {
            changes.windows_1252 = true;
            Cow::Owned(windows_1252_to_utf8(raw).into_bytes())
        }
    };
    match COLUMNS.get(index) {
        Some(&"date") => {
            if let Some(date) = strip_midnight(&field) {
                changes.date_time = true;
                field = Cow::Owned(date.to_vec());
            }
        }
        Some(&"values") if field.contains(&b',') => {
            changes.decimal_comma = true;
            field = Cow::Owned(
                field
                    .iter()
                    .map(|&b| if b == b',' { b'.' } else { b })
                    .collect(),
            );
        }
        _ => {}
    }
    (field, changes)
}

/// `2021-03-02` of `2021-03-02 00:00` (or `00:00:00`); `None` for any
/// other text, a date with another time of day included (that time would
/// be lost).
fn strip_midnight(field: &[u8]) -> Option<&[u8]> {
    let trimmed = field.trim_ascii();
    let (date, time) = trimmed.split_at_checked(10)?;
    let time = time.trim_ascii_start();
    (matches!(time, b"00:00" | b"00:00:00") && trimmed[10] == b' ').then_some(date)
}

/// Windows-1252 text as UTF-8. Bytes below 0x80 are ASCII, 0xA0–0xFF are
/// Latin-1; 0x80–0x9F hold the typographic characters (€, dashes, quotes)
/// or, for the five unassigned ones, the C1 control of the same number.
pub fn windows_1252_to_utf8(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses,until,answers";
    /// The header of a file written before `until` and `answers`.
    const LEGACY: &str =
        "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses";

    #[test]
    fn detects_the_dialect_from_the_header() {
        assert_eq!(
            detect(format!("{HEADER}\n").as_bytes()),
            Some(Dialect::CANONICAL)
        );
        let excel = format!("\u{feff}{}\r\n", HEADER.replace(',', ";"));
        let dialect = detect(excel.as_bytes()).unwrap();
        assert_eq!(
            (dialect.separator, dialect.bom, dialect.crlf),
            (b';', true, true)
        );
        assert!(!dialect.is_canonical());
        assert_eq!(dialect.differences().len(), 3);
        let tabs = HEADER.replace(',', "\t");
        assert_eq!(detect(tabs.as_bytes()).unwrap().separator, b'\t');
        let bom_only = detect(format!("\u{feff}{HEADER}\n").as_bytes()).unwrap();
        assert!(bom_only.is_canonical());
        assert_eq!(detect(b"id;date;measure\n"), None);
        assert_eq!(detect(format!("{HEADER},extra\n").as_bytes()), None);
        assert_eq!(detect(b"a,2021-03-02,t,1,,,,,,,,\n"), None);
        let legacy = detect(format!("{LEGACY}\n").as_bytes()).unwrap();
        assert!(legacy.is_canonical() && legacy.is_legacy());
        assert_eq!(detect(format!("{LEGACY},until\n").as_bytes()), None);
    }

    #[test]
    fn normalizes_excel_fields() {
        let date = COLUMNS.iter().position(|c| *c == "date").unwrap();
        let values = COLUMNS.iter().position(|c| *c == "values").unwrap();
        let (field, changes) = normalize(date, b"2021-03-02 00:00");
        assert_eq!((&*field, changes.date_time), (&b"2021-03-02"[..], true));
        let (field, changes) = normalize(date, b"2021-03-02 13:45");
        assert_eq!((&*field, changes.any()), (&b"2021-03-02 13:45"[..], false));
        let (field, changes) = normalize(values, b"beslag=12,5 anm=2");
        assert_eq!(
            (&*field, changes.decimal_comma),
            (&b"beslag=12.5 anm=2"[..], true)
        );
        let (field, changes) = normalize(8, b"V\xe4g 365 \x96 norr");
        assert_eq!(std::str::from_utf8(&field).unwrap(), "Väg 365 – norr");
        assert!(changes.windows_1252);
        let (field, changes) = normalize(8, "Väg".as_bytes());
        assert!(matches!(field, Cow::Borrowed(_)) && !changes.any());
    }
}
