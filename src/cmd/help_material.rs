//! `loften completions SHELL` and `loften man`: generated from the one clap
//! definition, so they never drift from the real flags.
//!
//! The manual is one page, loften(1), with a section per subcommand (its
//! synopsis and options), examples, exit status, environment and files. It
//! refers to no other page: there are none.

use std::io::{self, Write};

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::{Error, Outcome};
use crate::i18n::Lang;

/// Prints completions for the shell.
pub fn completions(args: &CompletionsArgs) -> Result<Outcome, Error> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "loften", &mut out);
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
    text.push_str(&format!(".SH {}\n", lang.pick("KOMMANDON", "COMMANDS")));
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
                ".SH OPTIONS" => text.push_str(&format!(
                    ".PP\n\\fB{}\\fR\n",
                    lang.pick("Flaggor:", "Options:")
                )),
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
        let line = match (lang, line) {
            (Lang::Sv, ".SH NAME") => ".SH NAMN",
            (Lang::Sv, ".SH DESCRIPTION") => ".SH BESKRIVNING",
            (Lang::Sv, ".SH OPTIONS") => ".SH FLAGGOR",
            (_, line) => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Examples, exit status, environment and files.
fn static_sections(lang: Lang) -> String {
    let examples: &[(&str, &str, &str)] = &[
        (
            "loften init norsjo",
            "en ny datamapp med Norsjöplanen som mall",
            "a new data folder with the Norsjö plan as a template",
        ),
        (
            "loften log trafikkontroll \\-\\-count 3 \\-\\-value anmalningar=2",
            "tre trafikkontroller i dag, med två anmälningar",
            "three traffic checks today, with two reports",
        ),
        (
            "loften status \\-\\-at 2021\\-03\\-15",
            "måluppfyllelsen per åtgärd den dagen",
            "compliance per measure on that day",
        ),
        (
            "loften status \\-\\-year 2021",
            "nämndens rutnät för hela året",
            "the council's grid of the whole year",
        ),
        (
            "loften excuse klassrumsbesok 2021\\-VT \\-\\-reason \"skolan stängd\"",
            "undanta en period, med skäl",
            "excuse a period, with a reason",
        ),
        (
            "loften export \\-\\-out uppfoljning.xlsx",
            "arbetsboken för Excel",
            "the workbook for Excel",
        ),
        (
            "loften report \\-\\-year 2021 \\-\\-out rapport.html",
            "årets uppföljning för allmänheten",
            "the year's follow-up for the public",
        ),
        (
            "source <(COMPLETE=bash loften)",
            "komplettering i bash av åtgärder, mål, mått och perioder ur planen",
            "completion in bash of measures, targets, metrics and periods from the plan",
        ),
    ];
    let mut text = format!(".SH {}\n", lang.pick("EXEMPEL", "EXAMPLES"));
    for (command, sv, en) in examples {
        text.push_str(&format!(".TP\n\\fB{command}\\fR\n{}\n", lang.pick(sv, en)));
    }
    text.push_str(&format!(".SH {}\n", lang.pick("SLUTSTATUS", "EXIT STATUS")));
    for (code, sv, en) in [
        (
            "0",
            "allt gick bra (status är en rapport: 0 vilka lägena än är)",
            "all is well (status is a report: 0 whatever the states)",
        ),
        (
            "1",
            "problem hittades: check, eller status \\-\\-fail\\-if\\-behind med en åtgärd efter",
            "problems found: check, or status \\-\\-fail\\-if\\-behind with a measure behind",
        ),
        (
            "2",
            "ett fel stoppade kommandot; inget skrevs",
            "an error stopped the command; nothing was written",
        ),
    ] {
        text.push_str(&format!(".TP\n\\fB{code}\\fR\n{}\n", lang.pick(sv, en)));
    }
    text.push_str(&format!(".SH {}\n", lang.pick("MILJÖ", "ENVIRONMENT")));
    for (var, sv, en) in [
        (
            "LOFTEN_DIR",
            "datamappen, som \\-\\-dir",
            "the data folder, like \\-\\-dir",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "svenska när den första som är satt börjar med sv",
            "Swedish when the first one set starts with sv",
        ),
        (
            "COLUMNS",
            "bredden tabellerna anpassas till; utan den terminalens bredd, och full bredd i ett rör",
            "the width tables are fitted to; without it the terminal's width, and full width in a pipe",
        ),
        ("NO_COLOR", "ingen färg", "no colour"),
        (
            "LOFTEN_TODAY",
            "ett datum (ÅÅÅÅ\\-MM\\-DD) som står för i dag",
            "a date (YYYY\\-MM\\-DD) that stands in for today",
        ),
        (
            "COMPLETE",
            "skalets namn: skriv ut skalets kompletteringskrok",
            "a shell's name: print the shell's completion hook",
        ),
    ] {
        text.push_str(&format!(".TP\n\\fB{var}\\fR\n{}\n", lang.pick(sv, en)));
    }
    text.push_str(&format!(".SH {}\n", lang.pick("FILER", "FILES")));
    for (file, sv, en) in [
        (
            "plan/*.toml",
            "planen: avtalet och dess åtgärder",
            "the plan: the agreement and its measures",
        ),
        (
            "logs/ÅÅÅÅ.csv",
            "aktiviteterna, en fil per år; bara tillägg",
            "the activities, one file per year; append only",
        ),
        (
            "loften.toml",
            "en arbetsyta som listar datamappar för status",
            "a workspace listing data folders for status",
        ),
    ] {
        text.push_str(&format!(".TP\n\\fB{file}\\fR\n{}\n", lang.pick(sv, en)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_page_with_every_subcommand_and_no_page_that_does_not_exist() {
        let page = manual(Lang::En).unwrap();
        for name in ["init", "log", "status", "excuse", "export", "report", "man"] {
            assert!(page.contains(&format!(".SS \"loften {name}\"")), "{name}");
        }
        for section in ["EXAMPLES", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            assert!(page.contains(&format!(".SH {section}")), "{section}");
        }
        assert!(!page.contains("loften\\-init(1)") && !page.contains("(1)\n"));
        let sv = manual(Lang::Sv).unwrap();
        assert!(sv.contains(".SH EXEMPEL") && sv.contains(".SH SLUTSTATUS"));
    }
}
