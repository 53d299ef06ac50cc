//! One module per subcommand. Each is glue only: load what it needs from
//! `store`, compute with the pure domain, hand the result to `render`.
//!
//! A command with parts of its own is a folder: `log/` (its questions on a
//! terminal, `ask`, and what it was told, `input`), `status/` (the
//! police-area view over several folders, `area`, and what both show,
//! `view`), `init/` (`init --next`, `next`). Two files are glue shared by
//! several commands: `record` (stamp, validate, show or append one row:
//! `log`, `shift`, `void`, `excuse`) and `progress` (the line `log` and
//! `shift` print after a row). `help_material` is the `completions` and
//! `man` commands.

pub mod check;
pub mod excuse;
pub mod export;
pub mod help_material;
pub mod init;
pub mod log;
pub mod measures;
pub mod progress;
pub mod record;
pub mod repair;
pub mod report;
pub mod shift;
pub mod status;
pub mod void;

use crate::cli::Command;
use crate::error::{Error, Outcome};
use crate::settings::Settings;

/// Runs one subcommand.
pub fn dispatch(command: Command, settings: &Settings) -> Result<Outcome, Error> {
    match command {
        Command::Init(args) => init::run(&args, settings),
        Command::Measures(args) => measures::run(&args, settings),
        Command::Check => check::run(settings),
        Command::Repair => repair::run(settings),
        Command::Completions(args) => help_material::completions(&args, settings.lang),
        Command::Man => help_material::man(settings.lang),
        Command::Log(args) => log::run(&args, settings),
        Command::Shift(args) => shift::run(&args, settings),
        Command::Void(args) => void::run(&args, settings),
        Command::Excuse(args) => excuse::run(&args, settings),
        Command::Status(args) => status::run(&args, settings),
        Command::Export(args) => export::run(&args, settings),
        Command::Report(args) => report::run(&args, settings),
    }
}
