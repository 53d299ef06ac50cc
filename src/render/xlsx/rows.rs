//! The XML of the activities sheets' data rows, written straight into
//! bytes: to the byte what rust_xlsxwriter writes for the same cells in
//! constant-memory mode (inline strings, its XML escaping, its number
//! text, the date format's style), without a map, a `String` or a format
//! hash per cell. The reference test (`reference.rs`) holds the two
//! together.
//!
//! What goes in which column is [`super::activities`]' business: it lays
//! a row out through [`Cells`], which this writer and the reference both
//! implement.

use std::io::Write as _;

use chrono::NaiveDate;
use rust_xlsxwriter::XlsxError;
use rust_xlsxwriter::utility::column_number_to_name;

use super::{cell_text, date_text, excel_date};

/// The style index of the date cells. rust_xlsxwriter numbers the formats
/// of constant-memory sheets in the order of first use, workbook-wide,
/// from the default format's 0: the first activities sheet's header row
/// uses the header format (1) before any cell, and the date format is
/// registered at the first date cell ([`RowXml::uses_date_style`]), as the
/// reference path does, so it is 2.
pub(super) const DATE_STYLE: u32 = 2;

/// The cells of one row of an activities sheet, by column (0 is A).
pub(super) trait Cells {
    /// A number.
    fn number(&mut self, col: u16, value: f64) -> Result<(), XlsxError>;
    /// A text; nothing when empty; at most Excel's longest.
    fn text(&mut self, col: u16, text: &str) -> Result<(), XlsxError>;
    /// A date: a real Excel date, or its text when Excel cannot hold it.
    fn date(&mut self, col: u16, date: NaiveDate) -> Result<(), XlsxError>;
}

/// Writes rows of an activities sheet as XML into a buffer.
pub(super) struct RowXml {
    /// Each column's letters: `A`, `B`, ... `AA`, ...
    letters: Vec<String>,
    /// The row being written, as the cell references spell it (from 1).
    row_digits: [u8; 10],
    row_len: usize,
    /// The last date written and its Excel serial: the log is in date
    /// order, so most rows repeat the one before.
    last_date: Option<(NaiveDate, Option<f64>)>,
    /// Whether a cell used the date format since the last
    /// [`RowXml::uses_date_style`].
    used_date_style: bool,
    /// The XML written.
    pub(super) out: Vec<u8>,
}

impl RowXml {
    /// A writer for rows of `columns` columns into `out`.
    pub(super) fn new(columns: usize, out: Vec<u8>) -> RowXml {
        RowXml {
            letters: (0..columns)
                .map(|c| column_number_to_name(c as u16))
                .collect(),
            row_digits: [0; 10],
            row_len: 0,
            last_date: None,
            used_date_style: false,
            out,
        }
    }

    /// Starts row `row` (counted from 0, as rust_xlsxwriter does).
    pub(super) fn start_row(&mut self, row: u32) {
        let mut buffer = itoa::Buffer::new();
        let digits = buffer.format(u64::from(row) + 1).as_bytes();
        self.row_len = digits.len();
        self.row_digits[..digits.len()].copy_from_slice(digits);
        self.out.extend_from_slice(b"<row r=\"");
        self.out.extend_from_slice(digits);
        self.out.extend_from_slice(b"\">");
    }

    /// Ends the row.
    pub(super) fn end_row(&mut self) {
        self.out.extend_from_slice(b"</row>");
    }

    /// Whether a cell used the date format since the last call (so the
    /// workbook must know the format by now).
    pub(super) fn uses_date_style(&mut self) -> bool {
        std::mem::take(&mut self.used_date_style)
    }

    /// `<c r="B7"`
    fn cell_start(&mut self, col: u16) {
        self.out.extend_from_slice(b"<c r=\"");
        self.out
            .extend_from_slice(self.letters[usize::from(col)].as_bytes());
        self.out.extend_from_slice(&self.row_digits[..self.row_len]);
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
        push_number(&mut self.out, value);
        self.out.extend_from_slice(b"</v></c>");
    }
}

impl Cells for RowXml {
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
        push_escaped(&mut self.out, text.as_bytes());
        self.out.extend_from_slice(b"</t></is></c>");
        Ok(())
    }

    fn date(&mut self, col: u16, date: NaiveDate) -> Result<(), XlsxError> {
        let serial = match self.last_date {
            Some((last, serial)) if last == date => serial,
            _ => {
                let serial = excel_date(date).map(|d| d.to_excel());
                self.last_date = Some((date, serial));
                serial
            }
        };
        match serial {
            Some(serial) => {
                self.used_date_style = true;
                self.number_cell(col, serial, Some(DATE_STYLE));
                Ok(())
            }
            None => self.text(col, &date_text(date)),
        }
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
