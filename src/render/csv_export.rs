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

use super::export::{ActivityColumns, ExportRest, Exporter, SPLIT_CHARACTERS, neutralised};
use crate::activity::Activity;

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
    delimiter: char,
    columns: ActivityColumns,
    dialect: CsvDialect,
    fields: Vec<String>,
}

/// A number as the dialect writes it: as short as it can be exact, with a
/// decimal comma in the Swedish dialect.
pub fn csv_number(value: f64, dialect: CsvDialect) -> String {
    let text = value.to_string();
    match dialect {
        CsvDialect::SwedishExcel => text.replace('.', ","),
        CsvDialect::Plain => text,
    }
}

impl<W: Write> CsvExporter<W> {
    /// Starts the CSV on `out`: the byte-order mark (Swedish dialect) and
    /// the header line.
    pub fn new(mut out: W, columns: ActivityColumns, dialect: CsvDialect) -> io::Result<Self> {
        let delimiter = match dialect {
            CsvDialect::SwedishExcel => {
                out.write_all("\u{feff}".as_bytes())?;
                ';'
            }
            CsvDialect::Plain => ',',
        };
        let mut exporter = CsvExporter {
            out,
            delimiter,
            columns,
            dialect,
            fields: Vec::new(),
        };
        exporter.fields = exporter
            .columns
            .header()
            .into_iter()
            .map(|name| quoted(&neutralised(name)).into_owned())
            .collect();
        exporter.write_fields()?;
        Ok(exporter)
    }

    /// Writes the fields, each already quoted where needed, as one line.
    fn write_fields(&mut self) -> io::Result<()> {
        let mut line = String::new();
        for (i, field) in self.fields.iter().enumerate() {
            if i > 0 {
                line.push(self.delimiter);
            }
            line.push_str(field);
        }
        line.push_str("\r\n");
        self.out.write_all(line.as_bytes())
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

impl<W: Write> Exporter for CsvExporter<W> {
    fn activity(&mut self, row: &Activity) -> io::Result<()> {
        // Text is neutralised and quoted; numbers are written bare (the
        // Swedish decimal comma is that dialect's own, and a quoted number
        // would be a contract change for programs).
        let text = |s: &str| quoted(&neutralised(s)).into_owned();
        self.fields.clear();
        self.fields.push(row.date.format("%Y-%m-%d").to_string());
        self.fields.push(text(&row.measure));
        self.fields.push(row.count.to_string());
        self.fields
            .push(text(row.target.as_deref().unwrap_or_default()));
        for value in self.columns.metric_values(row) {
            self.fields
                .push(value.map_or_else(String::new, |v| csv_number(v, self.dialect)));
        }
        self.fields.push(text(&self.columns.other_values(row)));
        self.fields.push(text(&row.who));
        self.fields.push(text(&row.place));
        self.fields.push(text(&row.note));
        self.fields.push(text(&row.recorded_at));
        self.fields.push(text(&row.id));
        self.fields.push(
            row.until
                .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string()),
        );
        self.fields
            .push(text(row.answers.as_deref().unwrap_or_default()));
        self.write_fields()
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
}
