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
use crate::compliance::{Evaluation, MeasureStatus, State};
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

/// One data folder, judged: its plan and tally are dropped once it is,
/// and a table already worded, so that a region's or the country's
/// hundreds of folders take the memory of one plan and one tally, and
/// of what is shown of each.
struct Folder {
    /// The folder as the user named it.
    shown: String,
    municipality: String,
    title: String,
    /// Whether the plan has each `--measure` id, in their order.
    has_measures: Vec<bool>,
    /// The folder's own table, worded, and the state of each measure in
    /// it (the table format only: the JSON keeps every measure's status).
    table: String,
    states: Vec<State>,
    /// Whether a measure is behind (`--fail-if-behind`).
    behind: bool,
}

impl Folder {
    fn of(shown: String, plan: &Plan, ids: &[String]) -> Folder {
        Folder {
            shown,
            municipality: plan.agreement.municipality.clone(),
            title: plan.agreement.title.clone(),
            has_measures: ids.iter().map(|id| plan.has_measure(id)).collect(),
            table: String::new(),
            states: Vec::new(),
            behind: false,
        }
    }
}

fn read_folder(dir: &Path, settings: &Settings) -> Result<(String, Plan, Tally), Error> {
    let shown = shown(dir);
    let plan = load_plan(dir)?;
    let tally = read_log(dir, &plan, settings.lang, Some(&shown))?;
    Ok((shown, plan, tally))
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
    for (i, id) in ids.iter().enumerate() {
        if !folders.iter().any(|f| f.has_measures[i]) {
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
    let grouping = if args.by_owner {
        Grouping::Owner
    } else {
        Grouping::FocusArea
    };
    let (lang, colour) = (settings.lang, settings.colour);
    let width = Width::of_stdout(args.wide);
    let tables = args.format == ListFormat::Table;
    let mut folders = Vec::with_capacity(settings.dirs.len());
    let mut evaluations = Vec::new();
    let mut grids = Vec::new();
    for dir in &settings.dirs {
        let (shown, plan, tally) = read_folder(dir, settings)?;
        let mut folder = Folder::of(shown, &plan, &args.measures);
        match (&span, as_of) {
            (Some(span), Some(as_of)) => {
                let grid = span_grid(&plan, &tally, span, as_of, &args.measures);
                if tables {
                    folder.table = grid_table(&plan, &grid, grouping, lang, colour, width);
                    folder.states = grid.measures.iter().map(|r| r.at_end.state).collect();
                } else {
                    grids.push(grid);
                }
            }
            _ => {
                let judged = evaluation(&plan, &tally, at, &args.measures);
                folder.behind = judged.any_behind();
                if tables {
                    folder.table = status_table(&plan, &judged, grouping, lang, colour, width);
                    folder.states = judged.measures.iter().map(|m| m.state).collect();
                } else {
                    evaluations.push(judged);
                }
            }
        }
        folders.push(folder);
    }
    check_measure_filter(&folders, &args.measures)?;
    match as_of {
        Some(as_of) => grids_of(args, settings, &folders, grids, as_of, width),
        None => statuses(args, settings, &folders, evaluations, at, width),
    }
}

fn statuses(
    args: &StatusArgs,
    settings: &Settings,
    folders: &[Folder],
    evaluations: Vec<Evaluation>,
    at: NaiveDate,
    width: Width,
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
                    municipality: &f.municipality,
                    title: &f.title,
                    measures: &e.measures,
                })
                .collect();
            write_json(&mut out, &AreaStatus { at, agreements })?;
        }
        ListFormat::Table => {
            let lines = area_lines(folders);
            write!(
                out,
                "{}",
                area_table(&lines, at, lang, settings.colour, width)
            )?;
            write_tables(&mut out, folders)?;
        }
    }
    if args.fail_if_behind && folders.iter().any(|f| f.behind) {
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
    width: Width,
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
                    municipality: &f.municipality,
                    title: &f.title,
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
            let lines = area_lines(folders);
            write!(
                out,
                "{}",
                area_table(&lines, as_of, lang, settings.colour, width)
            )?;
            write_tables(&mut out, folders)?;
        }
    }
    Ok(Outcome::Success)
}

/// Each folder's own table, under its heading.
fn write_tables(out: &mut impl Write, folders: &[Folder]) -> Result<(), Error> {
    for folder in folders {
        let heading = agreement_heading(&folder.municipality, &folder.shown);
        write!(out, "{heading}{}", folder.table)?;
    }
    Ok(())
}

/// The summary's line of each folder.
fn area_lines(folders: &[Folder]) -> Vec<AreaLine<'_>> {
    folders
        .iter()
        .map(|f| AreaLine {
            municipality: &f.municipality,
            dir: &f.shown,
            states: f.states.clone(),
        })
        .collect()
}
