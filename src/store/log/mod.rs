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
//!   repeated by a git union merge left out (`prints`: the rows' id
//!   prints that find them);
//! - [`again`]: the rows read a second time in order, on every core, with
//!   what the one pass found left out (`loften export`);
//! - [`numbered`]: every record with its line, on the same pieces and
//!   every core (`loften check`).
//!
//! The file format: UTF-8 (a byte-order mark is accepted), a header line
//! with the columns of [`crate::activity::COLUMNS`], RFC 4180 quoting where
//! needed, every row ending in `\n`. Files saved by a spreadsheet are read
//! too (see [`dialect`]) but not appended to. See `docs/log-format.md`.

pub mod again;
pub mod append;
pub mod dialect;
pub mod id;
pub mod numbered;
mod prints;
pub mod read;
pub mod rewrite;
pub mod row;
pub mod scan;
pub mod tally;

pub use id::stamp;
pub use read::{FileNote, FileNoteKind, LogEntry, LogReader, is_year_file, log_files};
pub use row::{WIDTH, csv_bytes};
pub use tally::{LogTally, tally_files, tally_log, tally_log_while_loading};

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

/// A log line as hands and tools leave it, for the property tests that
/// hold a fast reader to the full one: by `shape`, cut in half (torn), one
/// field too many, empty, a git conflict marker, a month that is no month,
/// or as it is.
#[cfg(test)]
pub fn mangled_line(line: String, shape: u32) -> String {
    match shape {
        0 => line[..line.len() / 2].to_string(),
        1 => format!("{line},extra"),
        2 => String::new(),
        3 => "<<<<<<< HEAD".to_string(),
        4 => line.replace("2021-03", "2021-13"),
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Text};

    #[test]
    fn listed_joins_phrases_in_order() {
        let list = listed(vec![Text::same("a"), Text::same("b"), Text::same("c")]);
        assert_eq!(list.get(Lang::EN), "a, b, c");
        assert_eq!(list.get(Lang::SV), "a, b, c");
        assert_eq!(listed(vec![Text::same("a")]).get(Lang::EN), "a");
        assert_eq!(listed(Vec::new()).get(Lang::EN), "");
    }

    #[test]
    fn a_repair_counts_its_rows_with_the_right_noun() {
        let done = |rows| {
            rewrite::Outcome::Rewritten(rewrite::Rewritten {
                rows,
                changes: vec![
                    crate::text!("log-file-fixed-crlf"),
                    crate::text!("log-file-fixed-bom"),
                ],
                backup: "logs/2021.csv.bak".into(),
            })
        };
        let one = rewrite::describe(std::path::Path::new("logs/2021.csv"), &done(1));
        assert_eq!(one.id(), Some("log-file-rewritten"));
        assert!(
            one.get(Lang::EN)
                .contains("all 1 row kept (CRLF line ends → LF, byte-order mark removed)"),
            "{one}"
        );
        assert!(
            one.get(Lang::SV).contains("alla 1 rad kvar"),
            "{}",
            one.sv()
        );
        let many = rewrite::describe(std::path::Path::new("logs/2021.csv"), &done(2));
        assert!(many.get(Lang::EN).contains("all 2 rows kept"), "{many}");
        assert!(
            many.get(Lang::SV).contains("alla 2 rader kvar"),
            "{}",
            many.sv()
        );
    }

    #[test]
    fn files_and_columns_take_their_number() {
        let one = crate::text!("log-file-excel-files", files = "logs/2021.csv", count = 1);
        assert_eq!(
            one.get(Lang::SV),
            "logs/2021.csv är sparad av Excel: raderna räknas, men loften log skriver inte till \
             filen förrän `loften repair` har skrivit om den"
        );
        let two = crate::text!("log-file-excel-files", files = "a.csv, b.csv", count = 2);
        assert_eq!(
            two.get(Lang::EN),
            "a.csv, b.csv were saved by Excel: their rows are counted, but loften log will not \
             add to them until `loften repair` has rewritten them"
        );
        let width = |n: usize| crate::text!("log-file-row-width", n, width = 14).get(Lang::EN);
        assert_eq!(width(1), "the row has 1 column, not 14");
        assert_eq!(width(3), "the row has 3 columns, not 14");
    }
}
