//! The `loften` binary: parse the command line, run, print any error, exit.

use std::process::ExitCode;

use clap::Parser;
use loften::cli::Cli;
use loften::error::EXIT_ERROR;
use loften::settings::{Environment, language};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = language(cli.lang, &Environment::from_process());
    match loften::run(cli) {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("loften: {}", error.render(lang));
            ExitCode::from(EXIT_ERROR)
        }
    }
}
