//! The fill-in panel (right): what is typed with the patient (for handouts with
//! fill-in sections), then the clinic's details and its local resources, with a
//! message beside each field as the user types.

use std::path::Path;

use egui::{Frame, Margin, RichText, Stroke};

use crate::app::action::Action;
use crate::app::focus::clinic_field_id;
use crate::app::screens::patient_ui::patient_ui;
use crate::app::screens::resources_ui::{ResourcesForm, resources_ui};
use crate::app::screens::{Field, text_field_ui};
use crate::app::state::AppState;
use crate::app::theme::{Palette, badge_ui, bold_family, primary_button, section_title_ui};
use crate::problem::{ClinicField, Field as ProfileField};
use crate::profile::{field_problems, profile_problems};

/// What the fill-in panel remembers between frames.
#[derive(Debug, Default)]
pub struct FillInForm {
    resources: ResourcesForm,
}

/// Draws the fill-in panel.
pub fn fill_in_ui(
    ui: &mut egui::Ui,
    form: &mut FillInForm,
    state: &AppState,
    saved_at: Option<&Path>,
    actions: &mut Vec<Action>,
) {
    let palette = Palette::for_ui(ui);
    if state.using_example_profile() && !state.settings.welcome_dismissed {
        welcome_ui(ui, state, &palette, actions);
        ui.add_space(12.0);
    }
    patient_ui(ui, state, &palette, actions);

    section_title_ui(ui, "Your clinic");
    summary_ui(ui, state, &palette);
    ui.add_space(4.0);
    let profile = &state.profile();
    let fields = [
        (
            ClinicField::Name,
            "Clinic name",
            profile.name.as_str(),
            "e.g. Riverside Community Clinic",
        ),
        (
            ClinicField::Address,
            "Address",
            profile.address.as_deref().unwrap_or(""),
            "Street, town, postcode",
        ),
        (
            ClinicField::Phone,
            "Phone",
            profile.phone.as_deref().unwrap_or(""),
            "e.g. (555) 010-2000",
        ),
        (
            ClinicField::Website,
            "Website",
            profile.website.as_deref().unwrap_or(""),
            "e.g. https://clinic.example",
        ),
        (
            ClinicField::Country,
            "Country code",
            profile.country.as_str(),
            "e.g. US",
        ),
    ];
    for (field, label, value, hint) in fields {
        let input = Field {
            label,
            name: None,
            value,
            hint,
            issue: field_problems(profile, ProfileField::Clinic(field), state.today())
                .into_iter()
                .next(),
        };
        if let Some(text) = text_field_ui(ui, input, clinic_field_id(field)) {
            actions.push(Action::EditClinic(field, text));
        }
    }
    ui.add_space(14.0);

    resources_ui(ui, &mut form.resources, state, &palette, actions);

    if let Some(path) = saved_at {
        ui.add_space(16.0);
        ui.label(
            RichText::new(format!(
                "Saved on this computer as you type, in {}. No patient details are stored.",
                path.display()
            ))
            .size(12.0)
            .color(palette.muted),
        );
    }
}

fn welcome_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette, actions: &mut Vec<Action>) {
    Frame::new()
        .fill(ui.visuals().selection.bg_fill)
        .stroke(Stroke::new(1.0, palette.accent))
        .corner_radius(10)
        .inner_margin(Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new("Welcome to Handout Desk")
                    .family(bold_family())
                    .size(16.0),
            );
            ui.label(format!(
                "The preview shows an example clinic, “{}”. Enter your own clinic's details below: \
                 they go on every handout and stay on this computer.",
                state.profile().name
            ));
            ui.label(
                "Shipped handouts print with a DRAFT mark until a clinician at your clinic \
                 approves them (Approve for patient use…).",
            );
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add(primary_button("Start with a blank profile", ui))
                    .clicked()
                {
                    actions.push(Action::StartBlankProfile);
                }
                if ui.button("Edit the example").clicked() {
                    actions.push(Action::DismissWelcome);
                }
            });
        });
}

fn summary_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette) {
    let all = profile_problems(state.profile(), state.today());
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    let (text, colours) = match (errors, warnings) {
        (0, 0) => ("Everything is filled in".to_owned(), palette.good),
        (0, w) => (format!("{w} detail{} to check", plural(w)), palette.caution),
        (e, _) => (format!("{e} detail{} to fix", plural(e)), palette.bad),
    };
    badge_ui(ui, &text, colours);
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
