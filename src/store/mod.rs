//! The files of a data folder: the plan in `plan/`, the activity log in
//! `logs/`; and the workspace file `loften.toml` listing several of them.
//! Everything that touches the disk lives here, and every error it returns
//! names the file (and the line, where there is one). Exports and reports
//! go to an [`output_target::OutputTarget`], standard output or a file
//! written through [`atomic`], never in place.

pub mod atomic;
pub mod discover;
pub mod log;
pub mod output_target;
pub mod plan_file;
pub mod workspace;

use std::path::{Path, PathBuf};

/// The folder of the plan inside a data folder.
pub const PLAN_FOLDER: &str = "plan";
/// The folder of the activity log inside a data folder.
pub const LOG_FOLDER: &str = "logs";

/// A path inside the data folder, as messages show it: `plan/x.toml`
/// rather than `./plan/x.toml` when the data folder is the current one.
pub fn shown(path: &Path) -> String {
    let shown = path.strip_prefix(".").unwrap_or(path);
    if shown.as_os_str().is_empty() {
        // The current folder itself.
        return ".".to_string();
    }
    shown.display().to_string()
}

/// The plan folder of data folder `dir`.
pub fn plan_dir(dir: &Path) -> PathBuf {
    dir.join(PLAN_FOLDER)
}

/// The log folder of data folder `dir`.
pub fn log_dir(dir: &Path) -> PathBuf {
    dir.join(LOG_FOLDER)
}
