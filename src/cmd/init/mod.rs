//! `loften init [DIR]`: a new data folder with the plan of a new agreement
//! (municipality, start and end from the flags, or asked on a terminal;
//! this calendar year by default), an empty `logs/` and a `.gitattributes`
//! that lets git merge two people's appended rows (`merge=union`).
//!
//! The plan takes Norsjö's measures as a template (`plan::template`),
//! or is a skeleton (`--empty`); `--example` writes Norsjö's plan
//! 2019–2023 as it is, for the example data. It refuses, changing nothing,
//! when the folder already holds a plan.

use std::fs;
use std::io::Write;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use inquire::validator::Validation;
use inquire::{InquireError, Text as Ask};

mod next;

use crate::cli::InitArgs;
use crate::error::{Error, Outcome};
use crate::i18n::{Lang, Text};
use crate::plan::parse_plan;
use crate::plan::template::{
    NORSJO_PLAN, NORSJO_PLAN_FILE, NewAgreement, from_norsjo, plan_file_name, skeleton,
};
use crate::settings::{Settings, parse_date};
use crate::store::discover::is_data_folder;
use crate::store::{log_dir, plan_dir, shown};
use crate::text;

/// The line `.gitattributes` needs for logs to merge by union.
pub const UNION_MERGE: &str = "logs/*.csv merge=union";

/// What kind of plan was written, for the closing words.
enum Made {
    Template,
    Skeleton,
    Example,
}

/// Creates the data folder.
pub fn run(args: &InitArgs, settings: &Settings) -> Result<Outcome, Error> {
    let dir = args.folder.as_deref().unwrap_or(&settings.dir);
    if args.next {
        return next::run(args, dir, settings);
    }
    if is_data_folder(dir) {
        let d = shown(dir);
        return Err(Error::Refused(text!("cmd-init-plan-exists", folder = d)));
    }
    let (file_name, contents, made) = if args.example {
        (
            NORSJO_PLAN_FILE.to_string(),
            NORSJO_PLAN.to_string(),
            Made::Example,
        )
    } else {
        let agreement = new_agreement(args, dir, settings)?;
        let (text, made) = if args.empty {
            (skeleton(&agreement), Made::Skeleton)
        } else {
            (from_norsjo(&agreement), Made::Template)
        };
        if let Err(problems) = parse_plan(&text) {
            let problems = problems.into_iter().map(|p| p.message);
            return Err(not_a_plan(problems, settings.lang));
        }
        (plan_file_name(&agreement), text, made)
    };
    let plans = plan_dir(dir);
    fs::create_dir_all(&plans).map_err(|e| Error::writing(&plans, e))?;
    let logs = log_dir(dir);
    fs::create_dir_all(&logs).map_err(|e| Error::writing(&logs, e))?;
    let plan_file = plans.join(file_name);
    fs::write(&plan_file, contents).map_err(|e| Error::writing(&plan_file, e))?;
    ensure_union_merge(&dir.join(".gitattributes"))?;
    let (folder, plan) = (shown(dir), shown(&plan_file));
    let what = match made {
        Made::Template => text!("cmd-init-made-template"),
        Made::Skeleton => text!("cmd-init-made-skeleton"),
        Made::Example => text!("cmd-init-made-example"),
    };
    let done = text!("cmd-init-created", folder, plan, what);
    writeln!(std::io::stdout().lock(), "{}", done.get(settings.lang))?;
    Ok(Outcome::Success)
}

/// The new agreement from the flags, asking on a terminal for what they
/// leave out; without a terminal the municipality must be given, and the
/// dates default to this calendar year.
fn new_agreement(args: &InitArgs, dir: &Path, settings: &Settings) -> Result<NewAgreement, Error> {
    let lang = settings.lang;
    let municipality = match (&args.municipality, settings.interactive) {
        (Some(m), _) => m.trim().to_string(),
        (None, true) => ask_municipality(lang)?,
        (None, false) => {
            let d = shown(dir);
            let refusal = text!("cmd-init-name-the-municipality", folder = d);
            return Err(Error::Refused(refusal));
        }
    };
    if municipality.is_empty() || municipality.chars().any(char::is_control) {
        let quoted = format!("{municipality:?}");
        let refusal = text!("cmd-init-municipality-empty", municipality = quoted);
        return Err(Error::Refused(refusal));
    }
    let year = settings.today.year();
    let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January");
    let start = match (
        &args.start,
        settings.interactive && args.municipality.is_none(),
    ) {
        (Some(s), _) => parse_date(s, "--start")?,
        (None, true) => ask_date(&lang.say("cmd-init-ask-start"), first, None, lang)?,
        (None, false) => first,
    };
    let last = NaiveDate::from_ymd_opt(start.year(), 12, 31).expect("31 December");
    let end = match (
        &args.end,
        settings.interactive && args.municipality.is_none(),
    ) {
        (Some(e), _) => parse_date(e, "--end")?,
        (None, true) => ask_date(&lang.say("cmd-init-ask-end"), last, Some(start), lang)?,
        (None, false) => last,
    };
    if end < start {
        let refusal = text!("cmd-init-ends-before-start", end, start);
        return Err(Error::Refused(refusal));
    }
    Ok(NewAgreement {
        municipality,
        start,
        end,
    })
}

fn ask_municipality(lang: Lang) -> Result<String, Error> {
    let invalid = lang.say("cmd-init-municipality-invalid");
    answer(
        Ask::new(&lang.say("cmd-init-ask-municipality"))
            .with_help_message(&lang.say("cmd-init-municipality-help"))
            .with_validator(move |s: &str| {
                Ok(if s.trim().is_empty() || s.chars().any(char::is_control) {
                    Validation::Invalid(invalid.clone().into())
                } else {
                    Validation::Valid
                })
            })
            .prompt(),
    )
    .map(|m| m.trim().to_string())
}

/// A date, default `default`, not before `not_before`.
fn ask_date(
    question: &str,
    default: NaiveDate,
    not_before: Option<NaiveDate>,
    lang: Lang,
) -> Result<NaiveDate, Error> {
    let default_text = default.to_string();
    let typed = answer(
        Ask::new(question)
            .with_default(&default_text)
            .with_help_message(&lang.say("cmd-init-date-help"))
            .with_validator(move |s: &str| {
                Ok(match parse_date(s, "") {
                    Ok(d) if not_before.is_some_and(|first| d < first) => {
                        Validation::Invalid(lang.say("cmd-init-end-before-start").into())
                    }
                    Ok(_) => Validation::Valid,
                    Err(_) => Validation::Invalid(lang.say("cmd-init-date-invalid").into()),
                })
            })
            .prompt(),
    )?;
    parse_date(&typed, "")
}

/// An answer, or the refusal for a cancelled question.
fn answer<T>(result: Result<T, InquireError>) -> Result<T, Error> {
    result.map_err(|e| match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            Error::Refused(text!("cmd-init-cancelled"))
        }
        other => Error::Refused(text!("cmd-init-cannot-ask", other = other.to_string())),
    })
}

/// The refusal when the plan made would not be a plan (an agreement too
/// long, say): nothing is written.
fn not_a_plan(problems: impl Iterator<Item = Text>, lang: Lang) -> Error {
    let problems = problems.map(|p| p.get(lang)).collect::<Vec<_>>().join("; ");
    Error::Refused(text!("cmd-init-not-a-plan", problems))
}

/// Adds the union-merge line to `.gitattributes` unless it is there.
fn ensure_union_merge(path: &Path) -> Result<(), Error> {
    let existing = match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::reading(path, e)),
    };
    if existing.lines().any(|l| l.trim() == UNION_MERGE) {
        return Ok(());
    }
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| Error::writing(path, e))?;
    let separator = if existing.is_empty() || existing.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    write!(
        file,
        "{separator}# Two people's appended log rows merge by keeping both.\n{UNION_MERGE}\n"
    )
    .map_err(|e| Error::writing(path, e))
}
