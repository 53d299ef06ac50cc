//! JSON that is safe on a terminal and unchanged for programs.
//!
//! JSON itself escapes only C0 controls in strings; a C1 control or a
//! bidirectional override from a plan title or a note would reach a
//! terminal raw when `status --format json` is read there. Written as a
//! `\uXXXX` escape instead (see [`crate::terminal::is_unsafe`]), the
//! character is the same for every JSON reader, and a terminal shows six
//! harmless characters.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter, Serializer};

use crate::terminal::is_unsafe;

/// A formatter that writes every unsafe character of a string as a
/// `\uXXXX` escape, and otherwise formats as `F` does.
struct TerminalSafe<F>(F);

/// `value` as pretty JSON, terminal-safe.
pub fn to_writer_pretty<W: Write, T: Serialize + ?Sized>(out: W, value: &T) -> io::Result<()> {
    let mut serializer = Serializer::with_formatter(out, TerminalSafe(PrettyFormatter::new()));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// `value` as compact JSON, terminal-safe.
pub fn to_writer<W: Write, T: Serialize + ?Sized>(out: W, value: &T) -> io::Result<()> {
    let mut serializer = Serializer::with_formatter(out, TerminalSafe(CompactFormatter));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

macro_rules! delegate {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $name<W: ?Sized + Write>(&mut self, writer: &mut W $(, $arg: $ty)*) -> io::Result<()> {
                self.0.$name(writer $(, $arg)*)
            }
        )*
    };
}

impl<F: Formatter> Formatter for TerminalSafe<F> {
    delegate! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        end_object_key();
        begin_object_value();
        end_object_value();
    }

    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(is_unsafe) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            // Every unsafe character lies in the Basic Multilingual Plane.
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_characters_are_escaped_and_read_back_the_same() {
        let text = "Trafik\u{9b}31m \u{202e}kontroll \u{2066}x\u{2069} åäö";
        for pretty in [false, true] {
            let mut out = Vec::new();
            let value = serde_json::json!({ "title": text, "list": [1, 2] });
            if pretty {
                to_writer_pretty(&mut out, &value).unwrap();
            } else {
                to_writer(&mut out, &value).unwrap();
            }
            let written = String::from_utf8(out).unwrap();
            // Only the pretty layout's own line feeds remain.
            assert!(
                !written.contains(|c| c != '\n' && is_unsafe(c)),
                "{written}"
            );
            assert!(written.contains("\\u009b31m \\u202ekontroll"), "{written}");
            let back: serde_json::Value = serde_json::from_str(&written).unwrap();
            assert_eq!(back["title"], text);
            assert_eq!(back["list"][1], 2);
        }
    }
}
