//! Writing an output file atomically: into a temporary file beside the
//! target (same folder, so the final rename never crosses file systems),
//! synced, then renamed over the target.
//!
//! An export or report that fails or is interrupted half-way leaves no half
//! file, and an existing file of the same name stays untouched until the
//! new one is complete. The temporary file is removed when the
//! [`AtomicFile`] is dropped without [`AtomicFile::commit`]; only a killed
//! process can leave one behind, as a hidden `.loften-*.tmp` file.
//!
//! A missing target folder is an error: nothing is created silently.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::Error;
use crate::text;

/// A file being written; it appears under its name only on
/// [`AtomicFile::commit`].
pub struct AtomicFile {
    temporary: NamedTempFile,
    target: PathBuf,
}

/// The folder `target` goes in: its parent, or the current folder for a
/// bare file name.
fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

impl AtomicFile {
    /// Starts writing `target`. Refuses a target folder that does not
    /// exist and a target that is a folder.
    pub fn create(target: &Path) -> Result<AtomicFile, Error> {
        let folder = folder_of(target);
        let shown = target.display();
        if !folder.is_dir() {
            let f = folder.display();
            return Err(Error::Refused(text!(
                "{shown}: mappen {f} finns inte; skapa den först eller välj en annan fil med --out",
                "{shown}: the folder {f} does not exist; create it first or choose another file with --out"
            )));
        }
        if target.is_dir() {
            return Err(Error::Refused(text!(
                "{shown} är en mapp; ange ett filnamn med --out, t.ex. --out {shown}/uppfoljning.xlsx",
                "{shown} is a folder; give a file name with --out, e.g. --out {shown}/follow-up.xlsx"
            )));
        }
        let temporary = tempfile::Builder::new()
            .prefix(".loften-")
            .suffix(".tmp")
            .tempfile_in(folder)
            .map_err(|e| Error::writing(target, e))?;
        Ok(AtomicFile {
            temporary,
            target: target.to_path_buf(),
        })
    }

    /// The temporary file, to write into.
    pub fn file(&mut self) -> &mut File {
        self.temporary.as_file_mut()
    }

    /// The file's final name.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Syncs the temporary file and renames it over the target.
    pub fn commit(self) -> Result<(), Error> {
        let target = self.target;
        let file = self.temporary.as_file();
        file.sync_all().map_err(|e| Error::writing(&target, e))?;
        readable_by_others(file).map_err(|e| Error::writing(&target, e))?;
        self.temporary
            .persist(&target)
            .map_err(|e| Error::writing(&target, e.error))?;
        Ok(())
    }
}

/// A temporary file is private (0600); an export on a shared folder should
/// be as readable as any other file written there.
#[cfg(unix)]
fn readable_by_others(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn readable_by_others(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn nothing_appears_until_commit() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "old").unwrap();
        let mut file = AtomicFile::create(&target).unwrap();
        file.file().write_all(b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        drop(file);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let mut file = AtomicFile::create(&target).unwrap();
        file.file().write_all(b"new").unwrap();
        file.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nope/out.csv");
        assert!(matches!(
            AtomicFile::create(&target),
            Err(Error::Refused(_))
        ));
        assert!(!dir.path().join("nope").exists());
        assert!(matches!(
            AtomicFile::create(dir.path()),
            Err(Error::Refused(_))
        ));
    }
}
