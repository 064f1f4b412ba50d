//! Where a desk keeps its files, and how it saves them.
//!
//! RON files in the platform's folders (`directories`): the app's settings and
//! the desk's configuration under the config folder; the clinic profile, the
//! clinic's templates, sign-offs and handout log under the data folder. Every save goes through
//! [`crate::fs_safe`] (atomic, links kept, left-overs cleaned), and the files that
//! several desks or commands may write at once are saved under a [`FileLock`]; a
//! read-modify-write ([`update_ron`]) re-reads the file inside the lock, so two
//! writers merge instead of one undoing the other. A file that cannot be read is
//! renamed aside to `*.corrupt-<timestamp>` and reported, never silently dropped.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::date::Date;
use crate::fs_safe::{FileLock, Folder, SaveError};
use crate::profile::ClinicProfile;
use crate::template::load::parse_ron;

/// Set this to a folder to keep settings and clinic data there instead of the
/// platform's folders (used by tests and screenshots).
pub const DATA_DIR_ENV: &str = "HANDOUT_DESK_DATA_DIR";

/// The desk app's settings file (how the app looks), in the config folder.
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
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// No home folder, so no platform folders either.
    #[error("cannot find a folder to keep settings in (no home folder); set {DATA_DIR_ENV}")]
    NoHome,
    /// The data could not be written as RON.
    #[error("cannot write {what} as text: {source}")]
    Serialize {
        /// What was being saved.
        what: &'static str,
        /// RON's reason.
        source: ron::Error,
    },
    /// A file could not be saved; what was there is untouched.
    #[error("cannot save {what} to {}: {}", error.path.display(), error.problem)]
    Save {
        /// What was being saved, e.g. "the sign-offs".
        what: &'static str,
        /// Where and why.
        error: SaveError,
    },
    /// A file to be changed could not be read: it was put aside, and nothing saved.
    #[error(
        "{what} could not be read before saving ({}); {}, and nothing was saved: do it again to start a new file",
        file.reason,
        file.kept_as.as_ref().map_or_else(
            || format!("it is still at {}", file.file.display()),
            |k| format!("it was kept as {}", k.display())
        )
    )]
    Unreadable {
        /// What the file holds, e.g. "the sign-offs".
        what: &'static str,
        /// The file and where it went.
        file: Unreadable,
    },
    /// A file could not be moved or copied aside.
    #[error("cannot {action} {}: {reason}", path.display())]
    Io {
        /// What was being done, e.g. "move aside".
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The system's reason (said in the message, so not a `source` as well).
        reason: std::io::Error,
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
    /// A sentence for the status bar or the command line: what could not be
    /// read, where it went, and what Handout Desk goes on with (`instead`).
    pub fn message(&self, what: &str, instead: &str) -> String {
        match &self.kept_as {
            Some(kept) => format!(
                "Your saved {what} could not be read ({}). It was kept as {}, and Handout Desk goes on with {instead}.",
                self.reason,
                kept.display()
            ),
            None => format!(
                "Your saved {what} at {} could not be read ({}) and could not be moved aside; Handout Desk goes on with {instead}.",
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

    /// The folder for settings and configuration.
    pub fn config_dir(&self) -> &Path {
        &self.config_dir
    }

    /// The folder for clinic data.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The desk app's settings file.
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

    /// Reads the clinic profile, giving its resources their identities. It is
    /// not checked here: a profile saved while the user was half-way through
    /// typing a phone number is still theirs.
    pub fn load_profile(&self) -> Loaded<ClinicProfile> {
        match load_ron::<ClinicProfile>(&self.profile_path()) {
            Loaded::Found(mut profile) => {
                profile.give_ids();
                Loaded::Found(profile)
            }
            other => other,
        }
    }

    /// Saves the clinic profile atomically, under its lock.
    pub fn save_profile(&self, profile: &ClinicProfile) -> Result<(), StorageError> {
        save_ron_locked(&self.profile_path(), profile, "the clinic profile")
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
        parse_ron::<T>(&text, path).map_err(|d| match d.place.position {
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
    save_text(path, &to_ron_text(value, what)?, what)
}

/// [`save_ron`] under the file's lock, so a save by another process of the same
/// file waits for this one instead of interleaving with it. The lock is held for
/// the write only.
pub fn save_ron_locked<T: Serialize>(
    path: &Path,
    value: &T,
    what: &'static str,
) -> Result<(), StorageError> {
    let text = to_ron_text(value, what)?;
    let _lock = lock(path, what)?;
    save_text(path, &text, what)
}

/// Changes the RON file at `path` in place: under its lock, reads it (a missing
/// file is `T::default()`), applies `change` and saves the result unless it
/// left the value as it was. Two processes doing this at once each see the
/// other's change. An unreadable file is put aside and reported, and nothing is
/// saved. Returns the value as it now is on disk and what `change` returned.
pub fn update_ron<T, R>(
    path: &Path,
    what: &'static str,
    change: impl FnOnce(&mut T) -> R,
) -> Result<(T, R), StorageError>
where
    T: Serialize + DeserializeOwned + Default + Clone + PartialEq,
{
    let _lock = lock(path, what)?;
    let mut value = match load_ron::<T>(path) {
        Loaded::Found(value) => value,
        Loaded::Missing => T::default(),
        Loaded::Unreadable(file) => return Err(StorageError::Unreadable { what, file }),
    };
    let before = value.clone();
    let result = change(&mut value);
    if value != before {
        save_text(path, &to_ron_text(&value, what)?, what)?;
    }
    Ok((value, result))
}

/// The exclusive lock for saving `path`, making its folder if needed.
fn lock(path: &Path, what: &'static str) -> Result<FileLock, StorageError> {
    FileLock::exclusive(path, Folder::Create).map_err(|error| StorageError::Save { what, error })
}

/// Saves `text` to `path` atomically, making the folder if needed; `what` names it
/// in errors.
pub fn save_text(path: &Path, text: &str, what: &'static str) -> Result<(), StorageError> {
    crate::fs_safe::write_atomically(path, text.as_bytes(), Folder::Create)
        .map_err(|error| StorageError::Save { what, error })
}

/// `value` as pretty RON, the way Handout Desk writes its files: struct names,
/// `Some` left implicit so the text reads like the hand-written templates.
pub fn to_ron_text<T: Serialize>(value: &T, what: &'static str) -> Result<String, StorageError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(value, config)
        .map_err(|source| StorageError::Serialize { what, source })?;
    text.push('\n');
    Ok(text)
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
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn corrupt_settings_are_kept_aside() {
        let dir = temp_dir("corrupt");
        fs::create_dir_all(&dir).unwrap();
        let storage = Storage::in_dir(&dir);
        fs::write(storage.settings_path(), "Settings(ui_scale: oops").unwrap();
        let Loaded::Unreadable(u) = load_ron::<ClinicProfile>(&storage.settings_path()) else {
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
    fn updates_from_many_threads_each_count() {
        let dir = temp_dir("update");
        let path = dir.join("numbers.ron");
        std::thread::scope(|scope| {
            for t in 0..4u32 {
                let path = &path;
                scope.spawn(move || {
                    for n in 0..10 {
                        update_ron(path, "the numbers", |v: &mut Vec<u32>| v.push(t * 100 + n))
                            .unwrap();
                    }
                });
            }
        });
        let Loaded::Found(mut numbers) = load_ron::<Vec<u32>>(&path) else {
            panic!("no numbers")
        };
        numbers.sort_unstable();
        assert_eq!(numbers.len(), 40, "{numbers:?}");
        let _ = fs::remove_dir_all(dir);
    }

    #[test]
    fn an_update_of_an_unreadable_file_keeps_it_aside_and_saves_nothing() {
        let dir = temp_dir("update-corrupt");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sign-offs.ron");
        fs::write(&path, "[1, 2,").unwrap();
        let err = update_ron(&path, "the sign-offs", |v: &mut Vec<u32>| v.push(3)).unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with("the sign-offs could not be read before saving"),
            "{message}"
        );
        assert!(message.contains("it was kept as") && message.contains("nothing was saved"));
        assert!(!path.exists());
        let kept: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("sign-offs.ron.corrupt-")
            })
            .collect();
        assert_eq!(kept.len(), 1);
        assert_eq!(fs::read_to_string(kept[0].path()).unwrap(), "[1, 2,");
        let _ = fs::remove_dir_all(dir);
    }

    #[test]
    fn timestamps_are_utc_and_sortable() {
        let t = UNIX_EPOCH + Duration::from_secs(20_779 * 86_400 + 3_723);
        assert_eq!(timestamp(t), "20261122T010203Z");
    }
}
