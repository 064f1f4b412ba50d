//! The desk app's screens. Each draws from the state it is given and pushes
//! [`crate::app::action::Action`]s; none changes the state itself.

pub mod approve_translation_ui;
pub mod approve_ui;
pub mod changes_ui;
pub mod clinic_ui;
pub mod clinician_ui;
pub mod dialog;
pub mod display_menu_ui;
pub mod editor_ui;
pub mod export_ui;
pub mod fill_in_ui;
pub mod language_badge_ui;
pub mod library_ui;
pub mod names;
pub mod patient_ui;
pub mod preview_ui;
pub mod primary_action_ui;
pub mod print_ui;
pub mod quality_ui;
pub mod resources_ui;
pub mod setup_ui;
pub mod status_bar_ui;
pub mod to_fix_ui;
pub mod top_bar_ui;
#[cfg(test)]
mod untranslated;
pub mod view_switch_ui;

use egui::RichText;

use crate::app::i18n::Texts;
use crate::app::theme::Palette;
use crate::problem::{Problem, Severity};

/// A one-line text field under its visible label, with its message below it.
/// Returns the new text when the user changed it.
pub struct Field<'a> {
    /// The visible label, e.g. "Phone".
    pub label: &'a str,
    /// The accessible name when the label alone is ambiguous, e.g.
    /// "Phone of Riverside Crisis Team"; `None` uses the visible label.
    pub name: Option<String>,
    /// The current value.
    pub value: &'a str,
    /// Faint example text shown while the field is empty.
    pub hint: &'a str,
    /// The field's problem, if any.
    pub issue: Option<Problem>,
}

/// Draws a [`Field`]; returns the new text when the user changed it.
pub fn text_field_ui(ui: &mut egui::Ui, field: Field<'_>, id: egui::Id) -> Option<String> {
    let label = ui.label(RichText::new(field.label).size(13.0).strong());
    let mut text = field.value.to_owned();
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id(id)
            .hint_text(field.hint)
            .desired_width(f32::INFINITY),
    );
    let response = match field.name {
        Some(name) => response.accessible_name(name),
        None => response.labelled_by(label.id),
    };
    let issue = field.issue.as_ref();
    if let Some(issue) = issue {
        let palette = Palette::for_ui(ui);
        let colour = match issue.severity {
            Severity::Error => palette.bad.0,
            Severity::Warning => palette.caution.0,
        };
        ui.painter().rect_stroke(
            response.rect,
            6,
            egui::Stroke::new(1.5, colour),
            egui::StrokeKind::Inside,
        );
        issue_ui(ui, issue);
    }
    ui.add_space(2.0);
    response.changed().then_some(text)
}

/// A field's problem, in the colour of its severity: what to do (its hint),
/// as a sentence. The field itself shows what was typed.
pub fn issue_ui(ui: &mut egui::Ui, issue: &Problem) {
    let palette = Palette::for_ui(ui);
    let (id, colour) = match issue.severity {
        Severity::Error => ("editor-fix", palette.bad.0),
        Severity::Warning => ("editor-check", palette.caution.0),
    };
    let advice = issue.hint.as_deref().unwrap_or(&issue.message);
    let text = Texts::of_ui(ui).tr_args(id, &[("problem", sentence(advice).into())]);
    ui.label(RichText::new(text).size(12.5).color(colour));
}

/// `text` with a capital first letter and a full stop.
pub fn sentence(text: &str) -> String {
    let mut chars = text.trim().chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out: String = first.to_uppercase().chain(chars).collect();
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}
