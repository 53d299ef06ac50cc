//! The command line in the output language: `--help` of every command,
//! its headings and placeholders, and clap's own errors (an unknown
//! command with a suggestion, a missing argument, a bad value) come from
//! the message catalog, in every language (`about-<command>`,
//! `help-<command>-<argument>`, `cli-…`).
//!
//! The definitions in [`crate::cli`] give the structure (commands, flags,
//! values); their doc comments stay clap's English for the shell
//! completions. A test checks that every argument of every command has a
//! help in the catalog.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::Cli;
use crate::i18n::Lang;
use crate::text;

/// The `--lang` given among the raw `args`, before they are parsed (so
/// that parse errors can already speak it).
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let value = args.iter().enumerate().find_map(|(i, a)| {
        if a == "--lang" {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix("--lang=").map(str::to_string)
        }
    })?;
    Lang::from_code(&value)
}

/// The about of each command ("" is `loften` itself) in `lang`.
fn about(lang: Lang, command: &str) -> Option<String> {
    Some(match command {
        "" => lang.say("about-loften"),
        "init" => lang.say("about-init"),
        "measures" => lang.say("about-measures"),
        "check" => lang.say("about-check"),
        "repair" => lang.say("about-repair"),
        "log" => lang.say("about-log"),
        "shift" => lang.say("about-shift"),
        "void" => lang.say("about-void"),
        "excuse" => lang.say("about-excuse"),
        "status" => lang.say("about-status"),
        "export" => lang.say("about-export"),
        "report" => lang.say("about-report"),
        "completions" => lang.say("about-completions"),
        "man" => lang.say("about-man"),
        "help" => lang.say("about-help"),
        _ => return None,
    })
}

/// The help of argument `id` of `command` ("" for the global ones) in
/// `lang`.
fn help(lang: Lang, command: &str, id: &str) -> Option<String> {
    Some(match (command, id) {
        (_, "help") => lang.say("help-help"),
        (_, "version") => lang.say("help-version"),
        (_, "dir") => lang.say("help-dir"),
        (_, "workspace") => lang.say("help-workspace"),
        (_, "lang") => {
            // Every catalog's code: a new catalog is listed with no change here.
            let codes: Vec<&str> = Lang::codes().filter(|code| *code != "pseudo").collect();
            text!("help-lang", codes = codes.join(", ")).get(lang)
        }
        ("init", "folder") => lang.say("help-init-folder"),
        ("init", "municipality") => lang.say("help-init-municipality"),
        ("init", "start") => lang.say("help-init-start"),
        ("init", "end") => lang.say("help-init-end"),
        ("init", "empty") => lang.say("help-init-empty"),
        ("init", "example") => lang.say("help-init-example"),
        ("init", "next") => lang.say("help-init-next"),
        ("measures" | "status", "format") => lang.say("help-list-format"),
        (_, "wide") => lang.say("help-wide"),
        ("log", "measure") => lang.say("help-log-measure"),
        ("log", "date") => lang.say("help-log-date"),
        ("log", "from") => lang.say("help-log-from"),
        ("log", "until") => lang.say("help-log-until"),
        ("log", "baseline") => lang.say("help-log-baseline"),
        ("log", "answers") => lang.say("help-log-answers"),
        ("log", "count") => lang.say("help-log-count"),
        ("log", "target") => lang.say("help-log-target"),
        ("log", "values") => lang.say("help-log-values"),
        ("log", "who") => lang.say("help-log-who"),
        ("log", "place") => lang.say("help-log-place"),
        (_, "note") => lang.say("help-note"),
        (_, "dry_run") => lang.say("help-dry-run"),
        ("shift", "date") => lang.say("help-shift-date"),
        ("shift", "count") => lang.say("help-shift-count"),
        ("shift", "who") => lang.say("help-shift-who"),
        ("void", "id") => lang.say("help-void-id"),
        ("void", "reason") => lang.say("help-void-reason"),
        ("void", "who") => lang.say("help-void-who"),
        ("excuse", "measure") => lang.say("help-excuse-measure"),
        ("excuse", "period") => lang.say("help-excuse-period"),
        ("excuse", "reason") => lang.say("help-excuse-reason"),
        ("excuse", "who") => lang.say("help-excuse-who"),
        ("status", "at") => lang.say("help-status-at"),
        ("status", "measures") => lang.say("help-status-measures"),
        ("status", "by_owner") => lang.say("help-status-by-owner"),
        ("status", "year") => lang.say("help-status-year"),
        ("status", "tertial") => lang.say("help-status-tertial"),
        ("status", "quarter") => lang.say("help-status-quarter"),
        ("status", "fail_if_behind") => lang.say("help-status-fail-if-behind"),
        ("export", "format") => lang.say("help-export-format"),
        ("export", "from") => lang.say("help-export-from"),
        ("export", "to") => lang.say("help-export-to"),
        ("export", "out") => lang.say("help-export-out"),
        ("export", "excel") => lang.say("help-export-excel"),
        ("report", "year") => lang.say("help-report-year"),
        ("report", "format") => lang.say("help-report-format"),
        ("report", "out") => lang.say("help-report-out"),
        ("completions", "shell") => lang.say("help-completions-shell"),
        _ => return None,
    })
}

/// A placeholder of the help in `lang`, from its English name (`DATE` →
/// `DATUM` in Swedish).
fn value_name(lang: Lang, english: &str) -> Option<String> {
    Some(match english {
        "COMMAND" => lang.say("cli-value-command"),
        "DATE" => lang.say("cli-value-date"),
        "DIALECT" => lang.say("cli-value-dialect"),
        "DIR" => lang.say("cli-value-dir"),
        "FOLDER" => lang.say("cli-value-folder"),
        "FILE" => lang.say("cli-value-file"),
        "FORMAT" => lang.say("cli-value-format"),
        "ID" => lang.say("cli-value-id"),
        "KEY=NUM" => lang.say("cli-value-key-num"),
        "LANG" => lang.say("cli-value-lang"),
        "MEASURE" => lang.say("cli-value-measure"),
        "N" => lang.say("cli-value-n"),
        "NAME" => lang.say("cli-value-name"),
        "PERIOD" => lang.say("cli-value-period"),
        "PLACE" => lang.say("cli-value-place"),
        "SHELL" => lang.say("cli-value-shell"),
        "TARGET" => lang.say("cli-value-target"),
        "TEXT" => lang.say("cli-value-text"),
        "WHO" => lang.say("cli-value-who"),
        "YEAR" => lang.say("cli-value-year"),
        "YEAR-N" => lang.say("cli-value-year-n"),
        _ => return None,
    })
}

/// Clap's help layout with the catalog's "Usage:".
fn template(lang: Lang) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.say("cli-usage")
    )
}

/// Clap's rendered help or error in `lang`: its usage line's `[OPTIONS]`
/// placeholder cannot be renamed, so it is replaced here.
pub fn usage_words(lang: Lang, rendered: &str) -> String {
    rendered.replace("[OPTIONS]", &lang.say("cli-options-placeholder"))
}

/// `command` (named `name`, "" for loften itself) worded in `lang`, its
/// subcommands too.
fn localized(lang: Lang, command: Command, name: &str) -> Command {
    let mut command = command
        .help_template(template(lang))
        .subcommand_help_heading(lang.say("cli-heading-commands"))
        .subcommand_value_name(value_name(lang, "COMMAND").unwrap_or_default())
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(name.is_empty())
                // After a command's own flags and the global ones.
                .display_order(1000),
        );
    if name.is_empty() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(1001),
        );
    }
    if let Some(about) = about(lang, name) {
        command = command.about(about).long_about(None::<&str>);
    }
    let arguments = lang.say("cli-heading-arguments");
    let options = lang.say("cli-heading-options");
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = help(lang, name, &id);
        command = command.mut_arg(id.as_str(), |arg| {
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            let arg = arg.help_heading(heading);
            // The placeholders in `lang`: `--date <DATUM>`, `[ÅTGÄRD]`.
            let shown: Vec<clap::builder::Str> = match arg.get_value_names() {
                Some(names) => names.to_vec(),
                None if arg.get_action().takes_values() => {
                    vec![arg.get_id().as_str().to_uppercase().into()]
                }
                None => Vec::new(),
            };
            let worded: Vec<String> = shown
                .iter()
                .map(|n| value_name(lang, n.as_str()).unwrap_or_else(|| n.to_string()))
                .collect();
            let arg = if worded.is_empty() {
                arg
            } else {
                arg.value_names(worded)
            };
            // clap's "[default: …]", "[possible values: …]" and "[env: …]"
            // are its own English: the catalog's help says them itself.
            let arg = if arg.get_action().takes_values() {
                arg.hide_default_value(true)
                    .hide_possible_values(true)
                    .hide_env(true)
            } else {
                arg
            };
            match help {
                Some(help) => arg.help(help).long_help(None::<&str>),
                None => arg,
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in names {
        command = command.mut_subcommand(sub.as_str(), |s| localized(lang, s, &sub));
    }
    command
}

/// The command line of `loften` in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut command = localized(lang, Cli::command(), "");
    command.build();
    // The help subcommand exists only once built.
    command.mut_subcommand("help", |s| s.about(about(lang, "help").unwrap_or_default()))
}

fn context_text(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Clap's error in `lang`: what is wrong, a suggestion when clap has one,
/// the usage and where to read more. `None` for help and version output,
/// which are not errors.
pub fn error_text(lang: Lang, error: &clap::Error) -> Option<String> {
    let text = |kind| context_text(error, kind).unwrap_or_default();
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => {
            let value = text(ContextKind::InvalidSubcommand);
            text!("cli-error-unknown-command", value)
        }
        ErrorKind::UnknownArgument => text!("cli-error-unknown-argument", arg),
        ErrorKind::MissingRequiredArgument => text!("cli-error-missing", args = arg),
        ErrorKind::MissingSubcommand => text!("cli-error-missing-command"),
        ErrorKind::InvalidValue if value.is_empty() => text!("cli-error-needs-value", arg),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            text!("cli-error-invalid-value", value, arg)
        }
        ErrorKind::ArgumentConflict => match text(ContextKind::PriorArg) {
            prior if prior.is_empty() => text!("cli-error-conflict-other", arg),
            prior => text!("cli-error-conflict", arg, prior),
        },
        ErrorKind::TooManyValues => text!("cli-error-too-many", value, arg),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            text!("cli-error-wrong-number", arg)
        }
        _ => {
            // A kind loften's command line cannot cause: clap's own words.
            let english = error.render().to_string();
            let first = english.lines().next().unwrap_or_default();
            let detail = first.trim_start_matches("error: ");
            text!("cli-error-other", detail)
        }
    };
    let mut message = message.get(lang);
    let values = text(ContextKind::ValidValue);
    if !values.is_empty() {
        message += &format!(
            "\n\n  {}",
            text!("cli-error-possible-values", values).get(lang)
        );
    }
    let name = text(ContextKind::SuggestedSubcommand);
    if !name.is_empty() {
        message += &format!("\n\n  {}", text!("cli-tip-command", name).get(lang));
    }
    let name = text(ContextKind::SuggestedArg);
    if !name.is_empty() {
        message += &format!("\n\n  {}", text!("cli-tip-argument", name).get(lang));
    }
    let usage = text(ContextKind::Usage);
    if !usage.is_empty() {
        message += &format!(
            "\n\n{}",
            usage.replacen("Usage:", &lang.say("cli-usage"), 1)
        );
    }
    message += &format!("\n\n{}", lang.say("cli-more-help"));
    Some(usage_words(lang, &text!("cli-error", message).get(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_arg(lang: Lang, command: &Command, name: &str, missing: &mut Vec<String>) {
        if about(lang, name).is_none() {
            missing.push(format!("about of {name}"));
        }
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if help(lang, name, id).is_none() {
                missing.push(format!("{name} {id}"));
            }
        }
        for sub in command.get_subcommands() {
            every_arg(lang, sub, sub.get_name(), missing);
        }
    }

    #[test]
    fn every_command_and_argument_has_a_help_in_the_catalog() {
        for lang in [Lang::SV, Lang::EN] {
            let mut missing = Vec::new();
            let mut command = Cli::command();
            command.build();
            every_arg(lang, &command, "", &mut missing);
            assert!(missing.is_empty(), "no help in {lang:?} for: {missing:?}");
        }
    }

    /// The catalog, not the doc comments, words the help: in the
    /// pseudo-locale every about and every argument's help is wrapped.
    #[test]
    fn every_help_comes_from_the_catalog() {
        fn check(command: &Command, unwrapped: &mut Vec<String>) {
            let about = command.get_about().map(ToString::to_string);
            if !about.as_deref().is_some_and(|a| a.starts_with("[!! ")) {
                unwrapped.push(format!("about of {}: {about:?}", command.get_name()));
            }
            for arg in command.get_arguments() {
                let help = arg.get_help().map(ToString::to_string);
                if !help.as_deref().is_some_and(|h| h.starts_with("[!! ")) {
                    unwrapped.push(format!("{} {}: {help:?}", command.get_name(), arg.get_id()));
                }
            }
            // clap's help subcommand holds a tree of its own, unshown.
            if command.get_name() != "help" {
                for sub in command.get_subcommands() {
                    check(sub, unwrapped);
                }
            }
        }
        let mut unwrapped = Vec::new();
        check(&command(Lang::PSEUDO), &mut unwrapped);
        // clap's help subcommand has a positional of its own.
        unwrapped.retain(|u| !u.starts_with("help subcommand"));
        assert!(unwrapped.is_empty(), "{unwrapped:#?}");
    }

    #[test]
    fn lang_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["loften", "--lang", "sv", "x"])),
            Some(Lang::SV)
        );
        assert_eq!(
            lang_flag(&args(&["loften", "status", "--lang=en"])),
            Some(Lang::EN)
        );
        assert_eq!(lang_flag(&args(&["loften", "status"])), None);
    }

    #[test]
    fn the_definition_is_consistent_in_every_language() {
        for lang in [Lang::SV, Lang::EN, Lang::PSEUDO] {
            command(lang).debug_assert();
        }
    }

    fn error_of(lang: Lang, args: &[&str]) -> String {
        let error = command(lang)
            .try_get_matches_from(args)
            .expect_err("a bad command line");
        error_text(lang, &error).expect("an error, not help")
    }

    #[test]
    fn clap_errors_come_from_the_catalog() {
        let english = error_of(Lang::EN, &["loften", "stauts"]);
        assert!(
            english.starts_with("error: unrecognized subcommand 'stauts'"),
            "{english}"
        );
        assert!(english.contains("tip: a similar subcommand exists: 'status'"));
        assert!(
            english.contains("Usage: loften [OPTIONS] <COMMAND>"),
            "{english}"
        );
        let pseudo = error_of(Lang::PSEUDO, &["loften", "status", "--format", "xml"]);
        assert!(
            pseudo.starts_with("[!! error: [!! invalid value 'xml'"),
            "{pseudo}"
        );
        assert!(!pseudo.contains("[OPTIONS]"), "{pseudo}");
    }
}
