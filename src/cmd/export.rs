//! `loften export`: the activities and the follow-up, for Excel (xlsx),
//! for Excel or programs as CSV, and for programs as JSON.
//!
//! Glue only: read the plan; one cheap pass over the log for the ids that
//! voids cancel; one pass that feeds every row to the tally and every
//! exported row to the exporter as it is read (so memory does not grow
//! with the log); evaluate; let the exporter finish; hand the output to
//! its target ([`crate::store::output_target`]: standard output, or the
//! finished file renamed into place behind the guards of
//! [`crate::store::atomic`]).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::activity::log_audit::EXCEL_CELL_LIMIT;
use crate::activity::{Activity, RowKind};
use crate::cli::{ExcelArg, ExportArgs, ExportFormat};
use crate::compliance::evaluate;
use crate::compliance::tally::Tally;
use crate::error::{Error, Outcome};
use crate::flags;
use crate::i18n::Lang;
use crate::render::csv_export::{CsvDialect, CsvExporter};
use crate::render::export::{ActivityColumns, ExportRest, Exporter};
use crate::render::json_export::JsonExporter;
use crate::render::xlsx::XlsxExporter;
use crate::report::{YearReview, year_review};
use crate::settings::Settings;
use crate::store::log::{LogReader, first_pass};
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
        let exporter: Result<Box<dyn Exporter + '_>, io::Error> = match args.format {
            ExportFormat::Xlsx => {
                XlsxExporter::new(BufWriter::new(out), ActivityColumns::of(&plan), lang)
                    .map(|e| Box::new(e) as Box<dyn Exporter>)
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

fn text_exporter<'w, W: Write + 'w>(
    format: ExportFormat,
    out: W,
    plan: &crate::plan::Plan,
    excel: Option<ExcelArg>,
    lang: Lang,
) -> Result<Box<dyn Exporter + 'w>, io::Error> {
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

fn export(
    mut exporter: Box<dyn Exporter + '_>,
    plan: &crate::plan::Plan,
    settings: &Settings,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(), Failure> {
    let lang = settings.lang;
    let mut reader = LogReader::open(&settings.dir)?;
    let first = first_pass(reader.files())?;
    let voided = &first.voided;
    let mut tally = Tally::new();
    let mut corrections: Vec<Activity> = Vec::new();
    let mut unreadable = 0usize;
    let mut cut_by_excel: Vec<String> = Vec::new();
    for item in &mut reader {
        let Ok(entry) = item else {
            unreadable += 1;
            continue;
        };
        if first.is_repeat(&entry.file, entry.line, || entry.print) {
            continue;
        }
        let row = entry.activity;
        if [&row.note, &row.place, &row.who]
            .iter()
            .any(|t| t.chars().count() == EXCEL_CELL_LIMIT)
        {
            cut_by_excel.push(entry.file.clone() + ":" + &entry.line.to_string());
        }
        // Looked up once (a hash of the id), and not at all in a log
        // without voids.
        let is_voided = !voided.is_empty() && voided.contains(&row.id);
        if !is_voided {
            tally.add(plan, &row.as_row());
        }
        if !in_span(row.date, from, to) {
            continue;
        }
        let is_correction = is_voided || matches!(row.kind(), RowKind::Void | RowKind::Excuse);
        if is_correction {
            corrections.push(row);
        } else {
            exporter.activity(&row)?;
        }
    }
    for note in reader.notes() {
        warn_line(&note.problem.render(lang));
    }
    if !cut_by_excel.is_empty() {
        let at = cut_by_excel.join(", ");
        warn(
            &text!("cmd-export-cut-by-excel", limit = EXCEL_CELL_LIMIT, at),
            lang,
        );
    }
    if !first.repeated_in.is_empty() {
        let n = i64::try_from(first.repeated_rows).unwrap_or(i64::MAX);
        let files = first.repeated_in.join(", ");
        warn(&text!("cmd-export-repeated-rows", rows = n, files), lang);
    }
    reader.finish()?;
    if unreadable > 0 {
        warn(
            &unreadable_text(unreadable as i64, Unreadable::LeftOut),
            lang,
        );
    }
    // The follow-up is as known on --to (or today), never on a day still
    // to come, and covers the calendar years from --from's to --to's.
    let as_of = to.unwrap_or(settings.today).min(settings.today);
    let first_year = from.unwrap_or(plan.agreement.start).year();
    let years: Vec<YearReview> = (first_year..=as_of.year())
        .filter_map(|year| year_review(plan, &tally, year, as_of))
        .collect();
    let evaluation = evaluate(plan, &tally, as_of);
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
