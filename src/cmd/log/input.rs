//! What `loften log` was told: the flags, then what the questions on a
//! terminal added (`ask`). Its own module, so that `log` and `ask` both
//! use it without depending on each other.

use crate::cli::LogArgs;

/// What `loften log` was told, from the flags and then the questions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogInput {
    /// The measure's id.
    pub measure: Option<String>,
    /// `--date` (or `--from`, the first day of a span), as typed.
    pub date: Option<String>,
    /// `--until`, as typed.
    pub until: Option<String>,
    /// `--answers`.
    pub answers: Option<String>,
    /// `--baseline YEAR`.
    pub baseline: Option<i32>,
    /// `--count`, as typed.
    pub count: Option<String>,
    /// `--target`.
    pub target: Option<String>,
    /// Each `--value KEY=NUM`, as typed.
    pub values: Vec<String>,
    /// `--who`.
    pub who: Option<String>,
    /// `--place`.
    pub place: Option<String>,
    /// `--note`.
    pub note: Option<String>,
}

impl From<&LogArgs> for LogInput {
    fn from(args: &LogArgs) -> LogInput {
        LogInput {
            measure: args.measure.clone(),
            date: args.row.date.clone().or_else(|| args.from.clone()),
            until: args.until.clone(),
            answers: args.answers.clone(),
            baseline: args.baseline,
            count: args.row.count.clone(),
            target: args.target.clone(),
            values: args.values.clone(),
            who: args.row.who.clone(),
            place: args.place.clone(),
            note: args.row.note.clone(),
        }
    }
}
