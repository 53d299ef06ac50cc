//! The export as an Excel workbook (rust_xlsxwriter), sheet names in the
//! output language:
//!
//! 1. **Aktiviteter / Activities**: every non-voided activity and shift
//!    row, in log order: real dates, count and metric values as numbers
//!    (one column per metric), autofilter, frozen header, sized columns.
//!    Written in constant-memory mode, row by row as the log is read, so a
//!    million rows take no more memory than ten; past Excel's 1,048,576
//!    rows the rows go on in `Aktiviteter2`, `Aktiviteter3`, ...
//! 2. **Makuleringar / Voided**: the voided rows, the voids that cancel
//!    them and the excuses: the audit trail.
//! 3. **Uppföljning / Follow-up**: per calendar year, measures × months,
//!    the count done per month coloured like the status grid (green met,
//!    red missed, yellow partial or excused), the target, the year's
//!    outcome and the state.
//! 4. **Sammanfattning / Summary**: per measure and year, the target in
//!    the plan's words and in numbers, what was done, periods met of
//!    ended, and each metric against the year before with the wanted
//!    direction.
//!
//! Every text cell is written with `write_string`: a note that begins
//! with `=` is text in the cell, never a formula.

use std::io::{self, Seek, Write};

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::export::{ActivityColumns, ExportRest, Exporter};

use crate::activity::{Activity, RowKind, format_values};
use crate::compliance::State;
use crate::compliance::grid::Mark;
use crate::i18n::Lang;
use crate::text;
use crate::words::{frequency_words, metric_goal_words, record_words, state_words, trend_arrow};

/// The most rows of an Excel sheet, the header included.
pub const EXCEL_MAX_ROWS: u32 = 1_048_576;

/// The longest text an Excel cell holds.
const EXCEL_MAX_TEXT: usize = 32_767;

fn xlsx_error(e: XlsxError) -> io::Error {
    match e {
        XlsxError::IoError(e) => e,
        other => io::Error::other(other.to_string()),
    }
}

/// The formats of the workbook.
struct Formats {
    header: Format,
    date: Format,
    title: Format,
    met: Format,
    missed: Format,
    partial: Format,
    on_track: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Formats {
        let fill = |bg: u32, fg: u32| {
            Format::new()
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(fg))
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0xD9D9D9))
        };
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_border_bottom(FormatBorder::Thin),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            title: Format::new().set_bold().set_font_size(13),
            met: fill(0xC6EFCE, 0x006100),
            missed: fill(0xFFC7CE, 0x9C0006),
            partial: fill(0xFFEB9C, 0x9C5700),
            on_track: fill(0xDDEBF7, 0x1F4E78),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    fn mark(&self, mark: Mark) -> Option<&Format> {
        match mark {
            Mark::Met => Some(&self.met),
            Mark::Missed => Some(&self.missed),
            Mark::Partial | Mark::Excused => Some(&self.partial),
            Mark::Blank => None,
        }
    }

    fn state(&self, state: State) -> Option<&Format> {
        match state {
            State::Met => Some(&self.met),
            State::Missed | State::Behind => Some(&self.missed),
            State::Excused => Some(&self.partial),
            State::OnTrack => Some(&self.on_track),
            State::NoTarget | State::NotInForce => None,
        }
    }
}

/// Text as a cell holds it: at most Excel's 32,767 characters.
fn cell_text(text: &str) -> &str {
    match text.char_indices().nth(EXCEL_MAX_TEXT) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

/// A sheet's name as Excel takes it, whatever a catalog says: at most 31
/// characters, brackets as parentheses, none of `:*?/\`, no quote at
/// either end (the pseudo-locale's `[!! … !!]` included).
fn sheet_name(words: &str) -> String {
    let name: String = words
        .chars()
        .map(|c| match c {
            '[' => '(',
            ']' => ')',
            ':' | '*' | '?' | '/' | '\\' => '-',
            c => c,
        })
        .take(31)
        .collect();
    name.trim_matches('\'').to_string()
}

fn write_text(sheet: &mut Worksheet, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
    if !text.is_empty() {
        sheet.write_string(row, col, cell_text(text))?;
    }
    Ok(())
}

fn write_formatted(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    format: Option<&Format>,
) -> Result<(), XlsxError> {
    match format {
        Some(f) => sheet.write_string_with_format(row, col, cell_text(text), f)?,
        None => sheet.write_string(row, col, cell_text(text))?,
    };
    Ok(())
}

/// Sets a sheet up for printing on A4: landscape, one page wide (as many
/// pages down as it takes), `header_row` repeated at the top of each page.
fn print_setup(sheet: &mut Worksheet, header_row: u32) -> Result<(), XlsxError> {
    const A4: u8 = 9;
    sheet
        .set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(header_row, header_row)?;
    Ok(())
}

fn write_header(
    sheet: &mut Worksheet,
    row: u32,
    header: &[String],
    format: &Format,
) -> Result<(), XlsxError> {
    for (col, name) in header.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, name, format)?;
    }
    Ok(())
}

/// Writes `date` as a real Excel date; a date Excel cannot hold (before
/// 1900) as its text, rather than failing the export.
fn write_date(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    date: chrono::NaiveDate,
    format: &Format,
) -> Result<(), XlsxError> {
    let excel = u16::try_from(date.year())
        .ok()
        .and_then(|year| ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8).ok());
    match excel {
        Some(d) => sheet.write_datetime_with_format(row, col, d, format)?,
        None => sheet.write_string(row, col, date.format("%Y-%m-%d").to_string())?,
    };
    Ok(())
}

/// Writes the export as an xlsx workbook to `out`.
pub struct XlsxExporter<W: Write + Seek + Send> {
    out: W,
    workbook: Workbook,
    formats: Formats,
    columns: ActivityColumns,
    lang: Lang,
    /// Data rows a sheet takes before the next one starts.
    rows_per_sheet: u32,
    /// The activities sheet being written, its number (1, 2, ...) and the
    /// next row.
    sheet_index: usize,
    sheet_number: u32,
    next_row: u32,
}

impl<W: Write + Seek + Send> XlsxExporter<W> {
    /// Starts a workbook that will be written to `out`.
    pub fn new(out: W, columns: ActivityColumns, lang: Lang) -> io::Result<Self> {
        Self::with_rows_per_sheet(out, columns, lang, EXCEL_MAX_ROWS - 1)
    }

    /// As [`XlsxExporter::new`], with another number of data rows per
    /// activities sheet (for testing the split into several sheets).
    pub fn with_rows_per_sheet(
        out: W,
        columns: ActivityColumns,
        lang: Lang,
        rows_per_sheet: u32,
    ) -> io::Result<Self> {
        let mut exporter = XlsxExporter {
            out,
            workbook: Workbook::new(),
            formats: Formats::new(),
            columns,
            lang,
            rows_per_sheet: rows_per_sheet.clamp(1, EXCEL_MAX_ROWS - 1),
            sheet_index: 0,
            sheet_number: 0,
            next_row: 0,
        };
        exporter.start_activities_sheet().map_err(xlsx_error)?;
        Ok(exporter)
    }

    fn activities_name(&self, number: u32) -> String {
        if number <= 1 {
            sheet_name(&self.lang.say("xlsx-sheet-activities"))
        } else {
            sheet_name(&text!("xlsx-sheet-activities-more", number).get(self.lang))
        }
    }

    /// Closes the current activities sheet (its autofilter) and starts the
    /// next one with its header.
    fn start_activities_sheet(&mut self) -> Result<(), XlsxError> {
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

    fn close_activities_sheet(&mut self) -> Result<(), XlsxError> {
        if self.sheet_number == 0 {
            return Ok(());
        }
        let last_col = (self.columns.header().len() - 1) as u16;
        let last_row = self.next_row.saturating_sub(1).max(1);
        let sheet = self.workbook.worksheet_from_index(self.sheet_index)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        Ok(())
    }

    fn column_widths(&self) -> Vec<f64> {
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

    fn write_activity(&mut self, activity: &Activity) -> Result<(), XlsxError> {
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

    fn corrections_sheet(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
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

    fn follow_up_sheet(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
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

    fn summary_sheet(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
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

    fn complete(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
        self.close_activities_sheet()?;
        self.corrections_sheet(rest)?;
        self.follow_up_sheet(rest)?;
        self.summary_sheet(rest)?;
        self.workbook.save_to_writer(&mut self.out)?;
        Ok(())
    }
}

impl<W: Write + Seek + Send> Exporter for XlsxExporter<W> {
    fn activity(&mut self, row: &Activity) -> io::Result<()> {
        self.write_activity(row).map_err(xlsx_error)
    }

    fn finish(mut self: Box<Self>, rest: &ExportRest<'_>) -> io::Result<()> {
        self.complete(rest).map_err(xlsx_error)?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_sheet_name_is_one_excel_accepts() {
        assert_eq!(sheet_name("[!! Activities !!]"), "(!! Activities !!)");
        assert_eq!(sheet_name("a/b:c"), "a-b-c");
        assert_eq!(sheet_name("'quoted'"), "quoted");
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), 31);
        assert_eq!(sheet_name("Aktiviteter2"), "Aktiviteter2");
    }

    use std::collections::HashSet;
    use std::io::Cursor;

    use calamine::{Data, Reader, Xlsx};
    use chrono::NaiveDate;

    use super::*;
    use crate::compliance::Evaluation;
    use crate::plan::parse_plan;

    fn plan() -> crate::plan::Plan {
        let text = include_str!("../../tests/fixtures/logplan/plan/plan.toml");
        parse_plan(text).expect("the fixture plan")
    }

    fn row(i: u64) -> Activity {
        Activity {
            count: i,
            values: vec![("beslag".into(), 0.5 * i as f64)],
            note: format!("=rad {i}"),
            ..Activity::new(
                format!("id-{i}"),
                NaiveDate::from_ymd_opt(2021, 3, 2).unwrap(),
                "narkotika",
            )
        }
    }

    #[test]
    fn activities_go_on_in_a_new_sheet_past_the_row_limit() {
        let plan = plan();
        let mut buffer = Cursor::new(Vec::new());
        let exporter =
            XlsxExporter::with_rows_per_sheet(&mut buffer, ActivityColumns::of(&plan), Lang::SV, 2)
                .unwrap();
        let mut exporter: Box<dyn Exporter + '_> = Box::new(exporter);
        for i in 1..=5 {
            exporter.activity(&row(i)).unwrap();
        }
        let evaluation = Evaluation {
            at: NaiveDate::from_ymd_opt(2021, 6, 30).unwrap(),
            measures: Vec::new(),
        };
        let voided = HashSet::new();
        exporter
            .finish(&ExportRest {
                plan: &plan,
                from: None,
                to: None,
                evaluation: &evaluation,
                years: &[],
                corrections: &[],
                voided: &voided,
            })
            .unwrap();
        let mut workbook = Xlsx::new(Cursor::new(buffer.into_inner())).unwrap();
        assert_eq!(
            workbook.sheet_names(),
            [
                "Aktiviteter",
                "Aktiviteter2",
                "Aktiviteter3",
                "Makuleringar",
                "Uppföljning",
                "Sammanfattning"
            ]
        );
        let counts: Vec<Vec<Data>> = ["Aktiviteter", "Aktiviteter2", "Aktiviteter3"]
            .iter()
            .map(|name| {
                let range = workbook.worksheet_range(name).unwrap();
                range.rows().skip(1).map(|r| r[2].clone()).collect()
            })
            .collect();
        assert_eq!(
            counts,
            [
                vec![Data::Float(1.0), Data::Float(2.0)],
                vec![Data::Float(3.0), Data::Float(4.0)],
                vec![Data::Float(5.0)],
            ]
        );
        let third = workbook.worksheet_range("Aktiviteter3").unwrap();
        assert_eq!(third.get((0, 0)), Some(&Data::String("datum".into())));
        assert!(
            third
                .rows()
                .any(|r| r.contains(&Data::String("=rad 5".into())))
        );
    }
}
