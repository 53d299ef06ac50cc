//! The rows of the log read a second time, in order, on every core: what
//! `loften export` writes after the one pass ([`super::tally`]) has
//! tallied the log and found what to leave out.
//!
//! The pieces are the one pass's, read from where it read them (so a
//! quoted note over a cut is read once, whole). Each piece is folded on its
//! own, on any core, into a value of the caller's; the values are handed
//! over in the log's order ([`Layout::rows_in_order`]). A row whose id the
//! one pass saw on another row too carries its print ([`Row::print`]): it
//! repeats an earlier row when [`Repeats::first`] says its print was seen
//! before, which only the handing over in order can tell. Rows that cannot
//! be read are skipped: the one pass counted them.

use super::tally::{ID, Layout, Prints, Record, id_print, in_order, is_row_width, read_piece};
use super::{FileNote, LogReader, read::print_fields};
use crate::activity::RowRef;
use crate::error::Error;

/// A readable row, as a piece's fold is handed it.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// The row.
    pub row: RowRef<'a>,
    /// Whether a void cancels it.
    pub voided: bool,
    /// The row's print (its id and content) when its id is on another row
    /// too: then the row may repeat an earlier one ([`Repeats::first`]).
    pub print: Option<u64>,
    /// The file (an index into the log's files).
    pub file: usize,
}

/// The prints of the rows seen so far that may be repeated.
#[derive(Debug, Default)]
pub struct Repeats(Prints);

impl Repeats {
    /// Whether the row of `print` (see [`Row::print`]) comes for the first
    /// time; call it for every such row in the log's order.
    pub fn first(&mut self, print: Option<u64>) -> bool {
        print.is_none_or(|print| self.0.insert(print))
    }
}

impl Layout {
    /// The log's files, in order.
    pub fn files(&self) -> &[std::path::PathBuf] {
        &self.files
    }

    /// The ids of the rows that voids cancel.
    pub fn voided(&self) -> &std::collections::HashSet<String> {
        &self.left_out.voided
    }

    /// Whether any row is voided or may repeat another: when none is,
    /// [`Row::voided`] is always false and [`Row::print`] always `None`.
    pub fn leaves_out_nothing(&self) -> bool {
        self.left_out.suspects.is_empty()
    }

    /// Folds every piece's readable rows into a `T` (a fresh one a piece,
    /// on any core) and hands the `T`s to `merge` in the log's order.
    pub fn rows_in_order<T: Default + Send>(
        &self,
        fold: impl Fn(&mut T, &Row<'_>) + Sync,
        merge: impl FnMut(T) -> Result<(), Error> + Send,
    ) -> Result<(), Error> {
        let mut merge = merge;
        let left_out = &self.left_out;
        in_order(
            self.pieces.len(),
            |number| {
                let mut out = T::default();
                let span = self.pieces[number].bytes.map(|_| self.spans[number]);
                let file = self.pieces[number].file;
                read_piece(&self.files, &self.pieces, number, span, &mut |record| {
                    if let Record::Marker = record {
                        return;
                    }
                    let Ok(row) = record.view() else { return };
                    let (fields, n) = record.fields();
                    let mut seen = Row {
                        row,
                        voided: false,
                        print: None,
                        file,
                    };
                    if !left_out.suspects.is_empty()
                        && is_row_width(n)
                        && let Some(&duplicated) = left_out.suspects.get(&id_print(fields[ID]))
                    {
                        seen.voided = left_out.voided.contains(row.id);
                        if duplicated {
                            seen.print = Some(print_fields(fields.iter().copied()));
                        }
                    }
                    fold(&mut out, &seen);
                })?;
                Ok(out)
            },
            |_, out| merge(out),
        )
    }

    /// The notes about whole files (a wrong header, a file saved by Excel,
    /// git conflict markers with their lines) of the files in `files`, in
    /// the log's order, as the full reader finds them.
    pub fn notes_of(&self, files: &[String]) -> Result<Vec<FileNote>, Error> {
        let mut notes = Vec::new();
        for path in &self.files {
            if files.contains(&crate::store::shown(path)) {
                let (_, found) =
                    LogReader::over(vec![path.clone()]).for_each_record(|_, _, _, _| {})?;
                notes.extend(found);
            }
        }
        Ok(notes)
    }

    /// The lines (as `file:line`) of the readable rows of file `file`
    /// that `pick` picks, in order, read by the full reader: for the rare
    /// message that names a row's line.
    pub fn lines_of(
        &self,
        file: usize,
        pick: impl Fn(&RowRef<'_>) -> bool,
    ) -> Result<Vec<String>, Error> {
        let mut lines = Vec::new();
        LogReader::over(vec![self.files[file].clone()]).for_each_row(|item| {
            if let Ok(at) = item
                && pick(&at.row)
            {
                lines.push(format!("{}:{}", at.file, at.line));
            }
        })?;
        Ok(lines)
    }
}
