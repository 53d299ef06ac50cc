//! `loften status`: per measure, is the promise being kept, and what does
//! it take to keep it? Or, with `--year`, `--tertial` or `--quarter`, the
//! council's grid of a whole span.
//!
//! Glue only: read the plan, fold the log into a tally (two passes: the
//! voided ids, then the rows), evaluate, render. Several data folders
//! (the police-area view) are shown by [`area`]; what both
//! show is read and evaluated by [`view`].

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use crate::cli::{ListFormat, StatusArgs};
mod area;
mod view;

use crate::cmd::record::canonical;
use crate::error::{Error, Outcome};
use crate::flags;
use crate::i18n::Text;
use crate::names::measure_candidates;
use crate::plan::Plan;
use crate::render::status::{Grouping, grid_table, status_table};
use crate::render::table::Width;
use crate::render::write_json;
use crate::settings::Settings;
use crate::store::log::tally_log_while_loading;
use crate::store::plan_file::load_plan_at;
use crate::text;
use view::{evaluation, grid_as_of, span_grid, warned};

/// The plan's ids of the `--measure` names (matched as `log` matches
/// them); refuses names that are not in the plan, naming the ids.
fn measure_filter(plan: &Plan, names: &[String]) -> Result<Vec<String>, Error> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let candidates = measure_candidates(plan);
    let mut ids = Vec::new();
    for name in names {
        let id = canonical(name, &candidates, Text::same("--measure")).map_err(Error::Refused)?;
        if !plan.has_measure(&id) {
            let known = plan.measure_ids().join(", ");
            let refusal = text!("cmd-status-unknown-measure", id, known);
            return Err(Error::Refused(refusal));
        }
        ids.push(id);
    }
    Ok(ids)
}

/// When the agreement has ended (or not begun) on `today`, what to say
/// instead of a table of measures none of which is in force: once, with
/// how to see how it ended and how to start the next agreement.
fn agreement_not_running(plan: &Plan, today: NaiveDate) -> Option<Text> {
    let a = &plan.agreement;
    let (town, start, end) = (&a.municipality, a.start, a.end);
    if today > end {
        let year = end.year();
        let said = text!("cmd-status-agreement-ended", town, start, end, today, year);
        Some(said)
    } else if today < start {
        Some(text!("cmd-status-agreement-not-begun", town, start, today))
    } else {
        None
    }
}

/// Runs `loften status`.
pub fn run(args: &StatusArgs, settings: &Settings) -> Result<Outcome, Error> {
    let at = flags::day_or("--at", args.at.as_deref(), settings.today, settings.today)?;
    let span = flags::grid_span(
        args.year.as_deref(),
        args.tertial.as_deref(),
        args.quarter.as_deref(),
    )?;
    if settings.dirs.len() > 1 {
        return area::run(args, settings, at, span);
    }
    // The agreement in force on the as-of date, or on the last day shown.
    let day = span.as_ref().map_or(at, |s| s.range.end);
    // A measure named that the plan lacks is refused before the log is
    // read, as it was when the plan was loaded first.
    let (plan, log) = tally_log_while_loading(&settings.dir, || {
        let plan = load_plan_at(&settings.dir, day)?;
        measure_filter(&plan, &args.measures)?;
        Ok(plan)
    })?;
    let only = measure_filter(&plan, &args.measures)?;
    let tally = warned(log, settings.lang, None);
    let lang = settings.lang;
    let grouping = if args.by_owner {
        Grouping::Owner
    } else {
        Grouping::FocusArea
    };
    let width = Width::of_stdout(args.wide);
    let mut out = io::stdout().lock();
    if let Some(span) = span {
        let agreement = plan.agreement.period();
        if !span.range.overlaps(&agreement) {
            let (label, start, end) = (span.key(), agreement.start, agreement.end);
            let refusal = text!("cmd-status-period-outside", label, start, end);
            return Err(Error::Refused(refusal));
        }
        let as_of = grid_as_of(args.at.is_some(), &span, at);
        let grid = span_grid(&plan, &tally, &span, as_of, &only);
        match args.format {
            ListFormat::Json => write_json(&mut out, &grid)?,
            ListFormat::Table => write!(
                out,
                "{}",
                grid_table(&plan, &grid, grouping, lang, settings.colour, width)
            )?,
        }
        return Ok(Outcome::Success);
    }
    if args.at.is_none()
        && args.format == ListFormat::Table
        && let Some(words) = agreement_not_running(&plan, at)
    {
        writeln!(out, "{}", words.get(lang))?;
        return Ok(Outcome::Success);
    }
    let evaluation = evaluation(&plan, &tally, at, &only);
    match args.format {
        ListFormat::Json => write_json(&mut out, &evaluation)?,
        ListFormat::Table => write!(
            out,
            "{}",
            status_table(&plan, &evaluation, grouping, lang, settings.colour, width)
        )?,
    }
    if args.fail_if_behind && evaluation.any_behind() {
        return Ok(Outcome::ProblemsFound);
    }
    Ok(Outcome::Success)
}
