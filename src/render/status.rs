//! The status table and the period grid, for people: grouped by focus area
//! or by responsible party, states in words and colour, metrics with trend
//! arrows; and the police-area summary of several agreements.

use std::fmt::Write as _;

use chrono::NaiveDate;

use comfy_table::{Cell, Color};

use super::table::{coloured, new_table};
use crate::compliance::grid::{Grid, GridRow, Mark};
use crate::compliance::{Evaluation, MeasureStatus, MetricStatus, Rate, State};
use crate::plan::Plan;
use crate::text::Lang;
use crate::words::{
    done_of_target, metric_goal_words, number, record_words, state_words, trend_arrow,
};

/// How to group the measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// By focus area, in the agreement's order.
    FocusArea,
    /// By responsible party (a measure with two owners appears under both).
    Owner,
}

/// The colour of a state, like a dashboard's traffic light.
pub fn state_colour(state: State) -> Option<Color> {
    match state {
        State::Met => Some(Color::Green),
        State::OnTrack => Some(Color::Cyan),
        State::Behind | State::Missed => Some(Color::Red),
        State::Excused => Some(Color::Yellow),
        State::NoTarget | State::NotInForce => None,
    }
}

fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn needed_words(m: &MeasureStatus, lang: Lang) -> String {
    if let Some(reason) = &m.excuse {
        return reason.clone();
    }
    if let Some(due) = m.due {
        return match lang {
            Lang::Sv => format!("nästa senast {due}"),
            Lang::En => format!("next due {due}"),
        };
    }
    let Some(needed) = m.needed.filter(|n| *n > 0) else {
        return String::new();
    };
    let mut words = match lang {
        Lang::Sv => format!("{needed} till"),
        Lang::En => format!("{needed} more"),
    };
    if let Some(rate) = &m.rate {
        words += &rate_words(rate, lang);
    }
    if m.unreachable {
        words += lang.pick(" (går inte att nå)", " (out of reach)");
    }
    words
}

/// The period's label; for a measure whose validity ended, "slutade
/// 2021-01-31: januari 2021", its last verdict's period.
fn period_words(m: &MeasureStatus, lang: Lang) -> String {
    let label = m.period.as_ref().map_or("", |p| p.label.as_str());
    match m.ended {
        // A validity period's label already ends with the day.
        Some(end) if label.contains(&end.to_string()) => {
            format!("{} {end}", lang.pick("slutade", "ended"))
        }
        Some(end) => format!("{} {end}: {label}", lang.pick("slutade", "ended")),
        None => label.to_string(),
    }
}

/// The targets not reached; a sub-quota with its own figures:
/// "harbo (0/10, väntat 7)". Counting distinct targets, those covered
/// come first: "täckta: byskolan; ännu inte: centralskolan".
fn missing_words(m: &MeasureStatus, lang: Lang) -> String {
    let missing = not_reached_words(m, lang);
    if m.covered.is_empty() {
        return missing;
    }
    let covered = format!(
        "{}: {}",
        lang.pick("täckta", "covered"),
        m.covered.join(", ")
    );
    if missing.is_empty() {
        covered
    } else {
        format!(
            "{covered}; {}: {missing}",
            lang.pick("ännu inte", "not yet")
        )
    }
}

fn not_reached_words(m: &MeasureStatus, lang: Lang) -> String {
    m.missing
        .iter()
        .map(|id| match m.of_which.iter().find(|s| &s.target == id) {
            Some(s) => format!(
                "{id} ({}/{}, {} {})",
                s.done,
                s.at_least,
                lang.pick("väntat", "expected"),
                s.expected
            ),
            None => id.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// ", ca 2 per vecka", ", about 1 every 10 weeks".
fn rate_words(rate: &Rate, lang: Lang) -> String {
    let unit = match (rate.unit, lang) {
        ("day", Lang::Sv) => "dag",
        ("day", Lang::En) => "day",
        ("set_day", Lang::Sv) => "dag i datummängden",
        ("set_day", Lang::En) => "day of the date set",
        (_, Lang::Sv) => "vecka",
        (_, Lang::En) => "week",
    };
    if rate.per >= 1.0 {
        let per = number(rate.per, lang);
        return match lang {
            Lang::Sv => format!(", ca {per} per {unit}"),
            Lang::En => format!(", about {per} a {unit}"),
        };
    }
    let every = (1.0 / rate.per.max(0.001)).floor().max(1.0);
    let units = match (rate.unit, lang) {
        ("day", Lang::Sv) => "dagar",
        ("day", Lang::En) => "days",
        ("set_day", Lang::Sv) => "dagar i datummängden",
        ("set_day", Lang::En) => "days of the date set",
        (_, Lang::Sv) => "veckor",
        (_, Lang::En) => "weeks",
    };
    match lang {
        Lang::Sv => format!(", ca 1 per {} {units}", number(every, lang)),
        Lang::En => format!(", about 1 every {} {units}", number(every, lang)),
    }
}

/// The groups of measures, with headings, in order.
fn groups<'a, T>(
    plan: &'a Plan,
    items: &'a [T],
    grouping: Grouping,
    key: impl Fn(&T) -> (&str, &[String]),
) -> Vec<(String, Vec<&'a T>)> {
    let headings: Vec<(String, String)> = match grouping {
        Grouping::FocusArea => plan
            .agreement
            .focus_areas
            .iter()
            .map(|f| (f.id.clone(), f.name.clone()))
            .collect(),
        Grouping::Owner => plan
            .agreement
            .parties
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect(),
    };
    headings
        .into_iter()
        .map(|(id, name)| {
            let members = items
                .iter()
                .filter(|item| {
                    let (area, owners) = key(item);
                    match grouping {
                        Grouping::FocusArea => area == id,
                        Grouping::Owner => owners.contains(&id),
                    }
                })
                .collect();
            (name, members)
        })
        .filter(|(_, members): &(String, Vec<&T>)| !members.is_empty())
        .collect()
}

/// The status table of `evaluation`, with the metrics under it.
pub fn status_table(
    plan: &Plan,
    evaluation: &Evaluation,
    grouping: Grouping,
    lang: Lang,
    colour: bool,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} {}",
        plan.agreement.title,
        lang.pick("status", "status on"),
        evaluation.at
    );
    for (heading, members) in groups(plan, &evaluation.measures, grouping, |m| {
        (m.focus_area.as_str(), m.responsible.as_slice())
    }) {
        let _ = writeln!(out, "\n{heading}");
        let mut table = new_table(
            [
                "id",
                lang.pick("åtgärd", "measure"),
                lang.pick("när (planen)", "when (plan)"),
                lang.pick("period", "period"),
                lang.pick("gjort/mål", "done/target"),
                lang.pick("väntat", "expected"),
                lang.pick("läge", "state"),
                lang.pick("behövs", "needed"),
                lang.pick("saknas", "missing"),
                lang.pick("året", "this year"),
            ],
            colour,
        );
        for m in members {
            table.add_row(vec![
                Cell::new(&m.id),
                Cell::new(shorten(&m.title, 28)),
                Cell::new(shorten(&m.nar, 32)),
                Cell::new(period_words(m, lang)),
                Cell::new(done_of_target(m)),
                Cell::new(m.expected.map_or(String::new(), |e| e.to_string())),
                coloured(state_words(m.state, lang), state_colour(m.state), colour),
                Cell::new(needed_words(m, lang)),
                Cell::new(missing_words(m, lang)),
                Cell::new(record_words(&m.year, lang)),
            ]);
        }
        let _ = writeln!(out, "{table}");
    }
    let metrics: Vec<(&str, &MetricStatus)> = evaluation
        .measures
        .iter()
        .flat_map(|m| m.metrics.iter().map(move |x| (m.id.as_str(), x)))
        .collect();
    if !metrics.is_empty() {
        let heading = match lang {
            Lang::Sv => format!(
                "Uppföljning hittills i år mot samma period i fjol ({})",
                evaluation.at
            ),
            Lang::En => format!(
                "Follow-up, year to date against the same days last year ({})",
                evaluation.at
            ),
        };
        let _ = writeln!(out, "\n{heading}");
        let _ = writeln!(out, "{}", metrics_table(&metrics, lang, colour));
    }
    out
}

fn metrics_table(rows: &[(&str, &MetricStatus)], lang: Lang, colour: bool) -> String {
    let mut table = new_table(
        [
            lang.pick("åtgärd", "measure"),
            lang.pick("mått", "metric"),
            lang.pick("i år", "this year"),
            lang.pick("i fjol", "last year"),
            lang.pick("trend", "trend"),
            lang.pick("mål", "goal"),
        ],
        colour,
    );
    for (measure, m) in rows {
        let trend_colour = match m.good {
            Some(true) => Some(Color::Green),
            Some(false) => Some(Color::Red),
            None => None,
        };
        let unit = if m.unit == "count" {
            String::new()
        } else {
            format!(" {}", m.unit)
        };
        table.add_row(vec![
            Cell::new(measure),
            Cell::new(&m.label),
            Cell::new(format!("{}{unit}", number(m.ytd, lang))),
            Cell::new(
                m.previous_ytd
                    .map_or("–".to_string(), |p| format!("{}{unit}", number(p, lang))),
            ),
            coloured(trend_arrow(m.trend), trend_colour, colour),
            Cell::new(metric_goal_words(m, lang)),
        ]);
    }
    table.to_string()
}

fn grid_cell(done: u64, mark: Mark) -> String {
    match (mark, done) {
        (Mark::Blank, 0) => String::new(),
        (Mark::Blank, n) => n.to_string(),
        (Mark::Missed, _) | (_, 0) => mark.symbol().to_string(),
        (_, n) => format!("{}{n}", mark.symbol()),
    }
}

fn mark_colour(mark: Mark) -> Option<Color> {
    match mark {
        Mark::Met => Some(Color::Green),
        Mark::Missed => Some(Color::Red),
        Mark::Partial => Some(Color::Yellow),
        Mark::Excused | Mark::Blank => None,
    }
}

/// The council's grid: measures × months, totals, then metrics against the
/// year before.
pub fn grid_table(
    plan: &Plan,
    grid: &Grid,
    grouping: Grouping,
    lang: Lang,
    colour: bool,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", plan.agreement.title, grid.span.label);
    let _ = writeln!(
        out,
        "{}",
        lang.pick(
            "✓ uppfyllt  ✗ missat  ~ delvis  – undantaget; siffran är gjort i åtgärdens enhet",
            "✓ met  ✗ missed  ~ partial  – excused; the number is done in the measure's unit"
        )
    );
    for (heading, members) in groups(plan, &grid.measures, grouping, |r: &GridRow| {
        (r.focus_area.as_str(), r.responsible.as_slice())
    }) {
        let _ = writeln!(out, "\n{heading}");
        let mut header: Vec<String> = vec!["id".into()];
        header.extend(grid.columns.iter().map(|c| short_month(&c.key, lang)));
        header.push(lang.pick("summa", "total").into());
        header.push(lang.pick("utfall", "outcome").into());
        header.push(lang.pick("läge", "state").into());
        let mut table = new_table(header, colour);
        for row in members {
            let mut cells = vec![Cell::new(&row.id)];
            cells.extend(
                row.cells
                    .iter()
                    .map(|c| coloured(grid_cell(c.done, c.mark), mark_colour(c.mark), colour)),
            );
            cells.push(Cell::new(row.total));
            // Several periods in the span: how many were met; one (a
            // yearly promise): what was done against the target.
            let record = &row.at_end.year;
            let outcome = if record.periods_ended + record.periods_excused > 1 {
                match lang {
                    Lang::Sv => format!("{} av {}", record.periods_met, record.periods_ended),
                    Lang::En => format!("{} of {}", record.periods_met, record.periods_ended),
                }
            } else {
                done_of_target(&row.at_end)
            };
            // A period still running at the span's end shows its pace.
            let outcome = match (row.at_end.state, row.at_end.expected) {
                (State::OnTrack | State::Behind, Some(expected)) => {
                    format!("{outcome}, {} {expected}", lang.pick("väntat", "expected"))
                }
                _ => outcome,
            };
            cells.push(Cell::new(outcome));
            let state = row.at_end.state;
            cells.push(coloured(
                state_words(state, lang),
                state_colour(state),
                colour,
            ));
            table.add_row(cells);
        }
        let _ = writeln!(out, "{table}");
    }
    let metrics: Vec<(&str, &MetricStatus)> = grid
        .measures
        .iter()
        .flat_map(|r| r.at_end.metrics.iter().map(move |m| (r.id.as_str(), m)))
        .collect();
    if !metrics.is_empty() {
        let until = grid.span.end.min(grid.at);
        let heading = match lang {
            Lang::Sv => format!("Uppföljning till och med {until} mot samma period året före"),
            Lang::En => format!("Follow-up up to {until} against the same days a year earlier"),
        };
        let _ = writeln!(out, "\n{heading}");
        let _ = writeln!(out, "{}", metrics_table(&metrics, lang, colour));
    }
    out
}

/// A month column's header from its key (`2021-03` → "mar").
fn short_month(key: &str, lang: Lang) -> String {
    key.rsplit('-')
        .next()
        .and_then(|m| m.parse::<u32>().ok())
        .map_or_else(|| key.to_string(), |m| crate::period::month_abbrev(m, lang))
}

/// One agreement in the police-area summary: whose it is, where its data
/// folder is, and the state of each of its measures.
#[derive(Debug, Clone)]
pub struct AreaLine<'a> {
    /// The municipality, as the plan names it.
    pub municipality: &'a str,
    /// The data folder, as the user named it.
    pub dir: &'a str,
    /// One state per measure shown.
    pub states: Vec<State>,
}

/// The police-area summary: one line per agreement with how many of its
/// measures are in each state, and a total line.
pub fn area_table(lines: &[AreaLine], at: NaiveDate, lang: Lang, colour: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {at}",
        lang.pick("Områdets avtal — läge", "The area's agreements — status on")
    );
    let mut header = vec![
        lang.pick("kommun", "municipality"),
        lang.pick("datamapp", "data folder"),
    ];
    header.extend(State::ALL.iter().map(|s| state_words(*s, lang)));
    let mut table = new_table(header, colour);
    let mut totals = [0usize; State::ALL.len()];
    let mut row = |first: &str, second: &str, counts: &[usize]| {
        let mut cells = vec![Cell::new(first), Cell::new(second)];
        for (state, n) in State::ALL.iter().zip(counts) {
            let c = if *n > 0 { state_colour(*state) } else { None };
            cells.push(coloured(n, c, colour));
        }
        table.add_row(cells);
    };
    for line in lines {
        let counts = State::ALL.map(|s| line.states.iter().filter(|x| **x == s).count());
        for (total, n) in totals.iter_mut().zip(counts) {
            *total += n;
        }
        row(line.municipality, line.dir, &counts);
    }
    row(lang.pick("summa", "total"), "", &totals);
    let _ = writeln!(out, "{table}");
    out
}

/// The heading above one agreement's own table in the police-area view.
pub fn agreement_heading(municipality: &str, dir: &str) -> String {
    let line = format!("{municipality} — {dir}");
    let rule = "═".repeat(line.chars().count());
    format!("\n{line}\n{rule}\n")
}
