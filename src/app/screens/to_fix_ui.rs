//! What the checks before an export or a sign-off found, listed in the dialog
//! they stop: each error with its place (a block, a clinic or resource field,
//! the handout's title), what to do, and a "Fix" that goes there; where the
//! desk has no field for it (the subtitle, the sources, the whole handout, a
//! handout it cannot change), what to do instead. Warnings are listed apart
//! and stop nothing.

use egui::RichText;

use crate::app::action::Action;
use crate::app::editor::editable;
use crate::app::focus::FocusTarget;
use crate::app::i18n::Texts;
use crate::app::settings::DeskView;
use crate::app::state::AppState;
use crate::app::theme::Palette;
use crate::problem::{Field, Part, Problem};

/// What an error's entry offers besides its text.
enum Fix {
    /// A "Fix" that does these (after closing the dialog), and the words that
    /// name it for a screen reader ("Fix: clinic phone").
    Go(Vec<Action>, String),
    /// There is no field on the desk to go to: what to do instead.
    Advice(String),
}

/// Where a problem's "Fix" goes: the clinic form's field, the editor's title
/// field or the block, in the lead view (which has the form and the editor).
/// A template's subtitle, its sources and problems of the whole handout have
/// no field on the desk, nor does anything in a handout the desk cannot
/// change: for those, what to do.
fn fix_of(t: &Texts, state: &AppState, problem: &Problem) -> Fix {
    let mut go: Vec<Action> = (state.settings.view != DeskView::Lead)
        .then_some(Action::SetView(DeskView::Lead))
        .into_iter()
        .collect();
    let copy = editable(state);
    if let Some(field) = problem.field() {
        let target = FocusTarget::of(field).filter(|t| !t.in_editor() || copy.is_some());
        let Some(target) = target else {
            return Fix::Advice(match copy {
                Some(copy) if matches!(field, Field::Subtitle | Field::Source { .. }) => t.tr_args(
                    "to-fix-in-file",
                    &[("file", copy.file.display().to_string().into())],
                ),
                _ => t.tr("to-fix-read-only"),
            });
        };
        go.push(Action::FocusField(target));
        if target.in_editor() {
            go.push(Action::SetEditBlocks(true));
        }
        let name = t.tr_args(
            "to-fix-field",
            &[("field", t.place(Part::Field(field)).into())],
        );
        return Fix::Go(go, name);
    }
    if let Some(block) = problem.block() {
        go.push(Action::SelectBlock(block));
        let name = t.tr_args("to-fix-block", &[("number", (block + 1).into())]);
        return Fix::Go(go, name);
    }
    Fix::Advice(if copy.is_some() {
        t.tr("to-fix-whole")
    } else {
        t.tr("to-fix-whole-read-only")
    })
}

/// Lists the errors in `problems` under "To fix first", each with a "Fix"
/// that closes the dialog (`close`) and focuses the field or opens the block,
/// or with what to do where there is nothing to go to; then the warnings,
/// folded, as worth a look.
pub fn to_fix_ui(
    ui: &mut egui::Ui,
    state: &AppState,
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
            let fix = fix_of(t, state, problem);
            ui.horizontal(|ui| {
                if let Fix::Go(go, name) = &fix
                    && ui
                        .button(t.tr("to-fix-button"))
                        .accessible_name(name)
                        .on_hover_text(t.tr("to-fix-hover"))
                        .clicked()
                {
                    actions.push(close.clone());
                    actions.extend(go.iter().cloned());
                }
                ui.vertical(|ui| {
                    ui.add(
                        egui::Label::new(RichText::new(&item).size(12.5).color(palette.bad.0))
                            .wrap(),
                    )
                    .accessible_name(t.tr_args(
                        "to-fix-item",
                        &[("number", (n + 1).into()), ("text", first.into())],
                    ));
                    if let Fix::Advice(advice) = &fix {
                        ui.add(
                            egui::Label::new(RichText::new(advice).size(12.5).color(palette.muted))
                                .wrap(),
                        );
                    }
                });
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
