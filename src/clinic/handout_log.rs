//! The handout log: one line per exported handout, for the clinic's records.
//!
//! It records which text went out (template id, version, content hash, review
//! status) and how it was printed (language, paper, print format), with the time.
//! Lines written before print formats say `large_print: true/false` instead of a
//! format; they still load, as large print or standard.
//! Nothing about the patient is asked or stored. Each entry is one RON line,
//! appended with a single write and synced, so a crash can at worst cut the last
//! line short; a line that cannot be read is reported and skipped, never fatal.
//! Appends hold the log's lock (`handout-log.ron-lines.lock`), so exports from
//! several desks at once each add their whole line; reading takes the lock shared,
//! so it never sees a line half-written.

use std::fs::OpenOptions;
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::fs_safe::{FileLock, Folder};
use crate::page_setup::{PageSetup, PrintFormat};
use crate::storage::utc_parts;
use crate::template::{ContentHash, ReviewStatus};

/// One exported handout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredEntry")]
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
    /// How the pages were laid out: standard, large print or wallet cards.
    pub format: PrintFormat,
}

impl LogEntry {
    /// An entry for `template_id` printed as `page`, at `at`.
    pub fn new(
        at: String,
        template_id: String,
        version: String,
        content_hash: ContentHash,
        status: ReviewStatus,
        language: String,
        page: PageSetup,
    ) -> Self {
        Self {
            at,
            template_id,
            version,
            content_hash,
            status,
            language,
            paper: page.paper.name().to_owned(),
            format: page.format,
        }
    }
}

/// A log line as written: today's `format`, or the `large_print` of lines
/// written before print formats. A line with neither, or both, is unreadable.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "LogEntry")]
struct StoredEntry {
    at: String,
    template_id: String,
    version: String,
    content_hash: ContentHash,
    status: ReviewStatus,
    language: String,
    paper: String,
    #[serde(default, deserialize_with = "present")]
    format: Option<PrintFormat>,
    #[serde(default, deserialize_with = "present")]
    large_print: Option<bool>,
}

/// A field that may be missing from a line but is written bare when present
/// (`format: WalletCard`, not `Some(WalletCard)`).
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

impl TryFrom<StoredEntry> for LogEntry {
    type Error = &'static str;

    fn try_from(stored: StoredEntry) -> Result<Self, Self::Error> {
        let format = match (stored.format, stored.large_print) {
            (Some(format), None) => format,
            (None, Some(true)) => PrintFormat::LargePrint,
            (None, Some(false)) => PrintFormat::Standard,
            (None, None) => return Err("a log line without its print format"),
            (Some(_), Some(_)) => return Err("a log line with both format and large_print"),
        };
        Ok(Self {
            at: stored.at,
            template_id: stored.template_id,
            version: stored.version,
            content_hash: stored.content_hash,
            status: stored.status,
            language: stored.language,
            paper: stored.paper,
            format,
        })
    }
}

/// Why an entry could not be added to the log.
#[derive(Debug, thiserror::Error)]
#[error("cannot add to the handout log {}: {problem}", path.display())]
pub struct LogError {
    /// The log file.
    pub path: PathBuf,
    /// What went wrong, in words.
    pub problem: String,
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
    let fail = |problem: &dyn std::fmt::Display| LogError {
        path: path.to_path_buf(),
        problem: problem.to_string(),
    };
    let line = ron::to_string(entry).map_err(|e| fail(&e))?;
    let _lock = FileLock::exclusive(path, Folder::Create).map_err(|e| fail(&e.problem))?;
    let mut file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)
        .map_err(|e| fail(&e))?;
    // A line cut short by a crash must not swallow the next entry.
    let mut record = String::new();
    if ends_without_newline(&mut file).map_err(|e| fail(&e))? {
        record.push('\n');
    }
    record.push_str(&line);
    record.push('\n');
    file.write_all(record.as_bytes()).map_err(|e| fail(&e))?;
    file.sync_data().map_err(|e| fail(&e))
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

/// Reads the log; a missing file is an empty log. Waits for an append under way;
/// where the lock cannot be had (a folder this desk may only read), reads anyway.
pub fn read(path: &Path) -> std::io::Result<LogContents> {
    let _lock = FileLock::shared(path).ok();
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
    let mut out =
        String::from("time_utc,template_id,version,content_hash,status,language,paper,format\n");
    for e in entries {
        let fields = [
            e.at.as_str(),
            &e.template_id,
            &e.version,
            &e.content_hash.0,
            status_word(e.status),
            &e.language,
            &e.paper,
            e.format.name(),
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
        LogEntry::new(
            "2026-12-01T10:00:00Z".into(),
            id.into(),
            "1.0.0".into(),
            ContentHash("sha256:ab".into()),
            ReviewStatus::Draft,
            "en-US".into(),
            PageSetup::default(),
        )
    }

    #[test]
    fn lines_from_before_print_formats_load_as_the_format_they_meant() {
        let old = |large: bool| {
            format!(
                "LogEntry(at:\"2026-11-30T09:00:00Z\",template_id:\"x\",version:\"1\",\
                 content_hash:\"sha256:ab\",status:Approved,language:\"es-US\",\
                 paper:\"a4\",large_print:{large})"
            )
        };
        let large: LogEntry = ron::from_str(&old(true)).expect("reads");
        assert_eq!(
            (large.format, large.paper.as_str()),
            (PrintFormat::LargePrint, "a4")
        );
        let standard: LogEntry = ron::from_str(&old(false)).expect("reads");
        assert_eq!(standard.format, PrintFormat::Standard);
        assert!(ron::from_str::<LogEntry>(&old(true).replace(",large_print:true", "")).is_err());
        assert!(ron::from_str::<LogEntry>(&old(true).replace(")", ",format:Standard)")).is_err());
    }

    #[test]
    fn new_lines_record_the_print_format_and_read_back() {
        let e = LogEntry::new(
            "2026-12-01T10:00:00Z".into(),
            "cards".into(),
            "1.0.0".into(),
            ContentHash("sha256:ab".into()),
            ReviewStatus::Draft,
            "en-US".into(),
            PageSetup::new(crate::page_setup::Paper::A4, PrintFormat::WalletCard),
        );
        let line = ron::to_string(&e).expect("writes");
        assert!(line.contains("format:WalletCard"), "{line}");
        assert!(!line.contains("large_print"), "{line}");
        let back: LogEntry = ron::from_str(&line).expect("reads");
        assert_eq!(back, e);
        assert!(to_csv(&[e]).ends_with(",a4,wallet-card\n"));
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
            "time_utc,template_id,version,content_hash,status,language,paper,format"
        );
        assert_eq!(
            lines[1],
            "2026-12-01T10:00:00Z,x,1.0.0,sha256:ab,draft,\"en,US\",letter,standard"
        );
        assert!(utc_now().ends_with('Z') && utc_now().len() == 20);
    }
}
