//! What the shell completes from the data folder's plan (clap_complete's
//! dynamic completion): measure ids, targets, metric keys (`KEY=`) and
//! period keys. The shell asks the `loften` binary itself at each Tab
//! (`source <(COMPLETE=bash loften)`); these functions read the plan of
//! the data folder named by `LOFTEN_DIR`, else the current folder, and
//! offer nothing when there is no plan to read.

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use clap_complete::engine::CompletionCandidate;

use crate::period::{DateRange, PeriodKind, periods_in};
use crate::plan::Plan;
use crate::store::plan_file::load_plan;

/// The plan of the data folder completion runs in, if it has one.
fn plan_here() -> Option<Plan> {
    let dir = std::env::var_os("LOFTEN_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    load_plan(&dir).ok()
}

/// Today, or `LOFTEN_TODAY` when it holds a date.
fn today() -> NaiveDate {
    std::env::var("LOFTEN_TODAY")
        .ok()
        .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Every measure id of `plan`, each with its title as help.
pub fn measure_candidates_of(plan: &Plan) -> Vec<CompletionCandidate> {
    let mut out: Vec<CompletionCandidate> = Vec::new();
    for id in plan.measure_ids() {
        let title = plan
            .measures
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.title.clone());
        out.push(CompletionCandidate::new(id).help(title.map(Into::into)));
    }
    out
}

/// Every target of every measure of `plan`, each with its label.
pub fn target_candidates_of(plan: &Plan) -> Vec<CompletionCandidate> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for target in plan.measures.iter().flat_map(|m| &m.targets) {
        if !seen.contains(&target.id.as_str()) {
            seen.push(&target.id);
            out.push(CompletionCandidate::new(&target.id).help(Some(target.label.clone().into())));
        }
    }
    out
}

/// Every metric key of `plan` as `KEY=`, each with its label.
pub fn metric_candidates_of(plan: &Plan) -> Vec<CompletionCandidate> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for metric in plan.measures.iter().flat_map(|m| &m.metrics) {
        if !seen.contains(&metric.id.as_str()) {
            seen.push(&metric.id);
            out.push(
                CompletionCandidate::new(format!("{}=", metric.id))
                    .help(Some(metric.label.clone().into())),
            );
        }
    }
    out
}

/// The period keys `excuse` takes, of the year of `today` and the year
/// before, inside the agreement: years, halves, terms, tertials,
/// quarters, months and weeks.
pub fn period_candidates_of(plan: &Plan, today: NaiveDate) -> Vec<CompletionCandidate> {
    let agreement = plan.agreement.period();
    let mut out = Vec::new();
    for year in [today.year(), today.year() - 1] {
        let Some(range) = NaiveDate::from_ymd_opt(year, 1, 1)
            .zip(NaiveDate::from_ymd_opt(year, 12, 31))
            .and_then(|(start, end)| DateRange::new(start, end))
            .and_then(|r| r.intersect(&agreement))
        else {
            continue;
        };
        for kind in [
            PeriodKind::Year,
            PeriodKind::HalfYear,
            PeriodKind::Term,
            PeriodKind::Tertial,
            PeriodKind::Quarter,
            PeriodKind::Month,
            PeriodKind::Week,
        ] {
            for period in periods_in(kind, range) {
                let key = period.key();
                if !out
                    .iter()
                    .any(|c: &CompletionCandidate| c.get_value() == key.as_str())
                {
                    out.push(CompletionCandidate::new(key));
                }
            }
        }
    }
    out
}

/// Measure ids, for the shell.
pub fn measures() -> Vec<CompletionCandidate> {
    plan_here().map_or_else(Vec::new, |p| measure_candidates_of(&p))
}

/// Targets, for the shell.
pub fn targets() -> Vec<CompletionCandidate> {
    plan_here().map_or_else(Vec::new, |p| target_candidates_of(&p))
}

/// Metric keys as `KEY=`, for the shell.
pub fn metrics() -> Vec<CompletionCandidate> {
    plan_here().map_or_else(Vec::new, |p| metric_candidates_of(&p))
}

/// Period keys, for the shell.
pub fn periods() -> Vec<CompletionCandidate> {
    plan_here().map_or_else(Vec::new, |p| period_candidates_of(&p, today()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norsjo() -> Plan {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/norsjo");
        load_plan(&dir).unwrap()
    }

    fn values(candidates: &[CompletionCandidate]) -> Vec<String> {
        candidates
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn the_plan_gives_ids_targets_and_metric_keys() {
        let plan = norsjo();
        let ids = values(&measure_candidates_of(&plan));
        assert!(ids.contains(&"trafikkontroll".to_string()), "{ids:?}");
        assert_eq!(ids.len(), 13);
        let targets = values(&target_candidates_of(&plan));
        assert!(targets.contains(&"åk7".to_string()), "{targets:?}");
        let metrics = values(&metric_candidates_of(&plan));
        assert!(metrics.contains(&"anmalningar=".to_string()), "{metrics:?}");
    }

    #[test]
    fn period_keys_of_this_year_and_the_last_inside_the_agreement() {
        let plan = norsjo();
        let day = NaiveDate::from_ymd_opt(2021, 3, 15).unwrap();
        let keys = values(&period_candidates_of(&plan, day));
        for key in [
            "2021", "2021-03", "2021-Q2", "2021-T1", "2021-VT", "2021-H1", "2021-W12", "2020-12",
        ] {
            assert!(keys.contains(&key.to_string()), "{key} in {keys:?}");
        }
        // Norsjö's agreement ends in 2023: nothing for 2026.
        let later = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        assert!(period_candidates_of(&plan, later).is_empty());
    }
}
