//! The export as an Excel workbook (rust_xlsxwriter), sheet names in the
//! output language:
//!
//! 1. **Aktiviteter / Activities**: every non-voided activity and shift
//!    row, in log order: real dates, count and metric values as numbers
//!    (one column per metric), autofilter, frozen header, sized columns.
//!    Written row by row as the log is read, so a million rows take no
//!    more memory than ten; past Excel's 1,048,576 rows the rows go on in
//!    `Aktiviteter2`, `Aktiviteter3`, ...
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
//! rust_xlsxwriter writes the whole workbook but the activities' data
//! rows: their XML is written straight into bytes (`rows`), deflated on a
//! second thread while the log is read (`deflate`), and spliced into the
//! sheets of the workbook saved in memory when the file is put together
//! (`package`). The rows written through rust_xlsxwriter, as they were
//! before, are kept as the tests' reference (`reference`), which holds the
//! two to the byte.
//!
//! Every text cell is a string (`write_string`, or for the activities
//! rows the same XML written by `rows`): a note that begins with `=` is
//! text in the cell, never a formula.

use std::io::{self, Cursor, Seek, Write};

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

mod activities;
mod corrections;
mod deflate;
mod follow_up;
mod package;
#[cfg(test)]
mod reference;
mod rows;
mod summary;

use activities::ActivityRows;
use deflate::{Deflated, RowDeflater};
use package::{PackageError, SheetRows, write_package};

use super::export::{ActivityColumns, ExportRest, Exporter, RowBytes};

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

/// Text as a cell holds it: at most Excel's 32,767 characters, counted
/// as Excel counts them (in UTF-16: a character outside the Basic
/// Multilingual Plane, an emoji, counts two).
fn cell_text(text: &str) -> &str {
    // A byte or more per UTF-16 unit: short enough in bytes is short enough.
    if text.len() <= EXCEL_MAX_TEXT {
        return text;
    }
    let mut units = 0;
    for (at, c) in text.char_indices() {
        units += c.len_utf16();
        if units > EXCEL_MAX_TEXT {
            return &text[..at];
        }
    }
    text
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

/// `date` as an Excel date; `None` for a date Excel cannot hold (before
/// 1900, after 9999).
fn excel_date(date: chrono::NaiveDate) -> Option<ExcelDateTime> {
    u16::try_from(date.year())
        .ok()
        .and_then(|year| ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8).ok())
}

/// A date Excel cannot hold, as the text written in its place.
fn date_text(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
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
    match excel_date(date) {
        Some(d) => sheet.write_datetime_with_format(row, col, d, format)?,
        None => sheet.write_string(row, col, date_text(date))?,
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
    /// Writes the activities rows' XML, on any core.
    row_writer: ActivityRows,
    /// The activities rows' XML, numbered, for the deflate worker.
    xml: Vec<u8>,
    /// A row written by [`Exporter::activity`].
    scratch: Vec<u8>,
    /// The worker that deflates it; `None` once finished (and in the
    /// reference, which writes its rows through rust_xlsxwriter).
    deflater: Option<RowDeflater>,
    /// Each activities sheet written: its index among the worksheets and
    /// its last row.
    sheets: Vec<(usize, u32)>,
    /// Whether the workbook knows the date format yet.
    date_registered: bool,
    /// Whether this is the tests' reference (`reference`).
    #[cfg(test)]
    reference: bool,
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
        let deflater = RowDeflater::start()?;
        let buffer = deflater.spare();
        let mut exporter = XlsxExporter {
            out,
            workbook: Workbook::new(),
            formats: Formats::new(),
            row_writer: ActivityRows::new(columns.clone()),
            xml: buffer,
            scratch: Vec::new(),
            columns,
            lang,
            rows_per_sheet: rows_per_sheet.clamp(1, EXCEL_MAX_ROWS - 1),
            sheet_index: 0,
            sheet_number: 0,
            next_row: 0,
            deflater: Some(deflater),
            sheets: Vec::new(),
            date_registered: false,
            #[cfg(test)]
            reference: false,
        };
        exporter.start_activities_sheet().map_err(xlsx_error)?;
        Ok(exporter)
    }

    fn complete(&mut self, rest: &ExportRest<'_>) -> Result<(), XlsxError> {
        self.close_activities_sheet()?;
        self.corrections_sheet(rest)?;
        self.follow_up_sheet(rest)?;
        self.summary_sheet(rest)?;
        self.workbook.set_zip_compression_level(deflate::LEVEL);
        #[cfg(test)]
        if self.reference {
            self.workbook.save_to_writer(&mut self.out)?;
            return Ok(());
        }
        let mut saved = Cursor::new(Vec::new());
        self.workbook.save_to_writer(&mut saved)?;
        let unexpected =
            |what: &str| io::Error::other(text!("xlsx-unexpected-workbook", what).get(self.lang));
        let deflater = self
            .deflater
            .take()
            .ok_or_else(|| unexpected("no rows to deflate"))?;
        let Deflated {
            mut file,
            sheets: segments,
        } = deflater.finish()?;
        let last_col = (self.columns.header().len() - 1) as u16;
        let sheets: Vec<SheetRows<'_>> = self
            .sheets
            .iter()
            .zip(&segments)
            .map(|(&(index, last_row), rows)| SheetRows {
                name: format!("xl/worksheets/sheet{}.xml", index + 1),
                last_row,
                last_col,
                rows,
            })
            .collect();
        write_package(&mut self.out, saved.get_ref(), &sheets, &mut file).map_err(|e| {
            XlsxError::IoError(match e {
                PackageError::Io(e) => e,
                PackageError::TooBig => io::Error::other(self.lang.say("xlsx-too-big")),
                PackageError::Unexpected(what) => unexpected(&what),
            })
        })
    }
}

impl<W: Write + Seek + Send> Exporter for XlsxExporter<W> {
    fn activity(&mut self, row: &Activity) -> io::Result<()> {
        self.write_activity(row).map_err(xlsx_error)
    }

    fn row_bytes(&self) -> Option<Box<dyn RowBytes>> {
        #[cfg(test)]
        if self.reference {
            return None;
        }
        Some(Box::new(self.row_writer.clone()))
    }

    fn rows(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.write_rows(bytes).map_err(xlsx_error)
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
