//! The status bar: the latest messages, each with its buttons, fading out as
//! their time runs out (see [`crate::app::notices`]).

use egui::{Frame, Margin, RichText};

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::state::{AppState, MessageKind};
use crate::app::theme::Palette;

/// Draws the status bar.
pub fn status_bar_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    if state.messages.is_empty() {
        ui.label(
            RichText::new(Texts::of(state).tr("status-ready"))
                .size(12.5)
                .color(palette.muted),
        );
        return;
    }
    let now = ui.input(|i| i.time);
    for (n, message) in state.messages.iter().enumerate() {
        let (fg, bg) = match message.kind {
            MessageKind::Info => (ui.visuals().text_color(), ui.visuals().faint_bg_color),
            MessageKind::Success => palette.good,
            MessageKind::Warning => palette.caution,
            MessageKind::Error => palette.bad,
        };
        ui.scope(|ui| {
            ui.set_opacity(message.opacity(now));
            Frame::new()
                .fill(bg)
                .corner_radius(6)
                .inner_margin(Margin::symmetric(10, 4))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(&message.text).color(fg));
                        message_buttons_ui(ui, state, n, actions);
                    });
                });
        });
    }
}

fn message_buttons_ui(ui: &mut egui::Ui, state: &AppState, n: usize, actions: &mut Vec<Action>) {
    let t = Texts::of(state);
    let message = &state.messages[n];
    if let Some(path) = &message.open_path
        && ui.button(t.tr("status-open-pdf")).clicked()
    {
        actions.push(Action::OpenFile(path.clone()));
    }
    if let Some(folder) = &message.show_folder
        && ui
            .button(t.tr("status-show-folder"))
            .on_hover_text(folder.display().to_string())
            .clicked()
    {
        actions.push(Action::ShowFolder(folder.clone()));
    }
    if message.offers_undo
        && state.removed.is_some()
        && ui
            .button(t.tr("status-undo"))
            .on_hover_text(t.tr("status-undo-hover"))
            .clicked()
    {
        actions.push(Action::UndoRemoveResource);
    }
    if ui
        .button(t.tr("status-dismiss"))
        .accessible_name(t.tr_args("status-dismiss-name", &[("number", (n + 1).into())]))
        .clicked()
    {
        actions.push(Action::DismissMessage(n));
    }
}
