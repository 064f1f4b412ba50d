//! Local resources in the fill-in panel: by category, each with an include
//! tick for this handout, its details, its "last checked" date, and buttons to
//! reorder or remove it.

use std::collections::{BTreeSet, HashMap, HashSet};

use egui::{Margin, RichText};

use crate::app::action::Action;
use crate::app::focus::{focus_in_resource, resource_field_id};
use crate::app::i18n::Texts;
use crate::app::screens::{Field, issue_ui, text_field_ui};
use crate::app::state::AppState;
use crate::app::theme::{Palette, badge_ui, bold_family, section_title_ui};
use crate::date::Date;
use crate::problem::{Field as ProfileField, Problem, ResourceField};
use crate::profile::{ClinicProfile, Freshness, LocalResource, field_problems};
use crate::template::{Block, ResourceCategory};

/// What the resource list remembers between frames: dates being typed that do
/// not parse yet, which resources are open for editing, and the category picked
/// for the next new resource.
#[derive(Debug, Default)]
pub struct ResourcesForm {
    date_drafts: HashMap<u64, String>,
    /// Cards showing their fields. A card stays open until its toggle closes
    /// it: never because of what was typed, or typing would close it.
    open: HashSet<u64>,
    new_category: Option<ResourceCategory>,
    /// How many resources there were when "Add resource" was pressed: the
    /// one after them is the new one, once the action has added it.
    adding_after: Option<usize>,
    /// The resource just added, to scroll to and type into.
    just_added: Option<u64>,
}

fn used_categories(state: &AppState) -> BTreeSet<ResourceCategory> {
    state
        .selected_template()
        .map(|t| {
            t.template
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Resources { category, .. } => Some(*category),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Draws the local resources section.
pub fn resources_ui(
    ui: &mut egui::Ui,
    form: &mut ResourcesForm,
    state: &AppState,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let t = Texts::of(state);
    section_title_ui(ui, &t.tr("resources-heading"));
    ui.label(
        RichText::new(t.tr("resources-explain"))
            .size(12.5)
            .color(palette.muted),
    );
    let used = used_categories(state);
    let excluded = state.options().excluded_resources;
    let resources = &state.profile().resources;
    // The new card opens at once, so its fields are there to type into.
    if let Some(added) = form.adding_after.and_then(|n| resources.get(n)) {
        form.adding_after = None;
        form.open.insert(added.id.0);
        form.just_added = Some(added.id.0);
    }
    // Categories this handout prints come first.
    let mut order: Vec<ResourceCategory> = ResourceCategory::ALL.to_vec();
    order.sort_by_key(|c| !used.contains(c));
    for category in order {
        let members: Vec<usize> = (0..resources.len())
            .filter(|&i| resources[i].category == category)
            .collect();
        if members.is_empty() {
            continue;
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(t.category(category))
                    .family(bold_family())
                    .size(14.5),
            );
            let note = if used.contains(&category) {
                t.tr("resources-on-handout")
            } else {
                t.tr("resources-not-used")
            };
            ui.label(RichText::new(note).size(12.0).color(palette.muted));
        });
        for (position, &index) in members.iter().enumerate() {
            let key = resources[index].id.0;
            let place = Place {
                profile: state.profile(),
                index,
                key,
                first: position == 0,
                last: position + 1 == members.len(),
                included: !excluded.contains(&resources[index].id),
                today: state.today(),
            };
            resource_card_ui(ui, form, &resources[index], place, palette, actions);
        }
    }
    ui.add_space(10.0);
    ui.horizontal_wrapped(|ui| {
        let category = form.new_category.unwrap_or(ResourceCategory::CrisisLine);
        let label = ui.label(t.tr("resources-new-in"));
        egui::ComboBox::from_id_salt("new-resource-category")
            .selected_text(t.category(category))
            .show_ui(ui, |ui| {
                for c in ResourceCategory::ALL {
                    if ui.selectable_label(c == category, t.category(c)).clicked() {
                        form.new_category = Some(c);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if ui.button(t.tr("resources-add")).clicked() {
            form.adding_after = Some(state.profile().resources.len());
            actions.push(Action::AddResource(category));
        }
    });
}

/// Where a resource card sits: its index in the profile, its stable key,
/// whether it is first or last of its category, whether this handout includes
/// it, and today's date for the "last checked" warning.
#[derive(Clone, Copy)]
struct Place<'a> {
    profile: &'a ClinicProfile,
    index: usize,
    key: u64,
    first: bool,
    last: bool,
    included: bool,
    today: Date,
}

fn resource_card_ui(
    ui: &mut egui::Ui,
    form: &mut ResourcesForm,
    r: &LocalResource,
    place: Place<'_>,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let Place {
        included, today, ..
    } = place;
    let t = Texts::of_ui(ui);
    let name = if r.name.trim().is_empty() {
        t.tr("resources-new-no-name")
    } else {
        r.name.trim().to_owned()
    };
    let card = palette
        .plain_card_frame()
        .inner_margin(Margin::symmetric(10, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                let mut on = included;
                let text = RichText::new(name).strong();
                if ui.checkbox(&mut on, text).changed() {
                    actions.push(Action::SetResourceIncluded(place.index, on));
                }
                if matches!(r.freshness(today), Freshness::Stale(_)) {
                    badge_ui(ui, &t.tr("resources-check-details"), palette.caution);
                }
            });
            let summary: Vec<&str> = [r.phone.as_deref(), r.hours.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            if !summary.is_empty() {
                ui.label(
                    RichText::new(summary.join(" · "))
                        .size(12.5)
                        .color(palette.muted),
                );
            }
            if focus_in_resource(ui.ctx(), place.key) {
                form.open.insert(place.key);
            }
            let open = form.open.contains(&place.key);
            let who = who(r, t);
            let (toggle, name) = if open {
                (
                    t.tr("resources-hide-details"),
                    t.tr_args("resources-hide-details-of", &[("name", who.into())]),
                )
            } else {
                (
                    t.tr("resources-edit-details"),
                    t.tr_args("resources-edit-details-of", &[("name", who.into())]),
                )
            };
            if ui.button(toggle).accessible_name(name).clicked() {
                if open {
                    form.open.remove(&place.key);
                } else {
                    form.open.insert(place.key);
                }
            }
            if open {
                ui.separator();
                resource_fields_ui(ui, form, r, place, today, actions);
            }
        });
    if form.just_added == Some(place.key) {
        form.just_added = None;
        card.response.scroll_to_me(Some(egui::Align::TOP));
        ui.memory_mut(|m| m.request_focus(resource_field_id(place.key, ResourceField::Name)));
    }
    ui.add_space(4.0);
}

fn resource_fields_ui(
    ui: &mut egui::Ui,
    form: &mut ResourcesForm,
    r: &LocalResource,
    place: Place<'_>,
    today: Date,
    actions: &mut Vec<Action>,
) {
    let Place { index, key, .. } = place;
    let t = Texts::of_ui(ui);
    let fields = [
        (
            ResourceField::Name,
            t.tr("resource-name"),
            r.name.as_str(),
            t.tr("resource-name-hint"),
        ),
        (
            ResourceField::Phone,
            t.tr("resource-phone"),
            r.phone.as_deref().unwrap_or(""),
            t.tr("resource-phone-hint"),
        ),
        (
            ResourceField::Address,
            t.tr("resource-address"),
            r.address.as_deref().unwrap_or(""),
            String::new(),
        ),
        (
            ResourceField::Hours,
            t.tr("resource-hours"),
            r.hours.as_deref().unwrap_or(""),
            t.tr("resource-hours-hint"),
        ),
        (
            ResourceField::Website,
            t.tr("resource-website"),
            r.website.as_deref().unwrap_or(""),
            String::new(),
        ),
        (
            ResourceField::Notes,
            t.tr("resource-notes"),
            r.notes.as_deref().unwrap_or(""),
            t.tr("resource-notes-hint"),
        ),
    ];
    let who = who(r, t);
    for (field, label, value, hint) in fields {
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
            issue: first_problem(place.profile, ProfileField::Resource(index, field), today),
        };
        let id = resource_field_id(key, field);
        if let Some(text) = text_field_ui(ui, input, id) {
            actions.push(Action::EditResource(index, field, text));
        }
    }

    ui.horizontal(|ui| {
        let label = ui.label(t.tr("resource-category"));
        egui::ComboBox::from_id_salt(("category", key))
            .selected_text(t.category(r.category))
            .show_ui(ui, |ui| {
                for c in ResourceCategory::ALL {
                    if ui
                        .selectable_label(c == r.category, t.category(c))
                        .clicked()
                        && c != r.category
                    {
                        actions.push(Action::SetResourceCategory(index, c));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });

    last_checked_ui(ui, form, r, place, today, actions);

    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(!place.first, egui::Button::new(t.tr("resource-move-up")))
            .accessible_name(t.tr_args("resource-move-up-name", &[("name", who.as_str().into())]))
            .clicked()
        {
            actions.push(Action::MoveResource { index, up: true });
        }
        if ui
            .add_enabled(!place.last, egui::Button::new(t.tr("resource-move-down")))
            .accessible_name(t.tr_args("resource-move-down-name", &[("name", who.as_str().into())]))
            .clicked()
        {
            actions.push(Action::MoveResource { index, up: false });
        }
        if ui
            .button(t.tr("resource-remove"))
            .accessible_name(t.tr_args("resource-remove-name", &[("name", who.as_str().into())]))
            .clicked()
        {
            actions.push(Action::RemoveResource(index));
        }
    });
}

/// How a resource is named in accessible labels: its name, or "new resource".
fn who(r: &LocalResource, t: &Texts) -> String {
    if r.name.trim().is_empty() {
        t.tr("resource-new")
    } else {
        r.name.trim().to_owned()
    }
}

fn last_checked_ui(
    ui: &mut egui::Ui,
    form: &mut ResourcesForm,
    r: &LocalResource,
    place: Place<'_>,
    today: Date,
    actions: &mut Vec<Action>,
) {
    let Place {
        profile,
        index,
        key,
        ..
    } = place;
    let shown = form
        .date_drafts
        .get(&key)
        .cloned()
        .unwrap_or_else(|| r.last_checked.map(|d| d.to_string()).unwrap_or_default());
    let t = Texts::of_ui(ui);
    let who = who(r, t);
    ui.label(
        RichText::new(t.tr("resource-last-checked"))
            .size(13.0)
            .strong(),
    );
    ui.horizontal(|ui| {
        let mut text = shown.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id(egui::Id::unique(("last-checked", key)))
                    .hint_text(t.tr("resource-date-format"))
                    .desired_width(120.0),
            )
            .accessible_name(t.tr_args(
                "resource-last-checked-name",
                &[("name", who.as_str().into())],
            ));
        if response.changed() {
            if text.trim().is_empty() {
                form.date_drafts.remove(&key);
                actions.push(Action::SetLastChecked(index, None));
            } else if let Ok(date) = Date::parse(&text) {
                form.date_drafts.remove(&key);
                actions.push(Action::SetLastChecked(index, Some(date)));
            } else {
                form.date_drafts.insert(key, text);
            }
        }
        if ui
            .button(t.tr("resource-checked-today"))
            .accessible_name(t.tr_args(
                "resource-checked-today-name",
                &[("name", who.as_str().into())],
            ))
            .clicked()
        {
            form.date_drafts.remove(&key);
            actions.push(Action::SetLastChecked(index, Some(today)));
        }
    });
    let issue = if form.date_drafts.contains_key(&key) {
        Some(Problem::error(t.tr("resource-date-bad")).with_hint(t.tr("resource-date-bad-hint")))
    } else {
        first_problem(
            profile,
            ProfileField::Resource(index, ResourceField::LastChecked),
            today,
        )
    };
    if let Some(issue) = issue {
        issue_ui(ui, &issue);
    }
    ui.add_space(4.0);
}

/// The first problem with `field`, which the form shows beside it.
fn first_problem(profile: &ClinicProfile, field: ProfileField, today: Date) -> Option<Problem> {
    field_problems(profile, field, today).into_iter().next()
}
