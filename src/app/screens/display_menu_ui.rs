//! The Display menu: theme, interface size and the desk's language. The desk
//! language changes only the app's own words; each handout prints in its own
//! language, so the desk can stay in English while a Spanish handout prints.

use egui::RichText;

use crate::app::action::Action;
use crate::app::i18n::{DeskLanguage, Texts};
use crate::app::settings::{ThemeChoice, UI_SCALES};
use crate::app::state::AppState;
use crate::app::theme::Palette;

/// Draws the Display menu's contents.
pub fn display_menu_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let t = Texts::of(state);
    ui.label(RichText::new(t.tr("display-theme")).strong());
    for theme in ThemeChoice::ALL {
        if ui
            .radio(state.settings.theme == theme, theme_label(t, theme))
            .clicked()
        {
            actions.push(Action::SetTheme(theme));
        }
    }
    ui.separator();
    ui.label(RichText::new(t.tr("display-size")).strong());
    for scale in UI_SCALES {
        let selected = (state.settings.ui_scale - scale).abs() < 0.01;
        let label = format!("{:.0}%", scale * 100.0);
        if ui.radio(selected, label).clicked() {
            actions.push(Action::SetUiScale(scale));
        }
    }
    ui.label(
        RichText::new(t.tr("display-size-keys"))
            .size(12.0)
            .color(Palette::for_ui(ui).muted),
    );
    ui.separator();
    desk_language_ui(ui, t, state.settings.desk_language, actions);
    ui.separator();
    shortcuts_ui(ui, t);
}

/// The keys that work everywhere in the desk, so nobody has to guess them.
pub const SHORTCUTS: &[&str] = &[
    "Tab, Shift+Tab",
    "Enter, Space",
    "Escape",
    "Ctrl+F",
    "Ctrl+S",
    "Ctrl+P",
    "Ctrl+Z",
    "Ctrl+Shift+Z",
];

/// What each of [`SHORTCUTS`] does, in the desk's language.
fn shortcut_meaning(t: &Texts, keys: &str) -> String {
    match keys {
        "Tab, Shift+Tab" => t.tr("shortcut-tab"),
        "Enter, Space" => t.tr("shortcut-press"),
        "Escape" => t.tr("shortcut-escape"),
        "Ctrl+F" => t.tr("shortcut-search"),
        "Ctrl+S" => t.tr("shortcut-save"),
        "Ctrl+P" => t.tr("shortcut-print"),
        "Ctrl+Z" => t.tr("shortcut-undo"),
        _ => t.tr("shortcut-redo"),
    }
}

/// The keys of one of [`SHORTCUTS`] as the desk's language names them:
/// "Space" is "Espacio" on a Spanish keyboard; Tab, Ctrl and letters are the same.
fn key_names(t: &Texts, keys: &str) -> String {
    match keys {
        "Enter, Space" => t.tr("keys-enter-space"),
        "Escape" => t.tr("keys-escape"),
        other => other.to_owned(),
    }
}

fn shortcuts_ui(ui: &mut egui::Ui, t: &Texts) {
    ui.label(RichText::new(t.tr("display-keyboard")).strong());
    egui::Grid::new("keyboard-shortcuts")
        .num_columns(2)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            for keys in SHORTCUTS {
                ui.label(RichText::new(key_names(t, keys)).strong().size(12.5));
                ui.label(RichText::new(shortcut_meaning(t, keys)).size(12.5));
                ui.end_row();
            }
        });
}

/// The desk language choice: each language named in itself, so that someone
/// who reads only that one can find it.
fn desk_language_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    current: DeskLanguage,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(t.tr("display-desk-language")).strong());
    for language in DeskLanguage::ALL {
        if ui.radio(current == language, language.name()).clicked() && current != language {
            actions.push(Action::SetDeskLanguage(language));
        }
    }
    ui.label(
        RichText::new(t.tr("display-desk-language-note"))
            .size(12.0)
            .color(Palette::for_ui(ui).muted),
    );
}

fn theme_label(t: &Texts, theme: ThemeChoice) -> String {
    match theme {
        ThemeChoice::System => t.tr("display-theme-system"),
        ThemeChoice::Light => t.tr("display-theme-light"),
        ThemeChoice::Dark => t.tr("display-theme-dark"),
    }
}
