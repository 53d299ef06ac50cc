//! From TOML text to a validated [`Plan`], collecting every problem.
//!
//! Serde stops at the first error of whatever it deserializes, so the
//! document is parsed in pieces: first the TOML syntax (recovering past
//! errors), then the agreement, each `[[measure]]` and each `[[date_set]]`
//! on its own, and last the checks that need the whole plan (duplicate ids,
//! references, validity). A broken measure therefore hides nothing about the
//! others.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::frequency::{FrequencyReferences, RawFrequency};
use super::model::{
    Agreement, DateSet, Direction, FocusArea, LabelledRange, Measure, Metric, Party, Plan,
    PlanText, Prevention, Signatory, Target,
};
use super::{SHIFT_ID, SourceProblem, is_kebab_id};
use crate::period::DateRange;
use crate::text;

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
                NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map(PlanDate)
                    .map_err(|_| E::custom(format!("\"{s}\" is not a date written YYYY-MM-DD")))
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTarget {
    id: Spanned<String>,
    label: String,
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
    dates: Vec<Spanned<RawRange>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    from: PlanDate,
    until: PlanDate,
    label: String,
}

/// The keys allowed at the top of a plan file.
const TOP_KEYS: [&str; 3] = ["agreement", "measure", "date_set"];

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
    let (root, syntax_errors) = DeTable::parse_recoverable(source);
    if !syntax_errors.is_empty() {
        let mut problems: Vec<SourceProblem> = syntax_errors
            .iter()
            .map(|e| toml_problem(e, 0..0, "TOML"))
            .collect();
        problems.dedup();
        return Err(sorted(problems));
    }
    let root_span = root.span();
    let mut problems = Vec::new();
    let mut agreement = None;
    let mut measures = Vec::new();
    let mut date_sets = Vec::new();
    for (key, value) in root.into_inner() {
        let key_span = key.span();
        match key.get_ref().as_ref() {
            "agreement" => agreement = deserialize_part::<RawAgreement>(value, &mut problems),
            "measure" => {
                for item in array_items(value, "measure", &mut problems) {
                    if let Some(raw) = deserialize_part::<RawMeasure>(item, &mut problems) {
                        measures.push(raw);
                    }
                }
            }
            "date_set" => {
                for item in array_items(value, "date_set", &mut problems) {
                    if let Some(raw) = deserialize_part::<RawDateSet>(item, &mut problems) {
                        date_sets.push(raw);
                    }
                }
            }
            other => problems.push(SourceProblem::new(
                key_span,
                text!(
                    "okänd nyckel \"{other}\" överst i planen; tillåtna är: {}",
                    "unknown key \"{other}\" at the top of the plan; expected one of: {}",
                    TOP_KEYS.join(", ")
                ),
            )),
        }
    }
    let Some(agreement) = agreement.map(|a| build_agreement(a, &mut problems)) else {
        if !problems.iter().any(|p| p.message.en.contains("agreement")) {
            problems.push(SourceProblem::new(
                root_span.start..root_span.start,
                text!(
                    "planen saknar avsnittet [agreement] (avtalet: titel, kommun, start, slut)",
                    "the plan has no [agreement] section (title, municipality, start, end)"
                ),
            ));
        }
        return Err(sorted(problems));
    };
    let date_sets: Vec<DateSet> = date_sets
        .into_iter()
        .filter_map(|d| build_date_set(d, &mut problems))
        .collect();
    let measures: Vec<ParsedMeasure> = measures
        .into_iter()
        .map(|m| build_measure(m, &agreement, &mut problems))
        .collect();
    if measures.is_empty() && problems.is_empty() {
        problems.push(SourceProblem::new(
            root_span.start..root_span.start,
            text!(
                "planen har inga åtgärder; lägg till minst ett [[measure]]",
                "the plan has no measures; add at least one [[measure]]"
            ),
        ));
    }
    check_cross_references(&measures, &date_sets, &agreement, &mut problems);
    if problems.is_empty() {
        Ok(Plan {
            agreement,
            measures: measures.into_iter().map(|m| m.measure).collect(),
            date_sets,
        })
    } else {
        Err(sorted(problems))
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
        text!(
            "okänd nyckel \"{key}\" i {part}; tillåtna är: {expected}",
            "unknown key \"{key}\" in {part}; expected one of: {expected}"
        )
    } else if let Some(rest) = raw.strip_prefix("missing field ") {
        let key = rest.trim_matches('`');
        text!(
            "{part} saknar nyckeln \"{key}\"; lägg till den",
            "{part} is missing the key \"{key}\"; add it"
        )
    } else if part == "TOML" {
        text!(
            "TOML-syntaxfel: {raw}; rätta raden",
            "TOML syntax error: {raw}; correct the line"
        )
    } else {
        text!("{part}: {raw}", "{part}: {raw}")
    };
    SourceProblem::new(span, message)
}

fn deserialize_part<T: for<'de> Deserialize<'de>>(
    value: Spanned<DeValue<'_>>,
    problems: &mut Vec<SourceProblem>,
) -> Option<T> {
    let span = value.span();
    let part = part_name::<T>();
    match T::deserialize(ValueDeserializer::from(value)) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(toml_problem(&e, span, part));
            None
        }
    }
}

fn part_name<T>() -> &'static str {
    let name = std::any::type_name::<T>();
    if name.ends_with("RawMeasure") {
        "[[measure]]"
    } else if name.ends_with("RawDateSet") {
        "[[date_set]]"
    } else {
        "[agreement]"
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
                text!(
                    "\"{key}\" ska skrivas som [[{key}]]-tabeller",
                    "\"{key}\" must be written as [[{key}]] tables"
                ),
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
                "{what}-id {:?} ska vara ASCII med små bokstäver, siffror och bindestreck (t.ex. \"info-tillgrepp\")",
                "{what} id {:?} must be ASCII lower-case letters, digits and hyphens (e.g. \"info-tillgrepp\")",
                id.get_ref()
            ),
        ));
    }
}

fn build_agreement(raw: RawAgreement, problems: &mut Vec<SourceProblem>) -> Agreement {
    let (start, end) = (raw.start.get_ref().0, raw.end.get_ref().0);
    if end < start {
        problems.push(SourceProblem::new(
            raw.end.span(),
            text!(
                "avtalets slut {end} ligger före dess start {start}",
                "the agreement's end {end} is before its start {start}"
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
        text!(
            "id {:?} finns redan; varje id får bara finnas en gång",
            "id {:?} is already used; each id may appear only once",
            id.get_ref()
        ),
    )
}

fn build_date_set(raw: RawDateSet, problems: &mut Vec<SourceProblem>) -> Option<DateSet> {
    check_id(&raw.id, "date_set", problems);
    let mut ranges = Vec::new();
    for r in raw.dates {
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
                    "datumintervallet \"{}\" slutar {} före sin början {}",
                    "the date range \"{}\" ends {} before it starts {}",
                    r.label,
                    r.until.0,
                    r.from.0
                ),
            )),
        }
    }
    Some(DateSet {
        id: raw.id.into_inner(),
        name: raw.name,
        ranges,
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
            text!(
                "id \"{SHIFT_ID}\" är reserverat för arbetspass i loggen; välj ett annat",
                "id \"{SHIFT_ID}\" is reserved for shifts in the log; choose another"
            ),
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
                            "giltigheten {from} – {until} är tom eller ligger utanför avtalet {} – {}",
                            "the validity {from} – {until} is empty or lies outside the agreement {} – {}",
                            agreement.start,
                            agreement.end
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
            Metric {
                id: m.id.into_inner(),
                label: m.label,
                unit: m.unit,
                wanted: m.wanted,
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
                        "mål-id {:?} får inte vara tomt eller innehålla mellanslag, styrtecken eller kommatecken",
                        "target id {:?} must not be empty or hold spaces, control characters or commas",
                        t.id.get_ref()
                    ),
                ));
            }
            if target_ids.insert(t.id.get_ref().clone(), ()).is_some() {
                problems.push(duplicate(&t.id));
            }
            Target {
                id: t.id.into_inner(),
                label: t.label,
            }
        })
        .collect();
    let (frequency, references) = raw.frequency.validate(problems);
    if frequency.needs_targets() && targets.is_empty() {
        problems.push(SourceProblem::new(
            raw.id.span(),
            text!(
                "åtgärden \"{}\" räknar varje mål (each_target = true) men har inga targets; lägg till targets = [...]",
                "measure \"{}\" counts each target (each_target = true) but has no targets; add targets = [...]",
                raw.id.get_ref()
            ),
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

fn check_cross_references(
    measures: &[ParsedMeasure],
    date_sets: &[DateSet],
    agreement: &Agreement,
    problems: &mut Vec<SourceProblem>,
) {
    let mut seen_sets = HashMap::new();
    for set in date_sets {
        if seen_sets.insert(set.id.as_str(), ()).is_some() {
            // Date sets carry no span of their own id once built; the
            // duplicate is reported at the plan's start of its ranges.
            problems.push(SourceProblem::new(
                0..0,
                text!(
                    "date_set-id \"{}\" finns två gånger; ge den ena ett annat id",
                    "date_set id \"{}\" appears twice; give one of them another id",
                    set.id
                ),
            ));
        }
    }
    for (i, parsed) in measures.iter().enumerate() {
        let m = &parsed.measure;
        if agreement.focus_area(&m.focus_area).is_none() {
            let known: Vec<&str> = agreement
                .focus_areas
                .iter()
                .map(|f| f.id.as_str())
                .collect();
            problems.push(SourceProblem::new(
                parsed.focus_area_span.clone(),
                text!(
                    "fokusområdet \"{}\" finns inte i [[agreement.focus_area]]; kända: {}",
                    "focus area \"{}\" is not defined in [[agreement.focus_area]]; known: {}",
                    m.focus_area,
                    known.join(", ")
                ),
            ));
        }
        for (party, span) in &parsed.responsible_spans {
            if agreement.party(party).is_none() {
                let known: Vec<&str> = agreement.parties.iter().map(|p| p.id.as_str()).collect();
                problems.push(SourceProblem::new(
                    span.clone(),
                    text!(
                        "parten \"{party}\" finns inte i [[agreement.party]]; kända: {}",
                        "party \"{party}\" is not defined in [[agreement.party]]; known: {}",
                        known.join(", ")
                    ),
                ));
            }
        }
        if let Some(set) = &parsed.references.date_set
            && !date_sets.iter().any(|d| d.id == set.name)
        {
            problems.push(SourceProblem::new(
                set.span.clone(),
                text!(
                    "datummängden \"{}\" används men är inte definierad; lägg till [[date_set]] med id = \"{}\"",
                    "date set \"{}\" is referenced but not defined; add a [[date_set]] with id = \"{}\"",
                    set.name,
                    set.name
                ),
            ));
        }
        for target in &parsed.references.targets {
            if m.target(&target.name).is_none() {
                problems.push(SourceProblem::new(
                    target.span.clone(),
                    text!(
                        "målet \"{}\" används men finns inte i åtgärdens targets",
                        "target \"{}\" is referenced but not in the measure's targets",
                        target.name
                    ),
                ));
            }
        }
        for earlier in &measures[..i] {
            if earlier.measure.id != m.id {
                continue;
            }
            if earlier.measure.validity.overlaps(&m.validity) {
                problems.push(SourceProblem::new(
                    parsed.id_span.start..parsed.validity_span.end.max(parsed.id_span.end),
                    text!(
                        "åtgärden \"{}\" finns redan med överlappande giltighet ({} – {}); en ny version av en åtgärd behöver valid = {{ from = ..., until = ... }} som inte överlappar den gamla",
                        "measure \"{}\" already exists with overlapping validity ({} – {}); a new version of a measure needs valid = {{ from = ..., until = ... }} that does not overlap the old one",
                        m.id,
                        earlier.measure.validity.start,
                        earlier.measure.validity.end
                    ),
                ));
            }
        }
    }
}
