//! `loften log MEASURE [--date D] [--count N] [--target T] [--value
//! KEY=NUM]... [--who W] [--place P] [--note TEXT] [--dry-run]`: records an
//! activity, then prints its id and the measure's progress in the current
//! period.
//!
//! Names are taken as people type them (`Klassrumsbesök`, `--target Åk7`,
//! `--value anmälningar=2`; see `names`) and the plan's ids stored; days
//! too (`--date igår`; see `day_words`). A row outside its measure's date
//! set is written with a note that it will not count.
//!
//! With no MEASURE on a terminal it asks (see `ask`); with no terminal it
//! refuses at once, naming the measures: a script must never hang.

use chrono::NaiveDate;

use crate::activity::validate::{bad_value, validate};
use crate::activity::{Activity, is_personnummer_value, parse_any_number, parse_number};
use crate::cli::LogArgs;
use crate::warnings::warn;
mod ask;
mod input;

use crate::cmd::progress::progress_line;
use crate::cmd::record::{
    canonical, confirm, count_or_one, date_or_today, new_row, record, refused,
};
use crate::day_words::parse_day;
use crate::error::{Error, Outcome};
use crate::i18n::Text;
use crate::names::{measure_candidates, metric_candidates, target_candidates};
use crate::plan::Plan;
use crate::settings::Settings;
use crate::store::plan_file::{load_agreements, plan_at};
use crate::store::shown;
use crate::text;
pub use input::LogInput;

/// Records one activity.
pub fn run(args: &LogArgs, settings: &Settings) -> Result<Outcome, Error> {
    let agreements = load_agreements(&settings.dir)?;
    let mut plan = plan_at(&agreements, settings.today);
    let mut input = LogInput::from(args);
    let asked = input.measure.is_none();
    if asked {
        if !settings.interactive {
            return Err(missing_measure(&plan));
        }
        ask::complete(&mut input, &plan, settings)?;
    }
    let mut row = build_row(&input, &plan, settings)?;
    // A row belongs to the agreement in force on its date.
    let own = plan_at(&agreements, row.date);
    if own.agreement.period() != plan.agreement.period() {
        plan = own;
        row = build_row(&input, &plan, settings)?;
    }
    if let Some(year) = args.baseline {
        check_baseline_year(&plan, &row, year)?;
    }
    if let Some(named) = &row.answers {
        check_answered(&plan, &row, named, &settings.dir)?;
    }
    let will_not_count = outside_date_set(&plan, &row);
    if asked {
        let problems = validate(&plan, &row, settings.today);
        if !problems.is_empty() {
            return Err(refused(problems, settings.lang));
        }
        ask::confirm(&row, &plan, will_not_count.as_ref(), settings.lang)?;
    }
    let outcome = match record(&plan, &row, args.row.dry_run, settings)? {
        Some(path) => {
            let (id, file) = (&row.id, shown(&path));
            let done = text!("cmd-log-done", id, file);
            let progress = progress_line(&plan, &settings.dir, &row.measure, row.date, settings);
            let lines: Vec<_> = [Some(done), progress].into_iter().flatten().collect();
            confirm(&lines, settings)
        }
        None => Outcome::Success,
    };
    if let Some(note) = will_not_count.filter(|_| !asked) {
        warn(&note, settings.lang);
    }
    Ok(outcome)
}

/// The row the flags describe, with the names people type (`Trafikkontroll`,
/// `Åk7`, `anmälningar`) turned into the plan's ids; refuses flags that do
/// not parse, all of them at once.
fn build_row(args: &LogInput, plan: &Plan, settings: &Settings) -> Result<Activity, Error> {
    let typed = args.measure.as_deref().unwrap_or_default();
    let year = args.baseline.map(|y| {
        // The whole baseline year, 1 January to 31 December.
        let day = |m, d| NaiveDate::from_ymd_opt(y, m, d);
        (day(1, 1), day(12, 31))
    });
    let date = match year {
        Some((Some(first), _)) => first,
        Some((None, _)) => {
            let baseline = format!("{:?}", args.baseline);
            let refusal = text!("cmd-log-baseline-not-a-year", baseline);
            return Err(Error::Refused(refusal));
        }
        None => date_or_today(args.date.as_deref(), settings)?,
    };
    let mut problems = Vec::new();
    let measure_id = canonical(
        typed,
        &measure_candidates(plan),
        text!("cmd-record-what-measure"),
    )
    .unwrap_or_else(|problem| {
        problems.push(problem);
        typed.trim().to_string()
    });
    // The version in force on the day, else any: its targets and metrics
    // resolve the names; validation then judges the day.
    let measure = plan
        .measure_on(&measure_id, date)
        .or_else(|| plan.versions(&measure_id).next());
    let mut row = new_row(&measure_id, date);
    match count_or_one(args.count.as_deref()) {
        Ok(count) => row.count = count,
        Err(problem) => problems.push(problem),
    }
    if let Some(until) = args.until.as_deref() {
        match parse_day(until, settings.today) {
            // A span of one day is that day.
            Ok(last) => row.until = (last != date).then_some(last),
            Err(problem) => problems.push(text!("cmd-log-until", problem)),
        }
    }
    if let Some((_, last)) = year {
        row.until = last;
    }
    row.answers = args
        .answers
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string);
    for value in &args.values {
        match parse_value_flag(value) {
            Ok((key, number)) => {
                let key = match measure {
                    Some(m) => {
                        canonical(&key, &metric_candidates(m), text!("cmd-record-what-metric"))
                            .unwrap_or_else(|problem| {
                                problems.push(problem);
                                key
                            })
                    }
                    None => key,
                };
                row.values.push((key, number));
            }
            Err(problem) => problems.push(problem),
        }
    }
    row.target = args
        .target
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| match measure {
            Some(m) => canonical(t, &target_candidates(m), text!("cmd-record-what-target"))
                .unwrap_or_else(|problem| {
                    problems.push(problem);
                    t.to_string()
                }),
            None => t.to_string(),
        });
    if !problems.is_empty() {
        return Err(refused(problems, settings.lang));
    }
    row.who = args.who.clone().unwrap_or_default();
    row.place = args.place.clone().unwrap_or_default();
    row.note = args.note.clone().unwrap_or_default();
    Ok(row)
}

/// When the row's day is not in the date set its measure counts in
/// (nattvandring on a Wednesday): a note that it will not count, and when
/// the next day of the set is.
fn outside_date_set(plan: &Plan, row: &Activity) -> Option<Text> {
    let measure = plan.measure_on(&row.measure, row.date)?;
    let set = plan.date_set(measure.frequency.date_set()?)?;
    if set.contains(row.date) {
        return None;
    }
    // A span counting days or weeks counts its days in the set.
    let counts_days = matches!(
        &measure.frequency.rule,
        crate::plan::Rule::Quota(q) if q.counting != crate::plan::Counting::Occasions
    );
    let last = row.until.unwrap_or(row.date);
    if counts_days
        && row
            .date
            .iter_days()
            .take_while(|d| *d <= last)
            .any(|d| set.contains(d))
    {
        return None;
    }
    let (id, date, name) = (&row.measure, row.date, &set.name);
    let next = match set.next_day_after(row.date) {
        Some((day, label)) => text!("cmd-log-next-day", label, day),
        None => text!("cmd-log-no-more-days", id = format!("{:?}", set.id)),
    };
    Some(text!("cmd-log-outside-date-set", id, name, date, next))
}

/// Refuses `--baseline YEAR` unless a metric of the measure has a
/// baseline of that year to be logged, before the agreement.
fn check_baseline_year(plan: &Plan, row: &Activity, year: i32) -> Result<(), Error> {
    if crate::activity::validate::baseline_measure(plan, row.as_row()).is_some() {
        return Ok(());
    }
    let id = &row.measure;
    let years: Vec<String> = plan
        .versions(id)
        .flat_map(|m| &m.metrics)
        .filter_map(|x| x.baseline)
        .filter(|b| b.value.is_none())
        .map(|b| b.year.to_string())
        .collect();
    Err(Error::Refused(if years.is_empty() {
        text!("cmd-log-baseline-none", year, id)
    } else {
        let years = years.join(", ");
        text!("cmd-log-baseline-other-year", year, id, years)
    }))
}

/// Refuses `--answers ID` unless ID is a row of the event kind the
/// measure answers, on or before the answer's day, and not voided.
fn check_answered(
    plan: &Plan,
    row: &Activity,
    named: &str,
    dir: &std::path::Path,
) -> Result<(), Error> {
    let Some(kind) =
        plan.measure_on(&row.measure, row.date)
            .and_then(|m| match &m.frequency.rule {
                crate::plan::Rule::OnTrigger(t) => Some(t.trigger.as_str()),
                _ => None,
            })
    else {
        // validate() says that the measure answers no events.
        return Ok(());
    };
    let mut found = None;
    let mut voided = false;
    for entry in crate::store::log::LogReader::open(dir)?.flatten() {
        let logged = entry.activity;
        if logged.voids.as_deref() == Some(named) {
            voided = true;
        }
        if logged.id == named && logged.voids.is_none() {
            found = Some(logged);
        }
    }
    let date = row.date;
    match found {
        Some(trigger) if trigger.measure == kind && trigger.date <= date && !voided => Ok(()),
        Some(trigger) if trigger.measure != kind => {
            let other = &trigger.measure;
            let refusal = text!("cmd-log-answers-not-an-event", named, other, kind);
            Err(Error::Refused(refusal))
        }
        Some(trigger) if voided => {
            let _ = trigger;
            Err(Error::Refused(text!("cmd-log-answers-event-voided", named)))
        }
        Some(trigger) => {
            let happened = trigger.date;
            let refusal = text!("cmd-log-answers-after", named, happened, date);
            Err(Error::Refused(refusal))
        }
        None => {
            let refusal = text!("cmd-log-answers-unknown-id", named, kind);
            Err(Error::Refused(refusal))
        }
    }
}

/// One `--value KEY=NUMBER`, decimal comma accepted.
pub fn parse_value_flag(flag: &str) -> Result<(String, f64), Text> {
    let Some((key, value)) = flag.split_once('=') else {
        return Err(text!("cmd-log-value-form", flag = format!("{flag:?}")));
    };
    let key = key.trim();
    match parse_number(value) {
        Some(_) if is_personnummer_value(value) => Err(value_of_a_kind(key, value)),
        Some(number) if !key.is_empty() => Ok((key.to_string(), number)),
        _ if key.is_empty() => Err(text!("cmd-log-value-no-name", flag = format!("{flag:?}"))),
        // Too large, a personnummer, or no number: the reader's words.
        _ if parse_any_number(value).is_some() || is_personnummer_value(value) => {
            Err(value_of_a_kind(key, value))
        }
        _ => {
            let value = format!("{value:?}");
            Err(text!("cmd-log-value-not-a-number", key, value))
        }
    }
}

/// The refusal of a value that is a number of a kind: a personnummer or
/// one too large (see [`bad_value`]).
fn value_of_a_kind(key: &str, value: &str) -> Text {
    let value = value.trim();
    bad_value(key, value)
        .unwrap_or_else(|| text!("cmd-log-value-unusable", key, value = format!("{value:?}")))
}

/// The refusal for a missing MEASURE without a terminal to ask on.
fn missing_measure(plan: &Plan) -> Error {
    let ids = plan.measure_ids().join(", ");
    Error::Refused(text!("cmd-log-name-the-measure", ids))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Arg;

    #[test]
    fn value_flags() {
        assert_eq!(parse_value_flag("beslag=12,5"), Ok(("beslag".into(), 12.5)));
        assert_eq!(
            parse_value_flag(" anmalningar = 2 "),
            Ok(("anmalningar".into(), 2.0))
        );
        let kind = |flag: &str| parse_value_flag(flag).unwrap_err().id();
        assert_eq!(kind("beslag"), Some("cmd-log-value-form"));
        assert_eq!(kind("=3"), Some("cmd-log-value-no-name"));
        let not_a_number = parse_value_flag("beslag=tolv").unwrap_err();
        assert_eq!(not_a_number.id(), Some("cmd-log-value-not-a-number"));
        assert_eq!(not_a_number.arg("key"), Some(&Arg::Str("beslag".into())));
        assert_eq!(
            not_a_number.arg("value"),
            Some(&Arg::Str("\"tolv\"".into()))
        );
        // The wording itself, once: the form the user must write.
        assert_eq!(
            parse_value_flag("beslag").unwrap_err().en(),
            "--value \"beslag\" must be written NAME=NUMBER, e.g. --value anmalningar=2"
        );
    }
}
