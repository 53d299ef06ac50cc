//! The validated settings every command reads: the data folder, the
//! language, today's date and whether the output is for a person.
//!
//! The clock and the environment are read here, once, so that everything
//! below takes "today" as a plain value.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::cli::{Cli, Command};
use crate::error::Error;
use crate::i18n::Lang;
use crate::store::discover::find_data_folder;
use crate::store::shown;
use crate::store::workspace::{WORKSPACE_FILE, load_workspace};
use crate::text;

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
    /// The workspace file in the current folder (`loften.toml`), if there
    /// is one.
    pub workspace_here: Option<PathBuf>,
    /// The nearest data folder at or above the current folder (`.`,
    /// `..`, ...), found as git finds its repository.
    pub data_folder_above: Option<PathBuf>,
    /// How many `--dir` flags the command line holds: clap keeps only
    /// those after the subcommand when both places have some, and the
    /// count tells that this happened.
    pub dir_flags: usize,
}

/// The locale variables; on Windows, where they are seldom set, the
/// system's locale (e.g. `sv-SE`) stands in for `LANG` when none is.
fn with_system_locale(vars: [Option<String>; 3]) -> [Option<String>; 3] {
    #[cfg(windows)]
    if vars.iter().all(|v| v.as_deref().is_none_or(str::is_empty)) {
        return [None, None, sys_locale::get_locale()];
    }
    vars
}

impl Environment {
    /// Reads the process environment.
    pub fn from_process() -> Environment {
        let var = |name: &str| std::env::var(name).ok();
        Environment {
            locale: with_system_locale([var("LC_ALL"), var("LC_MESSAGES"), var("LANG")]),
            today: var("LOFTEN_TODAY"),
            no_color: var("NO_COLOR").is_some_and(|v| !v.is_empty()),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stdin_is_terminal: std::io::stdin().is_terminal(),
            workspace_here: Some(PathBuf::from(WORKSPACE_FILE)).filter(|p| p.is_file()),
            data_folder_above: std::env::current_dir()
                .ok()
                .and_then(|here| find_data_folder(&here)),
            dir_flags: count_dir_flags(std::env::args_os().skip(1)),
        }
    }
}

/// Settings shared by all commands.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The data folder holding `plan/` and `logs/`: the first of `dirs`.
    pub dir: PathBuf,
    /// Every data folder named (`--dir` repeated, or a workspace file);
    /// only `status` reads more than one, the other commands refuse more.
    pub dirs: Vec<PathBuf>,
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
pub fn language(cli_lang: Option<Lang>, env: &Environment) -> Lang {
    cli_lang.unwrap_or_else(|| Lang::from_env_values(env.locale.iter().map(|v| v.as_deref())))
}

/// Parses a date written YYYY-MM-DD, with a message naming `what` it is.
pub fn parse_date(value: &str, what: &str) -> Result<NaiveDate, Error> {
    crate::activity::parse_date(value.trim())
        .ok_or_else(|| Error::Refused(text!("flag-not-a-date", what, value = format!("{value:?}"))))
}

/// The `--dir` flags among `args` (`--dir X` and `--dir=X`), up to a
/// `--` that ends the flags.
pub fn count_dir_flags(args: impl IntoIterator<Item = OsString>) -> usize {
    args.into_iter()
        .take_while(|a| a != "--")
        .filter(|a| {
            let a = a.to_string_lossy();
            a == "--dir" || a.starts_with("--dir=")
        })
        .count()
}

/// The data folders: `--dir` (or `LOFTEN_DIR`), else the workspace file
/// of `--workspace`, else `./loften.toml`, else the nearest data folder at
/// or above the current folder, else the current folder. Only `status`
/// takes several; the other commands refuse them by name. (`init` without
/// a folder inside a data folder so finds that one, and refuses to make a
/// plan beside its plan.)
fn data_folders(cli: &Cli, env: &Environment) -> Result<Vec<PathBuf>, Error> {
    if matches!(cli.command, Command::Completions(_) | Command::Man) {
        return Ok(vec![PathBuf::from(".")]);
    }
    let found = env.data_folder_above.clone();
    let workspace = cli.workspace.as_ref().or(env.workspace_here.as_ref());
    let dirs = match (&cli.dir[..], &cli.workspace) {
        ([_, ..], Some(file)) => {
            let f = file.display();
            return Err(Error::Refused(text!(
                "flag-dir-and-workspace",
                f = f.to_string()
            )));
        }
        ([_, ..], None) => cli.dir.clone(),
        ([], _) => match workspace {
            Some(file) => load_workspace(file)?,
            None => vec![found.unwrap_or_else(|| PathBuf::from("."))],
        },
    };
    if env.dir_flags > cli.dir.len() {
        return Err(Error::Refused(text!("flag-dir-before-and-after")));
    }
    if dirs.len() > 1 && !matches!(cli.command, Command::Status(_)) {
        let n = dirs.len();
        let names: Vec<String> = dirs.iter().map(|d| shown(d)).collect();
        let (list, first) = (names.join(", "), &names[0]);
        let from = match (&cli.dir[..], workspace) {
            ([], Some(file)) => format!(" ({})", file.display()),
            _ => String::new(),
        };
        return Err(Error::Refused(text!(
            "flag-several-folders",
            n,
            from,
            list,
            first
        )));
    }
    Ok(dirs)
}

impl Settings {
    /// Validates the command line against the environment.
    pub fn from_cli(cli: &Cli, env: &Environment) -> Result<Settings, Error> {
        let today = match &env.today {
            Some(value) => parse_date(value, "LOFTEN_TODAY")?,
            None => chrono::Local::now().date_naive(),
        };
        let dirs = data_folders(cli, env)?;
        Ok(Settings {
            dir: dirs.first().cloned().unwrap_or_else(|| PathBuf::from(".")),
            dirs,
            lang: language(cli.lang, env),
            today,
            colour: env.stdout_is_terminal && !env.no_color,
            interactive: env.stdin_is_terminal && env.stdout_is_terminal,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Arg;
    use clap::Parser;

    fn settings(args: &[&str], env: &Environment) -> Result<Settings, Error> {
        let cli = Cli::try_parse_from(args).unwrap();
        let env = Environment {
            dir_flags: count_dir_flags(args.iter().skip(1).map(OsString::from)),
            ..env.clone()
        };
        Settings::from_cli(&cli, &env)
    }

    /// The refusal of `result`: what kind of message it is.
    fn refusal(result: Result<Settings, Error>) -> crate::i18n::Text {
        match result {
            Err(Error::Refused(text)) => text,
            other => panic!("not a refusal: {other:?}"),
        }
    }

    #[test]
    fn folders_from_dir_flags_or_the_current_folder() {
        let env = Environment::default();
        let s = settings(&["loften", "--dir", "a", "status"], &env).unwrap();
        assert_eq!(
            (s.dir.clone(), s.dirs.clone()),
            ("a".into(), vec!["a".into()])
        );
        let s = settings(&["loften", "status", "--dir", "a", "--dir=b"], &env).unwrap();
        assert_eq!(s.dirs, [PathBuf::from("a"), PathBuf::from("b")]);
        let s = settings(&["loften", "check"], &env).unwrap();
        assert_eq!(s.dirs, [PathBuf::from(".")]);
    }

    #[test]
    fn the_data_folder_above_unless_one_is_named() {
        let env = Environment {
            data_folder_above: Some("../..".into()),
            ..Environment::default()
        };
        let s = settings(&["loften", "status"], &env).unwrap();
        assert_eq!(s.dirs, [PathBuf::from("../..")]);
        let s = settings(&["loften", "--dir", "x", "status"], &env).unwrap();
        assert_eq!(s.dirs, [PathBuf::from("x")]);
        let s = settings(&["loften", "check"], &Environment::default()).unwrap();
        assert_eq!(s.dirs, [PathBuf::from(".")]);
    }

    #[test]
    fn only_status_takes_several_folders() {
        let env = Environment::default();
        let m = refusal(settings(
            &["loften", "check", "--dir", "a", "--dir", "b"],
            &env,
        ));
        assert_eq!(m.id(), Some("flag-several-folders"), "{m}");
        assert_eq!(m.arg("first"), Some(&Arg::Str("a".into())));
        assert_eq!(m.arg("n"), Some(&Arg::Int(2)));
        // Completions and the manual need no data folder at all.
        let env = Environment {
            workspace_here: Some("/no/such/loften.toml".into()),
            ..Environment::default()
        };
        assert!(settings(&["loften", "man"], &env).is_ok());
    }

    #[test]
    fn dir_flags_on_both_sides_of_the_command_are_refused() {
        let env = Environment::default();
        let m = refusal(settings(
            &["loften", "--dir", "a", "status", "--dir", "b"],
            &env,
        ));
        assert_eq!(m.id(), Some("flag-dir-before-and-after"), "{m}");
        assert_eq!(
            count_dir_flags(["log", "x", "--", "--dir"].map(OsString::from)),
            0
        );
    }

    #[test]
    fn a_workspace_file_and_dir_flags() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(WORKSPACE_FILE);
        std::fs::write(&file, "folders = [\"norsjo\", \"mala\"]").unwrap();
        let here = Environment {
            workspace_here: Some(file.clone()),
            ..Environment::default()
        };
        let s = settings(&["loften", "status"], &here).unwrap();
        assert_eq!(s.dirs, [dir.path().join("norsjo"), dir.path().join("mala")]);
        // --dir wins over the workspace in the current folder.
        let s = settings(&["loften", "--dir", "x", "log", "m"], &here).unwrap();
        assert_eq!(s.dirs, [PathBuf::from("x")]);
        let m = refusal(settings(&["loften", "log", "m"], &here));
        assert!(m.en().contains("2 data folders were named ("), "{m}");
        let f = file.to_str().unwrap();
        let s = settings(
            &["loften", "--workspace", f, "status"],
            &Environment::default(),
        );
        assert_eq!(s.unwrap().dirs.len(), 2);
        let m = refusal(settings(
            &["loften", "--workspace", f, "--dir", "x", "status"],
            &Environment::default(),
        ));
        assert_eq!(m.id(), Some("flag-dir-and-workspace"), "{m}");
    }
}
