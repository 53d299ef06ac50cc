//! The fast path of reading a log file in the canonical form: records
//! split at the byte level, a file cut into pieces at line boundaries so
//! that every core reads a part of one big file.
//!
//! A line without a quote is one record: its fields are split at `,`,
//! exactly as the CSV reader would split them (the log's CSV has no
//! escapes or comments, and lines end at `\n` only). The `,` `"` and `\n`
//! of each read are found at once, a bit per byte ([`Marks`]), and the
//! bytes of its whole lines are checked as UTF-8 at once. A line with a
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

/// The smallest piece [`piece_size`] cuts.
const SMALLEST_PIECE: u64 = 1 << 16;

/// How many bytes a piece of `files` is: [`PIECE`], or less when the
/// files are small enough that every core would get only a few pieces
/// (four year files on two cores left one core idle a fifth of the
/// pass), so that each core gets at least four.
pub fn piece_size(files: &[std::path::PathBuf]) -> u64 {
    let total: u64 = files
        .iter()
        .filter_map(|path| std::fs::metadata(path).ok())
        .map(|meta| meta.len())
        .sum();
    let cores = crate::parallel::cores() as u64;
    (total / (4 * cores)).clamp(SMALLEST_PIECE, PIECE)
}

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
    /// The bytes read at a time (a record longer than that grows `buf`).
    chunk: usize,
    marks: Marks,
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

/// Where a scan is between two lines.
struct At {
    /// The line ends up to the last record's end: a record's line as the
    /// CSV reader tells it, which does not count the empty lines right
    /// before the record (it skips them while reading it).
    record_line: usize,
    /// Whether the last line was a record's (or the scan's start, where a
    /// record or the header ended): a piece ends only there, so that the
    /// empty lines before a record are read with it.
    after_record: bool,
}

/// What the records whole in the buffer left.
enum Step {
    /// The scan is over: the piece's end or the file's, here.
    End(usize),
    /// The line or record starting here goes on past the bytes read.
    More(usize),
}

impl Scanner {
    /// A scanner with empty buffers.
    pub fn new() -> Scanner {
        Scanner::reading(BUFFER)
    }

    /// A scanner reading `chunk` bytes at a time (tests read in tiny
    /// chunks, so that lines and quoted records span many reads).
    fn reading(chunk: usize) -> Scanner {
        Scanner {
            buf: Vec::new(),
            chunk: chunk.max(1),
            marks: Marks::default(),
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
        // `buf[..filled]` holds the file's bytes from `base` on.
        let mut base = from;
        let mut filled = 0usize;
        let mut eof = false;
        let mut pos = 0usize;
        self.lines = 0;
        let mut at = At {
            record_line: 0,
            after_record: true,
        };
        if self.buf.len() < self.chunk {
            self.buf.resize(self.chunk, 0);
        }
        // The marks are always those of `buf[..filled]`.
        self.marks.index(&[]);
        file.seek(SeekFrom::Start(from))?;
        loop {
            let before_here = before.saturating_sub(base);
            match self.records(pos, filled, eof, before_here, &mut at, visit) {
                Step::End(end) => return Ok(base + end as u64),
                Step::More(start) => {
                    // Keep what is begun, read more after it.
                    self.buf.copy_within(start..filled, 0);
                    base += start as u64;
                    filled -= start;
                    pos = 0;
                    if filled == self.buf.len() {
                        let grown = self.buf.len() * 2;
                        self.buf.resize(grown, 0);
                    }
                    let room = (filled + self.chunk).min(self.buf.len());
                    let n = read_some(file, &mut self.buf[filled..room])?;
                    eof = n == 0;
                    filled += n;
                    self.marks.index(&self.buf[..filled]);
                }
            }
        }
    }

    /// Hands `visit` the records whole in `buf[pos..filled]` (all of them
    /// when the file ended there), up to the one that starts at or after
    /// `before`.
    fn records(
        &mut self,
        mut pos: usize,
        filled: usize,
        eof: bool,
        before: u64,
        at: &mut At,
        visit: &mut dyn FnMut(&Fields<'_>),
    ) -> Step {
        let Scanner {
            buf,
            marks,
            core,
            out,
            ends,
            lines,
            ..
        } = self;
        let buf = &buf[..filled];
        // The lines whole in the buffer, checked as UTF-8 at once.
        let whole = if eof {
            filled
        } else {
            memchr::memrchr(b'\n', &buf[pos..]).map_or(pos, |i| pos + i + 1)
        };
        // simdutf8 first: the common case, all valid, checked on vectors
        // (the standard check stops its fast path at every `ö`).
        let valid = simdutf8::basic::from_utf8(&buf[pos..whole]).ok();
        let (region, region_at) =
            match valid.map_or_else(|| std::str::from_utf8(&buf[pos..whole]), Ok) {
                Ok(text) => (text, pos),
                Err(e) => {
                    let valid = &buf[pos..pos + e.valid_up_to()];
                    (std::str::from_utf8(valid).unwrap_or_default(), pos)
                }
            };
        let mut cursor = marks.from(pos);
        // One record's fields, filled in place line after line (only the
        // first `len` are its own).
        let mut fields = Fields {
            slices: [&[]; WIDTH + 1],
            text: None,
            len: 0,
            line: 0,
        };
        loop {
            if pos as u64 >= before && at.after_record {
                return Step::End(pos);
            }
            // The line's fields, up to its end or a quote.
            let slices = &mut fields.slices;
            let mut len = 0;
            let mut start = pos;
            let mut quoted = false;
            let line_end = loop {
                match cursor.next(marks) {
                    Some(mark) if buf[mark] == b',' => {
                        if len <= WIDTH {
                            slices[len] = &buf[start..mark];
                        }
                        len += 1;
                        start = mark + 1;
                    }
                    Some(mark) if buf[mark] == b'\n' => break Some(mark),
                    Some(_) => {
                        quoted = true;
                        break None;
                    }
                    None if eof => break None,
                    None => return Step::More(pos),
                }
            };
            if quoted {
                // A quote: the CSV state machine reads the record, over as
                // many lines as it takes.
                let Some((used, len)) = read_quoted(core, out, ends, &buf[pos..], eof) else {
                    // Begun again from its start once more is read.
                    *core = core_reader();
                    return Step::More(pos);
                };
                if used == 0 {
                    return Step::End(pos);
                }
                if len > 0 {
                    let mut slices: [&[u8]; WIDTH + 1] = [&[]; WIDTH + 1];
                    let mut start = 0;
                    for (i, &stop) in ends[..len].iter().enumerate().take(WIDTH + 1) {
                        slices[i] = &out[start..stop];
                        start = stop;
                    }
                    visit(&Fields {
                        slices,
                        text: None,
                        len,
                        line: at.record_line,
                    });
                }
                // The record's line ends, inside its quotes and after it.
                *lines += memchr::memchr_iter(b'\n', &buf[pos..pos + used]).count();
                at.record_line = *lines;
                at.after_record = true;
                pos += used;
                cursor = marks.from(pos);
                continue;
            }
            let end = line_end.unwrap_or(filled);
            if end == pos {
                if line_end.is_none() {
                    return Step::End(pos);
                }
                pos += 1; // an empty line
                *lines += 1;
                at.after_record = false;
                continue;
            }
            if len <= WIDTH {
                slices[len] = &buf[start..end];
            }
            len += 1;
            // Commas are ASCII: the fields of a UTF-8 line are UTF-8.
            let line_text = if end - region_at <= region.len() {
                Some(&region[pos - region_at..end - region_at])
            } else {
                std::str::from_utf8(&buf[pos..end]).ok()
            };
            match line_text {
                Some(line) => {
                    let text = fields.text.get_or_insert([""; WIDTH + 1]);
                    let mut from = 0;
                    for (i, field) in slices.iter().take(len.min(WIDTH + 1)).enumerate() {
                        text[i] = &line[from..from + field.len()];
                        from += field.len() + 1;
                    }
                }
                None => fields.text = None,
            }
            fields.len = len;
            fields.line = at.record_line;
            visit(&fields);
            pos = line_end.map_or(filled, |e| e + 1);
            *lines += usize::from(line_end.is_some());
            at.record_line = *lines;
            at.after_record = true;
        }
    }
}

/// Reads the quoted record at the start of `input` with the CSV state
/// machine: how many bytes it took and how many fields it has, or `None`
/// when it goes on past `input` and the file has not ended.
fn read_quoted(
    core: &mut csv_core::Reader,
    out: &mut Vec<u8>,
    ends: &mut Vec<usize>,
    input: &[u8],
    eof: bool,
) -> Option<(usize, usize)> {
    let (mut used, mut out_len, mut ends_len) = (0usize, 0usize, 0usize);
    loop {
        if used == input.len() && !eof {
            return None;
        }
        // An empty input tells the state machine the file ended.
        let (result, n_in, n_out, n_ends) =
            core.read_record(&input[used..], &mut out[out_len..], &mut ends[ends_len..]);
        used += n_in;
        out_len += n_out;
        ends_len += n_ends;
        match result {
            csv_core::ReadRecordResult::InputEmpty => {}
            csv_core::ReadRecordResult::OutputFull => {
                let grown = out.len() * 2;
                out.resize(grown, 0);
            }
            csv_core::ReadRecordResult::OutputEndsFull => {
                let grown = ends.len() * 2;
                ends.resize(grown, 0);
            }
            csv_core::ReadRecordResult::Record | csv_core::ReadRecordResult::End => {
                return Some((used, ends_len));
            }
        }
    }
}

/// Where the bytes that end a field (`,`) or a line (`\n`) or start
/// quoting (`"`) are in a buffer: a bit per byte, a word per 64 bytes,
/// found in one pass the compiler turns into vector compares. A line's
/// fields are then the marks between its start and its `\n`.
#[derive(Default)]
struct Marks {
    words: Vec<u64>,
}

impl Marks {
    /// Marks the bytes of `bytes`.
    fn index(&mut self, bytes: &[u8]) {
        self.words.clear();
        let mut blocks = bytes.chunks_exact(64);
        for block in &mut blocks {
            self.words
                .push(block_marks(block.try_into().unwrap_or(&[0; 64])));
        }
        let rest = blocks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 64];
            last[..rest.len()].copy_from_slice(rest);
            self.words.push(block_marks(&last));
        }
    }

    /// The marked bytes from `from` on, in order.
    fn from(&self, from: usize) -> Cursor {
        let word = from / 64;
        let bits = self
            .words
            .get(word)
            .map_or(0, |w| w & (u64::MAX << (from % 64)));
        Cursor { word, bits }
    }
}

/// Steps through the marked bytes of a [`Marks`].
struct Cursor {
    /// The word looked at.
    word: usize,
    /// Its marks not yet handed out.
    bits: u64,
}

impl Cursor {
    /// The next marked byte, if any (the marks end where the bytes
    /// indexed end).
    fn next(&mut self, marks: &Marks) -> Option<usize> {
        while self.bits == 0 {
            self.word += 1;
            self.bits = *marks.words.get(self.word)?;
        }
        let at = self.word * 64 + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(at)
    }
}

/// The marks of 64 bytes, bit `i` for byte `i`.
fn block_marks(block: &[u8; 64]) -> u64 {
    let mut flags = [0u8; 64];
    for (flag, &b) in flags.iter_mut().zip(block) {
        *flag = u8::from(b == b',' || b == b'"' || b == b'\n') << 7;
    }
    let mut marks = 0u64;
    for (i, eight) in flags.chunks_exact(8).enumerate() {
        let high = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        // The eight high bits gathered into one byte.
        marks |= ((high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) << (i * 8);
    }
    marks
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a scan hands over: each record's fields, its text when it is
    /// UTF-8, and its line; then where the scan ended and the lines it
    /// passed.
    type Scanned = (Vec<(Vec<Vec<u8>>, Option<Vec<String>>, usize)>, u64, usize);

    fn scan_with(scanner: &mut Scanner, bytes: &[u8], before: u64) -> Scanned {
        let mut file = tempfile::tempfile().unwrap();
        std::io::Write::write_all(&mut file, bytes).unwrap();
        let mut records = Vec::new();
        let end = scanner
            .scan(&mut file, 0, before, &mut |fields| {
                records.push((
                    fields.as_slice().iter().map(|f| f.to_vec()).collect(),
                    fields
                        .as_text()
                        .map(|t| t.iter().map(|f| f.to_string()).collect()),
                    fields.line(),
                ))
            })
            .unwrap();
        (records, end, scanner.lines())
    }

    #[test]
    fn the_marks_are_the_commas_quotes_and_line_ends() {
        let mut bytes = b"a,b\"c\nd".repeat(20);
        bytes.extend([b','; 3]);
        let mut marks = Marks::default();
        marks.index(&bytes);
        for from in [0, 1, 63, 64, 65, 100, bytes.len()] {
            let mut cursor = marks.from(from);
            let found: Vec<usize> = std::iter::from_fn(|| cursor.next(&marks)).collect();
            let expected: Vec<usize> = (from..bytes.len())
                .filter(|&i| matches!(bytes[i], b',' | b'"' | b'\n'))
                .collect();
            assert_eq!(found, expected, "from {from}");
        }
    }

    #[test]
    fn a_quoted_note_over_several_reads_is_one_record() {
        let bytes = b"a,\"x\ny,z\",b\n\nc,d\xff\n";
        let scanned = scan_with(&mut Scanner::reading(3), bytes, u64::MAX);
        assert_eq!(
            scanned.0,
            [
                (
                    vec![b"a".to_vec(), b"x\ny,z".to_vec(), b"b".to_vec()],
                    None,
                    0
                ),
                // The line after the record before: the empty line
                // between them is not counted, as the CSV reader counts.
                (vec![b"c".to_vec(), b"d\xff".to_vec()], None, 2),
            ]
        );
        assert_eq!((scanned.1, scanned.2), (bytes.len() as u64, 4));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Read in chunks of a few bytes, so that lines, quoted records
        /// and UTF-8 characters are cut at every place, a scan hands over
        /// what it hands over reading the file at once.
        #[test]
        fn reading_in_small_chunks_changes_nothing(
            lines in prop::collection::vec(
                prop::collection::vec(
                    prop::sample::select(vec![
                        "a", "bc", "ö", "Norsjö", ",", ",", ",", "\"", "\"q\"", "\n",
                        "\u{FEFF}", "\r", " ", "\u{00e4}\u{00e4}",
                    ]),
                    0..30,
                ),
                0..12,
            ),
            bad in prop::option::of(0usize..400),
            chunk in 1usize..80,
            before in prop::option::of(0u64..400),
        ) {
            let mut bytes: Vec<u8> = lines.iter().flat_map(|l| {
                let mut line = l.concat().into_bytes();
                line.push(b'\n');
                line
            }).collect();
            if let Some(at) = bad.filter(|&at| at < bytes.len()) {
                bytes[at] = 0xFF;
            }
            let before = before.unwrap_or(u64::MAX);
            let whole = scan_with(&mut Scanner::new(), &bytes, before);
            let mut scanner = Scanner::reading(chunk);
            let small = scan_with(&mut scanner, &bytes, before);
            prop_assert_eq!(&small, &whole);
            // A scanner is used again from piece to piece.
            let again = scan_with(&mut scanner, &bytes, before);
            prop_assert_eq!(again, whole);
        }
    }
}
