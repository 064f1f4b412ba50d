//! Saving the PDF: the export dialog (a typed path, or the system's save dialog).
//! The status bar reports how it went ([`super::status_bar_ui`]).

use std::path::PathBuf;

use egui::{Frame, Margin, RichText};

use crate::app::action::Action;
use crate::app::screens::to_fix_ui::to_fix_ui;
use crate::app::state::{AppState, MessageKind, ReviewBadge, Subject};
use crate::app::theme::{Palette, badge_ui, bold_family, primary_button};

/// The id of the dialog's "Save to" field, which takes the keyboard when the
/// system's file dialog cannot be shown.
pub fn export_path_id() -> egui::Id {
    egui::Id::unique("export-path")
}

/// Draws the export dialog when it is open.
pub fn export_dialog_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    if !state.export.open {
        return;
    }
    let frame = Frame::window(&ctx.global_style()).inner_margin(Margin::same(22));
    let modal = egui::Modal::new(egui::Id::unique("export-dialog"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_width(560.0);
            let palette = Palette::for_ui(ui);
            ui.label(
                RichText::new("Save handout as PDF")
                    .family(bold_family())
                    .size(18.0),
            );
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
                Some(ReviewBadge::ReviewOverdue) => {
                    Some("This handout's clinical review is overdue.")
                }
                _ => None,
            };
            if let Some(text) = caution {
                ui.add_space(4.0);
                badge_ui(ui, text, palette.caution);
            }
            ui.add_space(8.0);

            // Enter in the path field saves. Read before the field, which takes the key.
            let path_id = export_path_id();
            let submit = ui.memory(|m| m.has_focus(path_id))
                && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let label = ui.label(RichText::new("Save to").strong());
            let mut path = state.export.path_text.clone();
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut path)
                        .id(path_id)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if field.changed() {
                actions.push(Action::SetExportPath(path.clone()));
            }
            // Start in the path field, so Ctrl+S then Enter saves.
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            let typed = PathBuf::from(path.trim());
            if typed.is_file() {
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
            ui.add_space(10.0);

            ui.horizontal(|ui| {
                let ready = !path.trim().is_empty();
                let save = ui.add_enabled(ready, primary_button("Save PDF", ui));
                if (save.clicked() || submit) && ready {
                    actions.push(Action::ExportTo(typed.clone()));
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
                    actions.push(Action::BrowseExportPath);
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::CloseExport);
                }
            });
            // The latest word on the PDF that is not good news, e.g. a missing
            // folder, or no file dialog to browse with.
            if let Some(error) = state.messages.iter().rev().find(|m| {
                m.kind != MessageKind::Success
                    && (m.subject == Some(Subject::Pdf) || m.kind == MessageKind::Error)
            }) {
                ui.add_space(6.0);
                ui.label(RichText::new(&error.text).color(palette.bad.0));
            }
            to_fix_ui(ui, &state.export.problems, Action::CloseExport, actions);
        });
    if modal.should_close() && !state.export.browsing {
        actions.push(Action::CloseExport);
    }
}
