//! Text that is safe to show on a terminal.
//!
//! A note, a place or a plan title is text someone else typed, and a
//! terminal obeys some characters in it: C0 controls (escape sequences
//! that clear the screen, set the window title or fake a prompt; a
//! carriage return that overwrites a line), DEL, C1 controls (single-byte
//! escape sequences on some terminals), and the bidirectional overrides
//! and isolates (U+202A–U+202E, U+2066–U+2069) that make a line read
//! backwards. [`is_unsafe`] names them; `loften log` and the other
//! commands that write refuse them in free text ([`first_unsafe`], through
//! [`crate::activity::validate`]), and everything read from a log or a plan is shown
//! through [`escaped`], which writes each as a visible `\u{…}`.
//!
//! Tab is allowed: people paste it from spreadsheets and it moves nothing
//! but the cursor. Line feeds are refused in free text but kept by
//! [`escaped`], which is applied to whole messages that have lines of their
//! own.
//!
//! Pure: text in, text out.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether a terminal may obey `c` rather than show it: a C0 control
/// except tab, DEL, a C1 control, or a bidirectional override or isolate.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t') || is_bidi_control(c)
}

/// The bidirectional embeddings, overrides (U+202A–U+202E) and isolates
/// (U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The first unsafe character of `text` and its position in characters,
/// from 1.
pub fn first_unsafe(text: &str) -> Option<(usize, char)> {
    text.chars()
        .enumerate()
        .find(|&(_, c)| is_unsafe(c))
        .map(|(i, c)| (i + 1, c))
}

/// A character as messages name it: `U+001B`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// `text` with every unsafe character but the line feed written as a
/// visible `\u{1b}`, for a terminal; unchanged when there is none.
pub fn escaped(text: &str) -> Cow<'_, str> {
    let unsafe_here = |c: char| c != '\n' && is_unsafe(c);
    if !text.contains(unsafe_here) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_here(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` for one line or one cell: as [`escaped`], and a line feed too.
pub fn escaped_line(text: &str) -> Cow<'_, str> {
    match escaped(text) {
        Cow::Borrowed(t) if !t.contains('\n') => Cow::Borrowed(t),
        other => Cow::Owned(other.replace('\n', "\\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_unsafe_and_tab_is_not() {
        for c in [
            '\u{0}', '\u{7}', '\u{1b}', '\r', '\n', '\u{7f}', '\u{85}', '\u{9b}',
        ] {
            assert!(is_unsafe(c), "{c:?}");
        }
        for c in ['\u{202a}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2069}'] {
            assert!(is_unsafe(c), "{c:?}");
        }
        for c in ['\t', 'a', 'å', ' ', '\u{a0}', '\u{2013}', '\u{2029}'] {
            assert!(!is_unsafe(c), "{c:?}");
        }
    }

    #[test]
    fn the_first_unsafe_character_is_found_by_its_place() {
        assert_eq!(first_unsafe("åäö\u{1b}[2J"), Some((4, '\u{1b}')));
        assert_eq!(first_unsafe("Torget\tE4"), None);
        assert_eq!(code_point('\u{202e}'), "U+202E");
    }

    #[test]
    fn escaping_makes_every_unsafe_character_visible() {
        assert_eq!(escaped("plain åäö\ttab"), "plain åäö\ttab");
        assert_eq!(
            escaped("a\u{1b}]0;x\u{7}b\u{202e}c\rd"),
            "a\\u{1b}]0;x\\u{7}b\\u{202e}c\\u{d}d"
        );
        assert_eq!(escaped("two\nlines"), "two\nlines");
        assert_eq!(escaped_line("two\nlines\u{9b}"), "two\\nlines\\u{9b}");
        assert!(!escaped("\u{85}\u{2066}x").contains(is_unsafe));
    }
}
