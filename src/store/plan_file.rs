//! Finding, reading and parsing the plan file of a data folder.
//!
//! A data folder holds exactly one plan: the single `*.toml` file in
//! `plan/`. Parsing itself is pure (`plan::parse_plan`); this module adds
//! the file name and turns byte offsets into lines and columns.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{plan_dir, shown};
use crate::error::{Error, Problem};
use crate::plan::{Plan, SourceProblem, line_column, parse_plan};
use crate::text;

/// The plan file of data folder `dir`: the one `*.toml` in `plan/`.
pub fn find_plan_file(dir: &Path) -> Result<PathBuf, Error> {
    let folder = plan_dir(dir);
    let entries = fs::read_dir(&folder).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            let d = shown(dir);
            let f = shown(&folder);
            Error::Refused(text!(
                "{f} finns inte: {d} är ingen datamapp för loften; skapa en med `loften init {d}` eller ange rätt mapp med --dir",
                "{f} does not exist: {d} is not a loften data folder; create one with `loften init {d}` or name the right one with --dir"
            ))
        } else {
            Error::reading(&folder, e)
        }
    })?;
    let mut plans = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::reading(&folder, e))?.path();
        if path.extension().is_some_and(|x| x == "toml") && path.is_file() {
            plans.push(path);
        }
    }
    plans.sort();
    match plans.len() {
        1 => Ok(plans.remove(0)),
        0 => {
            let f = shown(&folder);
            Err(Error::Refused(text!(
                "{f} innehåller ingen plan (*.toml); lägg planen där eller skapa en ny datamapp med `loften init`",
                "{f} holds no plan (*.toml); put the plan there or create a new data folder with `loften init`"
            )))
        }
        _ => {
            let f = shown(&folder);
            let names: Vec<String> = plans.iter().map(|p| shown(p)).collect();
            let names = names.join(", ");
            Err(Error::Refused(text!(
                "{f} innehåller flera planer ({names}); en datamapp har en plan, flytta de andra",
                "{f} holds several plans ({names}); a data folder has one plan, move the others away"
            )))
        }
    }
}

/// Problems of a plan file, located by line and column.
pub fn locate(path: &Path, source: &str, problems: Vec<SourceProblem>) -> Vec<Problem> {
    let file = shown(path);
    problems
        .into_iter()
        .map(|p| {
            let at = line_column(source, p.span.start);
            Problem {
                file: file.clone(),
                line: at.line,
                column: Some(at.column),
                message: p.message,
            }
        })
        .collect()
}

/// Reads and parses the plan at `path`. A plan with problems is an
/// [`Error::Plan`] holding every one of them.
pub fn read_plan(path: &Path) -> Result<Plan, Error> {
    let bytes = read_bounded(path)?;
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let source = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let problem = SourceProblem::new(
                offset..offset,
                text!(
                    "filen är inte UTF-8; spara den som UTF-8 i din editor",
                    "the file is not UTF-8; save it as UTF-8 in your editor"
                ),
            );
            return Err(Error::Plan(locate(path, &source, vec![problem])));
        }
    };
    // A byte-order mark from a Windows editor is not part of the TOML.
    let body = source.strip_prefix('\u{feff}').unwrap_or(&source);
    let offset = source.len() - body.len();
    parse_plan(body).map_err(|problems| {
        let shifted = problems
            .into_iter()
            .map(|p| SourceProblem::new(p.span.start + offset..p.span.end + offset, p.message))
            .collect();
        Error::Plan(locate(path, &source, shifted))
    })
}

/// The largest plan file read. The Norsjö plan is about 20 kB; a file a
/// thousand times larger is not a plan, and reading it whole could exhaust
/// the memory of a small machine.
pub const MAX_PLAN_BYTES: u64 = 16 * 1024 * 1024;

/// The bytes of the plan file, refused past [`MAX_PLAN_BYTES`] (read with a
/// limit, so a file that grows while it is read is bounded too).
fn read_bounded(path: &Path) -> Result<Vec<u8>, Error> {
    let file = fs::File::open(path).map_err(|e| Error::reading(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_PLAN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::reading(path, e))?;
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        let (f, mb) = (shown(path), MAX_PLAN_BYTES / (1024 * 1024));
        return Err(Error::Refused(text!(
            "{f} är större än {mb} MB; en plan är några tiotal kB: är det rätt fil?",
            "{f} is larger than {mb} MB; a plan is a few tens of kB: is this the right file?"
        )));
    }
    Ok(bytes)
}

/// Finds and reads the plan of data folder `dir`.
pub fn load_plan(dir: &Path) -> Result<Plan, Error> {
    read_plan(&find_plan_file(dir)?)
}
