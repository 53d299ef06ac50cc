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

mod chunks;
pub mod days;
pub mod frequency;
pub mod glance;
pub mod model;
pub mod parse;
pub mod template;

pub use frequency::{Counting, Frequency, OnTrigger, Quota, Rule};
pub use model::{
    Baseline, Comparison, DateSet, Direction, Measure, Metric, MetricGoal, Plan, Target,
};
pub use parse::parse_plan;

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
