//! The XML of the activities sheets' data rows, written straight into
//! bytes: to the byte what rust_xlsxwriter writes for the same cells in
//! constant-memory mode (inline strings, its XML escaping, its number
//! text, the date format's style), without a map, a `String` or a format
//! hash per cell. The reference test (`reference.rs`) holds the two
//! together.
//!
//! A row is written on any core, before its number is known: it starts
//! with a mark ([`ROW`], or [`DATED_ROW`] when a cell uses the date
//! format) and holds [`ROW_NUMBER`] wherever its number goes; in log
//! order, [`numbered_rows`] splits rows at their marks and
//! [`push_numbered`] fills their numbers in. No text can hold a mark: the
//! escaping writes every control character as `_xHHHH_`.
//!
//! What goes in which column is [`super::activities`]' business: it lays
//! a row out through [`Cells`], which this writer and the reference both
//! implement.

use std::io::Write as _;

use chrono::NaiveDate;
use rust_xlsxwriter::XlsxError;

use super::{cell_text, date_text, excel_date};

/// The style index of the date cells. rust_xlsxwriter numbers the formats
/// of constant-memory sheets in the order of first use, workbook-wide,
/// from the default format's 0: the first activities sheet's header row
/// uses the header format (1) before any cell, and the date format is
/// registered at the first row with a date cell ([`DATED_ROW`]), as the
/// reference path does, so it is 2.
pub(super) const DATE_STYLE: u32 = 2;

/// The mark that starts a row.
pub(super) const ROW: u8 = 0x01;
/// The mark that starts a row with a cell in the date format.
pub(super) const DATED_ROW: u8 = 0x02;
/// The mark where the row's number goes.
pub(super) const ROW_NUMBER: u8 = 0x00;

/// The cells of one row of an activities sheet, by column (0 is A).
pub(super) trait Cells {
    /// A number.
    fn number(&mut self, col: u16, value: f64) -> Result<(), XlsxError>;
    /// A text; nothing when empty; at most Excel's longest.
    fn text(&mut self, col: u16, text: &str) -> Result<(), XlsxError>;
    /// A date: a real Excel date, or its text when Excel cannot hold it.
    fn date(&mut self, col: u16, date: NaiveDate) -> Result<(), XlsxError>;
}

/// Writes one row's XML, marked, into a buffer.
pub(super) struct RowXml<'a> {
    out: &'a mut Vec<u8>,
    /// Each column's letters: `A`, `B`, ... `AA`, ...
    letters: &'a [String],
    /// Where the row's mark is.
    mark: usize,
}

impl<'a> RowXml<'a> {
    /// Starts a row at the end of `out`, its columns named by `letters`.
    pub(super) fn start(out: &'a mut Vec<u8>, letters: &'a [String]) -> RowXml<'a> {
        let mark = out.len();
        out.push(ROW);
        out.extend_from_slice(b"<row r=\"");
        out.push(ROW_NUMBER);
        out.extend_from_slice(b"\">");
        RowXml { out, letters, mark }
    }

    /// Ends the row.
    pub(super) fn end(self) {
        self.out.extend_from_slice(b"</row>");
    }

    /// `<c r="B` + the row's number
    fn cell_start(&mut self, col: u16) {
        self.out.extend_from_slice(b"<c r=\"");
        self.out
            .extend_from_slice(self.letters[usize::from(col)].as_bytes());
        self.out.push(ROW_NUMBER);
        self.out.push(b'"');
    }

    fn number_cell(&mut self, col: u16, value: f64, style: Option<u32>) {
        self.cell_start(col);
        if let Some(style) = style {
            self.out.extend_from_slice(b" s=\"");
            self.out
                .extend_from_slice(itoa::Buffer::new().format(style).as_bytes());
            self.out.push(b'"');
        }
        self.out.extend_from_slice(b"><v>");
        push_number(self.out, value);
        self.out.extend_from_slice(b"</v></c>");
    }
}

impl Cells for RowXml<'_> {
    fn number(&mut self, col: u16, value: f64) -> Result<(), XlsxError> {
        // Excel has no NaN or infinity: rust_xlsxwriter writes its words.
        if value.is_nan() {
            return self.text(col, "NAN");
        }
        if value.is_infinite() {
            return self.text(col, if value > 0.0 { "INF" } else { "-INF" });
        }
        self.number_cell(col, value, None);
        Ok(())
    }

    fn text(&mut self, col: u16, text: &str) -> Result<(), XlsxError> {
        if text.is_empty() {
            return Ok(());
        }
        let text = cell_text(text);
        self.cell_start(col);
        self.out.extend_from_slice(b" t=\"inlineStr\"><is><t");
        let whitespace = ['\t', '\n', ' '];
        if text.starts_with(whitespace) || text.ends_with(whitespace) {
            self.out.extend_from_slice(b" xml:space=\"preserve\"");
        }
        self.out.push(b'>');
        push_escaped(self.out, text.as_bytes());
        self.out.extend_from_slice(b"</t></is></c>");
        Ok(())
    }

    fn date(&mut self, col: u16, date: NaiveDate) -> Result<(), XlsxError> {
        match excel_serial(date) {
            Some(serial) => {
                self.out[self.mark] = DATED_ROW;
                self.number_cell(col, serial, Some(DATE_STYLE));
                Ok(())
            }
            None => self.text(col, &date_text(date)),
        }
    }
}

/// The rows of `marked`, each with whether it uses the date format.
pub(super) fn numbered_rows(marked: &[u8]) -> impl Iterator<Item = (bool, &[u8])> {
    let mut rest = marked;
    std::iter::from_fn(move || {
        let (&mark, after) = rest.split_first()?;
        debug_assert!(mark == ROW || mark == DATED_ROW);
        let end = memchr::memchr2(ROW, DATED_ROW, after).unwrap_or(after.len());
        let row = &after[..end];
        rest = &after[end..];
        Some((mark == DATED_ROW, row))
    })
}

/// Appends `row` (without its mark) with its number `number` (from 1).
pub(super) fn push_numbered(out: &mut Vec<u8>, row: &[u8], number: u32) {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(number).as_bytes();
    let mut rest = row;
    while let Some(at) = memchr::memchr(ROW_NUMBER, rest) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(digits);
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest);
}

/// The first day Excel counts right: before it, its phantom 1900-02-29.
const MARCH_1900: NaiveDate = NaiveDate::from_ymd_opt(1900, 3, 1).unwrap();
/// Excel's day 0 as counted from March 1900.
const EPOCH: NaiveDate = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
/// The last day Excel holds.
const LAST_DAY: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();

/// `date` as Excel's serial number, as rust_xlsxwriter's `ExcelDateTime`
/// counts it; `None` for a date Excel cannot hold. From March 1900 on
/// the days since 1899-12-30, counted here: `ExcelDateTime` adds up the
/// years one by one, in every date cell.
fn excel_serial(date: NaiveDate) -> Option<f64> {
    if (MARCH_1900..=LAST_DAY).contains(&date) {
        Some((date - EPOCH).num_days() as f64)
    } else {
        excel_date(date).map(|d| d.to_excel())
    }
}

/// Appends `value` as Rust's `{}` writes an `f64` (as rust_xlsxwriter
/// does): a whole number below 2^53 as its digits, anything else through
/// the formatter.
fn push_number(out: &mut Vec<u8>, value: f64) {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if value.fract() == 0.0 && value.abs() < EXACT && !(value == 0.0 && value.is_sign_negative()) {
        out.extend_from_slice(itoa::Buffer::new().format(value as i64).as_bytes());
    } else {
        // Writing to a Vec cannot fail.
        let _ = write!(out, "{value}");
    }
}

/// Whether a byte may need escaping: `&<>`, a control character (but a
/// tab or a line feed), `_` (the start of a `_xHHHH_` that Excel would
/// read as an escape) and 0xEF (the first byte of U+FFFE and U+FFFF).
const SPECIAL: [bool; 256] = {
    let mut special = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        special[b] = b != b'\t' as usize && b != b'\n' as usize;
        b += 1;
    }
    special[b'&' as usize] = true;
    special[b'<' as usize] = true;
    special[b'>' as usize] = true;
    special[b'_' as usize] = true;
    special[0xEF] = true;
    special
};

/// Appends `text` escaped as rust_xlsxwriter's `escape_xml_escapes` then
/// `escape_xml_data` escape a cell's text: a literal `_xHHHH_` gets
/// `_x005F` before it, then `&<>` become entities and the control
/// characters (but tab and line feed), U+FFFE and U+FFFF become
/// `_xHHHH_`.
fn push_escaped(out: &mut Vec<u8>, text: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut copied = 0;
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if !SPECIAL[usize::from(b)] {
            i += 1;
            continue;
        }
        out.extend_from_slice(&text[copied..i]);
        copied = i;
        match b {
            b'&' => out.extend_from_slice(b"&amp;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'_' => {
                if is_escape_at(text, i) {
                    out.extend_from_slice(b"_x005F");
                }
                // The underscore itself is copied with what follows.
                i += 1;
                continue;
            }
            0xEF => {
                match text.get(i + 1..i + 3) {
                    Some([0xBF, 0xBE]) => out.extend_from_slice(b"_xFFFE_"),
                    Some([0xBF, 0xBF]) => out.extend_from_slice(b"_xFFFF_"),
                    _ => {
                        i += 1;
                        continue;
                    }
                }
                i += 3;
                copied = i;
                continue;
            }
            control => out.extend_from_slice(&[
                b'_',
                b'x',
                b'0',
                b'0',
                HEX[usize::from(control >> 4)],
                HEX[usize::from(control & 0xF)],
                b'_',
            ]),
        }
        i += 1;
        copied = i;
    }
    out.extend_from_slice(&text[copied..]);
}

/// Whether `text` holds `_xHHHH_` (four hex digits) at `at`.
fn is_escape_at(text: &[u8], at: usize) -> bool {
    match text.get(at..at + 7) {
        Some([b'_', b'x', digits @ .., b'_']) => digits.iter().all(u8::is_ascii_hexdigit),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = Vec::new();
        push_escaped(&mut out, text.as_bytes());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_is_escaped_as_rust_xlsxwriter_escapes_it() {
        assert_eq!(escaped("a<b>&c \"d\" 'e'"), "a&lt;b&gt;&amp;c \"d\" 'e'");
        assert_eq!(
            escaped("x\u{1}y\u{1f}\t\n\r"),
            "x_x0001_y_x001F_\t\n_x000D_"
        );
        assert_eq!(
            escaped("_x00AB_ _x00G1_ _x12"),
            "_x005F_x00AB_ _x00G1_ _x12"
        );
        assert_eq!(escaped("\u{FFFE}\u{FFFF}ï"), "_xFFFE__xFFFF_ï");
        assert_eq!(escaped("åäö"), "åäö");
    }

    #[test]
    fn dates_are_excel_serials_as_rust_xlsxwriter_counts_them() {
        let mut date = NaiveDate::from_ymd_opt(1899, 12, 1).unwrap();
        while date.year() < 2101 {
            assert_eq!(
                excel_serial(date),
                excel_date(date).map(|d| d.to_excel()),
                "{date}"
            );
            date = date + chrono::Days::new(1);
        }
        assert_eq!(excel_serial(LAST_DAY), Some(2_958_465.0));
        assert_eq!(excel_serial(LAST_DAY + chrono::Days::new(1)), None);
    }

    #[test]
    fn rows_are_numbered_in_order() {
        let letters = ["A".to_string(), "B".to_string()];
        let mut marked = Vec::new();
        let mut row = RowXml::start(&mut marked, &letters);
        row.text(1, "x").unwrap();
        row.end();
        let mut row = RowXml::start(&mut marked, &letters);
        row.date(0, NaiveDate::from_ymd_opt(2021, 3, 2).unwrap())
            .unwrap();
        row.end();
        let mut out = Vec::new();
        let rows: Vec<_> = numbered_rows(&marked).collect();
        assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), [false, true]);
        for (number, (_, row)) in (9..).zip(rows) {
            push_numbered(&mut out, row, number);
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<row r=\"9\"><c r=\"B9\" t=\"inlineStr\"><is><t>x</t></is></c></row>\
             <row r=\"10\"><c r=\"A10\" s=\"2\"><v>44257</v></c></row>"
        );
    }

    #[test]
    fn numbers_are_written_as_rust_writes_them() {
        for value in [
            0.0, -0.0, 1.0, -3.0, 0.5, 1e15, 9e15, 1e16, 1e20, 1e300, 1.5e-7, 2.25, -0.1,
        ] {
            let mut out = Vec::new();
            push_number(&mut out, value);
            assert_eq!(String::from_utf8(out).unwrap(), value.to_string());
        }
    }
}
