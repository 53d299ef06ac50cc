//! The `loften` binary: parse the command line, run, print any error, exit.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use clap_complete::CompleteEnv;
use loften::cli::Cli;
use loften::error::EXIT_ERROR;
use loften::settings::{Environment, language};

fn main() -> ExitCode {
    // `COMPLETE=bash loften` prints the shell's hook; at each Tab the shell
    // runs loften again with COMPLETE set, and this answers and exits.
    CompleteEnv::with_factory(Cli::command).complete();
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
