//! `loften report`: the yearly follow-up for the public, as one
//! self-contained HTML page or as Markdown.
//!
//! Glue only: read the plan, fold the log into a tally, review the year
//! as known on its last day (or today, for the running year), build the
//! report's content ([`crate::report`]) and render it. Without `--out`
//! (or with `--out -`) the report goes to standard output, so it can be
//! piped; with `--out FILE` it is written like an export, through the same
//! [`crate::store::output_target::OutputTarget`] and guards.

use chrono::{Datelike, NaiveDate};

use crate::cli::{ReportArgs, ReportFormat};
use crate::error::{Error, Outcome};
use crate::flags;
use crate::render::html::report_html;
use crate::render::markdown::report_markdown;
use crate::report::{build_report, year_review};
use crate::settings::Settings;
use crate::store::log::{LogTally, tally_log};
use crate::store::output_target::OutputTarget;
use crate::store::plan_file::load_plan_at;
use crate::text;
use crate::warnings::warn;

/// Runs `loften report`.
pub fn run(args: &ReportArgs, settings: &Settings) -> Result<Outcome, Error> {
    let year = flags::year("--year", &args.year)?;
    // The agreement of the year: the one in force on its last day.
    let last_day = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(settings.today);
    let plan = load_plan_at(&settings.dir, last_day)?;
    let (start, end) = (plan.agreement.start, plan.agreement.end);
    let log = tally_log(&settings.dir, &plan)?;
    let lang = settings.lang;
    for warning in log.warnings() {
        warn(&warning, lang);
    }
    let LogTally { tally, .. } = log;
    let Some(review) = year_review(&plan, &tally, year, settings.today) else {
        let first_day = NaiveDate::from_ymd_opt(year, 1, 1);
        return Err(Error::Refused(
            if first_day.is_some_and(|d| d > settings.today) && year <= end.year() {
                text!("cmd-report-year-not-begun", year)
            } else {
                text!("cmd-report-year-outside", year, start, end)
            },
        ));
    };
    let report = build_report(&plan, &review, lang);
    let rendered = match args.format {
        ReportFormat::Html => report_html(&report),
        ReportFormat::Md => report_markdown(&report),
    };
    let target = OutputTarget::from_out(args.out.as_deref(), || OutputTarget::Stdout);
    if let Some(path) = target.write_all(rendered.as_bytes(), &settings.dir)? {
        let p = path.display();
        warn(&text!("cmd-report-written", file = p.to_string()), lang);
    }
    Ok(Outcome::Success)
}
