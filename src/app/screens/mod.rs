//! The desk app's screens. Each draws from the state it is given and pushes
//! [`crate::app::action::Action`]s; none changes the state itself.

pub mod approve_ui;
pub mod changes_ui;
pub mod clinic_ui;
pub mod editor_ui;
pub mod export_ui;
pub mod fill_in_ui;
pub mod library_ui;
pub mod patient_ui;
pub mod preview_ui;
pub mod quality_ui;
pub mod resources_ui;
pub mod top_bar_ui;

use egui::RichText;

use crate::app::theme::Palette;
use crate::app::validation::{Issue, IssueLevel};

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
    pub issue: Option<Issue>,
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
        let colour = match issue.level {
            IssueLevel::Error => palette.bad.0,
            IssueLevel::Warning => palette.caution.0,
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

/// A field's message, in the colour of its level.
pub fn issue_ui(ui: &mut egui::Ui, issue: &Issue) {
    let palette = Palette::for_ui(ui);
    let (prefix, colour) = match issue.level {
        IssueLevel::Error => ("Fix: ", palette.bad.0),
        IssueLevel::Warning => ("Check: ", palette.caution.0),
    };
    ui.label(
        RichText::new(format!("{prefix}{}", issue.message))
            .size(12.5)
            .color(colour),
    );
}
