//! The log folded into a [`Tally`] for the compliance engine.
//!
//! Two streaming passes. The first ([`first_pass`]) finds what must be
//! left out: the ids that void rows cancel (a void of a void cancels
//! nothing), and rows repeated with the same id and content (a git union
//! merge repeats lines), found by a 64-bit print of each row's id and
//! content. The second counts every other row. Each pass reads the log's
//! files in parallel, one result per file, merged in the files' order: the
//! files are independent and a machine has more than one core. Memory
//! grows by the prints (8 bytes and a set's overhead a row), never by the
//! rows' text.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::read::print;
use super::row::WIDTH;
use super::{FileNote, FileNoteKind, LogReader, RowAt, log_files};
use crate::activity::{COLUMNS, LEGACY_WIDTH};
use crate::compliance::tally::Tally;
use crate::error::Error;
use crate::plan::Plan;
use crate::text;
use crate::text::Text;
use crate::words::{counted, unreadable_words};

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
}

impl LogTally {
    /// What a reader of the counts must be told, one warning per kind,
    /// each in its own unit (files or rows) and naming the files.
    pub fn warnings(&self) -> Vec<Text> {
        let mut warnings = Vec::new();
        if !self.unreadable_files.is_empty() {
            let files = self.unreadable_files.join(", ");
            warnings.push(text!(
                "filen {files} kunde inte läsas (rubrikraden är fel) och ingen av dess rader räknas; `loften check` visar varför",
                "the file {files} could not be read (its header line is wrong) and none of its rows is counted; `loften check` shows why"
            ));
        }
        if self.unreadable_rows > 0 {
            let n = i64::try_from(self.unreadable_rows).unwrap_or(i64::MAX);
            warnings.push(unreadable_words(n, "räknas inte", "are not counted"));
        }
        if !self.conflict_markers.is_empty() {
            let files = self.conflict_markers.join(", ");
            warnings.push(text!(
                "{files} har konfliktmarkeringar från git (<<<<<<<): en sammanslagning lämnades olöst; `loften check` visar var och vad du gör",
                "{files} holds git conflict markers (<<<<<<<): a merge was left unresolved; `loften check` shows where and what to do"
            ));
        }
        if self.repeated_rows > 0 {
            let n = i64::try_from(self.repeated_rows).unwrap_or(i64::MAX);
            let files = self.repeated_in.join(", ");
            let (rows_sv, rows_en) = (counted(n, "rad", "rader"), counted(n, "row", "rows"));
            let (appear, are) = if n == 1 {
                ("appears", "is")
            } else {
                ("appear", "are")
            };
            warnings.push(text!(
                "{rows_sv} står två gånger med samma id och innehåll (efter en git-sammanslagning?) och räknas en gång: {files}; `loften check` visar var",
                "{rows_en} {appear} twice with the same id and content (after a git merge?) and {are} counted once: {files}; `loften check` shows where"
            ));
        }
        if !self.needs_repair.is_empty() {
            let files = self.needs_repair.join(", ");
            warnings.push(text!(
                "{files} är sparad av Excel: raderna räknas, men loften log skriver inte till filen förrän `loften repair` har skrivit om den",
                "{files} was saved by Excel: its rows are counted, but loften log will not add to it until `loften repair` has rewritten it"
            ));
        }
        warnings
    }
}

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

    /// Whether the row is left out of a count: voided, or a repeat.
    pub fn leaves_out(&self, at: &RowAt<'_>) -> bool {
        self.voided.contains(at.row.id) || self.is_repeat(at.file, at.line, || at.print())
    }
}

/// A set of prints. A print is already a hash: the set uses it as it is
/// instead of hashing it again.
type Prints = HashSet<u64, BuildHasherDefault<PrintHasher>>;

/// The identity hasher of [`Prints`].
#[derive(Default)]
struct PrintHasher(u64);

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
const ID: usize = 0;
const VOIDS: usize = 10;

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

/// The first pass over these files; see [`FirstPass`]. Memory: one 64-bit
/// print per distinct row.
pub fn first_pass(files: &[PathBuf]) -> Result<FirstPass, Error> {
    debug_assert!(COLUMNS[ID] == "id" && COLUMNS[VOIDS] == "voids");
    let parts = per_file(files, |file| {
        let mut part = FilePrints::default();
        LogReader::over(vec![file.to_path_buf()]).for_each_record(|shown, line, fields| {
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

/// Runs `work` on every file, on as many threads as there are cores (at
/// most one per file), and returns the results in the files' order, so
/// that merging them is the same on every run.
fn per_file<T: Send>(
    files: &[PathBuf],
    work: impl Fn(&Path) -> Result<T, Error> + Sync,
) -> Result<Vec<T>, Error> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len())
        .max(1);
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

/// Reads these log files into a tally for `plan`. A void cancels a row of
/// its own file (it copies the row's date, so it lands in the same year
/// file), so any set of whole year files tallies correctly on its own.
pub fn tally_files(files: &[PathBuf], plan: &Plan) -> Result<LogTally, Error> {
    let first = first_pass(files)?;
    let parts = per_file(files, |file| {
        let mut tally = Tally::new();
        let mut unreadable = 0;
        let (_, notes) =
            LogReader::over(vec![file.to_path_buf()]).for_each_row(|item| match item {
                Ok(at) if first.leaves_out(&at) => {}
                Ok(RowAt { row, .. }) => tally.add(plan, &row),
                Err(_) => unreadable += 1,
            })?;
        Ok((tally, unreadable, notes))
    })?;
    let mut tally = Tally::new();
    let mut unreadable_rows = 0;
    let mut unreadable_files = Vec::new();
    let mut needs_repair = Vec::new();
    let mut conflict_markers = Vec::new();
    for (part, unreadable, notes) in parts {
        tally.merge(part);
        unreadable_rows += unreadable;
        for FileNote { kind, problem } in notes {
            match kind {
                FileNoteKind::Unreadable => unreadable_files.push(problem.file),
                FileNoteKind::NeedsRepair => needs_repair.push(problem.file),
                FileNoteKind::ConflictMarker => conflict_markers.push(problem.file),
            }
        }
    }
    needs_repair.dedup();
    conflict_markers.dedup();
    Ok(LogTally {
        tally,
        unreadable_rows,
        unreadable_files,
        needs_repair,
        conflict_markers,
        repeated_rows: first.repeated_rows,
        repeated_in: first.repeated_in,
    })
}
