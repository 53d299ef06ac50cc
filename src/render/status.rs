//! The status table and the period grid, for people: grouped by focus area
//! or by responsible party, states in words and colour, metrics with trend
//! arrows; and the police-area summary of several agreements.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use comfy_table::Color;

use super::table::{
    Column, TableCell, Width, cell, coloured, cut, fits, fitted_table, fitting, masked_table, wrap,
};
use crate::compliance::grid::{Grid, GridRow, Mark};
use crate::compliance::{Evaluation, MeasureStatus, MetricStatus, Rate, RateUnit, State};
use crate::i18n::{Lang, Text};
use crate::plan::Plan;
use crate::terminal::escaped_line;
use crate::text;
use crate::words::{
    done_of_target, due_words, metric_goal_words, month_abbrev, number, period_label, record_words,
    state_symbol, state_words, trend_arrow, trigger_counts,
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

fn needed_words(m: &MeasureStatus, at: NaiveDate, lang: Lang) -> String {
    if let Some(reason) = &m.excuse {
        return reason.clone();
    }
    if let Some(triggers) = &m.triggers {
        // "1 overdue, 1 open; overdue since 2021-04-09 (6 days)".
        let counts = trigger_counts(triggers, lang);
        let due = m.due.map(|due| due_words(due, m.state, at, lang));
        return [Some(counts).filter(|c| !c.is_empty()), due]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ");
    }
    if let Some(due) = m.due {
        return due_words(due, m.state, at, lang);
    }
    let Some(needed) = m.needed.filter(|n| *n > 0) else {
        return String::new();
    };
    let words = text!("status-needed-more", needed);
    // Out of reach, a pace would only mislead: the verdict comes first.
    let words = if m.unreachable {
        text!("status-needed-out-of-reach", words)
    } else if let Some(rate) = &m.rate {
        text!("status-needed-at-pace", words, pace = pace_text(rate, lang))
    } else {
        words
    };
    words.get(lang)
}

/// The period's label; for a measure whose validity ended, "slutade
/// 2021-01-31: januari 2021", its last verdict's period.
fn period_words(m: &MeasureStatus, lang: Lang) -> String {
    let label = m
        .period
        .as_ref()
        .map_or_else(String::new, |p| period_label(&p.period(), lang));
    match m.ended {
        // A validity period's label already ends with the day.
        Some(end) if label.contains(&end.to_string()) => text!("status-ended", end).get(lang),
        Some(end) => text!("status-ended-in", end, period = label).get(lang),
        None => label,
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
    let covered = m.covered.join(", ");
    if missing.is_empty() {
        text!("status-covered", covered).get(lang)
    } else {
        text!("status-covered-not-yet", covered, missing).get(lang)
    }
}

fn not_reached_words(m: &MeasureStatus, lang: Lang) -> String {
    m.missing
        .iter()
        .map(|id| match m.of_which.iter().find(|s| &s.target == id) {
            Some(s) => {
                let (target, done, at_least, expected) = (id, s.done, s.at_least, s.expected);
                text!("status-sub-quota-behind", target, done, at_least, expected).get(lang)
            }
            None => id.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The pace still needed: "ca 2 per vecka", "about 1 every 10 weeks".
fn pace_text(rate: &Rate, lang: Lang) -> Text {
    let unit = match rate.unit {
        RateUnit::Day => "day",
        RateUnit::SetDay => "set-day",
        RateUnit::Week => "week",
    };
    if rate.per >= 1.0 {
        return text!("status-pace-per", per = number(rate.per, lang), unit);
    }
    let every = (1.0 / rate.per.max(0.001)).floor().max(1.0);
    if every <= 1.0 {
        return text!("status-pace-per", per = "1", unit);
    }
    text!("status-pace-every", every = number(every, lang), unit)
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
            .map(|f| (f.id.clone(), escaped_line(&f.name).into_owned()))
            .collect(),
        Grouping::Owner => plan
            .agreement
            .parties
            .iter()
            .map(|p| (p.id.clone(), escaped_line(&p.name).into_owned()))
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

/// The status table of `evaluation`, with the metrics under it, at
/// `width`: below [`crate::render::table::COMPACT_BELOW`] columns one line
/// per measure, else a table whose columns are dropped in this order until
/// it fits: when (plan), this year, expected, period, missing, measure.
pub fn status_table(
    plan: &Plan,
    evaluation: &Evaluation,
    grouping: Grouping,
    lang: Lang,
    colour: bool,
    width: Width,
) -> String {
    let mut out = String::new();
    let what = text!("status-title", at = evaluation.at).get(lang);
    out += &title_line(&plan.agreement.title, &what, width);
    let at = evaluation.at;
    // Every group shows the same columns: decided once on all measures,
    // whose cells are worded once.
    let rows: Vec<[TableCell; 10]> = crate::parallel::map_in_order(&evaluation.measures, 64, |m| {
        status_cells(m, at, lang, colour)
    });
    let row_of: HashMap<*const MeasureStatus, &[TableCell; 10]> = evaluation
        .measures
        .iter()
        .map(|m| m as *const MeasureStatus)
        .zip(&rows)
        .collect();
    let mut all = status_columns(lang);
    for row in &rows {
        for (column, cell) in all.iter_mut().zip(row) {
            column.push(cell.clone());
        }
    }
    let keep = fitting(&all, width, false);
    for (heading, members) in groups(plan, &evaluation.measures, grouping, |m| {
        (m.focus_area.as_str(), m.responsible.as_slice())
    }) {
        let _ = writeln!(out, "\n{heading}");
        if let Width::Fit(limit) = width
            && width.is_compact()
        {
            out += &compact_lines(&members, at, lang, colour, limit);
            continue;
        }
        let mut columns: Vec<Column> = all.iter().map(Column::emptied).collect();
        for m in members {
            let row = row_of[&(m as *const MeasureStatus)];
            for (column, cell) in columns.iter_mut().zip(row) {
                column.push(cell.clone());
            }
        }
        let _ = writeln!(out, "{}", masked_table(columns, &keep, width, colour));
    }
    let metrics: Vec<(&str, &MetricStatus)> = evaluation
        .measures
        .iter()
        .flat_map(|m| m.metrics.iter().map(move |x| (m.id.as_str(), x)))
        .collect();
    if !metrics.is_empty() {
        let heading = text!("status-metrics-heading", at = evaluation.at).get(lang);
        let _ = writeln!(out, "\n{}", wrap(&heading, width));
        let _ = writeln!(out, "{}", metrics_table(&metrics, lang, colour, width));
    }
    out
}

/// The status table's columns, empty, with the order they are dropped in.
fn status_columns(lang: Lang) -> Vec<Column> {
    vec![
        Column::kept(lang.say("status-column-id")),
        Column::droppable(lang.say("status-column-measure"), 6),
        Column::droppable(lang.say("status-column-when"), 1),
        Column::droppable(lang.say("status-column-period"), 4),
        Column::kept(lang.say("status-column-done-target")),
        Column::droppable(lang.say("status-column-expected"), 3),
        Column::kept(lang.say("status-column-state")),
        Column::kept(lang.say("status-column-needed")),
        Column::droppable(lang.say("status-column-missing"), 5),
        Column::droppable(lang.say("status-column-this-year"), 2),
    ]
}

/// One measure's cells in the status table, in the order of
/// [`status_columns`].
fn status_cells(m: &MeasureStatus, at: NaiveDate, lang: Lang, colour: bool) -> [TableCell; 10] {
    [
        cell(&m.id),
        cell(shorten(&m.title, 28)),
        cell(shorten(&m.nar, 32)),
        cell(period_words(m, lang)),
        cell(done_of_target(m)),
        cell(m.expected.map_or(String::new(), |e| e.to_string())),
        coloured(state_words(m.state, lang), state_colour(m.state), colour),
        cell(needed_words(m, at, lang)),
        cell(missing_words(m, lang)),
        cell(record_words(&m.year, lang)),
    ]
}

/// "Title — what", or on two lines when that is wider than `width`.
fn title_line(title: &str, what: &str, width: Width) -> String {
    let title = escaped_line(title);
    let line = format!("{title} — {what}");
    match width {
        Width::Fit(limit) if line.chars().count() > limit => {
            format!("{}\n{}\n", cut(&title, limit), cut(what, limit))
        }
        _ => format!("{line}\n"),
    }
}

/// Pads `text` with spaces to `width` characters.
fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(n)))
}

/// The compact status: one line per measure, "✓ uppfyllt  id  4/10  6
/// till, …", the columns aligned and each line cut to `limit`.
fn compact_lines(
    members: &[&MeasureStatus],
    at: NaiveDate,
    lang: Lang,
    colour: bool,
    limit: usize,
) -> String {
    let rows: Vec<[String; 4]> = members
        .iter()
        .map(|m| {
            let mut needed = needed_words(m, at, lang);
            let missing = missing_words(m, lang);
            if !missing.is_empty() {
                needed = if needed.is_empty() {
                    text!("status-compact-missing", missing).get(lang)
                } else {
                    text!("status-compact-needed-missing", needed, missing).get(lang)
                };
            }
            [
                format!("{} {}", state_symbol(m.state), state_words(m.state, lang)),
                m.id.clone(),
                done_of_target(m),
                escaped_line(&needed).into_owned(),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..3)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (m, row) in members.iter().zip(&rows) {
        let state = pad(&row[0], widths[0]);
        let rest = format!(
            "  {}  {}  {}",
            pad(&row[1], widths[1]),
            pad(&row[2], widths[2]),
            row[3]
        );
        let line = cut(format!("{state}{rest}").trim_end(), limit);
        // The state is coloured when it survived the cut whole.
        let line = match state_colour(m.state) {
            Some(c) if colour && line.starts_with(&state) => {
                format!("{}{}", paint(&state, c), &line[state.len()..])
            }
            _ => line,
        };
        let _ = writeln!(out, "{line}");
    }
    out
}

/// `text` in a terminal colour (the compact lines are not a table, so
/// comfy-table does not colour them).
fn paint(text: &str, colour: Color) -> String {
    let code = match colour {
        Color::Green => 32,
        Color::Red => 31,
        Color::Yellow => 33,
        Color::Cyan => 36,
        _ => 39,
    };
    format!("\u{1b}[{code}m{text}\u{1b}[39m")
}

/// The metrics against the year before; at a narrow width the goal column
/// goes first, then the metric's measure.
fn metrics_table(rows: &[(&str, &MetricStatus)], lang: Lang, colour: bool, width: Width) -> String {
    let mut columns = vec![
        Column::kept(lang.say("status-column-measure")),
        Column::kept(lang.say("status-metric-column-metric")),
        Column::kept(lang.say("status-metric-column-this-year")),
        Column::kept(lang.say("status-metric-column-last-year")),
        Column::kept(lang.say("status-metric-column-trend")),
        Column::droppable(lang.say("status-metric-column-goal"), 1),
    ];
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
        let cells = [
            cell(measure),
            cell(&m.label),
            cell(format!("{}{unit}", number(m.ytd, lang))),
            cell(
                m.previous_ytd
                    .map_or("–".to_string(), |p| format!("{}{unit}", number(p, lang))),
            ),
            coloured(trend_arrow(m.trend), trend_colour, colour),
            cell(metric_goal_words(m, lang)),
        ];
        for (column, cell) in columns.iter_mut().zip(cells) {
            column.push(cell);
        }
    }
    fitted_table(columns, width, false, colour)
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

/// The outcome of a grid row: for several periods in the span how many
/// were met, for one (a yearly promise) done against the target; a period
/// still running at the span's end adds its pace.
fn grid_outcome(row: &GridRow, lang: Lang) -> String {
    let record = &row.at_end.year;
    let outcome = if record.periods_ended + record.periods_excused > 1 {
        let (met, ended) = (record.periods_met, record.periods_ended);
        text!("grid-outcome-periods", met, ended).get(lang)
    } else {
        done_of_target(&row.at_end)
    };
    match (row.at_end.state, row.at_end.expected) {
        (State::OnTrack | State::Behind, Some(expected)) => {
            text!("grid-outcome-expected", outcome, expected).get(lang)
        }
        _ => outcome,
    }
}

/// The council's grid: measures × months, totals, then metrics against the
/// year before. Fitted to a width, the outcome column goes first, then the
/// total; below [`crate::render::table::COMPACT_BELOW`] columns each
/// measure is one line with one mark per month.
pub fn grid_table(
    plan: &Plan,
    grid: &Grid,
    grouping: Grouping,
    lang: Lang,
    colour: bool,
    width: Width,
) -> String {
    let mut out = String::new();
    // Every group shows the same columns, decided once on all measures;
    // a grid that does not fit even so is shown compact.
    let mut all = grid_columns(grid, lang);
    for row in &grid.measures {
        for (column, cell) in all.iter_mut().zip(grid_cells(row, lang, colour)) {
            column.push(cell);
        }
    }
    let keep = fitting(&all, width, false);
    let compact = width.is_compact() || !fits(&all, &keep, width);
    out += &title_line(
        &plan.agreement.title,
        &period_label(&grid.span.period(), lang),
        width,
    );
    let _ = writeln!(
        out,
        "{}",
        wrap(
            &if compact {
                lang.say("grid-legend-compact")
            } else {
                lang.say("grid-legend")
            },
            width
        )
    );
    for (heading, members) in groups(plan, &grid.measures, grouping, |r: &GridRow| {
        (r.focus_area.as_str(), r.responsible.as_slice())
    }) {
        let _ = writeln!(out, "\n{heading}");
        if let (Width::Fit(limit), true) = (width, compact) {
            out += &compact_grid(grid, &members, lang, limit);
            continue;
        }
        let mut columns: Vec<Column> = all.iter().map(Column::emptied).collect();
        for row in members {
            for (column, cell) in columns.iter_mut().zip(grid_cells(row, lang, colour)) {
                column.push(cell);
            }
        }
        let _ = writeln!(out, "{}", masked_table(columns, &keep, width, colour));
    }
    let metrics: Vec<(&str, &MetricStatus)> = grid
        .measures
        .iter()
        .flat_map(|r| r.at_end.metrics.iter().map(move |m| (r.id.as_str(), m)))
        .collect();
    if !metrics.is_empty() {
        let until = grid.span.end.min(grid.at);
        let heading = text!("grid-metrics-heading", until).get(lang);
        let _ = writeln!(out, "\n{}", wrap(&heading, width));
        let _ = writeln!(out, "{}", metrics_table(&metrics, lang, colour, width));
    }
    out
}

/// The grid's columns, empty: id, one per month, total, outcome, state.
fn grid_columns(grid: &Grid, lang: Lang) -> Vec<Column> {
    let mut columns = vec![Column::kept(lang.say("status-column-id"))];
    columns.extend(
        grid.columns
            .iter()
            .map(|c| Column::kept(short_month(&c.key, lang))),
    );
    columns.push(Column::droppable(lang.say("grid-column-total"), 2));
    columns.push(Column::droppable(lang.say("grid-column-outcome"), 1));
    columns.push(Column::kept(lang.say("status-column-state")));
    columns
}

/// One measure's cells in the grid, in the order of [`grid_columns`].
fn grid_cells(row: &GridRow, lang: Lang, colour: bool) -> Vec<TableCell> {
    let mut cells = vec![cell(&row.id)];
    cells.extend(
        row.cells
            .iter()
            .map(|c| coloured(grid_cell(c.done, c.mark), mark_colour(c.mark), colour)),
    );
    cells.push(cell(row.total));
    cells.push(cell(grid_outcome(row, lang)));
    let state = row.at_end.state;
    cells.push(coloured(
        state_words(state, lang),
        state_colour(state),
        colour,
    ));
    cells
}

/// The compact grid: a line of month initials, then per measure its id,
/// one mark per month, the total and the state.
fn compact_grid(grid: &Grid, members: &[&GridRow], lang: Lang, limit: usize) -> String {
    let id_width = members
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(0);
    let initials: String = grid
        .columns
        .iter()
        .map(|c| short_month(&c.key, lang).chars().next().unwrap_or(' '))
        .collect();
    let total = lang.say("grid-column-total");
    let mut out = String::new();
    let _ = writeln!(out, "{}  {initials}  {total}", pad("", id_width));
    for row in members {
        let marks: String = row
            .cells
            .iter()
            .map(|c| match (c.mark, c.done) {
                (Mark::Blank, 0) => '·',
                (Mark::Blank, n @ 1..=9) => char::from_digit(n as u32, 10).unwrap_or('+'),
                (Mark::Blank, _) => '+',
                (mark, _) => mark.symbol().chars().next().unwrap_or('·'),
            })
            .collect();
        let line = format!(
            "{}  {marks}  {:>width$}  {}, {}",
            pad(&row.id, id_width),
            row.total,
            state_words(row.at_end.state, lang),
            grid_outcome(row, lang),
            width = total.chars().count()
        );
        let _ = writeln!(out, "{}", cut(&line, limit));
    }
    out
}

/// A month column's header from its key (`2021-03` → "mar").
fn short_month(key: &str, lang: Lang) -> String {
    key.rsplit('-')
        .next()
        .and_then(|m| m.parse::<u32>().ok())
        .map_or_else(|| key.to_string(), |m| month_abbrev(m, lang))
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
/// measures are in each state, and a total line. Fitted to a width, a
/// state no measure is in is left out, then the data folder column.
pub fn area_table(
    lines: &[AreaLine],
    at: NaiveDate,
    lang: Lang,
    colour: bool,
    width: Width,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", text!("status-area-title", at).get(lang));
    let mut columns = vec![
        Column::kept(lang.say("status-area-column-municipality")),
        Column::droppable(lang.say("status-area-column-data-folder"), 1),
    ];
    columns.extend(
        State::ALL
            .iter()
            .map(|s| Column::droppable(state_words(*s, lang), 2)),
    );
    let mut totals = [0usize; State::ALL.len()];
    let mut row = |first: &str, second: &str, counts: &[usize]| {
        let mut cells = vec![cell(first), cell(second)];
        for (state, n) in State::ALL.iter().zip(counts) {
            let c = if *n > 0 { state_colour(*state) } else { None };
            cells.push(coloured(n, c, colour));
        }
        for (column, cell) in columns.iter_mut().zip(cells) {
            column.push(cell);
        }
    };
    for line in lines {
        let counts = State::ALL.map(|s| line.states.iter().filter(|x| **x == s).count());
        for (total, n) in totals.iter_mut().zip(counts) {
            *total += n;
        }
        row(line.municipality, line.dir, &counts);
    }
    row(&lang.say("status-area-total"), "", &totals);
    let _ = writeln!(out, "{}", fitted_table(columns, width, true, colour));
    out
}

/// The heading above one agreement's own table in the police-area view.
pub fn agreement_heading(municipality: &str, dir: &str) -> String {
    let line = format!("{} — {}", escaped_line(municipality), escaped_line(dir));
    let rule = "═".repeat(line.chars().count());
    format!("\n{line}\n{rule}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pace_of_one_reads_in_the_singular() {
        let weekly = Rate {
            per: 0.6,
            unit: RateUnit::Week,
        };
        assert_eq!(pace_text(&weekly, Lang::SV).sv(), "ca 1 per vecka");
        assert_eq!(pace_text(&weekly, Lang::EN).en(), "about 1 a week");
        let fortnightly = Rate {
            per: 0.4,
            unit: RateUnit::Week,
        };
        assert_eq!(pace_text(&fortnightly, Lang::SV).sv(), "ca 1 per 2 veckor");
        assert_eq!(
            pace_text(&fortnightly, Lang::EN).en(),
            "about 1 every 2 weeks"
        );
        let fast = Rate {
            per: 2.5,
            unit: RateUnit::SetDay,
        };
        assert_eq!(
            pace_text(&fast, Lang::SV).sv(),
            "ca 2,5 per dag i datummängden"
        );
    }
}
