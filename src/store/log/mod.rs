//! The activity log: CSV files in `logs/`, one per year, appended to and
//! never edited in place.
//!
//! - [`read`]: the one streaming reader ([`LogReader`]) of all `*.csv` in
//!   `logs/`, typed rows with file and line, or problems, and notes about
//!   whole files;
//! - [`dialect`]: a file's form told once from its header line (Excel's
//!   `;`, CRLF, byte-order mark), and a foreign row brought to the
//!   canonical form;
//! - [`rewrite`]: a file rewritten in the canonical form (`loften repair`);
//! - [`append`]: safe appends ([`append()`]): lock, one write, fsync;
//! - [`row`]: a row as CSV fields and back (the column contract);
//! - [`id`]: row ids and recording times;
//! - [`tally`]: the log folded for the compliance engine, voids and rows
//!   repeated by a git union merge left out.
//!
//! The file format: UTF-8 (a byte-order mark is accepted), a header line
//! with the columns of [`crate::activity::COLUMNS`], RFC 4180 quoting where
//! needed, every row ending in `\n`. Files saved by a spreadsheet are read
//! too (see [`dialect`]) but not appended to. See `docs/log-format.md`.

pub mod append;
pub mod dialect;
pub mod id;
pub mod read;
pub mod rewrite;
pub mod row;
pub mod scan;
pub mod tally;

pub use append::{append, year_file};
pub use id::stamp;
pub use read::{FileNote, FileNoteKind, LogEntry, LogReader, RowAt, is_year_file, log_files};
pub use row::{WIDTH, csv_bytes};
pub use tally::{FirstPass, LogTally, first_pass, tally_files, tally_log};

/// Several phrases as one, in the language it is read in: "a, b, c"
/// (`log-file-list`, so that a language can choose its separator). An
/// empty list is an empty text.
pub fn listed(phrases: Vec<crate::i18n::Text>) -> crate::i18n::Text {
    let mut phrases = phrases.into_iter().rev();
    let Some(last) = phrases.next() else {
        return crate::i18n::Text::same("");
    };
    phrases.fold(last, |rest, first| {
        crate::text!("log-file-list", first, rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Text};

    #[test]
    fn listed_joins_phrases_in_order() {
        let list = listed(vec![Text::same("a"), Text::same("b"), Text::same("c")]);
        assert_eq!(list.get(Lang::En), "a, b, c");
        assert_eq!(list.get(Lang::Sv), "a, b, c");
        assert_eq!(listed(vec![Text::same("a")]).get(Lang::En), "a");
        assert_eq!(listed(Vec::new()).get(Lang::En), "");
    }
}
