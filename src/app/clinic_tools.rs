//! The clinic lead's tools in the desk app: the shared templates folder and
//! publishing to it, clinic packs, and the handout log. The model and the one
//! place that applies [`ClinicAction`]s; `screens::clinic_ui` draws them.

use std::path::PathBuf;

use crate::app::state::{AppState, MessageKind, StatusMessage};
use crate::clinic::handout_log::{self, LogContents};
use crate::clinic::pack::{
    ClinicPack, DeskData, ImportPlan, apply_import, pack_of_desk, plan_import, read_pack,
    write_pack,
};
use crate::clinic::workspace;
use crate::storage::{Loaded, Storage, save_text};
use crate::template::TemplateOrigin;

/// Which of the clinic tools' windows is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClinicWindow {
    /// The shared folder and publishing.
    Sharing,
    /// Clinic pack export and import.
    Pack,
    /// The handout log.
    Log,
}

impl ClinicWindow {
    /// The window's title, also its menu entry.
    pub fn title(self) -> &'static str {
        match self {
            ClinicWindow::Sharing => "Shared templates folder",
            ClinicWindow::Pack => "Clinic pack",
            ClinicWindow::Log => "Handout log",
        }
    }
}

/// A pack read and checked, with what importing it would do, waiting for "Import".
#[derive(Debug, Clone)]
pub struct PendingImport {
    /// The pack file.
    pub file: PathBuf,
    /// The pack.
    pub pack: ClinicPack,
    /// What importing it would do.
    pub plan: ImportPlan,
}

/// What the clinic tools show and remember while the app runs.
#[derive(Debug, Clone, Default)]
pub struct ClinicTools {
    /// The open window, if any.
    pub open: Option<ClinicWindow>,
    /// The shared folder as typed.
    pub shared_dir_text: String,
    /// Where to write a pack, as typed.
    pub pack_out_text: String,
    /// Which pack to import, as typed.
    pub pack_in_text: String,
    /// A pack waiting for the user to confirm its import.
    pub pending: Option<PendingImport>,
    /// The log as last read.
    pub log: Option<LogContents>,
    /// Where to write the log as CSV, as typed.
    pub csv_out_text: String,
    /// The last result or problem, shown in the open window.
    pub note: Option<(MessageKind, String)>,
}

/// Something the clinic tools' windows ask for.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum ClinicAction {
    /// Open a window.
    Open(ClinicWindow),
    /// Close the open window.
    Close,
    /// Change the typed shared folder.
    SetSharedDirText(String),
    /// Use the typed folder as the shared templates folder.
    UseSharedDir,
    /// Stop using a shared folder.
    ClearSharedDir,
    /// Copy the chosen clinic template into the shared folder.
    PublishSelected,
    /// Write this desk's sign-offs into the shared folder.
    PublishSignOffs,
    /// Change where the pack is written.
    SetPackOutText(String),
    /// Write this desk's pack.
    ExportPack,
    /// Change which pack is imported.
    SetPackInText(String),
    /// Read and check a pack, and show what importing it would do.
    PreviewImport,
    /// Import the pack shown.
    ConfirmImport,
    /// Drop the pack shown without importing it.
    CancelImport,
    /// Change where the CSV is written.
    SetCsvOutText(String),
    /// Write the log as CSV.
    ExportCsv,
}

/// Does what `action` asks.
pub fn apply(action: ClinicAction, state: &mut AppState, storage: Option<&Storage>) {
    let tools = &mut state.clinic_tools;
    match action {
        ClinicAction::Open(window) => {
            tools.note = None;
            tools.open = Some(window);
            match window {
                ClinicWindow::Sharing => {
                    tools.shared_dir_text = state
                        .settings
                        .shared_templates_dir
                        .as_ref()
                        .map_or_else(String::new, |d| d.display().to_string());
                }
                ClinicWindow::Pack => {
                    if tools.pack_out_text.is_empty() {
                        tools.pack_out_text = default_dir(&state.settings)
                            .join(format!("clinic-pack-{}.handout-pack", state.today))
                            .display()
                            .to_string();
                    }
                }
                ClinicWindow::Log => refresh_log(state, storage),
            }
        }
        ClinicAction::Close => {
            tools.open = None;
            tools.pending = None;
        }
        ClinicAction::SetSharedDirText(text) => tools.shared_dir_text = text,
        ClinicAction::UseSharedDir => {
            let dir = PathBuf::from(tools.shared_dir_text.trim());
            if !dir.is_dir() {
                tools.note = Some((
                    MessageKind::Error,
                    format!(
                        "{} is not a folder this computer can open. Check the path, or that the network share is connected.",
                        dir.display()
                    ),
                ));
                return;
            }
            state.settings.shared_templates_dir = Some(dir.clone());
            state.settings_dirty = true;
            reload_library(state, storage);
            let shared = state
                .library
                .templates
                .iter()
                .filter(|t| t.origin == TemplateOrigin::Shared)
                .count();
            state.clinic_tools.note = Some((
                MessageKind::Success,
                format!(
                    "Using {}: {shared} shared template(s) found. They are read-only on this desk.",
                    dir.display()
                ),
            ));
        }
        ClinicAction::ClearSharedDir => {
            state.settings.shared_templates_dir = None;
            state.settings_dirty = true;
            state.clinic_tools.shared_dir_text.clear();
            reload_library(state, storage);
            state.clinic_tools.note = Some((
                MessageKind::Info,
                "This desk no longer reads a shared folder.".to_owned(),
            ));
        }
        ClinicAction::PublishSelected => publish_selected(state),
        ClinicAction::PublishSignOffs => publish_sign_offs(state),
        ClinicAction::SetPackOutText(text) => tools.pack_out_text = text,
        ClinicAction::ExportPack => export_pack(state, storage),
        ClinicAction::SetPackInText(text) => {
            tools.pack_in_text = text;
            tools.pending = None;
        }
        ClinicAction::PreviewImport => preview_import(state, storage),
        ClinicAction::ConfirmImport => confirm_import(state, storage),
        ClinicAction::CancelImport => {
            tools.pending = None;
            tools.note = Some((MessageKind::Info, "Nothing was imported.".to_owned()));
        }
        ClinicAction::SetCsvOutText(text) => tools.csv_out_text = text,
        ClinicAction::ExportCsv => export_csv(state),
    }
}

fn default_dir(settings: &crate::app::settings::Settings) -> PathBuf {
    crate::app::export_file::default_export_dir(settings.export_dir.as_deref())
}

/// Reads the sign-offs and every template folder again, keeping the selection
/// where the chosen template is still there.
pub fn reload_library(state: &mut AppState, storage: Option<&Storage>) {
    let (register, notices) = workspace::load_sign_offs(storage, &state.settings);
    let folders = workspace::template_folders(storage, &state.settings, &state.extra_template_dirs);
    state.library = workspace::load_library(&folders, &register);
    state.register = register;
    for notice in notices {
        state.say(StatusMessage::new(MessageKind::Warning, notice));
    }
    if state
        .selected
        .as_ref()
        .is_none_or(|key| state.library.get_key(key).is_none())
    {
        state.selected = state.library.templates.first().map(|t| t.key());
    }
    state.handout_changed();
}

fn publish_selected(state: &mut AppState) {
    let Some(dir) = state.settings.shared_templates_dir.clone() else {
        state.clinic_tools.note = Some((
            MessageKind::Error,
            "Choose the shared folder first.".to_owned(),
        ));
        return;
    };
    let Some(loaded) = state.selected_template() else {
        return;
    };
    let result = workspace::publish(loaded, &dir);
    let title = loaded.template.title.clone();
    state.clinic_tools.note = Some(match result {
        Ok(path) => (
            MessageKind::Success,
            format!(
                "Published “{title}” to {}. Desks that use this folder see it the next time they start.",
                path.display()
            ),
        ),
        Err(e) => (MessageKind::Error, format!("Not published: {e}")),
    });
}

fn publish_sign_offs(state: &mut AppState) {
    let Some(dir) = state.settings.shared_templates_dir.clone() else {
        state.clinic_tools.note = Some((
            MessageKind::Error,
            "Choose the shared folder first.".to_owned(),
        ));
        return;
    };
    state.clinic_tools.note = Some(match workspace::publish_sign_offs(&state.register, &dir) {
        Ok((file, count)) => (
            MessageKind::Success,
            format!(
                "Published {count} sign-off(s) to {}. Desks that use this folder see those handouts approved the next time they start.",
                file.display()
            ),
        ),
        Err(e) => (MessageKind::Error, format!("Sign-offs not published: {e}")),
    });
}

fn export_pack(state: &mut AppState, storage: Option<&Storage>) {
    let Some(storage) = storage else {
        state.clinic_tools.note = Some((
            MessageKind::Error,
            "This desk has no folder for clinic data, so there is nothing to pack.".to_owned(),
        ));
        return;
    };
    let path = with_extension(
        PathBuf::from(state.clinic_tools.pack_out_text.trim()),
        "handout-pack",
    );
    let pack = match pack_of_desk(&DeskData::read(storage), state.today) {
        Ok(pack) => pack,
        Err(e) => {
            state.clinic_tools.note = Some((MessageKind::Error, format!("No pack was made: {e}")));
            return;
        }
    };
    state.clinic_tools.note = Some(match write_pack(&pack, &path) {
        Ok(()) => (
            MessageKind::Success,
            format!(
                "Saved the clinic pack to {}: {} clinic template(s), {}, {} sign-off(s).",
                path.display(),
                pack.contents.templates.len(),
                if pack.contents.profile.is_some() {
                    "the clinic profile"
                } else {
                    "no clinic profile"
                },
                pack.contents.sign_offs.len()
            ),
        ),
        Err(e) => (MessageKind::Error, format!("The pack was not saved: {e}")),
    });
}

fn with_extension(mut path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.set_extension(extension);
    }
    path
}

fn preview_import(state: &mut AppState, storage: Option<&Storage>) {
    let Some(storage) = storage else {
        state.clinic_tools.note = Some((
            MessageKind::Error,
            "This desk has no folder for clinic data to import into.".to_owned(),
        ));
        return;
    };
    let file = PathBuf::from(state.clinic_tools.pack_in_text.trim());
    match read_pack(&file) {
        Ok(pack) => {
            let plan = plan_import(&pack, &DeskData::read(storage));
            state.clinic_tools.note = None;
            state.clinic_tools.pending = Some(PendingImport { file, pack, plan });
        }
        Err(e) => {
            state.clinic_tools.pending = None;
            state.clinic_tools.note = Some((MessageKind::Error, e.to_string()));
        }
    }
}

fn confirm_import(state: &mut AppState, storage: Option<&Storage>) {
    let (Some(storage), Some(pending)) = (storage, state.clinic_tools.pending.take()) else {
        return;
    };
    match apply_import(&pending.pack, &pending.plan, storage) {
        Ok(report) => {
            if let Loaded::Found(profile) = storage.load_profile()
                && profile != state.profile
            {
                state.profile = profile;
                state.resource_keys = (0..state.profile.resources.len() as u64).collect();
                state.using_example_profile = false;
            }
            reload_library(state, Some(storage));
            state.clinic_tools.note = Some((
                MessageKind::Success,
                format!(
                    "Imported {}: {}.",
                    pending.file.display(),
                    report.done.join("; ")
                ),
            ));
        }
        Err(e) => {
            state.clinic_tools.note = Some((MessageKind::Error, format!("Import failed: {e}")));
        }
    }
}

fn refresh_log(state: &mut AppState, storage: Option<&Storage>) {
    let tools = &mut state.clinic_tools;
    let Some(path) = storage.map(Storage::handout_log_path) else {
        tools.log = Some(LogContents::default());
        return;
    };
    match handout_log::read(&path) {
        Ok(log) => tools.log = Some(log),
        Err(e) => {
            tools.log = None;
            tools.note = Some((
                MessageKind::Error,
                format!("Cannot read the handout log {}: {e}", path.display()),
            ));
        }
    }
    if tools.csv_out_text.is_empty() {
        tools.csv_out_text = default_dir(&state.settings)
            .join(format!("handout-log-{}.csv", state.today))
            .display()
            .to_string();
    }
}

fn export_csv(state: &mut AppState) {
    let tools = &mut state.clinic_tools;
    let entries = tools.log.as_ref().map_or(&[][..], |l| &l.entries[..]);
    let path = with_extension(PathBuf::from(tools.csv_out_text.trim()), "csv");
    let csv = handout_log::to_csv(entries);
    tools.note = Some(match save_text(&path, &csv, "the CSV") {
        Ok(()) => (
            MessageKind::Success,
            format!(
                "Saved {} entries as CSV to {}.",
                entries.len(),
                path.display()
            ),
        ),
        Err(e) => (MessageKind::Error, format!("The CSV was not saved: {e}")),
    });
}
