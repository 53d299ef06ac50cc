//! One error type for everything that stops a command, and the exit
//! codes, defined once. The located problems it may carry are in
//! `diagnostic`.
//!
//! Exit codes: 0 all is well, 1 problems found (`check`, `status
//! --fail-if-behind`), 2 an error stopped the command.

use std::io;
use std::path::Path;

use crate::diagnostic::Problem;
use crate::i18n::{Lang, Text};
use crate::text;

/// Exit code: everything went well.
pub const EXIT_OK: u8 = 0;
/// Exit code: the command ran and found problems.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: an error stopped the command.
pub const EXIT_ERROR: u8 = 2;

/// How a command that ran to its end went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// All is well.
    Success,
    /// It ran and found problems.
    ProblemsFound,
}

impl Outcome {
    /// The process exit code.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => EXIT_OK,
            Outcome::ProblemsFound => EXIT_PROBLEMS,
        }
    }
}

/// Everything that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}", .action.en())]
    Io {
        /// What was being done, with the path: "could not read plan/x.toml".
        action: Text,
        /// The operating system's reason.
        #[source]
        source: io::Error,
    },
    /// Writing to standard output failed (a closed pipe is not reported).
    #[error("could not write the output: {0}")]
    Output(#[source] io::Error),
    /// The plan has problems; every one of them is here.
    #[error("the plan has {} problem{}", .0.len(), if .0.len() == 1 { "" } else { "s" })]
    Plan(Vec<Problem>),
    /// The workspace file (`loften.toml`) has problems; every one of them
    /// is here.
    #[error("the workspace has {} problem{}", .0.len(), if .0.len() == 1 { "" } else { "s" })]
    Workspace(Vec<Problem>),
    /// The command was refused: the message says what, where and what to
    /// do. Nothing was written.
    #[error("{0}")]
    Refused(Text),
}

impl Error {
    /// An I/O error reading `path`.
    pub fn reading(path: &Path, source: io::Error) -> Error {
        let p = path.display();
        Error::Io {
            action: text!("error-could-not-read", p = p.to_string()),
            source,
        }
    }

    /// An I/O error writing `path`.
    pub fn writing(path: &Path, source: io::Error) -> Error {
        let p = path.display();
        Error::Io {
            action: text!("error-could-not-write", p = p.to_string()),
            source,
        }
    }

    /// Whether this is a closed pipe on standard output (`loften status |
    /// head`), which is no error for the user.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Output(e) | Error::Io { source: e, .. } => e.kind() == io::ErrorKind::BrokenPipe,
            _ => false,
        }
    }

    /// The error as the user reads it, in `lang`; several lines for a plan
    /// with several problems.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Error::Io { action, source } => text!(
                "error-io",
                action = action.clone(),
                reason = source.to_string()
            )
            .get(lang),
            Error::Output(source) => text!("error-output", reason = source.to_string()).get(lang),
            Error::Plan(problems) => lines(problems, lang.say("error-plan-has-errors"), lang),
            Error::Workspace(problems) => {
                lines(problems, lang.say("error-workspace-has-errors"), lang)
            }
            Error::Refused(message) => message.get(lang).to_string(),
        }
    }
}

/// Problems one per line, then what to do about them.
fn lines(problems: &[Problem], what_to_do: String, lang: Lang) -> String {
    let mut lines: Vec<String> = problems.iter().map(|p| p.render(lang)).collect();
    lines.push(what_to_do);
    lines.join("\n")
}

/// Lets commands write with `?` to standard output.
impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Output(e)
    }
}
