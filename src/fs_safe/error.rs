//! Why a save failed, in words a clinic worker can act on.

use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};

/// A file could not be saved; whatever was at the path before is still there.
#[derive(Debug, thiserror::Error)]
#[error("cannot save {}: {problem}", path.display())]
pub struct SaveError {
    /// The path the caller asked for (a link's own path, not the file it points to).
    pub path: PathBuf,
    /// What happened, in plain words, naming the folder or the link's target
    /// where that is what the reader has to change.
    pub problem: String,
    /// The system's error, when there was one. Deliberately not the error's
    /// `source`: `problem` already says it, and a printed error chain would say
    /// it twice.
    pub io: Option<io::Error>,
}

/// The step of a save that failed, which decides the wording of the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Looking at what is at the path.
    Inspect,
    /// Making the folder the file goes in.
    CreateFolder,
    /// Creating the temporary file beside the target.
    CreateTemp,
    /// Writing and syncing the temporary file.
    Write,
    /// Renaming the temporary file over the target.
    Replace,
    /// Taking the lock that keeps other desks' saves of the same file out.
    Lock,
}

impl SaveError {
    /// A failed system call at `step`; `folder` is where the file was going.
    pub(crate) fn io(path: &Path, folder: &Path, step: Step, error: io::Error) -> Self {
        Self {
            path: path.to_path_buf(),
            problem: explain(step, &error, folder),
            io: Some(error),
        }
    }

    /// A save refused before anything was written.
    pub(crate) fn refused(path: &Path, problem: String) -> Self {
        Self {
            path: path.to_path_buf(),
            problem,
            io: None,
        }
    }

    /// The kind of the system's error, if there was one.
    pub fn kind(&self) -> Option<ErrorKind> {
        self.io.as_ref().map(io::Error::kind)
    }
}

/// `folder` as a reader would name it: "the current folder" for an empty path.
fn folder_name(folder: &Path) -> String {
    if folder.as_os_str().is_empty() || folder == Path::new(".") {
        "the current folder".to_owned()
    } else {
        format!("the folder {}", folder.display())
    }
}

/// The nearest existing part of `folder`'s path that is a file, not a folder:
/// the thing the reader has to move or rename.
fn file_in_the_way(folder: &Path) -> Option<&Path> {
    folder
        .ancestors()
        .find(|a| a.exists())
        .filter(|a| !a.is_dir())
}

/// The failure in words; the system's own text only where we have none better.
fn explain(step: Step, error: &io::Error, folder_path: &Path) -> String {
    let folder = folder_name(folder_path);
    match error.kind() {
        ErrorKind::NotFound => format!("{folder} does not exist"),
        ErrorKind::NotADirectory => match file_in_the_way(folder_path) {
            Some(file) => format!("{} is a file, not a folder", file.display()),
            None => format!("part of the path to {folder} is a file, not a folder"),
        },
        ErrorKind::PermissionDenied => match step {
            Step::Inspect => format!("no permission to look in {folder}"),
            Step::Write => "no permission to write the file".to_owned(),
            _ => format!("no permission to write in {folder}"),
        },
        ErrorKind::ReadOnlyFilesystem => format!("{folder} is on a read-only disk"),
        ErrorKind::StorageFull => "the disk is full".to_owned(),
        ErrorKind::QuotaExceeded => "your disk quota is used up".to_owned(),
        ErrorKind::IsADirectory | ErrorKind::DirectoryNotEmpty => {
            "a folder with that name is in the way".to_owned()
        }
        ErrorKind::InvalidFilename => "the file name is not allowed here".to_owned(),
        ErrorKind::FileTooLarge => "the file is too large for this disk".to_owned(),
        ErrorKind::CrossesDevices => "the file and its folder are on different disks".to_owned(),
        _ => {
            let doing = match step {
                Step::Inspect => "looking at what is there",
                Step::CreateFolder => "creating the folder",
                Step::CreateTemp => "creating a new file in that folder",
                Step::Write => "writing the file",
                Step::Replace => "replacing the old file",
                Step::Lock => "waiting for another save of this file",
            };
            format!("{doing} failed ({error})")
        }
    }
}
