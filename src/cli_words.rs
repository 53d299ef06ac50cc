//! The command line in the output language: with Swedish chosen (`--lang
//! sv` or a Swedish locale) `--help` of every command, its headings and
//! clap's own errors (an unknown command with a suggestion, a missing
//! argument, a bad value) are Swedish. English is clap's own wording of
//! the definitions in [`crate::cli`].
//!
//! The Swedish help texts are kept here by command and argument id; a test
//! checks that every argument of every command has one.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::{Cli, LangArg};
use crate::i18n::Lang;

/// The `--lang` given among the raw `args`, before they are parsed (so
/// that parse errors can already speak it).
pub fn lang_flag(args: &[OsString]) -> Option<LangArg> {
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
    match value.as_str() {
        "sv" => Some(LangArg::Sv),
        "en" => Some(LangArg::En),
        "pseudo" => Some(LangArg::Pseudo),
        _ => None,
    }
}

/// The Swedish about of each command ("" is `loften` itself).
fn about_sv(command: &str) -> Option<&'static str> {
    Some(match command {
        "" => {
            "Uppföljning av medborgarlöften: planen som TOML, aktiviteter som CSV, måluppfyllelse per period."
        }
        "init" => {
            "Skapa en datamapp med planen för ett nytt medborgarlöfte (Norsjös åtgärder som mall)."
        }
        "measures" => "Lista planens åtgärder.",
        "check" => "Kontrollera planen och loggarna; slutstatus 1 när fel hittas.",
        "repair" => {
            "Skriv om loggfiler som Excel har sparat till loftens form; varje rad och en säkerhetskopia behålls."
        }
        "log" => "Registrera en aktivitet efter ett pass eller ett möte.",
        "shift" => "Registrera ett arbetat pass (för \"varje arbetspass\").",
        "void" => "Makulera en tidigare rad; raden finns kvar i loggen som spår.",
        "excuse" => "Undanta en åtgärds period, med ett skäl.",
        "status" => "Visa måluppfyllelsen per åtgärd.",
        "export" => "Exportera aktiviteter och uppföljning till Excel (xlsx), CSV eller JSON.",
        "report" => "Årets uppföljning för allmänheten, som HTML eller Markdown.",
        "completions" => "Skriv ut kompletteringar för skalet.",
        "man" => "Skriv ut manualsidan (roff).",
        "help" => "Visa den här hjälpen eller hjälpen för ett kommando.",
        _ => return None,
    })
}

/// The Swedish help of argument `id` of `command` ("" for the global ones).
fn help_sv(command: &str, id: &str) -> Option<&'static str> {
    Some(match (command, id) {
        (_, "dir") => {
            "Datamappen med plan/ och logs/ (även LOFTEN_DIR) [standard: mapparna i ./loften.toml om den finns, annars den aktuella mappen]; upprepa den för `status` över flera avtal."
        }
        (_, "workspace") => {
            "En arbetsyta som listar datamappar, `folders = [\"norsjo\", \"mala\"]` [standard: ./loften.toml när den finns och ingen --dir ges]."
        }
        (_, "lang") => {
            "Språk för utskrifter: sv eller en; annars från LC_ALL, LC_MESSAGES eller LANG (svenska när det börjar med \"sv\")."
        }
        (_, "help") => "Visa hjälpen.",
        (_, "version") => "Visa versionen.",
        (_, "wide") => "Varje kolumn i full bredd, hur smal terminalen än är.",
        (_, "dry_run") => "Kontrollera och visa raden, skriv inget.",
        ("init", "folder") => "Mappen som ska skapas eller fyllas [standard: datamappen].",
        ("init", "municipality") => {
            "Kommunen i det nya avtalet, t.ex. \"Malå kommun\"; frågas efter på en terminal om den saknas."
        }
        ("init", "start") => "Avtalets första dag, ÅÅÅÅ-MM-DD [standard: 1 januari i år].",
        ("init", "end") => {
            "Avtalets sista dag, ÅÅÅÅ-MM-DD [standard: 31 december samma år som första dagen]."
        }
        ("init", "empty") => {
            "En planstomme: en exempelåtgärd och ett kommenterat exempel på varje frekvensform, i stället för Norsjös åtgärder."
        }
        ("init", "example") => {
            "Norsjös plan 2019–2023 som den är, för att prova loften på exempeldatan (det avtalet har gått ut)."
        }
        ("init", "next") => {
            "I en datamapp vars avtal löper ut: planfilen för nästa avtal, den senaste planen kopierad med nya dagar (från dagen efter att det slutar till 31 december, eller --start/--end), bredvid den i plan/."
        }
        ("measures" | "status", "format") => {
            "Utdataformat: table (en tabell för människor) eller json (för program) [standard: table]."
        }
        ("log", "measure") => {
            "Åtgärdens id eller namn, oavsett versaler och å/ä/ö (trafikkontroll, Klassrumsbesök); frågas efter när det utelämnas i en terminal."
        }
        ("log" | "shift", "date") => {
            "När det hände: ÅÅÅÅ-MM-DD, idag, igår, i förrgår, en veckodag (den senaste), i fredags [standard: i dag]."
        }
        ("log", "from") => "Första dagen för en aktivitet som pågår flera dagar; med --until.",
        ("log", "until") => {
            "Sista dagen, för en aktivitet som pågår flera dagar (en ungdomsvecka torsdag till onsdag): ett tillfälle, och varje dag räknas för åtgärder som räknar dagar eller veckor; med --from."
        }
        ("log", "baseline") => {
            "Året före avtalet vars uppföljningsvärden raden ger, för ett mått vars plan säger baseline = { year = ÅR } utan värde: raden täcker hela året."
        }
        ("log", "answers") => {
            "För en åtgärd som besvarar händelser (kind = \"on-trigger\"): id för händelsens rad som detta besvarar [standard: den öppna händelse som ska besvaras först]."
        }
        ("log", "count") => "Hur många (ett heltal, minst 1) [standard: 1].",
        ("shift", "count") => "Hur många pass (t.ex. två poliser) [standard: 1].",
        ("log", "target") => "Målet som nåddes, för åtgärder med mål (t.ex. åk7).",
        ("log", "values") => {
            "Ett uppföljningsmått, NYCKEL=TAL (decimalkomma går bra); kan upprepas: --value anmalningar=2 --value beslag=12,5."
        }
        ("log" | "shift" | "void" | "excuse", "who") => {
            "Vem (en roll eller ett förnamn; aldrig någon ur allmänheten)."
        }
        ("log", "place") => "Var.",
        ("log" | "shift", "note") => "En anteckning (inga personuppgifter).",
        ("void", "id") => "Id för raden som ska makuleras.",
        ("void", "reason") => "Varför den makuleras.",
        ("excuse", "measure") => "Åtgärdens id eller namn.",
        ("excuse", "period") => {
            "Perioden, som status visar dess nyckel: 2021-03, 2021-W12, 2021-T1, 2021-Q2, 2021-VT, 2021-H1, 2021."
        }
        ("excuse", "reason") => "Varför perioden undantas (måste anges).",
        ("status", "at") => {
            "Dagen läget gäller: ÅÅÅÅ-MM-DD eller ett dagord som för log --date (idag, igår, fredag, i fredags) [standard: i dag]."
        }
        ("status", "measures") => "Bara dessa åtgärder (kan upprepas).",
        ("status", "by_owner") => "Gruppera efter ansvarig i stället för fokusområde.",
        ("status", "year") => "Nämndens bild av ett helt år: ett rutnät av åtgärder × månader.",
        ("status", "tertial") => "Rutnätet för ett tertial, t.ex. 2021-1.",
        ("status", "quarter") => "Rutnätet för ett kvartal, t.ex. 2021-2.",
        ("status", "fail_if_behind") => {
            "Slutstatus 1 när någon åtgärd ligger efter (för skript); inte med ett rutnät."
        }
        ("export", "format") => {
            "Filformat: xlsx (arbetsbok), csv (aktiviteterna) eller json (för program) [standard: xlsx]."
        }
        ("export", "from") => {
            "Bara aktiviteter från och med den dagen (ÅÅÅÅ-MM-DD eller ett dagord); uppföljningen börjar med dess år."
        }
        ("export", "to") => {
            "Bara aktiviteter till och med den dagen (ÅÅÅÅ-MM-DD eller ett dagord); uppföljningen som den var känd då [standard: i dag]."
        }
        ("export", "out") => {
            "Filen som skrivs; `-` skriver CSV eller JSON till standard ut [standard: loften-export-<i dag>.<format> i aktuell mapp]."
        }
        ("export", "excel") => {
            "CSV-dialekten: sv (det svenska Excel öppnar: BOM, `;`, decimalkomma) eller plain (`,` och decimalpunkt) [standard: sv på svenska]."
        }
        ("report", "year") => "Året som rapporteras, t.ex. 2021.",
        ("report", "format") => {
            "Formatet: html (en fristående webbsida, utskrivbar på A4) eller md (Markdown) [standard: html]."
        }
        ("report", "out") => "Filen som skrivs [standard: standard ut; även `-`].",
        ("completions", "shell") => "Skalet: bash, zsh, fish, powershell eller elvish.",
        _ => return None,
    })
}

/// Clap's help layout with Swedish headings.
const TEMPLATE_SV: &str =
    "{before-help}{about-with-newline}\nAnvändning: {usage}\n\n{all-args}{after-help}";

/// A placeholder of the help in Swedish (`DATE` → `DATUM`).
fn value_name_sv(english: &str) -> Option<&'static str> {
    Some(match english {
        "DATE" => "DATUM",
        "DIALECT" => "DIALEKT",
        "DIR" | "FOLDER" => "MAPP",
        "FILE" => "FIL",
        "KEY=NUM" => "NAMN=TAL",
        "LANG" => "SPRÅK",
        "NAME" => "NAMN",
        "PLACE" => "PLATS",
        "TARGET" => "MÅL",
        "WHO" => "VEM",
        "YEAR" => "ÅR",
        "YEAR-N" => "ÅR-N",
        "MEASURE" => "ÅTGÄRD",
        "SHELL" => "SKAL",
        _ => return None,
    })
}

/// clap's usage line in Swedish: its `[OPTIONS]` placeholder cannot be
/// renamed, so the rendered help or error says `[FLAGGOR]` instead.
pub fn usage_sv(rendered: &str) -> String {
    rendered.replace("[OPTIONS]", "[FLAGGOR]")
}

/// `command` (named `name`, "" for loften itself) worded in Swedish, its
/// subcommands too.
fn swedish(command: Command, name: &str) -> Command {
    let mut command = command
        .help_template(TEMPLATE_SV)
        .subcommand_help_heading("Kommandon")
        .subcommand_value_name("KOMMANDO")
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(name.is_empty()),
        );
    if name.is_empty() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    }
    if let Some(about) = about_sv(name) {
        command = command.about(about).long_about(None::<&str>);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = help_sv(name, &id);
        command = command.mut_arg(id.as_str(), |arg| {
            let heading = if arg.is_positional() {
                "Argument"
            } else {
                "Flaggor"
            };
            // clap's "[default: …]", "[possible values: …]" and "[env: …]"
            // are English; the Swedish help says them itself.
            let arg = arg.help_heading(heading);
            // The placeholders in Swedish: `--date <DATUM>`, `[ÅTGÄRD]`.
            let shown: Vec<clap::builder::Str> = match arg.get_value_names() {
                Some(names) => names.to_vec(),
                None if arg.is_positional() => value_name_sv(&arg.get_id().as_str().to_uppercase())
                    .map(|n| vec![n.into()])
                    .unwrap_or_default(),
                None => Vec::new(),
            };
            let swedish: Vec<clap::builder::Str> = shown
                .into_iter()
                .map(|n| value_name_sv(n.as_str()).map_or(n, Into::into))
                .collect();
            let arg = if swedish.is_empty() {
                arg
            } else {
                arg.value_names(swedish)
            };
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
        command = command.mut_subcommand(sub.as_str(), |s| swedish(s, &sub));
    }
    command
}

/// The command line of `loften` in `lang`.
pub fn command(lang: Lang) -> Command {
    match lang {
        Lang::En | Lang::Pseudo => Cli::command(),
        Lang::Sv => {
            let mut command = swedish(Cli::command(), "");
            command.build();
            // The help subcommand exists only once built.
            command.mut_subcommand("help", |s| s.about(about_sv("help").unwrap_or_default()))
        }
    }
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

/// Clap's error in Swedish: what is wrong, a suggestion when clap has one,
/// the usage and where to read more. `None` for help and version output,
/// which are not errors.
pub fn error_sv(error: &clap::Error) -> Option<String> {
    let text = |kind| context_text(error, kind).unwrap_or_default();
    let mut message = match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => {
            format!("okänt kommando '{}'", text(ContextKind::InvalidSubcommand))
        }
        ErrorKind::UnknownArgument => format!(
            "okänd flagga eller okänt argument '{}'",
            text(ContextKind::InvalidArg)
        ),
        ErrorKind::MissingRequiredArgument => format!(
            "det här måste anges men saknas: {}",
            text(ContextKind::InvalidArg)
        ),
        ErrorKind::MissingSubcommand => "ett kommando måste anges".to_string(),
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue);
            let arg = text(ContextKind::InvalidArg);
            if value.is_empty() {
                format!("'{arg}' behöver ett värde")
            } else {
                format!("ogiltigt värde '{value}' för '{arg}'")
            }
        }
        ErrorKind::ValueValidation => format!(
            "ogiltigt värde '{}' för '{}'",
            text(ContextKind::InvalidValue),
            text(ContextKind::InvalidArg)
        ),
        ErrorKind::ArgumentConflict => {
            let prior = text(ContextKind::PriorArg);
            format!(
                "'{}' kan inte användas tillsammans med {}",
                text(ContextKind::InvalidArg),
                if prior.is_empty() {
                    "ett annat argument".to_string()
                } else {
                    format!("'{prior}'")
                }
            )
        }
        ErrorKind::TooManyValues => format!(
            "oväntat värde '{}' för '{}'",
            text(ContextKind::InvalidValue),
            text(ContextKind::InvalidArg)
        ),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("fel antal värden för '{}'", text(ContextKind::InvalidArg))
        }
        _ => {
            let english = error.render().to_string();
            let first = english.lines().next().unwrap_or_default();
            format!(
                "ogiltig kommandorad ({})",
                first.trim_start_matches("error: ")
            )
        }
    };
    let valid = text(ContextKind::ValidValue);
    if !valid.is_empty() {
        message += &format!("\n\n  möjliga värden: {valid}");
    }
    let subcommand = text(ContextKind::SuggestedSubcommand);
    if !subcommand.is_empty() {
        message += &format!("\n\n  tips: det finns ett liknande kommando: '{subcommand}'");
    }
    let arg = text(ContextKind::SuggestedArg);
    if !arg.is_empty() {
        message += &format!("\n\n  tips: menade du '{arg}'?");
    }
    let usage = text(ContextKind::Usage);
    if !usage.is_empty() {
        message += &format!("\n\n{}", usage.replacen("Usage:", "Användning:", 1));
    }
    message += "\n\nMer hjälp: '--help'.";
    Some(format!("fel: {message}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_arg(command: &Command, name: &str, missing: &mut Vec<String>) {
        if about_sv(name).is_none() {
            missing.push(format!("about of {name}"));
        }
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if help_sv(name, id).is_none() {
                missing.push(format!("{name} {id}"));
            }
        }
        for sub in command.get_subcommands() {
            every_arg(sub, sub.get_name(), missing);
        }
    }

    #[test]
    fn every_command_and_argument_has_a_swedish_help() {
        let mut missing = Vec::new();
        let mut command = Cli::command();
        command.build();
        every_arg(&command, "", &mut missing);
        assert!(missing.is_empty(), "no Swedish help for: {missing:?}");
    }

    #[test]
    fn lang_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["loften", "--lang", "sv", "x"])),
            Some(LangArg::Sv)
        );
        assert_eq!(
            lang_flag(&args(&["loften", "status", "--lang=en"])),
            Some(LangArg::En)
        );
        assert_eq!(lang_flag(&args(&["loften", "status"])), None);
    }

    #[test]
    fn the_swedish_definition_is_consistent() {
        command(Lang::Sv).debug_assert();
    }
}
