//! Completions from the plan and the one manual page (issue #11, item 9).

use crate::testenv::{TestEnv, repo_root};

/// What the shell would be offered for `words`, the last being completed,
/// in the example data folder.
fn offered(words: &[&str]) -> Vec<String> {
    let env = TestEnv::new();
    let mut args = vec!["--", "loften"];
    args.extend_from_slice(words);
    let out = env
        .loften(&args)
        .current_dir(repo_root().join("examples/norsjo"))
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .env("_CLAP_COMPLETE_IFS", "\n")
        .env("LOFTEN_TODAY", "2021-03-15")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn the_shell_completes_measure_ids_from_the_plan() {
    assert_eq!(offered(&["log", "trafik"]), ["trafikkontroll"]);
    assert_eq!(
        offered(&["status", "--measure", "tryg"]),
        ["trygghetsvandring"]
    );
    assert_eq!(offered(&["excuse", "klass"]), ["klassrumsbesok"]);
}

#[test]
fn the_shell_completes_targets_metric_keys_and_period_keys() {
    assert_eq!(
        offered(&["log", "klassrumsbesok", "--target", "åk"]).len(),
        4
    );
    assert!(offered(&["log", "narkotika", "--value", "bes"]).contains(&"beslag=".to_string()));
    let periods = offered(&["excuse", "trafikkontroll", "2021-0"]);
    assert!(periods.contains(&"2021-03".to_string()), "{periods:?}");
    assert!(offered(&["excuse", "trafikkontroll", "2021-Q"]).contains(&"2021-Q2".to_string()));
}

#[test]
fn the_hook_is_printed_for_the_shell() {
    let env = TestEnv::new();
    let out = env.loften(&[]).env("COMPLETE", "bash").output().unwrap();
    let hook = String::from_utf8(out.stdout).unwrap();
    assert!(
        hook.contains("complete ") && hook.contains("loften"),
        "{hook}"
    );
}

#[test]
fn the_manual_is_one_page_with_every_command_in_the_chosen_language() {
    let env = TestEnv::new();
    let out = env.loften(&["--lang", "sv", "man"]).output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    for section in [
        ".SH KOMMANDON",
        ".SH EXEMPEL",
        ".SH SLUTSTATUS",
        ".SH MILJÖ",
        ".SH FILER",
    ] {
        assert!(page.contains(section), "{section}");
    }
    assert!(page.contains(".SS \"loften excuse\""));
    assert!(!page.contains("SUBCOMMANDS") && !page.contains("loften\\-log(1)"));
    // Every section and option in Swedish, the roff preamble once.
    for swedish in [
        ".SH NAMN",
        ".SH BESKRIVNING",
        ".SH FLAGGOR",
        "Visa versionen.",
    ] {
        assert!(page.contains(swedish), "{swedish}");
    }
    for english in [
        ".SH NAME",
        ".SH OPTIONS",
        "Print version",
        "The municipality of",
    ] {
        assert!(!page.contains(english), "{english}");
    }
    assert_eq!(page.matches(".ds Aq").count(), 2);
}

/// `loften ARGS` with a Swedish locale: exit code, stdout, stderr.
fn swedish(args: &[&str]) -> (i32, String, String) {
    let env = TestEnv::new();
    let out = env
        .loften(args)
        .env("LANG", "sv_SE.UTF-8")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn help_of_every_command_is_swedish_with_a_swedish_locale() {
    let (code, top, _) = swedish(&["--help"]);
    assert_eq!(code, 0);
    for words in [
        "Användning: loften",
        "Kommandon:",
        "Flaggor:",
        "Visa hjälpen.",
        "Visa måluppfyllelsen per åtgärd.",
    ] {
        assert!(top.contains(words), "{words} in\n{top}");
    }
    for command in [
        "init",
        "measures",
        "check",
        "log",
        "shift",
        "void",
        "excuse",
        "status",
        "export",
        "report",
        "completions",
        "man",
    ] {
        let (code, help, _) = swedish(&[command, "--help"]);
        assert_eq!(code, 0, "{command}");
        assert!(help.contains("Användning: loften"), "{command}:\n{help}");
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "[default:",
            "[possible values:",
        ] {
            assert!(!help.contains(english), "{command}: {english} in\n{help}");
        }
    }
    let (_, english, _) = TestEnv::new()
        .loften(&["status", "--help"])
        .output()
        .map(|o| (0, String::from_utf8(o.stdout).unwrap(), ()))
        .unwrap();
    assert!(english.contains("Usage: loften status"), "{english}");
}

#[test]
fn clap_errors_are_swedish_with_a_swedish_locale() {
    let (code, _, err) = swedish(&["stauts"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("fel: okänt kommando 'stauts'"), "{err}");
    assert!(
        err.contains("tips: det finns ett liknande kommando: 'status'"),
        "{err}"
    );
    let (code, _, err) = swedish(&["excuse", "trafikkontroll"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("det här måste anges men saknas: --reason <TEXT>, <PERIOD>"),
        "{err}"
    );
    let (_, _, err) = swedish(&["status", "--format", "xml"]);
    assert!(
        err.contains("ogiltigt värde 'xml' för '--format <FORMAT>'"),
        "{err}"
    );
    assert!(err.contains("möjliga värden: table, json"), "{err}");
    let (_, _, err) = swedish(&["--lang", "sv", "status", "--fomat", "json"]);
    assert!(err.contains("tips: menade du '--format'?"), "{err}");
    // --lang en wins over the locale.
    let (code, _, err) = swedish(&["--lang", "en", "stauts"]);
    assert_eq!(code, 2);
    assert!(err.contains("unrecognized subcommand"), "{err}");
}

#[test]
fn messages_name_fields_in_swedish() {
    let env = TestEnv::initialised();
    let out = env
        .in_data(&[
            "log",
            "trafikkontroll",
            "--note",
            "ring 121212-1212",
            "--date",
            "2021-03-02",
        ])
        .env("LANG", "sv_SE.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("anteckningen innehåller ett personnummer"),
        "{err}"
    );
    assert!(!err.contains("note innehåller"), "{err}");
}

/// The usage line and the placeholders are Swedish in Swedish, and the
/// English help holds no Swedish.
#[test]
fn usage_and_placeholders_speak_the_chosen_language() {
    let (code, help, _) = swedish(&["log", "--help"]);
    assert_eq!(code, 0);
    for said in [
        "Användning: loften log [FLAGGOR] [ÅTGÄRD]",
        "--date <DATUM>",
        "--value <NAMN=TAL>",
        "igår",
    ] {
        assert!(help.contains(said), "{said}: {help}");
    }
    assert!(
        !help.contains("[OPTIONS]") && !help.contains("<DATE>"),
        "{help}"
    );
    let (code, _, error) = swedish(&["excuse"]);
    assert_eq!(code, 2);
    assert!(
        error.contains("<ÅTGÄRD>") && !error.contains("MEASURE"),
        "{error}"
    );
    let env = TestEnv::new();
    let out = env.loften(&["--lang", "en", "--help"]).output().unwrap();
    let english = String::from_utf8(out.stdout).unwrap();
    assert!(
        english.contains("Usage: loften [OPTIONS] <COMMAND>"),
        "{english}"
    );
    for swedish_word in ["Registrera", "Visa måluppfyllelse", "Datamappen"] {
        assert!(!english.contains(swedish_word), "{swedish_word}: {english}");
    }
}

/// A command's own flags come first in its help, then the global ones,
/// then `-h`, in every language.
#[test]
fn a_commands_own_flags_come_before_the_global_ones() {
    let env = TestEnv::new();
    for lang in ["en", "sv"] {
        for command in ["log", "shift", "status", "export"] {
            let out = env
                .loften(&["--lang", lang, command, "--help"])
                .output()
                .expect("loften runs");
            let help = String::from_utf8(out.stdout).expect("UTF-8");
            let at = |flag: &str| {
                help.lines()
                    .position(|l| l.trim_start().starts_with(flag))
                    .unwrap_or_else(|| panic!("{flag} in {lang} {command} --help:\n{help}"))
            };
            let own = match command {
                "log" | "shift" => at("--dry-run"),
                "status" => at("--fail-if-behind"),
                _ => at("--excel"),
            };
            let (dir, lang_flag, help_flag) = (at("--dir"), at("--lang"), at("-h, --help"));
            assert!(
                own < dir && dir < lang_flag && lang_flag < help_flag,
                "{lang} {command} --help:\n{help}"
            );
        }
    }
}
