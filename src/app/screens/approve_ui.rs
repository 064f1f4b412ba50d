//! The "Approve for patient use…" dialog: who approves the exact text, their
//! role, the date, and when it is to be reviewed again.

use egui::RichText;

use crate::app::action::Action;
use crate::app::approve::{ApproveDialog, ApproveField};
use crate::app::i18n::Texts;
use crate::app::screens::dialog::{dialog_ui, focus_is_inside};
use crate::app::screens::to_fix_ui::to_fix_ui;
use crate::app::screens::{Field, text_field_ui};
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family, primary_button};
use crate::quality::pemat::REVIEWER_ITEMS;

/// Draws the approve dialog when it is open. What stops the sign-off comes
/// first, each with its "Fix"; the buttons stay below the scrolling body.
pub fn approve_dialog_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let dialog = &state.approve;
    if !dialog.open {
        return;
    }
    let Some(loaded) = state.library().get_key(&dialog.template) else {
        return;
    };
    let tx = Texts::of(state);
    let t = &loaded.template;
    let body = |ui: &mut egui::Ui| {
        let palette = Palette::for_ui(ui);
        ui.label(RichText::new(format!("{} · v{}", t.title, t.version)).color(palette.muted));
        to_fix_ui(ui, state, &dialog.problems, Action::CloseApprove, actions);
        ui.add_space(4.0);
        let clinic = state.profile().name.trim();
        ui.label(if clinic.is_empty() {
            tx.tr("approve-explain-your-clinic")
        } else {
            tx.tr_args("approve-explain", &[("clinic", clinic.into())])
        });
        ui.add_space(8.0);
        let start_here = !focus_is_inside(ui);
        for &field in dialog.fields() {
            let (label, hint) = (field.label(tx), field.hint(tx));
            let input = Field {
                label: &label,
                name: None,
                value: field.value(dialog),
                hint: &hint,
                issue: None,
            };
            let id = egui::Id::unique(("approve-field", field));
            // Start in the first field, so the reviewer can type at once.
            if field == ApproveField::Reviewer && start_here {
                ui.memory_mut(|m| m.request_focus(id));
            }
            if let Some(text) = text_field_ui(ui, input, id) {
                actions.push(Action::SetApproveField(field, text));
            }
        }
        super::approve_translation_ui::back_translation_ui(ui, dialog, actions);
        checklist_ui(ui, dialog, &palette, actions);
    };
    let mut buttons = Vec::new();
    let footer = |ui: &mut egui::Ui| {
        let palette = Palette::for_ui(ui);
        if let Some(error) = &dialog.error {
            ui.add(egui::Label::new(RichText::new(error).color(palette.bad.0)).wrap());
            ui.end_row();
        }
        if ui
            .add(primary_button(&tx.tr("approve-button"), ui))
            .clicked()
        {
            buttons.push(Action::Approve);
        }
        if ui.button(tx.tr("dialog-cancel")).clicked() {
            buttons.push(Action::CloseApprove);
        }
    };
    let id = egui::Id::unique("approve-dialog");
    if dialog_ui(ctx, id, &tx.tr("approve-title"), 560.0, body, footer) {
        buttons.push(Action::CloseApprove);
    }
    actions.extend(buttons);
}

/// The PEMAT-P items only a person can judge, to tick while reviewing. Ticking is
/// a record of what was checked; approving does not need every tick.
fn checklist_ui(
    ui: &mut egui::Ui,
    dialog: &ApproveDialog,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let t = Texts::of_ui(ui);
    ui.add_space(4.0);
    ui.label(RichText::new(t.tr("approve-checklist")).family(bold_family()));
    ui.label(
        RichText::new(t.tr("approve-checklist-explain"))
            .size(12.5)
            .color(palette.muted),
    );
    ui.spacing_mut().item_spacing.y = 2.0;
    for &(number, item) in REVIEWER_ITEMS {
        let mut on = dialog.checked.contains(&number);
        let label = format!("PEMAT-P: {item}");
        let response = ui.checkbox(&mut on, RichText::new(&label).size(13.5));
        if response.changed() {
            actions.push(Action::SetReviewerItem(number, on));
        }
    }
    ui.spacing_mut().item_spacing.y = 8.0;
    ui.add_space(4.0);
}
