//! The log's records with their lines, on every core: what `loften check`
//! reads.
//!
//! The pieces are the one pass's ([`super::tally`]): a file in the
//! canonical form is cut at about every [`scan::piece_size`] bytes and its
//! records split at the byte level ([`scan`]); a file in any other form
//! is one piece, read whole by the full reader ([`LogReader`]). Each piece
//! is folded on its own, on any core, into a value of the caller's, and
//! the values are handed over in the log's order.
//!
//! A piece of a canonical file cannot know the line it starts on: it
//! counts its lines from 0 at its start, and the line to add to them is
//! handed over with its value (the lines of the pieces before it in its
//! file, after the header line). A piece whose start was inside a record
//! (a quoted note over the cut) is read again from where the piece before
//! it ended, as the one pass does. What comes out is exactly what the
//! full reader says: the same rows at the same lines, the same problems
//! for the records that are not rows, the same notes about whole files
//! (a property test below holds the two side by side).

use std::path::PathBuf;

use super::read::{marker_of, marker_text, problem};
use super::scan;
use super::tally::{Piece, Record, SCANNER, in_order, open_locked, pieces_of};
use super::{FileNote, FileNoteKind, LogReader};
use crate::activity::RowRef;
use crate::diagnostic::Problem;
use crate::error::Error;
use crate::store::shown;

/// A record as a piece's fold is handed it: a row and the line it starts
/// on, or why the record is not a row (a [`Problem`] at that line). The
/// line is counted in the piece: add the line handed over with the fold's
/// value.
pub type Numbered<'a> = Result<(usize, RowRef<'a>), Problem>;

/// The line a file's first row can start on: the one after the header.
const FIRST_ROW_LINE: usize = 2;

/// What one piece says.
struct PieceOut<T> {
    value: T,
    /// Notes about whole files (lines counted in the piece).
    notes: Vec<FileNote>,
    /// The records read (rows or not, as the full reader counts them).
    rows: usize,
    /// The bytes read: from the first record's start to the last one's
    /// end (a canonical file's piece).
    span: (u64, u64),
    /// The line ends passed in `span`.
    lines: usize,
}

/// Folds every record of `files` into a `T` per piece of about `piece`
/// bytes (on any core; [`scan::piece_size`] but in tests), and hands each `T`
/// to `merge` in the log's order with the line to add to the lines its
/// rows and problems were given. Returns how many records were read (as
/// [`LogReader::for_each_row`] counts them) and the notes about whole
/// files, in the log's order.
pub fn records_numbered<T: Default + Send>(
    files: &[PathBuf],
    piece: u64,
    fold: impl Fn(&mut T, &str, Numbered<'_>) + Sync,
    mut merge: impl FnMut(T, usize) -> Result<(), Error> + Send,
) -> Result<(usize, Vec<FileNote>), Error> {
    let pieces = pieces_of(files, piece)?;
    let mut rows = 0;
    let mut notes = Vec::new();
    // Where the piece before ended, and the line there.
    let mut ended: Option<(usize, u64, usize)> = None;
    in_order(
        pieces.len(),
        |number| fold_piece(files, &pieces, number, None, &fold),
        |number, mut out| {
            let piece = pieces[number];
            let mut first_line = 0;
            if piece.bytes.is_some() {
                first_line = FIRST_ROW_LINE;
                if let Some((file, end, line)) = ended
                    && file == piece.file
                {
                    first_line = line;
                    if out.span.0 != end {
                        // The piece's start was inside a record: read it
                        // again from where the piece before ended.
                        out = fold_piece(files, &pieces, number, Some(end), &fold)?;
                    }
                }
                ended = Some((piece.file, out.span.1, first_line + out.lines));
            }
            rows += out.rows;
            for mut note in out.notes {
                note.problem.line += first_line;
                notes.push(note);
            }
            merge(out.value, first_line)
        },
    )?;
    Ok((rows, notes))
}

/// Reads piece `number` into a `T`: from `start` when given (where the
/// piece before ended), else from its own start.
fn fold_piece<T: Default>(
    files: &[PathBuf],
    pieces: &[Piece],
    number: usize,
    start: Option<u64>,
    fold: &impl Fn(&mut T, &str, Numbered<'_>),
) -> Result<PieceOut<T>, Error> {
    let piece = pieces[number];
    let path = &files[piece.file];
    let shown = shown(path);
    let mut out = PieceOut {
        value: T::default(),
        notes: Vec::new(),
        rows: 0,
        span: (0, 0),
        lines: 0,
    };
    let Some((from, before, first)) = piece.bytes else {
        let (rows, notes) = LogReader::over(vec![path.clone()]).for_each_row(|item| {
            fold(&mut out.value, &shown, item.map(|at| (at.line, at.row)));
        })?;
        out.rows = rows;
        out.notes = notes;
        return Ok(out);
    };
    let reading = |e| Error::reading(path, e);
    let mut file = open_locked(path).map_err(reading)?;
    let start = match start {
        Some(start) => start,
        None if first => from,
        None => scan::line_start(&mut file, from, before).map_err(reading)?,
    };
    let (end, lines) = SCANNER
        .with_borrow_mut(|scanner| {
            let end = scanner.scan(&mut file, start, before, &mut |fields| {
                let line = fields.line();
                if fields.len() == 1
                    && let Some(marker) = marker_of(fields.as_slice()[0])
                {
                    out.notes.push(FileNote {
                        kind: FileNoteKind::ConflictMarker,
                        problem: problem(&shown, line, marker_text(marker)),
                    });
                    return;
                }
                out.rows += 1;
                let row = Record::Fields(fields, piece.width).view();
                let item = row
                    .map(|row| (line, row))
                    .map_err(|message| problem(&shown, line, message));
                fold(&mut out.value, &shown, item);
            })?;
            Ok((end, scanner.lines()))
        })
        .map_err(reading)?;
    out.span = (start, end);
    out.lines = lines;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a reader says, lines placed: every row (its id, measure and
    /// line) or problem, and the notes.
    type Said = (
        Vec<Result<(String, String, usize), Problem>>,
        usize,
        Vec<FileNote>,
    );

    /// What the full reader says of `files`.
    fn full_reader(files: &[PathBuf]) -> Said {
        let mut items = Vec::new();
        let (rows, notes) = LogReader::over(files.to_vec())
            .for_each_row(|item| {
                items.push(
                    item.map(|at| (at.row.id.to_string(), at.row.measure.to_string(), at.line)),
                );
            })
            .unwrap();
        (items, rows, notes)
    }

    /// What the pieces of `piece` bytes say of `files`.
    fn in_pieces(files: &[PathBuf], piece: u64) -> Said {
        let mut items = Vec::new();
        let (rows, notes) = records_numbered(
            files,
            piece,
            |part: &mut Vec<_>, _, item: Numbered<'_>| {
                part.push(
                    item.map(|(line, row)| (row.id.to_string(), row.measure.to_string(), line)),
                );
            },
            |part, first_line| {
                for item in part {
                    items.push(match item {
                        Ok((id, measure, line)) => Ok((id, measure, line + first_line)),
                        Err(mut problem) => {
                            problem.line += first_line;
                            Err(problem)
                        }
                    });
                }
                Ok(())
            },
        )
        .unwrap();
        (items, rows, notes)
    }

    const HEADER: &str =
        "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";

    /// A line of a log: rows, torn and wide rows, quoted notes over
    /// lines, empty lines, conflict markers, a lone CR.
    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("a,2021-03-01,trafikkontroll,,,,Bo,,,,,".to_string()),
            Just("b,2021-03-02,narkotika,2,,beslag=1,Bo,,\"two\nlines\",,,".to_string()),
            Just("c,2021-03-02,okand,,,,Bo,,\"x,\"\"y\"\"\n\n\",,,".to_string()),
            Just("d,2021-13-02,patrullering,,,,,,,,,".to_string()),
            Just("e,2021-03-02,patrullering".to_string()),
            Just("f,2021-03-02,patrullering,,,,,,,,,,,,extra".to_string()),
            Just(String::new()),
            Just("<<<<<<< HEAD".to_string()),
            Just(">>>>>>> other".to_string()),
            Just("\r".to_string()),
            Just("g,2021-03-02,patrullering,,,,,,\"open".to_string()),
            Just("h,2021-03-02,patrullering,,,,,,å,,,".to_string()),
            "[a-z0-9,\"\n -]{0,30}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// In pieces of any size, the rows, their lines, the problems,
        /// the count and the notes are the full reader's.
        #[test]
        fn records_in_pieces_are_the_full_readers(
            first in proptest::collection::vec(line(), 0..30),
            second in proptest::collection::vec(line(), 0..10),
            excel in any::<bool>(),
            piece in 1u64..160,
        ) {
            let dir = tempfile::tempdir().unwrap();
            let text = |lines: &[String]| {
                let mut text = HEADER.to_string();
                for line in lines {
                    text.push_str(line);
                    text.push('\n');
                }
                text
            };
            let a = dir.path().join("2021.csv");
            std::fs::write(&a, text(&first)).unwrap();
            let b = dir.path().join("2021 (copy).csv");
            let second = text(&second);
            // A file saved by Excel is read whole by the full reader.
            let second = if excel { second.replace(',', ";").replace('\n', "\r\n") } else { second };
            std::fs::write(&b, second).unwrap();
            let files = vec![a, b];
            prop_assert_eq!(in_pieces(&files, piece), full_reader(&files));
        }
    }
}
