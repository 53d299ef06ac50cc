//! `loften measures`: every measure of the plan with its id, title,
//! frequency in words and who is responsible, as a table or JSON.

use std::io;

use serde::Serialize;

use crate::cli::{ListFormat, MeasuresArgs};
use crate::error::{Error, Outcome};
use crate::i18n::Lang;
use crate::plan::{Frequency, Measure, Metric, Plan, Target};
use crate::render::table::{Column, Width, cell, fitted_table};
use crate::render::write_json;
use crate::settings::Settings;
use crate::store::plan_file::load_plan_at;

/// One measure in `loften measures --format json`.
#[derive(Debug, Serialize)]
struct MeasureEntry<'a> {
    id: &'a str,
    title: &'a str,
    focus_area: &'a str,
    frequency: &'a Frequency,
    frequency_text: String,
    nar: &'a str,
    responsible: Vec<&'a str>,
    valid: Validity,
    metrics: &'a [Metric],
    targets: &'a [Target],
}

#[derive(Debug, Serialize)]
struct Validity {
    from: chrono::NaiveDate,
    until: chrono::NaiveDate,
}

#[derive(Debug, Serialize)]
struct MeasureList<'a> {
    measures: Vec<MeasureEntry<'a>>,
}

/// The names of the parties responsible for `measure`.
pub fn responsible_names<'a>(plan: &'a Plan, measure: &'a Measure) -> Vec<&'a str> {
    measure
        .responsible
        .iter()
        .map(|id| {
            plan.agreement
                .party(id)
                .map_or(id.as_str(), |p| p.name.as_str())
        })
        .collect()
}

fn entry<'a>(plan: &'a Plan, measure: &'a Measure, lang: Lang) -> MeasureEntry<'a> {
    MeasureEntry {
        id: &measure.id,
        title: &measure.title,
        focus_area: &measure.focus_area,
        frequency: &measure.frequency,
        frequency_text: crate::words::frequency_words(&measure.frequency, lang),
        nar: &measure.text.nar,
        responsible: responsible_names(plan, measure),
        valid: Validity {
            from: measure.validity.start,
            until: measure.validity.end,
        },
        metrics: &measure.metrics,
        targets: &measure.targets,
    }
}

/// Lists the measures.
pub fn run(args: &MeasuresArgs, settings: &Settings) -> Result<Outcome, Error> {
    let plan = load_plan_at(&settings.dir, settings.today)?;
    let lang = settings.lang;
    let entries: Vec<MeasureEntry> = plan
        .measures
        .iter()
        .map(|m| entry(&plan, m, lang))
        .collect();
    let mut out = io::stdout().lock();
    match args.format {
        ListFormat::Json => write_json(&mut out, &MeasureList { measures: entries })?,
        ListFormat::Table => {
            let versions = plan.measures.len() != plan.measure_ids().len();
            // Fitted to a width: the focus area goes first, then who is
            // responsible; the frequency wraps inside its cell.
            let mut columns = vec![
                Column::kept(lang.say("cmd-measures-column-id")),
                Column::kept(lang.say("cmd-measures-column-measure")),
                Column::droppable(lang.say("cmd-measures-column-focus-area"), 1),
                Column::kept(lang.say("cmd-measures-column-frequency")),
                Column::droppable(lang.say("cmd-measures-column-responsible"), 2),
            ];
            if versions {
                columns.push(Column::kept(lang.say("cmd-measures-column-valid")));
            }
            for e in &entries {
                let area = plan
                    .agreement
                    .focus_area(e.focus_area)
                    .map_or(e.focus_area, |f| f.name.as_str());
                let mut row = vec![
                    cell(e.id),
                    cell(e.title),
                    cell(area),
                    cell(&e.frequency_text),
                    cell(e.responsible.join(", ")),
                ];
                if versions {
                    row.push(cell(format!("{} – {}", e.valid.from, e.valid.until)));
                }
                for (column, text) in columns.iter_mut().zip(row) {
                    column.push(text);
                }
            }
            let table = fitted_table(columns, Width::of_stdout(args.wide), false, settings.colour);
            use std::io::Write;
            writeln!(out, "{table}")?;
        }
    }
    Ok(Outcome::Success)
}
