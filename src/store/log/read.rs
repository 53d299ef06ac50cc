//! The one streaming reader of the activity log, for `check`, `status`,
//! `export`, `void` and the progress line of `log` alike.
//!
//! It reads every `*.csv` directly in `logs/` (year files first, then any
//! other, each in name order; see [`log_files`]), record by
//! record into one reused buffer, so memory does not grow with the number
//! of rows read. Each file's form (its [`Dialect`]) is told once from its
//! header line; a file in a foreign form (saved by Excel) is read with its
//! separator and each row brought to the canonical form before it is
//! typed, so a later one-pass fast path can take the canonical files and
//! leave the rest to this one. Each row comes out typed, with its file and
//! line, or as a [`Problem`] saying why it could not be read; what concerns
//! a whole file (a foreign form, a wrong header) is a [`FileNote`]; an I/O
//! error stops the reading and is handed back by [`LogReader::finish`].
//!
//! ```no_run
//! # fn main() -> Result<(), loften::Error> {
//! use loften::LogReader;
//! let mut reader = LogReader::open(std::path::Path::new("."))?;
//! for item in &mut reader {
//!     match item {
//!         Ok(entry) => println!("{}: {}", entry.location(), entry.activity.measure),
//!         Err(problem) => eprintln!("{problem}"),
//!     }
//! }
//! let rows = reader.finish()?; // the I/O error, if any
//! # let _ = rows;
//! # Ok(())
//! # }
//! ```
//!
//! While it reads a file it holds a shared lock on it, so it waits for an
//! append in progress instead of reading half a row (and on Windows, where
//! locks are mandatory, instead of failing).

use std::fs::{self, File};
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use super::dialect::{self, Changes, Dialect};
use super::row::{WIDTH, parse_row};
use crate::activity::{Activity, COLUMNS, LEGACY_WIDTH, RowRef};
use crate::diagnostic::Problem;
use crate::error::Error;
use crate::i18n::Text;
use crate::store::{log_dir, shown};
use crate::text;

/// A typed row with where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    /// The file, as messages show it (`logs/2021.csv`).
    pub file: String,
    /// The line the row starts on, from 1.
    pub line: usize,
    /// The row's [`print`].
    pub print: u64,
    /// The row.
    pub activity: Activity,
}

impl LogEntry {
    /// `logs/2021.csv:3`.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// The log files of data folder `dir`: every `*.csv` directly in `logs/`,
/// the year files (`2021.csv`) first, each group sorted by name. No `logs/`
/// folder means no files.
pub fn log_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let folder = log_dir(dir);
    let entries = match fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::reading(&folder, e)),
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::reading(&folder, e))?.path();
        let is_csv = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("csv"));
        // `~$2021.csv` is Excel's lock file for an open 2021.csv, not a log.
        let excel_lock = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("~$"));
        if is_csv && !excel_lock && path.is_file() {
            files.push(path);
        }
    }
    // Year files first: a copy's rows then come after the rows they copy,
    // and a duplicate is reported in the copy, not in the year file.
    files.sort_by_key(|p| (!is_year_file(p), p.file_name().map(|n| n.to_os_string())));
    Ok(files)
}

/// Whether `path` is named like a year file `YYYY.csv`, the only names
/// `loften log` writes. Other names are copies (a sync tool's conflict
/// copy, an export saved into `logs/`).
pub fn is_year_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".csv"))
        .is_some_and(|stem| stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()))
}

/// The file being read (or any other source of log text, see
/// [`LogReader::from_reader`]).
struct OpenFile {
    shown: String,
    csv: csv::Reader<Box<dyn io::Read>>,
    /// How the file is written, from its header line; `None` when the
    /// header is missing or wrong (the file is then read with commas).
    dialect: Option<Dialect>,
    /// Whether the header line has been read.
    past_header: bool,
    /// The columns of the file's rows: [`WIDTH`], or [`LEGACY_WIDTH`] for
    /// a file written before `until` and `answers`.
    width: usize,
    /// Whether the rows of this file can be read (its header is right or
    /// missing with data in its place).
    readable: bool,
    /// What reading a foreign dialect took, row by row.
    changes: ChangeCounts,
}

/// How many rows of a file of a foreign dialect needed each change.
#[derive(Debug, Clone, Copy, Default)]
struct ChangeCounts {
    windows_1252: usize,
    date_time: usize,
    decimal_comma: usize,
}

impl ChangeCounts {
    fn add(&mut self, changes: Changes) {
        self.windows_1252 += usize::from(changes.windows_1252);
        self.date_time += usize::from(changes.date_time);
        self.decimal_comma += usize::from(changes.decimal_comma);
    }
}

/// What the reader found about a whole file, beside its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileNote {
    /// What it is.
    pub kind: FileNoteKind,
    /// Where and what, with what to do, as `check` prints it.
    pub problem: Problem,
}

/// The kinds of [`FileNote`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileNoteKind {
    /// The rows are read exactly, but the file is not in the canonical
    /// form (saved by Excel, no header line): `loften log` will not add to
    /// it until `loften repair` rewrites it.
    NeedsRepair,
    /// The header line is wrong: none of the file's rows is read.
    Unreadable,
    /// A line is a git conflict marker (`<<<<<<<`, `=======`,
    /// `>>>>>>>`): a merge was left unresolved. The rows around it are
    /// read.
    ConflictMarker,
}

/// Reads the activity log row by row; see the module documentation.
pub struct LogReader {
    files: Vec<PathBuf>,
    next_file: usize,
    current: Option<OpenFile>,
    record: csv::ByteRecord,
    /// The current row in the canonical form, when its file is not.
    normalized: csv::ByteRecord,
    /// Whether the current row is in `normalized` rather than `record`.
    is_normalized: bool,
    notes: Vec<FileNote>,
    error: Option<Error>,
    rows: usize,
}

/// What the next record of the log is.
enum Step {
    /// A row to read, in `record`, starting on this line.
    Row(usize),
    /// A problem with the file or the record.
    Problem(Problem),
}

/// A row of the log viewed in place, with where it stands.
#[derive(Debug, Clone, Copy)]
pub struct RowAt<'a> {
    /// The file, as messages show it.
    pub file: &'a str,
    /// The line the row starts on.
    pub line: usize,
    /// The row.
    pub row: RowRef<'a>,
    /// The row's fields in the canonical form, for [`RowAt::print`].
    fields: &'a csv::ByteRecord,
}

impl RowAt<'_> {
    /// The row's print (see [`print`]), from its fields as read.
    pub fn print(&self) -> u64 {
        print(self.fields)
    }
}

/// A 64-bit print of a row's fields (in the canonical form): two rows with
/// equal prints are the same row written twice (a git union merge repeats
/// lines byte for byte); rows sharing an id with other prints are two rows.
pub fn print(fields: &csv::ByteRecord) -> u64 {
    print_fields(fields.iter())
}

/// The print of fields however they are held; see [`print`].
pub fn print_fields<'a>(fields: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    for field in fields {
        field.hash(&mut hasher);
    }
    hasher.finish()
}

impl LogReader {
    /// A reader over the log of data folder `dir`. Lists the files; opens
    /// each only when its turn comes.
    pub fn open(dir: &Path) -> Result<LogReader, Error> {
        Ok(LogReader::over(log_files(dir)?))
    }

    /// A reader over these files, in this order.
    pub fn over(files: Vec<PathBuf>) -> LogReader {
        LogReader {
            files,
            next_file: 0,
            current: None,
            record: csv::ByteRecord::new(),
            normalized: csv::ByteRecord::new(),
            is_normalized: false,
            notes: Vec::new(),
            error: None,
            rows: 0,
        }
    }

    /// A reader over one log file's text from any source, shown in
    /// messages as `name`: the same header check, rows and problems as for
    /// a file in `logs/`. For tests and fuzzing, and for logs that do not
    /// live in a data folder. [`LogReader::files`] is then empty.
    pub fn from_reader(name: &str, input: impl io::Read + 'static) -> LogReader {
        LogReader {
            files: Vec::new(),
            next_file: 0,
            current: Some(open_file(name.to_string(), Box::new(input))),
            record: csv::ByteRecord::new(),
            normalized: csv::ByteRecord::new(),
            is_normalized: false,
            notes: Vec::new(),
            error: None,
            rows: 0,
        }
    }

    /// The files this reader reads, in order.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// What was found so far about whole files (a file saved by Excel, a
    /// wrong header line), in the order of the files. Complete once the
    /// rows are all read.
    pub fn notes(&self) -> &[FileNote] {
        &self.notes
    }

    /// Ends the reading: the number of rows read, or the I/O error that
    /// stopped it. Call it after the loop; an error means the rows seen
    /// were not all of the log.
    pub fn finish(self) -> Result<usize, Error> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(self.rows),
        }
    }

    /// Reads every remaining row in place, without copying its text: the
    /// fast path for `status` over a million rows. Each row comes to
    /// `visit` as it stands in the reader's buffer, or as the problem that
    /// keeps it from being read. Ends like [`LogReader::finish`], with the
    /// notes about whole files.
    pub fn for_each_row(
        mut self,
        mut visit: impl FnMut(Result<RowAt<'_>, Problem>),
    ) -> Result<(usize, Vec<FileNote>), Error> {
        while let Some(step) = self.step() {
            match step {
                Step::Problem(problem) => visit(Err(problem)),
                Step::Row(line) => {
                    let file = self.current.as_ref().map_or("", |f| f.shown.as_str());
                    let width = self.current.as_ref().map_or(WIDTH, |f| f.width);
                    let fields = self.row_record();
                    visit(
                        view(fields, width)
                            .map(|row| RowAt {
                                file,
                                line,
                                row,
                                fields,
                            })
                            .map_err(|message| problem(file, line, message)),
                    );
                }
            }
        }
        let notes = std::mem::take(&mut self.notes);
        Ok((self.finish()?, notes))
    }

    /// Reads every remaining record without typing it: the cheap first
    /// pass before a tally. Each record of a readable file comes to `visit`
    /// in the canonical form, with its file, its line and the file's width
    /// (the columns its header names: a wider record is not a row),
    /// whether or not it is a row that can be read. Ends like
    /// [`LogReader::finish`].
    pub fn for_each_record(
        mut self,
        mut visit: impl FnMut(&str, usize, usize, &csv::ByteRecord),
    ) -> Result<(usize, Vec<FileNote>), Error> {
        while let Some(step) = self.step() {
            if let Step::Row(line) = step {
                let file = self.current.as_ref().map_or("", |f| f.shown.as_str());
                let width = self.current.as_ref().map_or(WIDTH, |f| f.width);
                visit(file, line, width, self.row_record());
            }
        }
        let notes = std::mem::take(&mut self.notes);
        Ok((self.finish()?, notes))
    }

    /// The current row's fields: as read, or brought to the canonical
    /// form when its file is not.
    fn row_record(&self) -> &csv::ByteRecord {
        if self.is_normalized {
            &self.normalized
        } else {
            &self.record
        }
    }

    /// Opens the next file; `false` when there is none, or on an error
    /// (kept for [`LogReader::finish`]).
    fn open_next(&mut self) -> bool {
        let Some(path) = self.files.get(self.next_file).cloned() else {
            return false;
        };
        self.next_file += 1;
        match open_locked(&path) {
            Ok(file) => {
                self.current = Some(open_file(shown(&path), Box::new(file)));
                true
            }
            Err(e) => {
                self.error = Some(Error::reading(&path, e));
                false
            }
        }
    }

    /// The next step of the log, across files; `None` at its end or after
    /// an I/O error.
    fn step(&mut self) -> Option<Step> {
        loop {
            if self.error.is_some() {
                return None;
            }
            if self.current.is_none() && !self.open_next() {
                return None;
            }
            match self.step_in_file() {
                Some(step) => return Some(step),
                None => self.current = None,
            }
        }
    }

    /// The next step of the current file; `None` at its end.
    fn step_in_file(&mut self) -> Option<Step> {
        loop {
            let file = self.current.as_mut()?;
            match file.csv.read_byte_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => {
                    if let Some(note) = repair_note(file) {
                        self.notes.push(note);
                    }
                    return None;
                }
                Err(e) => {
                    let line = e.position().map_or(1, |p| p.line().max(1) as usize);
                    if let csv::ErrorKind::Io(io) = e.into_kind() {
                        self.error = Some(Error::reading(Path::new(&file.shown), io));
                        self.current = None;
                        return None;
                    }
                    return Some(Step::Problem(problem(
                        &file.shown,
                        line,
                        text!("log-file-row-bad-csv"),
                    )));
                }
            }
            let line = self.record.position().map_or(0, |p| p.line() as usize);
            if !file.past_header {
                file.past_header = true;
                match header_check(&self.record) {
                    Header::Right(width) => {
                        file.width = width;
                        continue;
                    }
                    Header::Missing(message) => {
                        if self.record.len() == LEGACY_WIDTH {
                            file.width = LEGACY_WIDTH;
                        }
                        // The first line is a row: read it, after the note
                        // that says so.
                        self.notes.push(FileNote {
                            kind: FileNoteKind::NeedsRepair,
                            problem: problem(&file.shown, line, message),
                        });
                        self.is_normalized = false;
                        self.rows += 1;
                        return Some(Step::Row(line));
                    }
                    Header::Wrong(message) => {
                        file.readable = false;
                        self.notes.push(FileNote {
                            kind: FileNoteKind::Unreadable,
                            problem: problem(&file.shown, line, message),
                        });
                        continue;
                    }
                }
            }
            if !file.readable {
                continue;
            }
            if let Some(message) = conflict_marker(&self.record) {
                self.notes.push(FileNote {
                    kind: FileNoteKind::ConflictMarker,
                    problem: problem(&file.shown, line, message),
                });
                continue;
            }
            self.is_normalized = file.dialect.is_some_and(|d| !d.is_canonical());
            if self.is_normalized {
                let changes = normalize_record(&self.record, &mut self.normalized);
                file.changes.add(changes);
            }
            self.rows += 1;
            return Some(Step::Row(line));
        }
    }
}

impl Iterator for LogReader {
    type Item = Result<LogEntry, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.step()? {
            Step::Problem(problem) => Some(Err(problem)),
            Step::Row(line) => {
                let file = self.current.as_ref().map_or("", |f| f.shown.as_str());
                let width = self.current.as_ref().map_or(WIDTH, |f| f.width);
                Some(
                    view(self.row_record(), width)
                        .map(|row| LogEntry {
                            file: file.to_string(),
                            line,
                            print: print(self.row_record()),
                            activity: row.to_activity(),
                        })
                        .map_err(|message| problem(file, line, message)),
                )
            }
        }
    }
}

/// The most bytes of a file's first line read to tell its dialect: a
/// header line is far shorter.
const HEADER_PEEK: u64 = 4096;

/// A log text about to be read from its first line.
fn open_file(shown: String, input: Box<dyn io::Read>) -> OpenFile {
    let (dialect, csv) = csv_reader(input);
    OpenFile {
        shown,
        csv,
        dialect,
        past_header: false,
        width: WIDTH,
        readable: true,
        changes: ChangeCounts::default(),
    }
}

/// A CSV reader over a log text, and the text's dialect: the first line
/// is read ahead to tell it (see [`dialect::detect`]), then read again by
/// the CSV reader, with that separator. The one setup of the CSV reader,
/// for reading the log and for rewriting it (`rewrite`).
pub(super) fn csv_reader(
    input: Box<dyn io::Read>,
) -> (Option<Dialect>, csv::Reader<Box<dyn io::Read>>) {
    let mut input = io::BufReader::with_capacity(1 << 16, input);
    let mut first = Vec::new();
    // An error here comes back on the CSV reader's first read.
    let _ = (&mut input).take(HEADER_PEEK).read_until(b'\n', &mut first);
    let dialect = dialect::detect(&first);
    let text: Box<dyn io::Read> = Box::new(io::Cursor::new(first).chain(input));
    let csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(dialect.map_or(b',', |d| d.separator))
        // Lines end at `\n` only: the CSV reader's own CRLF handling
        // numbers the lines of a CRLF file one short. A `\r` left at the
        // end of a row's last field is dropped by `normalize` (and by the
        // trimming of the `excuses` field in a canonical file).
        .terminator(csv::Terminator::Any(b'\n'))
        .buffer_capacity(1 << 16)
        .from_reader(text);
    (dialect, csv)
}

/// Brings `record`, a row of a file in a foreign dialect, to the canonical
/// form in `out` (see [`dialect::normalize`]); what that took.
pub(super) fn normalize_record(record: &csv::ByteRecord, out: &mut csv::ByteRecord) -> Changes {
    out.clear();
    let last = record.len().saturating_sub(1);
    let mut row_changes = Changes::default();
    for (index, raw) in record.iter().enumerate() {
        let raw = match raw.strip_suffix(b"\r") {
            Some(stripped) if index == last => stripped,
            _ => raw,
        };
        let (field, changes) = dialect::normalize(index, raw);
        row_changes = row_changes.and(changes);
        out.push_field(&field);
    }
    row_changes
}

/// The note for a file read in a foreign dialect: what differs, what
/// reading it took, and that `loften repair` makes it canonical; `None`
/// for a canonical file.
fn repair_note(file: &OpenFile) -> Option<FileNote> {
    let dialect = file.dialect.filter(|d| !d.is_canonical())?;
    let mut found = dialect.differences();
    let ChangeCounts {
        windows_1252,
        date_time,
        decimal_comma,
    } = file.changes;
    if windows_1252 > 0 {
        found.push(text!("log-file-dialect-ansi", rows = windows_1252));
    }
    if date_time > 0 {
        found.push(text!("log-file-dialect-times", dates = date_time));
    }
    if decimal_comma > 0 {
        found.push(text!("log-file-dialect-commas", values = decimal_comma));
    }
    let message = text!("log-file-excel-note", found = super::listed(found));
    Some(FileNote {
        kind: FileNoteKind::NeedsRepair,
        problem: problem(&file.shown, 1, message),
    })
}

/// Opens `path` for reading with a shared lock, where the file system
/// supports locks.
fn open_locked(path: &Path) -> io::Result<File> {
    let file = File::open(path)?;
    match file.lock_shared() {
        Ok(()) => Ok(file),
        Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(file),
        Err(e) => Err(e),
    }
}

pub(super) fn problem(file: &str, line: usize, message: Text) -> Problem {
    Problem {
        file: file.to_string(),
        line,
        column: None,
        message,
    }
}

/// What the first line of a file is.
pub(super) enum Header {
    /// The contract's header, of this many columns: all of them, or the
    /// first [`LEGACY_WIDTH`].
    Right(usize),
    /// No header: the first line is already a row.
    Missing(Text),
    /// Something else: the columns cannot be known.
    Wrong(Text),
}

pub(super) fn header_check(record: &csv::ByteRecord) -> Header {
    let mut fields: Vec<&[u8]> = record.iter().collect();
    if let Some(last) = fields.last_mut() {
        *last = last.strip_suffix(b"\r").unwrap_or(last);
    }
    let first = fields
        .first()
        .map(|f| f.strip_prefix("\u{feff}".as_bytes()).unwrap_or(f));
    let expected = COLUMNS.join(",");
    let width = fields.len();
    let known_width = width == WIDTH || width == LEGACY_WIDTH;
    if known_width && first == Some(b"id".as_slice()) {
        if fields[1..]
            .iter()
            .zip(&COLUMNS[1..])
            .all(|(f, c)| *f == c.as_bytes())
        {
            return Header::Right(width);
        }
    } else if known_width
        && std::str::from_utf8(fields[1])
            .ok()
            .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
    {
        return Header::Missing(text!("log-file-no-header", expected));
    }
    let found = String::from_utf8_lossy(record.as_slice())
        .chars()
        .take(80)
        .collect::<String>();
    if fields.len() == 1 && found.contains(';') {
        return Header::Wrong(text!("log-file-semicolon-header", expected));
    }
    Header::Wrong(text!("log-file-wrong-header", expected))
}

/// The row of `strs` (the first of `n` fields, known to be UTF-8, from a
/// file of `width` columns) viewed typed, or why it cannot be read:
/// [`view_fields`] without the check of the text.
pub(super) fn view_text<'a>(strs: &[&'a str], n: usize, width: usize) -> Result<RowRef<'a>, Text> {
    if let Some(problem) = width_problem(n, width) {
        return Err(problem);
    }
    if strs.len() >= WIDTH {
        return parse_row(&strs[..WIDTH]);
    }
    // A row of the 12 columns before `until` and `answers`: both empty.
    let mut padded = [""; WIDTH];
    padded[..strs.len()].copy_from_slice(strs);
    parse_row(&padded)
}

/// What is wrong with a record of `n` fields in a file of `width`
/// columns, if anything. A row of the 12 columns before `until` and
/// `answers` (copied from an older file) is read with them empty,
/// whatever the file's header.
fn width_problem(n: usize, width: usize) -> Option<Text> {
    if n < width && n != LEGACY_WIDTH {
        return Some(text!("log-file-row-torn", n, width));
    }
    if n > width {
        return Some(text!("log-file-row-width-quotes", n, width));
    }
    None
}

/// The git conflict marker a record's only field starts with, if any.
pub(super) fn marker_of(field: &[u8]) -> Option<&'static [u8]> {
    [&b"<<<<<<<"[..], b"=======", b">>>>>>>"]
        .into_iter()
        .find(|m| field.starts_with(m))
}

/// What to say about `record` when it is a git conflict marker line.
fn conflict_marker(record: &csv::ByteRecord) -> Option<Text> {
    let field = record.get(0).filter(|_| record.len() == 1)?;
    marker_of(field).map(marker_text)
}

/// What to say about a line that is the git conflict marker `marker`.
pub(super) fn marker_text(marker: &[u8]) -> Text {
    let marker = String::from_utf8_lossy(marker);
    text!("log-file-conflict-marker", marker = marker.to_string())
}

/// The row of `record`, from a file of `width` columns, viewed typed, or
/// why it cannot be read. A row of a file written before `until` and
/// `answers` has them empty.
fn view(record: &csv::ByteRecord, width: usize) -> Result<RowRef<'_>, Text> {
    let mut fields: [&[u8]; WIDTH + 1] = [&[]; WIDTH + 1];
    for (slot, field) in fields.iter_mut().zip(record.iter()) {
        *slot = field;
    }
    view_fields(&fields[..record.len().min(WIDTH + 1)], record.len(), width)
}

/// The row of `fields` (the first of `n`, from a file of `width`
/// columns) viewed typed, or why it cannot be read: the one check of a
/// record's width and text, for the full reader and the fast path alike.
pub(super) fn view_fields<'a>(
    fields: &[&'a [u8]],
    n: usize,
    width: usize,
) -> Result<RowRef<'a>, Text> {
    if let Some(problem) = width_problem(n, width) {
        return Err(problem);
    }
    let mut strs = [""; WIDTH];
    for (i, raw) in fields.iter().take(WIDTH).enumerate() {
        strs[i] = std::str::from_utf8(raw).map_err(|_| {
            let column = COLUMNS[i];
            text!("log-file-column-not-utf8", column)
        })?;
    }
    parse_row(&strs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

    fn read(files: &[(&str, &str)]) -> (Vec<Result<LogEntry, Problem>>, usize) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("logs")).unwrap();
        for (name, text) in files {
            fs::write(dir.path().join("logs").join(name), text).unwrap();
        }
        let mut reader = LogReader::open(dir.path()).unwrap();
        let items: Vec<_> = (&mut reader).collect();
        let rows = reader.finish().unwrap();
        (items, rows)
    }

    const HEADER: &str =
        "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";

    fn line_of(item: &Result<LogEntry, Problem>) -> usize {
        match item {
            Ok(e) => e.line,
            Err(p) => p.line,
        }
    }

    #[test]
    fn reads_rows_with_their_lines_across_files_in_name_order() {
        let a = format!(
            "{HEADER}a1,2021-03-02,trafikkontroll,3,,,Bo,,\"två\nrader\",,,\na2,2021-03-03,trafikkontroll,,,,,,,,,\n"
        );
        let b = format!("\u{feff}{HEADER}b1,2020-01-01,narkotika,1,,beslag=12.5,,,,,,\n");
        let (items, rows) = read(&[("2021.csv", &a), ("2020.csv", &b)]);
        assert_eq!(rows, 3);
        let entries: Vec<LogEntry> = items.into_iter().map(Result::unwrap).collect();
        assert_eq!(entries[0].location(), format!("{}:2", entries[0].file));
        assert!(entries[0].file.ends_with("2020.csv"));
        assert_eq!(entries[0].activity.value("beslag"), Some(12.5));
        assert_eq!(entries[1].activity.note, "två\nrader");
        assert_eq!(entries[2].line, 4);
        assert_eq!(entries[2].activity.count, 1);
    }

    #[test]
    fn problems_name_their_line() {
        let text = format!(
            "{HEADER}x,2021-03-02,trafikk\nok,2021-03-02,t,1,,,,,,,,\ny,2021-13-01,t,1,,,,,,,,\nz,2021-03-02,t,1,,,,,,,,,,\n"
        );
        let (items, rows) = read(&[("2021.csv", &text)]);
        assert_eq!(rows, 4);
        assert_eq!(
            items.iter().map(line_of).collect::<Vec<_>>(),
            vec![2, 3, 4, 5]
        );
        let messages: Vec<String> = items
            .iter()
            .filter_map(|i| i.as_ref().err().map(|p| p.message.en().clone()))
            .collect();
        assert!(messages[0].contains("torn"), "{messages:?}");
        assert!(messages[1].contains("not a date"), "{messages:?}");
        assert!(messages[2].contains("14 columns"), "{messages:?}");
    }

    /// Reads one file's text: its items, rows read and file notes.
    fn read_one(text: &[u8]) -> (Vec<Result<LogEntry, Problem>>, usize, Vec<FileNote>) {
        let mut reader = LogReader::from_reader("logs/2021.csv", io::Cursor::new(text.to_vec()));
        let items: Vec<_> = (&mut reader).collect();
        let notes = reader.notes().to_vec();
        (items, reader.finish().unwrap(), notes)
    }

    #[test]
    fn headers_wrong_or_missing() {
        let (items, rows, notes) = read_one(b"id;date;measure\n1;2;3\n");
        assert_eq!((items.len(), rows), (0, 0));
        assert_eq!(notes[0].kind, FileNoteKind::Unreadable);
        assert_eq!(
            notes[0].problem.message.id(),
            Some("log-file-semicolon-header")
        );
        let (items, rows, notes) = read_one(b"a,2021-03-02,t,1,,,,,,,,\n");
        assert_eq!(rows, 1);
        assert_eq!(notes[0].kind, FileNoteKind::NeedsRepair);
        assert_eq!(notes[0].problem.message.id(), Some("log-file-no-header"));
        assert_eq!(items[0].as_ref().unwrap().activity.id, "a");
    }

    #[test]
    fn an_excel_file_reads_exactly_and_is_noted() {
        let text = b"\xef\xbb\xbfid;date;measure;count;target;values;who;place;note;recorded_at;voids;excuses\r\n\
a;2021-03-02 00:00;t;3;;beslag=12,5;\xc5sa;;\"x;y\r\nz\";;;\r\n\
b;2021-03-03;t;2;;;\xc5sa;;;;;\r\n";
        let (items, rows, notes) = read_one(text);
        assert_eq!(rows, 2);
        let entries: Vec<LogEntry> = items.into_iter().map(Result::unwrap).collect();
        assert_eq!(entries[0].activity.count, 3);
        assert_eq!(entries[0].activity.value("beslag"), Some(12.5));
        assert_eq!(entries[0].activity.note, "x;y\r\nz");
        assert_eq!(entries[1].activity.who, "Åsa");
        assert_eq!((entries[0].line, entries[1].line), (2, 4));
        let message = &notes[0].problem.message.en();
        for said in [
            "semicolons",
            "CRLF",
            "byte-order",
            "2 rows in Windows-1252",
            "1 date with a time",
            "1 value with a decimal comma",
            "loften repair",
        ] {
            assert!(message.contains(said), "{said}: {message}");
        }
    }

    #[test]
    fn empty_files_and_no_folder_are_empty_logs() {
        let (items, rows) = read(&[("2021.csv", ""), ("2022.csv", HEADER)]);
        assert!(items.is_empty());
        assert_eq!(rows, 0);
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(LogReader::open(dir.path()).unwrap().count(), 0);
    }

    /// Reads `bytes` as one log file; checks what holds for any input: no
    /// panic, every item placed on a line from 1 on, in order, every row
    /// typed whole, and the reading ends without an error.
    fn read_anything(bytes: Vec<u8>) -> Result<(), TestCaseError> {
        let mut reader = LogReader::from_reader("logs/2021.csv", io::Cursor::new(bytes));
        let mut last_line = 0;
        for item in &mut reader {
            let line = line_of(&item);
            prop_assert!(
                line >= 1 && line >= last_line,
                "line {line} after {last_line}"
            );
            last_line = line;
            match item {
                Ok(entry) => {
                    prop_assert_eq!(entry.file, "logs/2021.csv");
                    prop_assert!(!entry.activity.id.is_empty());
                    prop_assert!(!entry.activity.measure.is_empty());
                }
                Err(problem) => {
                    prop_assert_eq!(problem.file, "logs/2021.csv");
                    prop_assert!(
                        !problem.message.sv().is_empty() && !problem.message.en().is_empty()
                    );
                }
            }
        }
        prop_assert!(reader.finish().is_ok());
        Ok(())
    }

    /// A log text that passes the header check, to reach the rows.
    fn log_like() -> impl Strategy<Value = Vec<u8>> {
        let row = prop_oneof![
            "[a-z0-9åäö,\"\n=. -]{0,120}",
            "[0-9a-f-]{1,24},20[0-9]{2}-[01][0-9]-[0-3][0-9],[a-z]{1,12},[0-9]{0,3},[a-zåäö0-9]{0,4},([a-z]{1,6}=[0-9.,-]{1,6} ?){0,3},[^\n]{0,10},,\"[^\"]{0,20}\",,[0-9-]{0,24},[0-9A-Z-]{0,8}",
        ];
        proptest::collection::vec(row, 0..12).prop_map(|rows| {
            let mut text = HEADER.to_string();
            for row in rows {
                text.push_str(&row);
                text.push('\n');
            }
            text.into_bytes()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_bytes_read_without_panic_and_with_lines(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            read_anything(bytes)?;
        }

        #[test]
        fn log_like_text_reads_without_panic_and_with_lines(bytes in log_like()) {
            read_anything(bytes)?;
        }

        #[test]
        fn a_spliced_good_log_reads_without_panic_and_with_lines(
            at in 0usize..400,
            cut in 0usize..40,
            insert in proptest::collection::vec(any::<u8>(), 0..24),
        ) {
            let good = format!(
                "{HEADER}a1,2021-03-02,trafikkontroll,3,,anmalningar=2,Bo,,\"två\nrader, \"\"citat\"\"\",2021-03-02T10:11:12+01:00,,\nv1,2021-03-02,trafikkontroll,,,,,,fel,,a1,\ne1,2021-03-01,fritidsgard,,,,,,stängt,,,2021-03\n"
            );
            let mut bytes = good.into_bytes();
            let at = at.min(bytes.len());
            let end = (at + cut).min(bytes.len());
            bytes.splice(at..end, insert);
            read_anything(bytes)?;
        }
    }

    #[test]
    fn year_files() {
        assert!(is_year_file(Path::new("logs/2021.csv")));
        for copy in ["2021 (1).csv", "2021-LAPTOP.csv", "export.csv", "21.csv"] {
            assert!(!is_year_file(Path::new(copy)), "{copy}");
        }
    }
}
