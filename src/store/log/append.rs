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
//! 4. a file that is not in the canonical form (its header line shows `;`,
//!    CRLF line ends or no header: saved by Excel) is refused, naming the
//!    file and `loften repair`: a comma row appended to it could not be read
//!    back (the check reads the first line only, under the lock);
//! 5. a torn row (from a crash or an editor) stays on its own line for
//!    `check` to report, and never swallows the new row: the year file is
//!    read from its start, counting quotes (a few milliseconds for a year
//!    of rows), and when it ends inside a quoted field, however long the
//!    note and whatever its lines look like, a `"` and a `\n` close it
//!    first; else a file whose last byte is not `\n` gets a `\n` first;
//! 6. all of it is written with one `write_all` of one buffer, then
//!    `sync_all`, then the lock is released;
//! 7. when the write or the sync fails (a full disk, a share gone away),
//!    the file is cut back to its length before the append, so that no
//!    partial row is left behind, and the error says which file and what
//!    to do. (Without a lock, as on some shares, it is not cut: another
//!    writer's row could follow.)
//! 8. a `logs/` folder or year file that is a symbolic link leading out of
//!    the data folder is refused: `log` never writes outside it;
//! 9. when `loften repair` replaced the file while this append waited for
//!    the lock, the new file is opened and locked instead, so no row goes
//!    to the replaced one.
//!
//! The folder `logs/` and the file are created only here, when a row that
//! passed every check is written: a refused command writes nothing.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use super::LogReader;
use super::dialect::{self, Dialect};
use super::row::{WIDTH, csv_bytes};
use crate::activity::Activity;
use crate::error::Error;
use crate::store::{log_dir, shown};
use crate::text;

/// The file a row dated `date` goes to: `logs/2021.csv`.
pub fn year_file(dir: &Path, date: NaiveDate) -> PathBuf {
    log_dir(dir).join(format!("{:04}.csv", date.year()))
}

#[cfg(test)]
/// Appends `row` to its year file in data folder `dir`; returns the file.
pub fn append(dir: &Path, row: &Activity) -> Result<PathBuf, Error> {
    append_if(dir, row, |_| Ok(()))
}

/// Appends `row` as [`append`] does, after `still_ok` has read the year
/// file under the exclusive lock and agreed: for checks that must hold at
/// the moment of writing (a second `void` of the same id at the same time
/// is refused there). `still_ok` gets a reader of the locked file.
pub fn append_if(
    dir: &Path,
    row: &Activity,
    still_ok: impl FnOnce(LogReader) -> Result<(), Error>,
) -> Result<PathBuf, Error> {
    let folder = log_dir(dir);
    let path = year_file(dir, row.date);
    refuse_links_out(dir, &folder, &path)?;
    fs::create_dir_all(&folder).map_err(|e| Error::writing(&folder, e))?;
    append_locked(&path, row, still_ok)?;
    Ok(path)
}

/// Refuses a `logs/` folder or a year file that is a symbolic link to a
/// place outside the data folder `dir`. A link to a character device
/// (`/dev/null`, `/dev/full`) is followed: writing to it changes no file.
fn refuse_links_out(dir: &Path, folder: &Path, path: &Path) -> Result<(), Error> {
    let Ok(root) = dir.canonicalize() else {
        return Ok(());
    };
    for link in [folder, path] {
        let is_link = fs::symlink_metadata(link).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            continue;
        }
        let inside = link
            .canonicalize()
            .is_ok_and(|real| real.starts_with(&root));
        if !inside && !is_char_device(link) {
            let (l, d) = (link.display(), dir.display());
            return Err(Error::Refused(text!(
                "log-file-link-outside",
                l = l.to_string(),
                d = d.to_string()
            )));
        }
    }
    Ok(())
}

/// A failed append: which file, that nothing was recorded, and what to do
/// for the usual causes.
fn append_error(path: &Path, source: io::Error) -> Error {
    use io::ErrorKind::{
        FileTooLarge, PermissionDenied, QuotaExceeded, ReadOnlyFilesystem, StorageFull,
    };
    let p = path.display();
    let action = match source.kind() {
        StorageFull | QuotaExceeded | FileTooLarge => {
            text!("log-file-disk-full", p = p.to_string())
        }
        PermissionDenied | ReadOnlyFilesystem => text!("log-file-no-permission", p = p.to_string()),
        _ => text!("log-file-write-failed", p = p.to_string()),
    };
    Error::Io { action, source }
}

fn append_locked(
    path: &Path,
    row: &Activity,
    still_ok: impl FnOnce(LogReader) -> Result<(), Error>,
) -> Result<(), Error> {
    let io_error = |e| append_error(path, e);
    let (mut file, locked) = open_locked(path).map_err(io_error)?;
    let result = check_form(path, &mut file)
        .and_then(|width| fits(path, row, width).map(|()| width))
        .and_then(|width| {
            // The copy shares the file's offset: read from the start, up
            // to the length (a device such as /dev/full reads endlessly).
            let mut copy = file.try_clone().map_err(io_error)?;
            let len = copy.metadata().map_err(io_error)?.len();
            copy.seek(SeekFrom::Start(0)).map_err(io_error)?;
            still_ok(LogReader::from_reader(&shown(path), copy.take(len)))?;
            Ok(width)
        })
        .and_then(|width| write_row(&mut file, row, width, locked).map_err(io_error));
    let unlocked = if locked { file.unlock() } else { Ok(()) };
    result.and(unlocked.map_err(io_error))
}

/// Opens `path` for appending and takes the lock; whether it is held.
/// When the file was replaced while waiting (`loften repair` renames its
/// new file over the old), the new one is opened instead.
fn open_locked(path: &Path) -> io::Result<(File, bool)> {
    loop {
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)?;
        let locked = lock(&file)?;
        if !locked || same_file(&file, path)? {
            return Ok((file, locked));
        }
        file.unlock()?;
    }
}

#[cfg(unix)]
fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    fs::metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

#[cfg(not(unix))]
fn is_char_device(_path: &Path) -> bool {
    false
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let (open, named) = (file.metadata()?, fs::metadata(path));
    Ok(named.is_ok_and(|named| named.dev() == open.dev() && named.ino() == open.ino()))
}

#[cfg(not(unix))]
fn same_file(_file: &File, _path: &Path) -> io::Result<bool> {
    Ok(true)
}

/// Refuses a row that needs `until` or `answers` in a file of `width`
/// columns written before them: only `loften repair` adds columns.
fn fits(path: &Path, row: &Activity, width: usize) -> Result<(), Error> {
    if width == WIDTH || (row.until.is_none() && row.answers.is_none()) {
        return Ok(());
    }
    let p = shown(path);
    Err(Error::Refused(text!("log-file-old-columns", p)))
}

/// Refuses a non-empty file whose first line is not the canonical header:
/// a row appended to it could not be read back as written. The number of
/// columns of its rows: [`WIDTH`], or [`crate::activity::LEGACY_WIDTH`]
/// for a file written before `until` and `answers`.
fn check_form(path: &Path, file: &mut File) -> Result<usize, Error> {
    let io_error = |e| append_error(path, e);
    if file.metadata().map_err(io_error)?.len() == 0 {
        return Ok(WIDTH);
    }
    file.seek(SeekFrom::Start(0)).map_err(io_error)?;
    let mut first = Vec::new();
    io::BufReader::new(&mut *file)
        .take(4096)
        .read_until(b'\n', &mut first)
        .map_err(io_error)?;
    if let Some(found) = dialect::detect(&first).filter(|d| d.is_canonical()) {
        return Ok(found.width);
    }
    let p = shown(path);
    let found = dialect::detect(&first)
        .map(|d: Dialect| d.differences())
        .unwrap_or_default();
    let what = if found.is_empty() {
        text!("log-file-first-line-not-header")
    } else {
        super::listed(found)
    };
    Err(Error::Refused(text!("log-file-foreign-form", p, what)))
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

fn write_row(file: &mut File, row: &Activity, width: usize, locked: bool) -> io::Result<()> {
    let len = file.metadata()?.len();
    let mut chunk = if len == 0 {
        Vec::new()
    } else {
        separator(file, len)?
    };
    chunk.extend(csv_bytes(std::slice::from_ref(row), len == 0, width));
    let written = file.write_all(&chunk).and_then(|()| file.sync_all());
    if written.is_err() && locked {
        // Best effort: the error that matters is the write's. Under the
        // lock nobody else appended, so what lies past `len` is ours.
        let _ = file.set_len(len).and_then(|()| file.sync_all());
    }
    written
}

/// What must come before a new row in a non-empty file of `len` bytes:
/// `"\n` when the file ends inside a quoted field (a torn row cut inside
/// its note, even right after a line break of it); else `\n` when the
/// last byte is not `\n`; else nothing.
fn separator(file: &mut File, len: u64) -> io::Result<Vec<u8>> {
    file.seek(SeekFrom::Start(0))?;
    if quote_open(io::BufReader::with_capacity(1 << 16, &mut *file).take(len))? {
        return Ok(b"\"\n".to_vec());
    }
    let mut last = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last)?;
    Ok(if last[0] == b'\n' {
        Vec::new()
    } else {
        b"\n".to_vec()
    })
}

/// Whether a file's text ends inside a quoted field: an odd number of
/// quotes in the whole text (a quote inside a quoted field is doubled, so
/// only the opening and closing quotes change the parity). Read from the
/// start, in blocks: no look-back window that a long torn note, or a line
/// of it that looks like a row, could fool.
fn quote_open(mut text: impl io::BufRead) -> io::Result<bool> {
    let mut open = false;
    loop {
        let block = text.fill_buf()?;
        if block.is_empty() {
            return Ok(open);
        }
        let quotes = block.iter().filter(|&&b| b == b'"').count();
        open ^= quotes % 2 == 1;
        let n = block.len();
        text.consume(n);
    }
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
        let whole = csv_bytes(&[row(A, "a")], true, WIDTH);
        let mut torn = whole.clone();
        torn.extend_from_slice(format!("{A},2021-03-02,traf").as_bytes());
        let records = lines_after(&torn, &row(B, "b"));
        assert_eq!(records.len(), 4);
        assert_eq!(records[2].len(), 3);
        assert_eq!(records[3][0], B);
    }

    #[test]
    fn a_torn_open_quote_is_closed_first() {
        let mut torn = csv_bytes(&[row(A, "a")], true, WIDTH);
        torn.extend_from_slice(
            format!("{A},2021-03-02,trafikkontroll,1,,,,,\"kontroll \"\"nyk").as_bytes(),
        );
        let records = lines_after(&torn, &row(B, "b"));
        assert_eq!(records.len(), 4, "{records:?}");
        assert_eq!(records[2].len(), 9);
        assert_eq!(records[3][0], B);
    }

    #[test]
    fn quotes_are_counted_from_the_start() {
        let open = |text: &str| quote_open(text.as_bytes()).unwrap();
        assert!(open("x,\"two\nlines"));
        assert!(!open("x,\"two\nlines\""));
        assert!(open(&format!("x,\"a\n{A},2021,\"\"b")));
        assert!(!open("a,\"\"\"q\"\"\"\n"));
    }

    #[test]
    fn a_torn_note_longer_than_any_window_is_closed() {
        let mut torn = csv_bytes(&[row(A, "a")], true, WIDTH);
        let note: String = (0..2000)
            .map(|i| format!("{A},2021-03-02,rad {i} som ser ut som en rad\n"))
            .collect();
        torn.extend_from_slice(format!("{A},2021-03-02,trafikkontroll,1,,,,,\"{note}").as_bytes());
        let records = lines_after(&torn, &row(B, "b"));
        assert_eq!(records.len(), 4, "{}", records.len());
        assert_eq!(records[3][0], B);
    }
}
