//! The switch between the clinician's view and the clinic lead's: one control
//! in the top bar, always visible, remembered in the settings.

use crate::app::action::Action;
use crate::app::settings::DeskView;
use crate::app::state::AppState;

/// Draws "Clinician view | Lead view"; each half is its own selectable control
/// named by its words.
pub fn view_switch_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let current = state.settings.view;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for view in DeskView::ALL {
            let hint = match view {
                DeskView::Clinician => "Pick a handout, choose what to include, save the PDF",
                DeskView::Lead => {
                    "Quality checks, editing, approval, sharing, packs and the handout log"
                }
            };
            let response = ui
                .selectable_label(current == view, view.label())
                .on_hover_text(hint);
            if response.clicked() && current != view {
                actions.push(Action::SetView(view));
            }
        }
    });
}
