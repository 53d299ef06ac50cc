//! A large plan's TOML read in two halves, one on each core: a plan of a
//! thousand measures is some 300 KB, and reading its TOML is most of the
//! time `status` takes before the first row.
//!
//! The plan is cut at a line `[[measure]]` near its middle, and the two
//! halves read at once. The result is used only when it is certainly what
//! reading the whole gives: both halves read without a problem, the second
//! holds nothing but `[[measure]]` tables, and the first, if it has
//! measures, has them as `[[measure]]` tables too (not `measure = [...]`,
//! which the second half could not extend). Then the whole document is the
//! first half with the second half's measures after its own. A cut inside
//! a multi-line string or array leaves the first half unfinished, which
//! reading refuses. In any other case the caller reads the whole plan, as
//! it does any plan with a problem, so that every problem is told at its
//! place in the file.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Plans smaller than this are read whole: two threads would cost more
/// than they save.
const HALVES_FROM: usize = 64 * 1024;

/// The line a cut is made at.
const MEASURE_HEADER: &str = "[[measure]]";

/// The document of `source` read in two halves, or `None` when it should be
/// read whole (see the module documentation).
pub(super) fn read_in_halves(source: &str) -> Option<Spanned<DeTable<'_>>> {
    if source.len() < HALVES_FROM || crate::parallel::cores() < 2 {
        return None;
    }
    let cut = header_near(source, source.len() / 2)?;
    let (head, tail) = source.split_at(cut);
    let (head, tail) = std::thread::scope(|scope| {
        let tail = scope.spawn(|| DeTable::parse_recoverable(tail));
        let head = DeTable::parse_recoverable(head);
        (head, tail.join().ok())
    });
    let ((mut root, head_errors), (tail, tail_errors)) = (head, tail?);
    if !head_errors.is_empty() || !tail_errors.is_empty() {
        return None;
    }
    let mut tail = tail.into_inner().into_iter();
    let (key, value) = tail.next()?;
    if key.get_ref().as_ref() != "measure" || tail.next().is_some() {
        return None;
    }
    let DeValue::Array(more) = value.into_inner() else {
        return None;
    };
    let from_header = root
        .get_ref()
        .keys()
        .find(|k| k.get_ref().as_ref() == "measure")
        .map(|k| written_as_header(source, k.span().start));
    match (root.get_mut().get_mut("measure"), from_header) {
        (None, _) => {
            let value = Spanned::new(0..0, DeValue::Array(more));
            root.get_mut().insert(key, value);
        }
        (Some(measures), Some(true)) => {
            let DeValue::Array(measures) = measures.get_mut() else {
                return None;
            };
            for item in more {
                measures.push(item);
            }
        }
        (Some(_), _) => return None,
    }
    Some(root)
}

/// The start of the line `[[measure]]` nearest after `at` (or, when there
/// is none after it, before it), not the plan's first byte.
fn header_near(source: &str, at: usize) -> Option<usize> {
    let is_header = |start: usize| {
        let line = source[start..].lines().next().unwrap_or("");
        line.trim_end() == MEASURE_HEADER
    };
    let line_starts = || {
        source
            .match_indices(MEASURE_HEADER)
            .map(|(i, _)| i)
            .filter(|&i| i > 0 && source.as_bytes()[i - 1] == b'\n')
            .filter(|&i| is_header(i))
    };
    line_starts()
        .find(|&i| i >= at)
        .or_else(|| line_starts().last())
}

/// Whether the key at `key_start` is written in a `[[…]]` header: what
/// comes before it on its line is `[[` and spaces.
fn written_as_header(source: &str, key_start: usize) -> bool {
    let line_start = source[..key_start].rfind('\n').map_or(0, |i| i + 1);
    source[line_start..key_start].trim() == "[["
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plan's head (agreement) and `n` measures, each with a
    /// multi-line text.
    fn plan(n: usize) -> String {
        let mut source = String::from("[agreement]\ntitle = \"T\"\n\n");
        for i in 0..n {
            source.push_str(&format!(
                "[[measure]]\nid = \"m{i}\"\nvad = \"\"\"\nRad ett\nrad två {}\"\"\"\nfrequency = {{ kind = \"quota\", at_least = 2, per = \"month\" }}\n\n",
                "x".repeat(80)
            ));
        }
        source
    }

    /// The document as plain values, spans left out.
    fn plain(root: Spanned<DeTable<'_>>) -> toml::Value {
        use serde::Deserialize;
        let span = root.span();
        let value = Spanned::new(span, DeValue::Table(root.into_inner()));
        toml::Value::deserialize(toml::de::ValueDeserializer::from(value)).unwrap()
    }

    #[test]
    fn a_large_plan_read_in_halves_is_the_plan_read_whole() {
        let source = plan(1000);
        assert!(source.len() > HALVES_FROM);
        let whole = DeTable::parse(&source).unwrap();
        let halves = read_in_halves(&source);
        if crate::parallel::cores() < 2 {
            assert!(halves.is_none());
            return;
        }
        let halves = halves.expect("a plan of measures is read in halves");
        assert_eq!(plain(halves), plain(whole));
    }

    #[test]
    fn a_small_plan_is_read_whole() {
        assert!(read_in_halves(&plan(3)).is_none());
    }

    #[test]
    fn anything_but_measures_after_the_cut_is_read_whole() {
        let mut source = plan(1000);
        source.push_str("[[trigger]]\nid = \"t\"\n");
        assert!(read_in_halves(&source).is_none());
        let mut source = plan(1000);
        source.push_str("[agreement.more]\nx = 1\n");
        assert!(read_in_halves(&source).is_none());
    }

    #[test]
    fn measures_written_as_an_array_before_the_cut_are_read_whole() {
        let source = format!(
            "measure = [{{ id = \"a\" }}]\n# {}\n{}",
            "x".repeat(40_000),
            plan(1000)
        );
        // Read whole, the file is refused; read in halves it must not
        // pass as a plan of 1,001 measures.
        assert!(DeTable::parse(&source).is_err());
        assert!(read_in_halves(&source).is_none());
    }

    #[test]
    fn a_cut_inside_a_multi_line_string_is_read_whole() {
        // Every `[[measure]]` line but the first is inside a string.
        let mut source =
            String::from("[agreement]\ntitle = \"T\"\n[[measure]]\nid = \"a\"\nvad = \"\"\"\n");
        for _ in 0..5000 {
            source.push_str("[[measure]]\ntext\n");
        }
        source.push_str("\"\"\"\n");
        let whole = DeTable::parse(&source).unwrap();
        assert_eq!(
            whole.get_ref()["measure"]
                .get_ref()
                .as_array()
                .unwrap()
                .len(),
            1
        );
        assert!(read_in_halves(&source).is_none());
    }
}
