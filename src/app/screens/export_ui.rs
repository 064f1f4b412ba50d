//! Saving the PDF: the export dialog (a typed path, or the system's save dialog)
//! and the status bar that reports how it went.

use std::path::PathBuf;

use egui::RichText;

use crate::app::action::Action;
use crate::app::screens::dialog::{dialog_ui, focus_is_inside};
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
    let path = state.export.path_text.clone();
    let body = |ui: &mut egui::Ui| {
        let palette = Palette::for_ui(ui);
        summary_ui(ui, state, &palette);
        to_fix_ui(ui, &state.export.problems, Action::CloseExport, actions);
        ui.add_space(8.0);
        let label = ui.label(RichText::new("Save to").strong());
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
                RichText::new("A file with this name exists; saving will replace it.")
                    .size(12.5)
                    .color(palette.caution.0),
            );
        }
        ui.label(
            RichText::new(
                "Type the full path, or choose Browse… to pick a folder with your system's dialog.",
            )
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
            .add_enabled(ready, primary_button("Save PDF", ui))
            .on_hover_text("Save the PDF to the path above (Enter, or Ctrl+S)");
        if (save.clicked() || submit) && ready {
            buttons.push(Action::ExportTo(PathBuf::from(path.trim())));
        }
        let browse_text = if state.export.browsing {
            "Waiting for the file dialog…"
        } else {
            "Browse…"
        };
        if ui
            .add_enabled(!state.export.browsing, egui::Button::new(browse_text))
            .clicked()
        {
            buttons.push(Action::BrowseExportPath);
        }
        if ui
            .button("Cancel")
            .on_hover_text("Close (Escape)")
            .clicked()
        {
            buttons.push(Action::CloseExport);
        }
    };
    let id = egui::Id::unique("export-dialog");
    let close = dialog_ui(ctx, id, "Save handout as PDF", 560.0, body, footer);
    actions.extend(buttons);
    if close && !state.export.browsing {
        actions.push(Action::CloseExport);
    }
}

/// What is being saved (title, paper, pages), and a caution for a draft or an
/// overdue review.
fn summary_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette) {
    if let Some(t) = state.selected_template() {
        let options = state.options();
        let pages = state
            .layout()
            .and_then(|r| r.as_ref().ok())
            .map_or(0, |d| d.pages.len());
        let paper = options.page.paper.label();
        let print = match options.page.format {
            crate::page_setup::PrintFormat::Standard => "",
            crate::page_setup::PrintFormat::LargePrint => ", large print",
            crate::page_setup::PrintFormat::WalletCard => ", wallet cards",
        };
        ui.label(
            RichText::new(format!(
                "{} · {paper}{print} · {pages} page{}",
                t.template.title,
                if pages == 1 { "" } else { "s" }
            ))
            .color(palette.muted),
        );
    }
    let badge = state
        .selected_template()
        .map(|t| ReviewBadge::of(&t.template, state.today()));
    let caution = match badge {
        Some(ReviewBadge::Draft) => Some(
            "This handout is a draft, not yet approved at your clinic: every page will say DRAFT.",
        ),
        Some(ReviewBadge::ReviewOverdue) => Some("This handout's clinical review is overdue."),
        _ => None,
    };
    if let Some(text) = caution {
        ui.add_space(4.0);
        badge_ui(ui, text, palette.caution);
    }
}
