//! The command line as clap describes it: names, flags and help, nothing
//! else. `settings` turns it into validated values; nothing below the
//! commands' glue sees these types.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCandidates;

use crate::completion;
use crate::i18n::Lang;

/// Follow-up of a medborgarlöfte: the plan as TOML, activities as CSV,
/// compliance per period.
#[derive(Debug, Parser)]
#[command(name = "loften", version, about, long_about = None)]
pub struct Cli {
    /// The data folder holding plan/ and logs/ [default: the folders of
    /// ./loften.toml if there is one, else the data folder at or above the
    /// current folder, as git finds its repository]; repeat it for
    /// `status` over several agreements.
    // The global flags come after each command's own in its help.
    #[arg(
        long,
        global = true,
        env = "LOFTEN_DIR",
        value_name = "DIR",
        display_order = 100
    )]
    pub dir: Vec<PathBuf>,

    /// A workspace file listing data folders, `folders = ["norsjo",
    /// "mala"]` [default: ./loften.toml when present and no --dir is
    /// given].
    #[arg(long, global = true, value_name = "FILE", display_order = 101)]
    pub workspace: Option<PathBuf>,

    /// Output language; by default from LC_ALL, LC_MESSAGES or LANG
    /// (Swedish when it starts with "sv").
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_parser(), display_order = 102)]
    pub lang: Option<Lang>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The languages `--lang` accepts: the code of every catalog in
/// `locales/` (`sv`, `en`), and the hidden pseudo-locale `pseudo` (English
/// with every catalog message wrapped in `[!! … !!]`, for tests).
fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Lang> {
    let values = Lang::codes().map(|code| PossibleValue::new(code).hide(code == "pseudo"));
    PossibleValuesParser::new(values).map(|code| Lang::from_code(&code).unwrap_or_default())
}

/// Output formats of listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ListFormat {
    /// A table for people.
    #[default]
    Table,
    /// JSON for programs.
    Json,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a data folder with the plan of a new agreement (Norsjö's
    /// measures as a template).
    Init(InitArgs),
    /// List the plan's measures.
    Measures(MeasuresArgs),
    /// Check the plan and the logs; exit 1 when problems are found.
    Check,
    /// Rewrite log files saved by Excel into loften's form, keeping every
    /// row and a backup.
    Repair,
    /// Record an activity after a shift or a meeting.
    Log(LogArgs),
    /// Record a shift worked (for "varje arbetspass").
    Shift(ShiftArgs),
    /// Cancel an earlier row; the row stays in the log as an audit trail.
    Void(VoidArgs),
    /// Excuse a measure's period, with a reason.
    Excuse(ExcuseArgs),
    /// Show compliance per measure.
    Status(StatusArgs),
    /// Export activities and follow-up to Excel (xlsx), CSV or JSON.
    Export(ExportArgs),
    /// The yearly follow-up for the public, as HTML or Markdown.
    Report(ReportArgs),
    /// Print shell completions.
    Completions(CompletionsArgs),
    /// Print the manual page (roff).
    Man,
}

/// `loften init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create or fill [default: the data folder].
    pub folder: Option<PathBuf>,
    /// The municipality of the new agreement, e.g. "Malå kommun"; asked
    /// for on a terminal when left out.
    #[arg(long, value_name = "NAME", conflicts_with = "example")]
    pub municipality: Option<String>,
    /// The agreement's first day, YYYY-MM-DD [default: 1 January this
    /// year].
    #[arg(long, value_name = "DATE", conflicts_with = "example")]
    pub start: Option<String>,
    /// The agreement's last day, YYYY-MM-DD [default: 31 December of the
    /// start's year].
    #[arg(long, value_name = "DATE", conflicts_with = "example")]
    pub end: Option<String>,
    /// A skeleton plan: one example measure and a commented example of
    /// every frequency form, instead of Norsjö's measures.
    #[arg(long, conflicts_with = "example")]
    pub empty: bool,
    /// Norsjö's plan 2019–2023 as it is, to try loften on the example
    /// data (that agreement has ended).
    #[arg(long)]
    pub example: bool,
    /// In a data folder whose agreement ends, the plan file of the next
    /// agreement: the latest plan copied with new days (from the day after
    /// it ends to 31 December, or --start/--end), beside it in plan/.
    #[arg(long, conflicts_with_all = ["example", "empty", "municipality"])]
    pub next: bool,
}

/// `loften measures`.
#[derive(Debug, Args)]
pub struct MeasuresArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
    /// Every column at its full width, however wide the terminal.
    #[arg(long)]
    pub wide: bool,
}

/// `loften log`.
#[derive(Debug, Args)]
// clap lists a command's flags (help, completions) in the order they are
// added; `mut_arg` re-adds each one, so the row flags sit among log's own
// as they always have.
#[command(
    mut_arg("date", |a| a.display_order(0)),
    mut_arg("from", |a| a.display_order(1)),
    mut_arg("until", |a| a.display_order(2)),
    mut_arg("baseline", |a| a.display_order(3)),
    mut_arg("answers", |a| a.display_order(4)),
    mut_arg("count", |a| a.display_order(5)),
    mut_arg("target", |a| a.display_order(6)),
    mut_arg("values", |a| a.display_order(7)),
    mut_arg("who", |a| a.display_order(8)),
    mut_arg("place", |a| a.display_order(9)),
    mut_arg("note", |a| a.display_order(10)),
    mut_arg("dry_run", |a| a.display_order(11))
)]
pub struct LogArgs {
    /// The measure's id or title, in any case, with or without å/ä/ö
    /// (trafikkontroll, Klassrumsbesök); asked for when left out on a
    /// terminal.
    #[arg(add = ArgValueCandidates::new(completion::measures))]
    pub measure: Option<String>,
    /// The row's day, how many, who, a note, --dry-run.
    #[command(flatten)]
    pub row: RowFlags,
    /// The first day of an activity that covers several days; with
    /// --until.
    #[arg(long, value_name = "DATE", conflicts_with = "date", requires = "until")]
    pub from: Option<String>,
    /// The last day, for an activity that covers several days (an
    /// "Ungdomsvecka" Thursday to Wednesday): one occasion, every day of
    /// it active for measures counting days or weeks; with --from.
    #[arg(long, value_name = "DATE", requires = "from")]
    pub until: Option<String>,
    /// The year before the agreement whose follow-up values this row
    /// gives, for a metric whose plan says baseline = { year = YEAR }
    /// without a value: the row covers the whole year.
    #[arg(long, value_name = "YEAR", conflicts_with_all = ["date", "from", "until"])]
    pub baseline: Option<i32>,
    /// For a measure that answers events (kind = "on-trigger"): the id of
    /// the event's row this answers [default: the open event due first].
    #[arg(long, value_name = "ID")]
    pub answers: Option<String>,
    /// The target reached, for measures with targets: its id or label
    /// (åk7, Åk7, Årskurs 7).
    #[arg(long, value_name = "TARGET", add = ArgValueCandidates::new(completion::targets))]
    pub target: Option<String>,
    /// A follow-up metric value, KEY=NUMBER (decimal comma accepted);
    /// repeatable: --value anmalningar=2 --value beslag=12,5.
    #[arg(long = "value", value_name = "KEY=NUM", add = ArgValueCandidates::new(completion::metrics))]
    pub values: Vec<String>,
    /// Where.
    #[arg(long, value_name = "PLACE")]
    pub place: Option<String>,
}

/// The flags of the commands that append one row of their own (`log`,
/// `shift`): its day, how many, who, a note, and `--dry-run`. Their names
/// and meaning are the same in both; the help of each command words them
/// for what it records (`help-log-date`, `help-shift-date` in the
/// catalog), and each command orders them in its help as it always has.
#[derive(Debug, Args)]
pub struct RowFlags {
    /// When it happened: YYYY-MM-DD, today, yesterday, a weekday (the
    /// most recent one), idag, igår, i förrgår, fredag, i fredags
    /// [default: today].
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// How many (a whole number, at least 1) [default: 1].
    #[arg(long, value_name = "N")]
    pub count: Option<String>,
    /// Who did it (a role or a first name; never a member of the public).
    #[arg(long, value_name = "WHO")]
    pub who: Option<String>,
    /// A note (no personal data).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Check and show the row, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `loften shift`: the row flags, worded for a shift in shell
/// completions (the help's words come from the catalog).
#[derive(Debug, Args)]
#[command(
    mut_arg("date", |a| a.help(
        "The day of the shift: YYYY-MM-DD, today, yesterday, a weekday, idag, igår, fredag, i fredags [default: today]"
    )),
    mut_arg("count", |a| a.help("How many shifts (e.g. two officers) [default: 1]")),
    mut_arg("who", |a| a.help("Who worked it")),
    // Re-added in their order, after the three above.
    mut_arg("note", |a| a),
    mut_arg("dry_run", |a| a)
)]
pub struct ShiftArgs {
    /// The row's day, how many, who, a note, --dry-run.
    #[command(flatten)]
    pub row: RowFlags,
}

/// `loften void`.
#[derive(Debug, Args)]
pub struct VoidArgs {
    /// The id of the row to cancel.
    pub id: String,
    /// Why it is cancelled.
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Who cancels it.
    #[arg(long, value_name = "WHO")]
    pub who: Option<String>,
}

/// `loften excuse`.
#[derive(Debug, Args)]
pub struct ExcuseArgs {
    /// The measure's id.
    #[arg(add = ArgValueCandidates::new(completion::measures))]
    pub measure: String,
    /// The period, as status shows its key: 2021-03, 2021-W12, 2021-T1,
    /// 2021-Q2, 2021-VT, 2021-H1, 2021.
    #[arg(add = ArgValueCandidates::new(completion::periods))]
    pub period: String,
    /// Why the period is excused (required).
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Who excuses it.
    #[arg(long, value_name = "WHO")]
    pub who: Option<String>,
}

/// `loften status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The as-of date: YYYY-MM-DD or a day word as for `log --date`
    /// (today, yesterday, friday, last friday) [default: today].
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// Only these measures (repeatable).
    #[arg(long = "measure", value_name = "ID", add = ArgValueCandidates::new(completion::measures))]
    pub measures: Vec<String>,
    /// Group by responsible party instead of focus area.
    #[arg(long)]
    pub by_owner: bool,
    /// The council's view of a whole year: a grid of measures × months.
    #[arg(long, value_name = "YEAR", conflicts_with_all = ["tertial", "quarter"])]
    pub year: Option<String>,
    /// The grid for a tertial, e.g. 2021-1.
    #[arg(long, value_name = "YEAR-N", conflicts_with = "quarter")]
    pub tertial: Option<String>,
    /// The grid for a quarter, e.g. 2021-2.
    #[arg(long, value_name = "YEAR-N")]
    pub quarter: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
    /// Every column at its full width, however wide the terminal.
    #[arg(long)]
    pub wide: bool,
    /// Exit 1 when any measure is behind (for scripts); not with a grid.
    #[arg(long, conflicts_with_all = ["year", "tertial", "quarter"])]
    pub fail_if_behind: bool,
}

/// The formats of `loften export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ExportFormat {
    /// An Excel workbook: activities, corrections, follow-up, summary.
    #[default]
    Xlsx,
    /// The activities as CSV.
    Csv,
    /// Activities and the evaluated results as JSON, for programs.
    Json,
}

/// The CSV dialects of `loften export --format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExcelArg {
    /// What Swedish Excel opens by double-click: BOM, `;`, decimal comma,
    /// CRLF.
    Sv,
    /// Plain RFC 4180: `,` and a decimal point.
    Plain,
}

/// `loften export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The file format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ExportFormat,
    /// Only activities on or after this date (YYYY-MM-DD or a day word);
    /// the follow-up starts with its year.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only activities on or before this date (YYYY-MM-DD or a day word);
    /// the follow-up is as known on it [default: today].
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// The file to write; `-` writes CSV or JSON to standard output
    /// [default: loften-export-<today>.<format> in the current folder].
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The CSV dialect [default: sv when the language is Swedish, else
    /// plain].
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub excel: Option<ExcelArg>,
}

/// The formats of `loften report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ReportFormat {
    /// One self-contained web page, printable to A4.
    #[default]
    Html,
    /// Markdown tables, for a newsletter.
    Md,
}

/// `loften report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The year to report, e.g. 2021.
    #[arg(long, value_name = "YEAR")]
    pub year: String,
    /// The format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
    /// The file to write [default: standard output; `-` too].
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `loften completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
