//! What the yearly follow-up says, before any layout: the content model
//! that the HTML and Markdown reports (and the workbook's follow-up and
//! summary sheets) render.
//!
//! Pure: built from the plan and the engine's results ([`grid`] of a
//! calendar year, as known on an as-of date), no files, no clock. Every
//! sentence is made here, in the output language, so the two report
//! formats can never say different things.

use chrono::NaiveDate;
use serde::Serialize;

use crate::compliance::grid::{Grid, GridRow, Mark, grid};
use crate::compliance::tally::Tally;
use crate::compliance::{MetricStatus, State, Trend, YearRecord, version_on};
use crate::i18n::{Lang, Text};
use crate::period::{DateRange, Period, PeriodKind};
use crate::plan::{Direction, Measure, Plan, Rule};
use crate::text;
mod chart;

pub use chart::{ChartValues, chart_values};

use crate::words::{
    frequency_words, metric_goal_words, month_abbrev, month_name, month_text, number, period_text,
    record_unit, record_words, state_words, trend_arrow,
};

/// One calendar year of the agreement as known on a day: the engine's
/// grid of measures × months.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearReview {
    /// The year.
    pub year: i32,
    /// The last day the review knows of: the year's last day in the
    /// agreement, or the as-of date if earlier.
    pub as_of: NaiveDate,
    /// Whether the year (in the agreement) has ended by the as-of date.
    pub complete: bool,
    /// Measures × months.
    pub grid: Grid,
}

/// The review of `year` as known on `as_of`; `None` when the year lies
/// outside the agreement or begins after `as_of`.
pub fn year_review(plan: &Plan, tally: &Tally, year: i32, as_of: NaiveDate) -> Option<YearReview> {
    let full = DateRange::new(
        NaiveDate::from_ymd_opt(year, 1, 1)?,
        NaiveDate::from_ymd_opt(year, 12, 31)?,
    )?;
    let range = full.intersect(&plan.agreement.period())?;
    if range.start > as_of {
        return None;
    }
    let span = Period {
        kind: PeriodKind::Year,
        range,
        full,
    };
    Some(YearReview {
        year,
        as_of: range.end.min(as_of),
        complete: range.end <= as_of,
        grid: grid(plan, tally, &span, as_of),
    })
}

/// The headings and fixed words of a report, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Labels {
    /// "Uppföljning".
    pub follow_up: String,
    /// "Parter".
    pub parties: String,
    /// "Fokusområden".
    pub focus_areas: String,
    /// "Effekter som eftersträvas".
    pub effects: String,
    /// "Åtgärd".
    pub measure: String,
    /// "Löftet (planen)".
    pub promise: String,
    /// "Vad".
    pub what: String,
    /// "Gjort".
    pub done: String,
    /// "Perioder".
    pub periods: String,
    /// "Läge".
    pub state: String,
    /// "Mått".
    pub metric: String,
    /// "Året före".
    pub year_before: String,
    /// "Trend".
    pub trend: String,
    /// "Planen vill".
    pub wanted: String,
    /// The chart's legend for the cumulative line.
    pub cumulative: String,
    /// "Gjort per månad".
    pub per_month: String,
    /// "Undertecknat".
    pub signed: String,
    /// "Tagen fram med loften".
    pub made_with: String,
    /// The heading of a chart's values as a table.
    pub chart_values: String,
    /// "Månad".
    pub month: String,
    /// "Hittills under året", a column's heading.
    pub so_far: String,
    /// "Mål per månad".
    pub target_per_month: String,
    /// "Mål för året".
    pub target_for_year: String,
    /// "Mål".
    pub target: String,
    /// "Utfall".
    pub outcome: String,
    /// The legend of the bars' colours and symbols.
    pub bar_legend: String,
}

impl Labels {
    /// The labels in `lang`.
    pub fn of(lang: Lang) -> Labels {
        Labels {
            follow_up: lang.say("report-label-follow-up"),
            parties: lang.say("report-label-parties"),
            focus_areas: lang.say("report-label-focus-areas"),
            effects: lang.say("report-label-effects"),
            measure: lang.say("report-label-measure"),
            promise: lang.say("report-label-promise"),
            what: lang.say("report-label-what"),
            done: lang.say("report-label-done"),
            periods: lang.say("report-label-periods"),
            state: lang.say("report-label-state"),
            metric: lang.say("report-label-metric"),
            year_before: lang.say("report-label-year-before"),
            trend: lang.say("report-label-trend"),
            wanted: lang.say("report-label-wanted"),
            cumulative: lang.say("report-label-cumulative"),
            per_month: lang.say("report-label-per-month"),
            signed: lang.say("report-label-signed"),
            made_with: lang.say("report-label-made-with"),
            chart_values: lang.say("report-label-chart-values"),
            month: lang.say("report-label-month"),
            so_far: lang.say("report-label-so-far"),
            target_per_month: lang.say("report-label-target-per-month"),
            target_for_year: lang.say("report-label-target-for-year"),
            target: lang.say("report-label-target"),
            outcome: lang.say("report-label-outcome"),
            bar_legend: lang.say("report-label-bar-legend"),
        }
    }
}

/// The whole yearly report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The language everything below is written in.
    #[serde(skip)]
    pub lang: Lang,
    /// The year reported.
    pub year: i32,
    /// The last day known.
    pub as_of: NaiveDate,
    /// Whether the year has ended.
    pub complete: bool,
    /// The agreement's title.
    pub title: String,
    /// "Uppföljning 2021", or "Uppföljning 2021 till och med 30 juni".
    pub subtitle: String,
    /// The parties' names.
    pub parties: Vec<String>,
    /// Place and date of signing, as written.
    pub signed: Option<String>,
    /// The effects sought, verbatim.
    pub effects: Vec<String>,
    /// The focus areas with their measures, in the agreement's order.
    pub areas: Vec<AreaReport>,
    /// Short month names for chart axes.
    pub month_labels: Vec<String>,
    /// The months' names ("mars", "March"), for the charts' tables.
    pub month_names: Vec<String>,
    /// How many promises were kept, for the report's opening.
    pub summary: Summary,
}

/// The report's opening: how many promises were kept in the year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Measures whose year ended met.
    pub kept: usize,
    /// Measures with a target judged in the year: met, missed, behind or
    /// on track (excused, no target and not in force are left out).
    pub judged: usize,
    /// How many measures are in each state, in [`State::ALL`]'s order,
    /// those with none left out.
    pub counts: Vec<(State, usize)>,
    /// "9 av 13 löften hölls 2021", with the measures left out said.
    pub sentence: String,
}

/// The summary of the measures' states in `year`; `complete` when the
/// year has ended (else it speaks of "so far").
pub fn summary(states: &[State], year: i32, complete: bool, lang: Lang) -> Summary {
    let count = |s: State| states.iter().filter(|x| **x == s).count();
    let kept = count(State::Met);
    let judged = [State::Met, State::Missed, State::Behind, State::OnTrack]
        .map(count)
        .iter()
        .sum();
    let on_track = count(State::OnTrack);
    let mut sentence = if complete {
        text!("report-summary-kept", kept, judged, year)
    } else {
        text!("report-summary-so-far", kept, judged, year)
    };
    if !complete && on_track > 0 {
        sentence = text!("report-summary-on-track", words = sentence, n = on_track);
    }
    let besides = [
        (
            State::NoTarget,
            text!("report-summary-no-target", n = count(State::NoTarget)),
        ),
        (
            State::Excused,
            text!("report-summary-excused", n = count(State::Excused)),
        ),
        (
            State::NotInForce,
            text!("report-summary-not-in-force", n = count(State::NotInForce)),
        ),
    ]
    .into_iter()
    .filter(|(state, _)| count(*state) > 0)
    .map(|(_, words)| words)
    .reduce(|list, next| text!("word-list-more", list, next));
    if let Some(besides) = besides {
        sentence = text!("report-summary-besides", words = sentence, besides);
    }
    let sentence = text!("report-sentence", words = sentence).get(lang);
    Summary {
        kept,
        judged,
        counts: State::ALL
            .iter()
            .map(|s| (*s, count(*s)))
            .filter(|(_, n)| *n > 0)
            .collect(),
        sentence,
    }
}

/// One focus area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaReport {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The agreement's sentence for it.
    pub text: String,
    /// Its measures, in plan order.
    pub measures: Vec<MeasureReport>,
}

/// What a chart draws as the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum TargetLine {
    /// No number to draw.
    None,
    /// The same target every month.
    Monthly(u64),
    /// A target for the whole year, drawn against the running total.
    Yearly(u64),
}

/// One month's bar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthBar {
    /// Done in the month.
    pub done: u64,
    /// The month's mark, for monthly measures.
    pub mark: Mark,
    /// Whether the month had begun by the as-of date.
    pub started: bool,
}

/// One metric against the year before.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricLine {
    /// The metric's label in the plan's words.
    pub label: String,
    /// This year's figure, with its unit, in words.
    pub this_year: String,
    /// The year before's figure, or "–".
    pub year_before: String,
    /// ↑ ↓ →, or empty.
    pub arrow: &'static str,
    /// "ska öka", or empty; with a baseline or goal, the year's verdict
    /// ("ska minska; högst 370,8 (2018: 412): uppfyllt").
    pub wanted: String,
    /// Whether it moved the wanted way.
    pub good: Option<bool>,
}

/// One measure's year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureReport {
    /// The measure's id.
    pub id: String,
    /// Its short title.
    pub title: String,
    /// The plan's *Vad*.
    pub vad: String,
    /// The plan's *När*: the promise as people know it.
    pub nar: String,
    /// The frequency in words ("minst 10 per månad").
    pub promise: String,
    /// Done during the year (occasions).
    pub done: u64,
    /// "4 genomförda", "4 done".
    pub done_words: String,
    /// Periods met of those ended.
    pub record: YearRecord,
    /// "10 av 12 månader uppfyllda", or empty.
    pub record_words: String,
    /// The state at the end of the year (or on the as-of date).
    pub state: State,
    /// The state in words.
    pub state_words: String,
    /// Twelve bars (fewer when the agreement starts or ends in the year).
    pub months: Vec<MonthBar>,
    /// What the chart draws as the target.
    pub target_line: TargetLine,
    /// The metrics against the year before.
    pub metrics: Vec<MetricLine>,
    /// The generated sentence.
    pub sentence: String,
}

/// The report of `review`.
pub fn build_report(plan: &Plan, review: &YearReview, lang: Lang) -> Report {
    let agreement = &plan.agreement;
    let year = review.year;
    let subtitle = if review.complete {
        text!("report-subtitle", year).get(lang)
    } else {
        text!("report-subtitle-until", year, day = day_text(review.as_of)).get(lang)
    };
    let areas = agreement
        .focus_areas
        .iter()
        .map(|area| AreaReport {
            id: area.id.clone(),
            name: area.name.clone(),
            text: area.text.clone(),
            measures: review
                .grid
                .measures
                .iter()
                .filter(|row| row.focus_area == area.id)
                .map(|row| measure_report(plan, review, row, lang))
                .collect(),
        })
        .filter(|a: &AreaReport| !a.measures.is_empty())
        .collect::<Vec<_>>();
    let states: Vec<State> = areas
        .iter()
        .flat_map(|a| a.measures.iter().map(|m| m.state))
        .collect();
    let summary = summary(&states, review.year, review.complete, lang);
    Report {
        summary,
        lang,
        year: review.year,
        as_of: review.as_of,
        complete: review.complete,
        title: agreement.title.clone(),
        subtitle,
        parties: agreement.parties.iter().map(|p| p.name.clone()).collect(),
        signed: agreement.signed.clone(),
        effects: agreement.effects.clone(),
        areas,
        month_labels: review
            .grid
            .columns
            .iter()
            .map(|c| {
                use chrono::Datelike;
                month_abbrev(c.start.month(), lang)
            })
            .collect(),
        month_names: review
            .grid
            .columns
            .iter()
            .map(|c| {
                use chrono::Datelike;
                month_name(c.start.month(), lang).to_string()
            })
            .collect(),
    }
}

/// "30 juni 2021", "30 June 2021".
fn day_text(date: NaiveDate) -> Text {
    use chrono::Datelike;
    let (day, month, year) = (date.day(), month_text(date.month()), date.year());
    text!("report-day", day, month, year)
}

fn target_line(plan: &Plan, row: &GridRow, as_of: NaiveDate) -> TargetLine {
    let Some(measure) = version_on(plan, &row.id, as_of) else {
        return TargetLine::None;
    };
    match &measure.frequency.rule {
        // Counting each target, a month's bar is the targets that reached
        // their quota, and the line is how many targets there are.
        Rule::Quota(q) if q.average_over.is_none() && q.each_target => match q.per {
            PeriodKind::Month => row
                .at_end
                .target
                .map_or(TargetLine::None, TargetLine::Monthly),
            PeriodKind::Year => row
                .at_end
                .target
                .map_or(TargetLine::None, TargetLine::Yearly),
            _ => TargetLine::None,
        },
        Rule::Quota(q) if q.average_over.is_none() => match q.per {
            PeriodKind::Month => TargetLine::Monthly(q.at_least),
            PeriodKind::Year => row
                .at_end
                .target
                .map_or(TargetLine::None, TargetLine::Yearly),
            _ => TargetLine::None,
        },
        _ => TargetLine::None,
    }
}

/// What was done in the year, in the measure's own unit: the grid's total,
/// the same figure the workbook and the export show (for a promise judged
/// over the year, `status`'s `done`).
fn done_in_year(row: &GridRow) -> u64 {
    row.total
}

fn measure_report(plan: &Plan, review: &YearReview, row: &GridRow, lang: Lang) -> MeasureReport {
    let measure = version_on(plan, &row.id, review.as_of);
    let record = row.at_end.year;
    let done = done_in_year(row);
    let done_words = done_text(done).get(lang);
    let months = row
        .cells
        .iter()
        .zip(&review.grid.columns)
        .map(|(cell, column)| MonthBar {
            done: cell.done,
            mark: cell.mark,
            started: column.start <= review.as_of,
        })
        .collect();
    let metrics: Vec<MetricLine> = row
        .at_end
        .metrics
        .iter()
        .map(|m| metric_line(m, lang))
        .collect();
    MeasureReport {
        id: row.id.clone(),
        title: row.title.clone(),
        vad: measure.map(|m| m.text.vad.clone()).unwrap_or_default(),
        nar: row.at_end.nar.clone(),
        promise: measure
            .map(|m| frequency_words(&m.frequency, lang))
            .unwrap_or_default(),
        done,
        done_words,
        record,
        record_words: record_words(&record, lang),
        state: row.at_end.state,
        state_words: state_words(row.at_end.state, lang),
        months,
        target_line: target_line(plan, row, review.as_of),
        metrics,
        sentence: sentence(row, measure, &record, review, lang),
    }
}

/// "4 genomförda", "1 genomförd", "4 done".
fn done_text(done: u64) -> Text {
    text!("report-done", done)
}

/// A figure with its unit: "12,5 gram", "15".
fn amount(value: f64, unit: &str, lang: Lang) -> String {
    if unit == "count" || unit.is_empty() {
        number(value, lang)
    } else {
        format!("{} {unit}", number(value, lang))
    }
}

fn metric_line(m: &MetricStatus, lang: Lang) -> MetricLine {
    MetricLine {
        label: m.label.clone(),
        this_year: amount(m.ytd, &m.unit, lang),
        year_before: m
            .previous_ytd
            .map_or_else(|| "–".to_string(), |p| amount(p, &m.unit, lang)),
        arrow: trend_arrow(m.trend),
        wanted: metric_goal_words(m, lang),
        good: m.good,
    }
}

/// "Antalet anmälningar" → "antalet anmälningar", inside a sentence; a
/// label that starts with an acronym ("ANDT-samtal") is kept.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}

/// The clause of one metric: "antalet anmälningar ökade från 12 till 15,
/// som planen vill".
/// A metric in the measure's sentence: how it moved, then its goal's
/// verdict when it has one ("mål högst 370,8 (2018: 412): uppfyllt").
fn metric_clause(m: &MetricStatus, lang: Lang) -> String {
    let moved = trend_clause(m, lang);
    if m.goal.is_none() {
        return moved;
    }
    let goal = metric_goal_words(
        &MetricStatus {
            wanted: None,
            ..m.clone()
        },
        lang,
    );
    text!("report-metric-and-goal", moved, goal).get(lang)
}

fn trend_clause(m: &MetricStatus, lang: Lang) -> String {
    let now = amount(m.ytd, &m.unit, lang);
    // Swedish labels read as the middle of a Swedish sentence; in English
    // they are quoted as the plan wrote them: the catalog chooses.
    let in_sentence = in_sentence(&m.label);
    let label = text!("report-metric-label", label = m.label, in_sentence);
    let Some(before) = m.previous_ytd else {
        return text!("report-metric-now", label, now).get(lang);
    };
    if m.trend == Some(Trend::Same) && m.ytd == 0.0 {
        return text!("report-metric-zero-as-before", label).get(lang);
    }
    let before = amount(before, &m.unit, lang);
    let moved = match m.trend {
        Some(Trend::Up) => text!("report-metric-rose", label, before, now),
        Some(Trend::Down) => text!("report-metric-fell", label, before, now),
        _ => text!("report-metric-unchanged", label, now),
    };
    let judged = match (m.good, m.wanted) {
        (Some(true), _) => text!("report-metric-as-wanted", moved),
        (Some(false), Some(Direction::Increase)) => text!("report-metric-wanted-rise", moved),
        (Some(false), Some(Direction::Decrease)) => text!("report-metric-wanted-fall", moved),
        _ => moved,
    };
    judged.get(lang)
}

/// The sentence of a measure: how the promise was kept, then its metrics.
fn sentence(
    row: &GridRow,
    measure: Option<&Measure>,
    record: &YearRecord,
    review: &YearReview,
    lang: Lang,
) -> String {
    let status = &row.at_end;
    let done = done_in_year(row);
    let year = review.year;
    let (met, ended) = (record.periods_met, record.periods_ended);
    let unit = record_unit(record.unit, ended);
    let as_needed = measure.is_some_and(|m| m.frequency.rule == Rule::AsNeeded);
    let done_words = done_text(done);
    let kept = match (status.state, record.unit) {
        (State::NotInForce, _) => text!("report-not-in-force", year),
        _ if as_needed => text!("report-as-needed", done = done_words),
        (State::Excused, _) => {
            let reason = status.excuse.as_deref().unwrap_or_default();
            text!("report-excused", reason, done = done_words)
        }
        _ if ended == 0 && !review.complete => {
            text!("report-year-under-way", done = done_words)
        }
        (_, Some(PeriodKind::Year)) if ended == 1 => {
            let target = status.target.map(|t| t.to_string());
            let (counted, of) = (status.done.unwrap_or(done), target.unwrap_or_default());
            if met == 1 {
                text!("report-kept-yearly", counted, target = of)
            } else {
                text!("report-not-kept-yearly", counted, target = of)
            }
        }
        _ if ended == 0 => text!("report-done-in-year", done = done_words),
        _ => text!("report-kept-periods", met, ended, unit),
    };
    let kept = kept.get(lang);
    let mut clauses = vec![kept];
    // The aim above the promise ("två till tre"): reached or not, over the
    // periods that ended, or in the period still running.
    if let (Some(aim), Some(reached)) = (status.aim, record.periods_aim_reached)
        && ended > 0
    {
        let aim_words = match ended {
            1 if reached == 1 => text!("report-aim-reached", aim),
            1 => text!("report-aim-not-reached", aim),
            _ => text!("report-aim-reached-periods", aim, reached, ended, unit),
        };
        clauses.push(aim_words.get(lang));
    }
    // Events still to answer, or answered late, in the last period: "i kv4
    // 2021: 1 försenad, 1 öppen".
    if let Some(triggers) = &status.triggers {
        let counts = crate::words::trigger_counts(triggers, lang);
        let period = status
            .period
            .as_ref()
            .map_or_else(|| Text::same(""), |p| period_text(&p.period()));
        if !counts.is_empty() {
            clauses.push(text!("report-triggers-in", period, counts).get(lang));
        }
    }
    // Targets chosen during the agreement: when each was added this year.
    let added: Vec<String> = measure
        .map(|m| {
            m.targets
                .iter()
                .filter_map(|t| {
                    t.added
                        .filter(|d| chrono::Datelike::year(d) == year)
                        .map(|d| (t, d))
                })
                .map(|(t, d)| text!("report-target-added", target = t.label, date = d).get(lang))
                .collect()
        })
        .unwrap_or_default();
    if !added.is_empty() {
        clauses.push(added.join(", "));
    }
    if !status.covered.is_empty() {
        // Counting distinct targets: which were covered (in the last period).
        let covered = target_labels(measure, &status.covered);
        clauses.push(text!("report-covered", covered).get(lang));
    }
    if !status.missing.is_empty() && review.complete {
        // The targets by their labels ("Årskurs 8"), as people know them.
        let missing = target_labels(measure, &status.missing);
        clauses.push(text!("report-missing", missing).get(lang));
    }
    clauses.extend(status.metrics.iter().map(|m| metric_clause(m, lang)));
    format!("{}.", clauses.join("; "))
}

/// Targets by their labels ("Årskurs 8"), as people know them; an id the
/// plan does not list (an open set) as it was logged.
fn target_labels(measure: Option<&Measure>, ids: &[String]) -> String {
    ids.iter()
        .map(|id| {
            measure
                .and_then(|m| m.target(id))
                .map_or(id.as_str(), |t| t.label.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod summary_tests {
    use super::*;

    #[test]
    fn the_summary_counts_kept_promises_among_those_judged() {
        use State::*;
        let states = [Met, Met, Missed, NoTarget, Excused, Met];
        let s = summary(&states, 2021, true, Lang::SV);
        assert_eq!((s.kept, s.judged), (3, 4));
        assert_eq!(
            s.sentence,
            "3 av 4 löften hölls 2021; 1 utan mål (görs vid behov), 1 undantagna."
        );
        let running = summary(&[Met, OnTrack, Behind], 2021, false, Lang::EN);
        assert_eq!(
            running.sentence,
            "So far in 2021: 1 of 3 promises met, 1 on track."
        );
        assert_eq!(running.counts, vec![(Met, 1), (OnTrack, 1), (Behind, 1)]);
    }
}

#[cfg(test)]
mod sentence_tests {
    use super::*;

    #[test]
    fn labels_go_lower_case_inside_a_sentence() {
        assert_eq!(in_sentence("Antalet anmälningar"), "antalet anmälningar");
        assert_eq!(in_sentence("ANDT-samtal"), "ANDT-samtal");
        assert_eq!(in_sentence(""), "");
    }

    #[test]
    fn a_metric_clause_says_which_way_and_whether_wanted() {
        let m = MetricStatus {
            id: "anmalningar".into(),
            label: "Antalet anmälningar".into(),
            unit: "count".into(),
            ytd: 15.0,
            previous_ytd: Some(12.0),
            wanted: Some(Direction::Increase),
            trend: Some(Trend::Up),
            good: Some(true),
            goal: None,
        };
        assert_eq!(
            metric_clause(&m, Lang::SV),
            "antalet anmälningar ökade från 12 till 15, som planen vill"
        );
        let fell = MetricStatus {
            ytd: 2.5,
            unit: "gram".into(),
            trend: Some(Trend::Down),
            good: Some(false),
            ..m
        };
        assert_eq!(
            metric_clause(&fell, Lang::EN),
            "Antalet anmälningar fell from 12 gram to 2.5 gram, but the plan wants it to rise"
        );
    }
}
