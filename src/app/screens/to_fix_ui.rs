//! What the checks before an export or a sign-off refused, listed in the
//! dialog that was refused: each error with its place (a block, a clinic or
//! resource field) and what to do, and a way to the block.

use egui::RichText;

use crate::app::action::Action;
use crate::app::theme::Palette;
use crate::problem::Problem;

/// Lists the errors in `problems` under "To fix first". A problem at a block
/// offers "Go to block N", which closes the dialog (`close`) and opens the
/// block in the editor.
pub fn to_fix_ui(
    ui: &mut egui::Ui,
    problems: &[Problem],
    close: Action,
    actions: &mut Vec<Action>,
) {
    let errors: Vec<&Problem> = problems.iter().filter(|p| p.is_error()).collect();
    if errors.is_empty() {
        return;
    }
    let palette = Palette::for_ui(ui);
    ui.add_space(6.0);
    ui.label(RichText::new("To fix first").strong().color(palette.bad.0));
    egui::ScrollArea::vertical()
        .id_salt("to-fix")
        .max_height(220.0)
        .show(ui, |ui| {
            for (n, problem) in errors.iter().enumerate() {
                let item = problem.as_list_item();
                let first = item.lines().next().unwrap_or_default().to_owned();
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&item).size(12.5).color(palette.bad.0))
                        .accessible_name(format!("To fix {}: {first}", n + 1));
                    if let Some(block) = problem.block()
                        && ui.button(format!("Go to block {}", block + 1)).clicked()
                    {
                        actions.push(close.clone());
                        actions.push(Action::SelectBlock(block));
                    }
                });
            }
        });
}
