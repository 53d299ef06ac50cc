//! The **Aktiviteter / Activities** sheets: every non-voided activity and
//! shift row, in log order, written row by row as the log is read; past
//! Excel's row limit the rows go on in `Aktiviteter2`, `Aktiviteter3`, ...
//!
//! rust_xlsxwriter writes each sheet with its header, widths, frozen
//! header, print setup and autofilter; the rows are laid out here
//! ([`lay_out`]), written as XML on any core ([`ActivityRows`]), numbered
//! in log order and handed to the deflate worker a megabyte at a time.

use crate::activity::RowRef;
use crate::render::export::RowBytes;

use super::deflate::BUFFER;
use super::rows::{Cells, RowXml, numbered_rows, push_numbered};
use super::*;

/// Lays `row` out in the columns of the activities sheets.
pub(super) fn lay_out<C: Cells>(
    cells: &mut C,
    columns: &ActivityColumns,
    row: &RowRef<'_>,
) -> Result<(), XlsxError> {
    cells.date(0, row.date)?;
    cells.text(1, row.measure)?;
    cells.number(2, row.count as f64)?;
    cells.text(3, row.target.unwrap_or_default())?;
    let metrics = columns.metric_cells(row.values);
    let mut col = 4u16;
    for value in metrics.values() {
        if let Some(value) = value {
            cells.number(col, *value)?;
        }
        col += 1;
    }
    if metrics.other {
        cells.text(col, &columns.other_values_of(row.values))?;
    }
    col += 1;
    for text in [row.who, row.place, row.note, row.recorded_at, row.id] {
        cells.text(col, text)?;
        col += 1;
    }
    if let Some(until) = row.until {
        cells.date(col, until)?;
    }
    cells.text(col + 1, row.answers.unwrap_or_default())
}

/// Writes rows of the activities sheets as marked XML, on any core.
#[derive(Clone)]
pub(super) struct ActivityRows {
    columns: ActivityColumns,
    /// Each column's letters.
    letters: Vec<String>,
}

impl ActivityRows {
    pub(super) fn new(columns: ActivityColumns) -> ActivityRows {
        let letters = (0..columns.header().len())
            .map(|c| rust_xlsxwriter::utility::column_number_to_name(c as u16))
            .collect();
        ActivityRows { columns, letters }
    }
}

impl RowBytes for ActivityRows {
    fn write(&self, row: &RowRef<'_>, out: &mut Vec<u8>) {
        let mut xml = RowXml::start(out, &self.letters);
        // Writing into a Vec cannot fail.
        let _ = lay_out(&mut xml, &self.columns, row);
        xml.end();
    }
}

impl<W: Write + Seek + Send> XlsxExporter<W> {
    pub(super) fn activities_name(&self, number: u32) -> String {
        if number <= 1 {
            sheet_name(&self.lang.say("xlsx-sheet-activities"))
        } else {
            sheet_name(&text!("xlsx-sheet-activities-more", number).get(self.lang))
        }
    }

    /// Closes the current activities sheet (its autofilter) and starts the
    /// next one with its header.
    pub(super) fn start_activities_sheet(&mut self) -> Result<(), XlsxError> {
        self.close_activities_sheet()?;
        self.sheet_number += 1;
        let name = self.activities_name(self.sheet_number);
        let header = self.columns.header_words(self.lang);
        let widths = self.column_widths();
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (col, width) in widths.iter().enumerate() {
            sheet.set_column_width(col as u16, *width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        print_setup(sheet, 0)?;
        write_header(sheet, 0, &header, &self.formats.header)?;
        self.sheet_index = self.workbook.worksheets().len() - 1;
        self.next_row = 1;
        Ok(())
    }

    /// Closes the current activities sheet: its autofilter over the rows
    /// written, its rows handed to the deflate worker whole.
    pub(super) fn close_activities_sheet(&mut self) -> Result<(), XlsxError> {
        if self.sheet_number == 0 {
            return Ok(());
        }
        let last_col = (self.columns.header().len() - 1) as u16;
        let last_row = self.next_row.saturating_sub(1).max(1);
        let sheet = self.workbook.worksheet_from_index(self.sheet_index)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        if let Some(deflater) = &mut self.deflater {
            let spare = deflater.spare();
            let xml = std::mem::replace(&mut self.xml, spare);
            deflater.send(xml)?;
            deflater.end_sheet()?;
            self.sheets
                .push((self.sheet_index, self.next_row.saturating_sub(1)));
        }
        Ok(())
    }

    pub(super) fn column_widths(&self) -> Vec<f64> {
        let mut widths = vec![11.0, 18.0, 7.0, 9.0];
        widths.extend(
            self.columns
                .labels
                .iter()
                .map(|m| (m.chars().count() as f64 + 3.0).clamp(9.0, 30.0)),
        );
        widths.extend([14.0, 14.0, 16.0, 48.0, 26.0, 26.0, 12.0, 26.0]);
        widths
    }

    /// Rows written by [`ActivityRows`], numbered in order, a new sheet
    /// begun past the last row a sheet takes.
    pub(super) fn write_rows(&mut self, marked: &[u8]) -> Result<(), XlsxError> {
        for (dated, row) in numbered_rows(marked) {
            if self.next_row > self.rows_per_sheet {
                self.start_activities_sheet()?;
            }
            // The date format is numbered where the reference first uses it.
            if dated && !self.date_registered {
                self.workbook.register_format(&self.formats.date);
                self.date_registered = true;
            }
            push_numbered(&mut self.xml, row, self.next_row + 1);
            if self.xml.len() >= BUFFER
                && let Some(deflater) = &mut self.deflater
            {
                let spare = deflater.spare();
                let xml = std::mem::replace(&mut self.xml, spare);
                deflater.send(xml)?;
            }
            self.next_row += 1;
        }
        Ok(())
    }

    pub(super) fn write_activity(&mut self, activity: &Activity) -> Result<(), XlsxError> {
        #[cfg(test)]
        if self.reference {
            return self.write_reference_row(activity);
        }
        let mut marked = std::mem::take(&mut self.scratch);
        marked.clear();
        self.row_writer.write(&activity.as_row(), &mut marked);
        let written = self.write_rows(&marked);
        self.scratch = marked;
        written
    }
}
