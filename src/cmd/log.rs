//! `loften log MEASURE [--date D] [--count N] [--target T] [--value
//! KEY=NUM]... [--who W] [--place P] [--note TEXT] [--dry-run]`: records an
//! activity, then prints its id and the measure's progress in the current
//! period.
//!
//! With no MEASURE on a terminal it asks (see `ask`); with no terminal it
//! refuses at once, naming the measures: a script must never hang.

use crate::activity::parse_number;
use crate::cli::LogArgs;
use crate::cmd::ask;
use crate::cmd::progress::progress_line;
use crate::cmd::record::{confirm, count_or_one, date_or_today, new_row, record, refused};
use crate::error::{Error, Outcome};
use crate::plan::Plan;
use crate::settings::Settings;
use crate::store::plan_file::load_plan;
use crate::store::shown;
use crate::text;
use crate::text::Text;

/// What `loften log` was told, from the flags and then the questions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogInput {
    /// The measure's id.
    pub measure: Option<String>,
    /// `--date`, as typed.
    pub date: Option<String>,
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
            date: args.date.clone(),
            count: args.count.clone(),
            target: args.target.clone(),
            values: args.values.clone(),
            who: args.who.clone(),
            place: args.place.clone(),
            note: args.note.clone(),
        }
    }
}

/// Records one activity.
pub fn run(args: &LogArgs, settings: &Settings) -> Result<Outcome, Error> {
    let plan = load_plan(&settings.dir)?;
    let mut input = LogInput::from(args);
    if input.measure.is_none() {
        if !settings.interactive {
            return Err(missing_measure(&plan));
        }
        ask::complete(&mut input, &plan, settings)?;
    }
    let row = build_row(&input, settings)?;
    let Some(path) = record(&plan, &row, args.dry_run, settings)? else {
        return Ok(Outcome::Success);
    };
    let (id, file) = (&row.id, shown(&path));
    let done = text!("Registrerade {id} i {file}", "Recorded {id} in {file}");
    let progress = progress_line(&plan, &settings.dir, &row.measure, row.date);
    let lines: Vec<_> = [Some(done), progress].into_iter().flatten().collect();
    Ok(confirm(&lines, settings))
}

/// The row the flags describe; refuses flags that do not parse, all of
/// them at once.
fn build_row(args: &LogInput, settings: &Settings) -> Result<crate::activity::Activity, Error> {
    let measure = args.measure.as_deref().unwrap_or_default().trim();
    let date = date_or_today(args.date.as_deref(), settings)?;
    let mut problems = Vec::new();
    let mut row = new_row(measure, date);
    match count_or_one(args.count.as_deref()) {
        Ok(count) => row.count = count,
        Err(problem) => problems.push(problem),
    }
    for value in &args.values {
        match parse_value_flag(value) {
            Ok(pair) => row.values.push(pair),
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    row.target = args
        .target
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from);
    row.who = args.who.clone().unwrap_or_default();
    row.place = args.place.clone().unwrap_or_default();
    row.note = args.note.clone().unwrap_or_default();
    Ok(row)
}

/// One `--value KEY=NUMBER`, decimal comma accepted.
pub fn parse_value_flag(flag: &str) -> Result<(String, f64), Text> {
    let Some((key, value)) = flag.split_once('=') else {
        return Err(text!(
            "--value {flag:?} ska skrivas NAMN=TAL, t.ex. --value anmalningar=2",
            "--value {flag:?} must be written NAME=NUMBER, e.g. --value anmalningar=2"
        ));
    };
    let key = key.trim();
    match parse_number(value) {
        Some(number) if !key.is_empty() => Ok((key.to_string(), number)),
        Some(_) => Err(text!(
            "--value {flag:?} saknar namnet före =; skriv t.ex. --value beslag=12,5",
            "--value {flag:?} has no name before =; write e.g. --value beslag=12,5"
        )),
        None => Err(text!(
            "--value {key}: {value:?} är inget tal; skriv t.ex. 12 eller 12,5",
            "--value {key}: {value:?} is not a number; write e.g. 12 or 12,5"
        )),
    }
}

/// The refusal for a missing MEASURE without a terminal to ask on.
fn missing_measure(plan: &Plan) -> Error {
    let ids = plan.measure_ids().join(", ");
    Error::Refused(text!(
        "ange åtgärden: loften log ÅTGÄRD, t.ex. loften log trafikkontroll --count 3 (utan terminal kan loften inte fråga). Åtgärderna: {ids}; `loften measures` visar dem",
        "name the measure: loften log MEASURE, e.g. loften log trafikkontroll --count 3 (without a terminal loften cannot ask). The measures: {ids}; `loften measures` shows them"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_flags() {
        assert_eq!(parse_value_flag("beslag=12,5"), Ok(("beslag".into(), 12.5)));
        assert_eq!(
            parse_value_flag(" anmalningar = 2 "),
            Ok(("anmalningar".into(), 2.0))
        );
        assert!(
            parse_value_flag("beslag")
                .unwrap_err()
                .en
                .contains("NAME=NUMBER")
        );
        assert!(parse_value_flag("=3").unwrap_err().en.contains("no name"));
        assert!(
            parse_value_flag("beslag=tolv")
                .unwrap_err()
                .en
                .contains("not a number")
        );
    }
}
