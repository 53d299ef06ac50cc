//! The activities as CSV, in one of two dialects:
//!
//! - [`CsvDialect::SwedishExcel`]: what Excel with Swedish settings opens
//!   correctly by double-click: UTF-8 with a byte-order mark (or Excel
//!   guesses Windows-1252 and breaks å, ä, ö), `;` between fields (Swedish
//!   Excel's list separator, since `,` is its decimal sign), a decimal
//!   comma in numbers and CRLF line ends;
//! - [`CsvDialect::Plain`]: RFC 4180 with `,`, a decimal point and CRLF
//!   line ends, for programs and English Excel.
//!
//! Both are written to survive being opened with the other dialect's
//! separator (a Swedish Excel opening a plain export, or the reverse):
//! a field holding any of `,` `;` tab CR LF or `"` is quoted in both
//! dialects, and text that a spreadsheet would run as a formula is
//! neutralised, at its start and after every separator character inside
//! it (a `'`; see [`neutralised`]). The columns are
//! [`ActivityColumns::header`].

use std::io::{self, Write};

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use super::export::{
    ActivityColumns, ExportRest, Exporter, RowBytes, SPLIT_CHARACTERS, looks_like_formula,
    neutralised,
};
use crate::activity::{Activity, RowRef};

/// The CSV dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvDialect {
    /// BOM, `;`, decimal comma, CRLF.
    SwedishExcel,
    /// RFC 4180: `,`, decimal point, CRLF.
    Plain,
}

/// Writes the activities as CSV.
pub struct CsvExporter<W: Write> {
    out: W,
    rows: CsvRows,
    /// The line being written, kept between rows.
    line: Vec<u8>,
}

/// Writes one activity as a line of CSV: each line stands on its own, so
/// the lines of a big log are written on every core ([`RowBytes`]).
#[derive(Debug, Clone)]
pub struct CsvRows {
    delimiter: u8,
    columns: ActivityColumns,
    dialect: CsvDialect,
}

#[cfg(test)]
/// A number as the dialect writes it: as short as it can be exact, with a
/// decimal comma in the Swedish dialect.
pub fn csv_number(value: f64, dialect: CsvDialect) -> String {
    let text = value.to_string();
    match dialect {
        CsvDialect::SwedishExcel => text.replace('.', ","),
        CsvDialect::Plain => text,
    }
}

/// Appends `value` as [`csv_number`] writes it.
fn push_number(line: &mut Vec<u8>, value: f64, dialect: CsvDialect) {
    let start = line.len();
    // Writing to a Vec cannot fail.
    let _ = write!(line, "{value}");
    if dialect == CsvDialect::SwedishExcel
        && let Some(dot) = line[start..].iter().position(|&b| b == b'.')
    {
        line[start + dot] = b',';
    }
}

/// Appends `count` in decimal digits, as `{}` writes it.
fn push_count(line: &mut Vec<u8>, count: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = count;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    line.extend_from_slice(&digits[at..]);
}

/// Whether a byte makes a field quoted: a quote or a split character.
const NEEDS_QUOTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(i as u8, b',' | b';' | b'\t' | b'\r' | b'\n' | b'"');
        i += 1;
    }
    table
};

/// Appends `day` as `YYYY-MM-DD`, as chrono's `%Y-%m-%d` writes it.
fn push_day(line: &mut Vec<u8>, day: NaiveDate) {
    let year = day.year();
    if (0..=9999).contains(&year) {
        let digits = |n: u32, width: usize, line: &mut Vec<u8>| {
            let mut buf = [b'0'; 4];
            let mut n = n;
            for b in buf[..width].iter_mut().rev() {
                *b = b'0' + (n % 10) as u8;
                n /= 10;
            }
            line.extend_from_slice(&buf[..width]);
        };
        digits(year.unsigned_abs(), 4, line);
        line.push(b'-');
        digits(day.month(), 2, line);
        line.push(b'-');
        digits(day.day(), 2, line);
    } else {
        let _ = write!(line, "{}", day.format("%Y-%m-%d"));
    }
}

/// Appends `text` neutralised and quoted ([`neutralised`], [`quoted`]);
/// text without a quote or a split character that does not look like a
/// formula, the common case, is copied as it is.
fn push_text(line: &mut Vec<u8>, text: &str) {
    let plain = !text.bytes().any(|b| NEEDS_QUOTES[usize::from(b)]);
    if plain && !looks_like_formula(text) {
        line.extend_from_slice(text.as_bytes());
    } else {
        line.extend_from_slice(quoted(&neutralised(text)).as_bytes());
    }
}

impl<W: Write> CsvExporter<W> {
    /// Starts the CSV on `out`: the byte-order mark (Swedish dialect) and
    /// the header line.
    pub fn new(mut out: W, columns: ActivityColumns, dialect: CsvDialect) -> io::Result<Self> {
        let delimiter = match dialect {
            CsvDialect::SwedishExcel => {
                out.write_all("\u{feff}".as_bytes())?;
                b';'
            }
            CsvDialect::Plain => b',',
        };
        let mut line = Vec::new();
        for (i, name) in columns.header().into_iter().enumerate() {
            if i > 0 {
                line.push(delimiter);
            }
            line.extend_from_slice(quoted(&neutralised(name)).as_bytes());
        }
        line.extend_from_slice(b"\r\n");
        out.write_all(&line)?;
        Ok(CsvExporter {
            out,
            rows: CsvRows {
                delimiter,
                columns,
                dialect,
            },
            line,
        })
    }
}

/// A field as CSV writes it: in quotes (a quote doubled) when it holds a
/// quote or any character some spreadsheet splits at, whichever the
/// dialect; as it is otherwise.
pub fn quoted(field: &str) -> Cow<'_, str> {
    if field.contains(SPLIT_CHARACTERS) || field.contains('"') {
        Cow::Owned(format!("\"{}\"", field.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(field)
    }
}

impl RowBytes for CsvRows {
    fn write(&self, row: &RowRef<'_>, line: &mut Vec<u8>) {
        // Text is neutralised and quoted; numbers are written bare (the
        // Swedish decimal comma is that dialect's own, and a quoted number
        // would be a contract change for programs). No allocation per
        // field.
        let d = self.delimiter;
        push_day(line, row.date);
        line.push(d);
        push_text(line, row.measure);
        line.push(d);
        // Writing to a Vec cannot fail.
        push_count(line, row.count);
        line.push(d);
        push_text(line, row.target.unwrap_or_default());
        let metrics = self.columns.metric_cells(row.values);
        for value in metrics.values() {
            line.push(d);
            if let Some(value) = value {
                push_number(line, *value, self.dialect);
            }
        }
        line.push(d);
        if metrics.other {
            push_text(line, &self.columns.other_values_of(row.values));
        }
        for text in [row.who, row.place, row.note, row.recorded_at, row.id] {
            line.push(d);
            push_text(line, text);
        }
        line.push(d);
        if let Some(until) = row.until {
            push_day(line, until);
        }
        line.push(d);
        push_text(line, row.answers.unwrap_or_default());
        line.extend_from_slice(b"\r\n");
    }
}

impl<W: Write> Exporter for CsvExporter<W> {
    fn activity(&mut self, row: &Activity) -> io::Result<()> {
        self.line.clear();
        self.rows.write(&row.as_row(), &mut self.line);
        self.out.write_all(&self.line)
    }

    fn row_bytes(&self) -> Option<Box<dyn RowBytes>> {
        Some(Box::new(self.rows.clone()))
    }

    fn rows(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    fn finish(mut self: Box<Self>, _rest: &ExportRest<'_>) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_each_dialect() {
        assert_eq!(csv_number(12.5, CsvDialect::SwedishExcel), "12,5");
        assert_eq!(csv_number(12.5, CsvDialect::Plain), "12.5");
        assert_eq!(csv_number(3.0, CsvDialect::Plain), "3");
        assert_eq!(csv_number(-0.25, CsvDialect::SwedishExcel), "-0,25");
    }

    #[test]
    fn fields_holding_either_separator_are_quoted() {
        for (field, written) in [
            ("a,b", "\"a,b\""),
            ("a;b", "\"a;b\""),
            ("a\tb", "\"a\tb\""),
            ("a\r\nb", "\"a\r\nb\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("plain text", "plain text"),
            ("", ""),
        ] {
            assert_eq!(quoted(field), written, "{field:?}");
        }
    }

    #[test]
    fn the_fast_writers_write_what_the_plain_functions_write() {
        for text in [
            "kontroll, väg 365; E4",
            "",
            "plain text",
            "=SUM(A1)",
            "  +46 70",
            "-1",
            "a=b",
            "say \"hi\"",
            "rad\n-1+2;+3",
            "\t=x",
            "åäö @x",
        ] {
            let mut line = Vec::new();
            push_text(&mut line, text);
            assert_eq!(
                String::from_utf8(line).unwrap(),
                quoted(&neutralised(text)),
                "{text:?}"
            );
        }
        for value in [12.5, 3.0, -0.25, 1e9, 0.1 + 0.2, -0.0] {
            for dialect in [CsvDialect::SwedishExcel, CsvDialect::Plain] {
                let mut line = Vec::new();
                push_number(&mut line, value, dialect);
                assert_eq!(String::from_utf8(line).unwrap(), csv_number(value, dialect));
            }
        }
        for day in ["2021-03-05", "0999-12-31", "9999-01-01", "1970-10-10"] {
            let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
            let mut line = Vec::new();
            push_day(&mut line, date);
            assert_eq!(String::from_utf8(line).unwrap(), day);
        }
        for count in [0, 7, 10, 10_000, u64::MAX] {
            let mut line = Vec::new();
            push_count(&mut line, count);
            assert_eq!(String::from_utf8(line).unwrap(), count.to_string());
        }
        let far = NaiveDate::from_ymd_opt(12345, 1, 2).unwrap();
        let mut line = Vec::new();
        push_day(&mut line, far);
        assert_eq!(
            String::from_utf8(line).unwrap(),
            far.format("%Y-%m-%d").to_string()
        );
    }
}
