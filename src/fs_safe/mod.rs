//! Saving files safely: the one way every file of Handout Desk reaches the disk.
//!
//! This module sits at the bottom of the crate and depends on nothing in it, so the
//! PDF writer and the clinic data can both use it. What a save guarantees:
//!
//! - **Atomic:** the bytes go to a temporary file beside the target, are synced, and
//!   the temporary file is renamed over the target, so the target holds the old or
//!   the new contents, never a mix. A failed save removes its temporary file.
//! - **Links are kept:** saving to a symbolic link replaces the file the link points
//!   to (in that file's folder) and leaves the link as it is. A link to a file that
//!   does not exist yet creates that file, when its folder exists.
//! - **Only files are replaced:** a folder, named pipe, device or socket at the path
//!   is refused with a message saying what it is; nothing is opened or written.
//! - **Left-overs are cleaned:** a save removes its target's temporary files that a
//!   killed save left behind (see `temp`).
//! - **Locks, where asked:** [`FileLock`] keeps two processes from interleaving a
//!   read-modify-write of the same file (see `lock`).

mod error;
mod lock;
mod target;
mod temp;

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::Path;

pub use error::SaveError;
pub use lock::{FileLock, lock_file_for};
pub use temp::{STALE_AFTER, TEMP_MARK};

use error::Step;

/// Whether a save may create the folder it saves into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folder {
    /// The folder must be there already: the user chose it, and a typo in it
    /// should be reported, not made into a new folder.
    MustExist,
    /// Make the folder when it is missing, as for the app's own data folder on a
    /// first start.
    Create,
}

/// Writes `bytes` to `path` atomically (see the module's guarantees). The
/// error names `path` and says in plain words what is wrong and where.
pub fn write_atomically(path: &Path, bytes: &[u8], folder: Folder) -> Result<(), SaveError> {
    write_with(path, folder, |file| file.write_all(bytes))
}

/// [`write_atomically`] with the writing step passed in, for data written in
/// parts, and for tests that make the writing fail.
pub fn write_with(
    path: &Path,
    folder: Folder,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), SaveError> {
    if folder == Folder::Create {
        let dir = target::folder_of(path);
        if !dir.as_os_str().is_empty() {
            fs::create_dir_all(dir).map_err(|e| SaveError::io(path, dir, Step::CreateFolder, e))?;
        }
    }
    let target = target::resolve(path)?;
    temp::remove_stale(&target.folder, &target.name);
    let (temp_path, mut file) = temp::create(&target.folder, &target.name)
        .map_err(|e| target.error(path, Step::CreateTemp, e))?;
    let result = (|| {
        // Keep the old file's permissions, so a new save does not change who may read it.
        if let Some(old) = &target.existing {
            file.set_permissions(old.permissions())
                .map_err(|e| (Step::Write, e))?;
        }
        write(&mut file).map_err(|e| (Step::Write, e))?;
        file.sync_all().map_err(|e| (Step::Write, e))?;
        drop(file);
        fs::rename(&temp_path, &target.file).map_err(|e| (Step::Replace, e))
    })();
    if let Err((step, e)) = result {
        let _ = fs::remove_file(&temp_path);
        return Err(target.error(path, step, e));
    }
    // Make the rename itself durable. Not every system can open a folder; the file
    // is complete either way, so a failure here is not reported.
    let dir = if target.folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        &target.folder
    };
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests;
