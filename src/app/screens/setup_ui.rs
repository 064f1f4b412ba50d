//! The clinic setup screen: the clinic's name, phone, country and website, then
//! its local resources in the categories the handouts print. Each field says
//! what is wrong beside it once something was typed there (see
//! [`crate::app::setup`]); nothing is saved until "Save clinic details".

use egui::RichText;

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::screens::fill_in_ui::clinic_field_words;
use crate::app::screens::{Field, text_field_ui};
use crate::app::setup::{SetupAction, categories_in_use};
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family, primary_button, section_title_ui};
use crate::problem::{ClinicField, Field as ProfileField, ResourceField};

/// The setup screen's title in English, by which tests find it (drawn from
/// `setup-title`).
pub const SETUP_TITLE: &str = "Set up your clinic";

/// The button that leaves the first-start setup for the example clinic, in
/// English (drawn from `setup-skip`).
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
    let t = Texts::of(state);
    ui.label(
        RichText::new(t.tr("setup-title"))
            .family(bold_family())
            .size(22.0),
    );
    ui.label(t.tr("setup-explain"));
    ui.add_space(12.0);
    let today = state.today();
    let draft = &setup.draft;
    // The setup asks for no address; the website may be left empty.
    let fields = [
        ClinicField::Name,
        ClinicField::Phone,
        ClinicField::Country,
        ClinicField::Website,
    ];
    for field in fields {
        let (label, hint) = clinic_field_words(field);
        let label = if field == ClinicField::Website {
            t.tr("setup-website")
        } else {
            t.tr(label)
        };
        let hint = t.tr(hint);
        let value = draft.text(field).unwrap_or("");
        let input = Field {
            label: &label,
            name: None,
            value,
            hint: &hint,
            issue: setup.issue(ProfileField::Clinic(field), today),
        };
        if let Some(text) = text_field_ui(ui, input, egui::Id::unique(("setup", field))) {
            push(SetupAction::EditClinic(field, text));
        }
    }

    ui.add_space(16.0);
    section_title_ui(ui, &t.tr("setup-resources-heading"));
    ui.label(RichText::new(t.tr("setup-resources-explain")).color(palette.muted));
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
                .button(t.tr_args(
                    "setup-add-category",
                    &[("category", category.label().to_lowercase().into())],
                ))
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
                    t.tr("resource-name"),
                    r.name.as_str(),
                    t.tr("setup-resource-name-hint"),
                ),
                (
                    ResourceField::Phone,
                    t.tr("resource-phone"),
                    r.phone.as_deref().unwrap_or(""),
                    t.tr("resource-phone-hint"),
                ),
            ] {
                let input = Field {
                    label: &label,
                    name: Some(t.tr_args(
                        "resource-field-of",
                        &[
                            ("field", label.as_str().into()),
                            ("name", who.as_str().into()),
                        ],
                    )),
                    value,
                    hint: &hint,
                    issue: setup.issue(ProfileField::Resource(index, field), today),
                };
                let id = egui::Id::unique(("setup-resource", r.id.0, field));
                if added && index + 1 == draft.resources.len() && field == ResourceField::Name {
                    ui.memory_mut(|m| m.request_focus(id));
                    ui.scroll_to_cursor(Some(egui::Align::Center));
                }
                if let Some(text) = text_field_ui(ui, input, id) {
                    push(SetupAction::EditResource(index, field, text));
                }
            }
            if ui
                .button(t.tr("resource-remove"))
                .accessible_name(
                    t.tr_args("resource-remove-name", &[("name", who.as_str().into())]),
                )
                .clicked()
            {
                push(SetupAction::RemoveResource(index));
            }
            ui.add_space(4.0);
        }
    }

    ui.add_space(18.0);
    if setup.tried {
        ui.label(RichText::new(t.tr("setup-fix-red")).color(palette.bad.0));
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .add(primary_button(&t.tr("setup-save"), ui).min_size(egui::vec2(0.0, 34.0)))
            .clicked()
        {
            push(SetupAction::Save);
        }
        let leave = if first_start {
            t.tr("setup-skip")
        } else {
            t.tr("setup-cancel")
        };
        if ui.button(leave).clicked() {
            push(SetupAction::Close);
        }
    });
    if first_start {
        ui.label(
            RichText::new(t.tr("setup-example-note"))
                .size(12.5)
                .color(palette.muted),
        );
    }
}
