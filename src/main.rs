//! The `loften` binary: parse the command line, run, print any error, exit.

use std::process::ExitCode;

use clap::Parser;
use loften::cli::Cli;
use loften::error::EXIT_ERROR;
use loften::settings::{Environment, language};
use loften::terminal::escaped;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = language(cli.lang, &Environment::from_process());
    match loften::run(cli) {
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
