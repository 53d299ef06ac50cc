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
//! One module per sheet (`activities`, `corrections`, `follow_up`,
//! `summary`); the workbook, its formats and the cell helpers are here.
//!
//! Every text cell is written with `write_string`: a note that begins
//! with `=` is text in the cell, never a formula.

use std::io::{self, Seek, Write};

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

mod activities;
mod corrections;
mod follow_up;
mod summary;

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

    fn complete(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
        self.close_activities_sheet()?;
        self.corrections_sheet(rest)?;
        self.follow_up_sheet(rest)?;
        self.summary_sheet(rest)?;
        // Deflate at level 2, not the default 6: at 100,000 rows the file
        // is 16 % larger (5.2 MB against 4.5 MB) and the export takes a
        // third less time (bench/RESULTS.md).
        self.workbook.set_zip_compression_level(2);
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
        let text = include_str!("../../../tests/fixtures/logplan/plan/plan.toml");
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
