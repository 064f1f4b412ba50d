//! The clinic lead's tools in the desk app: the shared templates folder and
//! publishing to it, clinic packs, and the handout log. The model and the one
//! place that applies [`ClinicAction`]s, each through the desk;
//! `screens::clinic_ui` draws them.

use std::path::PathBuf;

use crate::app::state::{AppState, MessageKind, StatusMessage};
use crate::clinic::handout_log::LogContents;
use crate::desk::export_path::default_export_dir;
use crate::desk::{PackProfile, PendingImport};

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

/// Does what `action` asks, through the desk.
pub fn apply(action: ClinicAction, state: &mut AppState) {
    let tools = &mut state.clinic_tools;
    match action {
        ClinicAction::Open(window) => {
            tools.note = None;
            tools.open = Some(window);
            match window {
                ClinicWindow::Sharing => {
                    state.clinic_tools.shared_dir_text = state
                        .desk
                        .config()
                        .shared_templates_dir
                        .as_ref()
                        .map_or_else(String::new, |d| d.display().to_string());
                }
                ClinicWindow::Pack => {
                    if tools.pack_out_text.is_empty() {
                        tools.pack_out_text = default_dir(&state.settings)
                            .join(format!("clinic-pack-{}.handout-pack", state.desk.today()))
                            .display()
                            .to_string();
                    }
                }
                ClinicWindow::Log => refresh_log(state),
            }
        }
        ClinicAction::Close => {
            tools.open = None;
            tools.pending = None;
        }
        ClinicAction::SetSharedDirText(text) => tools.shared_dir_text = text,
        ClinicAction::UseSharedDir => {
            let dir = PathBuf::from(tools.shared_dir_text.trim());
            use_shared_dir(state, Some(dir));
        }
        ClinicAction::ClearSharedDir => {
            state.clinic_tools.shared_dir_text.clear();
            use_shared_dir(state, None);
        }
        ClinicAction::PublishSelected => publish_selected(state),
        ClinicAction::PublishSignOffs => publish_sign_offs(state),
        ClinicAction::SetPackOutText(text) => tools.pack_out_text = text,
        ClinicAction::ExportPack => export_pack(state),
        ClinicAction::SetPackInText(text) => {
            tools.pack_in_text = text;
            tools.pending = None;
        }
        ClinicAction::PreviewImport => preview_import(state),
        ClinicAction::ConfirmImport => confirm_import(state),
        ClinicAction::CancelImport => {
            tools.pending = None;
            tools.note = Some((MessageKind::Info, "Nothing was imported.".to_owned()));
        }
        ClinicAction::SetCsvOutText(text) => tools.csv_out_text = text,
        ClinicAction::ExportCsv => export_csv(state),
    }
}

fn default_dir(settings: &crate::app::settings::Settings) -> PathBuf {
    default_export_dir(settings.export_dir.as_deref())
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn use_shared_dir(state: &mut AppState, dir: Option<PathBuf>) {
    let shown = dir.as_ref().map(|d| d.display().to_string());
    match state.desk.set_shared_dir(dir) {
        Ok((shared, problems)) => {
            for p in problems {
                state.say(StatusMessage::new(MessageKind::Warning, p.message));
            }
            keep_selection(state);
            state.clinic_tools.note = Some(match shown {
                Some(dir) => (
                    MessageKind::Success,
                    format!(
                        "Using {dir}: {shared} shared template(s) found. They are read-only on this desk."
                    ),
                ),
                None => (
                    MessageKind::Info,
                    "This desk no longer reads a shared folder.".to_owned(),
                ),
            });
        }
        Err(e) => {
            state.clinic_tools.note = Some((
                MessageKind::Error,
                format!("{}.", capitalised(&e.to_string())),
            ));
        }
    }
}

/// Reads the sign-offs and every template folder again, keeping the selection
/// where the chosen template is still there.
pub fn reload_library(state: &mut AppState) {
    for p in state.desk.reload() {
        state.say(StatusMessage::new(MessageKind::Warning, p.message));
    }
    keep_selection(state);
}

/// Keeps the chosen template when it is still in the library, else chooses the first.
fn keep_selection(state: &mut AppState) {
    if state
        .selected
        .as_ref()
        .is_none_or(|key| state.library().get_key(key).is_none())
    {
        state.selected = state.library().templates.first().map(|t| t.key());
    }
    state.handout_changed();
}

fn publish_selected(state: &mut AppState) {
    let Some(loaded) = state.selected_template() else {
        return;
    };
    let title = loaded.template.title.clone();
    let key = loaded.key();
    state.clinic_tools.note = Some(match state.desk.publish(&key) {
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
    state.clinic_tools.note = Some(match state.desk.publish_sign_offs() {
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

fn export_pack(state: &mut AppState) {
    let path = with_extension(
        PathBuf::from(state.clinic_tools.pack_out_text.trim()),
        "handout-pack",
    );
    state.clinic_tools.note = Some(match state.desk.pack_export(&path) {
        Ok(summary) => (
            if matches!(summary.profile, PackProfile::Unreadable(_)) {
                MessageKind::Warning
            } else {
                MessageKind::Success
            },
            format!(
                "Saved the clinic pack to {}: {} clinic template(s), {}, {} sign-off(s).",
                path.display(),
                summary.templates,
                summary.profile_words(),
                summary.sign_offs
            ),
        ),
        Err(e) => (MessageKind::Error, format!("No pack was made: {e}")),
    });
}

fn with_extension(mut path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.set_extension(extension);
    }
    path
}

fn preview_import(state: &mut AppState) {
    let file = PathBuf::from(state.clinic_tools.pack_in_text.trim());
    match state.desk.pack_plan(&file) {
        Ok(pending) => {
            state.clinic_tools.note = None;
            state.clinic_tools.pending = Some(pending);
        }
        Err(e) => {
            state.clinic_tools.pending = None;
            state.clinic_tools.note = Some((MessageKind::Error, e.to_string()));
        }
    }
}

fn confirm_import(state: &mut AppState) {
    let Some(pending) = state.clinic_tools.pending.take() else {
        return;
    };
    match state.desk.pack_import(&pending) {
        Ok(report) => {
            state.config_dirty = true;
            keep_selection(state);
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

fn refresh_log(state: &mut AppState) {
    match state.desk.log() {
        Ok(log) => state.clinic_tools.log = Some(log),
        Err(e) => {
            state.clinic_tools.log = None;
            state.clinic_tools.note = Some((
                MessageKind::Error,
                format!("{}.", capitalised(&e.to_string())),
            ));
        }
    }
    let tools = &mut state.clinic_tools;
    if tools.csv_out_text.is_empty() {
        tools.csv_out_text = default_dir(&state.settings)
            .join(format!("handout-log-{}.csv", state.desk.today()))
            .display()
            .to_string();
    }
}

fn export_csv(state: &mut AppState) {
    let tools = &mut state.clinic_tools;
    let entries = tools.log.as_ref().map_or(&[][..], |l| &l.entries[..]);
    let path = with_extension(PathBuf::from(tools.csv_out_text.trim()), "csv");
    tools.note = Some(match state.desk.save_log_csv(entries, &path) {
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
