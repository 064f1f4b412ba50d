//! The top bar: the app's name, the chosen handout, display settings and the
//! export button.

use egui::RichText;

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::screens::clinic_ui::clinic_menu_ui;
use crate::app::screens::display_menu_ui::display_menu_ui;
use crate::app::screens::print_ui::print_button;
use crate::app::screens::view_switch_ui::view_switch_ui;
use crate::app::settings::DeskView;
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family, primary_button};
use crate::template::TemplateOrigin;

/// Draws the top bar: the app's name and the chosen handout on the left, the
/// handout's buttons on the right.
///
/// Everything is added left to right, the order Tab follows; the right-hand
/// group is pushed over by its width as last drawn (egui's right-to-left
/// layouts would add, and so tab through, the buttons in reverse). When the
/// window is too narrow, or the text too large, the group wraps onto a row of
/// its own instead of overlapping the title.
pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let lead = state.settings.view == DeskView::Lead;
    // The two button groups' widths as last drawn: the lead's tools, then
    // the menus and actions. When both do not fit on one row, each gets its
    // own row.
    let tools_id = egui::Id::unique("top-bar-tools-width");
    let actions_id = egui::Id::unique("top-bar-actions-width");
    let tools_width: f32 = ui.data(|d| d.get_temp(tools_id)).unwrap_or(0.0);
    let actions_width: f32 = ui.data(|d| d.get_temp(actions_id)).unwrap_or(0.0);
    let spacing = ui.spacing().item_spacing.x;
    let one_row = if lead {
        tools_width + spacing + actions_width
    } else {
        actions_width
    };
    let split = lead && one_row > ui.max_rect().width();
    let buttons_width = if split {
        tools_width.max(actions_width)
    } else {
        one_row
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new("Handout Desk")
                .family(bold_family())
                .size(18.0)
                .color(palette.accent),
        );
        if let Some(t) = state.selected_template() {
            ui.label(RichText::new("/").color(palette.muted));
            let room = rest_of_row(ui) - buttons_width - 2.0 * ui.spacing().item_spacing.x;
            ui.scope(|ui| {
                ui.set_max_width(room.max(120.0));
                ui.add(egui::Label::new(RichText::new(&t.template.title).size(15.0)).truncate());
            });
        }
        ui.separator();
        view_switch_ui(ui, state, actions);
        let first_width = if split { tools_width } else { one_row };
        if rest_of_row(ui) < first_width + 1.0 {
            ui.end_row();
        }
        push_right(ui, first_width);
        let t = Texts::of(state);
        // The lead's tools; the clinician view keeps to finding and printing.
        let tools = lead.then(|| {
            ui.horizontal(|ui| {
                clinic_buttons_ui(ui, state, actions);
                ui.menu_button(t.tr("top-clinic-menu"), |ui| clinic_menu_ui(ui, actions))
                    .response
                    .on_hover_text(t.tr("top-clinic-menu-hover"));
                // The buttons' own extent: the group's response is cut to the room it had.
                ui.min_rect().width()
            })
            .inner
        });
        if split {
            ui.end_row();
            push_right(ui, actions_width);
        }
        let menus = ui.horizontal(|ui| {
            ui.menu_button(t.tr("display-menu"), |ui| {
                display_menu_ui(ui, state, actions)
            })
            .response
            .on_hover_text(t.tr("top-display-hover"));
            // The clinician view has its own large Print and Save PDF in the side panel.
            if lead {
                let export = ui
                    .add_enabled(
                        state.selected.is_some(),
                        primary_button(&t.tr("top-export-pdf"), ui),
                    )
                    .on_hover_text(t.tr("action-save-pdf-hover"));
                if export.clicked() {
                    actions.push(Action::OpenExport);
                }
                actions.extend(print_button(ui, state.selected.is_some()));
            }
            ui.min_rect().width()
        });
        let measured = [
            (tools_id, tools.unwrap_or(0.0), tools_width),
            (actions_id, menus.inner, actions_width),
        ];
        if measured.iter().any(|(_, now, was)| (now - was).abs() > 0.5) {
            ui.data_mut(|d| {
                for (id, now, _) in measured {
                    d.insert_temp(id, now);
                }
            });
            ui.ctx()
                .request_discard("the top bar's buttons were measured");
        }
    });
}

/// Pushes what follows to the right edge of the row, `width` wide.
fn push_right(ui: &mut egui::Ui, width: f32) {
    let gap = rest_of_row(ui) - width - 1.0;
    if gap > 0.0 {
        ui.add_space(gap);
    }
}

/// The room left on the current row (a wrapping layout's `available_width`
/// is the whole row's).
fn rest_of_row(ui: &egui::Ui) -> f32 {
    ui.max_rect().right() - ui.cursor().min.x
}

/// Edit, adapt and approve the chosen template, left to right.
fn clinic_buttons_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(t) = state.selected_template() else {
        return;
    };
    let texts = Texts::of(state);
    let mut on = state.editor.on;
    if ui
        .toggle_value(&mut on, texts.tr("top-edit-blocks"))
        .on_hover_text(texts.tr("top-edit-blocks-hover"))
        .clicked()
    {
        actions.push(Action::SetEditBlocks(on));
    }
    if t.origin != TemplateOrigin::Clinic
        && ui
            .button(texts.tr("top-adapt"))
            .on_hover_text(texts.tr("top-adapt-hover"))
            .clicked()
    {
        actions.push(Action::AdaptSelected);
    }
    if ui
        .button(texts.tr("top-approve"))
        .on_hover_text(texts.tr("top-approve-hover"))
        .clicked()
    {
        actions.push(Action::OpenApprove);
    }
    ui.separator();
}
