//! The fast path of reading a log file in the canonical form: records
//! split at the byte level, a file cut into pieces at line boundaries so
//! that every core reads a part of one big file.
//!
//! A line without a quote is one record: its fields are split at `,` with
//! `memchr`, exactly as the CSV reader would split them (the log's CSV
//! has no escapes or comments, and lines end at `\n` only). A line with a
//! quote is handed to the same CSV state machine as the full reader
//! (`csv-core`, same settings), which may read on over several lines (a
//! quoted note that spans lines). Empty lines are skipped, as the CSV
//! reader skips them. Files in any other form (saved by Excel, no header,
//! a wrong header) are not read here: [`form`] says so and the caller uses
//! the full reader ([`super::LogReader`]).
//!
//! A piece starts at the first line start at or after its nominal offset
//! and takes every record that starts before the next piece's nominal
//! offset, and the record after empty lines there (so that a piece ends
//! right after a record, and each record's line can be told as the CSV
//! reader tells it: [`Fields::line`]); [`Scanner::scan`] returns where its
//! last record ended. When that is not where the next piece started (a
//! quoted note spanning the cut, empty lines at it), the next piece is
//! read again from there ([`Scanner::scan`] with the right start): rare,
//! and exact.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use super::dialect;
use super::row::WIDTH;

/// How many bytes a piece of a file is (the last one of a file may be
/// shorter): small enough that re-reading the few pieces that hold a
/// voided or repeated row costs little, large enough that the pieces are
/// few.
pub const PIECE: u64 = 1 << 20;

/// The bytes read at a time: a quarter of a piece keeps the buffers of
/// both cores small (a record longer than that grows it).
const BUFFER: usize = 1 << 18;

/// How a log file can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// In the canonical form: rows from byte `body` (after the header
    /// line) to `len`.
    Fast {
        /// Where the first row starts.
        body: u64,
        /// The file's length when it was looked at.
        len: u64,
        /// How many columns the header names (12 in a file written
        /// before `until` and `answers`): a row with more is not read.
        width: usize,
    },
    /// Anything else: read with the full reader.
    Slow,
}

/// The most bytes of a first line looked at for the header.
const HEADER_PEEK: usize = 4096;

/// How the file at `path` can be read, from its header line.
pub fn form(path: &Path) -> io::Result<Form> {
    let mut file = File::open(path)?;
    let len = file.metadata()?.len();
    let mut head = vec![0u8; HEADER_PEEK.min(usize::try_from(len).unwrap_or(HEADER_PEEK))];
    file.read_exact(&mut head)?;
    let Some(end) = memchr::memchr(b'\n', &head) else {
        return Ok(Form::Slow);
    };
    let line = &head[..=end];
    match dialect::detect(line) {
        Some(d) if d.is_canonical() && !line.contains(&b'"') => Ok(Form::Fast {
            body: end as u64 + 1,
            len,
            width: d.width,
        }),
        _ => Ok(Form::Slow),
    }
}

/// One record's fields, as slices of the scanner's buffers.
#[derive(Debug)]
pub struct Fields<'a> {
    /// The first fields, up to one more than a row has.
    slices: [&'a [u8]; WIDTH + 1],
    /// The same fields as text, when the line is UTF-8 (checked once for
    /// the whole line).
    text: Option<[&'a str; WIDTH + 1]>,
    /// How many fields the record has.
    len: usize,
    /// The line the record starts on, counted from 0 at the scan's start.
    line: usize,
}

impl<'a> Fields<'a> {
    /// The record's line as the CSV reader tells it, counted from 0 at the
    /// start of the scan that read it (add the line of that start to place
    /// it): the line after the record before, the empty lines between
    /// them not counted.
    pub fn line(&self) -> usize {
        self.line
    }

    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the record has no field (never: an empty line is skipped).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The fields, or the first [`WIDTH`] + 1 of them.
    pub fn as_slice(&self) -> &[&'a [u8]] {
        &self.slices[..self.len.min(WIDTH + 1)]
    }

    /// The fields as text, when the record is a line of UTF-8.
    pub fn as_text(&self) -> Option<&[&'a str]> {
        self.text.as_ref().map(|t| &t[..self.len.min(WIDTH + 1)])
    }
}

/// Reads records of canonical files; holds its buffers for reuse.
pub struct Scanner {
    buf: Vec<u8>,
    core: csv_core::Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    /// The line ends passed in the last scan.
    lines: usize,
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner::new()
    }
}

impl Scanner {
    /// A scanner with empty buffers.
    pub fn new() -> Scanner {
        Scanner {
            buf: Vec::new(),
            core: core_reader(),
            out: vec![0; 1024],
            ends: vec![0; WIDTH + 2],
            lines: 0,
        }
    }

    /// The line ends the last [`Scanner::scan`] passed, from its start to
    /// where it ended: the next scan of the same file from there starts
    /// on that many lines further.
    pub fn lines(&self) -> usize {
        self.lines
    }

    /// Reads the records of `file` that start at or after `from` (a line
    /// start) and before `before`, each handed to `visit`; returns where
    /// the last one ended (`from` when there was none).
    pub fn scan(
        &mut self,
        file: &mut File,
        from: u64,
        before: u64,
        visit: &mut dyn FnMut(&Fields<'_>),
    ) -> io::Result<u64> {
        let mut base = from;
        let mut pos = 0usize;
        let mut filled = 0usize;
        let mut eof = false;
        self.lines = 0;
        // The line ends up to the last record's end: a record's line as
        // the CSV reader tells it, which does not count the empty lines
        // right before the record (it skips them while reading it).
        let mut record_line = 0;
        // Whether the last line was a record's (or the scan's start, where
        // a record or the header ended): a piece ends only there, so
        // that the empty lines before a record are read with it.
        let mut after_record = true;
        if self.buf.len() < BUFFER {
            self.buf.resize(BUFFER, 0);
        }
        file.seek(SeekFrom::Start(from))?;
        loop {
            if base + pos as u64 >= before && after_record {
                return Ok(base + pos as u64);
            }
            // The next line, whole in the buffer (or the file's end).
            let line_end = loop {
                if let Some(i) = memchr::memchr(b'\n', &self.buf[pos..filled]) {
                    break Some(pos + i);
                }
                if eof {
                    break None;
                }
                // Keep the line begun, read more after it.
                self.buf.copy_within(pos..filled, 0);
                base += pos as u64;
                filled -= pos;
                pos = 0;
                if filled == self.buf.len() {
                    let grown = self.buf.len() * 2;
                    self.buf.resize(grown, 0);
                }
                let n = read_some(file, &mut self.buf[filled..])?;
                if n == 0 {
                    eof = true;
                }
                filled += n;
            };
            let end = line_end.unwrap_or(filled);
            if end == pos {
                if line_end.is_none() {
                    return Ok(base + pos as u64);
                }
                pos += 1; // an empty line
                self.lines += 1;
                after_record = false;
                continue;
            }
            let line = &self.buf[pos..end];
            // Commas and quotes in one look: a quote hands the line to the
            // state machine below.
            let mut slices: [&[u8]; WIDTH + 1] = [&[]; WIDTH + 1];
            let mut len = 0;
            let mut start = 0;
            let mut quoted = false;
            for at in memchr::memchr2_iter(b',', b'"', line) {
                if line[at] == b'"' {
                    quoted = true;
                    break;
                }
                if len <= WIDTH {
                    slices[len] = &line[start..at];
                }
                len += 1;
                start = at + 1;
            }
            if !quoted {
                if len <= WIDTH {
                    slices[len] = &line[start..];
                }
                len += 1;
                // Commas are ASCII: the fields of a UTF-8 line are UTF-8.
                let mut fields = Fields {
                    slices,
                    text: None,
                    len,
                    line: record_line,
                };
                if let Ok(line) = std::str::from_utf8(line) {
                    let text = fields.text.insert([""; WIDTH + 1]);
                    let mut at = 0;
                    for (i, field) in slices.iter().take(len.min(WIDTH + 1)).enumerate() {
                        text[i] = &line[at..at + field.len()];
                        at += field.len() + 1;
                    }
                }
                visit(&fields);
                pos = line_end.map_or(filled, |e| e + 1);
                self.lines += usize::from(line_end.is_some());
                record_line = self.lines;
                after_record = true;
                continue;
            }
            // A quote: the CSV state machine reads the record, over as
            // many lines as it takes.
            let (mut used, mut out_len, mut ends_len) = (0usize, 0usize, 0usize);
            let len = loop {
                if pos + used == filled && !eof {
                    self.buf.copy_within(pos..filled, 0);
                    base += pos as u64;
                    filled -= pos;
                    pos = 0;
                    if filled == self.buf.len() {
                        let grown = self.buf.len() * 2;
                        self.buf.resize(grown, 0);
                    }
                    let n = read_some(file, &mut self.buf[filled..])?;
                    if n == 0 {
                        eof = true;
                    }
                    filled += n;
                    continue;
                }
                // An empty input tells the state machine the file ended.
                let input = &self.buf[pos + used..filled];
                let (result, n_in, n_out, n_ends) = self.core.read_record(
                    input,
                    &mut self.out[out_len..],
                    &mut self.ends[ends_len..],
                );
                used += n_in;
                out_len += n_out;
                ends_len += n_ends;
                match result {
                    csv_core::ReadRecordResult::InputEmpty => {}
                    csv_core::ReadRecordResult::OutputFull => {
                        let grown = self.out.len() * 2;
                        self.out.resize(grown, 0);
                    }
                    csv_core::ReadRecordResult::OutputEndsFull => {
                        let grown = self.ends.len() * 2;
                        self.ends.resize(grown, 0);
                    }
                    csv_core::ReadRecordResult::Record | csv_core::ReadRecordResult::End => {
                        break ends_len;
                    }
                }
            };
            if len > 0 {
                let mut slices: [&[u8]; WIDTH + 1] = [&[]; WIDTH + 1];
                let mut start = 0;
                for (i, &stop) in self.ends[..len].iter().enumerate().take(WIDTH + 1) {
                    slices[i] = &self.out[start..stop];
                    start = stop;
                }
                visit(&Fields {
                    slices,
                    text: None,
                    len,
                    line: record_line,
                });
            }
            // The record's line ends, inside its quotes and after it.
            self.lines += memchr::memchr_iter(b'\n', &self.buf[pos..pos + used]).count();
            record_line = self.lines;
            after_record = true;
            pos += used;
        }
    }
}

/// The CSV state machine set up as the full reader sets up its CSV reader
/// (`read::csv_reader`): `,` between fields, lines ending at `\n`.
fn core_reader() -> csv_core::Reader {
    let mut core = csv_core::ReaderBuilder::new()
        .delimiter(b',')
        .terminator(csv_core::Terminator::Any(b'\n'))
        .build();
    // The state machine drops a byte-order mark before its first record
    // only: it has had one (an empty line, skipped), as the full reader's
    // has had the header line, so a row starting with those bytes keeps
    // them.
    let (mut out, mut ends) = ([0u8; 1], [0usize; 1]);
    let _ = core.read_record(b"\n", &mut out, &mut ends);
    core
}

/// Reads what is there into `buf`, retrying an interrupted read.
fn read_some(file: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match file.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}

/// The first line start at or after `offset` in `file` (its length when
/// there is none): where a piece of the file begins.
pub fn line_start(file: &mut File, offset: u64, len: u64) -> io::Result<u64> {
    if offset == 0 {
        return Ok(0);
    }
    let mut at = offset - 1;
    file.seek(SeekFrom::Start(at))?;
    let mut window = [0u8; 4096];
    loop {
        let n = read_some(file, &mut window)?;
        if n == 0 {
            return Ok(len.max(at));
        }
        if let Some(i) = memchr::memchr(b'\n', &window[..n]) {
            return Ok(at + i as u64 + 1);
        }
        at += n as u64;
    }
}
