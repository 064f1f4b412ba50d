//! The clinic lead's windows: the shared templates folder and publishing, clinic
//! packs (export, and import shown before it is done), and the handout log.

use egui::RichText;

use crate::app::action::Action;
use crate::app::clinic_tools::{ClinicAction, ClinicWindow};
use crate::app::i18n::Texts;
use crate::app::screens::dialog::dialog_ui;
use crate::app::state::{AppState, MessageKind};
use crate::app::theme::{Palette, primary_button};
use crate::clinic::handout_log::status_word;
use crate::clinic::pack::TemplateStep;
use crate::page_setup::PrintFormat;
use crate::template::TemplateOrigin;

/// The entries of the "Clinic" menu in the top bar.
pub fn clinic_menu_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = Texts::of_ui(ui);
    for window in [ClinicWindow::Sharing, ClinicWindow::Pack, ClinicWindow::Log] {
        if ui.button(format!("{}…", window_title(t, window))).clicked() {
            actions.push(Action::Clinic(ClinicAction::Open(window)));
        }
    }
}

/// A clinic window's title in the desk's language.
fn window_title(t: &Texts, window: ClinicWindow) -> String {
    match window {
        ClinicWindow::Sharing => t.tr("clinic-window-sharing"),
        ClinicWindow::Pack => t.tr("clinic-window-pack"),
        ClinicWindow::Log => t.tr("clinic-window-log"),
    }
}

/// Draws the open clinic window, if any.
pub fn clinic_window_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let Some(window) = state.clinic_tools.open else {
        return;
    };
    let t = Texts::of(state);
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
        if ui
            .button(t.tr("clinic-close"))
            .on_hover_text(t.tr("dialog-close-hover"))
            .clicked()
        {
            closing = true;
        }
    };
    let id = egui::Id::unique(("clinic-window", window));
    // Capped to the window and scrolling, with Close always in sight.
    if dialog_ui(ctx, id, &window_title(t, window), 640.0, body, footer) || closing {
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
    let t = Texts::of(state);
    let tools = &state.clinic_tools;
    muted(ui, &t.tr("clinic-sharing-explain"));
    ui.add_space(4.0);
    if let Some(text) = path_field_ui(
        ui,
        &t.tr("clinic-shared-folder"),
        &tools.shared_dir_text,
        &t.tr("clinic-shared-folder-hint"),
    ) {
        push(ClinicAction::SetSharedDirText(text));
    }
    ui.horizontal(|ui| {
        let typed = !tools.shared_dir_text.trim().is_empty();
        if ui
            .add_enabled(typed, primary_button(&t.tr("clinic-use-folder"), ui))
            .clicked()
        {
            push(ClinicAction::UseSharedDir);
        }
        if state.desk.config().shared_templates_dir.is_some()
            && ui.button(t.tr("clinic-stop-folder")).clicked()
        {
            push(ClinicAction::ClearSharedDir);
        }
    });
    ui.add_space(10.0);
    ui.separator();
    ui.label(RichText::new(t.tr("clinic-publish")).strong());
    match state.selected_template() {
        Some(loaded) if loaded.origin == TemplateOrigin::Clinic => {
            let ready = state.desk.config().shared_templates_dir.is_some();
            let badge = crate::app::state::ReviewBadge::of(&loaded.template, state.today());
            let args = [
                ("title", loaded.template.title.clone().into()),
                ("status", badge.label().into()),
            ];
            muted(ui, &t.tr_args("clinic-publish-copies", &args));
            if ui
                .add_enabled(ready, egui::Button::new(t.tr("clinic-publish-button")))
                .clicked()
            {
                push(ClinicAction::PublishSelected);
            }
        }
        _ => muted(ui, &t.tr("clinic-publish-choose")),
    }
    ui.add_space(6.0);
    let count = state.register().sign_offs.len();
    muted(
        ui,
        &t.tr_args("clinic-sign-offs-held", &[("count", count.into())]),
    );
    if ui
        .add_enabled(
            state.desk.config().shared_templates_dir.is_some()
                && !state.register().sign_offs.is_empty(),
            egui::Button::new(t.tr("clinic-publish-sign-offs")),
        )
        .clicked()
    {
        push(ClinicAction::PublishSignOffs);
    }
}

fn pack_ui(ui: &mut egui::Ui, state: &AppState, push: &mut impl FnMut(ClinicAction)) {
    let t = Texts::of(state);
    let tools = &state.clinic_tools;
    muted(ui, &t.tr("clinic-pack-explain"));
    ui.add_space(4.0);
    if let Some(text) = path_field_ui(ui, &t.tr("clinic-pack-save-to"), &tools.pack_out_text, "") {
        push(ClinicAction::SetPackOutText(text));
    }
    if ui
        .add_enabled(
            !tools.pack_out_text.trim().is_empty(),
            egui::Button::new(t.tr("clinic-pack-export")),
        )
        .clicked()
    {
        push(ClinicAction::ExportPack);
    }
    ui.add_space(10.0);
    ui.separator();
    if let Some(text) = path_field_ui(
        ui,
        &t.tr("clinic-pack-import-from"),
        &tools.pack_in_text,
        &t.tr("clinic-pack-import-hint"),
    ) {
        push(ClinicAction::SetPackInText(text));
    }
    match &tools.pending {
        None => {
            if ui
                .add_enabled(
                    !tools.pack_in_text.trim().is_empty(),
                    egui::Button::new(t.tr("clinic-pack-check")),
                )
                .clicked()
            {
                push(ClinicAction::PreviewImport);
            }
        }
        Some(pending) => {
            ui.add_space(4.0);
            ui.label(
                RichText::new(if pending.pack.clinic.is_empty() {
                    t.tr_args(
                        "clinic-pack-from-unnamed",
                        &[("date", pending.pack.made_on.to_string().into())],
                    )
                } else {
                    t.tr_args(
                        "clinic-pack-from",
                        &[
                            ("clinic", pending.pack.clinic.as_str().into()),
                            ("date", pending.pack.made_on.to_string().into()),
                        ],
                    )
                })
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
                if ui
                    .add(primary_button(&t.tr("clinic-pack-import"), ui))
                    .clicked()
                {
                    push(ClinicAction::ConfirmImport);
                }
                if ui.button(t.tr("clinic-pack-cancel-import")).clicked() {
                    push(ClinicAction::CancelImport);
                }
            });
        }
    }
}

fn log_ui(ui: &mut egui::Ui, state: &AppState, push: &mut impl FnMut(ClinicAction)) {
    let t = Texts::of(state);
    let tools = &state.clinic_tools;
    muted(ui, &t.tr("clinic-log-explain"));
    let Some(log) = &tools.log else {
        return;
    };
    if !log.unreadable_lines.is_empty() {
        note_ui(
            ui,
            MessageKind::Warning,
            &t.tr_args(
                "clinic-log-unreadable",
                &[("count", log.unreadable_lines.len().into())],
            ),
        );
    }
    if log.entries.is_empty() {
        muted(ui, &t.tr("clinic-log-empty"));
    } else {
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                egui::Grid::new("handout-log")
                    .striped(true)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        for head in [
                            t.tr("clinic-log-time"),
                            t.tr("clinic-log-template"),
                            t.tr("clinic-log-version"),
                            t.tr("clinic-log-hash"),
                            t.tr("clinic-log-status"),
                            t.tr("clinic-log-print"),
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
                                    PrintFormat::LargePrint => {
                                        format!(", {}", t.tr("export-format-large-print"))
                                    }
                                    PrintFormat::WalletCard => {
                                        format!(", {}", t.tr("export-format-wallet-cards"))
                                    }
                                }
                            ));
                            ui.end_row();
                        }
                    });
            });
    }
    ui.add_space(8.0);
    if let Some(text) = path_field_ui(ui, &t.tr("clinic-log-csv-to"), &tools.csv_out_text, "") {
        push(ClinicAction::SetCsvOutText(text));
    }
    if ui
        .add_enabled(
            !tools.csv_out_text.trim().is_empty(),
            egui::Button::new(t.tr("clinic-log-export-csv")),
        )
        .clicked()
    {
        push(ClinicAction::ExportCsv);
    }
}
