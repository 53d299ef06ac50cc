//! `loften completions SHELL` and `loften man`: generated from the one clap
//! definition, so they never drift from the real flags.

use std::io::{self, Write};

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::{Error, Outcome};

/// Prints completions for the shell.
pub fn completions(args: &CompletionsArgs) -> Result<Outcome, Error> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "loften", &mut out);
    io::stdout().write_all(&out)?;
    Ok(Outcome::Success)
}

/// Prints the manual page as roff.
pub fn man() -> Result<Outcome, Error> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    io::stdout().write_all(&out)?;
    Ok(Outcome::Success)
}
