//! The workspace file `loften.toml`: the data folders a local police area
//! (*lokalpolisområde*) follows, for `loften status` over several
//! agreements at once.
//!
//! ```toml
//! # loften.toml
//! folders = ["norsjo", "mala"]
//! ```
//!
//! Paths are relative to the file's own folder (absolute paths are kept
//! as they are). Each folder keeps its own plan and logs; the file only
//! lists them. It is read from the current folder when no `--dir` is
//! given, or from anywhere with `--workspace FILE`.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::plan_file::locate;
use crate::diagnostic::SourceProblem;
use crate::error::Error;
use crate::text;

/// The name of the workspace file looked for in the current folder.
pub const WORKSPACE_FILE: &str = "loften.toml";

/// The most folders a workspace may list: a region follows dozens.
pub const MAX_FOLDERS: usize = 500;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorkspace {
    folders: Spanned<Vec<Spanned<String>>>,
}

/// The folders a workspace text lists, as written; or every problem, each
/// at its place.
pub fn parse_workspace(source: &str) -> Result<Vec<String>, Vec<SourceProblem>> {
    let raw: RawWorkspace = toml::from_str(source).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        let raw = e.message().trim().to_string();
        vec![SourceProblem::new(span, text!("store-workspace-bad", raw))]
    })?;
    let mut problems = Vec::new();
    let list_span = raw.folders.span();
    let folders = raw.folders.into_inner();
    if folders.is_empty() {
        problems.push(SourceProblem::new(
            list_span.clone(),
            text!("store-workspace-empty"),
        ));
    }
    if folders.len() > MAX_FOLDERS {
        problems.push(SourceProblem::new(
            list_span,
            text!("store-workspace-too-many", max_folders = MAX_FOLDERS),
        ));
    }
    let mut seen = HashSet::new();
    for folder in &folders {
        let name = folder.get_ref();
        if name.trim().is_empty() || name.chars().any(char::is_control) {
            problems.push(SourceProblem::new(
                folder.span(),
                text!("store-workspace-bad-name", name = format!("{name:?}")),
            ));
        } else if !seen.insert(name.trim_end_matches('/')) {
            problems.push(SourceProblem::new(
                folder.span(),
                text!("store-workspace-folder-twice", name = format!("{name:?}")),
            ));
        }
    }
    if problems.is_empty() {
        Ok(folders.into_iter().map(Spanned::into_inner).collect())
    } else {
        Err(problems)
    }
}

/// The data folders listed by the workspace file at `path`, relative to
/// its folder.
pub fn load_workspace(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let source = fs::read_to_string(path).map_err(|e| Error::reading(path, e))?;
    let base = path.parent().unwrap_or(Path::new(""));
    match parse_workspace(&source) {
        Ok(folders) => Ok(folders.iter().map(|f| base.join(f)).collect()),
        Err(problems) => Err(refusal(path, &source, problems)),
    }
}

/// The problems of a workspace file, one per line with their place, and
/// what to do.
fn refusal(path: &Path, source: &str, problems: Vec<SourceProblem>) -> Error {
    Error::Workspace(locate(path, source, problems))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::line_column;
    use crate::i18n::Lang;

    fn problems(source: &str) -> Vec<String> {
        parse_workspace(source)
            .unwrap_err()
            .into_iter()
            .map(|p| {
                let at = line_column(source, p.span.start);
                format!("{}:{}: {}", at.line, at.column, p.message.en())
            })
            .collect()
    }

    #[test]
    fn folders_as_written() {
        let folders = parse_workspace("# the area\nfolders = [\"norsjo\", \"../mala\"]\n").unwrap();
        assert_eq!(folders, ["norsjo", "../mala"]);
    }

    #[test]
    fn problems_have_places() {
        assert!(problems("folders = []")[0].starts_with("1:11: folders is empty"));
        assert!(
            problems("folders = [\"a\", \"a/\"]")[0]
                .starts_with("1:17: the folder \"a/\" is already")
        );
        assert!(problems("folders = [\"\"]")[0].contains("is empty or holds control"));
        let unknown = problems("folders = [\"a\"]\nfolder = 1\n");
        assert!(unknown[0].starts_with("2:1: unknown field"), "{unknown:?}");
        assert!(problems("")[0].contains("missing field `folders`"));
        assert!(problems("folders = \"a\"")[0].contains("folders = [\"norsjo\", \"mala\"]"));
    }

    #[test]
    fn folders_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(WORKSPACE_FILE);
        fs::write(&path, "folders = [\"norsjo\", \"/abs/mala\"]").unwrap();
        assert_eq!(
            load_workspace(&path).unwrap(),
            [dir.path().join("norsjo"), PathBuf::from("/abs/mala")]
        );
        fs::write(&path, "folders = [1]").unwrap();
        let message = load_workspace(&path).unwrap_err().render(Lang::EN);
        assert!(message.contains("loften.toml:1:12:"), "{message}");
    }
}
