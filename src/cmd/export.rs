//! `loften export`: the activities and the follow-up, for Excel (xlsx),
//! for Excel or programs as CSV, and for programs as JSON.
//!
//! Glue only: read the plan; tally the log by the one pass of `status`
//! (which also finds the voided ids and the ids used twice); read the one
//! pass's pieces again on every core, each piece's rows written (CSV) or
//! kept (JSON, xlsx) on its own and handed over in the log's order, repeats
//! left out and voided rows moved to the corrections there (so memory does
//! not grow with the log); evaluate; let the exporter finish; hand the
//! output to its target ([`crate::store::output_target`]: standard output,
//! or the finished file renamed into place behind the guards of
//! [`crate::store::atomic`]).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::activity::log_audit::EXCEL_CELL_LIMIT;
use crate::activity::{Activity, RowKind, RowRef};
use crate::cli::{ExcelArg, ExportArgs, ExportFormat};
use crate::compliance::evaluate;
use crate::error::{Error, Outcome};
use crate::flags;
use crate::i18n::Lang;
use crate::render::csv_export::{CsvDialect, CsvExporter};
use crate::render::export::{ActivityColumns, ExportRest, Exporter, RowBytes};
use crate::render::json_export::JsonExporter;
use crate::render::xlsx::XlsxExporter;
use crate::report::{YearReview, year_review};
use crate::settings::Settings;
use crate::store::log::again::{Repeats, Row};
use crate::store::log::tally_log;
use crate::store::output_target::OutputTarget;
use crate::store::plan_file::load_plan_at;
use crate::text;
use crate::warnings::{warn, warn_line};
use crate::words::{Unreadable, unreadable_text};

/// The bytes of a text export written at a time: a few hundred rows.
const WRITE_BUFFER: usize = 1 << 16;

fn extension(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Xlsx => "xlsx",
        ExportFormat::Csv => "csv",
        ExportFormat::Json => "json",
    }
}

/// Where the export goes: `--out`, `-` for standard output (not for an
/// xlsx file), else `loften-export-DAY.FORMAT` in the current folder.
fn target(args: &ExportArgs, today: NaiveDate) -> Result<OutputTarget, Error> {
    let target = OutputTarget::from_out(args.out.as_deref(), || {
        OutputTarget::File(PathBuf::from(format!(
            "loften-export-{today}.{}",
            extension(args.format)
        )))
    });
    if target == OutputTarget::Stdout && args.format == ExportFormat::Xlsx {
        return Err(Error::Refused(text!("cmd-export-xlsx-to-stdout")));
    }
    Ok(target)
}

/// The CSV dialect: `--excel`, else Swedish Excel's when the language is
/// Swedish.
pub fn dialect(excel: Option<ExcelArg>, lang: Lang) -> CsvDialect {
    match excel {
        Some(ExcelArg::Sv) => CsvDialect::SwedishExcel,
        Some(ExcelArg::Plain) => CsvDialect::Plain,
        None if lang == Lang::SV => CsvDialect::SwedishExcel,
        None => CsvDialect::Plain,
    }
}

/// The span of the export: `--from` and `--to` (ISO dates or day words
/// seen from `today`), checked.
fn span(
    args: &ExportArgs,
    today: NaiveDate,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>), Error> {
    let from = args
        .from
        .as_deref()
        .map(|d| flags::day("--from", d, today))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|d| flags::day("--to", d, today))
        .transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        let refusal = text!("cmd-export-from-after-to", from = f, to = t);
        return Err(Error::Refused(refusal));
    }
    Ok((from, to))
}

fn in_span(date: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_none_or(|f| date >= f) && to.is_none_or(|t| date <= t)
}

/// Runs `loften export`.
pub fn run(args: &ExportArgs, settings: &Settings) -> Result<Outcome, Error> {
    let (from, to) = span(args, settings.today)?;
    let target = target(args, settings.today)?;
    // The agreement in force on the last day exported.
    let plan = load_plan_at(&settings.dir, to.unwrap_or(settings.today))?;
    let lang = settings.lang;
    let mut output = target.open(&settings.dir)?;
    let written = {
        let out = output.file();
        let exporter: Result<Box<dyn Exporter + Send + '_>, io::Error> = match args.format {
            ExportFormat::Xlsx => {
                XlsxExporter::new(BufWriter::new(out), ActivityColumns::of(&plan), lang)
                    .map(|e| Box::new(e) as Box<dyn Exporter + Send>)
            }
            _ => text_exporter(
                args.format,
                BufWriter::with_capacity(WRITE_BUFFER, out),
                &plan,
                args.excel,
                lang,
            ),
        };
        match exporter {
            Ok(exporter) => export(exporter, &plan, settings, from, to),
            Err(e) => Err(Failure::Io(e)),
        }
    };
    // On any failure the output is dropped unfinished, and with it every
    // byte written: nothing is printed, a target file is untouched.
    written.map_err(|e| match e {
        Failure::Io(e) => output.write_error(e),
        Failure::Other(e) => e,
    })?;
    if let Some(path) = output.finish()? {
        warn(&text!("cmd-export-written", file = shown(&path)), lang);
    }
    Ok(Outcome::Success)
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn text_exporter<'w, W: Write + Send + 'w>(
    format: ExportFormat,
    out: W,
    plan: &crate::plan::Plan,
    excel: Option<ExcelArg>,
    lang: Lang,
) -> Result<Box<dyn Exporter + Send + 'w>, io::Error> {
    Ok(match format {
        ExportFormat::Json => Box::new(JsonExporter::new(out)?),
        _ => Box::new(CsvExporter::new(
            out,
            ActivityColumns::of(plan),
            dialect(excel, lang),
        )?),
    })
}

/// Why an export stopped: writing the output, or anything else (reading
/// the log).
enum Failure {
    Io(io::Error),
    Other(Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Other(e)
    }
}

/// What one piece of the log adds to the export, folded on any core and
/// handed over in the log's order ([`Layout::rows_in_order`]).
#[derive(Default)]
struct PieceRows {
    /// The rows exported, written as bytes (a format with
    /// [`Exporter::row_bytes`]).
    bytes: Vec<u8>,
    /// The rows exported, owned (any other format).
    rows: Vec<Activity>,
    /// The rows whose place the order decides, in order: a row that may
    /// repeat an earlier one, a correction, a row with a text at Excel's
    /// limit. Every other row is exported, or out of the span.
    marked: Vec<Marked>,
    /// The corrections among them.
    corrections: Vec<Activity>,
}

/// A row of [`PieceRows::marked`].
struct Marked {
    /// Its print, when it may repeat an earlier row ([`Row::print`]).
    print: Option<u64>,
    fate: Fate,
    /// The file, when a text is exactly Excel's limit for a cell.
    cut_in: Option<usize>,
}

/// Where a marked row goes unless it repeats an earlier one.
enum Fate {
    /// Exported: its bytes in [`PieceRows::bytes`] or its index in
    /// [`PieceRows::rows`], from..to.
    Exported(usize, usize),
    /// A correction: its index in [`PieceRows::corrections`].
    Correction(usize),
    /// Out of the span.
    Nowhere,
}

/// Whether a text of the row is exactly Excel's limit for a cell (so
/// probably cut when the log was saved in Excel).
fn cut_by_excel(row: &RowRef<'_>) -> bool {
    [row.note, row.place, row.who]
        .iter()
        .any(|t| t.len() >= EXCEL_CELL_LIMIT && t.chars().count() == EXCEL_CELL_LIMIT)
}

impl PieceRows {
    /// Folds one row: exported, a correction, or out of the span.
    fn add(
        &mut self,
        seen: &Row<'_>,
        span: (Option<NaiveDate>, Option<NaiveDate>),
        writer: Option<&dyn RowBytes>,
    ) {
        let row = &seen.row;
        let cut_in = cut_by_excel(row).then_some(seen.file);
        let fate = if !in_span(row.date, span.0, span.1) {
            Fate::Nowhere
        } else if seen.voided || matches!(row.kind(), RowKind::Void | RowKind::Excuse) {
            self.corrections.push(row.to_activity());
            Fate::Correction(self.corrections.len() - 1)
        } else if let Some(writer) = writer {
            let from = self.bytes.len();
            writer.write(row, &mut self.bytes);
            Fate::Exported(from, self.bytes.len())
        } else {
            self.rows.push(row.to_activity());
            Fate::Exported(self.rows.len() - 1, self.rows.len())
        };
        if seen.print.is_some() || cut_in.is_some() || matches!(fate, Fate::Correction(_)) {
            self.marked.push(Marked {
                print: seen.print,
                fate,
                cut_in,
            });
        }
    }
}

/// What the rows handed over in order make of the export.
struct InOrder<'e, 'w> {
    exporter: &'e mut (dyn Exporter + Send + 'w),
    repeats: Repeats,
    corrections: Vec<Activity>,
    /// By file: for each row with a text at Excel's limit, in order,
    /// whether it is exported (not a repeat).
    cut: Vec<Vec<bool>>,
}

impl InOrder<'_, '_> {
    /// Writes a piece's rows, leaving out those that repeat earlier rows.
    fn merge(&mut self, piece: PieceRows) -> io::Result<()> {
        let mut left_out: Vec<(usize, usize)> = Vec::new();
        let mut corrections = piece.corrections.into_iter().map(Some).collect::<Vec<_>>();
        for marked in piece.marked {
            let first = self.repeats.first(marked.print);
            if let Some(file) = marked.cut_in {
                self.cut[file].push(first);
            }
            match marked.fate {
                Fate::Exported(from, to) if !first => left_out.push((from, to)),
                Fate::Correction(index) if first => {
                    self.corrections.extend(corrections[index].take());
                }
                _ => {}
            }
        }
        let kept = kept_ranges(&left_out, piece.bytes.len().max(piece.rows.len()));
        for (from, to) in kept {
            if piece.bytes.is_empty() {
                for row in &piece.rows[from..to] {
                    self.exporter.activity(row)?;
                }
            } else {
                self.exporter.rows(&piece.bytes[from..to])?;
            }
        }
        Ok(())
    }
}

/// The ranges of `0..len` outside the ranges `out` (in order, apart).
fn kept_ranges(out: &[(usize, usize)], len: usize) -> Vec<(usize, usize)> {
    let mut kept = Vec::with_capacity(out.len() + 1);
    let mut at = 0;
    for &(from, to) in out {
        if from > at {
            kept.push((at, from));
        }
        at = to;
    }
    if len > at {
        kept.push((at, len));
    }
    kept
}

fn export(
    mut exporter: Box<dyn Exporter + Send + '_>,
    plan: &crate::plan::Plan,
    settings: &Settings,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(), Failure> {
    let lang = settings.lang;
    // The one pass: the tally, and what is left out (voided, repeated).
    let log = tally_log(&settings.dir, plan)?;
    let layout = &log.layout;
    // The second, in order: the rows exported.
    let writer = exporter.row_bytes();
    let mut order = InOrder {
        exporter: &mut *exporter,
        repeats: Repeats::default(),
        corrections: Vec::new(),
        cut: vec![Vec::new(); layout.files().len()],
    };
    let mut written: io::Result<()> = Ok(());
    layout.rows_in_order(
        |piece: &mut PieceRows, row| piece.add(row, (from, to), writer.as_deref()),
        |piece| {
            if written.is_ok() {
                written = order.merge(piece);
            }
            Ok(())
        },
    )?;
    written?;
    let InOrder {
        corrections, cut, ..
    } = order;
    let noted: Vec<String> = [
        &log.unreadable_files,
        &log.needs_repair,
        &log.conflict_markers,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    if !noted.is_empty() {
        for note in layout.notes_of(&noted)? {
            warn_line(&note.problem.render(lang));
        }
    }
    let mut cut_by_excel_at: Vec<String> = Vec::new();
    for (file, kept) in cut.iter().enumerate() {
        if kept.is_empty() {
            continue;
        }
        let lines = layout.lines_of(file, cut_by_excel)?;
        cut_by_excel_at.extend(
            lines
                .into_iter()
                .zip(kept)
                .filter(|(_, kept)| **kept)
                .map(|(line, _)| line),
        );
    }
    if !cut_by_excel_at.is_empty() {
        let at = cut_by_excel_at.join(", ");
        warn(
            &text!("cmd-export-cut-by-excel", limit = EXCEL_CELL_LIMIT, at),
            lang,
        );
    }
    if !log.repeated_in.is_empty() {
        let n = i64::try_from(log.repeated_rows).unwrap_or(i64::MAX);
        let files = log.repeated_in.join(", ");
        warn(&text!("cmd-export-repeated-rows", rows = n, files), lang);
    }
    let unreadable = log.unreadable_rows;
    if unreadable > 0 {
        warn(
            &unreadable_text(unreadable as i64, Unreadable::LeftOut),
            lang,
        );
    }
    let tally = &log.tally;
    let voided = layout.voided();
    // The follow-up is as known on --to (or today), never on a day still
    // to come, and covers the calendar years from --from's to --to's.
    let as_of = to.unwrap_or(settings.today).min(settings.today);
    let first_year = from.unwrap_or(plan.agreement.start).year();
    let years: Vec<YearReview> = (first_year..=as_of.year())
        .filter_map(|year| year_review(plan, tally, year, as_of))
        .collect();
    let evaluation = evaluate(plan, tally, as_of);
    let rest = ExportRest {
        plan,
        from,
        to,
        evaluation: &evaluation,
        years: &years,
        corrections: &corrections,
        voided,
    };
    exporter.finish(&rest)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dialect_follows_the_language_unless_told() {
        assert_eq!(dialect(None, Lang::SV), CsvDialect::SwedishExcel);
        assert_eq!(dialect(None, Lang::EN), CsvDialect::Plain);
        assert_eq!(dialect(Some(ExcelArg::Plain), Lang::SV), CsvDialect::Plain);
        assert_eq!(
            dialect(Some(ExcelArg::Sv), Lang::EN),
            CsvDialect::SwedishExcel
        );
    }

    #[test]
    fn rows_in_span_include_both_ends() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let (from, to) = (Some(d("2021-03-01")), Some(d("2021-03-31")));
        assert!(in_span(d("2021-03-01"), from, to));
        assert!(in_span(d("2021-03-31"), from, to));
        assert!(!in_span(d("2021-04-01"), from, to));
        assert!(in_span(d("1999-01-01"), None, None));
    }
}
