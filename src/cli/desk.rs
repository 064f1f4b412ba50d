//! What every command reads first: this desk's clinic data and its templates.

use std::path::PathBuf;

use crate::app::settings::Settings;
use crate::clinic::sign_off::SignOffRegister;
use crate::clinic::workspace;
use crate::storage::{Loaded, Storage};
use crate::template::TemplateLibrary;

/// This desk's folders, sign-offs and templates, as the desk app sees them.
pub struct Desk {
    /// Where the clinic's data lives.
    pub storage: Storage,
    /// The clinic's sign-offs.
    pub register: SignOffRegister,
    /// Shipped, clinic, shared and `--templates-dir` templates, with the review
    /// that holds at this clinic.
    pub library: TemplateLibrary,
}

impl Desk {
    /// Reads this desk's data; `extra` are the `--templates-dir` folders.
    /// Problems reading a saved file are printed as warnings, never fatal.
    pub fn open(extra: &[PathBuf]) -> anyhow::Result<Self> {
        let storage = locate_storage()?;
        let settings = match storage.load_settings() {
            Loaded::Found(s) => s,
            Loaded::Unreadable(u) => {
                eprintln!(
                    "handout-desk: warning: {}",
                    u.message("settings", "the default settings")
                );
                Settings::default()
            }
            Loaded::Missing => Settings::default(),
        };
        let (register, notices) = workspace::load_sign_offs(Some(&storage), &settings);
        for notice in notices {
            eprintln!("handout-desk: warning: {notice}");
        }
        let folders = workspace::template_folders(Some(&storage), &settings, extra);
        let library = workspace::load_library(&folders, &register);
        Ok(Self {
            storage,
            register,
            library,
        })
    }
}

/// This desk's data folder, for the commands that need no templates (`pack`, `log`).
/// ([`StorageError::NoHome`](crate::storage::StorageError::NoHome) says all there is to say.)
pub fn locate_storage() -> anyhow::Result<Storage> {
    Ok(Storage::locate()?)
}
