//! A lock that keeps two processes from saving the same file at once.
//!
//! The lock is taken on a small file beside the data file, `<name>.lock`, never on
//! the data file itself: the data file is replaced by a rename on every save, and a
//! lock on the old one would guard nothing. The lock file is left in place; removing
//! it would let two processes lock two different files of the same name. The
//! operating system drops the lock when the process ends, even when it is killed.
//! Locks are advisory: they keep out other Handout Desk processes, not other programs.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::Folder;
use super::error::{SaveError, Step};
use super::target::folder_of;

/// How long to wait for another process's save before giving up. Saves hold the
/// lock for milliseconds; a wait this long means a process is stuck.
const WAIT_AT_MOST: Duration = Duration::from_secs(10);

/// A held lock on a data file; released when dropped.
#[derive(Debug)]
pub struct FileLock {
    /// Kept open: closing it releases the lock.
    _file: Option<File>,
}

/// The lock file for `data_file`: `<name>.lock` beside it.
pub fn lock_file_for(data_file: &Path) -> PathBuf {
    let mut name = data_file
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_default();
    name.push(".lock");
    data_file.with_file_name(name)
}

impl FileLock {
    /// Takes the lock for writing `data_file`: no other process holds it for
    /// reading or writing until this is dropped.
    pub fn exclusive(data_file: &Path, folder: Folder) -> Result<Self, SaveError> {
        Self::take(data_file, folder, true)
    }

    /// Takes the lock for reading `data_file`: writers wait, other readers do not.
    /// Creates nothing: with no lock file, no writer has ever held the lock, and
    /// the lock returned holds nothing.
    pub fn shared(data_file: &Path) -> Result<Self, SaveError> {
        Self::take(data_file, Folder::MustExist, false)
    }

    fn take(data_file: &Path, folder: Folder, exclusive: bool) -> Result<Self, SaveError> {
        let dir = folder_of(data_file);
        let fail = |step, e| SaveError::io(data_file, dir, step, e);
        if folder == Folder::Create && !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|e| fail(Step::CreateFolder, e))?;
        }
        let opened = OpenOptions::new()
            .read(true)
            .write(exclusive)
            .create(exclusive)
            .truncate(false)
            .open(lock_file_for(data_file));
        let file = match opened {
            Ok(file) => file,
            Err(e) if !exclusive && e.kind() == ErrorKind::NotFound => {
                return Ok(Self { _file: None });
            }
            Err(e) => return Err(fail(Step::Lock, e)),
        };
        let started = Instant::now();
        loop {
            let attempt = if exclusive {
                file.try_lock()
            } else {
                file.try_lock_shared()
            };
            match attempt {
                Ok(()) => return Ok(Self { _file: Some(file) }),
                Err(TryLockError::WouldBlock) if started.elapsed() < WAIT_AT_MOST => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(SaveError::refused(
                        data_file,
                        format!(
                            "another Handout Desk has been saving it for over {} seconds; close other Handout Desk windows and try again",
                            WAIT_AT_MOST.as_secs()
                        ),
                    ));
                }
                // A system without file locks: save without one rather than not at all.
                Err(TryLockError::Error(e)) if e.kind() == ErrorKind::Unsupported => {
                    return Ok(Self { _file: None });
                }
                Err(TryLockError::Error(e)) => return Err(fail(Step::Lock, e)),
            }
        }
    }
}
