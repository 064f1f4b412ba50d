//! The switch between the clinician's view and the clinic lead's: one control
//! in the top bar, always visible, remembered in the settings.

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::settings::DeskView;
use crate::app::state::AppState;

/// Draws "Clinician view | Lead view"; each half is its own selectable control
/// named by its words.
pub fn view_switch_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let t = Texts::of(state);
    let current = state.settings.view;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for view in DeskView::ALL {
            let (label, hint) = match view {
                DeskView::Clinician => (t.tr("view-clinician"), t.tr("view-clinician-hover")),
                DeskView::Lead => (t.tr("view-lead"), t.tr("view-lead-hover")),
            };
            let response = ui
                .selectable_label(current == view, label)
                .on_hover_text(hint);
            if response.clicked() && current != view {
                actions.push(Action::SetView(view));
            }
        }
    });
}
