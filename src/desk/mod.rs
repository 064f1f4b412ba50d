//! The desk: everything one clinic desk knows and does, in one place, for the
//! desk app and the command line alike.
//!
//! A [`Desk`] owns where its files are ([`Storage`]), its configuration
//! ([`DeskConfig`]: the shared folder and the choices made per handout), the
//! clinic's sign-offs, the template library with the review that holds at this
//! clinic, the clinic profile (the clinic's own, or the shipped example) and
//! today's date (passed in, so tests fix it). Every action a user can take goes
//! through it: [`Desk::render`] for the preview, [`Desk::preflight`],
//! [`Desk::export`], [`Desk::approve`], [`Desk::adapt`] and editing a clinic
//! copy, publishing, clinic packs and the handout log.
//!
//! It never prints and never panics: what it found on opening (a file kept
//! aside, a shared folder it cannot read) comes back as [`Problem`]s, and what
//! stops an action comes back as a [`DeskError`] whose problems name their
//! field or block.
//!
//! Sign-off is the only gate: a template prints as approved only when this
//! desk's register, or the one published in the shared folder, holds a
//! sign-off of its exact text (see [`crate::clinic::sign_off`]).

mod approve;
pub mod config;
mod error;
mod export;
pub mod export_path;
mod library;
mod pack;
pub mod preflight;
mod templates;

use std::path::{Path, PathBuf};

pub use approve::SignOffRequest;
pub use config::DeskConfig;
pub use error::{DeskError, Refused};
pub use export::{ExportJob, Exported, Made};
pub use pack::{PackProfile, PackSummary, PendingImport};
pub use preflight::Preflight;
pub use templates::Adapted;

use crate::clinic::handout_log::{self, LogContents, LogEntry, LogError};
use crate::clinic::sign_off::SignOffRegister;
use crate::compose::{ComposeError, HandoutOptions, PatientEntries};
use crate::date::Date;
use crate::export::render_for_patient;
use crate::layout::LaidOutDocument;
use crate::problem::Problem;
use crate::profile::{ClinicProfile, parse_profile};
use crate::storage::{Loaded, Storage, Unreadable, save_text};
use crate::template::load::EXAMPLE_PROFILE;
use crate::template::{LoadedTemplate, Template, TemplateKey, TemplateLibrary, content_hash};

/// Where the clinic profile a desk uses came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileSource {
    /// The clinic's own: saved on this desk, or being typed in the app.
    Clinic,
    /// None is saved yet: the shipped example clinic, so the handouts can be
    /// tried out.
    Example,
    /// The saved one could not be read; it was put aside, and the example
    /// clinic is shown until the clinic's details are entered again.
    Unreadable(Unreadable),
}

/// One clinic desk: its files, configuration, sign-offs, templates and profile.
#[derive(Debug)]
pub struct Desk {
    storage: Option<Storage>,
    extra_dirs: Vec<PathBuf>,
    config: DeskConfig,
    register: SignOffRegister,
    library: TemplateLibrary,
    profile: ClinicProfile,
    profile_source: ProfileSource,
    today: Date,
}

impl Desk {
    /// Opens the desk kept in `storage` (`None`: nothing is read or saved), with
    /// the templates in `extra_dirs` too (`--templates-dir`), on `today`. Never
    /// fails: what could not be read is reported in the problems returned, and
    /// the desk goes on without it.
    pub fn open(
        storage: Option<Storage>,
        extra_dirs: Vec<PathBuf>,
        today: Date,
    ) -> (Self, Vec<Problem>) {
        let mut problems = Vec::new();
        let (profile, profile_source) = match storage.as_ref().map(Storage::load_profile) {
            Some(Loaded::Found(profile)) => (profile, ProfileSource::Clinic),
            Some(Loaded::Unreadable(u)) => {
                problems.push(Problem::warning(
                    u.message("clinic profile", "the example clinic"),
                ));
                (example_profile(), ProfileSource::Unreadable(u))
            }
            Some(Loaded::Missing) | None => (example_profile(), ProfileSource::Example),
        };
        let config = match &storage {
            Some(storage) => {
                let (config, found) = config::load_config(storage, &profile);
                problems.extend(found);
                config
            }
            None => DeskConfig::default(),
        };
        let mut desk = Self {
            storage,
            extra_dirs,
            config,
            register: SignOffRegister::default(),
            library: TemplateLibrary::default(),
            profile,
            profile_source,
            today,
        };
        problems.extend(desk.reload());
        (desk, problems)
    }

    /// Reads the sign-offs and every template folder again (after another desk
    /// published, or the shared folder changed). The profile and configuration
    /// are left as they are. Returns what could not be read.
    pub fn reload(&mut self) -> Vec<Problem> {
        let shared = self.config.shared_templates_dir.as_deref();
        let (register, problems) = library::load_sign_offs(self.storage.as_ref(), shared);
        let folders = library::template_folders(self.storage.as_ref(), shared, &self.extra_dirs);
        self.library = library::load_library(&folders, &register);
        self.register = register;
        problems
    }

    /// Where this desk's files are, when it has a folder for them.
    pub fn storage(&self) -> Option<&Storage> {
        self.storage.as_ref()
    }

    /// Today, as the desk was opened with.
    pub fn today(&self) -> Date {
        self.today
    }

    /// The desk's configuration.
    pub fn config(&self) -> &DeskConfig {
        &self.config
    }

    /// The clinic's sign-offs (its own, and those published in the shared folder).
    pub fn register(&self) -> &SignOffRegister {
        &self.register
    }

    /// Whether `template`'s exact text is signed off at this clinic, in this
    /// desk's register or the one published in the shared folder. The only
    /// thing that lets a handout print without the DRAFT mark: whatever a
    /// template's own `review` says is where its text came from, not a gate.
    pub fn is_signed_off(&self, template: &Template) -> bool {
        self.register
            .find(template, &content_hash(template))
            .is_some()
    }

    /// Every template, each with the review that holds at this clinic, and the
    /// files that did not load.
    pub fn library(&self) -> &TemplateLibrary {
        &self.library
    }

    /// The clinic profile handouts print with.
    pub fn profile(&self) -> &ClinicProfile {
        &self.profile
    }

    /// Where the profile came from.
    pub fn profile_source(&self) -> &ProfileSource {
        &self.profile_source
    }

    /// The profile, to change as the clinic types; it is the clinic's own from
    /// then on. Save it with [`Desk::save_profile`].
    pub fn profile_mut(&mut self) -> &mut ClinicProfile {
        self.profile_source = ProfileSource::Clinic;
        &mut self.profile
    }

    /// Starts again from a blank profile. Every handout's left-out resources
    /// are forgotten: they were the old profile's.
    pub fn start_blank_profile(&mut self) {
        self.profile = ClinicProfile::blank();
        self.profile_source = ProfileSource::Clinic;
        for options in self.config.handouts.values_mut() {
            options.excluded_resources.clear();
        }
    }

    /// Saves the clinic profile.
    pub fn save_profile(&self) -> Result<(), DeskError> {
        let storage = self.storage.as_ref().ok_or(DeskError::NoStorage)?;
        Ok(storage.save_profile(&self.profile)?)
    }

    /// The options of handout `id`: one set for every language of it.
    pub fn options(&self, id: &str) -> HandoutOptions {
        self.config.options(id)
    }

    /// The options of handout `id`, to change. Save them with [`Desk::save_config`].
    pub fn options_mut(&mut self, id: &str) -> &mut HandoutOptions {
        self.config.handouts.entry(id.to_owned()).or_default()
    }

    /// Saves the desk's configuration.
    pub fn save_config(&self) -> Result<(), DeskError> {
        let storage = self.storage.as_ref().ok_or(DeskError::NoStorage)?;
        Ok(config::save_config(storage, &self.config)?)
    }

    /// The template `key`: handout `key.id` in `key.language` (`es` finds
    /// `es-US`); or why a file declaring it did not load; or the ids there are,
    /// with the closest one; or the languages it comes in.
    pub fn template(&self, key: &TemplateKey) -> Result<&LoadedTemplate, DeskError> {
        templates::find_in_language(&self.library, &key.id, Some(&key.language))
    }

    /// Handout `id` in `language`, or with none in the default language (what
    /// a bare id on the command line means). A language the handout does not
    /// come in is [`DeskError::NoSuchLanguage`], never another language.
    pub fn template_in(
        &self,
        id: &str,
        language: Option<&str>,
    ) -> Result<&LoadedTemplate, DeskError> {
        templates::find_in_language(&self.library, id, language)
    }

    /// Lays handout `key` out as it prints with this desk's profile and
    /// options, with `patient`'s words on its writing lines: the pages the
    /// preview shows.
    pub fn render(
        &self,
        key: &TemplateKey,
        patient: &PatientEntries,
    ) -> Result<LaidOutDocument, RenderError> {
        let loaded = self
            .template(key)
            .map_err(|e| RenderError::Template(e.to_string()))?;
        Ok(render_for_patient(
            &loaded.template,
            &loaded.template.review,
            &self.profile,
            &self.options(&key.id),
            patient,
        )?)
    }

    /// The checks before exporting or approving handout `key`, with this desk's
    /// profile and options.
    pub fn preflight(&self, key: &TemplateKey) -> Result<Preflight, DeskError> {
        let loaded = self.template(key)?;
        Ok(preflight::preflight(
            loaded,
            &self.profile,
            &self.options(&key.id),
            self.today,
        ))
    }

    /// The handout log of this desk.
    pub fn log(&self) -> Result<LogContents, DeskError> {
        let storage = self.storage.as_ref().ok_or(DeskError::NoStorage)?;
        let path = storage.handout_log_path();
        handout_log::read(&path).map_err(|e| {
            DeskError::Log(LogError {
                path: path.clone(),
                problem: format!("cannot read it: {e}"),
            })
        })
    }

    /// Saves `entries` of the handout log as CSV to `path`, for the clinic's
    /// records (the log holds no patient data, so neither does the CSV).
    pub fn save_log_csv(&self, entries: &[LogEntry], path: &Path) -> Result<(), DeskError> {
        Ok(save_text(path, &handout_log::to_csv(entries), "the CSV")?)
    }

    fn storage_or_err(&self) -> Result<&Storage, DeskError> {
        self.storage.as_ref().ok_or(DeskError::NoStorage)
    }
}

/// Why a handout could not be laid out for the preview.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// No such template, or it did not load.
    #[error("{0}")]
    Template(String),
    /// It cannot be filled in from the profile.
    #[error(transparent)]
    Compose(#[from] ComposeError),
}

/// The example clinic shipped with Handout Desk.
pub fn example_profile() -> ClinicProfile {
    parse_profile(EXAMPLE_PROFILE.1, Path::new(EXAMPLE_PROFILE.0))
        .unwrap_or_else(|_| ClinicProfile::blank())
}
