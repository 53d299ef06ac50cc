//! The glue shared by the commands that append one row (`log`, `shift`,
//! `void`, `excuse`): stamp a new row, parse the common flags, validate,
//! show it (`--dry-run`) or append it.
//!
//! Every check runs before the log is touched: a refused command writes no
//! byte, creates no folder and no file.

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::activity::Activity;
use crate::error::Error;
use crate::plan::Plan;
use crate::settings::{Settings, parse_date};
use crate::store::log::{append, csv_bytes, stamp};
use crate::text;
use crate::text::Text;
use crate::validate::{parse_count, validate};

/// A new row for `measure` on `date`, with a fresh id and recording time
/// and everything else empty (count 1).
pub fn new_row(measure: &str, date: NaiveDate) -> Activity {
    let (id, recorded_at) = stamp();
    Activity {
        recorded_at,
        ..Activity::new(id, date, measure)
    }
}

/// The `--date` flag, or today.
pub fn date_or_today(date: Option<&str>, settings: &Settings) -> Result<NaiveDate, Error> {
    date.map_or(Ok(settings.today), |d| parse_date(d, "--date"))
}

/// The `--count` flag, or 1.
pub fn count_or_one(count: Option<&str>) -> Result<u64, Text> {
    count.map_or(Ok(1), parse_count)
}

/// The refusal for `problems`, one per line, ending with what happened.
pub fn refused(problems: Vec<Text>) -> Error {
    let mut sv: Vec<String> = problems.iter().map(|t| t.sv.clone()).collect();
    let mut en: Vec<String> = problems.into_iter().map(|t| t.en).collect();
    sv.push("Inget skrevs; rätta och försök igen.".into());
    en.push("Nothing was written; correct it and try again.".into());
    Error::Refused(Text::new(sv.join("\n"), en.join("\n")))
}

/// Validates `row` against `plan`; then shows it (`dry_run`) or appends
/// it. Returns the file written, `None` for a dry run.
pub fn record(
    plan: &Plan,
    row: &Activity,
    dry_run: bool,
    settings: &Settings,
) -> Result<Option<PathBuf>, Error> {
    let problems = validate(plan, row, settings.today);
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    if dry_run {
        io::stdout().write_all(&csv_bytes(std::slice::from_ref(row), true))?;
        let note = text!(
            "(provkörning: inget skrevs)",
            "(dry run: nothing was written)"
        );
        eprintln!("{}", note.get(settings.lang));
        return Ok(None);
    }
    append(&settings.dir, row).map(Some)
}
