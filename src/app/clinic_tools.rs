//! The clinic lead's tools in the desk app: the shared templates folder and
//! publishing to it, clinic packs, and the handout log. The model and the one
//! place that applies [`ClinicAction`]s, each through the desk;
//! `screens::clinic_ui` draws them.

use std::path::PathBuf;

use crate::app::i18n::Texts;
use crate::app::state::{AppState, MessageKind, StatusMessage};
use crate::clinic::handout_log::LogContents;
use crate::desk::export_path::default_export_dir;
use crate::desk::{PackProfile, PendingImport};

/// Which of the clinic tools' windows is open (its title is in the desk's
/// language: `screens::clinic_ui`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClinicWindow {
    /// The shared folder and publishing.
    Sharing,
    /// Clinic pack export and import.
    Pack,
    /// The handout log.
    Log,
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
    let t = Texts::of(state);
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
            tools.note = Some((MessageKind::Info, t.tr("clinic-nothing-imported")));
        }
        ClinicAction::SetCsvOutText(text) => tools.csv_out_text = text,
        ClinicAction::ExportCsv => export_csv(state),
    }
}

fn default_dir(settings: &crate::app::settings::Settings) -> PathBuf {
    default_export_dir(settings.export_dir.as_deref())
}

fn use_shared_dir(state: &mut AppState, dir: Option<PathBuf>) {
    let t = Texts::of(state);
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
                    t.tr_args(
                        "clinic-using-folder",
                        &[("folder", dir.into()), ("count", shared.into())],
                    ),
                ),
                None => (MessageKind::Info, t.tr("clinic-no-folder")),
            });
        }
        Err(e) => {
            let text = t.tr_args("clinic-folder-failed", &[("detail", e.to_string().into())]);
            state.clinic_tools.note = Some((MessageKind::Error, text));
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
    let t = Texts::of(state);
    state.clinic_tools.note = Some(match state.desk.publish(&key) {
        Ok(path) => (
            MessageKind::Success,
            t.tr_args(
                "clinic-published",
                &[
                    ("title", title.into()),
                    ("path", path.display().to_string().into()),
                ],
            ),
        ),
        Err(e) => (
            MessageKind::Error,
            t.tr_args("clinic-not-published", &[("detail", e.to_string().into())]),
        ),
    });
}

fn publish_sign_offs(state: &mut AppState) {
    let t = Texts::of(state);
    state.clinic_tools.note = Some(match state.desk.publish_sign_offs() {
        Ok((file, count)) => (
            MessageKind::Success,
            t.tr_args(
                "clinic-published-sign-offs",
                &[
                    ("count", count.into()),
                    ("path", file.display().to_string().into()),
                ],
            ),
        ),
        Err(e) => (
            MessageKind::Error,
            t.tr_args(
                "clinic-sign-offs-not-published",
                &[("detail", e.to_string().into())],
            ),
        ),
    });
}

fn export_pack(state: &mut AppState) {
    let path = with_extension(
        PathBuf::from(state.clinic_tools.pack_out_text.trim()),
        "handout-pack",
    );
    let t = Texts::of(state);
    state.clinic_tools.note = Some(match state.desk.pack_export(&path) {
        Ok(summary) => (
            if matches!(summary.profile, PackProfile::Unreadable(_)) {
                MessageKind::Warning
            } else {
                MessageKind::Success
            },
            t.tr_args(
                "clinic-pack-saved",
                &[
                    ("path", path.display().to_string().into()),
                    ("templates", summary.templates.into()),
                    ("profile", profile_words(t, &summary.profile).into()),
                    ("sign_offs", summary.sign_offs.into()),
                ],
            ),
        ),
        Err(e) => (
            MessageKind::Error,
            t.tr_args("clinic-pack-not-made", &[("detail", e.to_string().into())]),
        ),
    });
}

/// What a written pack says of the clinic profile, in the desk's language.
fn profile_words(t: &Texts, profile: &PackProfile) -> String {
    match profile {
        PackProfile::Included => t.tr("clinic-pack-profile-included"),
        PackProfile::NoneSaved => t.tr("clinic-pack-profile-none"),
        PackProfile::Unreadable(u) => match &u.kept_as {
            Some(kept) => t.tr_args(
                "clinic-pack-profile-unreadable-kept",
                &[
                    ("reason", u.reason.as_str().into()),
                    ("kept", kept.display().to_string().into()),
                ],
            ),
            None => t.tr_args(
                "clinic-pack-profile-unreadable",
                &[("reason", u.reason.as_str().into())],
            ),
        },
    }
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
            let text = Texts::of(state).tr_args(
                "clinic-pack-unreadable",
                &[("detail", e.to_string().into())],
            );
            state.clinic_tools.note = Some((MessageKind::Error, text));
        }
    }
}

fn confirm_import(state: &mut AppState) {
    let Some(pending) = state.clinic_tools.pending.take() else {
        return;
    };
    let t = Texts::of(state);
    match state.desk.pack_import(&pending) {
        Ok(report) => {
            state.config_dirty = true;
            keep_selection(state);
            let text = t.tr_args(
                "clinic-pack-imported",
                &[
                    ("path", pending.file.display().to_string().into()),
                    ("done", report.done.join("; ").into()),
                ],
            );
            state.clinic_tools.note = Some((MessageKind::Success, text));
        }
        Err(e) => {
            let text = t.tr_args(
                "clinic-pack-import-failed",
                &[("detail", e.to_string().into())],
            );
            state.clinic_tools.note = Some((MessageKind::Error, text));
        }
    }
}

fn refresh_log(state: &mut AppState) {
    match state.desk.log() {
        Ok(log) => state.clinic_tools.log = Some(log),
        Err(e) => {
            state.clinic_tools.log = None;
            let text =
                Texts::of(state).tr_args("clinic-log-failed", &[("detail", e.to_string().into())]);
            state.clinic_tools.note = Some((MessageKind::Error, text));
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
    let t = Texts::of(state);
    let tools = &mut state.clinic_tools;
    let entries = tools.log.as_ref().map_or(&[][..], |l| &l.entries[..]);
    let path = with_extension(PathBuf::from(tools.csv_out_text.trim()), "csv");
    tools.note = Some(match state.desk.save_log_csv(entries, &path) {
        Ok(()) => (
            MessageKind::Success,
            t.tr_args(
                "clinic-csv-saved",
                &[
                    ("count", entries.len().into()),
                    ("path", path.display().to_string().into()),
                ],
            ),
        ),
        Err(e) => (
            MessageKind::Error,
            t.tr_args("clinic-csv-not-saved", &[("detail", e.to_string().into())]),
        ),
    });
}
