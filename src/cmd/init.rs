//! `loften init [DIR]`: a new data folder with the Norsjö plan as a
//! template, an empty `logs/` and a `.gitattributes` that lets git merge two
//! people's appended rows (`merge=union`).
//!
//! It refuses, changing nothing, when the folder already holds a plan.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::cli::InitArgs;
use crate::error::{Error, Outcome};
use crate::settings::Settings;
use crate::store::{log_dir, plan_dir, shown};
use crate::text;
use crate::text::Lang;

/// The Norsjö plan, shipped inside the binary as the template.
pub const NORSJO_PLAN: &str = include_str!("../../plan/norsjo-2019-2023.toml");
/// The template's file name in `plan/`.
pub const NORSJO_PLAN_FILE: &str = "norsjo-2019-2023.toml";
/// The line `.gitattributes` needs for logs to merge by union.
pub const UNION_MERGE: &str = "logs/*.csv merge=union";

/// Whether `dir` already holds a plan file.
fn holds_plan(dir: &Path) -> bool {
    fs::read_dir(plan_dir(dir)).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "toml"))
    })
}

/// Creates the data folder.
pub fn run(args: &InitArgs, settings: &Settings) -> Result<Outcome, Error> {
    let dir = args.folder.as_deref().unwrap_or(&settings.dir);
    if holds_plan(dir) {
        let d = shown(dir);
        return Err(Error::Refused(text!(
            "{d} har redan en plan i plan/; inget ändrades. Välj en annan mapp, eller ta bort den gamla planen först om du verkligen vill börja om",
            "{d} already holds a plan in plan/; nothing was changed. Choose another folder, or remove the old plan first if you really mean to start over"
        )));
    }
    let plans = plan_dir(dir);
    fs::create_dir_all(&plans).map_err(|e| Error::writing(&plans, e))?;
    let logs = log_dir(dir);
    fs::create_dir_all(&logs).map_err(|e| Error::writing(&logs, e))?;
    let plan_file = plans.join(NORSJO_PLAN_FILE);
    fs::write(&plan_file, NORSJO_PLAN).map_err(|e| Error::writing(&plan_file, e))?;
    ensure_union_merge(&dir.join(".gitattributes"))?;
    let mut out = std::io::stdout().lock();
    let d = shown(dir);
    let p = shown(&plan_file);
    match settings.lang {
        Lang::Sv => writeln!(
            out,
            "Skapade datamappen {d}: planen {p} (Norsjös plan som mall; ändra den till er egen) och en tom logs/.\nNästa steg: loften --dir {d} check"
        )?,
        Lang::En => writeln!(
            out,
            "Created the data folder {d}: the plan {p} (Norsjö's plan as a template; edit it into your own) and an empty logs/.\nNext: loften --dir {d} check"
        )?,
    }
    Ok(Outcome::Success)
}

/// Adds the union-merge line to `.gitattributes` unless it is there.
fn ensure_union_merge(path: &Path) -> Result<(), Error> {
    let existing = match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::reading(path, e)),
    };
    if existing.lines().any(|l| l.trim() == UNION_MERGE) {
        return Ok(());
    }
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| Error::writing(path, e))?;
    let separator = if existing.is_empty() || existing.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    write!(
        file,
        "{separator}# Two people's appended log rows merge by keeping both.\n{UNION_MERGE}\n"
    )
    .map_err(|e| Error::writing(path, e))
}
