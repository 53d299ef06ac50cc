//! The **Aktiviteter / Activities** sheets: every non-voided activity and
//! shift row, in log order, written row by row as the log is read; past
//! Excel's row limit the rows go on in `Aktiviteter2`, `Aktiviteter3`, ...
//!
//! rust_xlsxwriter writes each sheet with its header, widths, frozen
//! header, print setup and autofilter; the rows are laid out here
//! ([`lay_out`]) and written as XML by [`RowXml`], handed to the deflate
//! worker a megabyte at a time.

use super::deflate::BUFFER;
use super::rows::Cells;
use super::*;

/// Lays `activity` out in the columns of the activities sheets.
pub(super) fn lay_out<C: Cells>(
    cells: &mut C,
    columns: &ActivityColumns,
    activity: &Activity,
) -> Result<(), XlsxError> {
    cells.date(0, activity.date)?;
    cells.text(1, &activity.measure)?;
    cells.number(2, activity.count as f64)?;
    cells.text(3, activity.target.as_deref().unwrap_or_default())?;
    let mut col = 4u16;
    for value in columns.metric_values(activity) {
        if let Some(v) = value {
            cells.number(col, v)?;
        }
        col += 1;
    }
    let other = columns.other_values(activity);
    for text in [
        other.as_str(),
        &activity.who,
        &activity.place,
        &activity.note,
        &activity.recorded_at,
        &activity.id,
    ] {
        cells.text(col, text)?;
        col += 1;
    }
    if let Some(until) = activity.until {
        cells.date(col, until)?;
    }
    cells.text(col + 1, activity.answers.as_deref().unwrap_or_default())
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
            let xml = std::mem::replace(&mut self.rows.out, spare);
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

    pub(super) fn write_activity(&mut self, activity: &Activity) -> Result<(), XlsxError> {
        if self.next_row > self.rows_per_sheet {
            self.start_activities_sheet()?;
        }
        let row = self.next_row;
        #[cfg(test)]
        if self.reference {
            self.write_reference_row(activity)?;
            self.next_row += 1;
            return Ok(());
        }
        self.rows.start_row(row);
        lay_out(&mut self.rows, &self.columns, activity)?;
        self.rows.end_row();
        // The date format is numbered where the reference first uses it.
        if self.rows.uses_date_style() && !self.date_registered {
            self.workbook.register_format(&self.formats.date);
            self.date_registered = true;
        }
        if self.rows.out.len() >= BUFFER
            && let Some(deflater) = &mut self.deflater
        {
            let spare = deflater.spare();
            let xml = std::mem::replace(&mut self.rows.out, spare);
            deflater.send(xml)?;
        }
        self.next_row += 1;
        Ok(())
    }
}
