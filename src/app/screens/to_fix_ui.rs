//! What the checks before an export or a sign-off found, listed in the dialog
//! they stop: each error with its place (a block, a clinic or resource field),
//! what to do, and a "Fix" that goes there. Warnings are listed apart and stop
//! nothing.

use egui::RichText;

use crate::app::action::Action;
use crate::app::focus::FocusTarget;
use crate::app::i18n::Texts;
use crate::app::theme::Palette;
use crate::problem::{Part, Problem};

/// Where a problem's "Fix" goes, and the words that name it for a screen
/// reader ("Fix: clinic phone").
fn fix_of(t: &Texts, problem: &Problem) -> Option<(Action, String)> {
    if let Some(field) = problem.field()
        && let Some(target) = FocusTarget::of(field)
    {
        let name = t.tr_args(
            "to-fix-field",
            &[("field", t.place(Part::Field(field)).into())],
        );
        return Some((Action::FocusField(target), name));
    }
    let block = problem.block()?;
    let name = t.tr_args("to-fix-block", &[("number", (block + 1).into())]);
    Some((Action::SelectBlock(block), name))
}

/// Lists the errors in `problems` under "To fix first", each with a "Fix"
/// that closes the dialog (`close`) and focuses the field or opens the block;
/// then the warnings, folded, as worth a look.
pub fn to_fix_ui(
    ui: &mut egui::Ui,
    problems: &[Problem],
    close: Action,
    actions: &mut Vec<Action>,
) {
    let palette = Palette::for_ui(ui);
    let t = Texts::of_ui(ui);
    let (errors, warnings): (Vec<&Problem>, Vec<&Problem>) =
        problems.iter().partition(|p| p.is_error());
    if !errors.is_empty() {
        ui.add_space(6.0);
        ui.label(
            RichText::new(t.tr("to-fix-first"))
                .strong()
                .color(palette.bad.0),
        );
        for (n, problem) in errors.iter().enumerate() {
            let item = t.problem_list_item(problem);
            let first = item.lines().next().unwrap_or_default().to_owned();
            ui.horizontal(|ui| {
                if let Some((fix, name)) = fix_of(t, problem)
                    && ui
                        .button(t.tr("to-fix-button"))
                        .accessible_name(name)
                        .on_hover_text(t.tr("to-fix-hover"))
                        .clicked()
                {
                    actions.push(close.clone());
                    actions.push(fix);
                }
                ui.add(
                    egui::Label::new(RichText::new(&item).size(12.5).color(palette.bad.0)).wrap(),
                )
                .accessible_name(t.tr_args(
                    "to-fix-item",
                    &[("number", (n + 1).into()), ("text", first.into())],
                ));
            });
        }
    }
    if !warnings.is_empty() {
        ui.add_space(4.0);
        let title = t.tr_args("to-fix-worth-a-look", &[("count", warnings.len().into())]);
        egui::CollapsingHeader::new(RichText::new(title).color(palette.caution.0))
            .id_salt("worth-a-look")
            .show(ui, |ui| {
                for problem in warnings {
                    ui.add(
                        egui::Label::new(
                            RichText::new(t.problem_list_item(problem))
                                .size(12.5)
                                .color(palette.caution.0),
                        )
                        .wrap(),
                    );
                }
            });
    }
}
