//! The **Sammanfattning / Summary** sheet: per measure and year, the target
//! in the plan's words and in numbers, what was done, periods met of
//! ended, and each metric against the year before.

use super::*;

impl<W: Write + Seek + Send> XlsxExporter<W> {
    pub(super) fn summary_sheet(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
        let lang = self.lang;
        let formats = &self.formats;
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(sheet_name(&lang.say("xlsx-sheet-summary")))?;
        let header: Vec<String> = vec![
            lang.say("xlsx-summary-column-year"),
            lang.say("xlsx-summary-column-focus-area"),
            lang.say("export-column-id"),
            lang.say("export-column-measure"),
            lang.say("xlsx-summary-column-when"),
            lang.say("xlsx-summary-column-target-in-words"),
            lang.say("xlsx-summary-column-done"),
            lang.say("xlsx-summary-column-periods-met"),
            lang.say("xlsx-summary-column-periods-ended"),
            lang.say("xlsx-column-outcome"),
            lang.say("xlsx-column-state"),
            lang.say("xlsx-summary-column-metric"),
            lang.say("xlsx-summary-column-this-year"),
            lang.say("xlsx-summary-column-year-before"),
            lang.say("xlsx-summary-column-trend"),
            lang.say("xlsx-summary-column-wanted"),
        ];
        for (col, width) in [6, 14, 18, 30, 36, 30, 7, 10, 10, 26, 12, 30, 10, 10, 6, 12]
            .iter()
            .enumerate()
        {
            sheet.set_column_width(col as u16, *width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        print_setup(sheet, 0)?;
        write_header(sheet, 0, &header, &formats.header)?;
        let mut row = 0u32;
        for review in rest.years {
            for measure_row in &review.grid.measures {
                let record = measure_row.at_end.year;
                let at_end = &measure_row.at_end;
                let area = rest
                    .plan
                    .agreement
                    .focus_area(&measure_row.focus_area)
                    .map_or(measure_row.focus_area.as_str(), |a| a.name.as_str());
                let target =
                    crate::compliance::version_on(rest.plan, &measure_row.id, review.as_of)
                        .map_or(String::new(), |m| frequency_words(&m.frequency, lang));
                // One line per metric, the measure repeated so a filter
                // keeps it whole; one line for a measure without metrics.
                let metrics: Vec<Option<&crate::compliance::MetricStatus>> =
                    if at_end.metrics.is_empty() {
                        vec![None]
                    } else {
                        at_end.metrics.iter().map(Some).collect()
                    };
                for metric in metrics {
                    row += 1;
                    sheet.write_number(row, 0, f64::from(review.year))?;
                    write_text(sheet, row, 1, area)?;
                    write_text(sheet, row, 2, &measure_row.id)?;
                    write_text(sheet, row, 3, &measure_row.title)?;
                    write_formatted(sheet, row, 4, &at_end.nar, Some(&formats.wrap))?;
                    write_text(sheet, row, 5, &target)?;
                    sheet.write_number(row, 6, measure_row.total as f64)?;
                    if record.periods_ended > 0 {
                        sheet.write_number(row, 7, f64::from(record.periods_met))?;
                        sheet.write_number(row, 8, f64::from(record.periods_ended))?;
                    }
                    write_text(sheet, row, 9, &record_words(&record, lang))?;
                    write_formatted(
                        sheet,
                        row,
                        10,
                        &state_words(at_end.state, lang),
                        formats.state(at_end.state),
                    )?;
                    if let Some(m) = metric {
                        write_text(sheet, row, 11, &m.label)?;
                        sheet.write_number(row, 12, m.ytd)?;
                        if let Some(p) = m.previous_ytd {
                            sheet.write_number(row, 13, p)?;
                        }
                        let trend_format = match m.good {
                            Some(true) => Some(&formats.met),
                            Some(false) => Some(&formats.missed),
                            None => None,
                        };
                        write_formatted(sheet, row, 14, trend_arrow(m.trend), trend_format)?;
                        write_text(sheet, row, 15, &metric_goal_words(m, lang))?;
                    }
                }
            }
        }
        sheet.autofilter(0, 0, row.max(1), 15)?;
        Ok(())
    }
}
