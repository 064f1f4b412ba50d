//! The clinician view's side panel, short enough to see whole at 1280×720:
//! the fill-ins for the patient (when the handout has them, never saved), the
//! clinic in one read-only summary, the local resources this handout prints as
//! tick boxes, paper and large print, and the one primary action.

use egui::RichText;

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::panels::room_for_scroll_bar;
use crate::app::screens::patient_ui::patient_ui;
use crate::app::screens::preview_ui::{format_label, paper_label};
use crate::app::screens::primary_action_ui::primary_action_ui;
use crate::app::state::AppState;
use crate::app::theme::{Palette, badge_ui, bold_family, section_title_ui};
use crate::page_setup::{Paper, PrintFormat};
use crate::profile::printed::printed_categories;
use crate::template::{ResourceCategory, TemplateKey};

fn focus_request_id() -> egui::Id {
    egui::Id::unique("clinician-panel-focus")
}

/// Asks this panel to take the keyboard focus once it shows handout `key`, so
/// the key after Enter in the library's search acts on the opened handout.
pub fn request_panel_focus(ui: &egui::Ui, key: TemplateKey) {
    ui.data_mut(|d| d.insert_temp(focus_request_id(), key));
}

/// Whether the focus was asked for the handout shown now; forgets the request then.
fn take_focus_request(ui: &egui::Ui, state: &AppState) -> bool {
    let Some(shown) = state.selected.as_ref() else {
        return false;
    };
    ui.data_mut(|d| {
        let asked = d.get_temp::<TemplateKey>(focus_request_id());
        let now = asked.as_ref() == Some(shown);
        if now {
            d.remove_temp::<TemplateKey>(focus_request_id());
        }
        now
    })
}

/// Draws the clinician's side panel: the primary action pinned to the bottom,
/// so it is in view however long the fill-ins are; the rest scrolls above it.
pub fn clinician_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let mut focus = take_focus_request(ui, state);
    let save = egui::Panel::bottom("clinician-primary-action")
        .frame(egui::Frame::new().inner_margin(egui::Margin {
            top: 10,
            bottom: 4,
            right: 12,
            left: 0,
        }))
        .show_separator_line(false)
        .show(ui, |ui| primary_action_ui(ui, state, actions))
        .inner;
    egui::ScrollArea::vertical()
        .id_salt("clinician-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            room_for_scroll_bar().show(ui, |ui| {
                patient_ui(ui, state, &palette, actions);
                clinic_summary_ui(ui, state, &palette, actions);
                ui.add_space(10.0);
                if resources_ui(ui, state, &palette, focus, actions) {
                    focus = false;
                }
                ui.add_space(10.0);
                paper_ui(ui, state, actions);
            });
        });
    if focus {
        // No resource to tick: saving is the next step.
        save.request_focus();
    }
}

fn clinic_summary_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let t = Texts::of(state);
    let profile = state.profile();
    ui.horizontal_wrapped(|ui| {
        section_title_ui(ui, &t.tr("clinic-heading"));
        if ui
            .button(t.tr("clinician-edit-clinic"))
            .on_hover_text(t.tr("clinician-edit-clinic-hover"))
            .clicked()
        {
            actions.push(Action::OpenSetup);
        }
    });
    let name = if profile.name.trim().is_empty() {
        t.tr("clinician-no-clinic-name")
    } else {
        profile.name.trim().to_owned()
    };
    ui.label(RichText::new(name).family(bold_family()).size(15.0));
    let contact: Vec<&str> = [profile.phone.as_deref(), profile.website.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !contact.is_empty() {
        ui.label(RichText::new(contact.join(" · ")).color(palette.muted));
    }
    if state.using_example_profile() || profile.example {
        badge_ui(ui, &t.tr("clinician-example"), palette.caution);
    }
}

/// The categories the chosen handout prints: those its blocks list, in their
/// order, then those its help band may print.
fn categories_printed(state: &AppState) -> Vec<ResourceCategory> {
    state
        .selected_template()
        .map(|t| {
            printed_categories(&t.template, state.profile())
                .into_iter()
                .map(|(category, _)| category)
                .collect()
        })
        .unwrap_or_default()
}

/// Tick boxes for the resources this handout prints. Returns whether it took
/// the focus.
fn resources_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    palette: &Palette,
    mut focus: bool,
    actions: &mut Vec<Action>,
) -> bool {
    let categories = categories_printed(state);
    if categories.is_empty() {
        return false;
    }
    let t = Texts::of(state);
    section_title_ui(ui, &t.tr("clinician-resources-heading"));
    let excluded = state.options().excluded_resources;
    let resources = &state.profile().resources;
    let mut took = false;
    for category in categories {
        ui.label(
            RichText::new(t.category(category))
                .strong()
                .color(palette.muted),
        );
        let mut any = false;
        for (index, r) in resources.iter().enumerate() {
            if r.category != category {
                continue;
            }
            any = true;
            let name = if r.name.trim().is_empty() {
                t.tr("clinician-resource-no-name")
            } else {
                r.name.trim().to_owned()
            };
            let mut on = !excluded.contains(&r.id);
            let response = ui.checkbox(&mut on, name);
            if focus {
                response.request_focus();
                focus = false;
                took = true;
            }
            if response.changed() {
                actions.push(Action::SetResourceIncluded(index, on));
            }
        }
        if !any {
            ui.label(
                RichText::new(t.tr("clinician-no-resources"))
                    .size(12.5)
                    .color(palette.muted),
            );
        }
    }
    took
}

fn paper_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let t = Texts::of(state);
    let page = state.options().page;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t.tr("preview-paper")).strong());
        for paper in Paper::ALL {
            if ui
                .selectable_label(page.paper == paper, paper_label(t, paper))
                .clicked()
                && page.paper != paper
            {
                actions.push(Action::SetPaper(paper));
            }
        }
    });
    // Standard, large print or a sheet of wallet cards: one choice, as in
    // the lead's preview toolbar.
    ui.horizontal_wrapped(|ui| {
        for format in PrintFormat::ALL {
            if ui
                .selectable_label(page.format == format, format_label(t, format))
                .on_hover_text(t.tr("preview-print-format"))
                .clicked()
                && page.format != format
            {
                actions.push(Action::SetPrintFormat(format));
            }
        }
    });
    let mut qr = state.options().qr_codes;
    if ui
        .checkbox(&mut qr, t.tr("format-qr-codes"))
        .on_hover_text(t.tr("format-qr-codes-hint"))
        .changed()
    {
        actions.push(Action::SetQrCodes(qr));
    }
}
