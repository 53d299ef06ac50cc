//! `loften check`: every problem of the plan, as `FILE:LINE:COLUMN:
//! message`. Exit 0 when clean, 1 when problems are found, 2 when the check
//! could not run (no plan to read).

use std::io::{self, Write};

use crate::error::{Error, Outcome, Problem};
use crate::settings::Settings;
use crate::store::plan_file::{find_plan_file, read_plan};
use crate::store::shown;
use crate::text::Lang;

/// Runs the check.
pub fn run(settings: &Settings) -> Result<Outcome, Error> {
    let path = find_plan_file(&settings.dir)?;
    let problems: Vec<Problem> = match read_plan(&path) {
        Ok(_) => Vec::new(),
        Err(Error::Plan(problems)) => problems,
        Err(other) => return Err(other),
    };
    let mut out = io::stdout().lock();
    for problem in &problems {
        writeln!(out, "{}", problem.render(settings.lang))?;
    }
    let file = shown(&path);
    if problems.is_empty() {
        match settings.lang {
            Lang::Sv => writeln!(out, "{file}: inga fel")?,
            Lang::En => writeln!(out, "{file}: no problems")?,
        }
        Ok(Outcome::Success)
    } else {
        let n = problems.len();
        match settings.lang {
            Lang::Sv => writeln!(out, "{n} fel hittades")?,
            Lang::En => writeln!(out, "{n} problem(s) found")?,
        }
        Ok(Outcome::ProblemsFound)
    }
}
