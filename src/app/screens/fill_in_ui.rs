//! The fill-in panel (right): what is typed with the patient (for handouts with
//! fill-in sections), then the clinic's details and its local resources, with a
//! message beside each field as the user types.

use std::path::Path;

use egui::RichText;

use crate::app::action::Action;
use crate::app::focus::clinic_field_id;
use crate::app::i18n::Texts;
use crate::app::screens::patient_ui::patient_ui;
use crate::app::screens::resources_ui::{ResourcesForm, resources_ui};
use crate::app::screens::{Field, text_field_ui};
use crate::app::state::AppState;
use crate::app::theme::{Palette, badge_ui, section_title_ui};
use crate::problem::{ClinicField, Field as ProfileField, Problem};
use crate::profile::{field_problems, profile_problems};

/// What the fill-in panel remembers between frames.
#[derive(Debug, Default)]
pub struct FillInForm {
    resources: ResourcesForm,
}

/// The ids of a clinic detail's label and of the example shown in its empty
/// field, for every form that edits the clinic (this panel and the setup).
pub fn clinic_field_words(field: ClinicField) -> (&'static str, &'static str) {
    match field {
        ClinicField::Name => ("clinic-name", "clinic-name-hint"),
        ClinicField::Country => ("clinic-country", "clinic-country-hint"),
        ClinicField::Address => ("clinic-address", "clinic-address-hint"),
        ClinicField::Phone => ("clinic-phone", "clinic-phone-hint"),
        ClinicField::Website => ("clinic-website", "clinic-website-hint"),
    }
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
    patient_ui(ui, state, &palette, actions);

    section_title_ui(ui, &t.tr("clinic-heading"));
    summary_ui(ui, state, &palette);
    ui.add_space(4.0);
    let profile = &state.profile();
    let fields = [
        ClinicField::Name,
        ClinicField::Address,
        ClinicField::Phone,
        ClinicField::Website,
        ClinicField::Country,
    ];
    let needed = handout_needs(state);
    for field in fields {
        let (label, hint) = clinic_field_words(field);
        let (label, hint) = (t.tr(label), t.tr(hint));
        let value = profile.text(field).unwrap_or("");
        let at = ProfileField::Clinic(field);
        let issue = field_problems(profile, at, state.today())
            .into_iter()
            .next()
            .or_else(|| needed.iter().find(|p| p.field() == Some(at)).cloned());
        let input = Field {
            label: &label,
            name: None,
            value,
            hint: &hint,
            issue,
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
            RichText::new(t.tr_args(
                "clinic-saved-in",
                &[("path", path.display().to_string().into())],
            ))
            .size(12.0)
            .color(palette.muted),
        );
    }
}

/// What the chosen handout's pre-flight finds in the clinic's details (e.g.
/// it prints the clinic's phone, and there is none): the desk's own checks
/// before an export, so the form never calls ready what an export refuses.
fn handout_needs(state: &AppState) -> Vec<Problem> {
    let Some(view) = state
        .selected
        .as_ref()
        .and_then(|key| state.quality.view_of(key))
    else {
        return Vec::new();
    };
    view.preflight
        .problems
        .iter()
        .filter(|p| {
            matches!(
                p.field(),
                Some(ProfileField::Clinic(_) | ProfileField::Resource(..))
            )
        })
        .cloned()
        .collect()
}

fn summary_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette) {
    let mut all = profile_problems(state.profile(), state.today());
    for needed in handout_needs(state) {
        if !all.contains(&needed) {
            all.push(needed);
        }
    }
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
