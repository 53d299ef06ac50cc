//! The plan as the rest of `loften` sees it: the agreement, its measures,
//! their frequencies and follow-up metrics, and the named date sets.
//!
//! These are plain validated values; `parse` builds them from a TOML file
//! and guarantees the cross-references hold (every focus area, party,
//! target and date set a measure names exists).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::days::DayRule;
use super::frequency::Frequency;
use crate::period::DateRange;

/// A whole plan: one agreement and its implementation plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// The agreement (*avtalet*).
    pub agreement: Agreement,
    /// The measures in plan order. One id may appear more than once, as
    /// versions with disjoint validity (the plan is adjusted every year).
    pub measures: Vec<Measure>,
    /// Named sets of dates, such as each year's risk weekends.
    pub date_sets: Vec<DateSet>,
    /// The kinds of events a promise answers (`[[trigger]]`): a request
    /// for a safety walk, a finding of a walk. Logged with `loften log
    /// ID`; a shift (`arbetspass`) is the built-in kind.
    pub triggers: Vec<TriggerKind>,
    /// The first day of the earliest agreement of the data folder, when
    /// this agreement follows others (successive agreements): a measure id
    /// that continues keeps its log from then on, so its metrics compare
    /// with the same days a year earlier across the boundary. `None` for a
    /// plan on its own.
    #[serde(skip)]
    pub history_start: Option<NaiveDate>,
}

/// The agreement between the police and the municipality.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// The title, as printed on the agreement.
    pub title: String,
    /// The municipality's name.
    pub municipality: String,
    /// The first day the agreement runs.
    pub start: NaiveDate,
    /// The last day the agreement runs, included.
    pub end: NaiveDate,
    /// The agreement's own text, verbatim, if kept.
    pub text: Option<String>,
    /// The place and date of signing, as written ("Norsjö den 2019-01-01").
    pub signed: Option<String>,
    /// The parties (Polisen, the municipality).
    pub parties: Vec<Party>,
    /// Who signed, with their role.
    pub signatories: Vec<Signatory>,
    /// The effects sought (*effekter som eftersträvas*), verbatim.
    pub effects: Vec<String>,
    /// The focus areas (*fokusområden*).
    pub focus_areas: Vec<FocusArea>,
}

impl Agreement {
    /// The days the agreement runs.
    pub fn period(&self) -> DateRange {
        DateRange {
            start: self.start,
            end: self.end,
        }
    }

    /// The focus area with this id.
    pub fn focus_area(&self, id: &str) -> Option<&FocusArea> {
        self.focus_areas.iter().find(|f| f.id == id)
    }

    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }
}

/// A party to the agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Party {
    /// A short id measures refer to (`polisen`, `kommunen`).
    pub id: String,
    /// The name as written.
    pub name: String,
}

/// Someone who signed the agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signatory {
    /// The person's name, as printed on the agreement.
    pub name: String,
    /// Their role, as printed.
    pub role: String,
}

/// A focus area of the agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FocusArea {
    /// A short id measures refer to (`narkotika`).
    pub id: String,
    /// A short name for tables ("Narkotika").
    pub name: String,
    /// The agreement's sentence for it, verbatim.
    pub text: String,
}

/// The kind of prevention a measure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Prevention {
    /// Social prevention.
    Social,
    /// Situational prevention.
    Situationell,
    /// Both.
    SocialOchSituationell,
}

/// The plan's own words for a measure: the columns of the genomförandeplan,
/// verbatim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanText {
    /// The row heading (the first column).
    pub rubrik: String,
    /// *Vad*: what is done.
    pub vad: String,
    /// *När*: how often, the sentence people recognise.
    pub nar: String,
    /// *Samverkan*: in collaboration with.
    pub samverkan: String,
    /// *Ansvarig*: who is responsible.
    pub ansvarig: String,
    /// *Uppföljning*: how it is followed up.
    pub uppfoljning: String,
}

/// One measure (*åtgärd*): one row of the implementation plan, in one
/// version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// Stable ASCII kebab-case id that people type and logs refer to.
    pub id: String,
    /// A short title for tables.
    pub title: String,
    /// The focus area's id.
    pub focus_area: String,
    /// Social or situational prevention.
    pub prevention: Prevention,
    /// The ids of the responsible parties, for grouping by owner.
    pub responsible: Vec<String>,
    /// The plan's own words.
    pub text: PlanText,
    /// What `status` checks.
    pub frequency: Frequency,
    /// The follow-up metrics logged with each activity.
    pub metrics: Vec<Metric>,
    /// Named objects that coverage or per-object quotas count.
    pub targets: Vec<Target>,
    /// When this version of the measure is in force, clipped to the
    /// agreement.
    pub validity: DateRange,
    /// Why the plan was encoded this way, where the text is ambiguous.
    pub interpretation: Option<String>,
}

impl Measure {
    /// The targets that belong to a period ending on `end`: all of them but
    /// those added after it.
    pub fn targets_for(&self, end: NaiveDate) -> impl Iterator<Item = &Target> + '_ {
        self.targets.iter().filter(move |t| t.in_period_ending(end))
    }

    /// The metric with this id.
    pub fn metric(&self, id: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| m.id == id)
    }

    /// The target with this id.
    pub fn target(&self, id: &str) -> Option<&Target> {
        self.targets.iter().find(|t| t.id == id)
    }

    /// Whether any target may be named when logged: a measure that counts
    /// distinct targets and lists none (an open set: "minst tre
    /// utskänkningsställen", whichever they are).
    pub fn takes_any_target(&self) -> bool {
        self.targets.is_empty()
            && matches!(&self.frequency.rule, super::frequency::Rule::Quota(q)
                if q.counting == super::frequency::Counting::Targets)
    }
}

/// Whether a rising or a falling figure is the goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// "ska öka": up is good.
    Increase,
    /// "ska minska": down is good.
    Decrease,
}

/// A follow-up metric: a figure logged with activities, summed per year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metric {
    /// Short ASCII id typed after a shift (`anmalningar`).
    pub id: String,
    /// The label in the plan's words ("Antal anmälningar").
    pub label: String,
    /// The unit: `count`, `gram`, ...
    pub unit: String,
    /// The wanted direction, if the plan states one.
    pub wanted: Option<Direction>,
    /// The value of a year before the agreement to compare with
    /// ("jämfört med 2018").
    pub baseline: Option<Baseline>,
    /// The level each year must reach ("minska med 10 %").
    pub goal: Option<MetricGoal>,
}

impl Metric {
    /// How a year's sum is judged, if the metric is judged: by its goal,
    /// or by its wanted direction against its baseline; with the level,
    /// given `baseline`, the baseline's value (from the plan or the log),
    /// when the level needs one. `Some((how, None))`: judged against a
    /// baseline that is not known yet.
    pub fn level(&self, baseline: Option<f64>) -> Option<(Comparison, Option<f64>)> {
        match (self.goal, self.baseline, self.wanted) {
            (Some(MetricGoal::AtLeast(n)), _, _) => Some((Comparison::AtLeast, Some(n))),
            (Some(MetricGoal::AtMost(n)), _, _) => Some((Comparison::AtMost, Some(n))),
            (Some(MetricGoal::ChangePercent(p)), Some(_), _) => {
                let level = baseline.map(|b| b * (1.0 + p / 100.0));
                Some(if p < 0.0 {
                    (Comparison::AtMost, level)
                } else {
                    (Comparison::AtLeast, level)
                })
            }
            (None, Some(_), Some(Direction::Increase)) => Some((Comparison::Above, baseline)),
            (None, Some(_), Some(Direction::Decrease)) => Some((Comparison::Below, baseline)),
            _ => None,
        }
    }
}

/// A metric's value in a year before the agreement.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Baseline {
    /// The year (2018).
    pub year: i32,
    /// Its value, in the metric's unit; `None` in the plan when it is
    /// logged instead (`loften log MEASURE --baseline 2018 --value
    /// KEY=N`): the sum of the metric over the measure's rows dated in
    /// the year.
    pub value: Option<f64>,
}

/// The level a metric's year must reach.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricGoal {
    /// A change in percent against the baseline (−10: ten percent fewer).
    ChangePercent(f64),
    /// At least this much a year.
    AtLeast(f64),
    /// At most this much a year.
    AtMost(f64),
}

/// How a year's sum is compared with the level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// ≥ the level.
    AtLeast,
    /// ≤ the level.
    AtMost,
    /// > the level (more than the baseline: "ska öka").
    Above,
    /// < the level (less than the baseline: "ska minska").
    Below,
}

impl Comparison {
    /// Whether `value` reaches `level` this way.
    pub fn holds(self, value: f64, level: f64) -> bool {
        const EPSILON: f64 = 1e-9;
        match self {
            Comparison::AtLeast => value >= level - EPSILON,
            Comparison::AtMost => value <= level + EPSILON,
            Comparison::Above => value > level + EPSILON,
            Comparison::Below => value < level - EPSILON,
        }
    }
}

/// A named object that a measure covers (a school year, a youth centre).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    /// The id logged in the `target` column (`åk7`).
    pub id: String,
    /// A label for tables ("Årskurs 7").
    pub label: String,
    /// The day the target was added to the plan, when it was chosen during
    /// the agreement ("de skolor som väljs efter inventering"); it counts
    /// in every period that ends on or after it. `None`: from the start.
    pub added: Option<NaiveDate>,
}

impl Target {
    /// Whether the target belongs to a period ending on `end`.
    pub fn in_period_ending(&self, end: NaiveDate) -> bool {
        self.added.is_none_or(|added| added <= end)
    }
}

/// A kind of event that a promise answers ("Om det kommer önskemål om
/// trygghetsvandring så bistår kommun och polis"): each one logged is a
/// trigger that the measures answering it must answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriggerKind {
    /// The id the log uses in its `measure` column (`onskemal`).
    pub id: String,
    /// What it is, in the plan's words ("Önskemål om trygghetsvandring").
    pub name: String,
}

/// A named set of dates (risk weekends): listed ranges and recurring
/// rules, less the exceptions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateSet {
    /// The id frequencies refer to (`riskhelger`).
    pub id: String,
    /// A name for tables ("Riskhelger").
    pub name: String,
    /// The listed ranges of days in the set.
    pub ranges: Vec<LabelledRange>,
    /// Recurring days ("alla fredagar", "midsommarafton").
    pub rules: Vec<DayRule>,
    /// Days taken out of the set, whatever put them in.
    pub except: Vec<LabelledRange>,
}

impl DateSet {
    /// Whether `date` is in the set.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.ranges.iter().any(|r| r.range.contains(date))
            || self.rules.iter().any(|r| r.contains(date)))
            && !self.except.iter().any(|r| r.range.contains(date))
    }

    /// The first day of the set after `date`, with its range's label:
    /// "the next risk weekend".
    /// A rule's day is named with its year ("Valborg 2021"), as listed
    /// ranges are labelled. Looks at most three years ahead.
    pub fn next_day_after(&self, date: NaiveDate) -> Option<(NaiveDate, String)> {
        let after = date.succ_opt()?;
        let day = after
            .iter_days()
            .take(3 * 366)
            .find(|d| self.contains(*d))?;
        let label = match self.ranges.iter().find(|r| r.range.contains(day)) {
            Some(range) => range.label.clone(),
            None => {
                let rule = self.rules.iter().find(|r| r.contains(day))?;
                format!("{} {}", rule.label(), day.year())
            }
        };
        Some((day, label))
    }

    /// How many days of the set lie in `window`.
    pub fn days_in(&self, window: DateRange) -> i64 {
        if self.rules.is_empty() && self.except.is_empty() {
            // Listed ranges only (they may overlap only if the plan lists
            // a day twice, which counts it twice, as it always has).
            return self
                .ranges
                .iter()
                .filter_map(|r| r.range.intersect(&window))
                .map(|r| r.days())
                .sum();
        }
        window
            .start
            .iter_days()
            .take_while(|d| *d <= window.end)
            .filter(|d| self.contains(*d))
            .count() as i64
    }
}

/// A range of days with a name ("Valborg 2021").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelledRange {
    /// The days.
    pub range: DateRange,
    /// What they are.
    pub label: String,
}

impl Plan {
    /// Every version of the measure with this id, in plan order.
    pub fn versions<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Measure> + 'a {
        self.measures.iter().filter(move |m| m.id == id)
    }

    /// The version of measure `id` in force on `date`.
    pub fn measure_on(&self, id: &str, date: NaiveDate) -> Option<&Measure> {
        self.measures
            .iter()
            .find(|m| m.id == id && m.validity.contains(date))
    }

    /// Whether any version of a measure has this id.
    pub fn has_measure(&self, id: &str) -> bool {
        self.measures.iter().any(|m| m.id == id)
    }

    /// The distinct measure ids, in plan order.
    pub fn measure_ids(&self) -> Vec<&str> {
        self.measure_versions()
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    }

    /// The distinct measure ids in plan order, each with its versions in
    /// plan order: one pass over the plan, however many measures it has.
    pub fn measure_versions(&self) -> Vec<(&str, Vec<&Measure>)> {
        let mut index: std::collections::HashMap<&str, usize, crate::fast_hash::FxBuild> =
            std::collections::HashMap::default();
        let mut out: Vec<(&str, Vec<&Measure>)> = Vec::new();
        for m in &self.measures {
            match index.get(m.id.as_str()) {
                Some(&at) => out[at].1.push(m),
                None => {
                    index.insert(&m.id, out.len());
                    out.push((&m.id, vec![m]));
                }
            }
        }
        out
    }

    /// The days a metric may look back on: the agreement, extended back to
    /// [`Plan::history_start`] when earlier agreements come before it.
    pub fn history(&self) -> DateRange {
        let period = self.agreement.period();
        match self.history_start {
            Some(start) if start < period.start => DateRange {
                start,
                end: period.end,
            },
            _ => period,
        }
    }

    /// The date set with this id.
    pub fn date_set(&self, id: &str) -> Option<&DateSet> {
        self.date_sets.iter().find(|d| d.id == id)
    }

    /// The trigger kind with this id (not the built-in shift).
    pub fn trigger(&self, id: &str) -> Option<&TriggerKind> {
        self.triggers.iter().find(|t| t.id == id)
    }
}
