//! The log folded into a [`Tally`] for the compliance engine, in two
//! streaming passes: first the ids that void rows cancel (few), then every
//! row. Memory stays bounded by the voids and by measures × days, never by
//! the number of rows.

use std::collections::HashSet;
use std::path::Path;

use super::LogReader;
use crate::compliance::tally::Tally;
use crate::error::Error;
use crate::plan::Plan;

/// A tally of the log, and how many rows could not be read (`check` says
/// why).
#[derive(Debug)]
pub struct LogTally {
    /// What the readable rows say.
    pub tally: Tally,
    /// Rows left out because they could not be read.
    pub unreadable_rows: usize,
}

/// Reads the log of data folder `dir` into a tally for `plan`.
pub fn tally_log(dir: &Path, plan: &Plan) -> Result<LogTally, Error> {
    let mut voided = HashSet::new();
    let mut reader = LogReader::open(dir)?;
    for entry in (&mut reader).flatten() {
        if let Some(id) = entry.activity.voids {
            voided.insert(id);
        }
    }
    reader.finish()?;

    let mut tally = Tally::new(voided);
    let mut unreadable_rows = 0;
    let mut reader = LogReader::open(dir)?;
    for item in &mut reader {
        match item {
            Ok(entry) => tally.add(plan, &entry.activity),
            Err(_) => unreadable_rows += 1,
        }
    }
    reader.finish()?;
    Ok(LogTally {
        tally,
        unreadable_rows,
    })
}
