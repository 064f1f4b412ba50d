//! The top bar: the app's name, the chosen handout, display settings and the
//! export button.

use egui::{Align, Layout, RichText};

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::screens::clinic_ui::clinic_menu_ui;
use crate::app::screens::display_menu_ui::display_menu_ui;
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family, primary_button};
use crate::template::TemplateOrigin;

/// Draws the top bar.
pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new("Handout Desk")
                .family(bold_family())
                .size(18.0)
                .color(palette.accent),
        );
        if let Some(t) = state.selected_template() {
            ui.label(RichText::new("/").color(palette.muted));
            ui.label(RichText::new(&t.template.title).size(15.0));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let export = ui
                .add_enabled(state.selected.is_some(), primary_button("Export PDF…", ui))
                .on_hover_text("Save this handout as a print-ready PDF (Ctrl+S)");
            if export.clicked() {
                actions.push(Action::OpenExport);
            }
            ui.menu_button(Texts::of(state).tr("display-menu"), |ui| {
                display_menu_ui(ui, state, actions)
            });
            ui.menu_button("Clinic", |ui| clinic_menu_ui(ui, actions));
            clinic_buttons_ui(ui, state, actions);
        });
    });
}

/// Approve, adapt and edit the chosen template (drawn right to left).
fn clinic_buttons_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(t) = state.selected_template() else {
        return;
    };
    ui.separator();
    if ui
        .button("Approve for patient use…")
        .on_hover_text("A clinician at your clinic signs off this exact text, so it prints without the DRAFT mark")
        .clicked()
    {
        actions.push(Action::OpenApprove);
    }
    if t.origin != TemplateOrigin::Clinic
        && ui
            .button("Adapt for my clinic")
            .on_hover_text("Make your clinic's own copy of this handout, which you can edit")
            .clicked()
    {
        actions.push(Action::AdaptSelected);
    }
    let mut on = state.editor.on;
    if ui
        .toggle_value(&mut on, "Edit blocks")
        .on_hover_text("Edit the handout's text block by block (clinic copies only)")
        .clicked()
    {
        actions.push(Action::SetEditBlocks(on));
    }
}
