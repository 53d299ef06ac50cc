//! The validated settings every command reads: the data folder, the
//! language, today's date and whether the output is for a person.
//!
//! The clock and the environment are read here, once, so that everything
//! below takes "today" as a plain value.

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::cli::{Cli, LangArg};
use crate::error::Error;
use crate::text;
use crate::text::Lang;

/// What the environment says, gathered in one place so tests can build it.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order.
    pub locale: [Option<String>; 3],
    /// `LOFTEN_TODAY`: a date that stands in for today (for tests and for
    /// trying the tool on old data).
    pub today: Option<String>,
    /// `NO_COLOR`, set and non-empty.
    pub no_color: bool,
    /// Whether standard output is a terminal.
    pub stdout_is_terminal: bool,
    /// Whether standard input is a terminal.
    pub stdin_is_terminal: bool,
}

impl Environment {
    /// Reads the process environment.
    pub fn from_process() -> Environment {
        let var = |name: &str| std::env::var(name).ok();
        Environment {
            locale: [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")],
            today: var("LOFTEN_TODAY"),
            no_color: var("NO_COLOR").is_some_and(|v| !v.is_empty()),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stdin_is_terminal: std::io::stdin().is_terminal(),
        }
    }
}

/// Settings shared by all commands.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The data folder holding `plan/` and `logs/`.
    pub dir: PathBuf,
    /// The output language.
    pub lang: Lang,
    /// Today's date.
    pub today: NaiveDate,
    /// Whether to colour the output.
    pub colour: bool,
    /// Whether the user can be asked questions on the terminal.
    pub interactive: bool,
}

/// The output language from `--lang` or the locale.
pub fn language(cli_lang: Option<LangArg>, env: &Environment) -> Lang {
    match cli_lang {
        Some(LangArg::Sv) => Lang::Sv,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env_values(env.locale.iter().map(|v| v.as_deref())),
    }
}

/// Parses a date written YYYY-MM-DD, with a message naming `what` it is.
pub fn parse_date(value: &str, what: &str) -> Result<NaiveDate, Error> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        Error::Refused(text!(
            "{what}: {value:?} är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2021-03-02",
            "{what}: {value:?} is not a date; write YYYY-MM-DD, e.g. 2021-03-02"
        ))
    })
}

impl Settings {
    /// Validates the command line against the environment.
    pub fn from_cli(cli: &Cli, env: &Environment) -> Result<Settings, Error> {
        let today = match &env.today {
            Some(value) => parse_date(value, "LOFTEN_TODAY")?,
            None => chrono::Local::now().date_naive(),
        };
        Ok(Settings {
            dir: cli.dir.clone().unwrap_or_else(|| PathBuf::from(".")),
            lang: language(cli.lang, env),
            today,
            colour: env.stdout_is_terminal && !env.no_color,
            interactive: env.stdin_is_terminal && env.stdout_is_terminal,
        })
    }
}
