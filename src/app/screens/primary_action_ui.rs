//! The clinician view's main actions: Print, large, with Save PDF beside it.
//! A row of its own so each action is one call.

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::state::AppState;
use crate::app::theme::Palette;

/// The Save PDF button's label in English, the desk's default language, by
/// which tests find it (drawn from `action-save-pdf`); "…" because the save
/// dialog follows.
pub const SAVE_PDF: &str = "Save PDF…";

/// The Print button's label in English (drawn from `action-print`); "…"
/// because the printer choice follows.
pub const PRINT: &str = "Print…";

/// Draws the action row, full width and tall enough to hit at a glance:
/// Print takes most of the row (paper in the patient's hand is the usual
/// aim), Save PDF sits beside it. Where the two labels do not fit side by side
/// (large text, longer words in Spanish), Print goes above Save PDF, each the
/// panel's width, rather than cutting a label off. Returns the Save PDF
/// button, so the panel can give it the focus.
pub fn primary_action_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let ready = state.selected.is_some();
    let t = Texts::of(state);
    let palette = Palette::for_ui(ui);
    let print_text = egui::RichText::new(t.tr("action-print"))
        .size(17.0)
        .strong()
        .color(palette.on_accent);
    let save_text = egui::RichText::new(t.tr("action-save-pdf")).size(16.0);
    let gap = ui.spacing().item_spacing.x;
    let whole = ui.available_width();
    let print_needs = label_width(ui, &print_text);
    let save_needs = label_width(ui, &save_text);
    let side_by_side = print_needs + gap + save_needs <= whole;
    let print_width = if side_by_side {
        ((whole - gap) * 0.55).clamp(print_needs, whole - gap - save_needs)
    } else {
        whole
    };
    let draw = |ui: &mut egui::Ui| {
        let print = egui::Button::new(print_text)
            .fill(palette.accent)
            .min_size(egui::vec2(print_width, 40.0));
        if ui
            .add_enabled(ready, print)
            .on_hover_text(t.tr("action-print-hover"))
            .clicked()
        {
            actions.push(Action::OpenPrint);
        }
        let save = egui::Button::new(save_text).min_size(egui::vec2(ui.available_width(), 40.0));
        let save = ui
            .add_enabled(ready, save)
            .on_hover_text(t.tr("action-save-pdf-hover"));
        if save.clicked() {
            actions.push(Action::OpenExport);
        }
        save
    };
    if side_by_side {
        ui.horizontal(draw).inner
    } else {
        ui.vertical(draw).inner
    }
}

/// The width a button needs for `text` on one line, padding included.
fn label_width(ui: &egui::Ui, text: &egui::RichText) -> f32 {
    let galley = egui::WidgetText::from(text.clone()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    galley.size().x + 2.0 * ui.spacing().button_padding.x
}
