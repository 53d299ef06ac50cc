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
use crate::activity::validate::{parse_count, validate};
use crate::error::{Error, Outcome};
use crate::i18n::{Lang, Text};
use crate::names::{Candidate, Resolved, resolve};
use crate::plan::Plan;
use crate::settings::Settings;
use crate::store::log::append::append_if;
use crate::store::log::{LogReader, csv_bytes, stamp};
use crate::terminal::escaped;
use crate::text;
use crate::warnings::warn;

/// A new row for `measure` on `date`, with a fresh id and recording time
/// and everything else empty (count 1).
pub fn new_row(measure: &str, date: NaiveDate) -> Activity {
    let (id, recorded_at) = stamp();
    Activity {
        recorded_at,
        ..Activity::new(id, date, measure)
    }
}

/// The `--date` flag (an ISO date or a day word: `igår`, `fredag`), or
/// today.
pub fn date_or_today(date: Option<&str>, settings: &Settings) -> Result<NaiveDate, Error> {
    crate::flags::day_or("--date", date, settings.today, settings.today)
}

/// The canonical id that `typed` names among `candidates` (see
/// [`crate::names`]); a name that matches nothing is kept as typed, for
/// validation to refuse with the closest ids, and an ambiguous one is
/// refused here, listing what it could mean. `what` names the kind of
/// thing (`text!("cmd-record-what-measure")`: "measure").
pub fn canonical(typed: &str, candidates: &[Candidate<'_>], what: Text) -> Result<String, Text> {
    let typed = typed.trim();
    match resolve(typed, candidates) {
        Resolved::One(id) => Ok(id.to_string()),
        Resolved::Unknown => Ok(typed.to_string()),
        Resolved::Ambiguous(ids) => {
            let (list, typed) = (ids.join(", "), format!("{typed:?}"));
            Err(text!("cmd-record-ambiguous", what, typed, list))
        }
    }
}

/// The `--count` flag, or 1.
pub fn count_or_one(count: Option<&str>) -> Result<u64, Text> {
    count.map_or(Ok(1), parse_count)
}

/// The refusal for `problems`, one per line in `lang`, ending with what
/// happened.
pub fn refused(problems: Vec<Text>, lang: Lang) -> Error {
    let problems: Vec<String> = problems.iter().map(|t| t.get(lang)).collect();
    let problems = problems.join("\n");
    Error::Refused(text!("cmd-record-refused", problems))
}

/// Validates `row` against `plan`; then shows it (`dry_run`) or appends
/// it. Returns the file written, `None` for a dry run.
pub fn record(
    plan: &Plan,
    row: &Activity,
    dry_run: bool,
    settings: &Settings,
) -> Result<Option<PathBuf>, Error> {
    record_if(plan, row, dry_run, settings, |_| Ok(()))
}

/// As [`record`], with a last check `still_ok` that reads the year file
/// under the append's exclusive lock (see
/// [`append_if`]): what two people
/// doing the same at the same moment must not both do.
pub fn record_if(
    plan: &Plan,
    row: &Activity,
    dry_run: bool,
    settings: &Settings,
    still_ok: impl FnOnce(LogReader) -> Result<(), Error>,
) -> Result<Option<PathBuf>, Error> {
    let problems = validate(plan, row, settings.today);
    if !problems.is_empty() {
        return Err(refused(problems, settings.lang));
    }
    if dry_run {
        io::stdout().write_all(&csv_bytes(
            std::slice::from_ref(row),
            true,
            crate::store::log::row::WIDTH,
        ))?;
        let note = text!("cmd-record-dry-run");
        eprintln!("{}", note.get(settings.lang));
        return Ok(None);
    }
    append_if(&settings.dir, row, still_ok).map(Some)
}

/// Prints the confirmation of a row already written, one line each,
/// escaped for the terminal (the lines quote the command line and the
/// log). The row is in the log whatever happens here: when standard output is
/// closed or full, that is said on standard error and the command still
/// ends with 0, so that exit code 2 keeps meaning "nothing written".
pub fn confirm(lines: &[Text], settings: &Settings) -> Outcome {
    let mut out = io::stdout().lock();
    let printed = lines
        .iter()
        .try_for_each(|line| writeln!(out, "{}", escaped(&line.get(settings.lang))))
        .and_then(|()| out.flush());
    if let Err(e) = printed
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        let note = text!("cmd-record-unconfirmed", error = e.to_string());
        warn(&note, settings.lang);
    }
    Outcome::Success
}
