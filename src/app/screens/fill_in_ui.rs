//! The fill-in panel (right): what is typed with the patient (for handouts with
//! fill-in sections), then the clinic's details and its local resources, with a
//! message beside each field as the user types.

use std::path::Path;

use egui::{Frame, Margin, RichText, Stroke};

use crate::app::action::Action;
use crate::app::i18n::Texts;
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
    let t = Texts::of(state);
    if state.using_example_profile() && !state.settings.welcome_dismissed {
        welcome_ui(ui, state, &palette, actions);
        ui.add_space(12.0);
    }
    patient_ui(ui, state, &palette, actions);

    section_title_ui(ui, &t.tr("clinic-heading"));
    summary_ui(ui, state, &palette);
    ui.add_space(4.0);
    let profile = &state.profile();
    let fields = [
        (
            ClinicField::Name,
            t.tr("clinic-name"),
            profile.name.as_str(),
            t.tr("clinic-name-hint"),
        ),
        (
            ClinicField::Address,
            t.tr("clinic-address"),
            profile.address.as_deref().unwrap_or(""),
            t.tr("clinic-address-hint"),
        ),
        (
            ClinicField::Phone,
            t.tr("clinic-phone"),
            profile.phone.as_deref().unwrap_or(""),
            t.tr("clinic-phone-hint"),
        ),
        (
            ClinicField::Website,
            t.tr("clinic-website"),
            profile.website.as_deref().unwrap_or(""),
            t.tr("clinic-website-hint"),
        ),
        (
            ClinicField::Country,
            t.tr("clinic-country"),
            profile.country.as_str(),
            t.tr("clinic-country-hint"),
        ),
    ];
    for (field, label, value, hint) in fields {
        let input = Field {
            label: &label,
            name: None,
            value,
            hint: &hint,
            issue: field_problems(profile, ProfileField::Clinic(field), state.today())
                .into_iter()
                .next(),
        };
        if let Some(text) = text_field_ui(ui, input, egui::Id::unique(("clinic", field.key()))) {
            actions.push(Action::EditClinic(field, text));
        }
    }
    ui.add_space(14.0);

    resources_ui(ui, &mut form.resources, state, &palette, actions);

    if let Some(path) = saved_at {
        ui.add_space(16.0);
        ui.label(
            RichText::new(t.tr_args(
                "clinic-saved-in",
                &[("path", path.display().to_string().into())],
            ))
            .size(12.0)
            .color(palette.muted),
        );
    }
}

fn welcome_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette, actions: &mut Vec<Action>) {
    let t = Texts::of(state);
    Frame::new()
        .fill(ui.visuals().selection.bg_fill)
        .stroke(Stroke::new(1.0, palette.accent))
        .corner_radius(10)
        .inner_margin(Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(t.tr("welcome-heading"))
                    .family(bold_family())
                    .size(16.0),
            );
            ui.label(t.tr_args(
                "welcome-example",
                &[("clinic", state.profile().name.as_str().into())],
            ));
            ui.label(t.tr("welcome-draft"));
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                if ui.add(primary_button(&t.tr("welcome-blank"), ui)).clicked() {
                    actions.push(Action::StartBlankProfile);
                }
                if ui.button(t.tr("welcome-edit-example")).clicked() {
                    actions.push(Action::DismissWelcome);
                }
            });
        });
}

fn summary_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette) {
    let all = profile_problems(state.profile(), state.today());
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    let t = Texts::of(state);
    let (text, colours) = match (errors, warnings) {
        (0, 0) => (t.tr("clinic-all-filled"), palette.good),
        (0, w) => (
            t.tr_args("clinic-to-check", &[("count", w.into())]),
            palette.caution,
        ),
        (e, _) => (
            t.tr_args("clinic-to-fix", &[("count", e.into())]),
            palette.bad,
        ),
    };
    badge_ui(ui, &text, colours);
}
