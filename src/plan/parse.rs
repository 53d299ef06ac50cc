//! From TOML text to a validated [`Plan`], collecting every problem.
//!
//! Serde stops at the first error of whatever it deserializes, so the
//! document is parsed in pieces: first the TOML syntax (recovering past
//! errors), then the agreement, each `[[measure]]` and each `[[date_set]]`
//! on its own, and last the checks that need the whole plan (duplicate ids,
//! references, validity). A broken measure therefore hides nothing about the
//! others.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::{Datelike, Months, NaiveDate};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::days::{DayRule, MAX_RULE_DAYS, NamedDay, WeekdayName};
use super::frequency::{FrequencyReferences, RawFrequency};
use super::model::{
    Agreement, DateSet, Direction, FocusArea, LabelledRange, Measure, Metric, Party, Plan,
    PlanText, Prevention, Signatory, Target, TriggerKind,
};
use super::{MAX_AGREEMENT_YEARS, MAX_MEASURES, SHIFT_ID, is_kebab_id};
use crate::diagnostic::SourceProblem;
use crate::i18n::Text;
use crate::period::DateRange;
use crate::text;

/// The end of serde's message for a string that is no date; `toml_problem`
/// recognises it to word the problem in both languages.
const NOT_A_DATE: &str = " is not a date written YYYY-MM-DD";

/// A date in a plan file: a TOML date (`2019-01-01`) or a string holding one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PlanDate(NaiveDate);

impl<'de> Deserialize<'de> for PlanDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl<'de> Visitor<'de> for DateVisitor {
            type Value = PlanDate;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<PlanDate, E> {
                // Four digits of year, as TOML writes dates: chrono alone
                // would also take "+262142-12-31", at the very end of its
                // calendar, where period arithmetic has no room.
                let four_digit_year =
                    s.len() == 10 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit);
                NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .ok()
                    .filter(|_| four_digit_year)
                    .map(PlanDate)
                    .ok_or_else(|| E::custom(format!("{s:?}{NOT_A_DATE}")))
            }
            // A TOML date arrives as a one-entry map holding its text.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PlanDate, A::Error> {
                let Some((_, text)) = map.next_entry::<String, String>()? else {
                    return Err(de::Error::custom("a date written YYYY-MM-DD"));
                };
                self.visit_str(&text)
            }
        }
        deserializer.deserialize_any(DateVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgreement {
    title: String,
    municipality: String,
    start: Spanned<PlanDate>,
    end: Spanned<PlanDate>,
    text: Option<String>,
    signed: Option<String>,
    #[serde(default)]
    party: Vec<RawParty>,
    #[serde(default)]
    signatory: Vec<RawSignatory>,
    #[serde(default)]
    effects: Vec<String>,
    #[serde(default)]
    focus_area: Vec<RawFocusArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParty {
    id: Spanned<String>,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignatory {
    name: String,
    role: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFocusArea {
    id: Spanned<String>,
    name: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure {
    id: Spanned<String>,
    title: String,
    focus_area: Spanned<String>,
    prevention: Prevention,
    responsible: Vec<Spanned<String>>,
    rubrik: String,
    vad: String,
    nar: String,
    samverkan: String,
    ansvarig: String,
    uppfoljning: String,
    frequency: RawFrequency,
    #[serde(default)]
    metrics: Vec<RawMetric>,
    #[serde(default)]
    targets: Vec<RawTarget>,
    valid: Option<Spanned<RawValidity>>,
    interpretation: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMetric {
    id: Spanned<String>,
    label: String,
    unit: String,
    wanted: Option<Direction>,
    baseline: Option<RawBaseline>,
    goal: Option<Spanned<RawGoal>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBaseline {
    year: Spanned<i32>,
    value: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGoal {
    change_percent: Option<f64>,
    at_least: Option<f64>,
    at_most: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTarget {
    id: Spanned<String>,
    label: String,
    added: Option<Spanned<PlanDate>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawValidity {
    from: Option<PlanDate>,
    until: Option<PlanDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDateSet {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    dates: Vec<Spanned<RawRange>>,
    #[serde(default)]
    rules: Vec<Spanned<RawDayRule>>,
    #[serde(default)]
    except: Vec<Spanned<RawRange>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    id: Spanned<String>,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDayRule {
    day: Option<NamedDay>,
    days: Option<u32>,
    #[serde(default)]
    confirmed: Vec<PlanDate>,
    #[serde(default)]
    weekdays: Vec<WeekdayName>,
    #[serde(default)]
    months: Vec<u32>,
    #[serde(default)]
    weeks: Vec<u32>,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    from: PlanDate,
    until: PlanDate,
    label: String,
}

/// The keys allowed at the top of a plan file.
const TOP_KEYS: [&str; 4] = ["agreement", "measure", "date_set", "trigger"];

/// A measure as parsed, with the positions the whole-plan checks need.
struct ParsedMeasure {
    measure: Measure,
    id_span: Range<usize>,
    validity_span: Range<usize>,
    focus_area_span: Range<usize>,
    responsible_spans: Vec<(String, Range<usize>)>,
    references: FrequencyReferences,
}

/// Parses and validates a plan. Returns the plan, or every problem found,
/// in source order.
pub fn parse_plan(source: &str) -> Result<Plan, Vec<SourceProblem>> {
    let measure =
        |item: Spanned<DeValue<'_>>| deserialize_part::<RawMeasure>(item, &mut Vec::new());
    match super::chunks::read_in_chunks(source, measure) {
        // A plan read in chunks is built as the whole would be; one with a
        // problem is read whole again, so that each problem has its place.
        Some((head, more)) => plan_of(head, more).or_else(|_| plan_read_whole(source)),
        None => plan_read_whole(source),
    }
}

/// [`parse_plan`], the TOML read whole.
fn plan_read_whole(source: &str) -> Result<Plan, Vec<SourceProblem>> {
    let (root, syntax_errors) = DeTable::parse_recoverable(source);
    if !syntax_errors.is_empty() {
        let mut problems: Vec<SourceProblem> = syntax_errors
            .iter()
            .map(|e| toml_problem(e, 0..0, "TOML"))
            .collect();
        problems.dedup();
        return Err(sorted(problems));
    }
    plan_of(root, Vec::new())
}

/// The plan of a TOML document read without a syntax error, with `more`
/// measures after the document's own (a plan read in chunks: their
/// problems are not placed in the file, so that any sends it to be read
/// whole).
fn plan_of(root: Spanned<DeTable<'_>>, more: Vec<RawMeasure>) -> Result<Plan, Vec<SourceProblem>> {
    let root_span = root.span();
    let mut problems = Vec::new();
    let mut agreement = None;
    let mut measures = Vec::new();
    let mut date_sets = Vec::new();
    let mut unreadable_sets: Vec<String> = Vec::new();
    let mut raw_triggers: Vec<RawTrigger> = Vec::new();
    // Whether an [agreement] is written at all: one that cannot be read
    // has its own problem, and is not also said to be missing.
    let mut agreement_written = false;
    for (key, value) in root.into_inner() {
        let key_span = key.span();
        match key.get_ref().as_ref() {
            "agreement" => {
                agreement_written = true;
                agreement = deserialize_part::<RawAgreement>(value, &mut problems);
            }
            "measure" => {
                for (i, item) in array_items(value, "measure", &mut problems)
                    .into_iter()
                    .enumerate()
                {
                    if i == MAX_MEASURES {
                        problems.push(SourceProblem::new(
                            item.span(),
                            text!("plan-too-many-measures", max_measures = MAX_MEASURES),
                        ));
                        break;
                    }
                    if let Some(raw) = deserialize_part::<RawMeasure>(item, &mut problems) {
                        measures.push(raw);
                    }
                }
            }
            "date_set" => {
                for item in array_items(value, "date_set", &mut problems) {
                    // A set that cannot be read is still defined: its
                    // problem is reported, not every `within` naming it.
                    let id = item
                        .get_ref()
                        .get("id")
                        .and_then(|id| id.get_ref().as_str())
                        .map(str::to_string);
                    match deserialize_part::<RawDateSet>(item, &mut problems) {
                        Some(raw) => date_sets.push(raw),
                        None => unreadable_sets.extend(id),
                    }
                }
            }
            "trigger" => {
                for item in array_items(value, "trigger", &mut problems) {
                    raw_triggers.extend(deserialize_part::<RawTrigger>(item, &mut problems));
                }
            }
            other => problems.push(SourceProblem::new(
                key_span,
                text!(
                    "plan-unknown-top-key",
                    other = format!("{other:?}"),
                    top_keys = TOP_KEYS.join(", ")
                ),
            )),
        }
    }
    if measures.len() + more.len() > MAX_MEASURES {
        problems.push(SourceProblem::new(
            root_span.start..root_span.start,
            text!("plan-too-many-measures", max_measures = MAX_MEASURES),
        ));
    }
    measures.extend(more);
    let agreement_known = agreement.is_some();
    let agreement = match agreement {
        Some(raw) => build_agreement(raw, &mut problems),
        None => {
            if !agreement_written {
                problems.push(SourceProblem::new(
                    root_span.start..root_span.start,
                    text!("plan-no-agreement"),
                ));
            }
            // The measures are still checked on their own, so that a broken
            // agreement hides none of their problems; only the references to
            // focus areas and parties wait for a readable agreement.
            unknown_agreement()
        }
    };
    let mut seen_sets = HashSet::new();
    let date_sets: Vec<DateSet> = date_sets
        .into_iter()
        .filter_map(|d| {
            if !seen_sets.insert(d.id.get_ref().clone()) {
                problems.push(duplicate(&d.id));
            }
            build_date_set(d, &mut problems)
        })
        .collect();
    let measures: Vec<ParsedMeasure> = measures
        .into_iter()
        .map(|m| build_measure(m, &agreement, &mut problems))
        .collect();
    let triggers = build_triggers(raw_triggers, &measures, &mut problems);
    if measures.is_empty() && problems.is_empty() {
        problems.push(SourceProblem::new(
            root_span.start..root_span.start,
            text!("plan-no-measures"),
        ));
    }
    let known = agreement_known.then_some(&agreement);
    check_trigger_references(&measures, &triggers, &mut problems);
    check_cross_references(
        &measures,
        &date_sets,
        &unreadable_sets,
        known,
        &mut problems,
    );
    if problems.is_empty() && agreement_known {
        Ok(Plan {
            agreement,
            measures: measures.into_iter().map(|m| m.measure).collect(),
            date_sets,
            triggers,
            history_start: None,
        })
    } else {
        Err(sorted(problems))
    }
}

/// A stand-in for an agreement that could not be read: no focus areas or
/// parties, and a period that clips no validity.
fn unknown_agreement() -> Agreement {
    Agreement {
        title: String::new(),
        municipality: String::new(),
        start: NaiveDate::MIN,
        end: NaiveDate::MAX,
        text: None,
        signed: None,
        parties: Vec::new(),
        signatories: Vec::new(),
        effects: Vec::new(),
        focus_areas: Vec::new(),
    }
}

fn sorted(mut problems: Vec<SourceProblem>) -> Vec<SourceProblem> {
    problems.sort_by_key(|p| p.span.start);
    problems.dedup();
    problems
}

/// Turns a TOML or serde error into a problem, with a hint for the usual
/// mistakes (an unknown key, a missing field).
fn toml_problem(error: &toml::de::Error, fallback: Range<usize>, part: &str) -> SourceProblem {
    let span = error.span().unwrap_or(fallback);
    let raw = error.message().trim();
    let message = if let Some(rest) = raw.strip_prefix("unknown field ") {
        // serde: "unknown field `x`, expected one of `a`, `b`"
        let (key, expected) = rest.split_once(", expected").unwrap_or((rest, ""));
        let key = key.trim_matches('`');
        let expected = expected
            .trim_start_matches(" one of")
            .trim()
            .replace('`', "");
        text!("plan-unknown-key", key = format!("{key:?}"), part, expected)
    } else if let Some(rest) = raw.strip_prefix("missing field ") {
        let key = rest.trim_matches('`');
        text!("plan-missing-key", part, key = format!("{key:?}"))
    } else if let Some(rest) = raw.strip_prefix("unknown variant ") {
        // serde: "unknown variant `x`, expected one of `a`, `b`"
        let (value, expected) = rest.split_once(", expected").unwrap_or((rest, ""));
        let value = value.trim_matches('`');
        let expected = expected
            .trim_start_matches(" one of")
            .trim()
            .replace('`', "");
        text!(
            "plan-unknown-value",
            part,
            value = format!("{value:?}"),
            expected
        )
    } else if let Some(value) = raw.strip_suffix(NOT_A_DATE) {
        text!("plan-not-a-date", part, value)
    } else if let Some(rest) = raw.strip_prefix("invalid type: ") {
        // serde: "invalid type: floating point `1e308`, expected i64"
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (found, value) = serde_kind(found);
        let (expected, _) = serde_kind(expected);
        if kind_words(found, "") == kind_words(expected, "") {
            // The right kind out of the reader's range: 99999999999999999999.
            text!(
                "plan-number-too-large",
                part,
                found = kind_words(found, &value)
            )
        } else {
            text!(
                "plan-wrong-kind",
                part,
                expected = kind_words(expected, ""),
                found = kind_words(found, &value)
            )
        }
    } else if raw.contains("recurs") {
        text!("plan-nested-too-deeply", raw)
    } else if part == "TOML" {
        text!("plan-toml-syntax-error", raw)
    } else {
        text!("plan-other-error", part, raw)
    };
    SourceProblem::new(span, message)
}

/// A serde type description split into its kind and the value it quotes,
/// a long value cut short: ("floating point", " `1000000000000000…`").
fn serde_kind(serde: &str) -> (&str, String) {
    match serde.split_once(" `") {
        Some((kind, value)) => {
            let value = value.trim_end_matches('`');
            let short: String = value.chars().take(16).collect();
            let cut = if short.len() < value.len() { "…" } else { "" };
            (kind.trim(), format!(" `{short}{cut}`"))
        }
        None => (serde.trim(), String::new()),
    }
}

/// A serde kind in words, followed by its quoted value: "a whole number",
/// "a decimal number `1000000000000000…`".
fn kind_words(kind: &str, value: &str) -> Text {
    match kind {
        "floating point" | "f64" | "f32" => text!("plan-kind-decimal", value),
        "integer" | "i64" | "u64" | "i32" | "u32" | "usize" => text!("plan-kind-whole", value),
        "string" | "a string" => text!("plan-kind-text", value),
        "boolean" | "a boolean" => text!("plan-kind-boolean", value),
        "sequence" | "a sequence" => text!("plan-kind-list", value),
        "map" | "a map" => text!("plan-kind-table", value),
        other => Text::same(format!("{other}{value}")),
    }
}

fn deserialize_part<T: for<'de> Deserialize<'de>>(
    value: Spanned<DeValue<'_>>,
    problems: &mut Vec<SourceProblem>,
) -> Option<T> {
    let span = value.span();
    let part = part_label::<T>(&value);
    match T::deserialize(ValueDeserializer::from(value)) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(toml_problem(&e, span, &part));
            None
        }
    }
}

/// The part of the plan a value is, as messages name it: `[agreement]`,
/// or `[[measure]] "fritidsgard"` with the id when the table has one, so
/// that a problem in the fortieth measure says which one it is.
fn part_label<T>(value: &Spanned<DeValue<'_>>) -> String {
    let name = std::any::type_name::<T>();
    let table = if name.ends_with("RawMeasure") {
        "[[measure]]"
    } else if name.ends_with("RawDateSet") {
        "[[date_set]]"
    } else if name.ends_with("RawTrigger") {
        "[[trigger]]"
    } else {
        return "[agreement]".to_string();
    };
    match value
        .get_ref()
        .get("id")
        .and_then(|id| id.get_ref().as_str())
    {
        Some(id) => format!("{table} {id:?}"),
        None => table.to_string(),
    }
}

fn array_items<'a>(
    value: Spanned<DeValue<'a>>,
    key: &str,
    problems: &mut Vec<SourceProblem>,
) -> Vec<Spanned<DeValue<'a>>> {
    let span = value.span();
    match value.into_inner() {
        DeValue::Array(items) => items.into_iter().collect(),
        _ => {
            problems.push(SourceProblem::new(
                span,
                text!("plan-must-be-tables", key = format!("{key:?}"), key2 = key),
            ));
            Vec::new()
        }
    }
}

fn check_id(id: &Spanned<String>, what: &str, problems: &mut Vec<SourceProblem>) {
    if !is_kebab_id(id.get_ref()) {
        problems.push(SourceProblem::new(
            id.span(),
            text!(
                "plan-id-not-ascii",
                what,
                id = format!("{:?}", id.get_ref())
            ),
        ));
    }
}

fn build_agreement(raw: RawAgreement, problems: &mut Vec<SourceProblem>) -> Agreement {
    let (start, end) = (raw.start.get_ref().0, raw.end.get_ref().0);
    if end < start {
        problems.push(SourceProblem::new(
            raw.end.span(),
            text!("plan-agreement-ends-before-start", end, start),
        ));
    }
    let longest = start.checked_add_months(Months::new(12 * MAX_AGREEMENT_YEARS));
    if longest.is_some_and(|longest| end >= longest) {
        problems.push(SourceProblem::new(
            raw.end.span(),
            text!(
                "plan-agreement-too-long",
                start,
                end,
                max_agreement_years = MAX_AGREEMENT_YEARS
            ),
        ));
    }
    let mut seen = HashMap::new();
    for id in raw
        .party
        .iter()
        .map(|p| &p.id)
        .chain(raw.focus_area.iter().map(|f| &f.id))
    {
        check_id(id, "id", problems);
        if seen.insert(id.get_ref().clone(), ()).is_some() {
            problems.push(duplicate(id));
        }
    }
    Agreement {
        title: raw.title,
        municipality: raw.municipality,
        start,
        end: end.max(start),
        text: raw.text,
        signed: raw.signed,
        parties: raw
            .party
            .into_iter()
            .map(|p| Party {
                id: p.id.into_inner(),
                name: p.name,
            })
            .collect(),
        signatories: raw
            .signatory
            .into_iter()
            .map(|s| Signatory {
                name: s.name,
                role: s.role,
            })
            .collect(),
        effects: raw.effects,
        focus_areas: raw
            .focus_area
            .into_iter()
            .map(|f| FocusArea {
                id: f.id.into_inner(),
                name: f.name,
                text: f.text,
            })
            .collect(),
    }
}

fn duplicate(id: &Spanned<String>) -> SourceProblem {
    SourceProblem::new(
        id.span(),
        text!("plan-id-used-twice", id = format!("{:?}", id.get_ref())),
    )
}

fn build_date_set(raw: RawDateSet, problems: &mut Vec<SourceProblem>) -> Option<DateSet> {
    check_id(&raw.id, "date_set", problems);
    if raw.dates.is_empty() && raw.rules.is_empty() {
        problems.push(SourceProblem::new(
            raw.id.span(),
            text!(
                "plan-date-set-empty",
                id = format!("{:?}", raw.id.get_ref())
            ),
        ));
    }
    let ranges = build_ranges(raw.dates, problems);
    let except = build_ranges(raw.except, problems);
    let rules = raw
        .rules
        .into_iter()
        .filter_map(|r| build_day_rule(r, problems))
        .collect();
    Some(DateSet {
        id: raw.id.into_inner(),
        name: raw.name,
        ranges,
        rules,
        except,
    })
}

fn build_ranges(
    raw: Vec<Spanned<RawRange>>,
    problems: &mut Vec<SourceProblem>,
) -> Vec<LabelledRange> {
    let mut ranges = Vec::new();
    for r in raw {
        let span = r.span();
        let r = r.into_inner();
        match DateRange::new(r.from.0, r.until.0) {
            Some(range) => ranges.push(LabelledRange {
                range,
                label: r.label,
            }),
            None => problems.push(SourceProblem::new(
                span,
                text!(
                    "plan-date-range-backwards",
                    label = r.label,
                    until = r.until.0,
                    from = r.from.0
                ),
            )),
        }
    }
    ranges
}

/// A rule of a date set: a named day (with `days` and `confirmed`) or
/// calendar filters (`weekdays`, `months`, `weeks`), never both.
fn build_day_rule(raw: Spanned<RawDayRule>, problems: &mut Vec<SourceProblem>) -> Option<DayRule> {
    let span = raw.span();
    let raw = raw.into_inner();
    let before = problems.len();
    let mut problem = |message: Text| {
        problems.push(SourceProblem::new(span.clone(), message));
    };
    let label = &raw.label;
    let has_filters = !raw.weekdays.is_empty() || !raw.months.is_empty() || !raw.weeks.is_empty();
    match raw.day {
        Some(_) if has_filters => problem(text!("plan-rule-day-and-filters", label)),
        None if !has_filters => problem(text!("plan-rule-no-days", label)),
        None if raw.days.is_some() || !raw.confirmed.is_empty() => {
            problem(text!("plan-rule-days-without-day", label))
        }
        _ => {}
    }
    if raw.days.is_some_and(|d| d == 0 || d > MAX_RULE_DAYS) {
        problem(text!(
            "plan-rule-days-out-of-range",
            label,
            max_rule_days = MAX_RULE_DAYS
        ));
    }
    if raw.months.iter().any(|m| !(1..=12).contains(m)) {
        problem(text!("plan-rule-months-out-of-range", label));
    }
    if raw.weeks.iter().any(|w| !(1..=53).contains(w)) {
        problem(text!("plan-rule-weeks-out-of-range", label));
    }
    let mut years = HashSet::new();
    if let Some(twice) = raw.confirmed.iter().find(|d| !years.insert(d.0.year())) {
        problem(text!(
            "plan-rule-confirmed-twice",
            label,
            year = twice.0.year()
        ));
    }
    if problems.len() > before {
        return None;
    }
    Some(match raw.day {
        Some(day) => DayRule::Named {
            day,
            days: raw.days.unwrap_or(1),
            confirmed: raw.confirmed.into_iter().map(|d| d.0).collect(),
            label: raw.label,
        },
        None => DayRule::Calendar {
            weekdays: raw.weekdays,
            months: raw.months,
            weeks: raw.weeks,
            label: raw.label,
        },
    })
}

fn build_measure(
    raw: RawMeasure,
    agreement: &Agreement,
    problems: &mut Vec<SourceProblem>,
) -> ParsedMeasure {
    check_id(&raw.id, "measure", problems);
    if raw.id.get_ref() == SHIFT_ID {
        problems.push(SourceProblem::new(
            raw.id.span(),
            text!("plan-id-reserved", shift_id = SHIFT_ID),
        ));
    }
    let agreement_period = agreement.period();
    let (validity, validity_span) = match &raw.valid {
        None => (agreement_period, raw.id.span()),
        Some(valid) => {
            let span = valid.span();
            let v = valid.get_ref();
            let from = v.from.map_or(agreement.start, |d| d.0);
            let until = v.until.map_or(agreement.end, |d| d.0);
            let range = DateRange::new(from, until).and_then(|r| r.intersect(&agreement_period));
            match range {
                Some(range) => (range, span),
                None => {
                    problems.push(SourceProblem::new(
                        span.clone(),
                        text!(
                            "plan-validity-outside-agreement",
                            from,
                            until,
                            start = agreement.start,
                            end = agreement.end
                        ),
                    ));
                    (agreement_period, span)
                }
            }
        }
    };
    let mut metric_ids = HashMap::new();
    let metrics = raw
        .metrics
        .into_iter()
        .map(|m| {
            if !is_kebab_id(m.id.get_ref()) && !is_snake_id(m.id.get_ref()) {
                check_id(&m.id, "metric", problems);
            }
            if metric_ids.insert(m.id.get_ref().clone(), ()).is_some() {
                problems.push(duplicate(&m.id));
            }
            let baseline = m.baseline.map(|b| {
                let year = *b.year.get_ref();
                let value = b.value.as_ref().map(|v| *v.get_ref());
                // The stand-in for an unreadable agreement starts at the
                // calendar's first day: no year is before it to check.
                let known = agreement.start != NaiveDate::MIN;
                if known && (year >= agreement.start.year() || year < agreement.start.year() - 50) {
                    problems.push(SourceProblem::new(
                        b.year.span(),
                        text!("plan-baseline-year-too-late", year, start = agreement.start),
                    ));
                }
                if let Some(v) = &b.value
                    && !(v.get_ref().is_finite() && *v.get_ref() >= 0.0)
                {
                    problems.push(SourceProblem::new(
                        v.span(),
                        text!("plan-baseline-value-negative"),
                    ));
                }
                crate::plan::Baseline { year, value }
            });
            let goal = m.goal.and_then(|g| {
                let span = g.span();
                let g = g.into_inner();
                let given = [
                    g.change_percent.map(crate::plan::MetricGoal::ChangePercent),
                    g.at_least.map(crate::plan::MetricGoal::AtLeast),
                    g.at_most.map(crate::plan::MetricGoal::AtMost),
                ];
                let mut given = given.into_iter().flatten();
                let (Some(goal), None) = (given.next(), given.next()) else {
                    problems.push(SourceProblem::new(span, text!("plan-goal-one-kind")));
                    return None;
                };
                let problem = match goal {
                    crate::plan::MetricGoal::ChangePercent(p) if baseline.is_none() => {
                        Some(text!("plan-goal-change-needs-baseline", p = p.to_string()))
                    }
                    crate::plan::MetricGoal::ChangePercent(p)
                        if !(p.is_finite() && p != 0.0 && p >= -100.0) =>
                    {
                        Some(text!("plan-goal-change-out-of-range", p = p.to_string()))
                    }
                    crate::plan::MetricGoal::AtLeast(n) | crate::plan::MetricGoal::AtMost(n)
                        if !(n.is_finite() && n >= 0.0) =>
                    {
                        Some(text!("plan-goal-level-negative"))
                    }
                    _ => None,
                };
                match problem {
                    Some(p) => {
                        problems.push(SourceProblem::new(span, p));
                        None
                    }
                    None => Some(goal),
                }
            });
            Metric {
                id: m.id.into_inner(),
                label: m.label,
                unit: m.unit,
                wanted: m.wanted,
                baseline,
                goal,
            }
        })
        .collect();
    let mut target_ids = HashMap::new();
    let targets: Vec<Target> = raw
        .targets
        .into_iter()
        .map(|t| {
            if !is_target_id(t.id.get_ref()) {
                problems.push(SourceProblem::new(
                    t.id.span(),
                    text!(
                        "plan-target-id-invalid",
                        id = format!("{:?}", t.id.get_ref())
                    ),
                ));
            }
            if target_ids.insert(t.id.get_ref().clone(), ()).is_some() {
                problems.push(duplicate(&t.id));
            }
            if let Some(added) = &t.added
                && agreement.start != NaiveDate::MIN
                && !agreement.period().contains(added.get_ref().0)
            {
                problems.push(SourceProblem::new(
                    added.span(),
                    text!(
                        "plan-added-outside-agreement",
                        added = added.get_ref().0,
                        start = agreement.start,
                        end = agreement.end
                    ),
                ));
            }
            Target {
                id: t.id.into_inner(),
                label: t.label,
                added: t.added.map(|a| a.into_inner().0),
            }
        })
        .collect();
    let (frequency, references) = raw.frequency.validate(problems);
    let each_target = matches!(&frequency.rule, crate::plan::Rule::Quota(q) if q.each_target);
    if each_target && targets.is_empty() {
        problems.push(SourceProblem::new(
            raw.id.span(),
            text!("plan-each-target-without-targets", id = raw.id.get_ref()),
        ));
    }
    let responsible_spans = raw
        .responsible
        .iter()
        .map(|r| (r.get_ref().clone(), r.span()))
        .collect();
    ParsedMeasure {
        id_span: raw.id.span(),
        validity_span,
        focus_area_span: raw.focus_area.span(),
        responsible_spans,
        references,
        measure: Measure {
            id: raw.id.into_inner(),
            title: raw.title,
            focus_area: raw.focus_area.into_inner(),
            prevention: raw.prevention,
            responsible: raw
                .responsible
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
            text: PlanText {
                rubrik: raw.rubrik,
                vad: raw.vad,
                nar: raw.nar,
                samverkan: raw.samverkan,
                ansvarig: raw.ansvarig,
                uppfoljning: raw.uppfoljning,
            },
            frequency,
            metrics,
            targets,
            validity,
            interpretation: raw.interpretation,
        },
    }
}

/// Metric ids may also be snake_case (`anmalningar`, `beslag_gram`).
fn is_snake_id(id: &str) -> bool {
    is_kebab_id(&id.replace('_', "-"))
}

/// Target ids are what people type (`åk7`): any letters and digits, with
/// `-`, `_` or `.`, but no spaces, commas or invisible characters.
pub(crate) fn is_target_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= 64
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The `[[trigger]]` kinds: ids unique, not a measure's, not the shift's.
fn build_triggers(
    raw: Vec<RawTrigger>,
    measures: &[ParsedMeasure],
    problems: &mut Vec<SourceProblem>,
) -> Vec<TriggerKind> {
    let mut triggers: Vec<TriggerKind> = Vec::new();
    for t in raw {
        check_id(&t.id, "trigger", problems);
        let id = t.id.get_ref();
        if triggers.iter().any(|k| &k.id == id) {
            problems.push(duplicate(&t.id));
        } else if id == SHIFT_ID || measures.iter().any(|m| &m.measure.id == id) {
            problems.push(SourceProblem::new(
                t.id.span(),
                text!("plan-trigger-id-taken", id),
            ));
        }
        triggers.push(TriggerKind {
            id: id.clone(),
            name: t.name,
        });
    }
    triggers
}

/// A measure answering triggers names a `[[trigger]]` of the plan.
fn check_trigger_references(
    measures: &[ParsedMeasure],
    triggers: &[TriggerKind],
    problems: &mut Vec<SourceProblem>,
) {
    for parsed in measures {
        let Some(reference) = &parsed.references.trigger else {
            continue;
        };
        if triggers.iter().any(|t| t.id == reference.name) {
            continue;
        }
        let name = &reference.name;
        problems.push(SourceProblem::new(
            reference.span.clone(),
            if name == SHIFT_ID {
                text!("plan-shifts-not-on-trigger")
            } else {
                text!("plan-trigger-undefined", name)
            },
        ));
    }
}

fn check_cross_references(
    measures: &[ParsedMeasure],
    date_sets: &[DateSet],
    unreadable_sets: &[String],
    agreement: Option<&Agreement>,
    problems: &mut Vec<SourceProblem>,
) {
    // The versions of each id read so far: a plan of a thousand measures
    // compares each with its own versions, not with every measure before.
    let mut versions: HashMap<&str, Vec<&ParsedMeasure>> = HashMap::new();
    for parsed in measures {
        let m = &parsed.measure;
        if let Some(agreement) = agreement {
            check_agreement_references(parsed, agreement, problems);
        }
        if let Some(set) = &parsed.references.date_set
            && !date_sets.iter().any(|d| d.id == set.name)
            && !unreadable_sets.contains(&set.name)
        {
            problems.push(SourceProblem::new(
                set.span.clone(),
                text!("plan-date-set-undefined", name = set.name),
            ));
        }
        for target in &parsed.references.targets {
            if m.target(&target.name).is_none() {
                problems.push(SourceProblem::new(
                    target.span.clone(),
                    text!("plan-target-undefined", name = target.name),
                ));
            }
        }
        let earlier_versions = versions.entry(m.id.as_str()).or_default();
        for earlier in earlier_versions.iter() {
            if earlier.measure.validity.overlaps(&m.validity) {
                problems.push(SourceProblem::new(
                    parsed.id_span.start..parsed.validity_span.end.max(parsed.id_span.end),
                    text!(
                        "plan-measure-versions-overlap",
                        id = m.id,
                        start = earlier.measure.validity.start,
                        end = earlier.measure.validity.end
                    ),
                ));
            }
        }
        earlier_versions.push(parsed);
    }
}

/// The focus area and the parties a measure names must be in the agreement.
fn check_agreement_references(
    parsed: &ParsedMeasure,
    agreement: &Agreement,
    problems: &mut Vec<SourceProblem>,
) {
    if agreement.focus_area(&parsed.measure.focus_area).is_none() {
        let known: Vec<&str> = agreement
            .focus_areas
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        problems.push(SourceProblem::new(
            parsed.focus_area_span.clone(),
            text!(
                "plan-focus-area-undefined",
                focus_area = parsed.measure.focus_area,
                known = known.join(", ")
            ),
        ));
    }
    for (party, span) in &parsed.responsible_spans {
        if agreement.party(party).is_none() {
            let known: Vec<&str> = agreement.parties.iter().map(|p| p.id.as_str()).collect();
            problems.push(SourceProblem::new(
                span.clone(),
                text!(
                    "plan-party-undefined",
                    party = format!("{party:?}"),
                    known = known.join(", ")
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::line_column;
    use crate::i18n::Arg;
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

    const NORSJO: &str = include_str!("../../plan/norsjo-2019-2023.toml");
    const EVERY_FORM: &str = include_str!("../../tests/fixtures/plans/every-form.toml");

    /// Every bad fixture, with its name. Each says in `# expect: LINE:COLUMN:
    /// TEXT` lines which problems `check` must report, and nothing else.
    const BAD: [(&str, &str); 15] = [
        (
            "bad-date",
            include_str!("../../tests/fixtures/plans/bad/bad-date.toml"),
        ),
        (
            "duplicate-id",
            include_str!("../../tests/fixtures/plans/bad/duplicate-id.toml"),
        ),
        (
            "id-control-character",
            include_str!("../../tests/fixtures/plans/bad/id-control-character.toml"),
        ),
        (
            "id-rtl-mark",
            include_str!("../../tests/fixtures/plans/bad/id-rtl-mark.toml"),
        ),
        (
            "id-upper-case",
            include_str!("../../tests/fixtures/plans/bad/id-upper-case.toml"),
        ),
        (
            "many-problems",
            include_str!("../../tests/fixtures/plans/bad/many-problems.toml"),
        ),
        (
            "missing-field",
            include_str!("../../tests/fixtures/plans/bad/missing-field.toml"),
        ),
        (
            "syntax-error",
            include_str!("../../tests/fixtures/plans/bad/syntax-error.toml"),
        ),
        (
            "target-huge",
            include_str!("../../tests/fixtures/plans/bad/target-huge.toml"),
        ),
        (
            "target-zero",
            include_str!("../../tests/fixtures/plans/bad/target-zero.toml"),
        ),
        (
            "undefined-date-set",
            include_str!("../../tests/fixtures/plans/bad/undefined-date-set.toml"),
        ),
        (
            "undefined-focus-area",
            include_str!("../../tests/fixtures/plans/bad/undefined-focus-area.toml"),
        ),
        (
            "undefined-party",
            include_str!("../../tests/fixtures/plans/bad/undefined-party.toml"),
        ),
        (
            "undefined-target",
            include_str!("../../tests/fixtures/plans/bad/undefined-target.toml"),
        ),
        (
            "unknown-key",
            include_str!("../../tests/fixtures/plans/bad/unknown-key.toml"),
        ),
    ];

    /// The problems as `LINE:COLUMN: message` in English.
    fn located(source: &str, problems: &[SourceProblem]) -> Vec<String> {
        problems
            .iter()
            .map(|p| {
                let at = line_column(source, p.span.start);
                format!("{}:{}: {}", at.line, at.column, p.message.en())
            })
            .collect()
    }

    fn problems_of(source: &str) -> Vec<String> {
        match parse_plan(source) {
            Ok(_) => Vec::new(),
            Err(problems) => located(source, &problems),
        }
    }

    /// Parses `source`; checks what holds for any text: no panic, and
    /// either a plan with measures or problems that each have a place
    /// inside the text (line and column from 1) and words in both
    /// languages.
    fn parse_anything(source: &str) -> Result<(), TestCaseError> {
        match parse_plan(source) {
            Ok(plan) => {
                prop_assert!(!plan.measures.is_empty());
                prop_assert!(plan.agreement.start <= plan.agreement.end);
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(p.span.start <= source.len(), "{:?} past the end", p.span);
                    let at = line_column(source, p.span.start);
                    prop_assert!(at.line >= 1 && at.column >= 1);
                    prop_assert!(!p.message.sv().is_empty() && !p.message.en().is_empty());
                }
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_bytes_parse_without_panic_and_with_places(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            parse_anything(&String::from_utf8_lossy(&bytes))?;
        }

        #[test]
        fn toml_like_text_parses_without_panic_and_with_places(
            source in "([\\[\\]{}=,.\"'#a-z0-9_ -]{0,12}\n){0,40}"
        ) {
            parse_anything(&source)?;
        }

        #[test]
        fn a_spliced_plan_parses_without_panic_and_with_places(
            at in 0usize..EVERY_FORM.len(),
            cut in 0usize..60,
            insert in "[ -~åä\n]{0,30}",
        ) {
            let mut source = EVERY_FORM.to_string();
            let mut at = at.min(source.len());
            while !source.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + cut).min(source.len());
            while !source.is_char_boundary(end) {
                end -= 1;
            }
            source.replace_range(at..end, &insert);
            parse_anything(&source)?;
        }
    }

    #[test]
    fn the_norsjo_plan_is_whole() {
        let plan = parse_plan(NORSJO).unwrap_or_else(|p| panic!("{:#?}", located(NORSJO, &p)));
        assert_eq!(
            plan.measure_ids(),
            [
                "narkotika",
                "info-tillgrepp",
                "patrullering",
                "unga-narkotika",
                "trafikkontroll",
                "samverkansmote",
                "foraldrainfo",
                "klassrumsbesok",
                "temadag",
                "fritidsgard",
                "trygghetsvandring",
                "polisnarvaro",
                "nattvandring",
            ]
        );
        assert_eq!(plan.agreement.start.to_string(), "2019-01-01");
        assert_eq!(plan.agreement.end.to_string(), "2023-12-31");
        assert_eq!(plan.agreement.focus_areas.len(), 4);
        assert_eq!(plan.agreement.signatories.len(), 4);
        assert_eq!(plan.agreement.effects.len(), 5);
        let interpretations = plan
            .measures
            .iter()
            .filter(|m| m.interpretation.is_some())
            .count();
        assert_eq!(interpretations, 13);
    }

    #[test]
    fn norsjo_risk_weekends_hold_enough_evenings_for_nattvandring() {
        let plan = parse_plan(NORSJO).unwrap();
        let nattvandring = plan
            .measures
            .iter()
            .find(|m| m.id == "nattvandring")
            .unwrap();
        let crate::plan::Rule::Quota(quota) = &nattvandring.frequency.rule else {
            panic!("nattvandring is a quota");
        };
        let set = plan.date_set(quota.within.as_deref().unwrap()).unwrap();
        for year in 2019..=2023 {
            let whole_year = DateRange::new(
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap(),
                NaiveDate::from_ymd_opt(year, 12, 31).unwrap(),
            )
            .unwrap();
            let days = set.days_in(whole_year);
            assert!(days >= quota.at_least as i64, "{year}: {days} evenings");
        }
    }

    /// The risk weekends as the Norsjö plan listed them before they became
    /// rules: the rules must give exactly these days, so every verdict stays.
    const NORSJO_LISTED_RISK_WEEKENDS: [(&str, &str); 25] = [
        ("2019-04-30", "2019-05-01"),
        ("2019-06-14", "2019-06-16"),
        ("2019-06-21", "2019-06-23"),
        ("2019-11-01", "2019-11-03"),
        ("2019-12-31", "2019-12-31"),
        ("2020-04-30", "2020-05-01"),
        ("2020-06-12", "2020-06-14"),
        ("2020-06-19", "2020-06-21"),
        ("2020-10-30", "2020-11-01"),
        ("2020-12-31", "2020-12-31"),
        ("2021-04-30", "2021-05-01"),
        ("2021-06-18", "2021-06-20"),
        ("2021-06-25", "2021-06-27"),
        ("2021-10-29", "2021-10-31"),
        ("2021-12-31", "2021-12-31"),
        ("2022-04-30", "2022-05-01"),
        ("2022-06-17", "2022-06-19"),
        ("2022-06-24", "2022-06-26"),
        ("2022-10-28", "2022-10-30"),
        ("2022-12-31", "2022-12-31"),
        ("2023-04-30", "2023-05-01"),
        ("2023-06-16", "2023-06-18"),
        ("2023-06-23", "2023-06-25"),
        ("2023-10-27", "2023-10-29"),
        ("2023-12-31", "2023-12-31"),
    ];

    #[test]
    fn norsjo_risk_weekend_rules_give_exactly_the_listed_days() {
        let plan = parse_plan(NORSJO).unwrap();
        let set = plan.date_set("riskhelger").unwrap();
        assert!(set.ranges.is_empty(), "the days come from rules");
        let listed: Vec<DateRange> = NORSJO_LISTED_RISK_WEEKENDS
            .iter()
            .map(|(from, until)| {
                DateRange::new(from.parse().unwrap(), until.parse().unwrap()).unwrap()
            })
            .collect();
        let agreement = plan.agreement.period();
        let mut day = agreement.start;
        while day <= agreement.end {
            let was_listed = listed.iter().any(|r| r.contains(day));
            assert_eq!(set.contains(day), was_listed, "{day}");
            day = day.succ_opt().unwrap();
        }
        assert_eq!(set.days_in(agreement), 60);
    }

    /// The `toml` blocks of docs/plan-format.md that hold a `[[date_set]]`.
    fn documented_date_sets() -> Vec<String> {
        let doc = include_str!("../../docs/plan-format.md");
        doc.split("```toml\n")
            .skip(1)
            .filter_map(|block| block.split("```").next())
            .filter(|block| block.starts_with("[[date_set]]"))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_date_set_example_in_the_format_doc_is_valid() {
        let examples = documented_date_sets();
        assert!(examples.len() >= 4, "{} examples", examples.len());
        for (n, example) in examples.iter().enumerate() {
            let id = format!("doc-example-{n}");
            let renamed: String = example
                .lines()
                .map(|l| {
                    if l.starts_with("id = ") {
                        format!("id = \"{id}\"\n")
                    } else {
                        format!("{l}\n")
                    }
                })
                .collect();
            let source = format!("{EVERY_FORM}\n{renamed}");
            let plan = parse_plan(&source)
                .unwrap_or_else(|p| panic!("{example}\n{:#?}", located(&source, &p)));
            let set = plan.date_set(&id).unwrap();
            assert!(set.ranges.len() + set.rules.len() > 0, "{example}");
        }
    }

    #[test]
    fn every_measure_example_in_the_format_doc_is_valid() {
        // Each `toml` block that is a measure's frequency, targets or
        // metrics, as a measure of the every-form plan.
        let doc = include_str!("../../docs/plan-format.md");
        let blocks: Vec<&str> = doc
            .split("```toml\n")
            .skip(1)
            .filter_map(|block| block.split("```").next())
            .filter(|b| b.starts_with("frequency = {") || b.starts_with("metrics = ["))
            // The block that shows the two ways of writing one frequency.
            .filter(|b| !b.contains("[measure.frequency]"))
            .collect();
        assert!(blocks.len() >= 25, "{} blocks", blocks.len());
        for (n, block) in blocks.iter().enumerate() {
            let frequency = if block.contains("frequency = {") {
                ""
            } else {
                "frequency = { kind = \"as-needed\" }\n"
            };
            let needs_set = block
                .split("within = \"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .filter(|set| *set != "riskhelger");
            let set = needs_set.map_or_else(String::new, |id| {
                format!(
                    "\n[[date_set]]\nid = \"{id}\"\nname = \"S\"\nrules = [{{ weekdays = [\"fri\"], label = \"F\" }}]\n"
                )
            });
            let source = format!(
                "{EVERY_FORM}\n[[measure]]\nid = \"doc-example-{n}\"\ntitle = \"T\"\nfocus_area = \"trygghet\"\nprevention = \"social\"\nresponsible = [\"polisen\"]\nrubrik = \"R\"\nvad = \"V\"\nnar = \"N\"\nsamverkan = \"S\"\nansvarig = \"A\"\nuppfoljning = \"U\"\n{frequency}{block}{set}"
            );
            parse_plan(&source).unwrap_or_else(|p| panic!("{block}\n{:#?}", located(&source, &p)));
        }
    }

    #[test]
    fn the_format_doc_gives_each_named_day_its_2021_date() {
        let doc = include_str!("../../docs/plan-format.md");
        let rows: Vec<(&str, &str)> = doc
            .lines()
            .filter(|l| l.starts_with("| `") && l.ends_with(" |"))
            .filter_map(|l| {
                let cells: Vec<&str> = l.split(" | ").collect();
                let name = cells.first()?.strip_prefix("| `")?.strip_suffix('`')?;
                let last = cells.last()?.strip_suffix(" |")?;
                Some((name, last))
            })
            .filter(|(_, last)| last.starts_with("2021-") || *last == "(confirmed)")
            .collect();
        assert_eq!(rows.len(), 24, "{rows:?}");
        for (name, date) in rows {
            let day: crate::plan::days::NamedDay =
                serde_json::from_value(serde_json::json!(name)).unwrap();
            let computed = day.in_year(2021).map(|d| d.to_string());
            let documented = (date != "(confirmed)").then(|| date.to_string());
            assert_eq!(computed, documented, "{name}");
        }
    }

    #[test]
    fn the_every_form_fixture_is_clean() {
        let plan =
            parse_plan(EVERY_FORM).unwrap_or_else(|p| panic!("{:#?}", located(EVERY_FORM, &p)));
        assert_eq!(plan.versions("trafikkontroll").count(), 2);
    }

    #[test]
    fn every_bad_fixture_reports_exactly_its_expected_problems() {
        for (name, source) in BAD {
            let expected: Vec<&str> = source
                .lines()
                .filter_map(|l| l.strip_prefix("# expect: "))
                .collect();
            assert!(!expected.is_empty(), "{name} states no expected problem");
            let found = problems_of(source);
            assert_eq!(found.len(), expected.len(), "{name}: {found:#?}");
            for (found, expected) in found.iter().zip(&expected) {
                assert!(
                    found.starts_with(expected),
                    "{name}: {found:?} is not {expected:?}"
                );
            }
        }
    }

    #[test]
    fn a_broken_agreement_hides_no_problem_of_the_measures() {
        let source = EVERY_FORM.replace("municipality = ", "kommun = ").replace(
            "frequency = { kind = \"quota\", at_least = 1, per = \"day\" }",
            "frequency = { kind = \"quota\", at_least = 0, per = \"day\" }",
        );
        let found = parse_plan(&source).unwrap_err();
        let kinds: Vec<_> = found.iter().map(|p| p.message.id()).collect();
        assert_eq!(
            kinds,
            [
                Some("plan-unknown-key"),
                Some("plan-whole-number-out-of-range")
            ],
            "{found:#?}"
        );
        let quoted = |name: &str| Some(Arg::Str(format!("{name:?}")));
        assert_eq!(found[0].message.arg("key").cloned(), quoted("kommun"));
        assert_eq!(found[1].message.arg("key").cloned(), quoted("at_least"));
    }

    #[test]
    fn serde_messages_are_worded_in_both_languages() {
        let source = EVERY_FORM
            .replace("per = \"tertial\"", "per = \"tertal\"")
            .replace("start = 2019-01-01", "start = \"2019-02-30\"");
        let problems = parse_plan(&source).unwrap_err();
        let sv: Vec<String> = problems.iter().map(|p| p.message.sv()).collect();
        assert_eq!(sv.len(), 2, "{sv:#?}");
        assert!(
            sv[0].contains("\"2019-02-30\" är inget datum; skriv ÅÅÅÅ-MM-DD"),
            "{sv:?}"
        );
        assert!(
            sv[1].contains(
                "[[measure]] \"lagesbild-bra\": okänt värde \"tertal\"; tillåtna är: day"
            ),
            "{sv:?}"
        );
    }
}
