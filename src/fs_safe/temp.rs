//! The temporary file a save writes before renaming it over the target, and the
//! clean-up of those a killed save left behind.
//!
//! The name says whose it is and for which file: `.<name>.handout-desk-<pid>-<n>.tmp`
//! beside the target. A save removes those of its own target that are older than
//! [`STALE_AFTER`]: a running save writes its file in well under a second, so an
//! older one is left from a save that was killed. Only the age is used, which works
//! the same on every system and over network folders, where another machine's
//! process ids mean nothing.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

/// The mark in every temporary file name of ours.
pub const TEMP_MARK: &str = "handout-desk";

/// How old a temporary file of ours must be before a save takes it as left over.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// Longest part of the target's name kept in a temporary file's name, so the
/// name fits the 255-byte limit of common file systems.
const MAX_STEM: usize = 160;

/// `.<name>.handout-desk-`: how every temporary file for a target named `name` begins.
fn prefix(name: &str) -> String {
    let mut end = name.len().min(MAX_STEM);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    format!(".{}.{TEMP_MARK}-", &name[..end])
}

/// Creates a temporary file for the target `name` in `folder` that did not exist before.
pub(crate) fn create(folder: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let prefix = prefix(name);
    let mut attempt = 0;
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = folder.join(format!("{prefix}{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Whether `file_name` is a temporary file of ours for the target `name`: the
/// current form, or the two this program wrote before it
/// (`.<name>.<pid>-<n>.tmp` and `.<name>.tmp-<pid>`).
fn is_ours(file_name: &str, name: &str) -> bool {
    let counted = |s: &str| {
        s.split_once('-').is_some_and(|(pid, n)| {
            [pid, n]
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = file_name.strip_prefix(&prefix(name)) {
        return rest.strip_suffix(".tmp").is_some_and(counted);
    }
    let Some(rest) = file_name
        .strip_prefix('.')
        .and_then(|r| r.strip_prefix(name))
        .and_then(|r| r.strip_prefix('.'))
    else {
        return false;
    };
    rest.strip_suffix(".tmp").is_some_and(counted) || rest.strip_prefix("tmp-").is_some_and(digits)
}

/// Removes the temporary files for the target `name` in `folder` that are older
/// than [`STALE_AFTER`]. Best effort: a file that cannot be removed stays, and
/// the save goes on.
pub(crate) fn remove_stale(folder: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    }) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let file_name: OsString = entry.file_name();
        if !file_name.to_str().is_some_and(|n| is_ours(n, name)) {
            continue;
        }
        // Never follow a link or touch anything but a plain file.
        let Ok(meta) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|at| now.duration_since(at).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.is_file() && old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_its_own_names_for_that_target() {
        for ours in [
            ".h.pdf.handout-desk-12-0.tmp",
            ".h.pdf.12-3.tmp",
            ".h.pdf.tmp-12",
        ] {
            assert!(is_ours(ours, "h.pdf"), "{ours}");
        }
        for not_ours in [
            ".h.pdf.handout-desk-12.tmp",
            ".h.pdf.handout-desk-x-0.tmp",
            ".hh.pdf.handout-desk-12-0.tmp",
            ".h.pdf.notes.tmp",
            "h.pdf",
            ".h.pdf.tmp-",
            ".h.pdf.handout-desk-12-0.tmp.keep",
        ] {
            assert!(!is_ours(not_ours, "h.pdf"), "{not_ours}");
        }
    }

    #[test]
    fn a_long_name_gives_a_temporary_name_that_fits() {
        let name = "é".repeat(120) + ".pdf";
        let p = prefix(&name);
        assert!(p.len() < 200, "{}", p.len());
        assert!(is_ours(&format!("{p}1-2.tmp"), &name));
    }
}
