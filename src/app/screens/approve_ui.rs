//! The "Approve for patient use…" dialog: who approves the exact text, their
//! role, the date, and when it is to be reviewed again.

use egui::{Frame, Margin, RichText};

use crate::app::action::Action;
use crate::app::approve::ApproveField;
use crate::app::screens::{Field, text_field_ui};
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family, primary_button};

/// Draws the approve dialog when it is open.
pub fn approve_dialog_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let dialog = &state.approve;
    if !dialog.open {
        return;
    }
    let Some(loaded) = state.library.get(&dialog.template_id) else {
        return;
    };
    let t = &loaded.template;
    let frame = Frame::window(&ctx.global_style()).inner_margin(Margin::same(22));
    let modal = egui::Modal::new(egui::Id::unique("approve-dialog"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_width(520.0);
            let palette = Palette::for_ui(ui);
            ui.label(
                RichText::new("Approve for patient use")
                    .family(bold_family())
                    .size(18.0),
            );
            ui.label(RichText::new(format!("{} · v{}", t.title, t.version)).color(palette.muted));
            ui.add_space(4.0);
            ui.label(format!(
                "You approve this exact text for patient use at {}. It then prints without the \
                 DRAFT mark. Any later edit, or a new version, makes it a draft again.",
                if state.profile.name.trim().is_empty() {
                    "your clinic"
                } else {
                    state.profile.name.trim()
                }
            ));
            ui.add_space(8.0);
            for field in ApproveField::ALL {
                let input = Field {
                    label: field.label(),
                    name: None,
                    value: field.value(dialog),
                    hint: field.hint(),
                    issue: None,
                };
                let id = egui::Id::unique(("approve-field", field.label()));
                // Start in the first field, so the reviewer can type at once.
                if field == ApproveField::Reviewer && ui.memory(|m| m.focused().is_none()) {
                    ui.memory_mut(|m| m.request_focus(id));
                }
                if let Some(text) = text_field_ui(ui, input, id) {
                    actions.push(Action::SetApproveField(field, text));
                }
            }
            if let Some(error) = &dialog.error {
                ui.label(RichText::new(error).color(palette.bad.0));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.add(primary_button("Approve", ui)).clicked() {
                    actions.push(Action::Approve);
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::CloseApprove);
                }
            });
        });
    if modal.should_close() {
        actions.push(Action::CloseApprove);
    }
}
