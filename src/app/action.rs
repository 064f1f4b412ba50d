//! What the screens ask for, and the one place where it is done.
//!
//! Screens draw and return [`Action`]s; [`apply`] runs them after the frame, so
//! saving, exporting and other file work never happen in the middle of drawing.

use std::path::PathBuf;

use crate::app::approve::{self, ApproveField};
use crate::app::clinic_tools::{self, ClinicAction};
use crate::app::editor;
use crate::app::export_file::{DialogWords, SaveDialog, open_in_viewer};
use crate::app::focus::FocusTarget;
use crate::app::i18n::Texts;
use crate::app::patient::{self, EntrySlot, FillInShape, PatientText};
use crate::app::print_worker::{PrintEvent, PrintWorker};
use crate::app::printing;
use crate::app::settings::{DeskView, ThemeChoice, Zoom};
use crate::app::setup::{self, SetupAction};
use crate::app::state::{AppState, MessageKind, RemovedResource, StatusMessage, Subject};
use crate::clinic::edit::TemplateEdit;
use crate::date::Date;
use crate::desk::export_path::{
    MissingFolder, default_export_dir, default_file_name, resolve_export_path,
};
use crate::desk::{DeskError, ExportJob, Exported, Refused};
use crate::page_setup::{Paper, PrintFormat};
use crate::problem::{ClinicField, ResourceField};
use crate::strings::DEFAULT_LANGUAGE;
use crate::template::{ResourceCategory, TemplateKey, Topic};

/// Something a screen asks for.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Action {
    /// Show this template (one language of a handout).
    SelectTemplate(TemplateKey),
    /// Filter the library by this text.
    SetSearch(String),
    /// Filter the library by topic, or show all.
    SetTopicFilter(Option<Topic>),
    /// Change one of the clinic's details.
    EditClinic(ClinicField, String),
    /// Change a text field of resource `index`.
    EditResource(usize, ResourceField, String),
    /// Move resource `index` to another category.
    SetResourceCategory(usize, ResourceCategory),
    /// Set the day resource `index` was last checked.
    SetLastChecked(usize, Option<Date>),
    /// Add an empty resource of this category.
    AddResource(ResourceCategory),
    /// Move resource `index` before (`up`) or after the neighbouring one of its category.
    MoveResource {
        /// The resource.
        index: usize,
        /// Towards the top.
        up: bool,
    },
    /// Remove resource `index` (it can be undone).
    RemoveResource(usize),
    /// Put back the resource removed last.
    UndoRemoveResource,
    /// Include resource `index` in this handout, or leave it out.
    SetResourceIncluded(usize, bool),
    /// Paper size of this handout.
    SetPaper(Paper),
    /// Print format (standard or large print) of this handout.
    SetPrintFormat(PrintFormat),
    /// How big the preview is drawn.
    SetZoom(Zoom),
    /// Show preview page `n` (from 0).
    GoToPage(usize),
    /// Light or dark.
    SetTheme(ThemeChoice),
    /// Scale of the whole interface.
    SetUiScale(f32),
    /// Show the desk's own words in this language (handouts keep theirs).
    SetDeskLanguage(crate::app::i18n::DeskLanguage),
    /// Open the export dialog.
    OpenExport,
    /// Close the export dialog.
    CloseExport,
    /// Change the typed PDF path.
    SetExportPath(String),
    /// Open the native save dialog.
    BrowseExportPath,
    /// Write the PDF here.
    ExportTo(PathBuf),
    /// Open a file (an exported PDF) in the system viewer.
    OpenFile(PathBuf),
    /// Show a folder (where a PDF was saved) in the system's file manager.
    ShowFolder(PathBuf),
    /// The system's file dialog could not be shown: say so, and put the
    /// keyboard in the typed path instead.
    FileDialogUnavailable,
    /// Remove status message `n`.
    DismissMessage(usize),
    /// Something in the clinic lead's windows (sharing, packs, the log).
    Clinic(ClinicAction),
    /// Make the clinic's own editable copy of the chosen template.
    AdaptSelected,
    /// Show the block editor instead of the fill-in panel, or not.
    SetEditBlocks(bool),
    /// Change the chosen clinic template.
    EditTemplate(TemplateEdit),
    /// Undo the last template edit.
    UndoEdit,
    /// Redo the template edit undone last.
    RedoEdit,
    /// Show or hide the differences from a newer original.
    ShowBaseDiff(bool),
    /// Open the "Approve for patient use…" dialog for the chosen template.
    OpenApprove,
    /// Close it without approving.
    CloseApprove,
    /// Change a typed value in the approve dialog.
    SetApproveField(ApproveField, String),
    /// Sign the template off with the typed values.
    Approve,
    /// Tick (or untick) PEMAT-P reviewer item `n` (AHRQ's number) in the approve dialog.
    SetReviewerItem(u8, bool),
    /// Record in the approve dialog whether a translation was back-translated.
    SetBackTranslated(bool),
    /// Choose block `n` (from 0), from a finding in the quality panel: the editor
    /// frames it and scrolls to it, opening on a clinic copy.
    SelectBlock(usize),
    /// Focus a field of the clinic form (from a "Fix" in a dialog), showing
    /// the form if the block editor was in its place.
    FocusField(FocusTarget),
    /// Fold the quality panel down to its title row, or unfold it.
    SetQualityFolded(bool),
    /// Words typed with the patient into `slot` of fill-in block `block`.
    EditPatientEntry {
        /// The fill-in block's index in the template.
        block: usize,
        /// The free lines or a labelled field.
        slot: EntrySlot,
        /// The words; their `Debug` hides them.
        text: PatientText,
    },
    /// Forget everything typed with the patient.
    ClearPatientEntries,
    /// Show the clinician's tools or the lead's.
    SetView(DeskView),
    /// Open the clinic setup screen.
    OpenSetup,
    /// Something on the clinic setup screen.
    Setup(SetupAction),
    /// Print a QR code beside each resource with a website or phone, or not
    /// (the chosen handout's option).
    SetQrCodes(bool),
    /// Open the print dialog for the chosen handout.
    OpenPrint,
    /// Close it.
    ClosePrint,
    /// Ask the print service for its printers again.
    LookForPrinters,
    /// Choose the printer to print on.
    ChoosePrinter(String),
    /// Print a handout (not a card sheet) on both sides of the paper, or not.
    SetTwoSided(bool),
    /// Print the chosen handout on the chosen printer.
    Print,
    /// An answer from the print service.
    PrintAnswer(PrintEvent),
}

/// What [`apply`] may touch besides the model.
pub struct AppIo {
    /// The native save dialog, while it is open.
    pub dialog: Option<SaveDialog>,
    /// The egui context, for theme, scale and waking the UI.
    pub ctx: egui::Context,
    /// The print service, worked off the UI thread.
    pub printing: PrintWorker,
}

/// Does what `action` asks. When the chosen handout's fill-in sections are no
/// longer those the patient's words were typed into (another handout was
/// chosen, or its blocks moved), the words are forgotten.
pub fn apply(action: Action, state: &mut AppState, io: &mut AppIo) {
    let shape = FillInShape::of(state);
    apply_action(action, state, io);
    if FillInShape::of(state) != shape {
        patient::forget(state, &io.ctx, &shape);
    }
}

fn apply_action(action: Action, state: &mut AppState, io: &mut AppIo) {
    match action {
        Action::SelectTemplate(key) => {
            if state.selected.as_ref() != Some(&key) {
                state.settings.last_template = Some(key.id.clone());
                state.settings.last_language = Some(key.language.clone());
                state.selected = Some(key);
                state.editor.selected_block = None;
                state.page = 0;
                state.settings_dirty = true;
                state.handout_changed();
            }
        }
        Action::SetSearch(text) => state.search = text,
        Action::SetTopicFilter(topic) => state.topic_filter = topic,
        Action::EditClinic(field, value) => state.profile_mut().set_text(field, value),
        Action::EditResource(index, field, value) => {
            if let Some(r) = state.profile_mut().resources.get_mut(index) {
                r.set_text(field, value);
            }
        }
        Action::SetResourceCategory(index, category) => {
            if let Some(r) = state.profile_mut().resources.get_mut(index) {
                r.category = category;
            }
        }
        Action::SetLastChecked(index, date) => {
            if let Some(r) = state.profile_mut().resources.get_mut(index) {
                r.last_checked = date;
            }
        }
        Action::AddResource(category) => {
            let today = state.today();
            state.profile_mut().add_blank_resource(category, today);
        }
        Action::MoveResource { index, up } => move_resource(state, index, up),
        Action::RemoveResource(index) => remove_resource(state, index),
        Action::UndoRemoveResource => undo_remove(state),
        Action::SetResourceIncluded(index, included) => {
            let Some(id) = state.profile().resources.get(index).map(|r| r.id) else {
                return;
            };
            if let Some(options) = state.options_mut() {
                if included {
                    options.excluded_resources.remove(&id);
                } else {
                    options.excluded_resources.insert(id);
                }
            }
        }
        Action::SetPaper(paper) => {
            if let Some(options) = state.options_mut() {
                options.page.paper = paper;
            }
        }
        Action::SetPrintFormat(format) => {
            if let Some(options) = state.options_mut() {
                options.page.format = format;
            }
            state.page = 0;
        }
        Action::SetZoom(zoom) => {
            state.settings.zoom = zoom;
            state.settings_dirty = true;
        }
        Action::GoToPage(page) => state.page = page,
        Action::SetTheme(theme) => {
            state.settings.theme = theme;
            state.settings_dirty = true;
            crate::app::theme::apply_theme(&io.ctx, theme);
        }
        Action::SetDeskLanguage(language) => {
            state.settings.desk_language = language;
            state.settings_dirty = true;
        }
        Action::SetUiScale(scale) => {
            state.settings.ui_scale = scale;
            state.settings_dirty = true;
            io.ctx.set_zoom_factor(scale);
        }
        Action::OpenExport => open_export(state),
        Action::CloseExport => state.export.open = false,
        Action::SetExportPath(text) => state.export.path_text = text,
        Action::BrowseExportPath => {
            let typed = PathBuf::from(state.export.path_text.trim());
            let folder = typed.parent().filter(|p| p.is_dir()).map_or_else(
                || default_export_dir(state.settings.export_dir.as_deref()),
                PathBuf::from,
            );
            let name = typed.file_name().map_or_else(
                || suggested_file_name(state),
                |n| n.to_string_lossy().into_owned(),
            );
            let t = Texts::of(state);
            let words = DialogWords {
                title: t.tr("export-title"),
                pdf_document: t.tr("export-pdf-document"),
            };
            let ctx = io.ctx.clone();
            io.dialog = Some(SaveDialog::open(folder, name, words, move || {
                ctx.request_repaint()
            }));
            state.export.browsing = true;
        }
        Action::ExportTo(path) => export(state, path),
        Action::OpenFile(path) => {
            if open_in_viewer(&path).is_err() {
                state.say(no_viewer_message(Texts::of(state), &path));
            }
        }
        Action::ShowFolder(folder) => {
            if open_in_viewer(&folder).is_err() {
                let text = Texts::of(state).tr_args(
                    "notice-no-folder-viewer",
                    &[("folder", folder.display().to_string().into())],
                );
                state.say(StatusMessage::new(MessageKind::Warning, text).about(Subject::Pdf));
            }
        }
        Action::FileDialogUnavailable => {
            let text = Texts::of(state).tr("notice-no-file-dialog");
            state.say(StatusMessage::new(MessageKind::Warning, text).about(Subject::Pdf));
            io.ctx
                .memory_mut(|m| m.request_focus(crate::app::screens::export_ui::export_path_id()));
        }
        Action::DismissMessage(n) => {
            if n < state.messages.len() {
                state.messages.remove(n);
            }
        }
        Action::Clinic(action) => clinic_tools::apply(action, state),
        Action::AdaptSelected => editor::adapt_selected(state),
        Action::SetEditBlocks(on) => state.editor.on = on,
        Action::EditTemplate(edit) => {
            // Blocks that move or go away take the chosen block's number with
            // them; a new block is chosen, and scrolled to, so the next one
            // goes after it.
            let chosen = match edit {
                TemplateEdit::Move { .. } | TemplateEdit::Remove(_) => Some(None),
                TemplateEdit::Add { at, .. } => Some(Some(at)),
                _ => None,
            };
            editor::edit(state, edit);
            if let Some(block) = chosen {
                state.editor.selected_block = block;
                state.editor.select_serial += 1;
            }
        }
        Action::UndoEdit => editor::undo_redo(state, true),
        Action::RedoEdit => editor::undo_redo(state, false),
        Action::ShowBaseDiff(on) => state.editor.show_base_diff = on,
        Action::OpenApprove => approve::open(state),
        Action::CloseApprove => state.approve.open = false,
        Action::SetApproveField(field, value) => {
            approve::set_field(&mut state.approve, field, value)
        }
        Action::Approve => approve::approve(state),
        Action::SetBackTranslated(on) => state.approve.back_translated = on,
        Action::SetReviewerItem(n, on) => {
            if on {
                state.approve.checked.insert(n);
            } else {
                state.approve.checked.remove(&n);
            }
        }
        Action::SelectBlock(block) => {
            state.editor.selected_block = Some(block);
            state.editor.select_serial += 1;
            if editor::editable(state).is_some() {
                state.editor.on = true;
            }
        }
        Action::FocusField(target) => {
            state.editor.on = false;
            state.focus_target = Some(target);
        }
        Action::SetQualityFolded(folded) => state.quality.folded = folded,
        Action::EditPatientEntry { block, slot, text } => {
            state.set_patient_entry(block, slot, text.0)
        }
        Action::ClearPatientEntries => patient::forget(state, &io.ctx, &FillInShape::of(state)),
        Action::SetView(view) => {
            state.settings.view = view;
            state.settings_dirty = true;
        }
        Action::OpenSetup => setup::open(state),
        Action::Setup(action) => setup::apply(action, state),
        Action::SetQrCodes(on) => {
            if let Some(options) = state.options_mut() {
                options.qr_codes = on;
            }
        }
        Action::OpenPrint => printing::open(state, &io.printing),
        Action::ClosePrint => state.print.open = false,
        Action::LookForPrinters => printing::look_for_printers(state, &io.printing),
        Action::ChoosePrinter(name) => state.print.chosen = Some(name),
        Action::SetTwoSided(on) => state.print.two_sided = on,
        Action::Print => printing::print(state, &io.printing),
        Action::PrintAnswer(event) => printing::answered(state, event),
    }
}

fn move_resource(state: &mut AppState, index: usize, up: bool) {
    let resources = &state.profile().resources;
    let Some(category) = resources.get(index).map(|r| r.category) else {
        return;
    };
    let neighbour = if up {
        (0..index)
            .rev()
            .find(|&j| resources[j].category == category)
    } else {
        (index + 1..resources.len()).find(|&j| resources[j].category == category)
    };
    let Some(other) = neighbour else {
        return;
    };
    state.profile_mut().resources.swap(index, other);
}

fn remove_resource(state: &mut AppState, index: usize) {
    if index >= state.profile().resources.len() {
        return;
    }
    let resource = state.profile_mut().resources.remove(index);
    let t = Texts::of(state);
    let text = match resource.name.trim() {
        "" => t.tr("notice-removed-new-resource"),
        name => t.tr_args("notice-removed-resource", &[("name", name.into())]),
    };
    state.removed = Some(RemovedResource { index, resource });
    state.say(StatusMessage {
        offers_undo: true,
        ..StatusMessage::new(MessageKind::Info, text).about(Subject::Removal)
    });
}

fn undo_remove(state: &mut AppState) {
    let Some(removed) = state.removed.take() else {
        return;
    };
    let resources = &mut state.profile_mut().resources;
    let index = removed.index.min(resources.len());
    resources.insert(index, removed.resource);
    state.messages.retain(|m| !m.offers_undo);
}

/// What to say when no program opens a saved PDF: that the PDF is saved, and
/// where, with a button to show its folder.
fn no_viewer_message(t: &Texts, path: &std::path::Path) -> StatusMessage {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let folder = path.parent().map(PathBuf::from);
    let text = match &folder {
        Some(f) => t.tr_args(
            "notice-no-pdf-viewer-in",
            &[
                ("name", name.into()),
                ("folder", f.display().to_string().into()),
            ],
        ),
        None => t.tr_args("notice-no-pdf-viewer", &[("name", name.into())]),
    };
    StatusMessage {
        show_folder: folder,
        ..StatusMessage::new(MessageKind::Warning, text).about(Subject::Pdf)
    }
}

fn suggested_file_name(state: &AppState) -> String {
    let name = match &state.selected {
        // Each language of a handout gets its own file: "kratom-risks-es-us_…".
        Some(key) if !key.language.eq_ignore_ascii_case(DEFAULT_LANGUAGE) => {
            format!("{}-{}", key.id, key.language)
        }
        Some(key) => key.id.clone(),
        None => "handout".to_owned(),
    };
    default_file_name(&name, &state.profile().name, state.today())
}

fn open_export(state: &mut AppState) {
    if state.export.open {
        return;
    }
    let folder = default_export_dir(state.settings.export_dir.as_deref());
    state.export.path_text = folder
        .join(suggested_file_name(state))
        .display()
        .to_string();
    // What would stop the export, listed before the path is even chosen.
    state.export.problems = match &state.selected {
        Some(key) => state
            .desk
            .preflight(key)
            .map(|p| p.problems)
            .unwrap_or_default(),
        None => Vec::new(),
    };
    state.export.open = true;
}

/// Asks the desk to export the chosen handout to `typed` (a folder gets the
/// suggested name). What stops it stays in the dialog, each problem with its
/// field or block.
fn export(state: &mut AppState, typed: PathBuf) {
    state.export.browsing = false;
    let t = Texts::of(state);
    let Some(key) = state.selected.clone() else {
        state.say(
            StatusMessage::new(MessageKind::Error, t.tr("notice-choose-handout-first"))
                .about(Subject::Pdf),
        );
        return;
    };
    let folder = default_export_dir(state.settings.export_dir.as_deref());
    let path = match resolve_export_path(&typed, &folder, &suggested_file_name(state)) {
        Ok(path) => path,
        Err(MissingFolder(missing)) => {
            let text = t.tr_args(
                "notice-export-no-folder",
                &[("folder", missing.display().to_string().into())],
            );
            state.say(StatusMessage::new(MessageKind::Error, text).about(Subject::Pdf));
            return;
        }
    };
    let job = ExportJob {
        template: &key,
        path: &path,
        created: state.today(),
        patient: state.patient_entries(),
        profile: None,
        options: None,
    };
    match state.desk.export(&job) {
        Ok(Exported {
            summary, log_error, ..
        }) => {
            if let Some(e) = log_error {
                let text = t.tr_args(
                    "notice-export-log-failed",
                    &[("detail", e.to_string().into())],
                );
                state.say(StatusMessage::new(MessageKind::Warning, text).about(Subject::Pdf));
            }
            let text = t.tr_args(
                "notice-export-saved",
                &[
                    ("pages", summary.pages.into()),
                    ("path", path.display().to_string().into()),
                ],
            );
            state.say(StatusMessage {
                open_path: Some(path.clone()),
                ..StatusMessage::new(MessageKind::Success, text).about(Subject::Pdf)
            });
            state.settings.export_dir = path.parent().map(PathBuf::from);
            state.settings.note_used(&key.id);
            state.settings_dirty = true;
            state.export.problems.clear();
            state.export.open = false;
        }
        Err(e @ DeskError::Refused { .. }) => {
            state.export.problems = e.problems().to_vec();
            state.say(
                StatusMessage::new(MessageKind::Error, refusal_headline(t, &e)).about(Subject::Pdf),
            );
        }
        Err(e) => {
            let text = t.tr_args(
                "notice-export-failed",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", e.to_string().into()),
                ],
            );
            state.say(StatusMessage::new(MessageKind::Error, text).about(Subject::Pdf));
        }
    }
}

/// The first line of a refusal, as a sentence in the desk's language: the
/// dialog lists what to fix beneath it, each problem with its place.
pub fn refusal_headline(t: &Texts, e: &DeskError) -> String {
    let count = e.problems().iter().filter(|p| p.is_error()).count();
    let id = match e {
        DeskError::Refused {
            action: Refused::Approve,
            ..
        } => "notice-refused-approve",
        DeskError::Refused {
            action: Refused::PackTemplate,
            ..
        } => "notice-refused-pack-template",
        DeskError::Refused {
            action: Refused::PackProfile,
            ..
        } => "notice-refused-pack-profile",
        _ => "notice-refused-export",
    };
    let name = match e {
        DeskError::Refused { id, .. } => id.as_str(),
        _ => "",
    };
    t.tr_args(id, &[("id", name.into()), ("count", count.into())])
}
