//! `loften excuse MEASURE PERIOD --reason TEXT [--who W]`: excuses a
//! measure's period (a school closed, a sick leave), with a reason.
//!
//! PERIOD is a period key as `status` shows it: `2021-03`, `2021-W12`,
//! `2021-T1`, `2021-Q2`, `2021-VT`, `2021-H1`, `2021`. The row has
//! `excuses` = the key, `date` = the period's first day clipped into the
//! measure's validity (so into the agreement), an empty `count` and
//! `note` = the reason. MEASURE is matched as `log` matches it
//! (`Fritidsgård` is `fritidsgard`).

use crate::activity::validate::{bad_period_key, period_outside_validity, unknown_measure};
use crate::cli::ExcuseArgs;
use crate::cmd::record::{canonical, confirm, new_row, record_if};
use crate::error::{Error, Outcome};
use crate::names::measure_candidates;
use crate::period::parse_period_key;
use crate::settings::Settings;
use crate::store::log::LogReader;
use crate::store::plan_file::load_plan_at;
use crate::store::shown;
use crate::text;
use crate::words::period_label;

/// Excuses a period.
pub fn run(args: &ExcuseArgs, settings: &Settings) -> Result<Outcome, Error> {
    let plan = load_plan_at(&settings.dir, settings.today)?;
    let measure = canonical(
        &args.measure,
        &measure_candidates(&plan),
        text!("cmd-record-what-measure"),
    )
    .map_err(Error::Refused)?;
    let measure = measure.as_str();
    if !plan.has_measure(measure) {
        return Err(Error::Refused(unknown_measure(&plan, measure)));
    }
    let key = args.period.trim();
    let period = parse_period_key(key).ok_or_else(|| Error::Refused(bad_period_key(key)))?;
    let first_day = plan
        .versions(measure)
        .filter_map(|m| m.validity.intersect(&period.range))
        .map(|r| r.start)
        .min()
        .ok_or_else(|| Error::Refused(period_outside_validity(&plan, measure, key)))?;
    if args.reason.trim().is_empty() {
        return Err(Error::Refused(text!("cmd-excuse-reason-empty")));
    }
    let mut row = new_row(measure, first_day);
    row.excuses = Some(period.key());
    row.note = args.reason.clone();
    row.who = args.who.clone().unwrap_or_default();
    let excused = (row.measure.clone(), period.key());
    let Some(path) = record_if(&plan, &row, false, settings, |reader| {
        refuse_excused_twice(reader, &excused.0, &excused.1)
    })?
    else {
        return Ok(Outcome::Success);
    };
    let (id, file) = (&row.id, shown(&path));
    let label = period_label(&period, settings.lang);
    let done = text!("cmd-excuse-done", measure, label, id, file);
    Ok(confirm(&[done], settings))
}

/// Refuses a second excuse of `measure` for period `key`, read in the year
/// file under the append's lock (an excuse's date is its period's first
/// day, so both land in the same year file). A voided excuse does not
/// count.
fn refuse_excused_twice(reader: LogReader, measure: &str, key: &str) -> Result<(), Error> {
    let mut excuses = Vec::new();
    let mut voided = std::collections::HashSet::new();
    let mut reader = reader;
    for entry in (&mut reader).flatten() {
        if let Some(id) = &entry.activity.voids {
            voided.insert(id.clone());
        }
        if entry.activity.measure == measure && entry.activity.excuses.as_deref() == Some(key) {
            excuses.push(entry);
        }
    }
    reader.finish()?;
    match excuses.iter().find(|e| !voided.contains(&e.activity.id)) {
        None => Ok(()),
        Some(first) => {
            let (id, at) = (&first.activity.id, first.location());
            let refusal = text!("cmd-excuse-already-excused", measure, key, id, at);
            Err(Error::Refused(refusal))
        }
    }
}
