//! The log folded into a [`Tally`] for the compliance engine.
//!
//! Two streaming passes: first the ids that void rows cancel (few), then
//! every row, leaving the cancelled ones out. Each pass reads the log's
//! files in parallel, one tally per file, merged at the end: the files are
//! independent and a machine has more than one core. Memory stays bounded
//! by the voids and by measures × days, never by the number of rows.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{LogReader, RowAt, log_files};
use crate::compliance::tally::Tally;
use crate::error::Error;
use crate::plan::Plan;

/// A tally of the log, and how many rows could not be read (`check` says
/// why).
#[derive(Debug)]
pub struct LogTally {
    /// What the readable rows say.
    pub tally: Tally,
    /// Rows left out because they could not be read.
    pub unreadable_rows: usize,
}

/// Runs `work` on every file, on as many threads as there are cores (at
/// most one per file), and returns the results in the files' order, so
/// that merging them is the same on every run.
fn per_file<T: Send>(
    files: &[PathBuf],
    work: impl Fn(&Path) -> Result<T, Error> + Sync,
) -> Result<Vec<T>, Error> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(files.len()));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(index) else { break };
                    let result = work(file);
                    let failed = result.is_err();
                    if let Ok(mut results) = results.lock() {
                        results.push((index, result));
                    }
                    if failed {
                        break;
                    }
                }
            });
        }
    });
    let mut results = results
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

/// Reads the log of data folder `dir` into a tally for `plan`.
pub fn tally_log(dir: &Path, plan: &Plan) -> Result<LogTally, Error> {
    tally_files(&log_files(dir)?, plan)
}

/// Reads these log files into a tally for `plan`. A void cancels a row of
/// its own file (it copies the row's date, so it lands in the same year
/// file), so any set of whole year files tallies correctly on its own.
pub fn tally_files(files: &[PathBuf], plan: &Plan) -> Result<LogTally, Error> {
    let mut voided = HashSet::new();
    for ids in per_file(files, |file| {
        LogReader::over(vec![file.to_path_buf()]).voided_ids()
    })? {
        voided.extend(ids);
    }
    let parts = per_file(files, |file| {
        let mut tally = Tally::new();
        let mut unreadable = 0;
        LogReader::over(vec![file.to_path_buf()]).for_each_row(|item| match item {
            Ok(RowAt { row, .. }) if voided.contains(row.id) => {}
            Ok(RowAt { row, .. }) => tally.add(plan, &row),
            Err(_) => unreadable += 1,
        })?;
        Ok((tally, unreadable))
    })?;
    let mut tally = Tally::new();
    let mut unreadable_rows = 0;
    for (part, unreadable) in parts {
        tally.merge(part);
        unreadable_rows += unreadable;
    }
    Ok(LogTally {
        tally,
        unreadable_rows,
    })
}
