//! The handout log: one line per exported handout, for the clinic's records.
//!
//! It records which text went out (template id, version, content hash, review
//! status) and how it was printed (language, paper, large print), with the time.
//! Nothing about the patient is asked or stored. Each entry is one RON line,
//! appended with a single write and synced, so a crash can at worst cut the last
//! line short; a line that cannot be read is reported and skipped, never fatal.

use std::fs::OpenOptions;
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::storage::utc_parts;
use crate::template::{ContentHash, ReviewStatus};

/// One exported handout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// When, in UTC: `YYYY-MM-DDTHH:MM:SSZ`.
    pub at: String,
    /// The template's id.
    pub template_id: String,
    /// The template's version.
    pub version: String,
    /// The content hash of the text that went out.
    pub content_hash: ContentHash,
    /// Approved or draft when it went out.
    pub status: ReviewStatus,
    /// BCP 47 language tag.
    pub language: String,
    /// `letter` or `a4`.
    pub paper: String,
    /// Whether it was printed large.
    pub large_print: bool,
}

/// Why an entry could not be added to the log.
#[derive(Debug, thiserror::Error)]
#[error("cannot add to the handout log {}: {reason}", path.display())]
pub struct LogError {
    /// The log file.
    pub path: PathBuf,
    /// The system's reason (in the message, so not chained as a `source`).
    pub reason: std::io::Error,
}

/// What reading the log gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogContents {
    /// The entries that could be read, oldest first.
    pub entries: Vec<LogEntry>,
    /// Line numbers (from 1) that could not be read.
    pub unreadable_lines: Vec<usize>,
}

/// The time now in UTC as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now() -> String {
    let (date, h, m, s) = utc_parts(SystemTime::now());
    format!("{date}T{h:02}:{m:02}:{s:02}Z")
}

/// Appends `entry` to the log at `path`, creating it if needed.
pub fn append(path: &Path, entry: &LogEntry) -> Result<(), LogError> {
    let fail = |reason| LogError {
        path: path.to_path_buf(),
        reason,
    };
    if let Some(dir) = path.parent() {
        if let Some(file) = dir.ancestors().find(|a| a.exists()).filter(|a| !a.is_dir()) {
            return Err(fail(std::io::Error::new(
                std::io::ErrorKind::NotADirectory,
                format!("{} is a file, not a folder", file.display()),
            )));
        }
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let line = ron::to_string(entry).map_err(|e| fail(std::io::Error::other(e.to_string())))?;
    let mut file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)
        .map_err(fail)?;
    // A line cut short by a crash must not swallow the next entry.
    let mut record = String::new();
    if ends_without_newline(&mut file).map_err(fail)? {
        record.push('\n');
    }
    record.push_str(&line);
    record.push('\n');
    file.write_all(record.as_bytes()).map_err(fail)?;
    file.sync_data().map_err(fail)
}

fn ends_without_newline(file: &mut std::fs::File) -> std::io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(false);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

/// Reads the log; a missing file is an empty log.
pub fn read(path: &Path) -> std::io::Result<LogContents> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(LogContents::default()),
        Err(e) => return Err(e),
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut contents = LogContents::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match ron::from_str::<LogEntry>(line) {
            Ok(entry) => contents.entries.push(entry),
            Err(_) => contents.unreadable_lines.push(n + 1),
        }
    }
    Ok(contents)
}

/// The entries as CSV with a header row, for a clinic's records.
pub fn to_csv(entries: &[LogEntry]) -> String {
    let mut out = String::from(
        "time_utc,template_id,version,content_hash,status,language,paper,large_print\n",
    );
    for e in entries {
        let fields = [
            e.at.as_str(),
            &e.template_id,
            &e.version,
            &e.content_hash.0,
            status_word(e.status),
            &e.language,
            &e.paper,
            if e.large_print { "yes" } else { "no" },
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// `approved` or `draft`.
pub fn status_word(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::Approved => "approved",
        ReviewStatus::Draft => "draft",
    }
}

fn csv_field(field: &str) -> String {
    // Quote where needed, and defuse spreadsheet formulas (CSV injection).
    let field = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> LogEntry {
        LogEntry {
            at: "2026-12-01T10:00:00Z".into(),
            template_id: id.into(),
            version: "1.0.0".into(),
            content_hash: ContentHash("sha256:ab".into()),
            status: ReviewStatus::Draft,
            language: "en-US".into(),
            paper: "letter".into(),
            large_print: false,
        }
    }

    #[test]
    fn a_torn_or_corrupt_line_loses_nothing_else() {
        let dir = std::env::temp_dir().join(format!("handout-desk-log-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("log");
        append(&path, &entry("a")).unwrap();
        // A crash half-way through a line, then garbage.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"LogEntry(at: \"2026-").unwrap();
        drop(f);
        append(&path, &entry("b")).unwrap();
        let log = read(&path).unwrap();
        assert_eq!(
            log.entries
                .iter()
                .map(|e| e.template_id.as_str())
                .collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(log.unreadable_lines, [2]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn csv_has_a_header_and_quotes_what_needs_it() {
        let mut e = entry("x");
        e.language = "en,US".into();
        let csv = to_csv(&[e]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "time_utc,template_id,version,content_hash,status,language,paper,large_print"
        );
        assert_eq!(
            lines[1],
            "2026-12-01T10:00:00Z,x,1.0.0,sha256:ab,draft,\"en,US\",letter,no"
        );
        assert!(utc_now().ends_with('Z') && utc_now().len() == 20);
    }
}
