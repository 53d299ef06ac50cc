//! Finding the data folder the way git finds its repository: from the
//! current folder up, the first folder whose `plan/` holds a `.toml` file.
//! So `loften status` works from `logs/`, `plan/` or any folder below the
//! data folder, when neither `--dir` nor `LOFTEN_DIR` names one.

use std::fs;
use std::path::{Path, PathBuf};

use super::plan_dir;

/// Whether `dir` is a data folder: its `plan/` holds a `.toml` file.
pub fn is_data_folder(dir: &Path) -> bool {
    fs::read_dir(plan_dir(dir)).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "toml"))
    })
}

/// The nearest data folder at or above `start` (an absolute path), as a
/// path relative to it: `.`, `..`, `../..`; `None` when there is none up
/// to the root.
pub fn find_data_folder(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .position(is_data_folder)
        .map(|levels| match levels {
            0 => PathBuf::from("."),
            n => std::iter::repeat_n("..", n).collect(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_data_folder_above() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        fs::create_dir_all(data.join("plan")).unwrap();
        fs::create_dir_all(data.join("logs/old/deeper")).unwrap();
        let lone = root.path().join("elsewhere");
        fs::create_dir_all(&lone).unwrap();
        // A plan folder without a plan file is no data folder.
        assert_eq!(find_data_folder(&data), None);
        fs::write(data.join("plan/p.toml"), "").unwrap();
        assert_eq!(find_data_folder(&data), Some(PathBuf::from(".")));
        assert_eq!(find_data_folder(&data.join("plan")), Some("..".into()));
        assert_eq!(
            find_data_folder(&data.join("logs/old/deeper")),
            Some("../../..".into())
        );
        assert_eq!(find_data_folder(&lone), None);
    }
}
