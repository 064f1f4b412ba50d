//! Where the desk app keeps the clinic profile and its settings, and how it saves them.
//!
//! Both are RON files in the platform's folders (`directories`): settings under the
//! config folder, the clinic profile under the data folder. Every save writes a
//! temporary file, syncs it and renames it over the old one, so a crash never
//! leaves half a file. A file that cannot be read is renamed aside to
//! `*.corrupt-<timestamp>` and the app starts without it, saying so.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::app::settings::Settings;
use crate::date::Date;
use crate::profile::ClinicProfile;
use crate::template::load::parse_ron;

/// Set this to a folder to keep settings and the clinic profile there instead of
/// the platform's folders (used by tests and screenshots).
pub const DATA_DIR_ENV: &str = "HANDOUT_DESK_DATA_DIR";

/// The settings file's name, in the config folder.
pub const SETTINGS_FILE: &str = "settings.ron";

/// The clinic profile's file name, in the data folder.
pub const PROFILE_FILE: &str = "clinic-profile.ron";

/// The clinic's sign-offs, in the data folder.
pub const SIGN_OFFS_FILE: &str = "sign-offs.ron";

/// The handout log, one entry a line, in the data folder.
pub const HANDOUT_LOG_FILE: &str = "handout-log.ron-lines";

/// What each imported template was when it arrived, in the data folder.
pub const IMPORTS_FILE: &str = "imported-templates.ron";

/// Why a file could not be saved or put aside.
///
/// Each message is whole on its own, the system's reason included, because the
/// desk app shows it as it is. So no reason is also chained as a `source`: the
/// command line prints the chain, and would say the reason twice.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// No home folder, so no platform folders either.
    #[error(
        "cannot find a folder for the clinic's data and settings (there is no home folder); set {DATA_DIR_ENV} to one"
    )]
    NoHome,
    /// The data could not be written as RON.
    #[error("cannot write {what} as text: {reason}")]
    Serialize {
        /// What was being saved.
        what: &'static str,
        /// RON's reason.
        reason: ron::Error,
    },
    /// A file-system operation failed.
    #[error("cannot {action} {}: {reason}", path.display())]
    Io {
        /// What was being done, e.g. "write".
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The system's reason.
        reason: std::io::Error,
    },
    /// A file stands where a folder is needed.
    #[error("cannot save {}: {} is a file, not a folder", path.display(), file.display())]
    FileInTheWay {
        /// The file that was to be saved.
        path: PathBuf,
        /// The file in the way.
        file: PathBuf,
    },
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> StorageError {
    let path = path.to_path_buf();
    move |reason| StorageError::Io {
        action,
        path,
        reason,
    }
}

/// A file that was found but could not be read, and what was done about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The file that could not be read.
    pub file: PathBuf,
    /// Where it was moved to, if moving it worked.
    pub kept_as: Option<PathBuf>,
    /// Why it could not be read.
    pub reason: String,
}

impl Unreadable {
    /// A sentence for the status bar and the command line's warnings (so it
    /// names Handout Desk, not "the app").
    pub fn message(&self, what: &str, carries_on_with: &str) -> String {
        match &self.kept_as {
            Some(kept) => format!(
                "Your saved {what} could not be read ({}). It was kept as {} and Handout Desk carries on with {carries_on_with}.",
                self.reason,
                kept.display()
            ),
            None => format!(
                "Your saved {what} at {} could not be read ({}) and could not be moved aside; Handout Desk carries on with {carries_on_with}.",
                self.file.display(),
                self.reason
            ),
        }
    }
}

/// What loading one file gave.
#[derive(Debug)]
pub enum Loaded<T> {
    /// No file yet: a first start.
    Missing,
    /// The file's contents.
    Found(T),
    /// The file was there but unreadable; it has been put aside.
    Unreadable(Unreadable),
}

/// The folders the desk app keeps its files in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Storage {
    config_dir: PathBuf,
    data_dir: PathBuf,
}

impl Storage {
    /// Settings and profile both in `dir`.
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        Self {
            config_dir: dir.clone(),
            data_dir: dir,
        }
    }

    /// `$HANDOUT_DESK_DATA_DIR` when set, or else the platform's folders.
    pub fn locate() -> Result<Self, StorageError> {
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
            return Ok(Self::in_dir(dir));
        }
        let dirs = directories::ProjectDirs::from("org", "Handout Desk", "Handout Desk")
            .ok_or(StorageError::NoHome)?;
        Ok(Self {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
        })
    }

    /// The settings file.
    pub fn settings_path(&self) -> PathBuf {
        self.config_dir.join(SETTINGS_FILE)
    }

    /// The clinic profile file.
    pub fn profile_path(&self) -> PathBuf {
        self.data_dir.join(PROFILE_FILE)
    }

    /// The file where eframe keeps window size and panel widths (no clinic data).
    pub fn window_state_path(&self) -> PathBuf {
        self.config_dir.join("window-state.ron")
    }

    /// A folder of the clinic's own templates, read at start-up when it exists.
    pub fn templates_dir(&self) -> PathBuf {
        self.data_dir.join("templates")
    }

    /// The clinic's sign-offs of templates.
    pub fn sign_offs_path(&self) -> PathBuf {
        self.data_dir.join(SIGN_OFFS_FILE)
    }

    /// The handout log.
    pub fn handout_log_path(&self) -> PathBuf {
        self.data_dir.join(HANDOUT_LOG_FILE)
    }

    /// The record of templates imported from clinic packs.
    pub fn imports_path(&self) -> PathBuf {
        self.data_dir.join(IMPORTS_FILE)
    }

    /// Reads the settings.
    pub fn load_settings(&self) -> Loaded<Settings> {
        load_ron(&self.settings_path())
    }

    /// Reads the clinic profile. It is not checked here: a profile saved while the
    /// user was half-way through typing a phone number is still theirs.
    pub fn load_profile(&self) -> Loaded<ClinicProfile> {
        load_ron(&self.profile_path())
    }

    /// Saves the settings atomically.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), StorageError> {
        save_ron(&self.settings_path(), settings, "the settings")
    }

    /// Saves the clinic profile atomically.
    pub fn save_profile(&self, profile: &ClinicProfile) -> Result<(), StorageError> {
        save_ron(&self.profile_path(), profile, "the clinic profile")
    }
}

/// Reads a RON file; an unreadable one is put aside and reported.
pub fn load_ron<T: DeserializeOwned>(path: &Path) -> Loaded<T> {
    let text = match fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::Missing,
        Err(e) => Err(e.to_string()),
    };
    let parsed = text.and_then(|text| {
        parse_ron::<T>(&text, path).map_err(|d| match d.position {
            Some(p) => format!("line {}, column {}: {}", p.line, p.column, d.message),
            None => d.message,
        })
    });
    match parsed {
        Ok(value) => Loaded::Found(value),
        Err(reason) => Loaded::Unreadable(Unreadable {
            file: path.to_path_buf(),
            kept_as: keep_aside(path).ok(),
            reason,
        }),
    }
}

/// Saves `value` as RON to `path` atomically; `what` names it in errors.
pub fn save_ron<T: Serialize>(
    path: &Path,
    value: &T,
    what: &'static str,
) -> Result<(), StorageError> {
    write_atomically(path, to_ron_text(value, what)?.as_bytes())
}

/// `value` as pretty RON, the way Handout Desk writes its files: struct names,
/// `Some` left implicit so the text reads like the hand-written templates.
pub fn to_ron_text<T: Serialize>(value: &T, what: &'static str) -> Result<String, StorageError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(value, config)
        .map_err(|reason| StorageError::Serialize { what, reason })?;
    text.push('\n');
    Ok(text)
}

/// Writes `bytes` to `path` so that `path` holds either the old or the new
/// contents, never a mix: temporary file, fsync, rename, then fsync the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if let Some(file) = dir.ancestors().find(|a| a.exists()).filter(|a| !a.is_dir()) {
        return Err(StorageError::FileInTheWay {
            path: path.to_path_buf(),
            file: file.to_path_buf(),
        });
    }
    fs::create_dir_all(dir).map_err(io_error("create the folder", dir))?;
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    // Errors name `path`, the file the user knows, not the temporary file.
    let written = (|| {
        let mut file = File::create(&temp).map_err(io_error("write", path))?;
        file.write_all(bytes).map_err(io_error("write", path))?;
        file.sync_all().map_err(io_error("write", path))?;
        fs::rename(&temp, path).map_err(io_error("write", path))
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written?;
    // Make the rename itself durable. Not every platform can open a folder.
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Renames an unreadable file to `<name>.corrupt-<UTC timestamp>` beside it.
pub fn keep_aside(path: &Path) -> Result<PathBuf, StorageError> {
    let stamp = timestamp(SystemTime::now());
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let mut target = path.with_file_name(format!("{name}.corrupt-{stamp}"));
    let mut n = 2;
    while target.exists() {
        target = path.with_file_name(format!("{name}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    fs::rename(path, &target).map_err(io_error("move aside", path))?;
    Ok(target)
}

/// `YYYYMMDDTHHMMSSZ` in UTC.
pub fn timestamp(now: SystemTime) -> String {
    let (date, h, m, s) = utc_parts(now);
    format!(
        "{:04}{:02}{:02}T{h:02}{m:02}{s:02}Z",
        date.year(),
        date.month(),
        date.day()
    )
}

/// The UTC date and hour, minute and second of `now`.
pub fn utc_parts(now: SystemTime) -> (Date, u64, u64, u64) {
    let secs = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let date = Date::from_days_since_epoch((secs / 86_400) as i64);
    let rest = secs % 86_400;
    (date, rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "handout-desk-storage-{name}-{}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn profile_round_trips_through_an_atomic_save() {
        let storage = Storage::in_dir(temp_dir("round-trip"));
        assert!(matches!(storage.load_profile(), Loaded::Missing));
        let mut profile = ClinicProfile::blank();
        profile.name = "Lakeside Clinic".into();
        profile.phone = Some("(555) 01".into()); // half-typed: still saved and loaded
        storage.save_profile(&profile).unwrap();
        let Loaded::Found(back) = storage.load_profile() else {
            panic!("profile not found")
        };
        assert_eq!(back, profile);
        let leftovers: Vec<_> = fs::read_dir(storage.data_dir.clone())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn corrupt_settings_are_kept_aside() {
        let dir = temp_dir("corrupt");
        fs::create_dir_all(&dir).unwrap();
        let storage = Storage::in_dir(&dir);
        fs::write(storage.settings_path(), "Settings(ui_scale: oops").unwrap();
        let Loaded::Unreadable(u) = storage.load_settings() else {
            panic!("corrupt file was read")
        };
        let kept = u.kept_as.clone().unwrap();
        assert!(
            kept.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("settings.ron.corrupt-")
        );
        assert_eq!(
            fs::read_to_string(&kept).unwrap(),
            "Settings(ui_scale: oops"
        );
        assert!(!storage.settings_path().exists());
        assert!(u.message("settings", "the defaults").contains("kept as"));
    }

    #[test]
    fn timestamps_are_utc_and_sortable() {
        let t = UNIX_EPOCH + Duration::from_secs(20_779 * 86_400 + 3_723);
        assert_eq!(timestamp(t), "20261122T010203Z");
    }
}
