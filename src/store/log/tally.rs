//! The log folded into a [`Tally`] for the compliance engine, in one pass
//! over the bytes.
//!
//! The log's files are cut into pieces ([`pieces_of`], about
//! [`scan::piece_size`] bytes each) read on every core ([`in_order`]).
//! Each piece folds its rows into a [`TallyPart`] and keeps a 5-byte print
//! of each row's id ([`super::prints`]) and the voids it holds. The parts
//! are taken in the log's order and their days merged at the end, measure
//! by measure ([`Tally::merge_days`]). Then what must be left out is
//! found: the ids that void rows cancel (a void of a void cancels
//! nothing), and rows repeated with the same id and content (a git union
//! merge repeats lines). Only the pieces holding them are read again, and
//! those rows taken out ([`LeftOut`]). Memory grows by the prints, never
//! by the rows' text. The pass needs of the plan only its measure and
//! trigger ids, so that a large plan is read while the pass runs
//! ([`tally_log_while_loading`]). The two passes it replaced
//! (`first_pass`) are kept for the tests, as the reference.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::prints::{IdPrints, PieceIds};
#[cfg(test)]
use super::read::print;
use super::read::{marker_of, print_fields, view_fields, view_text};
use super::row::WIDTH;
use super::scan::{self, Form};
use super::{FileNote, FileNoteKind, LogReader, log_files};
#[cfg(test)]
use crate::activity::COLUMNS;
use crate::activity::{LEGACY_WIDTH, RowRef};
use crate::compliance::tally::{ExcuseRow, KnownMeasures, Tally, TallyPart};
use crate::error::Error;
use crate::fast_hash::FxBuild;
use crate::i18n::Text;
use crate::plan::Plan;
use crate::store::shown;
use crate::text;
use crate::words::{Unreadable, unreadable_text};

/// A tally of the log, and what was left out or needs care (`check` says
/// where and why).
#[derive(Debug)]
pub struct LogTally {
    /// What the readable rows say.
    pub tally: Tally,
    /// Rows left out because they could not be read.
    pub unreadable_rows: usize,
    /// Files left out whole because their header line is wrong.
    pub unreadable_files: Vec<String>,
    /// Files read exactly but not in the canonical form (saved by Excel):
    /// `loften log` will not add to them until `loften repair`.
    pub needs_repair: Vec<String>,
    /// Files holding git conflict markers (an unresolved merge).
    pub conflict_markers: Vec<String>,
    /// Rows repeated with the same id and content, counted once.
    pub repeated_rows: usize,
    /// The files holding those repeats.
    pub repeated_in: Vec<String>,
    /// Where the one pass read each part of the log and what it found
    /// left out: what reading the rows again in order needs
    /// ([`super::again`]).
    pub layout: Layout,
}

/// The log as the one pass cut it into pieces and read them, and the rows
/// it found must be left out.
#[derive(Debug)]
pub struct Layout {
    pub(super) files: Vec<PathBuf>,
    pub(super) pieces: Vec<Piece>,
    /// Each piece's bytes as read (fast pieces).
    pub(super) spans: Vec<(u64, u64)>,
    pub(super) left_out: LeftOut,
}

impl LogTally {
    /// What a reader of the counts must be told, one warning per kind,
    /// each in its own unit (files or rows) and naming the files.
    pub fn warnings(&self) -> Vec<Text> {
        let mut warnings = Vec::new();
        if !self.unreadable_files.is_empty() {
            let (files, count) = (
                self.unreadable_files.join(", "),
                self.unreadable_files.len(),
            );
            warnings.push(text!("log-file-unreadable-files", files, count));
        }
        if self.unreadable_rows > 0 {
            warnings.push(unreadable_text(
                self.unreadable_rows as i64,
                Unreadable::NotCounted,
            ));
        }
        if !self.conflict_markers.is_empty() {
            let (files, count) = (
                self.conflict_markers.join(", "),
                self.conflict_markers.len(),
            );
            warnings.push(text!("log-file-conflict-files", files, count));
        }
        if self.repeated_rows > 0 {
            let rows = self.repeated_rows;
            let files = self.repeated_in.join(", ");
            warnings.push(text!("log-file-repeated-rows", rows, files));
        }
        if !self.needs_repair.is_empty() {
            let (files, count) = (self.needs_repair.join(", "), self.needs_repair.len());
            warnings.push(text!("log-file-excel-files", files, count));
        }
        warnings
    }
}

#[cfg(test)]
/// What the first pass over the log found: what to leave out of a count.
#[derive(Debug, Default)]
pub struct FirstPass {
    /// The ids that void rows cancel (a void of a void row cancels
    /// nothing: `check` reports it).
    pub voided: HashSet<String>,
    /// Rows that repeat an earlier row of their own file, by file (as
    /// shown) and line: counted once, at the first.
    repeats_within: HashSet<(String, usize)>,
    /// By file: the prints of rows that repeat a row of an earlier file.
    repeats_across: HashMap<String, Prints>,
    /// How many rows are left out as repeats.
    pub repeated_rows: usize,
    /// The files holding repeats, in order.
    pub repeated_in: Vec<String>,
}

#[cfg(test)]
impl FirstPass {
    /// Whether the row at `file`:`line` repeats an earlier row with the
    /// same id and content, and so is left out.
    pub fn is_repeat(&self, file: &str, line: usize, print: impl FnOnce() -> u64) -> bool {
        if self.repeated_rows == 0 {
            return false;
        }
        self.repeats_within.contains(&(file.to_string(), line))
            || self
                .repeats_across
                .get(file)
                .is_some_and(|across| across.contains(&print()))
    }

    #[cfg(test)]
    /// Whether the row is left out of a count: voided, or a repeat.
    pub fn leaves_out(&self, at: &super::read::RowAt<'_>) -> bool {
        self.voided.contains(at.row.id) || self.is_repeat(at.file, at.line, || at.print())
    }
}

/// A set of prints. A print is already a hash: the set uses it as it is
/// instead of hashing it again.
pub(super) type Prints = HashSet<u64, BuildHasherDefault<PrintHasher>>;

/// The identity hasher of [`Prints`].
#[derive(Default)]
pub(super) struct PrintHasher(u64);

impl Hasher for PrintHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; any other input is folded in.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The columns the first pass reads.
pub(super) const ID: usize = 0;
const VOIDS: usize = 10;

#[cfg(test)]
/// What one file says for the first pass.
#[derive(Default)]
struct FilePrints {
    /// (void row's id, the id it voids).
    voids: Vec<(String, String)>,
    /// The print of every readable row's id and content (8 bytes a row).
    prints: Prints,
    /// The lines of rows that repeat an earlier row of the file.
    repeats: Vec<usize>,
    shown: String,
}

#[cfg(test)]
/// The first pass over these files; see [`FirstPass`]. Memory: one 64-bit
/// print per distinct row.
pub fn first_pass(files: &[PathBuf]) -> Result<FirstPass, Error> {
    debug_assert!(COLUMNS[ID] == "id" && COLUMNS[VOIDS] == "voids");
    let parts = per_file(files, |file| {
        let mut part = FilePrints::default();
        LogReader::over(vec![file.to_path_buf()]).for_each_record(|shown, line, _, fields| {
            if part.shown.is_empty() {
                part.shown = shown.to_string();
            }
            // Only a row of the right width is read at all (a torn row
            // voids nothing; `check` reports it).
            if fields.len() != WIDTH && fields.len() != LEGACY_WIDTH {
                return;
            }
            let text = |i: usize| {
                let field = fields.get(i).unwrap_or_default().trim_ascii();
                std::str::from_utf8(field).unwrap_or_default().to_string()
            };
            let voided = text(VOIDS);
            if !voided.is_empty() {
                part.voids.push((text(ID), voided));
            }
            if !part.prints.insert(print(fields)) {
                part.repeats.push(line);
            }
        })?;
        Ok(part)
    })?;
    let mut pass = FirstPass::default();
    let void_rows: HashSet<&str> = parts
        .iter()
        .flat_map(|p| p.voids.iter().map(|(own, _)| own.as_str()))
        .collect();
    for part in &parts {
        for (_, voided) in &part.voids {
            if !void_rows.contains(voided.as_str()) {
                pass.voided.insert(voided.clone());
            }
        }
    }
    let mut seen = Prints::default();
    for part in parts {
        let across: Prints = part
            .prints
            .iter()
            .filter(|p| seen.contains(p))
            .copied()
            .collect();
        let repeats = part.repeats.len() + across.len();
        if repeats > 0 {
            pass.repeated_rows += repeats;
            pass.repeated_in.push(part.shown.clone());
        }
        for line in part.repeats {
            pass.repeats_within.insert((part.shown.clone(), line));
        }
        if !across.is_empty() {
            pass.repeats_across.insert(part.shown.clone(), across);
        }
        seen.extend(part.prints);
    }
    Ok(pass)
}

#[cfg(test)]
/// Runs `work` on every file, on as many threads as there are cores (at
/// most one per file), and returns the results in the files' order, so
/// that merging them is the same on every run.
fn per_file<T: Send>(
    files: &[PathBuf],
    work: impl Fn(&Path) -> Result<T, Error> + Sync,
) -> Result<Vec<T>, Error> {
    let threads = crate::parallel::cores().min(files.len()).max(1);
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(files.len()));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(index) else { break };
                    let result = work(file);
                    let failed = result.is_err();
                    if let Ok(mut results) = results.lock() {
                        results.push((index, result));
                    }
                    if failed {
                        break;
                    }
                }
            });
        }
    });
    let mut results = results
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

/// Reads the log of data folder `dir` into a tally for `plan`.
pub fn tally_log(dir: &Path, plan: &Plan) -> Result<LogTally, Error> {
    tally_files(&log_files(dir)?, plan)
}

/// `load` (the plan of data folder `dir`, loaded on this thread) and the
/// log of `dir` read into a tally for it, as loading the plan and then
/// [`tally_log`] give them, errors alike: the plan's first.
///
/// A large plan takes as long to read as 100,000 rows, so that its log is
/// read meanwhile, on the measure and trigger ids the plan's lines show
/// ([`plan_file::glanced_ids`](crate::store::plan_file::glanced_ids)):
/// all the one pass needs of a plan. The pass is kept only when the plan
/// read has exactly those ids; otherwise the log is read again for it.
pub fn tally_log_while_loading(
    dir: &Path,
    load: impl FnOnce() -> Result<Plan, Error>,
) -> Result<(Plan, LogTally), Error> {
    let Some(glanced) = crate::store::plan_file::glanced_ids(dir) else {
        let plan = load()?;
        let log = tally_log(dir, &plan)?;
        return Ok((plan, log));
    };
    let files = log_files(dir);
    let guess = KnownMeasures::of_ids(&glanced.measures, &glanced.triggers);
    let (plan, pass) = std::thread::scope(|scope| {
        let pass = files.as_ref().ok().map(|files| {
            let guess = &guess;
            scope.spawn(move || one_pass(files, scan::piece_size(files), guess))
        });
        let plan = load();
        (plan, pass.map(|pass| pass.join()))
    });
    let plan = plan?;
    let files = files?;
    let known = KnownMeasures::of(&plan);
    let log = match pass {
        Some(Ok(pass)) if known.same_as(&guess) => finish_pass(&files, pass?, &plan, &known)?,
        _ => tally_files(&files, &plan)?,
    };
    Ok((plan, log))
}

/// A part of the log read on its own: a piece of a file in the canonical
/// form, or a whole file in any other form (read by [`LogReader`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct Piece {
    pub(super) file: usize,
    /// The piece's bytes: from the first line start at or after `from`
    /// (the header's end for the first piece), every record starting
    /// before `before`; `None` for a file for the full reader.
    pub(super) bytes: Option<(u64, u64, bool)>,
    /// How many columns the file's header names (fast pieces; the full
    /// reader finds it itself): a record with more is not a row.
    pub(super) width: usize,
}

/// What one piece says.
#[derive(Default)]
struct PieceOut {
    part: TallyPart,
    /// Every full-width row's id entry, bucketed once the piece is read
    /// (5 bytes a row).
    ids: PieceIds,
    /// (void row's id, the id it voids).
    voids: Vec<(String, String)>,
    unreadable: usize,
    notes: Vec<FileNote>,
    conflict_marker: bool,
    /// The bytes read, from the first record's start to the last one's
    /// end (fast pieces).
    span: (u64, u64),
}

/// The 40-bit print of a row's id (as the typed row trims it).
pub(super) fn id_print(raw: &[u8]) -> u64 {
    match std::str::from_utf8(raw) {
        Ok(id) => id_text_print(id),
        Err(_) => crate::fast_hash::mix64(raw.trim_ascii()) >> 24,
    }
}

/// [`id_print`] of an id known to be UTF-8.
fn id_text_print(id: &str) -> u64 {
    crate::fast_hash::mix64(crate::activity::trimmed(id).as_bytes()) >> 24
}

/// A field's text, or empty when it is not UTF-8 (such a row is not read).
fn text_of(raw: &[u8]) -> String {
    std::str::from_utf8(raw.trim_ascii())
        .unwrap_or_default()
        .to_string()
}

/// Whether a record of `n` fields has a row's width: all the columns, or
/// the 12 of a row written before `until` and `answers`.
pub(super) fn is_row_width(n: usize) -> bool {
    n == WIDTH || n == LEGACY_WIDTH
}

impl PieceOut {
    /// Folds one record.
    fn record(&mut self, known: &KnownMeasures, number: usize, record: &Record<'_, '_>) {
        let (fields, n) = record.fields();
        if is_row_width(n) {
            let id = match record {
                Record::Fields(f, _) => f.as_text().map(|text| text[ID]),
                _ => None,
            };
            let print = id.map_or_else(|| id_print(fields[ID]), id_text_print);
            self.ids.push(print, number);
            let voided = fields[VOIDS].trim_ascii();
            if !voided.is_empty() {
                let voided = text_of(voided);
                if !voided.is_empty() {
                    self.voids.push((text_of(fields[ID]), voided));
                }
            }
        }
        match record.view() {
            Ok(row) => self
                .part
                .add(known, &row, || print_fields(fields.iter().copied())),
            Err(_) => self.unreadable += 1,
        }
    }
}

/// Reads piece `number`: the records that start in `span` when given
/// (where the piece was read before, or from the end of the piece
/// before when the piece's own start was inside a record), else its own.
/// Returns the bytes read (from the first record's start to the last
/// one's end) and the notes of the full reader.
pub(super) fn read_piece(
    files: &[PathBuf],
    pieces: &[Piece],
    number: usize,
    span: Option<(u64, u64)>,
    visit: &mut dyn FnMut(Record<'_, '_>),
) -> Result<(u64, u64, Vec<FileNote>), Error> {
    let piece = pieces[number];
    let path = &files[piece.file];
    match piece.bytes {
        Some((from, before, first)) => {
            let reading = |e| Error::reading(path, e);
            let mut file = open_locked(path).map_err(reading)?;
            let (start, before) = match span {
                Some(span) => span,
                None if first => (from, before),
                None => (
                    scan::line_start(&mut file, from, before).map_err(reading)?,
                    before,
                ),
            };
            let end = SCANNER
                .with_borrow_mut(|scanner| {
                    scanner.scan(&mut file, start, before, &mut |fields| {
                        let slice = fields.as_slice();
                        if fields.len() == 1 && marker_of(slice[0]).is_some() {
                            visit(Record::Marker);
                        } else {
                            visit(Record::Fields(fields, piece.width));
                        }
                    })
                })
                .map_err(reading)?;
            Ok((start, end, Vec::new()))
        }
        None => {
            let (_, notes) =
                LogReader::over(vec![path.clone()]).for_each_record(|_, _, width, record| {
                    let mut fields: [&[u8]; WIDTH + 1] = [&[]; WIDTH + 1];
                    for (slot, field) in fields.iter_mut().zip(record.iter()) {
                        *slot = field;
                    }
                    visit(Record::Bytes(
                        &fields[..record.len().min(WIDTH + 1)],
                        record.len(),
                        width,
                    ));
                })?;
            Ok((0, 0, notes))
        }
    }
}

thread_local! {
    /// Each thread's scanner, its buffers reused from piece to piece.
    pub(super) static SCANNER: std::cell::RefCell<scan::Scanner> = std::cell::RefCell::new(scan::Scanner::new());
}

/// A record as a piece hands it over, with the width of its file (the
/// columns its header names: 12 in a file written before `until` and
/// `answers`, where a record of 14 fields is not a row).
pub(super) enum Record<'s, 'a> {
    /// A line of a fast piece, and its file's width.
    Fields(&'s scan::Fields<'a>, usize),
    /// The first fields of a record read by the full reader, how many it
    /// has and its file's width.
    Bytes(&'s [&'a [u8]], usize, usize),
    /// A git conflict marker line.
    Marker,
}

impl<'a> Record<'_, 'a> {
    /// The fields (the first [`WIDTH`] + 1) and how many there are.
    pub(super) fn fields(&self) -> (&[&'a [u8]], usize) {
        match self {
            Record::Fields(fields, _) => (fields.as_slice(), fields.len()),
            Record::Bytes(fields, n, _) => (fields, *n),
            Record::Marker => (&[], 0),
        }
    }

    /// The record typed, or why it cannot be read.
    pub(super) fn view(&self) -> Result<RowRef<'a>, crate::i18n::Text> {
        match self {
            Record::Fields(fields, width) => match fields.as_text() {
                Some(text) => view_text(text, fields.len(), *width),
                None => view_fields(fields.as_slice(), fields.len(), *width),
            },
            Record::Bytes(fields, n, width) => view_fields(fields, *n, *width),
            Record::Marker => view_fields(&[], 0, WIDTH),
        }
    }
}

/// Opens `path` for reading with a shared lock, as the full reader does.
pub(super) fn open_locked(path: &Path) -> std::io::Result<File> {
    let file = File::open(path)?;
    match file.lock_shared() {
        Ok(()) => Ok(file),
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => Ok(file),
        Err(e) => Err(e),
    }
}

/// Reads piece `number` into a [`PieceOut`].
fn fold_piece(
    files: &[PathBuf],
    pieces: &[Piece],
    number: usize,
    start: Option<u64>,
    known: &KnownMeasures,
) -> Result<PieceOut, Error> {
    // A part holds at most a day a row (rows are some 40 bytes at the
    // least) and, mostly, a year of days a measure: room for that at
    // once spares the part's table growing (and rehashing) as it fills.
    let room = pieces[number].bytes.map_or(0, |(from, before, _)| {
        let rows = (before.saturating_sub(from) / 32) as usize;
        rows.min(known.measure_count().saturating_mul(366))
    });
    let mut out = PieceOut {
        part: TallyPart::with_capacity(room),
        ..PieceOut::default()
    };
    let span = start.map(|start| {
        (
            start,
            pieces[number].bytes.map_or(0, |(_, before, _)| before),
        )
    });
    let (from, end, notes) = read_piece(files, pieces, number, span, &mut |record| {
        if let Record::Marker = record {
            out.conflict_marker = true;
        } else {
            out.record(known, number, &record);
        }
    })?;
    out.part.finish();
    out.span = (from, end);
    out.notes = notes;
    out.ids = std::mem::take(&mut out.ids).bucketed();
    Ok(out)
}

/// A row read again whose id print is a suspect's: the print of its id
/// and content when the id is on more than one row (maybe a repeat), and
/// the row when it can be read.
struct Suspect {
    print: Option<u64>,
    row: Option<crate::activity::Activity>,
}

/// The pieces of these files: canonical files cut at about every
/// `piece` bytes ([`scan::piece_size`]), any other file whole.
pub(super) fn pieces_of(files: &[PathBuf], piece: u64) -> Result<Vec<Piece>, Error> {
    let mut forms = Vec::with_capacity(files.len());
    for path in files {
        forms.push(scan::form(path).map_err(|e| Error::reading(path, e))?);
    }
    let mut pieces = Vec::new();
    for (file, form) in forms.into_iter().enumerate() {
        match form {
            Form::Fast { body, len, width } => {
                let mut from = body;
                loop {
                    let before = (from + piece).min(len);
                    pieces.push(Piece {
                        file,
                        bytes: Some((from, before, from == body)),
                        width,
                    });
                    if before >= len {
                        break;
                    }
                    from = before;
                }
            }
            Form::Slow => pieces.push(Piece {
                file,
                bytes: None,
                width: WIDTH,
            }),
        }
    }
    Ok(pieces)
}

/// Reads these log files into a tally for `plan`, in one pass over the
/// bytes (see the module documentation). A void cancels a row of its own
/// file (it copies the row's date, so it lands in the same year file), so
/// any set of whole year files tallies correctly on its own.
pub fn tally_files(files: &[PathBuf], plan: &Plan) -> Result<LogTally, Error> {
    tally_in_pieces(files, plan, scan::piece_size(files))
}

/// [`tally_files`] with pieces of about `piece` bytes.
fn tally_in_pieces(files: &[PathBuf], plan: &Plan, piece: u64) -> Result<LogTally, Error> {
    let known = KnownMeasures::of(plan);
    let pass = one_pass(files, piece, &known)?;
    finish_pass(files, pass, plan, &known)
}

/// What the one pass read, before the rows it found must be left out are
/// taken out ([`finish_pass`]).
struct Pass {
    pieces: Vec<Piece>,
    tally: Tally,
    excuses: Vec<ExcuseRow>,
    ids: IdPrints,
    voids: Vec<(String, String)>,
    spans: Vec<(u64, u64)>,
    unreadable_rows: usize,
    unreadable_files: Vec<String>,
    needs_repair: Vec<String>,
    conflict_markers: Vec<String>,
}

/// The one pass over `files` in pieces of about `piece` bytes: all it
/// needs of the plan is which measure and trigger ids it has (`known`).
fn one_pass(files: &[PathBuf], piece: u64, known: &KnownMeasures) -> Result<Pass, Error> {
    let pieces = pieces_of(files, piece)?;
    let mut tally = Tally::new();
    let mut excuses: Vec<ExcuseRow> = Vec::new();
    let mut ids = IdPrints::default();
    let mut voids: Vec<(String, String)> = Vec::new();
    let mut spans = vec![(0u64, 0u64); pieces.len()];
    let mut unreadable_rows = 0;
    let mut unreadable_files = Vec::new();
    let mut needs_repair = Vec::new();
    let mut conflict_markers = Vec::new();
    let mut parts = Vec::with_capacity(pieces.len());
    in_order(
        pieces.len(),
        |number| fold_piece(files, &pieces, number, None, known),
        |number, mut out| {
            let piece = pieces[number];
            let follows = number
                .checked_sub(1)
                .filter(|&before| pieces[before].file == piece.file && piece.bytes.is_some());
            if let Some(before) = follows {
                // The piece's start was inside a record (a quoted note
                // over the cut): read it again from where the last ended.
                let end = spans[before].1;
                if out.span.0 != end {
                    out = fold_piece(files, &pieces, number, Some(end), known)?;
                }
            }
            spans[number] = out.span;
            excuses.append(&mut out.part.excuses);
            parts.push(tally.take_part(out.part, piece.file as u32));
            ids.push(out.ids);
            voids.append(&mut out.voids);
            unreadable_rows += out.unreadable;
            if out.conflict_marker {
                conflict_markers.push(shown(&files[piece.file]));
            }
            for FileNote { kind, problem } in out.notes {
                match kind {
                    FileNoteKind::Unreadable => unreadable_files.push(problem.file),
                    FileNoteKind::NeedsRepair => needs_repair.push(problem.file),
                    FileNoteKind::ConflictMarker => conflict_markers.push(problem.file),
                }
            }
            Ok(())
        },
    )?;
    tally.merge_days(parts, known);
    Ok(Pass {
        pieces,
        tally,
        excuses,
        ids,
        voids,
        spans,
        unreadable_rows,
        unreadable_files,
        needs_repair,
        conflict_markers,
    })
}

/// The tally of [`one_pass`], the voided and repeated rows it found taken
/// out, the excuses applied.
fn finish_pass(
    files: &[PathBuf],
    pass: Pass,
    plan: &Plan,
    known: &KnownMeasures,
) -> Result<LogTally, Error> {
    let Pass {
        pieces,
        mut tally,
        excuses,
        ids,
        voids,
        spans,
        unreadable_rows,
        unreadable_files,
        mut needs_repair,
        mut conflict_markers,
    } = pass;
    needs_repair.dedup();
    conflict_markers.dedup();
    let left_out = LeftOut::find(&voids, ids, pieces.len());
    let mut repeated_rows = 0;
    let mut repeated_in: Vec<String> = Vec::new();
    if !left_out.suspects.is_empty() {
        // The pieces holding suspects read again on every core, what
        // they hold taken out in order.
        let mut seen = Prints::default();
        in_order(
            left_out.pieces.len(),
            |i| {
                let number = left_out.pieces[i];
                let span = pieces[number].bytes.map(|_| spans[number]);
                let mut found = Vec::new();
                read_piece(files, &pieces, number, span, &mut |record| {
                    let (fields, n) = record.fields();
                    if !is_row_width(n) {
                        return;
                    }
                    let Some(&duplicated) = left_out.suspects.get(&id_print(fields[ID])) else {
                        return;
                    };
                    found.push(Suspect {
                        print: duplicated.then(|| print_fields(fields.iter().copied())),
                        row: record.view().ok().map(RowRef::to_activity),
                    });
                })?;
                Ok(found)
            },
            |i, found| {
                let shown_file = shown(&files[pieces[left_out.pieces[i]].file]);
                for suspect in found {
                    let repeat = suspect.print.is_some_and(|print| !seen.insert(print));
                    if repeat {
                        repeated_rows += 1;
                        if repeated_in.last() != Some(&shown_file) {
                            repeated_in.push(shown_file.clone());
                        }
                    }
                    if let Some(row) = suspect.row
                        && (repeat || left_out.voided.contains(&row.id))
                    {
                        tally.remove(plan, &row.as_row());
                    }
                }
                Ok(())
            },
        )?;
    }
    if !tally.is_exact() {
        tally = tally_in_order(files, &pieces, &spans, known, &left_out)?;
    }
    let mut excuse_prints = Prints::default();
    let kept: Vec<&ExcuseRow> = excuses
        .iter()
        .filter(|e| excuse_prints.insert(e.print) && !left_out.voided.contains(&e.id))
        .collect();
    tally.excuse_rows(kept);
    Ok(LogTally {
        tally,
        unreadable_rows,
        unreadable_files,
        needs_repair,
        conflict_markers,
        repeated_rows,
        repeated_in,
        layout: Layout {
            files: files.to_vec(),
            pieces,
            spans,
            left_out,
        },
    })
}

/// The tally read again, each file's rows in order on one thread, the
/// rows the one pass found voided or repeated left out as they come: what
/// the rare tally that is not exact after the one pass
/// ([`Tally::is_exact`]) is replaced by. Excuses are not gathered again.
fn tally_in_order(
    files: &[PathBuf],
    pieces: &[Piece],
    spans: &[(u64, u64)],
    known: &KnownMeasures,
    left_out: &LeftOut,
) -> Result<Tally, Error> {
    let mut tally = Tally::new();
    let mut seen = Prints::default();
    let mut number = 0;
    while number < pieces.len() {
        let file = pieces[number].file;
        let mut part = TallyPart::new();
        while number < pieces.len() && pieces[number].file == file {
            let span = pieces[number].bytes.map(|_| spans[number]);
            read_piece(files, pieces, number, span, &mut |record| {
                let (fields, n) = record.fields();
                let Ok(row) = record.view() else { return };
                if is_row_width(n)
                    && let Some(&duplicated) = left_out.suspects.get(&id_print(fields[ID]))
                {
                    let repeat = duplicated && !seen.insert(print_fields(fields.iter().copied()));
                    if repeat || left_out.voided.contains(row.id) {
                        return;
                    }
                }
                part.add(known, &row, || 0);
            })?;
            number += 1;
        }
        part.excuses.clear();
        tally.merge_part(part, 0, known);
    }
    Ok(tally)
}

/// What the one pass found must be left out, and where to look for it.
#[derive(Debug)]
pub(super) struct LeftOut {
    /// The ids that void rows cancel (a void of a void cancels nothing).
    pub(super) voided: HashSet<String>,
    /// The id prints to look at again: `true` for an id on more than one
    /// row (maybe a repeat), `false` for a voided id only.
    pub(super) suspects: HashMap<u64, bool, FxBuild>,
    /// The pieces holding them, in order.
    pieces: Vec<usize>,
}

impl LeftOut {
    fn find(voids: &[(String, String)], ids: IdPrints, pieces: usize) -> LeftOut {
        let void_rows: HashSet<&str> = voids.iter().map(|(own, _)| own.as_str()).collect();
        let voided: HashSet<String> = voids
            .iter()
            .filter(|(_, voided)| !void_rows.contains(voided.as_str()))
            .map(|(_, voided)| voided.clone())
            .collect();
        let mut suspects: HashMap<u64, bool, FxBuild> = HashMap::default();
        let mut residues = std::collections::BTreeSet::new();
        for (print, residue) in ids.repeated() {
            suspects.insert(print, true);
            residues.insert(residue);
        }
        // The rows of voided ids: one look at every entry, however many
        // voids there are.
        let voided_prints: HashSet<u64, FxBuild> =
            voided.iter().map(|id| id_print(id.as_bytes())).collect();
        if !voided_prints.is_empty() {
            for (print, residue) in ids.iter() {
                if voided_prints.contains(&print) {
                    residues.insert(residue);
                    suspects.entry(print).or_insert(false);
                }
            }
        }
        let mut pieces: Vec<usize> = residues
            .into_iter()
            .flat_map(|r| (r..pieces).step_by(256))
            .collect();
        pieces.sort_unstable();
        LeftOut {
            voided,
            suspects,
            pieces,
        }
    }
}

/// Runs `work` on every number below `count`, on as many threads as there
/// are cores, and hands each result to `merge` in the numbers' order (so
/// that merging is the same on every run and machine), as soon as the
/// ones before it are merged: the results waiting stay few.
pub(super) fn in_order<T: Send>(
    count: usize,
    work: impl Fn(usize) -> Result<T, Error> + Sync,
    merge: impl FnMut(usize, T) -> Result<(), Error> + Send,
) -> Result<(), Error> {
    struct Merging<T, M> {
        next: usize,
        waiting: std::collections::BTreeMap<usize, T>,
        merge: M,
        error: Option<Error>,
    }
    let threads = crate::parallel::cores().min(count).max(1);
    let next = AtomicUsize::new(0);
    let merged = AtomicUsize::new(0);
    let failed = std::sync::atomic::AtomicBool::new(false);
    let state = Mutex::new(Merging {
        next: 0,
        waiting: std::collections::BTreeMap::new(),
        merge,
        error: None,
    });
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let number = next.fetch_add(1, Ordering::Relaxed);
                    if number >= count {
                        break;
                    }
                    // Run at most a few pieces ahead of the merging, so
                    // that the results waiting stay few even when a
                    // thread is held up.
                    while number >= merged.load(Ordering::Acquire) + 4 * threads {
                        if failed.load(Ordering::Acquire) {
                            return;
                        }
                        std::thread::yield_now();
                    }
                    let result = work(number);
                    let Ok(mut state) = state.lock() else { break };
                    if state.error.is_some() {
                        break;
                    }
                    match result {
                        Err(error) => {
                            state.error = Some(error);
                            failed.store(true, Ordering::Release);
                            break;
                        }
                        Ok(out) => {
                            state.waiting.insert(number, out);
                        }
                    }
                    let state = &mut *state;
                    while let Some(out) = state.waiting.remove(&state.next) {
                        let number = state.next;
                        state.next += 1;
                        if let Err(error) = (state.merge)(number, out) {
                            state.error = Some(error);
                            break;
                        }
                    }
                    merged.store(state.next, Ordering::Release);
                    if state.error.is_some() {
                        failed.store(true, Ordering::Release);
                        break;
                    }
                }
            });
        }
    });
    let state = state
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    match state.error {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const HEADER: &str =
        "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";

    /// The tally as the two passes before the one pass made it: the
    /// voided ids and repeats first ([`first_pass`]), then every other row
    /// typed by the full reader.
    fn reference(files: &[PathBuf], plan: &Plan) -> (Tally, usize, usize, Vec<String>) {
        let first = first_pass(files).unwrap();
        let mut tally = Tally::new();
        let mut unreadable = 0;
        for file in files {
            LogReader::over(vec![file.clone()])
                .for_each_row(|item| match item {
                    Ok(at) if first.leaves_out(&at) => {}
                    Ok(crate::store::log::read::RowAt { row, .. }) => tally.add(plan, &row),
                    Err(_) => unreadable += 1,
                })
                .unwrap();
        }
        (tally, unreadable, first.repeated_rows, first.repeated_in)
    }

    fn plan() -> Plan {
        crate::plan::parse_plan(include_str!(
            "../../../examples/norsjo/plan/norsjo-2019-2023.toml"
        ))
        .unwrap()
    }

    /// One row's text from a few choices, so that ids repeat, voids hit,
    /// notes hold quotes and line ends, and some rows are torn or wrong.
    fn row() -> impl Strategy<Value = String> {
        let id = prop_oneof![
            Just("a"),
            Just("b"),
            Just("c"),
            Just(" d"),
            Just("e1"),
            Just("f")
        ];
        let measure = prop_oneof![
            Just("trafikkontroll"),
            Just("patrullering"),
            Just("arbetspass"),
            Just("okand"),
            Just("narkotika")
        ];
        let note = prop_oneof![
            Just(""),
            Just("plain"),
            Just("\"two\nlines, \"\"quoted\"\"\""),
            Just("\"a,b\""),
            Just("\"\n\n\""),
            Just("x\"y"),
        ];
        let voids = prop_oneof![
            Just(""),
            Just(""),
            Just("a"),
            Just("b"),
            Just("v1"),
            Just(" c ")
        ];
        let values = prop_oneof![
            Just(""),
            Just("anmalningar=2"),
            Just("handelserapporter=1 anmalningar=3"),
            Just("beslag=12.5 anmalningar=1"),
            Just("beslag=0.1"),
        ];
        let target = prop_oneof![Just(""), Just(""), Just("x"), Just("y")];
        let excuses = prop_oneof![
            Just(""),
            Just(""),
            Just(""),
            Just("2021-03"),
            Just("2021-w5")
        ];
        let day = (1u32..6, target);
        (id, day, measure, 0u32..4, values, note, voids, excuses, 0u32..12).prop_map(
            |(id, (day, target), measure, count, values, note, voids, excuses, shape)| {
                let count = if count == 0 { String::new() } else { count.to_string() };
                let id = if voids.is_empty() { id.to_string() } else { format!("v{id}") };
                let row = format!(
                    "{id},2021-03-{day:02},{measure},{count},{target},{values},Bo,,{note},,{voids},{excuses}"
                );
                super::super::mangled_line(row, shape)
            },
        )
    }

    fn write(dir: &Path, name: &str, rows: &[String], repeat_from: usize) -> PathBuf {
        let mut text = HEADER.to_string();
        for row in rows.iter().chain(rows.iter().skip(repeat_from)) {
            text.push_str(row);
            text.push('\n');
        }
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn same(a: &Tally, b: &Tally, plan: &Plan) -> Result<(), TestCaseError> {
        let all = crate::period::DateRange {
            start: chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(),
            end: chrono::NaiveDate::from_ymd_opt(2100, 1, 1).unwrap(),
        };
        for id in plan.measure_ids() {
            let x: Vec<_> = a.days_of(id, all).collect();
            let y: Vec<_> = b.days_of(id, all).collect();
            prop_assert_eq!(x, y, "{}", id);
            for key in ["2021-03", "2021-W05"] {
                prop_assert_eq!(a.excuse(id, key), b.excuse(id, key));
            }
        }
        prop_assert_eq!(a.shifts_in(all), b.shifts_in(all));
        prop_assert_eq!(a.rows_counted, b.rows_counted);
        prop_assert_eq!(a.unknown_measure_rows, b.unknown_measure_rows);
        Ok(())
    }

    use proptest::test_runner::TestCaseError;

    /// A voided row whose metric has a fraction, and one whose target
    /// came first: taking them out of the sums would leave 0.8 where
    /// adding the other rows gives 0.7999999999999999, and the targets in
    /// another order; the log is read again in order instead.
    #[test]
    fn voided_rows_leave_sums_and_target_order_as_if_never_logged() {
        let dir = tempfile::tempdir().unwrap();
        let rows = [
            "a,2021-03-02,narkotika,,,beslag=0.1,Bo,,,,,",
            "b,2021-03-02,narkotika,,,beslag=0.2,Bo,,,,,",
            "c,2021-03-02,narkotika,,,beslag=0.7,Bo,,,,,",
            "d,2021-03-03,trafikkontroll,,x,,Bo,,,,,",
            "e,2021-03-03,trafikkontroll,,y,,Bo,,,,,",
            "f,2021-03-03,trafikkontroll,,x,,Bo,,,,,",
            "v1,2021-03-02,narkotika,,,,Bo,,,,b,",
            "v2,2021-03-03,trafikkontroll,,,,Bo,,,,d,",
        ]
        .map(str::to_string);
        let plan = plan();
        let (sums, targets): (Vec<_>, Vec<_>) =
            rows.iter().cloned().partition(|r| r.contains("narkotika"));
        let tally = |rows: &[String]| {
            let files = vec![write(dir.path(), "2021.csv", rows, rows.len())];
            tally_in_pieces(&files, &plan, 1 << 20).unwrap().tally
        };
        let day = |d| chrono::NaiveDate::from_ymd_opt(2021, 3, d).unwrap();
        let range = crate::period::DateRange {
            start: day(1),
            end: day(31),
        };
        let got = tally(&sums);
        assert_eq!(got.metric_sum("narkotika", "beslag", range), 0.1 + 0.7);
        assert_ne!(0.1 + 0.7, 0.1 + 0.2 + 0.7 - 0.2);
        let got = tally(&targets);
        let targets: Vec<_> = got
            .days_of("trafikkontroll", range)
            .map(|(_, t)| t.targets().to_vec())
            .collect();
        assert_eq!(
            targets,
            vec![vec![("y".to_string(), 1), ("x".to_string(), 1)]]
        );
    }

    /// The rows read again in order over the one pass's pieces of `piece`
    /// bytes against the full reader's rows (see the property below).
    fn rows_read_again(
        first: &[String],
        second: &[String],
        repeat_from: usize,
        piece: u64,
    ) -> Result<(), TestCaseError> {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![
            write(dir.path(), "2021.csv", first, repeat_from),
            write(dir.path(), "2021 (copy).csv", second, 0),
        ];
        let plan = plan();
        let reference = first_pass(&files).unwrap();
        let mut want = Vec::new();
        for file in &files {
            LogReader::over(vec![file.clone()])
                .for_each_row(|item| {
                    if let Ok(at) = item
                        && !reference.is_repeat(at.file, at.line, || at.print())
                    {
                        want.push((at.row.to_activity(), reference.voided.contains(at.row.id)));
                    }
                })
                .unwrap();
        }
        let log = tally_in_pieces(&files, &plan, piece).unwrap();
        let mut got = Vec::new();
        let mut repeats = super::super::again::Repeats::default();
        log.layout
            .rows_in_order(
                |rows: &mut Vec<_>, seen| {
                    rows.push((seen.row.to_activity(), seen.voided, seen.print));
                },
                |rows| {
                    for (row, voided, print) in rows {
                        if repeats.first(print) {
                            got.push((row, voided));
                        }
                    }
                    Ok(())
                },
            )
            .unwrap();
        prop_assert_eq!(got, want);
        prop_assert_eq!(log.layout.voided(), &reference.voided);
        Ok(())
    }

    /// A torn row opening a quote that the next row closes, in a file
    /// with the 12 columns of an older log: the record they make has 14
    /// fields, more than the file's header has, and is unreadable to the
    /// full reader; read in pieces of any size, the one pass and the rows
    /// read again leave it out too.
    #[test]
    fn a_row_wider_than_its_files_header_is_unreadable_in_pieces() {
        let first = [
            "a,2021-03-01,okand,,,,Bo,,\"tw",
            "a,2021-03-01,trafikkontroll,,,,Bo,,\"a,b\",,,,extra",
        ]
        .map(str::to_string);
        let plan = plan();
        for piece in [1, 2, 3, 5, 7, 20, 64, 1 << 20] {
            rows_read_again(&first, &[], 0, piece).unwrap();
            let dir = tempfile::tempdir().unwrap();
            let files = vec![write(dir.path(), "2021.csv", &first, 0)];
            let (want, unreadable, repeated, _) = reference(&files, &plan);
            let got = tally_in_pieces(&files, &plan, piece).unwrap();
            assert_eq!((got.unreadable_rows, unreadable), (2, 2), "{piece}");
            assert_eq!((got.repeated_rows, repeated), (1, 1), "{piece}");
            assert_eq!(
                (got.tally.rows_counted, want.rows_counted),
                (0, 0),
                "{piece}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Read again in order over the one pass's pieces, the rows are
        /// those the full reader reads, in its order, the repeats left
        /// out and the voided ones told, however small the pieces.
        #[test]
        fn rows_read_again_in_pieces_are_the_readers_rows(
            first in proptest::collection::vec(row(), 0..40),
            second in proptest::collection::vec(row(), 0..12),
            repeat_from in 0usize..40,
            piece in 1u64..200,
        ) {
            rows_read_again(&first, &second, repeat_from, piece)?;
        }


        /// The one pass in small pieces says what the two passes said:
        /// the same days, shifts, excuses and counts, the same rows left
        /// out as voided, repeated or unreadable.
        #[test]
        fn one_pass_in_pieces_is_the_two_passes(
            first in proptest::collection::vec(row(), 0..40),
            second in proptest::collection::vec(row(), 0..12),
            repeat_from in 0usize..40,
            piece in 1u64..200,
        ) {
            let dir = tempfile::tempdir().unwrap();
            let files = vec![
                write(dir.path(), "2021.csv", &first, repeat_from),
                write(dir.path(), "2021 (copy).csv", &second, 0),
            ];
            let plan = plan();
            let (want, unreadable, repeated, repeated_in) = reference(&files, &plan);
            let got = tally_in_pieces(&files, &plan, piece).unwrap();
            same(&got.tally, &want, &plan)?;
            prop_assert_eq!(got.unreadable_rows, unreadable);
            prop_assert_eq!(got.repeated_rows, repeated);
            prop_assert_eq!(got.repeated_in, repeated_in);
        }
    }
}
