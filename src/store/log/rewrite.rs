//! Rewriting a log file into the canonical form, for `loften repair`:
//! every record kept, in order, each field as the reader reads it
//! (Windows-1252 text as UTF-8, dates without Excel's time, decimal
//! points), written as `loften` writes (`,`, `\n`, UTF-8 without a
//! byte-order mark, quotes only where needed).
//!
//! The rules:
//!
//! 1. the file is locked exclusively for the whole rewrite, so no append
//!    lands in between (an append that waited opens the new file: see
//!    `append`);
//! 2. rows that cannot be read (torn, wrong columns, bad dates) are kept
//!    as they are, field for field: a repair loses nothing, and `check`
//!    still reports them;
//! 3. the new text goes to a temporary file beside the log, is synced,
//!    then a copy of the old file is kept as `2021.csv.<time>.bak` (not
//!    read as a log: it does not end in `.csv`), and the new file is
//!    renamed over the old;
//! 4. a file whose header line is wrong is not touched: its columns cannot
//!    be known.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::dialect::{Changes, Dialect};
use super::read::{Header, csv_reader, header_check, normalize_record};
use crate::activity::{COLUMNS, LEGACY_WIDTH};
use crate::error::Error;
use crate::i18n::Text;
use crate::store::atomic::Output;
use crate::store::shown;
use crate::text;

/// What a rewrite did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewritten {
    /// The rows written (every record but the header).
    pub rows: usize,
    /// What changed, in words.
    pub changes: Vec<Text>,
    /// The copy of the old file.
    pub backup: PathBuf,
}

/// What [`rewrite`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The file was already in the canonical form; nothing was written.
    AlreadyCanonical,
    /// The file was rewritten.
    Rewritten(Rewritten),
    /// The file cannot be rewritten (its header line is wrong); why.
    Refused(Text),
}

/// Rewrites the log file `path` into the canonical form; see the module
/// documentation. `stamp` names the backup (`20210302-101112`).
pub fn rewrite(path: &Path, stamp: &str) -> Result<Outcome, Error> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| Error::reading(path, e))?;
    match file.lock() {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::Unsupported => {}
        Err(e) => return Err(Error::reading(path, e)),
    }
    let result = rewrite_locked(path, &file, stamp);
    let _ = file.unlock();
    result
}

fn rewrite_locked(path: &Path, file: &File, stamp: &str) -> Result<Outcome, Error> {
    let copy = file.try_clone().map_err(|e| Error::reading(path, e))?;
    let (dialect, mut csv) = csv_reader(Box::new(copy));
    let mut record = csv::ByteRecord::new();
    let mut normalized = csv::ByteRecord::new();
    let mut out = Output::rewrite(path)?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(io::BufWriter::new(out.file()));
    let mut counts = Counts::default();
    let mut rows = 0;
    let mut first = true;
    while csv
        .read_byte_record(&mut record)
        .map_err(|e| Error::reading(path, io::Error::other(e)))?
    {
        let changes = normalize_record(&record, &mut normalized);
        if first {
            first = false;
            match header_check(&normalized) {
                Header::Right(width) => {
                    counts.columns_added = width < COLUMNS.len();
                    writer
                        .write_record(COLUMNS)
                        .map_err(|e| write_error(path, e))?;
                    continue;
                }
                Header::Missing(_) => {
                    counts.header_added = true;
                    writer
                        .write_record(COLUMNS)
                        .map_err(|e| write_error(path, e))?;
                }
                Header::Wrong(message) => return Ok(Outcome::Refused(message)),
            }
        }
        counts.add(changes);
        rows += 1;
        // A row of a file written before `until` and `answers` gets them,
        // empty.
        while normalized.len() < COLUMNS.len() && normalized.len() >= LEGACY_WIDTH {
            normalized.push_field(b"");
        }
        writer
            .write_byte_record(&normalized)
            .map_err(|e| write_error(path, e))?;
    }
    let dialect = dialect.unwrap_or(Dialect::CANONICAL);
    if dialect.is_canonical() && !counts.header_added && !counts.columns_added {
        return Ok(Outcome::AlreadyCanonical);
    }
    let buffered = writer
        .into_inner()
        .map_err(|e| Error::writing(path, io::Error::other(e.to_string())))?;
    buffered
        .into_inner()
        .map_err(|e| Error::writing(path, e.into_error()))?
        .flush()
        .map_err(|e| Error::writing(path, e))?;
    let backup = backup_path(path, stamp);
    fs::copy(path, &backup).map_err(|e| Error::writing(&backup, e))?;
    out.commit()?;
    Ok(Outcome::Rewritten(Rewritten {
        rows,
        changes: counts.describe(dialect),
        backup,
    }))
}

fn write_error(path: &Path, e: csv::Error) -> Error {
    Error::writing(path, io::Error::other(e.to_string()))
}

/// `logs/2021.csv.20210302-101112.bak`, or with `-2`, `-3`... when taken.
fn backup_path(path: &Path, stamp: &str) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let backup = path.with_file_name(format!("{name}.{stamp}{suffix}.bak"));
        if !backup.exists() {
            return backup;
        }
        n += 1;
    }
}

/// The rows each change touched.
#[derive(Debug, Default)]
struct Counts {
    windows_1252: usize,
    date_time: usize,
    decimal_comma: usize,
    header_added: bool,
    /// The header lacked `until` and `answers` (a file written before
    /// them): both added, empty in every row.
    columns_added: bool,
}

impl Counts {
    fn add(&mut self, changes: Changes) {
        self.windows_1252 += usize::from(changes.windows_1252);
        self.date_time += usize::from(changes.date_time);
        self.decimal_comma += usize::from(changes.decimal_comma);
    }

    fn describe(&self, dialect: Dialect) -> Vec<Text> {
        let mut said = Vec::new();
        match dialect.separator {
            b';' => said.push(text!("log-file-fixed-semicolons")),
            b'\t' => said.push(text!("log-file-fixed-tabs")),
            _ => {}
        }
        if dialect.crlf {
            said.push(text!("log-file-fixed-crlf"));
        }
        if dialect.bom {
            said.push(text!("log-file-fixed-bom"));
        }
        if self.header_added {
            said.push(text!("log-file-fixed-header"));
        }
        if self.columns_added {
            said.push(text!("log-file-fixed-columns"));
        }
        let Counts {
            windows_1252: w,
            date_time: d,
            decimal_comma: c,
            ..
        } = *self;
        if w > 0 {
            said.push(text!("log-file-fixed-ansi", rows = w));
        }
        if d > 0 {
            said.push(text!("log-file-fixed-times", dates = d));
        }
        if c > 0 {
            said.push(text!("log-file-fixed-commas", commas = c));
        }
        said
    }
}

/// `loften repair`'s line for a file: what was done with it.
pub fn describe(path: &Path, outcome: &Outcome) -> Text {
    let p = shown(path);
    match outcome {
        Outcome::AlreadyCanonical => text!("log-file-already-in-form", p),
        Outcome::Rewritten(done) => text!(
            "log-file-rewritten",
            p,
            rows = done.rows,
            changes = super::listed(done.changes.clone()),
            backup = shown(&done.backup)
        ),
        Outcome::Refused(why) => text!("log-file-not-rewritten", p, why),
    }
}
