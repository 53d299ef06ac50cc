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

pub use id::stamp;
pub use read::{FileNote, FileNoteKind, LogEntry, LogReader, is_year_file, log_files};
pub use row::{WIDTH, csv_bytes};
pub use tally::{LogTally, first_pass, tally_files, tally_log};
