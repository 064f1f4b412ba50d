//! Printing the handout: the Print button, and the dialog that chooses the
//! printer and says plainly when there is none to print on.

use egui::{Frame, Margin, RichText};

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::printing::{PrintFailure, PrinterLookup};
use crate::app::screens::preview_ui::{format_label, paper_label};
use crate::app::screens::to_fix_ui::to_fix_ui;
use crate::app::state::{AppState, ReviewBadge};
use crate::app::theme::{Palette, badge_ui, bold_family, primary_button};
use crate::page_setup::PrintFormat;

/// The Print button, for the row that holds Save PDF. `enabled` is whether a
/// handout is chosen.
pub fn print_button(ui: &mut egui::Ui, enabled: bool) -> Option<Action> {
    let t = Texts::of_ui(ui);
    ui.add_enabled(enabled, egui::Button::new(t.tr("print-open")))
        .on_hover_text(t.tr("print-open-hover"))
        .clicked()
        .then_some(Action::OpenPrint)
}

/// Draws the print dialog when it is open.
pub fn print_dialog_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    if !state.print.open {
        return;
    }
    let frame = Frame::window(&ctx.global_style()).inner_margin(Margin::same(22));
    let modal = egui::Modal::new(egui::Id::unique("print-dialog"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_width(520.0);
            ui.label(
                RichText::new(Texts::of(state).tr("print-title"))
                    .family(bold_family())
                    .size(18.0),
            );
            summary_ui(ui, state);
            ui.add_space(10.0);
            let ready = printers_ui(ui, state, actions);
            ui.add_space(10.0);
            buttons_ui(ui, state, ready, actions);
            if let Some(failure) = &state.print.failure {
                failure_ui(ui, failure);
            }
            to_fix_ui(
                ui,
                state,
                &state.print.problems,
                Action::ClosePrint,
                actions,
            );
        });
    if modal.should_close() {
        actions.push(Action::ClosePrint);
    }
}

/// What will print: the handout, paper, format and pages, and a draft's caution.
fn summary_ui(ui: &mut egui::Ui, state: &AppState) {
    let palette = Palette::for_ui(ui);
    let tx = Texts::of(state);
    let Some(t) = state.selected_template() else {
        return;
    };
    let options = state.options();
    let pages = state
        .layout()
        .and_then(|r| r.as_ref().ok())
        .map_or(0, |d| d.pages.len());
    let args = [
        ("title", t.template.title.clone().into()),
        ("paper", paper_label(tx, options.page.paper).into()),
        ("format", format_label(tx, options.page.format).into()),
        ("pages", pages.into()),
    ];
    let summary = if options.qr_codes {
        tx.tr_args("print-summary-qr", &args)
    } else {
        tx.tr_args("print-summary", &args)
    };
    ui.label(RichText::new(summary).color(palette.muted));
    if ReviewBadge::of(&t.template, state.today()) == ReviewBadge::Draft {
        ui.add_space(4.0);
        badge_ui(ui, &tx.tr("dialog-draft-caution"), palette.caution);
    }
}

/// The printer choice and the sides; returns whether a printer is chosen.
fn printers_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) -> bool {
    let palette = Palette::for_ui(ui);
    let t = Texts::of(state);
    let list = match &state.print.printers {
        PrinterLookup::NotAsked | PrinterLookup::Looking => {
            ui.label(t.tr("print-looking"));
            return false;
        }
        PrinterLookup::Unavailable(failure) => {
            failure_ui(ui, failure);
            return false;
        }
        PrinterLookup::Found(list) if list.names.is_empty() => {
            failure_ui(ui, &PrintFailure::NoPrinter);
            return false;
        }
        PrinterLookup::Found(list) => list,
    };
    let label = ui.label(RichText::new(t.tr("print-printer")).strong());
    let named = |name: &str| {
        if list.default.as_deref() == Some(name) {
            t.tr_args("print-printer-default", &[("name", name.into())])
        } else {
            name.to_owned()
        }
    };
    let chosen = state.print.printer();
    egui::ComboBox::from_id_salt("printer")
        .selected_text(chosen.map_or_else(|| t.tr("print-choose-printer"), named))
        .width(320.0)
        .show_ui(ui, |ui| {
            for name in &list.names {
                if ui
                    .selectable_label(chosen == Some(name.as_str()), named(name))
                    .clicked()
                {
                    actions.push(Action::ChoosePrinter(name.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
    ui.add_space(6.0);
    let format = state.options().page.format;
    if format == PrintFormat::WalletCard {
        let mut on = true;
        ui.add_enabled(
            false,
            egui::Checkbox::new(&mut on, t.tr("print-both-sides")),
        );
        ui.label(
            RichText::new(t.tr("print-wallet-both-sides"))
                .size(12.5)
                .color(palette.muted),
        );
    } else {
        let mut on = state.print.two_sided;
        if ui.checkbox(&mut on, t.tr("print-both-sides")).changed() {
            actions.push(Action::SetTwoSided(on));
        }
    }
    chosen.is_some()
}

fn buttons_ui(ui: &mut egui::Ui, state: &AppState, ready: bool, actions: &mut Vec<Action>) {
    let t = Texts::of(state);
    ui.horizontal(|ui| {
        if state.print.sending {
            ui.add_enabled(false, primary_button(&t.tr("print-sending"), ui));
        } else if ui
            .add_enabled(ready, primary_button(&t.tr("print-button"), ui))
            .clicked()
        {
            actions.push(Action::Print);
        }
        let unavailable = matches!(&state.print.printers, PrinterLookup::Unavailable(_))
            || matches!(&state.print.printers, PrinterLookup::Found(l) if l.names.is_empty());
        if unavailable {
            if ui.button(t.tr("print-save-instead")).clicked() {
                actions.push(Action::ClosePrint);
                actions.push(Action::OpenExport);
            }
            if ui.button(t.tr("print-look-again")).clicked() {
                actions.push(Action::LookForPrinters);
            }
        }
        if ui.button(t.tr("dialog-cancel")).clicked() {
            actions.push(Action::ClosePrint);
        }
    });
}

/// Why printing cannot go ahead, and what to do.
fn failure_ui(ui: &mut egui::Ui, failure: &PrintFailure) {
    let palette = Palette::for_ui(ui);
    let t = Texts::of_ui(ui);
    ui.add_space(6.0);
    ui.label(RichText::new(failure.message(t)).color(palette.bad.0));
    ui.label(RichText::new(failure.hint(t)).size(12.5));
}
