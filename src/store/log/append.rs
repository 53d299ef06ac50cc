//! Appending rows to the activity log, safely when several people log at
//! the same moment into the same file on a shared folder.
//!
//! The rules, in order:
//!
//! 1. a row goes to `logs/<year of its date>.csv` (so a void, which copies
//!    its row's date, lands in the same file as the row it cancels);
//! 2. the file is opened with create + append and locked exclusively
//!    (std `File::lock`, on the file itself: no lock file to leave behind);
//! 3. an empty file gets the header first;
//! 4. a file whose last byte is not `\n` (a torn row from a crash or an
//!    editor) gets a `\n` first, so the torn row stays on its own line for
//!    `check` to report; only the last byte is read, so appending costs the
//!    same whatever the size of the log. Only when that byte is not `\n` is
//!    a bounded tail (at most [`TAIL`] bytes) read, to tell whether the torn
//!    row left a quoted field open: then a `"` closes it first, or the CSV
//!    reader would swallow the new row into the torn one;
//! 5. all of it is written with one `write_all` of one buffer, then
//!    `sync_all`, then the lock is released;
//! 6. when the write or the sync fails (a full disk, a share gone away),
//!    the file is cut back to its length before the append, so that no
//!    partial row is left behind, and the error says which file and what
//!    to do. (Without a lock, as on some shares, it is not cut: another
//!    writer's row could follow.)
//!
//! The folder `logs/` and the file are created only here, when a row that
//! passed every check is written: a refused command writes nothing.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use super::row::csv_bytes;
use crate::activity::Activity;
use crate::error::Error;
use crate::store::log_dir;
use crate::text;

/// The most bytes read back from a torn file's end to see whether the torn
/// row left a quote open.
pub const TAIL: u64 = 64 * 1024;

/// The file a row dated `date` goes to: `logs/2021.csv`.
pub fn year_file(dir: &Path, date: NaiveDate) -> PathBuf {
    log_dir(dir).join(format!("{:04}.csv", date.year()))
}

/// Appends `row` to its year file in data folder `dir`; returns the file.
pub fn append(dir: &Path, row: &Activity) -> Result<PathBuf, Error> {
    let folder = log_dir(dir);
    fs::create_dir_all(&folder).map_err(|e| Error::writing(&folder, e))?;
    let path = year_file(dir, row.date);
    append_locked(&path, row).map_err(|e| append_error(&path, e))?;
    Ok(path)
}

/// A failed append: which file, that nothing was recorded, and what to do
/// for the usual causes.
fn append_error(path: &Path, source: io::Error) -> Error {
    use io::ErrorKind::{
        FileTooLarge, PermissionDenied, QuotaExceeded, ReadOnlyFilesystem, StorageFull,
    };
    let p = path.display();
    let action = match source.kind() {
        StorageFull | QuotaExceeded | FileTooLarge => text!(
            "kunde inte skriva {p}, och inget registrerades: disken eller den delade mappen är full; frigör utrymme (eller kontrollera den delade mappen) och kör kommandot igen",
            "could not write {p}, and nothing was recorded: the disk or the shared folder is full; free some space (or check the share) and run the command again"
        ),
        PermissionDenied | ReadOnlyFilesystem => text!(
            "kunde inte skriva {p}, och inget registrerades: du saknar skrivrätt eller mappen är skrivskyddad; kontrollera behörigheten till mappen och kör kommandot igen",
            "could not write {p}, and nothing was recorded: you may not write there or the folder is read-only; check the permissions of the folder and run the command again"
        ),
        _ => text!(
            "kunde inte skriva {p}, och inget registrerades; kontrollera disken eller den delade mappen och kör kommandot igen",
            "could not write {p}, and nothing was recorded; check the disk or the shared folder and run the command again"
        ),
    };
    Error::Io { action, source }
}

fn append_locked(path: &Path, row: &Activity) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)?;
    let locked = lock(&file)?;
    let result = write_row(&mut file, row, locked);
    let unlocked = if locked { file.unlock() } else { Ok(()) };
    result.and(unlocked)
}

/// Takes the exclusive lock, where the file system supports locks (some
/// network shares do not; a single append is then still one write).
/// Whether the lock is held.
fn lock(file: &File) -> io::Result<bool> {
    match file.lock() {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(false),
        Err(e) => Err(e),
    }
}

fn write_row(file: &mut File, row: &Activity, locked: bool) -> io::Result<()> {
    let len = file.metadata()?.len();
    let mut chunk = if len == 0 {
        Vec::new()
    } else {
        separator(file, len)?
    };
    chunk.extend(csv_bytes(std::slice::from_ref(row), len == 0));
    let written = file.write_all(&chunk).and_then(|()| file.sync_all());
    if written.is_err() && locked {
        // Best effort: the error that matters is the write's. Under the
        // lock nobody else appended, so what lies past `len` is ours.
        let _ = file.set_len(len).and_then(|()| file.sync_all());
    }
    written
}

/// What must come before a new row in a non-empty file of `len` bytes:
/// nothing after a `\n`; else `\n`, or `"\n` when the torn row's last
/// field is an open quote.
fn separator(file: &mut File, len: u64) -> io::Result<Vec<u8>> {
    let mut last = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last)?;
    if last[0] == b'\n' {
        return Ok(Vec::new());
    }
    let start = len.saturating_sub(TAIL);
    file.seek(SeekFrom::Start(start))?;
    let mut tail = Vec::new();
    file.take(len - start).read_to_end(&mut tail)?;
    Ok(if quote_open(&tail, start == 0) {
        b"\"\n".to_vec()
    } else {
        b"\n".to_vec()
    })
}

/// Whether the last row of `tail` (a file's last bytes) ends inside a
/// quoted field. The last row starts at the file's start (`whole`) or after
/// the last `\n` followed by a generated id and a comma; a `\n` inside a
/// quoted note is not followed by that. Without such a start in the tail
/// it cannot be told, and `false` is the answer.
fn quote_open(tail: &[u8], whole: bool) -> bool {
    let row_start = (0..tail.len())
        .rev()
        .find(|&i| tail[i] == b'\n' && starts_with_id(&tail[i + 1..]))
        .map(|i| i + 1)
        .or(whole.then_some(0));
    row_start.is_some_and(|s| tail[s..].iter().filter(|&&b| b == b'"').count() % 2 == 1)
}

fn starts_with_id(bytes: &[u8]) -> bool {
    bytes.len() > 24
        && bytes[24] == b','
        && std::str::from_utf8(&bytes[..24]).is_ok_and(super::id::is_generated_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, note: &str) -> Activity {
        Activity {
            note: note.into(),
            ..Activity::new(
                id,
                NaiveDate::from_ymd_opt(2021, 3, 2).unwrap(),
                "trafikkontroll",
            )
        }
    }

    const A: &str = "20210302-101112-0000000a";
    const B: &str = "20210302-101112-0000000b";

    fn lines_after(existing: &[u8], new: &Activity) -> Vec<Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let path = year_file(dir.path(), new.date);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        if !existing.is_empty() {
            fs::write(&path, existing).unwrap();
        }
        append(dir.path(), new).unwrap();
        let bytes = fs::read(&path).unwrap();
        assert!(bytes.ends_with(b"\n"));
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes.as_slice())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn the_first_row_brings_the_header() {
        let records = lines_after(b"", &row(A, "x"));
        assert_eq!(records.len(), 2);
        assert_eq!(records[0][0], "id");
        assert_eq!(records[1][0], A);
    }

    #[test]
    fn a_torn_row_keeps_its_own_line() {
        let whole = csv_bytes(&[row(A, "a")], true);
        let mut torn = whole.clone();
        torn.extend_from_slice(format!("{A},2021-03-02,traf").as_bytes());
        let records = lines_after(&torn, &row(B, "b"));
        assert_eq!(records.len(), 4);
        assert_eq!(records[2].len(), 3);
        assert_eq!(records[3][0], B);
    }

    #[test]
    fn a_torn_open_quote_is_closed_first() {
        let mut torn = csv_bytes(&[row(A, "a")], true);
        torn.extend_from_slice(
            format!("{A},2021-03-02,trafikkontroll,1,,,,,\"kontroll \"\"nyk").as_bytes(),
        );
        let records = lines_after(&torn, &row(B, "b"));
        assert_eq!(records.len(), 4, "{records:?}");
        assert_eq!(records[2].len(), 9);
        assert_eq!(records[3][0], B);
    }

    #[test]
    fn a_newline_in_a_quoted_note_is_no_row_start() {
        assert!(quote_open(b"x,\"two\nlines", true));
        assert!(!quote_open(b"x,\"two\nlines\"", true));
        let tail = format!("\"\n{A},2021,\"open");
        assert!(quote_open(tail.as_bytes(), false));
        assert!(!quote_open(b"no row start here \"", false));
    }
}
