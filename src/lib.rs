//! `loften` keeps the follow-up of a Swedish *medborgarlöfte*: the agreement
//! between Polisen and a municipality on crime prevention, with an
//! implementation plan of measures, each with a frequency and follow-up
//! metrics.
//!
//! The plan is a TOML file in `plan/`; activities are CSV rows in `logs/`.
//!
//! Module map:
//!
//! - [`cli`]: the command line as clap sees it, and nothing else;
//! - [`flags`]: the flags' values (days, years, grid spans), each kind
//!   parsed by one function;
//! - [`settings`]: the validated settings the commands read;
//! - [`cmd`]: one module per subcommand, glue only (load, evaluate, render);
//! - [`plan`], [`period`], [`activity`], [`validate`], [`personnummer`],
//!   [`log_audit`]: the pure domain (the plan model, frequencies, calendar
//!   periods, log rows and their rules);
//! - [`names`], [`day_words`]: names and days as people type them
//!   (`Klassrumsbesök`, `igår`, `i fredags`), resolved to ids and dates;
//! - [`store`]: files: loading the plan, reading and appending the log,
//!   writing exports and reports atomically;
//! - [`report`]: what the yearly follow-up says (the content model the
//!   report formats and the workbook's summary render);
//! - [`render`]: tables, JSON, CSV, xlsx, HTML and Markdown of the same
//!   results;
//! - [`error`]: one error type and the exit codes;
//! - [`i18n`]: every user-facing sentence: the Fluent catalogs in
//!   `locales/`, the language, and rendering at the edge.
//! - [`terminal`]: what a terminal would obey in text, refused at input
//!   and escaped on output.
//! - [`words`]: the domain's values in words (states, numbers, records,
//!   periods, frequencies), shared by the renderers and the yearly report.
//!   The domain ([`plan`], [`period`], [`compliance`]) takes no language
//!   and returns data only; it is worded here, at the edge.

pub mod activity;
pub mod cli;
pub mod cli_words;
pub mod cmd;
pub mod completion;
pub mod compliance;
pub mod day_words;
pub mod error;
pub mod fast_hash;
pub mod flags;
pub mod i18n;
pub mod log_audit;
pub mod names;
pub mod period;
pub mod personnummer;
pub mod plan;
pub mod render;
pub mod report;
pub mod settings;
pub mod store;
pub mod terminal;
pub mod validate;
pub mod words;

pub use error::{Error, Outcome};

/// Runs `loften` with the parsed command line and the process environment.
pub fn run(cli: cli::Cli) -> Result<Outcome, Error> {
    let settings = settings::Settings::from_cli(&cli, &settings::Environment::from_process())?;
    cmd::dispatch(cli.command, &settings)
}
