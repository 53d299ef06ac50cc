//! One place for what a command says on standard error beside its result:
//! a warning or a note, `loften: …`, in the output language and escaped for
//! the terminal (it may quote a log or a file name).
//!
//! Every command's warnings go through [`warn`] (rows left out, a file
//! written, a row that will not count), so they all look alike and none
//! can forget the escaping. A warning never changes the exit code: a
//! command that printed one still ran to its end (0), as documented.
//! Writing to a closed standard error is ignored: the command's result
//! stands.

use std::io::{self, Write};

use crate::i18n::{Lang, Text};
use crate::terminal::escaped;

/// Says `message` on standard error, in `lang`, as `loften: …`.
pub fn warn(message: &Text, lang: Lang) {
    warn_line(&message.get(lang));
}

/// Says `line`, already in the output language, on standard error as
/// `loften: …`.
pub fn warn_line(line: &str) {
    let _ = writeln!(io::stderr().lock(), "loften: {}", escaped(line));
}
