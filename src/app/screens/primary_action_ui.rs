//! The clinician view's one large action: Save PDF (the Print button sits
//! beside it when printing lands). A row of its own so each action is one call.

use crate::app::action::Action;
use crate::app::state::AppState;
use crate::app::theme::Palette;

/// The primary action's label; "…" because the save dialog follows.
pub const SAVE_PDF: &str = "Save PDF…";

/// Draws the primary-action row, full width, tall enough to hit at a glance.
/// Returns the Save PDF button, so the panel can give it the focus.
pub fn primary_action_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let ready = state.selected.is_some();
    ui.horizontal(|ui| {
        let size = egui::vec2(ui.available_width(), 40.0);
        let palette = Palette::for_ui(ui);
        let button = egui::Button::new(
            egui::RichText::new(SAVE_PDF)
                .size(17.0)
                .strong()
                .color(palette.on_accent),
        )
        .fill(palette.accent)
        .min_size(size);
        let save = ui
            .add_enabled(ready, button)
            .on_hover_text("Save this handout as a print-ready PDF (Ctrl+S)");
        if save.clicked() {
            actions.push(Action::OpenExport);
        }
        save
    })
    .inner
}
