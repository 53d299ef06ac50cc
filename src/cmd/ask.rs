//! The questions `loften log` asks on a terminal when no measure is named:
//! the measure (a list to filter by typing), the count, the target (from
//! the measure's own list), each follow-up metric (empty to skip) and a
//! note. Flags already given are not asked again.
//!
//! The answers only fill in what the flags would have said: the row is then
//! checked exactly as on the command line.

use std::fmt;

use inquire::validator::Validation;
use inquire::{InquireError, Select, Text as Ask};

use crate::activity::parse_number;
use crate::cmd::log::LogInput;
use crate::error::Error;
use crate::plan::{Measure, Plan};
use crate::settings::{Settings, parse_date};
use crate::text;
use crate::text::Lang;
use crate::validate::parse_count;

/// One choice in a list: an id and its words.
struct Choice {
    id: Option<String>,
    label: String,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            Some(id) => write!(f, "{id} — {}", self.label),
            None => f.write_str(&self.label),
        }
    }
}

/// Asks for what `input` lacks.
pub fn complete(input: &mut LogInput, plan: &Plan, settings: &Settings) -> Result<(), Error> {
    let lang = settings.lang;
    let date = match input.date.as_deref() {
        Some(d) => parse_date(d, "--date")?,
        None => settings.today,
    };
    let measure = ask_measure(plan, date, lang)?;
    input.measure = Some(measure.id.clone());
    if input.count.is_none() {
        input.count = Some(ask_count(lang)?);
    }
    if input.target.is_none() && !measure.targets.is_empty() {
        input.target = ask_target(measure, lang)?;
    } else if input.target.is_none() && measure.takes_any_target() {
        let question = lang.pick(
            "Mål (namn utan mellanslag):",
            "Target (name without spaces):",
        );
        input.target = Some(answer(Ask::new(question).prompt())?.trim().to_string());
    }
    for metric in &measure.metrics {
        let given = input.values.iter().any(|v| {
            v.split_once('=')
                .is_some_and(|(k, _)| k.trim() == metric.id)
        });
        if !given {
            let question = format!("{} ({}, {})", metric.label, metric.id, metric.unit);
            if let Some(value) = ask_number(&question, lang)? {
                input.values.push(format!("{}={value}", metric.id));
            }
        }
    }
    if input.note.is_none() {
        let note =
            answer(Ask::new(lang.pick("Anteckning (valfri):", "Note (optional):")).prompt())?;
        input.note = Some(note).filter(|n| !n.trim().is_empty());
    }
    Ok(())
}

/// The measure, from those in force on `date` (all of them if none is).
fn ask_measure(plan: &Plan, date: chrono::NaiveDate, lang: Lang) -> Result<&Measure, Error> {
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
        })
        .collect();
    let question = lang.pick(
        "Åtgärd (skriv för att filtrera):",
        "Measure (type to filter):",
    );
    let chosen = answer(
        Select::new(question, choices)
            .with_help_message(select_help(lang))
            .raw_prompt(),
    )?;
    Ok(measures[chosen.index])
}

fn ask_count(lang: Lang) -> Result<String, Error> {
    let invalid = lang
        .pick(
            "skriv ett heltal, minst 1",
            "write a whole number, at least 1",
        )
        .to_string();
    let question = Ask::new(lang.pick("Antal:", "Count:"))
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
        })
        .collect();
    if !measure.frequency.needs_targets() {
        choices.insert(
            0,
            Choice {
                id: None,
                label: lang.pick("(inget mål)", "(no target)").to_string(),
            },
        );
    }
    let chosen = answer(
        Select::new(lang.pick("Mål:", "Target:"), choices)
            .with_help_message(select_help(lang))
            .prompt(),
    )?;
    Ok(chosen.id)
}

/// A number, or `None` for an empty answer.
fn ask_number(question: &str, lang: Lang) -> Result<Option<String>, Error> {
    let invalid = lang
        .pick(
            "skriv ett tal (12 eller 12,5), eller lämna tomt",
            "write a number (12 or 12,5), or leave it empty",
        )
        .to_string();
    let help = lang.pick("tomt = hoppa över", "empty = skip");
    let prompt = Ask::new(question)
        .with_help_message(help)
        .with_validator(move |s: &str| {
            Ok(if s.trim().is_empty() || parse_number(s).is_some() {
                Validation::Valid
            } else {
                Validation::Invalid(invalid.clone().into())
            })
        });
    let value = answer(prompt.prompt())?;
    Ok(Some(value.trim().to_string()).filter(|v| !v.is_empty()))
}

/// An answer, or the refusal for a cancelled or failed question.
fn answer<T>(result: Result<T, InquireError>) -> Result<T, Error> {
    result.map_err(|e| match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => Error::Refused(
            text!("avbrutet; inget skrevs", "cancelled; nothing was written"),
        ),
        other => Error::Refused(text!(
            "kunde inte fråga på terminalen ({other}); ange åtgärden: loften log ÅTGÄRD",
            "could not ask on the terminal ({other}); name the measure: loften log MEASURE"
        )),
    })
}

/// How to use a list, in the output language (inquire's own is English).
fn select_help(lang: Lang) -> &'static str {
    lang.pick(
        "↑↓ för att flytta, Enter för att välja, skriv för att filtrera",
        "↑↓ to move, enter to select, type to filter",
    )
}
