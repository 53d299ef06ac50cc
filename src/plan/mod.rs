//! The plan: the agreement and its implementation plan (*genomförandeplan*),
//! read from TOML and validated.
//!
//! - [`model`]: the validated values the rest of `loften` reads;
//! - [`days`]: recurring days of date sets and the Swedish holidays;
//! - [`frequency`]: the frequency model that `status` evaluates;
//! - [`parse`]: TOML text to a [`Plan`], reporting every problem with its
//!   position, not only the first;
//! - [`template`]: the plan text `loften init` writes for a new agreement.
//!
//! Everything here is pure: text in, values or problems out. Reading the
//! file from disk lives in `store`.

pub mod days;
pub mod frequency;
pub mod model;
pub mod parse;
pub mod template;

pub use frequency::{Counting, Frequency, OnTrigger, Quota, Rule};
pub use model::{
    Baseline, Comparison, DateSet, Direction, Measure, Metric, MetricGoal, Plan, Target,
};
pub use parse::parse_plan;

use std::ops::Range;

use crate::i18n::Text;

/// The id reserved for shift rows in the log (`loften shift`): no measure
/// may take it.
pub const SHIFT_ID: &str = "arbetspass";

/// The longest agreement a plan may state, in years. Real agreements run
/// one to four years; the bound keeps every per-period computation small
/// and refuses a typo such as `end = 9019-12-31` with a clear message.
pub const MAX_AGREEMENT_YEARS: u32 = 50;

/// The most `[[measure]]` tables a plan may hold. Real plans have a few
/// dozen; the bound keeps a generated or corrupted file from making every
/// command slow.
pub const MAX_MEASURES: usize = 1_000;

/// A problem in a source text, at a byte range of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceProblem {
    /// The bytes of the source the problem is about.
    pub span: Range<usize>,
    /// What is wrong and what to do.
    pub message: Text,
}

impl SourceProblem {
    /// A problem at `span`.
    pub fn new(span: Range<usize>, message: Text) -> SourceProblem {
        SourceProblem { span, message }
    }
}

/// A line and column in a text, both counted from 1; the column counts
/// characters, not bytes, so that `å` is one column as an editor shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineColumn {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
}

/// The line and column of byte `offset` in `source`.
pub fn line_column(source: &str, offset: usize) -> LineColumn {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineColumn {
        line,
        column: before[line_start..].chars().count() + 1,
    }
}

/// Whether `id` is ASCII kebab-case: lower-case letters and digits in
/// groups joined by single hyphens, at most 64 characters.
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a = 1\nåäö = 2\n";
        assert_eq!(line_column(src, 0), LineColumn { line: 1, column: 1 });
        let at_eq = src.find("= 2").unwrap();
        assert_eq!(line_column(src, at_eq), LineColumn { line: 2, column: 5 });
        assert_eq!(line_column(src, 10_000).line, 3);
    }

    #[test]
    fn kebab_ids() {
        for good in ["narkotika", "info-tillgrepp", "a1", "x-2-y"] {
            assert!(is_kebab_id(good), "{good}");
        }
        for bad in [
            "",
            "Narkotika",
            "a_b",
            "-a",
            "a-",
            "a--b",
            "åk6",
            "a b",
            "a\u{202e}b",
            &"a".repeat(65),
        ] {
            assert!(!is_kebab_id(bad), "{bad:?}");
        }
    }
}
