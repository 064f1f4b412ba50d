//! Saving PDF bytes so that a failed save never leaves a half-written file.
//!
//! The bytes go to a new temporary file in the target's folder, are flushed to the
//! disk, and the temporary file is then renamed over the target, which replaces it in
//! one step. If anything fails, the temporary file is removed and whatever was at the
//! target before is still there.

use std::fs::{self, File, OpenOptions};
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::PdfError;

/// Writes `bytes` to `path`, replacing any file there only once the new one is
/// complete on disk.
///
/// The error names `path` and says in plain words what happened (no permission,
/// disk full, folder missing, …).
pub fn save_pdf_atomically(bytes: &[u8], path: &Path) -> Result<(), PdfError> {
    save_with(path, |file| file.write_all(bytes))
}

/// [`save_pdf_atomically`] with the writing step passed in, so tests can make it fail.
fn save_with(path: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> Result<(), PdfError> {
    let fail = |step: Step, reason: io::Error| PdfError::Save {
        path: path.to_owned(),
        problem: explain(step, &reason, path),
        reason,
    };
    let Some(name) = path.file_name() else {
        return Err(fail(
            Step::Create,
            io::Error::new(ErrorKind::InvalidInput, "the path does not name a file"),
        ));
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };

    let (temp_path, mut file) = create_temp(folder, name).map_err(|e| fail(Step::Create, e))?;
    let result = (|| {
        // Keep the old file's permissions, so a re-export does not change who may read it.
        if let Ok(old) = fs::metadata(path)
            && old.is_file()
        {
            file.set_permissions(old.permissions())
                .map_err(|e| (Step::Write, e))?;
        }
        write(&mut file).map_err(|e| (Step::Write, e))?;
        file.sync_all().map_err(|e| (Step::Write, e))?;
        drop(file);
        fs::rename(&temp_path, path).map_err(|e| (Step::Replace, e))
    })();
    if let Err((step, source)) = result {
        let _ = fs::remove_file(&temp_path);
        return Err(fail(step, source));
    }
    // Make the rename itself durable. Not every platform can open a folder; the file
    // is complete either way, so a failure here is not reported.
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Which step of the save failed, for the message.
#[derive(Clone, Copy)]
enum Step {
    Create,
    Write,
    Replace,
}

/// Creates a file that did not exist before, next to the target:
/// `.<name>.<process id>-<counter>.tmp`.
fn create_temp(folder: &Path, name: &std::ffi::OsStr) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let mut attempt = 0;
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(".{}-{n}.tmp", std::process::id()));
        let temp_path = folder.join(temp_name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
        {
            Ok(file) => return Ok((temp_path, file)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

/// The failure in words a clinic worker can act on.
fn explain(step: Step, error: &io::Error, path: &Path) -> String {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(
            || "the current folder".to_owned(),
            |p| p.display().to_string(),
        );
    let doing = match step {
        Step::Create => "creating a new file in that folder failed",
        Step::Write => "writing the file failed",
        Step::Replace => "replacing the old file failed",
    };
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    // The nearest folder (or file) on the way to `path` that exists: the one a
    // "not a folder" error is about, which need not be the immediate parent.
    let nearest = parent.and_then(|p| p.ancestors().find(|a| a.exists()));
    match error.kind() {
        // The folder is there, yet the system says "not found" (a special file
        // system, say): only the system's own words are true.
        ErrorKind::NotFound if parent.is_none_or(Path::is_dir) => format!("{doing} ({error})"),
        ErrorKind::NotFound => format!("the folder {folder} does not exist"),
        ErrorKind::NotADirectory => match nearest.filter(|n| !n.is_dir()) {
            Some(file) => format!("{} is a file, not a folder", file.display()),
            None => format!("{folder} is not a folder"),
        },
        ErrorKind::PermissionDenied => {
            format!("no permission to write there (the folder {folder} or the file is protected)")
        }
        ErrorKind::StorageFull => "the disk is full".to_owned(),
        ErrorKind::QuotaExceeded => "your disk quota is used up".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        ErrorKind::IsADirectory | ErrorKind::DirectoryNotEmpty => {
            "a folder with that name is in the way".to_owned()
        }
        ErrorKind::InvalidFilename => "the file name is not allowed here".to_owned(),
        ErrorKind::FileTooLarge => "the file is too large for this disk".to_owned(),
        ErrorKind::CrossesDevices => "the folder is on another disk".to_owned(),
        _ => format!("{doing} ({error})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh, empty folder under the system temp folder.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("handout-desk-save-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temp_file() {
        let dir = scratch("replace");
        let path = dir.join("handout.pdf");
        fs::write(&path, b"old").unwrap();
        save_pdf_atomically(b"%PDF-new", &path).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"%PDF-new");
        assert_eq!(entries(&dir), ["handout.pdf"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_folder_is_named_in_plain_words() {
        let dir = scratch("missing");
        let path = dir.join("no-such-folder").join("handout.pdf");
        let err = save_pdf_atomically(b"%PDF", &path).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("handout.pdf"), "{message}");
        assert!(message.contains("does not exist"), "{message}");
        assert!(message.contains("no-such-folder"), "{message}");
        assert!(entries(&dir).is_empty());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn not_found_in_a_folder_that_exists_does_not_blame_the_folder() {
        let dir = scratch("not-found-but-there");
        let message = explain(
            Step::Create,
            &io::Error::from(ErrorKind::NotFound),
            &dir.join("handout.pdf"),
        );
        assert!(!message.contains("does not exist"), "{message}");
        assert!(message.contains("creating a new file"), "{message}");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_file_in_the_way_is_named_even_further_up() {
        let dir = scratch("file-in-the-way");
        let file = dir.join("notes.txt");
        fs::write(&file, b"notes").unwrap();
        let path = file.join("sub").join("handout.pdf");
        let message = save_pdf_atomically(b"%PDF", &path).unwrap_err().to_string();
        assert!(
            message.contains(&format!("{} is a file, not a folder", file.display())),
            "{message}"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn failed_write_keeps_the_old_file_and_removes_the_temp_file() {
        let dir = scratch("full");
        let path = dir.join("handout.pdf");
        fs::write(&path, b"old").unwrap();
        let err = save_with(&path, |file| {
            file.write_all(b"%PDF-half")?;
            Err(io::Error::from(ErrorKind::StorageFull))
        })
        .unwrap_err();
        assert!(err.to_string().contains("the disk is full"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(entries(&dir), ["handout.pdf"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn failed_rename_keeps_what_was_there() {
        let dir = scratch("folder-in-the-way");
        let path = dir.join("handout.pdf");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("keep.txt"), b"keep").unwrap();
        let err = save_pdf_atomically(b"%PDF", &path).unwrap_err();
        assert!(err.to_string().contains("folder with that name"), "{err}");
        assert_eq!(fs::read(path.join("keep.txt")).unwrap(), b"keep");
        assert_eq!(entries(&dir), ["handout.pdf"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_old_files_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("perms");
        let path = dir.join("handout.pdf");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        save_pdf_atomically(b"%PDF", &path).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        fs::remove_dir_all(dir).unwrap();
    }
}
