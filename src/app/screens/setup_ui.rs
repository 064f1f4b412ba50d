//! The clinic setup screen: the clinic's name, phone, country and website, then
//! its local resources in the categories the handouts print. Each field says
//! what is wrong beside it once something was typed there (see
//! [`crate::app::setup`]); nothing is saved until "Save clinic details".

use egui::RichText;

use crate::app::action::Action;
use crate::app::screens::{Field, text_field_ui};
use crate::app::setup::{SetupAction, categories_in_use};
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family, primary_button, section_title_ui};
use crate::problem::{ClinicField, Field as ProfileField, ResourceField};

/// The setup screen's title.
pub const SETUP_TITLE: &str = "Set up your clinic";

/// The button that leaves the first-start setup for the example clinic.
pub const SKIP: &str = "Skip — look around with the example clinic";

/// Draws the setup screen, a centred column that scrolls.
pub fn setup_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let mut push = |a: SetupAction| actions.push(Action::Setup(a));
    egui::ScrollArea::vertical()
        .id_salt("setup-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = (ui.available_width() - 32.0).clamp(200.0, 640.0);
            let side = ((ui.available_width() - width) / 2.0).max(16.0);
            ui.horizontal_top(|ui| {
                ui.add_space(side);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    ui.add_space(20.0);
                    column_ui(ui, state, &palette, &mut push);
                    ui.add_space(20.0);
                });
            });
        });
}

fn column_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    palette: &Palette,
    push: &mut impl FnMut(SetupAction),
) {
    let setup = &state.setup;
    let first_start = state.using_example_profile();
    ui.label(RichText::new(SETUP_TITLE).family(bold_family()).size(22.0));
    ui.label(
        "These details go on every handout you give. They stay on this computer; \
         nothing about a patient is ever stored.",
    );
    ui.add_space(12.0);
    let today = state.today();
    let draft = &setup.draft;
    let fields = [
        (
            ClinicField::Name,
            "Clinic name",
            draft.name.as_str(),
            "e.g. Riverside Community Clinic",
        ),
        (
            ClinicField::Phone,
            "Phone",
            draft.phone.as_deref().unwrap_or(""),
            "e.g. (555) 010-2000",
        ),
        (
            ClinicField::Country,
            "Country code",
            draft.country.as_str(),
            "e.g. US",
        ),
        (
            ClinicField::Website,
            "Website (optional)",
            draft.website.as_deref().unwrap_or(""),
            "e.g. https://clinic.example",
        ),
    ];
    for (field, label, value, hint) in fields {
        let input = Field {
            label,
            name: None,
            value,
            hint,
            issue: setup.issue(ProfileField::Clinic(field), today),
        };
        if let Some(text) = text_field_ui(ui, input, egui::Id::unique(("setup", label))) {
            push(SetupAction::EditClinic(field, text));
        }
    }

    ui.add_space(16.0);
    section_title_ui(ui, "Add your local resources");
    ui.label(
        RichText::new(
            "The places your handouts send people to. Add one or two now; \
             the clinic lead can add hours, addresses and notes later.",
        )
        .color(palette.muted),
    );
    // A resource just added gets the focus (and is scrolled to), so typing goes there.
    let count_id = egui::Id::unique("setup-resource-count");
    let before = ui.data(|d| d.get_temp::<usize>(count_id));
    ui.data_mut(|d| d.insert_temp(count_id, draft.resources.len()));
    let added = before.is_some_and(|n| n < draft.resources.len());
    for category in categories_in_use(state) {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(category.label())
                    .family(bold_family())
                    .size(14.5),
            );
            if ui
                .button(format!("Add {}", category.label().to_lowercase()))
                .clicked()
            {
                push(SetupAction::AddResource(category));
            }
        });
        let members =
            (0..draft.resources.len()).filter(|&i| draft.resources[i].category == category);
        for (n, index) in members.enumerate() {
            let r = &draft.resources[index];
            let who = format!("{} {}", category.label(), n + 1);
            for (field, label, value, hint) in [
                (
                    ResourceField::Name,
                    "Name",
                    r.name.as_str(),
                    "as patients know it",
                ),
                (
                    ResourceField::Phone,
                    "Phone",
                    r.phone.as_deref().unwrap_or(""),
                    "e.g. (555) 010-2100",
                ),
            ] {
                let input = Field {
                    label,
                    name: Some(format!("{label} of {who}")),
                    value,
                    hint,
                    issue: setup.issue(ProfileField::Resource(index, field), today),
                };
                let id = egui::Id::unique(("setup-resource", r.id.0, label));
                if added && index + 1 == draft.resources.len() && field == ResourceField::Name {
                    ui.memory_mut(|m| m.request_focus(id));
                    ui.scroll_to_cursor(Some(egui::Align::Center));
                }
                if let Some(text) = text_field_ui(ui, input, id) {
                    push(SetupAction::EditResource(index, field, text));
                }
            }
            if ui
                .button("Remove")
                .accessible_name(format!("Remove {who}"))
                .clicked()
            {
                push(SetupAction::RemoveResource(index));
            }
            ui.add_space(4.0);
        }
    }

    ui.add_space(18.0);
    if setup.tried {
        ui.label(RichText::new("Fix the details marked in red, then save.").color(palette.bad.0));
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .add(primary_button("Save clinic details", ui).min_size(egui::vec2(0.0, 34.0)))
            .clicked()
        {
            push(SetupAction::Save);
        }
        let leave = if first_start { SKIP } else { "Cancel" };
        if ui.button(leave).clicked() {
            push(SetupAction::Close);
        }
    });
    if first_start {
        ui.label(
            RichText::new(
                "The example clinic's handouts say “EXAMPLE — not a real clinic” on every page. \
                 Shipped handouts print with a DRAFT mark until a clinician at your clinic \
                 approves them (Lead view, Approve for patient use…).",
            )
            .size(12.5)
            .color(palette.muted),
        );
    }
}
