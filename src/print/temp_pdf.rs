//! A PDF written to a temporary file for `lp` to read, removed when dropped.
//!
//! `lp` sends a file's bytes to the print service before it returns, so the file
//! is needed only for that moment; it is removed on every path out, an error
//! included, so no handout is left behind in the temporary folder. (On Windows
//! the PDF app started by the print verb reads it; a file that app still holds
//! open when the desk stops waiting cannot be removed, and stays.)

use std::fs::{self, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::PrintError;

/// A temporary PDF file, removed when this is dropped.
#[derive(Debug)]
pub(crate) struct TempPdf {
    path: PathBuf,
}

impl TempPdf {
    /// Writes `pdf` to a new file in `folder` that did not exist before (so a
    /// file or link someone else put there is never written through).
    pub(crate) fn write(folder: &Path, pdf: &[u8]) -> Result<Self, PrintError> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = folder.join(format!("handout-desk-print-{}-{n}.pdf", std::process::id()));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        // Readable by this user only: a handout may carry what a patient wrote.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let written = options
            .open(&path)
            .and_then(|mut file| file.write_all(pdf).and_then(|()| file.sync_all()));
        // Made here, so it is ours to remove even when writing it failed half-way.
        let temp = Self { path };
        match written {
            Ok(()) => Ok(temp),
            Err(source) => Err(PrintError::TempFile {
                path: temp.path.clone(),
                source,
            }),
        }
    }

    /// Where the file is.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempPdf {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_holds_the_bytes_and_goes_away() {
        let folder = std::env::temp_dir();
        let temp = TempPdf::write(&folder, b"%PDF-1.7 test").unwrap();
        let path = temp.path().to_owned();
        assert_eq!(fs::read(&path).unwrap(), b"%PDF-1.7 test");
        drop(temp);
        assert!(!path.exists());
    }

    #[cfg(unix)]
    #[test]
    fn only_this_user_can_read_it() {
        use std::os::unix::fs::PermissionsExt;
        let temp = TempPdf::write(&std::env::temp_dir(), b"%PDF").unwrap();
        let mode = fs::metadata(temp.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_missing_folder_is_reported_with_the_file() {
        let folder = std::env::temp_dir().join("handout-desk-no-such-folder-for-print");
        let error = TempPdf::write(&folder, b"x").unwrap_err();
        assert!(matches!(error, PrintError::TempFile { .. }));
        assert!(
            error
                .to_string()
                .contains("handout-desk-no-such-folder-for-print")
        );
    }
}
