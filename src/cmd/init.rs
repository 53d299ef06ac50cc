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
        return crate::cmd::init_next::run(args, dir, settings);
    }
    if is_data_folder(dir) {
        let d = shown(dir);
        return Err(Error::Refused(text!(
            "{d} har redan en plan i plan/; inget ändrades. Välj en annan mapp, eller ta bort den gamla planen först om du verkligen vill börja om",
            "{d} already holds a plan in plan/; nothing was changed. Choose another folder, or remove the old plan first if you really mean to start over"
        )));
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
            return Err(not_a_plan(problems.into_iter().map(|p| p.message)));
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
    let (d, p) = (shown(dir), shown(&plan_file));
    let what = match made {
        Made::Template => text!(
            "Norsjös åtgärder som mall; ändra dem till er genomförandeplan",
            "Norsjö's measures as a template; edit them into your own plan"
        ),
        Made::Skeleton => text!(
            "ett skelett med en exempelåtgärd; kommentarerna visar varje form av frekvens",
            "a skeleton with one example measure; its comments show every frequency form"
        ),
        Made::Example => text!(
            "Norsjös plan 2019–2023 som den är, för exempeldata; det avtalet har löpt ut",
            "Norsjö's plan 2019–2023 as it is, for example data; that agreement has ended"
        ),
    };
    let done = text!(
        "Skapade datamappen {d}: planen {p} ({}) och en tom logs/.\nNästa steg: loften --dir {d} check, sedan loften --dir {d} log",
        "Created the data folder {d}: the plan {p} ({}) and an empty logs/.\nNext: loften --dir {d} check, then loften --dir {d} log",
        what.get(settings.lang)
    );
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
            return Err(Error::Refused(text!(
                "ange kommunen: loften init {d} --municipality \"Malå kommun\" (utan terminal kan loften inte fråga); --start och --end anger avtalets dagar (standard: i år), --example skriver Norsjös plan 2019–2023 som den är",
                "name the municipality: loften init {d} --municipality \"Malå kommun\" (without a terminal loften cannot ask); --start and --end give the agreement's days (default: this year), --example writes Norsjö's plan 2019–2023 as it is"
            )));
        }
    };
    if municipality.is_empty() || municipality.chars().any(char::is_control) {
        return Err(Error::Refused(text!(
            "--municipality {municipality:?}: skriv kommunens namn, t.ex. \"Malå kommun\"",
            "--municipality {municipality:?}: write the municipality's name, e.g. \"Malå kommun\""
        )));
    }
    let year = settings.today.year();
    let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January");
    let start = match (
        &args.start,
        settings.interactive && args.municipality.is_none(),
    ) {
        (Some(s), _) => parse_date(s, "--start")?,
        (None, true) => ask_date(
            lang.pick("Avtalets första dag:", "The agreement's first day:"),
            first,
            None,
            lang,
        )?,
        (None, false) => first,
    };
    let last = NaiveDate::from_ymd_opt(start.year(), 12, 31).expect("31 December");
    let end = match (
        &args.end,
        settings.interactive && args.municipality.is_none(),
    ) {
        (Some(e), _) => parse_date(e, "--end")?,
        (None, true) => ask_date(
            lang.pick("Avtalets sista dag:", "The agreement's last day:"),
            last,
            Some(start),
            lang,
        )?,
        (None, false) => last,
    };
    if end < start {
        return Err(Error::Refused(text!(
            "avtalet slutar ({end}) före det börjar ({start}); ange --end efter --start",
            "the agreement ends ({end}) before it begins ({start}); give an --end after --start"
        )));
    }
    Ok(NewAgreement {
        municipality,
        start,
        end,
    })
}

fn ask_municipality(lang: Lang) -> Result<String, Error> {
    let invalid = lang
        .pick("skriv kommunens namn", "write the municipality's name")
        .to_string();
    answer(
        Ask::new(lang.pick("Kommun:", "Municipality:"))
            .with_help_message(lang.pick(
                "t.ex. Malå kommun; Esc avbryter",
                "e.g. Malå kommun; Esc cancels",
            ))
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
            .with_help_message(lang.pick("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"))
            .with_validator(move |s: &str| {
                Ok(match parse_date(s, "") {
                    Ok(d) if not_before.is_some_and(|first| d < first) => Validation::Invalid(
                        lang.pick(
                            "sista dagen kan inte ligga före den första",
                            "the last day cannot lie before the first",
                        )
                        .into(),
                    ),
                    Ok(_) => Validation::Valid,
                    Err(_) => Validation::Invalid(
                        lang.pick(
                            "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-01",
                            "write YYYY-MM-DD, e.g. 2026-01-01",
                        )
                        .into(),
                    ),
                })
            })
            .prompt(),
    )?;
    parse_date(&typed, "")
}

/// An answer, or the refusal for a cancelled question.
fn answer<T>(result: Result<T, InquireError>) -> Result<T, Error> {
    result.map_err(|e| match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => Error::Refused(
            text!("avbrutet; inget skapades", "cancelled; nothing was created"),
        ),
        other => Error::Refused(text!(
            "kunde inte fråga på terminalen ({other}); ange --municipality, --start och --end",
            "could not ask on the terminal ({other}); give --municipality, --start and --end"
        )),
    })
}

/// The refusal when the plan made would not be a plan (an agreement too
/// long, say): nothing is written.
fn not_a_plan(problems: impl Iterator<Item = Text>) -> Error {
    let problems: Vec<Text> = problems.collect();
    let join = |lang: Lang| {
        problems
            .iter()
            .map(|p| p.get(lang).to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let (sv, en) = (join(Lang::Sv), join(Lang::En));
    Error::Refused(text!(
        "planen för det avtalet skulle inte gå igenom loften check ({sv}); inget skapades",
        "the plan for that agreement would not pass loften check ({en}); nothing was created"
    ))
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
