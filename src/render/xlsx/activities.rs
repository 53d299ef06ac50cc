//! The **Aktiviteter / Activities** sheets: every non-voided activity and
//! shift row, in log order, written row by row as the log is read; past
//! Excel's row limit the rows go on in `Aktiviteter2`, `Aktiviteter3`, ...

use super::*;

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

    pub(super) fn close_activities_sheet(&mut self) -> Result<(), XlsxError> {
        if self.sheet_number == 0 {
            return Ok(());
        }
        let last_col = (self.columns.header().len() - 1) as u16;
        let last_row = self.next_row.saturating_sub(1).max(1);
        let sheet = self.workbook.worksheet_from_index(self.sheet_index)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
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
        let values = self.columns.metric_values(activity);
        let other = self.columns.other_values(activity);
        let sheet = self.workbook.worksheet_from_index(self.sheet_index)?;
        write_date(sheet, row, 0, activity.date, &self.formats.date)?;
        write_text(sheet, row, 1, &activity.measure)?;
        sheet.write_number(row, 2, activity.count as f64)?;
        write_text(
            sheet,
            row,
            3,
            activity.target.as_deref().unwrap_or_default(),
        )?;
        let mut col = 4u16;
        for value in values {
            if let Some(v) = value {
                sheet.write_number(row, col, v)?;
            }
            col += 1;
        }
        for text in [
            other.as_str(),
            &activity.who,
            &activity.place,
            &activity.note,
            &activity.recorded_at,
            &activity.id,
        ] {
            write_text(sheet, row, col, text)?;
            col += 1;
        }
        if let Some(until) = activity.until {
            write_date(sheet, row, col, until, &self.formats.date)?;
        }
        write_text(
            sheet,
            row,
            col + 1,
            activity.answers.as_deref().unwrap_or_default(),
        )?;
        self.next_row += 1;
        Ok(())
    }
}
