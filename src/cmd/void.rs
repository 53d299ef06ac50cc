//! `loften void ID [--reason TEXT] [--who W]`: cancels an earlier row by
//! appending a row that voids it; the cancelled row stays as an audit
//! trail and counts nowhere.
//!
//! The void row copies the cancelled row's `date` and `measure` (so it
//! lands in the same year file), has an empty `count`, `voids` = ID and
//! `note` = the reason. An unknown id, an id that two rows share (both
//! lines are named), an id already voided and a void row itself are
//! refused. The "already voided" check is made again under the append's
//! lock, so of two voids of one id at the same moment the second is
//! refused.

use crate::cli::VoidArgs;
use crate::cmd::record::{confirm, new_row, record_if};
use crate::error::{Error, Outcome};
use crate::settings::Settings;
use crate::store::log::{LogEntry, LogReader};
use crate::store::plan_file::load_plan_at;
use crate::store::shown;
use crate::text;

/// What the log holds about an id.
#[derive(Default)]
struct Lookup {
    /// The row with the id (the first, if duplicated).
    row: Option<LogEntry>,
    /// Another row with the same id, if any.
    twin: Option<LogEntry>,
    /// A row voiding it, if any.
    voided_by: Option<LogEntry>,
}

/// Cancels a row.
pub fn run(args: &VoidArgs, settings: &Settings) -> Result<Outcome, Error> {
    let plan = load_plan_at(&settings.dir, settings.today)?;
    let id = args.id.trim();
    let lookup = look_up(settings, id)?;
    let target = check_voidable(id, lookup)?;
    let mut row = new_row(&target.activity.measure, target.activity.date);
    row.voids = Some(id.to_string());
    row.note = args.reason.clone().unwrap_or_default();
    row.who = args.who.clone().unwrap_or_default();
    let Some(path) = record_if(&plan, &row, false, settings, |reader| {
        refuse_voided_meanwhile(reader, id)
    })?
    else {
        return Ok(Outcome::Success);
    };
    let (at, new, file) = (target.location(), &row.id, shown(&path));
    let done = text!("cmd-void-done", id, at, new, file);
    Ok(confirm(&[done], settings))
}

/// Refuses the void when the year file, read under the append's lock,
/// already holds a void of `id`: another `void` of it won the race.
fn refuse_voided_meanwhile(mut reader: LogReader, id: &str) -> Result<(), Error> {
    let mut by = None;
    for entry in (&mut reader).flatten() {
        if entry.activity.voids.as_deref() == Some(id) && by.is_none() {
            by = Some(entry);
        }
    }
    reader.finish()?;
    match by {
        None => Ok(()),
        Some(void) => {
            let (by, at) = (&void.activity.id, void.location());
            Err(Error::Refused(text!("cmd-void-just-voided", id, by, at)))
        }
    }
}

/// Reads the log for the row `id` and a void of it.
fn look_up(settings: &Settings, id: &str) -> Result<Lookup, Error> {
    let mut reader = LogReader::open(&settings.dir)?;
    let mut lookup = Lookup::default();
    for entry in (&mut reader).flatten() {
        if entry.activity.voids.as_deref() == Some(id) && lookup.voided_by.is_none() {
            lookup.voided_by = Some(entry);
        } else if entry.activity.id == id {
            if lookup.row.is_none() {
                lookup.row = Some(entry);
            } else if lookup.twin.is_none() {
                lookup.twin = Some(entry);
            }
        }
    }
    reader.finish()?;
    Ok(lookup)
}

/// The row to void, or why it cannot be.
fn check_voidable(id: &str, lookup: Lookup) -> Result<LogEntry, Error> {
    let Some(row) = lookup.row else {
        let refusal = text!("cmd-void-unknown-id", id = format!("{id:?}"));
        return Err(Error::Refused(refusal));
    };
    if let Some(twin) = &lookup.twin {
        let (first, second) = (row.location(), twin.location());
        let refusal = text!("cmd-void-two-rows", id, first, second);
        return Err(Error::Refused(refusal));
    }
    if let Some(cancelled) = &row.activity.voids {
        let at = row.location();
        let refusal = text!("cmd-void-is-a-correction", id, at, cancelled);
        return Err(Error::Refused(refusal));
    }
    if let Some(void) = lookup.voided_by {
        let (at, by, by_at) = (row.location(), &void.activity.id, void.location());
        let refusal = text!("cmd-void-already-voided", id, at, by, by_at);
        return Err(Error::Refused(refusal));
    }
    Ok(row)
}
