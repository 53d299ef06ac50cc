//! `loften shift [--date D] [--count N] [--who W] [--note TEXT]
//! [--dry-run]`: records shifts worked, at the end of a shift.
//!
//! Measures done "varje arbetspass" (`every-shift` in the plan) are
//! compared with the shifts worked, so those must be logged too: one row
//! with measure `arbetspass` and `count` = the number of shifts (two
//! officers on the same shift log `--count 2`, or one row each).

use crate::cli::ShiftArgs;
use crate::cmd::progress::progress_line;
use crate::cmd::record::{confirm, count_or_one, date_or_today, new_row, record, refused};
use crate::error::{Error, Outcome};
use crate::plan::SHIFT_ID;
use crate::settings::Settings;
use crate::store::plan_file::load_plan_at;
use crate::store::shown;
use crate::text;

/// Records shifts worked.
pub fn run(args: &ShiftArgs, settings: &Settings) -> Result<Outcome, Error> {
    let plan = load_plan_at(&settings.dir, settings.today)?;
    let date = date_or_today(args.row.date.as_deref(), settings)?;
    let mut row = new_row(SHIFT_ID, date);
    row.count =
        count_or_one(args.row.count.as_deref()).map_err(|p| refused(vec![p], settings.lang))?;
    row.who = args.row.who.clone().unwrap_or_default();
    row.note = args.row.note.clone().unwrap_or_default();
    let Some(path) = record(&plan, &row, args.row.dry_run, settings)? else {
        return Ok(Outcome::Success);
    };
    let (id, file) = (&row.id, shown(&path));
    let done = text!("cmd-shift-done", id, file);
    let progress = progress_line(&plan, &settings.dir, SHIFT_ID, row.date, settings);
    let lines: Vec<_> = [Some(done), progress].into_iter().flatten().collect();
    Ok(confirm(&lines, settings))
}
