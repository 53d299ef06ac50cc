//! `loften` keeps the follow-up of a Swedish *medborgarlöfte*: the agreement
//! between Polisen and a municipality on crime prevention, with an
//! implementation plan of measures, each with a frequency and follow-up
//! metrics.
//!
//! The plan is a TOML file in `plan/`; activities are CSV rows in `logs/`.
//!
//! The public face is small: [`main`] (the whole program, as the binary
//! runs it) and the few types and functions the benches, the fuzz targets
//! and the example generator need, re-exported below. Everything else is
//! the crate's own.
//!
//! Module map (private modules, in `src/`):
//!
//! - `cli`: the command line as clap sees it, and nothing else;
//! - `flags`: the flags' values (days, years, grid spans), each kind
//!   parsed by one function;
//! - `settings`: the validated settings the commands read;
//! - `cmd`: one module per subcommand, glue only (load, evaluate, render);
//! - `plan`, `period`, `compliance`: the pure domain (the plan model,
//!   frequencies, calendar periods, the evaluation);
//! - `activity`: the log's rows, pure: the row model, its validation, the
//!   log's audit, personnummer detection;
//! - `names`, `day_words`: names and days as people type them
//!   (`Klassrumsbesök`, `igår`, `i fredags`), resolved to ids and dates;
//! - `store`: files: loading the plan, reading and appending the log,
//!   writing exports and reports atomically;
//! - `report`: what the yearly follow-up says (the content model the
//!   report formats and the workbook's summary render);
//! - `render`: tables, JSON, CSV, xlsx, HTML and Markdown of the same
//!   results;
//! - `error`: one error type and the exit codes;
//! - `parallel`: independent work over many items on every core, the
//!   results in order (evaluating and wording a thousand measures);
//! - `diagnostic`: problems with positions (`FILE:LINE[:COLUMN]: message`):
//!   a parser's problem at a span, its line and column, its rendering;
//! - `i18n`: every user-facing sentence: the Fluent catalogs in
//!   `locales/`, the language, and rendering at the edge.
//! - `warnings`: what a command says on standard error beside its result
//!   (`loften: …`), in one place.
//! - `terminal`: what a terminal would obey in text, refused at input
//!   and escaped on output.
//! - `words`: the domain's values in words (states, numbers, records,
//!   periods, frequencies), shared by the renderers and the yearly report.
//!   The domain (`plan`, `period`, `compliance`) takes no language
//!   and returns data only; it is worded here, at the edge.

mod activity;
mod cli;
mod cli_words;
mod cmd;
mod completion;
mod compliance;
mod day_words;
mod diagnostic;
mod error;
mod fast_hash;
mod flags;
mod i18n;
mod names;
mod parallel;
mod period;
mod plan;
mod render;
mod report;
mod settings;
mod store;
mod terminal;
mod warnings;
mod words;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::FromArgMatches;
use clap_complete::CompleteEnv;

use crate::cli::Cli;
use crate::cli_words::lang_flag;
use crate::error::{EXIT_ERROR, Outcome};
use crate::i18n::Lang;
use crate::settings::{Environment, language};
use crate::terminal::escaped;

// The facade: what the binary, the benches, the fuzz targets and the
// example generator use. Everything else is the crate's own.

pub use crate::activity::Activity;
pub use crate::cmd::init::UNION_MERGE;
pub use crate::compliance::evaluate;
pub use crate::compliance::grid::grid;
pub use crate::compliance::tally::{KnownMeasures, Tally, TallyPart};
pub use crate::diagnostic::line_column;
pub use crate::error::Error;
pub use crate::period::{PeriodKind, calendar_period};
pub use crate::plan::template::{NORSJO_PLAN, NORSJO_PLAN_FILE};
pub use crate::plan::{Plan, SHIFT_ID, parse_plan};
pub use crate::store::log::scan::{Form as LineForm, Scanner as RowScanner, form as line_form};
pub use crate::store::log::{LogReader, WIDTH, csv_bytes, tally_log};

/// The whole program, as the `loften` binary runs it: reads the command
/// line and the environment, runs the command, prints any error in the
/// user's language and gives the exit code (0 ok, 1 problems found, 2
/// error).
pub fn main() -> ExitCode {
    // `COMPLETE=bash loften` prints the shell's hook; at each Tab the shell
    // runs loften again with COMPLETE set, and this answers and exits.
    // Its descriptions are in the language the locale (or LOFTEN's
    // --lang on the line being completed) asks for.
    CompleteEnv::with_factory(|| {
        let args: Vec<OsString> = std::env::args_os().collect();
        cli_words::command(language(lang_flag(&args), &Environment::from_process()))
    })
    .complete();
    // The language is known before parsing, so that clap's own help and
    // errors speak it too.
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = language(lang_flag(&args), &Environment::from_process());
    let matches = match cli_words::command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => return clap_said(lang, &error),
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => {
            // An error may quote the plan, the log or the command line: escaped
            // for the terminal.
            eprintln!("loften: {}", escaped(&error.render(lang)));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// What clap stopped at, in `lang`: help on stdout (exit 0), an error or
/// the help of a bare `loften` on stderr (exit 2), the version as clap
/// prints it.
fn clap_said(lang: Lang, error: &clap::Error) -> ExitCode {
    if let Some(message) = cli_words::error_text(lang, error) {
        eprintln!("{message}");
        return ExitCode::from(EXIT_ERROR);
    }
    let rendered = cli_words::usage_words(lang, &error.render().to_string());
    match error.kind() {
        clap::error::ErrorKind::DisplayHelp => {
            print!("{rendered}");
            ExitCode::SUCCESS
        }
        clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            eprint!("{rendered}");
            ExitCode::from(EXIT_ERROR)
        }
        _ => error.exit(),
    }
}

/// Runs `loften` with the parsed command line and the process environment.
fn run(cli: Cli) -> Result<Outcome, Error> {
    let settings = settings::Settings::from_cli(&cli, &settings::Environment::from_process())?;
    cmd::dispatch(cli.command, &settings)
}
