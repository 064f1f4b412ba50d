//! The approve dialog's part for a translated handout: whether the text was
//! back-translated. (The translator's name is one of the dialog's fields.)
//! Kept apart from `approve_ui.rs` so that the dialog itself barely changes.

use egui::RichText;

use crate::app::action::Action;
use crate::app::approve::ApproveDialog;
use crate::app::i18n::Texts;

/// Says that a translation needs a translator's check, and ticks whether it
/// was back-translated; draws nothing for an English handout.
pub fn back_translation_ui(ui: &mut egui::Ui, dialog: &ApproveDialog, actions: &mut Vec<Action>) {
    if !dialog.is_translation() {
        return;
    }
    let t = Texts::of_ui(ui);
    ui.label(RichText::new(t.tr("approve-translation-explain")).size(12.5));
    let mut on = dialog.back_translated;
    if ui
        .checkbox(&mut on, t.tr("approve-back-translated"))
        .changed()
    {
        actions.push(Action::SetBackTranslated(on));
    }
}
