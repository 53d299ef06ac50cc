//! `loften completions SHELL` and `loften man`: generated from the one clap
//! definition, so they never drift from the real flags.
//!
//! The manual is one page, loften(1), with a section per subcommand (its
//! synopsis and options), examples, exit status, environment and files. It
//! refers to no other page: there are none.

use std::io::{self, Write};

use crate::cli::CompletionsArgs;
use crate::cli_words;
use crate::error::{Error, Outcome};
use crate::i18n::Lang;

/// Prints completions for the shell, their descriptions in `lang`.
pub fn completions(args: &CompletionsArgs, lang: Lang) -> Result<Outcome, Error> {
    let mut out = Vec::new();
    clap_complete::generate(
        args.shell,
        &mut cli_words::command(lang),
        "loften",
        &mut out,
    );
    io::stdout().write_all(&out)?;
    Ok(Outcome::Success)
}

/// Prints the manual page as roff.
pub fn man(lang: Lang) -> Result<Outcome, Error> {
    io::stdout().write_all(manual(lang)?.as_bytes())?;
    Ok(Outcome::Success)
}

/// Text safe in a roff line: backslashes and a leading `.` or `'`.
fn roff(text: &str) -> String {
    let text = text.replace('\\', "\\e");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}

/// Words of the catalog in a roff line: its hyphens are roff's minus
/// signs (flags and dates).
fn roff_words(text: &str) -> String {
    roff(text).replace('-', "\\-")
}

/// The whole manual page, loften(1), in `lang`.
pub fn manual(lang: Lang) -> io::Result<String> {
    // The command line as `--help` shows it in `lang`.
    let mut command = crate::cli_words::command(lang);
    command.build();
    let man = clap_mangen::Man::new(command.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push_str(&format!(".SH {}\n", lang.say("cmd-man-commands")));
    for sub in command.get_subcommands() {
        let name = sub.get_name();
        if name == "help" {
            continue;
        }
        text.push_str(&format!(".SS \"loften {name}\"\n"));
        if let Some(about) = sub.get_about() {
            text.push_str(&format!("{}\n", roff(&about.to_string())));
        }
        // The global options are described once, above.
        let mut sub = sub.clone().bin_name(format!("loften {name}"));
        for global in command.get_arguments().filter(|a| a.is_global_set()) {
            sub = sub.mut_arg(global.get_id(), |a| a.hide(true));
        }
        let sub_man = clap_mangen::Man::new(sub);
        let mut part = Vec::new();
        sub_man.render_synopsis_section(&mut part)?;
        sub_man.render_options_section(&mut part)?;
        for line in String::from_utf8_lossy(&part).lines() {
            match line {
                ".SH SYNOPSIS" => text.push_str(".PP\n"),
                ".SH OPTIONS" => {
                    text.push_str(&format!(".PP\n\\fB{}\\fR\n", lang.say("cmd-man-options")))
                }
                line => {
                    text.push_str(line);
                    text.push('\n');
                }
            }
        }
    }
    text.push_str(&static_sections(lang));
    Ok(page_in(lang, &text))
}

/// The page with clap_mangen's section names in `lang`, and its roff
/// preamble (the `Aq` string, which each rendered part repeats) once.
fn page_in(lang: Lang, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let is_preamble = |l: &str| l.starts_with(".ie \\n(.g .ds Aq") || l.starts_with(".el .ds Aq");
    let mut preamble_lines = 0;
    for line in text.lines() {
        if is_preamble(line) {
            preamble_lines += 1;
            if preamble_lines > 2 {
                continue;
            }
        }
        let section = match line {
            ".SH NAME" => Some(lang.say("cmd-man-name")),
            ".SH DESCRIPTION" => Some(lang.say("cmd-man-description")),
            ".SH OPTIONS" => Some(lang.say("cmd-man-options-section")),
            _ => None,
        };
        match section {
            Some(name) => out.push_str(&format!(".SH {name}")),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// Examples, exit status, environment and files.
fn static_sections(lang: Lang) -> String {
    let examples = [
        ("loften init norsjo", lang.say("cmd-man-example-init")),
        (
            "loften log trafikkontroll \\-\\-count 3 \\-\\-value anmalningar=2",
            lang.say("cmd-man-example-log"),
        ),
        (
            "loften status \\-\\-at 2021\\-03\\-15",
            lang.say("cmd-man-example-status"),
        ),
        (
            "loften status \\-\\-year 2021",
            lang.say("cmd-man-example-year"),
        ),
        (
            "loften excuse klassrumsbesok 2021\\-VT \\-\\-reason \"skolan stängd\"",
            lang.say("cmd-man-example-excuse"),
        ),
        (
            "loften export \\-\\-out uppfoljning.xlsx",
            lang.say("cmd-man-example-export"),
        ),
        (
            "loften report \\-\\-year 2021 \\-\\-out rapport.html",
            lang.say("cmd-man-example-report"),
        ),
        (
            "source <(COMPLETE=bash loften)",
            lang.say("cmd-man-example-complete"),
        ),
    ];
    let mut text = format!(".SH {}\n", lang.say("cmd-man-examples"));
    for (command, said) in examples {
        text.push_str(&format!(".TP\n\\fB{command}\\fR\n{}\n", roff_words(&said)));
    }
    text.push_str(&format!(".SH {}\n", lang.say("cmd-man-exit-status")));
    for (code, said) in [
        ("0", lang.say("cmd-man-exit-0")),
        ("1", lang.say("cmd-man-exit-1")),
        ("2", lang.say("cmd-man-exit-2")),
    ] {
        text.push_str(&format!(".TP\n\\fB{code}\\fR\n{}\n", roff_words(&said)));
    }
    text.push_str(&format!(".SH {}\n", lang.say("cmd-man-environment")));
    for (var, said) in [
        ("LOFTEN_DIR", lang.say("cmd-man-env-dir")),
        ("LC_ALL, LC_MESSAGES, LANG", lang.say("cmd-man-env-locale")),
        ("COLUMNS", lang.say("cmd-man-env-columns")),
        ("NO_COLOR", lang.say("cmd-man-env-no-color")),
        ("LOFTEN_TODAY", lang.say("cmd-man-env-today")),
        ("COMPLETE", lang.say("cmd-man-env-complete")),
    ] {
        text.push_str(&format!(".TP\n\\fB{var}\\fR\n{}\n", roff_words(&said)));
    }
    text.push_str(&format!(".SH {}\n", lang.say("cmd-man-files")));
    for (file, said) in [
        ("plan/*.toml", lang.say("cmd-man-file-plan")),
        ("logs/ÅÅÅÅ.csv", lang.say("cmd-man-file-logs")),
        ("loften.toml", lang.say("cmd-man-file-workspace")),
    ] {
        text.push_str(&format!(".TP\n\\fB{file}\\fR\n{}\n", roff_words(&said)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_page_with_every_subcommand_and_no_page_that_does_not_exist() {
        let page = manual(Lang::EN).unwrap();
        for name in ["init", "log", "status", "excuse", "export", "report", "man"] {
            assert!(page.contains(&format!(".SS \"loften {name}\"")), "{name}");
        }
        for section in ["EXAMPLES", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            assert!(page.contains(&format!(".SH {section}")), "{section}");
        }
        assert!(!page.contains("loften\\-init(1)") && !page.contains("(1)\n"));
        let sv = manual(Lang::SV).unwrap();
        assert!(sv.contains(".SH EXEMPEL") && sv.contains(".SH SLUTSTATUS"));
    }
}
