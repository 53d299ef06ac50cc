//! `loften init --next`: the plan file of the next agreement, in a data
//! folder whose agreements follow each other. It copies the latest plan
//! file with new days in `[agreement]` (from the day after it ends to
//! 31 December of that year, or `--start`/`--end`), under its own name
//! beside it; the log stays as it is, so measures that keep their ids keep
//! their history. It refuses, changing nothing, when the days would overlap
//! the latest agreement or the file already exists.

use std::fs;
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate};

use crate::cli::InitArgs;
use crate::error::{Error, Outcome};
use crate::plan::parse_plan;
use crate::plan::template::{NewAgreement, plan_file_name};
use crate::settings::{Settings, parse_date};
use crate::store::plan_file::load_agreements;
use crate::store::{plan_dir, shown};
use crate::text;

/// Adds the next agreement's plan file to data folder `dir`.
pub fn run(args: &InitArgs, dir: &Path, settings: &Settings) -> Result<Outcome, Error> {
    let agreements = load_agreements(dir)?;
    let latest = &agreements[agreements.len() - 1];
    let current = &latest.plan.agreement;
    let start = match &args.start {
        Some(s) => parse_date(s, "--start")?,
        None => current.end + Duration::days(1),
    };
    let end = match &args.end {
        Some(s) => parse_date(s, "--end")?,
        None => NaiveDate::from_ymd_opt(start.year(), 12, 31).unwrap_or(start),
    };
    let (ls, le, f) = (current.start, current.end, shown(&latest.path));
    if start <= current.end {
        let (file, first, last) = (&f, ls, le);
        let refusal = text!("cmd-init-next-start-too-early", start, file, first, last);
        return Err(Error::Refused(refusal));
    }
    if end < start {
        let refusal = text!("cmd-init-next-ends-before-start", end, start);
        return Err(Error::Refused(refusal));
    }
    let source = fs::read_to_string(&latest.path).map_err(|e| Error::reading(&latest.path, e))?;
    let contents = with_days(&source, start, end);
    if parse_plan(contents.trim_start_matches('\u{feff}')).is_err() {
        let refusal = text!("cmd-init-next-not-a-plan", file = f, start, end);
        return Err(Error::Refused(refusal));
    }
    let name = plan_file_name(&NewAgreement {
        municipality: current.municipality.clone(),
        start,
        end,
    });
    let path = plan_dir(dir).join(name);
    let p = shown(&path);
    if path.exists() {
        return Err(Error::Refused(text!("cmd-init-next-file-exists", file = p)));
    }
    fs::write(&path, contents).map_err(|e| Error::writing(&path, e))?;
    let done = text!("cmd-init-next-created", file = p, start, end, from = f);
    println!("{}", done.get(settings.lang));
    Ok(Outcome::Success)
}

/// `source` with the `start` and `end` of its `[agreement]` table set to
/// these days (the rest, comments included, as it is).
fn with_days(source: &str, start: NaiveDate, end: NaiveDate) -> String {
    let mut in_agreement = false;
    let mut out = String::with_capacity(source.len());
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            in_agreement = trimmed.trim_end() == "[agreement]";
        }
        let key_is = |key: &str| {
            trimmed
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        };
        let newline = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
        if in_agreement && key_is("start") {
            out.push_str(&format!("start = {start}{newline}"));
        } else if in_agreement && key_is("end") {
            out.push_str(&format!("end = {end}{newline}"));
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_agreement_days_change() {
        let source =
            "[agreement]\nstart = 2019-01-01\nend = 2023-12-31\n[[measure]]\nstart = 2020-01-01\n";
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            with_days(source, d("2024-01-01"), d("2024-12-31")),
            "[agreement]\nstart = 2024-01-01\nend = 2024-12-31\n[[measure]]\nstart = 2020-01-01\n"
        );
    }
}
