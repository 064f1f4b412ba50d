//! "Fill in with the patient": a text field for each fill-in section of the
//! chosen handout (the safety plan, the next appointment), whose words the
//! preview prints on the writing lines. Never saved; see [`crate::app::patient`].
//!
//! The fields hold no text of their own: each frame they show what the state
//! holds and return the change as an action. Their ids carry a session number,
//! never the words (egui records an id's source in debug builds). egui keeps a
//! text field's cursor in its persisted memory, which eframe saves to disk; here
//! it is kept in memory only, so not even how much was typed is saved.

use egui::{Margin, RichText};

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::patient::{EntrySlot, FillInPrompt, PatientText, field_id, prompts};
use crate::app::screens::{Field, text_field_ui};
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family, section_title_ui};

/// Draws the section when the chosen handout has fill-in sections; otherwise
/// draws nothing.
pub fn patient_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let Some(loaded) = state.selected_template() else {
        return;
    };
    let prompts = prompts(&loaded.template);
    if prompts.is_empty() {
        return;
    }
    let t = Texts::of(state);
    palette
        .card_frame(egui::Stroke::new(1.5, palette.accent))
        .inner_margin(Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            section_title_ui(ui, &t.tr("patient-heading"));
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(t.tr("patient-not-saved")).strong());
                let typed = !state.patient_entries().is_empty();
                if ui
                    .add_enabled(typed, egui::Button::new(t.tr("patient-clear")))
                    .clicked()
                {
                    actions.push(Action::ClearPatientEntries);
                }
            });
            ui.label(
                RichText::new(t.tr("patient-explain"))
                    .size(12.5)
                    .color(palette.muted),
            );
            for prompt in &prompts {
                ui.add_space(8.0);
                prompt_ui(ui, state, prompt, actions);
            }
        });
    ui.add_space(12.0);
}

fn prompt_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    prompt: &FillInPrompt,
    actions: &mut Vec<Action>,
) {
    let session = state.patient_session();
    let typed = state.patient_entries().typed(prompt.block);
    let heading = ui.label(
        RichText::new(&prompt.label)
            .family(bold_family())
            .size(14.0),
    );
    if prompt.lines > 0 {
        let mut text = typed.map(|e| e.text.clone()).unwrap_or_default();
        let mut edit = egui::TextEdit::multiline(&mut text)
            .id(field_id(session, prompt.block, EntrySlot::Lines))
            .desired_rows(usize::from(prompt.lines).max(2))
            .desired_width(f32::INFINITY);
        if let Some(hint) = &prompt.hint {
            edit = edit.hint_text(hint.as_str());
        }
        let id = field_id(session, prompt.block, EntrySlot::Lines);
        let response = ui.add(edit).labelled_by(heading.id);
        keep_out_of_saved_memory(ui, id);
        if response.changed() {
            actions.push(Action::EditPatientEntry {
                block: prompt.block,
                slot: EntrySlot::Lines,
                text: PatientText(text),
            });
        }
        ui.add_space(2.0);
    }
    for (n, (label, name)) in prompt.fields.iter().zip(&prompt.field_names).enumerate() {
        let value = typed
            .and_then(|e| e.fields.get(n))
            .map_or("", String::as_str);
        let field = Field {
            label,
            // Labelled by the visible label unless the name must say its section.
            name: (name != label).then(|| name.clone()),
            value,
            hint: "",
            issue: None,
        };
        let slot = EntrySlot::Field(n);
        let id = field_id(session, prompt.block, slot);
        let changed = text_field_ui(ui, field, id);
        keep_out_of_saved_memory(ui, id);
        if let Some(text) = changed {
            actions.push(Action::EditPatientEntry {
                block: prompt.block,
                slot,
                text: PatientText(text),
            });
        }
    }
}

/// Turns the text field `id`'s state (its cursor and undo history) into a
/// temporary value: egui leaves those out when it saves its memory.
fn keep_out_of_saved_memory(ui: &egui::Ui, id: egui::Id) {
    ui.data_mut(|data| {
        if let Some(state) = data.get_persisted::<egui::text_edit::TextEditState>(id) {
            data.insert_temp(id, state);
        }
    });
}
