//! `loften repair`: rewrites every log file that is not in loften's form
//! (saved by Excel: `;`, CRLF, a byte-order mark, Windows-1252, dates with
//! a time, decimal commas; or without a header line) into it, atomically,
//! keeping every row and a backup of the old file, and says what it
//! changed. Files already in the form are left alone. Exit 0 when every
//! file is in the form afterwards, 1 when a file could not be rewritten
//! (a wrong header line: its columns cannot be known).

use std::io::{self, Write};

use crate::error::{Error, Outcome};
use crate::settings::Settings;
use crate::store::log::id::stamp;
use crate::store::log::log_files;
use crate::store::log::rewrite::{self, describe};
use crate::text;

/// Runs the repair.
pub fn run(settings: &Settings) -> Result<Outcome, Error> {
    let files = log_files(&settings.dir)?;
    let (id, _) = stamp();
    // The id's date and time, `20210302-101112`, names the backups.
    let time: String = id.chars().take(15).collect();
    let mut out = io::stdout().lock();
    let mut refused = false;
    for file in &files {
        let outcome = rewrite::rewrite(file, &time)?;
        refused |= matches!(outcome, rewrite::Outcome::Refused(_));
        writeln!(out, "{}", describe(file, &outcome).get(settings.lang))?;
    }
    if files.is_empty() {
        let none = text!("cmd-repair-no-log-files");
        writeln!(out, "{}", none.get(settings.lang))?;
    }
    Ok(if refused {
        Outcome::ProblemsFound
    } else {
        Outcome::Success
    })
}
