//! A large plan's TOML read in chunks on every core: a plan of a thousand
//! measures is some 300 KB, and reading its TOML is most of the time
//! `status` takes before the first row.
//!
//! The plan is cut at lines `[[measure]]` every [`CHUNK`] bytes or so:
//! a head (the agreement, and maybe some measures) and chunks of nothing
//! but `[[measure]]` tables. The chunks are read on every core, each
//! one's measures taken out of the TOML (`item`) on the thread that read
//! it, so that a core's memory for the TOML of one chunk is used again
//! for the next, where a document read whole holds the TOML of every
//! measure at once (some 15 MB of fresh pages for 300 KB).
//!
//! The result is used only when it is certainly what reading the whole
//! gives: every chunk read without a problem, each holding nothing but
//! `[[measure]]` tables whose items are all taken out, and the head, if
//! it has measures, has them as `[[measure]]` tables too (not
//! `measure = [...]`, which the next chunk could not extend). Then the
//! whole document is the head with every chunk's measures after its own.
//! A cut inside a multi-line string or array leaves the chunk before it
//! unfinished, which reading refuses. In any other case the caller reads
//! the whole plan, as it does any plan with a problem, so that every
//! problem is told at its place in the file.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Plans smaller than this are read whole: threads would cost more than
/// they save.
const CHUNKS_FROM: usize = 64 * 1024;

/// About how many bytes a chunk holds: the TOML read of one (its tokens
/// and tables) stays small enough to be kept by the allocator for the
/// next, and a plan of a thousand measures makes a score of chunks.
const CHUNK: usize = 16 * 1024;

/// The line a cut is made at.
const MEASURE_HEADER: &str = "[[measure]]";

/// The plan of `source` read in chunks: its head's document, and the
/// measures after the head, each as `item` takes it out of its TOML
/// table. `None` when it should be read whole (see the module
/// documentation), as when `item` gives `None` for any measure.
pub(super) fn read_in_chunks<T: Send>(
    source: &str,
    item: impl Fn(Spanned<DeValue<'_>>) -> Option<T> + Sync,
) -> Option<(Spanned<DeTable<'_>>, Vec<T>)> {
    if source.len() < CHUNKS_FROM || crate::parallel::cores() < 2 {
        return None;
    }
    let cuts = cuts(source, CHUNK);
    if cuts.is_empty() {
        return None;
    }
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for &cut in &cuts {
        parts.push(&source[from..cut]);
        from = cut;
    }
    parts.push(&source[from..]);
    let numbered: Vec<(usize, &str)> = parts.into_iter().enumerate().collect();
    let mut read = crate::parallel::map_in_order(&numbered, 1, |&(number, part)| {
        if number == 0 {
            let (root, errors) = DeTable::parse_recoverable(part);
            errors.is_empty().then_some(Read::Head(root))
        } else {
            measures_of(part, &item).map(Read::Measures)
        }
    })
    .into_iter();
    let Some(Some(Read::Head(root))) = read.next() else {
        return None;
    };
    let mut measures = Vec::new();
    for chunk in read {
        let Some(Read::Measures(more)) = chunk else {
            return None;
        };
        measures.extend(more);
    }
    let head_measures = root
        .get_ref()
        .keys()
        .find(|k| k.get_ref().as_ref() == "measure")
        .map(|k| written_as_header(source, k.span().start));
    match head_measures {
        None | Some(true) => Some((root, measures)),
        Some(false) => None,
    }
}

/// What a part of the plan read to: the head's document, or a chunk's
/// measures.
enum Read<'a, T> {
    Head(Spanned<DeTable<'a>>),
    Measures(Vec<T>),
}

/// The measures of a chunk taken out by `item`, or `None` when the chunk
/// is not read without a problem, holds anything but `[[measure]]`
/// tables, or `item` refuses one.
fn measures_of<'a, T>(
    chunk: &'a str,
    item: &impl Fn(Spanned<DeValue<'a>>) -> Option<T>,
) -> Option<Vec<T>> {
    let (root, errors) = DeTable::parse_recoverable(chunk);
    if !errors.is_empty() {
        return None;
    }
    let mut keys = root.into_inner().into_iter();
    let (key, value) = keys.next()?;
    if key.get_ref().as_ref() != "measure" || keys.next().is_some() {
        return None;
    }
    let DeValue::Array(items) = value.into_inner() else {
        return None;
    };
    items.into_iter().map(item).collect()
}

/// Where the plan is cut: the starts of lines `[[measure]]`, not the
/// plan's first byte, each at least `every` bytes after the one before
/// (the first at least `every` bytes in).
fn cuts(source: &str, every: usize) -> Vec<usize> {
    let is_header = |start: usize| {
        let line = source[start..].lines().next().unwrap_or("");
        line.trim_end() == MEASURE_HEADER
    };
    let mut cuts: Vec<usize> = Vec::new();
    for (at, _) in source.match_indices(MEASURE_HEADER) {
        let last = cuts.last().copied().unwrap_or(0);
        if at >= last + every && source.as_bytes()[at - 1] == b'\n' && is_header(at) {
            cuts.push(at);
        }
    }
    cuts
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

    /// The plan of `source` read in chunks, as one document of plain
    /// values, the measures put back after the head's.
    fn read(source: &str) -> Option<toml::Value> {
        let (head, more) = read_in_chunks(source, |item| Some(plain_value(item)))?;
        let mut whole = plain(head);
        let table = whole.as_table_mut().unwrap();
        let measures = table
            .entry("measure")
            .or_insert_with(|| toml::Value::Array(Vec::new()));
        measures.as_array_mut().unwrap().extend(more);
        Some(whole)
    }

    fn plain_value(value: Spanned<DeValue<'_>>) -> toml::Value {
        use serde::Deserialize;
        toml::Value::deserialize(toml::de::ValueDeserializer::from(value)).unwrap()
    }

    #[test]
    fn a_large_plan_read_in_chunks_is_the_plan_read_whole() {
        let source = plan(1000);
        assert!(source.len() > CHUNKS_FROM);
        assert!(cuts(&source, CHUNK).len() > 4);
        let whole = DeTable::parse(&source).unwrap();
        let chunks = read(&source);
        if crate::parallel::cores() < 2 {
            assert!(chunks.is_none());
            return;
        }
        let chunks = chunks.expect("a plan of measures is read in chunks");
        assert_eq!(chunks, plain(whole));
    }

    #[test]
    fn a_plan_whose_head_has_no_measure_is_the_plan_read_whole() {
        let source = format!("# {}\n{}", "x".repeat(CHUNK), plan(1000));
        let whole = DeTable::parse(&source).unwrap();
        if let Some(chunks) = read(&source) {
            assert_eq!(chunks, plain(whole));
        }
    }

    #[test]
    fn a_measure_refused_by_the_caller_sends_the_plan_to_be_read_whole() {
        let source = plan(1000);
        let refused = read_in_chunks(&source, |item| {
            let id = item.get_ref().as_table()?.get("id")?.get_ref().as_str()?;
            (id != "m900").then_some(())
        });
        assert!(refused.is_none());
    }

    #[test]
    fn cuts_are_at_measure_lines_about_a_chunk_apart() {
        let source = plan(1000);
        let cuts = cuts(&source, CHUNK);
        let mut before = 0;
        for cut in cuts {
            assert!(cut >= before + CHUNK);
            assert!(source[cut..].starts_with("[[measure]]\n"));
            assert_eq!(&source[cut - 1..cut], "\n");
            before = cut;
        }
    }

    #[test]
    fn a_small_plan_is_read_whole() {
        assert!(read(&plan(3)).is_none());
    }

    #[test]
    fn anything_but_measures_after_the_cut_is_read_whole() {
        let mut source = plan(1000);
        source.push_str("[[trigger]]\nid = \"t\"\n");
        assert!(read(&source).is_none());
        let mut source = plan(1000);
        source.push_str("[agreement.more]\nx = 1\n");
        assert!(read(&source).is_none());
    }

    #[test]
    fn measures_written_as_an_array_before_the_cut_are_read_whole() {
        let source = format!(
            "measure = [{{ id = \"a\" }}]\n# {}\n{}",
            "x".repeat(40_000),
            plan(1000)
        );
        // Read whole, the file is refused; read in chunks it must not
        // pass as a plan of 1,001 measures.
        assert!(DeTable::parse(&source).is_err());
        assert!(read(&source).is_none());
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
        assert!(read(&source).is_none());
    }
}
