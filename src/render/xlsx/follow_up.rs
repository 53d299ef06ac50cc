//! The **Uppföljning / Follow-up** sheet: per calendar year, measures ×
//! months, coloured like the status grid, the target, the year's outcome
//! and the state.

use super::*;

impl<W: Write + Seek + Send> XlsxExporter<W> {
    pub(super) fn follow_up_sheet(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
        let lang = self.lang;
        let formats = &self.formats;
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(sheet_name(&lang.say("xlsx-sheet-follow-up")))?;
        sheet.set_column_width(0, 18)?;
        sheet.set_column_width(1, 30)?;
        for col in 2..14u16 {
            sheet.set_column_width(col, 7)?;
        }
        for (col, width) in [(14u16, 7), (15, 34), (16, 10), (17, 12), (18, 12)] {
            sheet.set_column_width(col, width)?;
        }
        let legend = lang.say("xlsx-follow-up-legend");
        sheet.write_string(0, 0, &legend)?;
        let mut row = 1u32;
        let mut first_header: Option<u32> = None;
        if rest.years.is_empty() {
            row += 1;
            sheet.write_string(row, 0, lang.say("xlsx-follow-up-no-year"))?;
        }
        for review in rest.years {
            row += 1;
            let title = if review.complete {
                review.year.to_string()
            } else {
                let (year, until) = (review.year, review.as_of);
                text!("xlsx-follow-up-year-until", year, until).get(lang)
            };
            sheet.write_string_with_format(row, 0, title, &formats.title)?;
            row += 1;
            let mut header: Vec<String> = vec![
                lang.say("export-column-id"),
                lang.say("export-column-measure"),
            ];
            header.extend(
                review
                    .grid
                    .columns
                    .iter()
                    .map(|c| crate::words::month_abbrev(c.start.month(), lang)),
            );
            header.extend([
                lang.say("xlsx-follow-up-column-total"),
                lang.say("export-column-target"),
                lang.say("xlsx-follow-up-column-done-target"),
                lang.say("xlsx-column-outcome"),
                lang.say("xlsx-column-state"),
            ]);
            write_header(sheet, row, &header, &formats.header)?;
            if first_header.is_none() {
                first_header = Some(row);
            }
            let months = review.grid.columns.len() as u16;
            for measure_row in &review.grid.measures {
                row += 1;
                write_text(sheet, row, 0, &measure_row.id)?;
                write_text(sheet, row, 1, &measure_row.title)?;
                for (i, (cell, column)) in measure_row
                    .cells
                    .iter()
                    .zip(&review.grid.columns)
                    .enumerate()
                {
                    if column.start > review.as_of {
                        continue;
                    }
                    let col = 2 + i as u16;
                    // A month that is its own period shows done/target; the
                    // cell's value stays the number done, so sums still add.
                    let format = match (formats.mark(cell.mark), cell.target) {
                        (f, Some(target)) => Some(
                            f.cloned()
                                .unwrap_or_default()
                                .set_num_format(format!("0\"/{target}\"")),
                        ),
                        (f, None) => f.cloned(),
                    };
                    match format {
                        Some(f) => {
                            sheet.write_number_with_format(row, col, cell.done as f64, &f)?
                        }
                        None => sheet.write_number(row, col, cell.done as f64)?,
                    };
                }
                let col = 2 + months;
                sheet.write_number(row, col, measure_row.total as f64)?;
                let plan_measure =
                    crate::compliance::version_on(rest.plan, &measure_row.id, review.as_of);
                let target =
                    plan_measure.map_or(String::new(), |m| frequency_words(&m.frequency, lang));
                write_text(sheet, row, col + 1, &target)?;
                let at_end = &measure_row.at_end;
                let done_target = crate::words::done_of_target(at_end);
                write_text(sheet, row, col + 2, &done_target)?;
                let record = measure_row.at_end.year;
                let outcome = if record.periods_ended > 0 {
                    let (met, ended) = (record.periods_met, record.periods_ended);
                    text!("xlsx-follow-up-periods-met", met, ended).get(lang)
                } else {
                    String::new()
                };
                write_text(sheet, row, col + 3, &outcome)?;
                write_formatted(
                    sheet,
                    row,
                    col + 4,
                    &state_words(at_end.state, lang),
                    formats.state(at_end.state),
                )?;
            }
            row += 1;
        }
        print_setup(sheet, first_header.unwrap_or(0))?;
        Ok(())
    }
}
