//! The `loften` binary: parse the command line, run, print any error, exit.

use std::process::ExitCode;

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches};
use clap_complete::CompleteEnv;
use loften::cli::Cli;
use loften::cli_words::{self, lang_flag};
use loften::error::EXIT_ERROR;
use loften::i18n::Lang;
use loften::settings::{Environment, language};
use loften::terminal::escaped;

fn main() -> ExitCode {
    // `COMPLETE=bash loften` prints the shell's hook; at each Tab the shell
    // runs loften again with COMPLETE set, and this answers and exits.
    CompleteEnv::with_factory(Cli::command).complete();
    // The language is known before parsing, so that clap's own help and
    // errors speak it too.
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = language(lang_flag(&args), &Environment::from_process());
    let matches = match cli_words::command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => return clap_said(lang, &error),
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
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
