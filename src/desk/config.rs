//! This desk's configuration: which shared templates folder it reads, and the
//! choices made for each handout (paper, print size, resources left out).
//!
//! Saved as `desk.ron` beside the app's settings. Until this file existed both
//! lived in the app's `settings.ron`; a desk that has an old settings file and
//! no `desk.ron` is moved over once ([`load_config`]), the old resource choices
//! (by position in the list) turned into resource identities with the profile
//! as it is then. The app's settings keep only how the app looks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::compose::HandoutOptions;
use crate::page_setup::{PageSetup, Paper, PrintFormat};
use crate::problem::Problem;
use crate::profile::ClinicProfile;
use crate::storage::{Loaded, Storage, StorageError, load_ron, save_ron_locked};
use crate::template::load::parse_ron;

/// The file that holds a desk's configuration, in the config folder.
pub const DESK_CONFIG_FILE: &str = "desk.ron";

/// How this desk is set up: saved between runs, apart from the clinic profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeskConfig {
    /// A read-only folder of templates the clinic lead publishes to (a network
    /// share or a synced folder); its templates show beside the shipped ones.
    pub shared_templates_dir: Option<PathBuf>,
    /// Paper, print size and left-out resources, per template id.
    pub handouts: BTreeMap<String, HandoutOptions>,
}

impl DeskConfig {
    /// The options of handout `id`: its own, or the defaults.
    pub fn options(&self, id: &str) -> HandoutOptions {
        self.handouts.get(id).cloned().unwrap_or_default()
    }
}

/// Where a desk's configuration is kept.
pub fn config_path(storage: &Storage) -> PathBuf {
    storage.config_dir().join(DESK_CONFIG_FILE)
}

/// Saves `config` atomically, under its lock.
pub fn save_config(storage: &Storage, config: &DeskConfig) -> Result<(), StorageError> {
    save_ron_locked(&config_path(storage), config, "the desk's configuration")
}

/// Reads this desk's configuration. With no `desk.ron` yet, takes what an old
/// `settings.ron` held and saves it as `desk.ron`, once. `profile` is the
/// clinic profile the desk opens with, which gives the old resource choices
/// their identities. Never fails: what went wrong comes back as problems.
pub fn load_config(storage: &Storage, profile: &ClinicProfile) -> (DeskConfig, Vec<Problem>) {
    match load_ron::<DeskConfig>(&config_path(storage)) {
        Loaded::Found(config) => (config, Vec::new()),
        Loaded::Unreadable(u) => (
            DeskConfig::default(),
            vec![Problem::warning(u.message(
                "desk configuration (shared folder, paper and resources per handout)",
                "the defaults",
            ))],
        ),
        Loaded::Missing => {
            let Some(config) = legacy_config(storage, profile) else {
                return (DeskConfig::default(), Vec::new());
            };
            let problems = match save_config(storage, &config) {
                Ok(()) => Vec::new(),
                Err(e) => vec![Problem::warning(format!(
                    "The shared folder and handout choices were read from the old settings, but could not be saved on their own: {e}"
                ))],
            };
            (config, problems)
        }
    }
}

/// The desk data an old settings file held, before `desk.ron`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename = "Settings")]
struct LegacySettings {
    shared_templates_dir: Option<PathBuf>,
    handout_options: BTreeMap<String, LegacyOptions>,
}

/// A handout's options as an old settings file held them: resources left out
/// by their place in the profile's list; the page as a `page`, or, saved
/// before print formats, as `paper` and `large_print`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename = "HandoutOptions")]
struct LegacyOptions {
    page: Option<PageSetup>,
    paper: Option<Paper>,
    large_print: Option<bool>,
    excluded_resources: BTreeSet<usize>,
    qr_codes: bool,
}

impl LegacyOptions {
    /// The page setup these options chose.
    fn page(&self) -> PageSetup {
        self.page.unwrap_or_else(|| {
            let format = match self.large_print {
                Some(true) => PrintFormat::LargePrint,
                Some(false) | None => PrintFormat::Standard,
            };
            PageSetup::new(self.paper.unwrap_or_default(), format)
        })
    }
}

/// The configuration an old `settings.ron` held, if it held any. The file is
/// the app's and is only read here: whatever else is in it, or whether it can
/// be read at all, is the app's business.
fn legacy_config(storage: &Storage, profile: &ClinicProfile) -> Option<DeskConfig> {
    let path = storage.settings_path();
    let text = std::fs::read_to_string(&path).ok()?;
    let old: LegacySettings = parse_ron(&text, &path).ok()?;
    if old.shared_templates_dir.is_none() && old.handout_options.is_empty() {
        return None;
    }
    let handouts = old
        .handout_options
        .into_iter()
        .map(|(id, o)| {
            let excluded_resources = o
                .excluded_resources
                .iter()
                .filter_map(|&i| profile.resources.get(i).map(|r| r.id))
                .collect();
            let options = HandoutOptions {
                page: o.page(),
                excluded_resources,
                qr_codes: o.qr_codes,
            };
            (id, options)
        })
        .collect();
    Some(DeskConfig {
        shared_templates_dir: old.shared_templates_dir,
        handouts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::parse_profile;
    use crate::template::load::EXAMPLE_PROFILE;
    use std::path::Path;

    fn temp_storage(name: &str) -> Storage {
        let dir = std::env::temp_dir().join(format!("hd-config-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Storage::in_dir(dir)
    }

    #[test]
    fn an_old_settings_file_is_moved_over_once_with_its_choices_by_identity() {
        let storage = temp_storage("legacy");
        std::fs::write(
            storage.settings_path(),
            "Settings(theme: Dark, ui_scale: 1.5, handout_options: {\"moud-medicines\": HandoutOptions(paper: A4, large_print: true, excluded_resources: [2])}, shared_templates_dir: \"/srv/share\")",
        )
        .unwrap();
        let profile = parse_profile(EXAMPLE_PROFILE.1, Path::new(EXAMPLE_PROFILE.0)).unwrap();
        let (config, problems) = load_config(&storage, &profile);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            config.shared_templates_dir,
            Some(PathBuf::from("/srv/share"))
        );
        let moud = config.options("moud-medicines");
        assert_eq!(
            moud.page,
            PageSetup::new(Paper::A4, PrintFormat::LargePrint)
        );
        assert_eq!(
            moud.excluded_resources.into_iter().collect::<Vec<_>>(),
            [profile.resources[2].id],
            "the resource third in the list then"
        );
        assert!(config_path(&storage).is_file(), "saved on its own");

        // Once moved, desk.ron is what counts.
        let mut changed = config.clone();
        changed.shared_templates_dir = None;
        save_config(&storage, &changed).unwrap();
        assert_eq!(load_config(&storage, &profile).0, changed);
        let _ = std::fs::remove_dir_all(storage.config_dir());
    }

    #[test]
    fn settings_with_no_desk_data_make_no_desk_file() {
        let storage = temp_storage("plain");
        std::fs::write(storage.settings_path(), "Settings(theme: Dark)").unwrap();
        let (config, problems) = load_config(&storage, &ClinicProfile::blank());
        assert_eq!(config, DeskConfig::default());
        assert!(problems.is_empty());
        assert!(!config_path(&storage).exists());
        let _ = std::fs::remove_dir_all(storage.config_dir());
    }
}
