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
//! Both quote a field only where needed and neutralise text that a
//! spreadsheet would run as a formula (a leading `'`; see
//! [`neutralised`]). The columns are [`ActivityColumns::header`].

use std::io::{self, Write};

use super::export::{ActivityColumns, ExportRest, Exporter, neutralised};
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
    writer: csv::Writer<W>,
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
                b';'
            }
            CsvDialect::Plain => b',',
        };
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(out);
        writer.write_record(columns.header())?;
        Ok(CsvExporter {
            writer,
            columns,
            dialect,
            fields: Vec::new(),
        })
    }
}

impl<W: Write> Exporter for CsvExporter<W> {
    fn activity(&mut self, row: &Activity) -> io::Result<()> {
        let text = |s: &str| neutralised(s).into_owned();
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
        self.writer.write_record(&self.fields)?;
        Ok(())
    }

    fn finish(self: Box<Self>, _rest: &ExportRest<'_>) -> io::Result<()> {
        let mut out = self
            .writer
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?;
        out.flush()
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
}
