//! The questions `loften log` asks on a terminal when no measure is named,
//! in the order a person remembers a shift: the day first (`idag`, `igår`,
//! `fredag`, a date), then the measure (a list to filter by typing, which
//! also searches the plan's text), the count, the target (from the
//! measure's own list), each follow-up metric (empty to skip) and a note.
//! Flags already given are not asked again.
//!
//! Every answer is checked as it is given (a day outside the agreement, a
//! personnummer in the note, a broken number): only that question is asked
//! again, and the answers before it stay. Last, a summary with the day
//! (and a warning when the row will not count), and the question whether
//! to write it; Esc at any question writes nothing.
//!
//! The answers only fill in what the flags would have said: the row is then
//! checked exactly as on the command line.

use std::fmt;
use std::io::Write;

use chrono::{Datelike, NaiveDate};
use inquire::validator::Validation;
use inquire::{Confirm, InquireError, Select, Text as Ask};

use super::input::LogInput;
use crate::activity::validate::{COUNT_UNIT, date_problems, field_problem, parse_count};
use crate::activity::{Activity, format_values, parse_number};
use crate::cmd::record::date_or_today;
use crate::day_words::parse_day;
use crate::error::Error;
use crate::i18n::{Lang, Text};
use crate::names::{fold, search_matches};
use crate::plan::{Measure, Plan};
use crate::settings::Settings;
use crate::terminal::escaped_line;
use crate::text;

/// One choice in a list: an id, its words, and the text a search looks in.
struct Choice {
    id: Option<String>,
    label: String,
    search: String,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            // The plan's text, escaped for the terminal.
            Some(id) => write!(f, "{} — {}", escaped_line(id), escaped_line(&self.label)),
            None => f.write_str(&escaped_line(&self.label)),
        }
    }
}

/// Asks for what `input` lacks.
pub fn complete(input: &mut LogInput, plan: &Plan, settings: &Settings) -> Result<(), Error> {
    let lang = settings.lang;
    let date = match input.date.as_deref() {
        Some(d) => date_or_today(Some(d), settings)?,
        None => {
            let date = ask_date(plan, settings)?;
            input.date = Some(date.to_string());
            date
        }
    };
    let measure = ask_measure(plan, date, lang)?;
    input.measure = Some(measure.id.clone());
    if input.count.is_none() {
        input.count = Some(ask_count(lang)?);
    }
    if input.target.is_none() && !measure.targets.is_empty() {
        input.target = ask_target(measure, lang)?;
    } else if input.target.is_none() && measure.takes_any_target() {
        let question = lang.say("cmd-ask-target-free");
        input.target = Some(answer(Ask::new(&question).prompt())?.trim().to_string());
    }
    for metric in &measure.metrics {
        let given = input.values.iter().any(|v| {
            v.split_once('=')
                .is_some_and(|(k, _)| fold(k) == fold(&metric.id))
        });
        if !given {
            let unit = if metric.unit == COUNT_UNIT {
                lang.say("cmd-ask-unit-count")
            } else {
                metric.unit.clone()
            };
            let question =
                escaped_line(&format!("{} ({}, {unit}):", metric.label, metric.id)).into_owned();
            let whole = metric.unit == COUNT_UNIT;
            if let Some(value) = ask_number(&question, whole, lang)? {
                input.values.push(format!("{}={value}", metric.id));
            }
        }
    }
    if input.note.is_none() {
        input.note = ask_note(lang)?;
    }
    Ok(())
}

/// The day, default today, checked against the agreement and the clock.
fn ask_date(plan: &Plan, settings: &Settings) -> Result<NaiveDate, Error> {
    let (lang, today) = (settings.lang, settings.today);
    let agreement = plan.agreement.period();
    let check = move |s: &str| {
        let problem = match parse_day(s, today) {
            Err(problem) => Some(problem),
            Ok(date) => date_problems(agreement, date, today).into_iter().next(),
        };
        Ok(match problem {
            None => Validation::Valid,
            Some(p) => Validation::Invalid(p.get(lang).to_string().into()),
        })
    };
    let help = lang.say("cmd-ask-date-help");
    let default = lang.input().pick("idag", "today");
    // The answer is shown as the day it means: `igår` → `2021-03-16 (tisdag)`.
    let shown = move |typed: &str| match parse_day(typed, today) {
        Ok(date) => format!("{date} ({})", weekday_name(date, lang)),
        Err(_) => typed.to_string(),
    };
    let typed = answer(
        Ask::new(&lang.say("cmd-ask-date"))
            .with_default(default)
            .with_help_message(&help)
            .with_validator(check)
            .with_formatter(&shown)
            .prompt(),
    )?;
    parse_day(&typed, today).map_err(Error::Refused)
}

/// The measure, from those in force on `date` (all of them if none is).
/// Typing filters by id, title and the plan's text (`hastighet` finds
/// trafikkontroll).
fn ask_measure(plan: &Plan, date: NaiveDate, lang: Lang) -> Result<&Measure, Error> {
    let mut measures: Vec<&Measure> = plan
        .measure_ids()
        .into_iter()
        .filter_map(|id| plan.measure_on(id, date))
        .collect();
    if measures.is_empty() {
        measures = plan.measures.iter().collect();
    }
    let choices: Vec<Choice> = measures
        .iter()
        .map(|m| Choice {
            id: Some(m.id.clone()),
            label: m.title.clone(),
            search: measure_text(m),
        })
        .collect();
    let question = lang.say("cmd-ask-measure");
    let chosen = answer(
        Select::new(&question, choices)
            .with_help_message(&select_help(lang))
            .with_scorer(&|typed, choice, _, _| {
                let id = choice.id.as_deref().unwrap_or_default();
                if fold(id).starts_with(&fold(typed)) {
                    Some(2)
                } else if search_matches(typed, &choice.search) {
                    Some(1)
                } else {
                    None
                }
            })
            .raw_prompt(),
    )?;
    Ok(measures[chosen.index])
}

/// Everything a search for a measure looks in: its id, title and the
/// plan's own words about it.
fn measure_text(m: &Measure) -> String {
    let t = &m.text;
    [
        m.id.as_str(),
        &m.title,
        &t.rubrik,
        &t.vad,
        &t.nar,
        &t.uppfoljning,
    ]
    .join(" ")
}

fn ask_count(lang: Lang) -> Result<String, Error> {
    let invalid = lang.say("cmd-ask-count-invalid");
    let label = lang.say("cmd-ask-count");
    let question = Ask::new(&label)
        .with_default("1")
        .with_validator(move |s: &str| {
            Ok(match parse_count(s) {
                Ok(_) => Validation::Valid,
                Err(_) => Validation::Invalid(invalid.clone().into()),
            })
        });
    answer(question.prompt())
}

/// The target; `None` only when the measure does not need one and the
/// person chose none.
fn ask_target(measure: &Measure, lang: Lang) -> Result<Option<String>, Error> {
    let mut choices: Vec<Choice> = measure
        .targets
        .iter()
        .map(|t| Choice {
            id: Some(t.id.clone()),
            label: t.label.clone(),
            search: format!("{} {}", t.id, t.label),
        })
        .collect();
    if !measure.frequency.needs_targets() {
        choices.insert(
            0,
            Choice {
                id: None,
                label: lang.say("cmd-ask-no-target"),
                search: String::new(),
            },
        );
    }
    let chosen = answer(
        Select::new(&lang.say("cmd-ask-target"), choices)
            .with_help_message(&select_help(lang))
            .with_scorer(&|typed, choice, _, _| search_matches(typed, &choice.search).then_some(0))
            .prompt(),
    )?;
    Ok(chosen.id)
}

/// A number (a whole one when `whole`), or `None` for an empty answer.
fn ask_number(question: &str, whole: bool, lang: Lang) -> Result<Option<String>, Error> {
    let invalid = if whole {
        lang.say("cmd-ask-whole-number-invalid")
    } else {
        lang.say("cmd-ask-number-invalid")
    };
    let help = lang.say("cmd-ask-number-help");
    let prompt = Ask::new(question)
        .with_help_message(&help)
        .with_validator(move |s: &str| {
            let fits = match parse_number(s) {
                _ if s.trim().is_empty() => true,
                Some(n) => n >= 0.0 && (!whole || n.fract() == 0.0),
                None => false,
            };
            Ok(if fits {
                Validation::Valid
            } else {
                Validation::Invalid(invalid.clone().into())
            })
        });
    let value = answer(prompt.prompt())?;
    Ok(Some(value.trim().to_string()).filter(|v| !v.is_empty()))
}

/// The note, refused (and asked again) when it holds a personnummer.
fn ask_note(lang: Lang) -> Result<Option<String>, Error> {
    let field = lang.say("cmd-ask-note-field");
    let note = answer(
        Ask::new(&lang.say("cmd-ask-note"))
            .with_help_message(&lang.say("cmd-ask-note-help"))
            .with_validator(move |s: &str| {
                Ok(match field_problem(&field, s) {
                    None => Validation::Valid,
                    Some(p) => Validation::Invalid(p.get(lang).to_string().into()),
                })
            })
            .prompt(),
    )?;
    Ok(Some(note).filter(|n| !n.trim().is_empty()))
}

/// Shows the row about to be written, with its day and `warning` (a row
/// that will not count), and asks whether to write it. `Ok(())` means yes.
pub fn confirm(
    row: &Activity,
    plan: &Plan,
    warning: Option<&Text>,
    lang: Lang,
) -> Result<(), Error> {
    let mut err = std::io::stderr().lock();
    for (label, value) in summary(row, plan, lang) {
        writeln!(err, "  {label:<12} {value}")?;
    }
    if let Some(warning) = warning {
        writeln!(err, "  {}", warning.get(lang))?;
    }
    drop(err);
    let yes = answer(
        Confirm::new(&lang.say("cmd-ask-save"))
            .with_default(true)
            .with_parser(&|a| match fold(a).as_str() {
                "j" | "ja" | "y" | "yes" => Ok(true),
                "n" | "nej" | "no" => Ok(false),
                _ => Err(()),
            })
            .with_default_value_formatter(&|d| {
                let sv = if d { "J/n" } else { "j/N" };
                let en = if d { "Y/n" } else { "y/N" };
                lang.input().pick(sv, en).to_string()
            })
            .with_formatter(&|a| {
                let sv = if a { "ja" } else { "nej" };
                let en = if a { "yes" } else { "no" };
                lang.input().pick(sv, en).to_string()
            })
            .with_error_message(&lang.say("cmd-ask-yes-or-no"))
            .prompt(),
    )?;
    if yes { Ok(()) } else { Err(cancelled()) }
}

/// The summary's lines: a label and a value each.
fn summary(row: &Activity, plan: &Plan, lang: Lang) -> Vec<(String, String)> {
    let title = plan
        .measure_on(&row.measure, row.date)
        .map_or(String::new(), |m| format!(" — {}", m.title));
    let mut lines = vec![
        (
            lang.say("cmd-ask-date"),
            format!("{} ({})", row.date, weekday_name(row.date, lang)),
        ),
        (
            lang.say("cmd-ask-summary-measure"),
            format!("{}{title}", row.measure),
        ),
        (lang.say("cmd-ask-count"), row.count.to_string()),
    ];
    if let Some(target) = &row.target {
        lines.push((lang.say("cmd-ask-target"), target.clone()));
    }
    if !row.values.is_empty() {
        lines.push((
            lang.say("cmd-ask-summary-values"),
            format_values(&row.values),
        ));
    }
    if !row.note.is_empty() {
        lines.push((lang.say("cmd-ask-summary-note"), row.note.clone()));
    }
    lines
}

/// The weekday of `date` in words.
fn weekday_name(date: NaiveDate, lang: Lang) -> String {
    let day = date.weekday().number_from_monday();
    text!("cmd-ask-weekday", day).get(lang)
}

/// The refusal when the person cancels.
fn cancelled() -> Error {
    Error::Refused(text!("cmd-ask-cancelled"))
}

/// An answer, or the refusal for a cancelled or failed question.
fn answer<T>(result: Result<T, InquireError>) -> Result<T, Error> {
    result.map_err(|e| match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => cancelled(),
        other => Error::Refused(text!("cmd-ask-cannot-ask", other = other.to_string())),
    })
}

/// How to use a list, in the output language (inquire's own is English).
fn select_help(lang: Lang) -> String {
    lang.say("cmd-ask-select-help")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weekday_is_named_in_the_language() {
        let tuesday = NaiveDate::from_ymd_opt(2021, 3, 16).expect("a date");
        assert_eq!(weekday_name(tuesday, Lang::SV), "tisdag");
        assert_eq!(weekday_name(tuesday, Lang::EN), "Tuesday");
        let sunday = NaiveDate::from_ymd_opt(2021, 3, 21).expect("a date");
        assert_eq!(weekday_name(sunday, Lang::SV), "söndag");
    }
}
