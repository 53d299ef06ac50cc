//! The **Makuleringar / Voided** sheet: the voided rows, the voids that
//! cancel them and the excuses: the audit trail.

use super::*;

impl<W: Write + Seek + Send> XlsxExporter<W> {
    pub(super) fn corrections_sheet(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
        let lang = self.lang;
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(sheet_name(&lang.say("xlsx-sheet-voided")))?;
        let header: Vec<String> = vec![
            lang.say("xlsx-voided-column-kind"),
            lang.say("export-column-date"),
            lang.say("export-column-measure"),
            lang.say("export-column-count"),
            lang.say("export-column-target"),
            lang.say("xlsx-voided-column-values"),
            lang.say("export-column-who"),
            lang.say("export-column-place"),
            lang.say("xlsx-voided-column-note-or-reason"),
            lang.say("export-column-recorded-at"),
            lang.say("export-column-id"),
            lang.say("xlsx-voided-column-voids"),
            lang.say("xlsx-voided-column-excuses"),
        ];
        // The kinds of row in words, once for the sheet.
        let voided_row = lang.say("xlsx-kind-voided-row");
        let void = lang.say("xlsx-kind-void");
        let excuse = lang.say("xlsx-kind-excuse");
        let activity_word = lang.say("xlsx-kind-activity");
        for (col, width) in [14, 11, 18, 7, 9, 22, 14, 16, 40, 26, 26, 26, 14]
            .iter()
            .enumerate()
        {
            sheet.set_column_width(col as u16, *width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        print_setup(sheet, 0)?;
        write_header(sheet, 0, &header, &self.formats.header)?;
        let mut row = 0u32;
        for activity in rest.corrections {
            row += 1;
            let kind = match activity.kind() {
                _ if rest.voided.contains(&activity.id) => &voided_row,
                RowKind::Void => &void,
                RowKind::Excuse => &excuse,
                RowKind::Activity | RowKind::Shift => &activity_word,
            };
            write_text(sheet, row, 0, kind)?;
            write_date(sheet, row, 1, activity.date, &self.formats.date)?;
            write_text(sheet, row, 2, &activity.measure)?;
            if matches!(activity.kind(), RowKind::Activity | RowKind::Shift) {
                sheet.write_number(row, 3, activity.count as f64)?;
            }
            write_text(
                sheet,
                row,
                4,
                activity.target.as_deref().unwrap_or_default(),
            )?;
            write_text(sheet, row, 5, &format_values(&activity.values))?;
            write_text(sheet, row, 6, &activity.who)?;
            write_text(sheet, row, 7, &activity.place)?;
            write_text(sheet, row, 8, &activity.note)?;
            write_text(sheet, row, 9, &activity.recorded_at)?;
            write_text(sheet, row, 10, &activity.id)?;
            write_text(
                sheet,
                row,
                11,
                activity.voids.as_deref().unwrap_or_default(),
            )?;
            write_text(
                sheet,
                row,
                12,
                activity.excuses.as_deref().unwrap_or_default(),
            )?;
        }
        sheet.autofilter(0, 0, row.max(1), 12)?;
        Ok(())
    }
}
