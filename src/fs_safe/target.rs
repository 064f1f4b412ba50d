//! What a save will replace: the path itself, or the file at the end of its links,
//! and never something that is not a plain file.
//!
//! A clinic's print folder may hold a link to the current handout; replacing the
//! link with a file would leave the printer on the old one, so links are followed
//! and the file they point to is replaced instead. A folder, a named pipe, a device
//! or a socket is refused by name before anything is opened: opening a pipe would
//! wait for a reader for ever, and replacing a device (run as root) would break the
//! machine.

use std::fs::{self, FileType, Metadata};
use std::path::{Path, PathBuf};

use super::error::{SaveError, Step};

/// Links followed before a path is taken to go round in a circle (Linux's limit).
const MAX_LINKS: usize = 40;

/// The plain file a save writes, found by following links from the path asked for.
#[derive(Debug)]
pub(crate) struct Target {
    /// The file to create or replace.
    pub file: PathBuf,
    /// The folder it is in, where the temporary file goes.
    pub folder: PathBuf,
    /// Its name, from which the temporary file's name is made.
    pub name: String,
    /// What is there now, when something is.
    pub existing: Option<Metadata>,
    /// Whether `file` was reached through a link.
    pub through_link: bool,
}

/// Finds what saving to `path` would replace, refusing what is not a file.
pub(crate) fn resolve(path: &Path) -> Result<Target, SaveError> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let through_link = current != path;
        let refuse = |what: &str| {
            let problem = if through_link {
                format!("it links to {}, which is {what}", current.display())
            } else {
                format!("it is {what}")
            };
            SaveError::refused(path, problem)
        };
        let existing = match fs::symlink_metadata(&current) {
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(SaveError::io(path, folder_of(&current), Step::Inspect, e)),
        };
        match existing.as_ref().map(Metadata::file_type) {
            Some(kind) if kind.is_symlink() => {
                let link = fs::read_link(&current)
                    .map_err(|e| SaveError::io(path, folder_of(&current), Step::Inspect, e))?;
                // A relative link is relative to the folder the link is in.
                current = folder_of(&current).join(link);
            }
            Some(kind) if !kind.is_file() => return Err(refuse(&not_a_file(kind))),
            _ => {
                let Some(name) = current.file_name() else {
                    return Err(refuse("not the name of a file"));
                };
                return Ok(Target {
                    name: name.to_string_lossy().into_owned(),
                    folder: folder_of(&current).to_path_buf(),
                    file: current,
                    existing,
                    through_link,
                });
            }
        }
    }
    Err(SaveError::refused(
        path,
        "it is a link that leads round in a circle, or through too many links".to_owned(),
    ))
}

impl Target {
    /// A failure at `step`, saying which file a link led to when it did.
    pub(crate) fn error(&self, path: &Path, step: Step, error: std::io::Error) -> SaveError {
        let mut e = SaveError::io(path, &self.folder, step, error);
        if self.through_link {
            e.problem = format!("it links to {}, and {}", self.file.display(), e.problem);
        }
        e
    }
}

/// The folder `path` is in; `""` (the current folder) for a bare name.
pub(crate) fn folder_of(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new(""))
}

/// What a path that is neither a file nor a link is, in words.
fn not_a_file(kind: FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let what = if kind.is_fifo() {
            Some("a named pipe (FIFO)")
        } else if kind.is_char_device() || kind.is_block_device() {
            Some("a device")
        } else if kind.is_socket() {
            Some("a socket")
        } else {
            None
        };
        if let Some(what) = what {
            return format!("{what}, not a file; choose a file name");
        }
    }
    if kind.is_dir() {
        "a folder, not a file; choose a file name inside it".to_owned()
    } else {
        "not a plain file; choose a file name".to_owned()
    }
}
