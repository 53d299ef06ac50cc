//! The police-area view of `loften status`: several data folders at once
//! (`--dir norsjo --dir mala`, or the folders of a `loften.toml`
//! workspace), for a local police area that follows several
//! municipalities' agreements.
//!
//! Each folder keeps its own plan and logs and is evaluated on its own,
//! exactly as `status` would in that folder; this module only gathers the
//! results: a summary of municipality × state counts, then each
//! agreement's usual table, or JSON with a list of agreements. With one
//! folder `status` never comes here, so its output is unchanged.

use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::view::{evaluation, grid_as_of, read_log, span_grid};
use crate::cli::{ListFormat, StatusArgs};
use crate::compliance::grid::{Grid, GridRow};
use crate::compliance::tally::Tally;
use crate::compliance::{Evaluation, MeasureStatus};
use crate::error::{Error, Outcome};
use crate::period::{Period, PeriodRef};
use crate::plan::Plan;
use crate::render::status::{
    AreaLine, Grouping, agreement_heading, area_table, grid_table, status_table,
};
use crate::render::table::Width;
use crate::render::write_json;
use crate::settings::Settings;
use crate::store::plan_file::load_plan;
use crate::store::shown;
use crate::text;

/// One data folder, read; its tally is judged at once and dropped, so
/// that a region's or the country's hundreds of folders take the memory
/// of one tally.
struct Folder {
    /// The folder as the user named it.
    shown: String,
    plan: Plan,
}

fn read_folder(dir: &Path, settings: &Settings) -> Result<(Folder, Tally), Error> {
    let shown = shown(dir);
    let plan = load_plan(dir)?;
    let tally = read_log(dir, &plan, settings.lang, Some(&shown))?;
    Ok((Folder { shown, plan }, tally))
}

/// `status --format json` over several folders.
#[derive(Serialize)]
struct AreaStatus<T: Serialize> {
    at: NaiveDate,
    agreements: Vec<T>,
}

/// One agreement in the JSON: the usual measures, with whose they are.
#[derive(Serialize)]
struct AgreementStatus<'a> {
    dir: &'a str,
    municipality: &'a str,
    title: &'a str,
    measures: &'a [MeasureStatus],
}

/// One agreement's grid in the JSON.
#[derive(Serialize)]
struct AgreementGrid<'a> {
    dir: &'a str,
    municipality: &'a str,
    title: &'a str,
    span: &'a PeriodRef,
    columns: &'a [PeriodRef],
    measures: &'a [GridRow],
}

/// Refuses `--measure` ids that no plan has; an id that only some plans
/// have shows in those.
fn check_measure_filter(folders: &[Folder], ids: &[String]) -> Result<(), Error> {
    for id in ids {
        if !folders.iter().any(|f| f.plan.has_measure(id)) {
            let dirs: Vec<&str> = folders.iter().map(|f| f.shown.as_str()).collect();
            let dirs = dirs.join(", ");
            let refusal = text!("cmd-area-unknown-measure", id = format!("{id:?}"), dirs);
            return Err(Error::Refused(refusal));
        }
    }
    Ok(())
}

/// Runs `loften status` over every folder of `settings.dirs`, as of `at`,
/// or the grid of `span`.
pub fn run(
    args: &StatusArgs,
    settings: &Settings,
    at: NaiveDate,
    span: Option<Period>,
) -> Result<Outcome, Error> {
    let as_of = span
        .as_ref()
        .map(|span| grid_as_of(args.at.is_some(), span, at));
    let mut folders = Vec::with_capacity(settings.dirs.len());
    let mut evaluations = Vec::new();
    let mut grids = Vec::new();
    for dir in &settings.dirs {
        let (folder, tally) = read_folder(dir, settings)?;
        match (&span, as_of) {
            (Some(span), Some(as_of)) => {
                grids.push(span_grid(&folder.plan, &tally, span, as_of, &args.measures))
            }
            _ => evaluations.push(evaluation(&folder.plan, &tally, at, &args.measures)),
        }
        folders.push(folder);
    }
    check_measure_filter(&folders, &args.measures)?;
    let grouping = if args.by_owner {
        Grouping::Owner
    } else {
        Grouping::FocusArea
    };
    match as_of {
        Some(as_of) => grids_of(args, settings, &folders, grids, as_of, grouping),
        None => statuses(args, settings, &folders, evaluations, at, grouping),
    }
}

fn statuses(
    args: &StatusArgs,
    settings: &Settings,
    folders: &[Folder],
    evaluations: Vec<Evaluation>,
    at: NaiveDate,
    grouping: Grouping,
) -> Result<Outcome, Error> {
    let lang = settings.lang;
    let mut out = io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            let agreements = folders
                .iter()
                .zip(&evaluations)
                .map(|(f, e)| AgreementStatus {
                    dir: &f.shown,
                    municipality: &f.plan.agreement.municipality,
                    title: &f.plan.agreement.title,
                    measures: &e.measures,
                })
                .collect();
            write_json(&mut out, &AreaStatus { at, agreements })?;
        }
        ListFormat::Table => {
            let width = Width::of_stdout(args.wide);
            let lines: Vec<AreaLine> = folders
                .iter()
                .zip(&evaluations)
                .map(|(f, e)| AreaLine {
                    municipality: &f.plan.agreement.municipality,
                    dir: &f.shown,
                    states: e.measures.iter().map(|m| m.state).collect(),
                })
                .collect();
            write!(
                out,
                "{}",
                area_table(&lines, at, lang, settings.colour, width)
            )?;
            for (f, e) in folders.iter().zip(&evaluations) {
                write!(
                    out,
                    "{}{}",
                    agreement_heading(&f.plan.agreement.municipality, &f.shown),
                    status_table(&f.plan, e, grouping, lang, settings.colour, width)
                )?;
            }
        }
    }
    if args.fail_if_behind && evaluations.iter().any(Evaluation::any_behind) {
        return Ok(Outcome::ProblemsFound);
    }
    Ok(Outcome::Success)
}

fn grids_of(
    args: &StatusArgs,
    settings: &Settings,
    folders: &[Folder],
    grids: Vec<Grid>,
    as_of: NaiveDate,
    grouping: Grouping,
) -> Result<Outcome, Error> {
    let lang = settings.lang;
    let mut out = io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            let agreements = folders
                .iter()
                .zip(&grids)
                .map(|(f, g)| AgreementGrid {
                    dir: &f.shown,
                    municipality: &f.plan.agreement.municipality,
                    title: &f.plan.agreement.title,
                    span: &g.span,
                    columns: &g.columns,
                    measures: &g.measures,
                })
                .collect();
            write_json(
                &mut out,
                &AreaStatus {
                    at: as_of,
                    agreements,
                },
            )?;
        }
        ListFormat::Table => {
            let width = Width::of_stdout(args.wide);
            let lines: Vec<AreaLine> = folders
                .iter()
                .zip(&grids)
                .map(|(f, g)| AreaLine {
                    municipality: &f.plan.agreement.municipality,
                    dir: &f.shown,
                    states: g.measures.iter().map(|r| r.at_end.state).collect(),
                })
                .collect();
            write!(
                out,
                "{}",
                area_table(&lines, as_of, lang, settings.colour, width)
            )?;
            for (f, g) in folders.iter().zip(&grids) {
                write!(
                    out,
                    "{}{}",
                    agreement_heading(&f.plan.agreement.municipality, &f.shown),
                    grid_table(&f.plan, g, grouping, lang, settings.colour, width)
                )?;
            }
        }
    }
    Ok(Outcome::Success)
}
