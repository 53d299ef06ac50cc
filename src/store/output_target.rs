//! Where a command's output goes, decided once from `--out`:
//! [`OutputTarget::Stdout`] or [`OutputTarget::File`]. It owns the whole
//! "standard output or an atomic file" flow that `export` and `report`
//! share:
//!
//! - standard output is spooled to an unnamed temporary file and copied
//!   out only when everything is written, so that a reader that pauses
//!   (`loften export --out - | less`) never keeps `loften log` waiting for
//!   the log's lock, and an export that fails half-way prints nothing;
//! - a file goes through the guards and the atomic write of
//!   [`crate::store::atomic`]: it appears under its name only when whole.

use std::fs::File;
use std::io::{self, Seek, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::store::atomic::Output;

/// Where the output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputTarget {
    /// Standard output (`--out -`).
    Stdout,
    /// A file (`--out FILE`).
    File(PathBuf),
}

impl OutputTarget {
    /// The target `--out` names: `-` is standard output; without `--out`,
    /// `default`.
    pub fn from_out(out: Option<&Path>, default: impl FnOnce() -> OutputTarget) -> OutputTarget {
        match out {
            Some(path) if path.as_os_str() == "-" => OutputTarget::Stdout,
            Some(path) => OutputTarget::File(path.to_path_buf()),
            None => default(),
        }
    }

    /// Starts writing: a spool for standard output, or the guarded atomic
    /// file of data folder `data_dir`'s command (refused, with nothing
    /// written, when a guard says no).
    pub fn open(&self, data_dir: &Path) -> Result<OpenOutput, Error> {
        let sink = match self {
            OutputTarget::Stdout => Sink::Spool(tempfile::tempfile().map_err(Error::Output)?),
            OutputTarget::File(path) => Sink::File {
                output: Output::create(path, data_dir)?,
                path: path.clone(),
            },
        };
        Ok(OpenOutput { sink })
    }

    /// Writes `bytes` whole to the target; the file written, if any.
    pub fn write_all(&self, bytes: &[u8], data_dir: &Path) -> Result<Option<PathBuf>, Error> {
        let mut open = self.open(data_dir)?;
        open.file()
            .write_all(bytes)
            .map_err(|e| open.write_error(e))?;
        open.finish()
    }
}

/// An output being written; nothing reaches its target before
/// [`OpenOutput::finish`]. Dropped without it, it leaves no trace.
pub struct OpenOutput {
    sink: Sink,
}

enum Sink {
    Spool(File),
    File { output: Output, path: PathBuf },
}

impl OpenOutput {
    /// The file to write into: the spool, or the atomic file's temporary.
    pub fn file(&mut self) -> &mut File {
        match &mut self.sink {
            Sink::Spool(file) => file,
            Sink::File { output, .. } => output.file(),
        }
    }

    /// A failure to write, as the error that names the target: a closed
    /// standard output (which is no error for `loften`), or the file.
    pub fn write_error(&self, e: io::Error) -> Error {
        match &self.sink {
            Sink::Spool(_) => Error::Output(e),
            Sink::File { path, .. } => Error::writing(path, e),
        }
    }

    /// Completes the output: the spool is copied to standard output, the
    /// atomic file renamed into place. The file written, if any, for the
    /// command's "written to" note.
    pub fn finish(self) -> Result<Option<PathBuf>, Error> {
        match self.sink {
            Sink::Spool(mut spool) => {
                spool
                    .seek(io::SeekFrom::Start(0))
                    .and_then(|_| io::copy(&mut spool, &mut io::stdout().lock()))
                    .and_then(|_| io::stdout().lock().flush())
                    .map_err(Error::Output)?;
                Ok(None)
            }
            Sink::File { output, path } => {
                output.commit()?;
                Ok(Some(path))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_names_the_target_and_a_dash_is_standard_output() {
        let default = || OutputTarget::File(PathBuf::from("loften-export.csv"));
        assert_eq!(
            OutputTarget::from_out(Some(Path::new("-")), default),
            OutputTarget::Stdout
        );
        assert_eq!(
            OutputTarget::from_out(Some(Path::new("x.csv")), default),
            OutputTarget::File(PathBuf::from("x.csv"))
        );
        assert_eq!(OutputTarget::from_out(None, default), default());
        assert_eq!(
            OutputTarget::from_out(None, || OutputTarget::Stdout),
            OutputTarget::Stdout
        );
    }

    #[test]
    fn a_file_appears_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let target = OutputTarget::File(path.clone());
        let mut open = target.open(&dir.path().join("data")).unwrap();
        open.file().write_all(b"a,b\n").unwrap();
        assert!(!path.exists());
        assert_eq!(open.finish().unwrap(), Some(path.clone()));
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\n");
        // Dropped unfinished: the file keeps what it had.
        let mut open = target.open(&dir.path().join("data")).unwrap();
        open.file().write_all(b"half").unwrap();
        drop(open);
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\n");
    }
}
