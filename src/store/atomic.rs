//! Writing an `--out` file: [`Output`], the one place that checks an
//! `--out` target and writes it atomically. Commands reach it through
//! [`crate::store::output_target::OutputTarget`], which also owns the
//! standard-output flow.
//!
//! The guards, in the order they are applied:
//!
//! 1. A symbolic link is followed to the file it names, which must be an
//!    existing regular file; the link itself is never replaced. A link to
//!    nothing, to a folder or to a device is refused.
//! 2. Nothing is written into the data folder's `logs/` or `plan/` (nor a
//!    folder below them): every file there is read as data, and an export
//!    named `logs/2021.csv` would replace a year of the log.
//! 3. A folder, a block device or a socket is refused; a character device
//!    (`/dev/null`, a terminal) or a named pipe (FIFO) is written to as a
//!    stream, never replaced.
//! 4. Anything else is written atomically: into a temporary file beside
//!    the target (same folder, so the final rename never crosses file
//!    systems), synced (every tenth of a second while it is written, on
//!    a thread of its own, and once more at the end), then renamed over
//!    the target. A file that is
//!    replaced keeps its mode (and, where permitted, its owner); a new
//!    file gets the mode the umask allows, as any program's would.
//!
//! An export or report that fails or is interrupted half-way leaves no half
//! file, and an existing file of the same name stays untouched until the
//! new one is complete. The temporary file is removed when the [`Output`]
//! is dropped without [`Output::commit`]; only a killed process can leave
//! one behind, as a hidden `.loften-*.tmp` file.
//!
//! A missing target folder is an error: nothing is created silently.

use std::fs::{self, File, Metadata};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use tempfile::NamedTempFile;

use crate::error::Error;
use crate::i18n::Text;
use crate::text;

/// An output being written; an atomic one appears under its name only on
/// [`Output::commit`].
pub struct Output {
    /// Syncs an atomic output's temporary file while it is written (first,
    /// so that it stops before the file is removed on a drop).
    writeback: Option<Writeback>,
    sink: Sink,
    /// The target as the user named it, for messages.
    named: PathBuf,
}

/// How often a temporary file being written is synced: a big export's
/// bytes go to the disk while loften is still computing the rest, and the
/// sync before the rename finds little left to do. A small export is done
/// before the first.
const WRITEBACK_EVERY: Duration = Duration::from_millis(100);

/// A thread that syncs a file's data every [`WRITEBACK_EVERY`] until it
/// is dropped. Its errors are not reported: the sync before the rename
/// ([`Output::commit`]) reports its own.
struct Writeback {
    stop: Arc<(Mutex<bool>, Condvar)>,
    thread: Option<JoinHandle<()>>,
}

impl Writeback {
    /// Starts syncing `file`; `None` when no thread or handle can be had
    /// (the output is then synced once, at the end, as before).
    fn start(file: &File) -> Option<Writeback> {
        let file = file.try_clone().ok()?;
        let stop = Arc::new((Mutex::new(false), Condvar::new()));
        let flag = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("writeback".into())
            .spawn(move || {
                let (lock, wake) = &*flag;
                loop {
                    let stopped = lock.lock().unwrap_or_else(PoisonError::into_inner);
                    let (stopped, _) = wake
                        .wait_timeout_while(stopped, WRITEBACK_EVERY, |stopped| !*stopped)
                        .unwrap_or_else(PoisonError::into_inner);
                    if *stopped {
                        return;
                    }
                    drop(stopped);
                    let _ = file.sync_data();
                }
            })
            .ok()?;
        Some(Writeback {
            stop,
            thread: Some(thread),
        })
    }
}

impl Drop for Writeback {
    fn drop(&mut self) {
        let (lock, wake) = &*self.stop;
        *lock.lock().unwrap_or_else(PoisonError::into_inner) = true;
        wake.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

enum Sink {
    /// A temporary file to rename over `real`, with the mode (and owner)
    /// of the file it replaces, if any.
    Atomic {
        temporary: NamedTempFile,
        real: PathBuf,
        replaced: Option<Box<Metadata>>,
    },
    /// A character device or a named pipe, written in place.
    Stream(File),
}

/// What the target is, after following a symbolic link.
enum Kind {
    Missing,
    Regular(Metadata),
    Stream,
    /// A kind of file that is not written to, in words.
    Refused(Text),
}

/// The folder `target` goes in: its parent, or the current folder for a
/// bare file name.
fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

impl Output {
    /// Starts writing `target` for the data folder `data_dir`, after the
    /// guards of the module's documentation.
    pub fn create(target: &Path, data_dir: &Path) -> Result<Output, Error> {
        let real = followed(target)?;
        refuse_data_folders(target, &real, data_dir)?;
        let folder = folder_of(&real);
        let shown = target.display();
        if !folder.is_dir() {
            let f = folder.display();
            return Err(Error::Refused(text!(
                "store-out-folder-missing",
                shown = shown.to_string(),
                f = f.to_string()
            )));
        }
        if real.is_dir() {
            return Err(Error::Refused(text!(
                "store-out-is-folder",
                shown = shown.to_string()
            )));
        }
        let mut writeback = None;
        let sink = match kind_of(&real).map_err(|e| Error::writing(target, e))? {
            Kind::Refused(kind) => {
                return Err(Error::Refused(text!(
                    "store-out-refused-kind",
                    shown = shown.to_string(),
                    kind
                )));
            }
            Kind::Stream => Sink::Stream(
                fs::OpenOptions::new()
                    .write(true)
                    .open(&real)
                    .map_err(|e| Error::writing(target, e))?,
            ),
            kind => {
                let replaced = match kind {
                    Kind::Regular(metadata) => Some(Box::new(metadata)),
                    _ => None,
                };
                let temporary = temporary_in(folder).map_err(|e| Error::writing(target, e))?;
                writeback = Writeback::start(temporary.as_file());
                Sink::Atomic {
                    temporary,
                    real,
                    replaced,
                }
            }
        };
        Ok(Output {
            sink,
            named: target.to_path_buf(),
            writeback,
        })
    }

    /// Starts rewriting `target`, a file of the data folder itself (a log
    /// file that `loften repair` puts into loften's form): the same atomic
    /// write, keeping the file's mode, but without guard 2, which keeps
    /// exports out of `logs/` and `plan/`. `target` must be an existing
    /// regular file, not a link.
    pub fn rewrite(target: &Path) -> Result<Output, Error> {
        let metadata = fs::symlink_metadata(target).map_err(|e| Error::writing(target, e))?;
        if !metadata.is_file() {
            let shown = target.display();
            return Err(Error::Refused(text!(
                "store-out-not-regular",
                shown = shown.to_string()
            )));
        }
        let temporary = temporary_in(folder_of(target)).map_err(|e| Error::writing(target, e))?;
        Ok(Output {
            sink: Sink::Atomic {
                temporary,
                real: target.to_path_buf(),
                replaced: Some(Box::new(metadata)),
            },
            named: target.to_path_buf(),
            writeback: None,
        })
    }

    /// The file to write into.
    pub fn file(&mut self) -> &mut File {
        match &mut self.sink {
            Sink::Atomic { temporary, .. } => temporary.as_file_mut(),
            Sink::Stream(file) => file,
        }
    }

    /// Completes the output: an atomic file is synced, given the mode of
    /// the file it replaces, and renamed over it.
    pub fn commit(self) -> Result<(), Error> {
        // The thread ends (a sync it is in finishes) before the last sync.
        drop(self.writeback);
        let named = self.named;
        let (temporary, real, replaced) = match self.sink {
            Sink::Stream(_) => return Ok(()),
            Sink::Atomic {
                temporary,
                real,
                replaced,
            } => (temporary, real, replaced),
        };
        let file = temporary.as_file();
        if let Some(metadata) = &replaced {
            file.set_permissions(metadata.permissions())
                .map_err(|e| Error::writing(&named, e))?;
            keep_owner(file, metadata);
        }
        file.sync_all().map_err(|e| Error::writing(&named, e))?;
        temporary
            .persist(&real)
            .map_err(|e| Error::writing(&named, e.error))?;
        Ok(())
    }
}

/// The path that will really be written: `target`, or the regular file a
/// symbolic link at `target` names.
fn followed(target: &Path) -> Result<PathBuf, Error> {
    let is_link = fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(target.to_path_buf());
    }
    let shown = target.display();
    match fs::canonicalize(target) {
        Ok(real) if real.is_file() => Ok(real),
        _ => Err(Error::Refused(text!(
            "store-out-dangling-link",
            shown = shown.to_string()
        ))),
    }
}

fn kind_of(real: &Path) -> io::Result<Kind> {
    let metadata = match fs::metadata(real) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Kind::Missing),
        Err(e) => return Err(e),
    };
    let file_type = metadata.file_type();
    if file_type.is_file() {
        return Ok(Kind::Regular(metadata));
    }
    if file_type.is_dir() {
        return Ok(Kind::Refused(text!("store-kind-folder")));
    }
    Ok(special_kind(&metadata))
}

#[cfg(unix)]
fn special_kind(metadata: &Metadata) -> Kind {
    use std::os::unix::fs::FileTypeExt;
    let file_type = metadata.file_type();
    if file_type.is_char_device() || file_type.is_fifo() {
        Kind::Stream
    } else if file_type.is_block_device() {
        Kind::Refused(text!("store-kind-block-device"))
    } else if file_type.is_socket() {
        Kind::Refused(text!("store-kind-socket"))
    } else {
        Kind::Refused(text!("store-kind-not-regular"))
    }
}

#[cfg(not(unix))]
fn special_kind(_metadata: &Metadata) -> Kind {
    Kind::Refused(text!("store-kind-not-regular"))
}

/// Refuses a target whose real place is in the data folder's `logs/` or
/// `plan/`, or below them.
fn refuse_data_folders(target: &Path, real: &Path, data_dir: &Path) -> Result<(), Error> {
    let Ok(folder) = folder_of(real).canonicalize() else {
        // A missing folder is refused by the caller.
        return Ok(());
    };
    for inside in [super::log_dir(data_dir), super::plan_dir(data_dir)] {
        if inside.canonicalize().is_ok_and(|f| folder.starts_with(f)) {
            let (t, f) = (target.display(), super::shown(&inside));
            return Err(Error::Refused(text!(
                "store-out-in-data-folder",
                t = t.to_string(),
                f = f.to_string()
            )));
        }
    }
    Ok(())
}

/// A hidden temporary file in `folder`. On unix it is made with mode
/// 0666 less the umask (the operating system applies it), the mode any
/// program's new file gets, rather than tempfile's private 0600.
fn temporary_in(folder: &Path) -> io::Result<NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".loften-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(folder)
}

/// Gives the replacement the owner of the file it replaces; only root may,
/// and for anyone else the file stays theirs (as `cp` does).
#[cfg(unix)]
fn keep_owner(file: &File, metadata: &Metadata) {
    use std::os::unix::fs::MetadataExt;
    let _ = std::os::unix::fs::fchown(file, Some(metadata.uid()), Some(metadata.gid()));
}

#[cfg(not(unix))]
fn keep_owner(_file: &File, _metadata: &Metadata) {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A data folder with `logs/` and `plan/`, and an output folder.
    fn setup() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        fs::create_dir_all(data.join("logs")).unwrap();
        fs::create_dir_all(data.join("plan")).unwrap();
        (dir, data)
    }

    fn write(target: &Path, data: &Path, text: &str) -> Result<(), Error> {
        let mut out = Output::create(target, data)?;
        out.file().write_all(text.as_bytes()).unwrap();
        out.commit()
    }

    #[test]
    fn a_slow_output_synced_while_written_is_whole_after_commit_and_gone_after_a_drop() {
        let (dir, data) = setup();
        let target = dir.path().join("slow.csv");
        let mut out = Output::create(&target, &data).unwrap();
        assert!(
            out.writeback.is_some(),
            "an atomic output is synced as written"
        );
        let mut expected = Vec::new();
        for part in 0..4u8 {
            let chunk = vec![b'a' + part; 100_000];
            out.file().write_all(&chunk).unwrap();
            expected.extend_from_slice(&chunk);
            // Longer than WRITEBACK_EVERY: a sync runs between writes.
            std::thread::sleep(WRITEBACK_EVERY + Duration::from_millis(20));
        }
        out.commit().unwrap();
        assert_eq!(fs::read(&target).unwrap(), expected);

        let dropped = dir.path().join("dropped.csv");
        let mut out = Output::create(&dropped, &data).unwrap();
        out.file().write_all(b"half").unwrap();
        std::thread::sleep(WRITEBACK_EVERY * 2);
        drop(out);
        assert!(!dropped.exists());
        // Only the finished file and the data folder are left.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn nothing_appears_until_commit() {
        let (dir, data) = setup();
        let target = dir.path().join("out.csv");
        fs::write(&target, "old").unwrap();
        let mut out = Output::create(&target, &data).unwrap();
        out.file().write_all(b"new").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        drop(out);
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
        write(&target, &data, "new").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_missing_folder_and_a_folder_are_refused() {
        let (dir, data) = setup();
        let target = dir.path().join("nope/out.csv");
        assert!(matches!(
            Output::create(&target, &data),
            Err(Error::Refused(_))
        ));
        assert!(!dir.path().join("nope").exists());
        assert!(matches!(
            Output::create(dir.path(), &data),
            Err(Error::Refused(_))
        ));
    }

    #[test]
    fn never_into_logs_or_plan_however_named() {
        let (_dir, data) = setup();
        fs::write(data.join("logs/2021.csv"), "log").unwrap();
        fs::create_dir(data.join("logs/old")).unwrap();
        for target in [
            data.join("logs/2021.csv"),
            data.join("logs/new.csv"),
            data.join("logs/old/x.csv"),
            data.join("plan/../logs/2021.csv"),
            data.join("plan/plan.toml"),
        ] {
            let refused = Output::create(&target, &data).err().unwrap();
            assert!(
                refused
                    .render(crate::i18n::Lang::EN)
                    .contains("must not go in")
            );
        }
        assert_eq!(
            fs::read_to_string(data.join("logs/2021.csv")).unwrap(),
            "log"
        );
        assert!(Output::create(&data.join("report.html"), &data).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_to_a_regular_file_or_refused() {
        use std::os::unix::fs::symlink;
        let (dir, data) = setup();
        let real = dir.path().join("real.md");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.md");
        symlink(&real, &link).unwrap();
        write(&link, &data, "new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        // Dangling, to a folder, into logs/: refused, and the link stays.
        let dangling = dir.path().join("dangling.md");
        symlink(dir.path().join("nowhere"), &dangling).unwrap();
        let to_folder = dir.path().join("folder.md");
        symlink(dir.path(), &to_folder).unwrap();
        fs::write(data.join("logs/2021.csv"), "log").unwrap();
        let to_log = dir.path().join("log.md");
        symlink(data.join("logs/2021.csv"), &to_log).unwrap();
        for link in [&dangling, &to_folder, &to_log] {
            assert!(matches!(write(link, &data, "x"), Err(Error::Refused(_))));
            assert!(fs::symlink_metadata(link).unwrap().file_type().is_symlink());
        }
        assert_eq!(
            fs::read_to_string(data.join("logs/2021.csv")).unwrap(),
            "log"
        );
        assert!(!dir.path().join("nowhere").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, data) = setup();
        let target = dir.path().join("private.csv");
        fs::write(&target, "old").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
        write(&target, &data, "new").unwrap();
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_to_and_never_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let (_dir, data) = setup();
        let null = Path::new("/dev/null");
        write(null, &data, "gone").unwrap();
        assert!(fs::metadata(null).unwrap().file_type().is_char_device());
    }
}
