//! The clinic lead's windows: the shared templates folder and publishing, clinic
//! packs (export, and import shown before it is done), and the handout log.

use egui::RichText;

use crate::app::action::Action;
use crate::app::clinic_tools::{ClinicAction, ClinicWindow};
use crate::app::screens::dialog::dialog_ui;
use crate::app::state::{AppState, MessageKind};
use crate::app::theme::{Palette, primary_button};
use crate::clinic::handout_log::status_word;
use crate::clinic::pack::TemplateStep;
use crate::page_setup::PrintFormat;
use crate::template::TemplateOrigin;

/// The entries of the "Clinic" menu in the top bar.
pub fn clinic_menu_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    for window in [ClinicWindow::Sharing, ClinicWindow::Pack, ClinicWindow::Log] {
        if ui.button(format!("{}…", window.title())).clicked() {
            actions.push(Action::Clinic(ClinicAction::Open(window)));
        }
    }
}

/// Draws the open clinic window, if any.
pub fn clinic_window_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let Some(window) = state.clinic_tools.open else {
        return;
    };
    let mut closing = false;
    let body = |ui: &mut egui::Ui| {
        let mut push = |a: ClinicAction| actions.push(Action::Clinic(a));
        match window {
            ClinicWindow::Sharing => sharing_ui(ui, state, &mut push),
            ClinicWindow::Pack => pack_ui(ui, state, &mut push),
            ClinicWindow::Log => log_ui(ui, state, &mut push),
        }
        if let Some((kind, text)) = &state.clinic_tools.note {
            ui.add_space(8.0);
            note_ui(ui, *kind, text);
        }
    };
    let footer = |ui: &mut egui::Ui| {
        if ui.button("Close").on_hover_text("Close (Escape)").clicked() {
            closing = true;
        }
    };
    let id = egui::Id::unique(("clinic-window", window.title()));
    // Capped to the window and scrolling, with Close always in sight.
    if dialog_ui(ctx, id, window.title(), 640.0, body, footer) || closing {
        actions.push(Action::Clinic(ClinicAction::Close));
    }
}

fn note_ui(ui: &mut egui::Ui, kind: MessageKind, text: &str) {
    let palette = Palette::for_ui(ui);
    let colour = match kind {
        MessageKind::Error => palette.bad.0,
        MessageKind::Warning => palette.caution.0,
        MessageKind::Success => palette.good.0,
        MessageKind::Info => ui.visuals().text_color(),
    };
    ui.label(RichText::new(text).color(colour));
}

/// A labelled one-line field; returns the new text when it changed.
fn path_field_ui(ui: &mut egui::Ui, label: &str, value: &str, hint: &str) -> Option<String> {
    let label = ui.label(RichText::new(label).strong());
    let mut text = value.to_owned();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    response.changed().then_some(text)
}

fn muted(ui: &mut egui::Ui, text: &str) {
    let palette = Palette::for_ui(ui);
    ui.label(RichText::new(text).size(12.5).color(palette.muted));
}

fn sharing_ui(ui: &mut egui::Ui, state: &AppState, push: &mut impl FnMut(ClinicAction)) {
    let tools = &state.clinic_tools;
    muted(
        ui,
        "A folder every desk can read, such as a network share or a synced folder. The clinic lead publishes approved templates there; desks see them beside the shipped ones, read-only.",
    );
    ui.add_space(4.0);
    if let Some(text) = path_field_ui(
        ui,
        "Shared folder",
        &tools.shared_dir_text,
        "e.g. /mnt/clinic-share/handouts",
    ) {
        push(ClinicAction::SetSharedDirText(text));
    }
    ui.horizontal(|ui| {
        let typed = !tools.shared_dir_text.trim().is_empty();
        if ui
            .add_enabled(typed, primary_button("Use this folder", ui))
            .clicked()
        {
            push(ClinicAction::UseSharedDir);
        }
        if state.desk.config().shared_templates_dir.is_some()
            && ui.button("Stop using a shared folder").clicked()
        {
            push(ClinicAction::ClearSharedDir);
        }
    });
    ui.add_space(10.0);
    ui.separator();
    ui.label(RichText::new("Publish").strong());
    match state.selected_template() {
        Some(loaded) if loaded.origin == TemplateOrigin::Clinic => {
            let ready = state.desk.config().shared_templates_dir.is_some();
            muted(
                ui,
                &format!(
                    "Copies “{}” ({}) into the shared folder, with its sign-off.",
                    loaded.template.title,
                    crate::app::state::ReviewBadge::of(&loaded.template, state.today()).label()
                ),
            );
            if ui
                .add_enabled(ready, egui::Button::new("Publish to shared folder"))
                .clicked()
            {
                push(ClinicAction::PublishSelected);
            }
        }
        _ => muted(
            ui,
            "Choose one of your clinic's own templates in the library to publish it. Shipped and shared templates are already on every desk.",
        ),
    }
    ui.add_space(6.0);
    muted(
        ui,
        &format!(
            "This desk holds {} sign-off(s), of shipped handouts and of clinic copies. Publishing them lets every desk that reads the folder print those exact texts as approved.",
            state.register().sign_offs.len()
        ),
    );
    if ui
        .add_enabled(
            state.desk.config().shared_templates_dir.is_some()
                && !state.register().sign_offs.is_empty(),
            egui::Button::new("Publish this desk's sign-offs"),
        )
        .clicked()
    {
        push(ClinicAction::PublishSignOffs);
    }
}

fn pack_ui(ui: &mut egui::Ui, state: &AppState, push: &mut impl FnMut(ClinicAction)) {
    let tools = &state.clinic_tools;
    muted(
        ui,
        "For desks with no shared folder: one file with your clinic templates, your clinic profile and your sign-offs. No patient data is ever in it.",
    );
    ui.add_space(4.0);
    if let Some(text) = path_field_ui(ui, "Save pack to", &tools.pack_out_text, "") {
        push(ClinicAction::SetPackOutText(text));
    }
    if ui
        .add_enabled(
            !tools.pack_out_text.trim().is_empty(),
            egui::Button::new("Export clinic pack"),
        )
        .clicked()
    {
        push(ClinicAction::ExportPack);
    }
    ui.add_space(10.0);
    ui.separator();
    if let Some(text) = path_field_ui(
        ui,
        "Pack to import",
        &tools.pack_in_text,
        "the .handout-pack file from your clinic lead",
    ) {
        push(ClinicAction::SetPackInText(text));
    }
    match &tools.pending {
        None => {
            if ui
                .add_enabled(
                    !tools.pack_in_text.trim().is_empty(),
                    egui::Button::new("Check pack"),
                )
                .clicked()
            {
                push(ClinicAction::PreviewImport);
            }
        }
        Some(pending) => {
            ui.add_space(4.0);
            ui.label(
                RichText::new(format!(
                    "From {} ({}). Importing will:",
                    if pending.pack.clinic.is_empty() {
                        "an unnamed clinic"
                    } else {
                        &pending.pack.clinic
                    },
                    pending.pack.made_on
                ))
                .strong(),
            );
            let palette = Palette::for_ui(ui);
            for (line, step) in pending.plan.describe().iter().zip(
                pending
                    .plan
                    .templates
                    .iter()
                    .map(|t| Some(&t.step))
                    .chain(std::iter::repeat(None)),
            ) {
                let colour = match step {
                    Some(TemplateStep::KeepBoth { .. } | TemplateStep::Refuse) => palette.caution.0,
                    _ => ui.visuals().text_color(),
                };
                ui.label(RichText::new(format!("• {line}")).color(colour));
            }
            ui.horizontal(|ui| {
                if ui.add(primary_button("Import", ui)).clicked() {
                    push(ClinicAction::ConfirmImport);
                }
                if ui.button("Cancel import").clicked() {
                    push(ClinicAction::CancelImport);
                }
            });
        }
    }
}

fn log_ui(ui: &mut egui::Ui, state: &AppState, push: &mut impl FnMut(ClinicAction)) {
    let tools = &state.clinic_tools;
    muted(
        ui,
        "Every handout exported on this desk: which text went out and how it was printed. Nothing about the patient is recorded.",
    );
    let Some(log) = &tools.log else {
        return;
    };
    if !log.unreadable_lines.is_empty() {
        note_ui(
            ui,
            MessageKind::Warning,
            &format!(
                "{} line(s) of the log could not be read and are left out; the rest is shown.",
                log.unreadable_lines.len()
            ),
        );
    }
    if log.entries.is_empty() {
        muted(ui, "No handouts exported on this desk yet.");
    } else {
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                egui::Grid::new("handout-log")
                    .striped(true)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        for head in [
                            "Time (UTC)",
                            "Template",
                            "Version",
                            "Hash",
                            "Status",
                            "Print",
                        ] {
                            ui.label(RichText::new(head).strong());
                        }
                        ui.end_row();
                        for e in log.entries.iter().rev() {
                            ui.label(e.at.replace('T', " ").trim_end_matches('Z').to_owned());
                            ui.label(&e.template_id);
                            ui.label(&e.version);
                            ui.label(RichText::new(e.content_hash.short()).monospace());
                            ui.label(status_word(e.status));
                            ui.label(format!(
                                "{}, {}{}",
                                e.language,
                                e.paper,
                                match e.format {
                                    PrintFormat::Standard => String::new(),
                                    other => format!(", {}", other.label().to_lowercase()),
                                }
                            ));
                            ui.end_row();
                        }
                    });
            });
    }
    ui.add_space(8.0);
    if let Some(text) = path_field_ui(ui, "Save log as CSV to", &tools.csv_out_text, "") {
        push(ClinicAction::SetCsvOutText(text));
    }
    if ui
        .add_enabled(
            !tools.csv_out_text.trim().is_empty(),
            egui::Button::new("Export CSV"),
        )
        .clicked()
    {
        push(ClinicAction::ExportCsv);
    }
}
