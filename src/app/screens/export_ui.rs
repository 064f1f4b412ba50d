//! Saving the PDF: the export dialog (a typed path, or the system's save dialog)
//! and the status bar that reports how it went.

use std::path::PathBuf;

use egui::RichText;

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::screens::dialog::{dialog_ui, focus_is_inside};
use crate::app::screens::preview_ui::paper_label;
use crate::app::screens::to_fix_ui::to_fix_ui;
use crate::app::state::{AppState, MessageKind, ReviewBadge, Subject};
use crate::app::theme::{Palette, badge_ui, primary_button};

/// The id of the dialog's "Save to" field, which takes the keyboard when the
/// system's file dialog cannot be shown.
pub fn export_path_id() -> egui::Id {
    egui::Id::unique("export-path")
}

/// Draws the export dialog when it is open. What stops the export comes
/// first, each with its "Fix"; the buttons stay below the scrolling body.
pub fn export_dialog_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    if !state.export.open {
        return;
    }
    // Enter in the path field saves. Read before the field, which takes the key.
    let path_id = export_path_id();
    let submit =
        ctx.memory(|m| m.has_focus(path_id)) && ctx.input(|i| i.key_pressed(egui::Key::Enter));
    let t = Texts::of(state);
    let path = state.export.path_text.clone();
    let body = |ui: &mut egui::Ui| {
        let palette = Palette::for_ui(ui);
        summary_ui(ui, state, &palette);
        to_fix_ui(
            ui,
            state,
            &state.export.problems,
            Action::CloseExport,
            actions,
        );
        ui.add_space(8.0);
        let label = ui.label(RichText::new(t.tr("export-save-to")).strong());
        let mut typed = path.clone();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut typed)
                    .id(path_id)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if field.changed() {
            actions.push(Action::SetExportPath(typed));
        }
        // Start in the path field, so Ctrl+S then Enter saves.
        if !focus_is_inside(ui) {
            field.request_focus();
        }
        if PathBuf::from(path.trim()).is_file() {
            ui.label(
                RichText::new(t.tr("export-file-exists"))
                    .size(12.5)
                    .color(palette.caution.0),
            );
        }
        ui.label(
            RichText::new(t.tr("export-path-hint"))
                .size(12.5)
                .color(palette.muted),
        );
    };
    let mut buttons = Vec::new();
    let footer = |ui: &mut egui::Ui| {
        let palette = Palette::for_ui(ui);
        // The latest word on the PDF that is not good news, e.g. a missing
        // folder, or no file dialog to browse with.
        if let Some(error) = state.messages.iter().rev().find(|m| {
            m.kind != MessageKind::Success
                && (m.subject == Some(Subject::Pdf) || m.kind == MessageKind::Error)
        }) {
            ui.add(egui::Label::new(RichText::new(&error.text).color(palette.bad.0)).wrap());
            ui.end_row();
        }
        let ready = !path.trim().is_empty();
        let save = ui
            .add_enabled(ready, primary_button(&t.tr("export-save"), ui))
            .on_hover_text(t.tr("export-save-hover"));
        if (save.clicked() || submit) && ready {
            buttons.push(Action::ExportTo(PathBuf::from(path.trim())));
        }
        let browse_text = if state.export.browsing {
            t.tr("export-browse-waiting")
        } else {
            t.tr("export-browse")
        };
        if ui
            .add_enabled(!state.export.browsing, egui::Button::new(browse_text))
            .clicked()
        {
            buttons.push(Action::BrowseExportPath);
        }
        if ui
            .button(t.tr("dialog-cancel"))
            .on_hover_text(t.tr("dialog-close-hover"))
            .clicked()
        {
            buttons.push(Action::CloseExport);
        }
    };
    let id = egui::Id::unique("export-dialog");
    let close = dialog_ui(ctx, id, &t.tr("export-title"), 560.0, body, footer);
    actions.extend(buttons);
    if close && !state.export.browsing {
        actions.push(Action::CloseExport);
    }
}

/// What is being saved (title, paper, pages), and a caution for a draft or an
/// overdue review.
fn summary_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette) {
    let tx = Texts::of(state);
    if let Some(t) = state.selected_template() {
        let options = state.options();
        let pages = state
            .layout()
            .and_then(|r| r.as_ref().ok())
            .map_or(0, |d| d.pages.len());
        let paper = paper_label(tx, options.page.paper);
        let format = match options.page.format {
            crate::page_setup::PrintFormat::Standard => String::new(),
            crate::page_setup::PrintFormat::LargePrint => tx.tr("export-format-large-print"),
            crate::page_setup::PrintFormat::WalletCard => tx.tr("export-format-wallet-cards"),
        };
        let args = [
            ("title", t.template.title.clone().into()),
            ("paper", paper.into()),
            ("format", format.into()),
            ("pages", pages.into()),
        ];
        let summary = if matches!(
            options.page.format,
            crate::page_setup::PrintFormat::Standard
        ) {
            tx.tr_args("export-summary", &args)
        } else {
            tx.tr_args("export-summary-format", &args)
        };
        ui.label(RichText::new(summary).color(palette.muted));
    }
    let badge = state
        .selected_template()
        .map(|t| ReviewBadge::of(&t.template, state.today()));
    let caution = match badge {
        Some(ReviewBadge::Draft) => Some(tx.tr("dialog-draft-caution")),
        Some(ReviewBadge::ReviewOverdue) => Some(tx.tr("export-review-overdue")),
        _ => None,
    };
    if let Some(text) = caution {
        ui.add_space(4.0);
        badge_ui(ui, &text, palette.caution);
    }
}
