//! "What changed": a template's differences block by block (added, removed,
//! reworded, moved, with before and after text and the sources lost or gained),
//! and the window comparing an older original with its newer version.

use egui::{Frame, Margin, RichText, Stroke};

use crate::app::action::Action;
use crate::app::editor::editable;
use crate::app::i18n::Texts;
use crate::app::screens::names;
use crate::app::state::AppState;
use crate::app::theme::{Palette, bold_family};
use crate::clinic::adapt::{base_as_adapted, base_update};
use crate::clinic::diff::{ChangeKind, TemplateDiff};
use crate::template::Source;

/// Lists every change in `diff`; `before` and `after` are the two source lists,
/// for naming the sources a block lost or gained.
pub fn changes_ui(ui: &mut egui::Ui, diff: &TemplateDiff, before: &[Source], after: &[Source]) {
    let palette = Palette::for_ui(ui);
    let t = Texts::of_ui(ui);
    if diff.is_empty() {
        ui.label(RichText::new(t.tr("changes-none")).color(palette.muted));
        return;
    }
    for change in diff.changes() {
        let place = match (change.before_index, change.after_index) {
            (_, Some(a)) => t.tr_args("changes-block", &[("number", (a + 1).into())]),
            (Some(b), None) => {
                t.tr_args("changes-block-of-original", &[("number", (b + 1).into())])
            }
            (None, None) => t.tr("changes-block-unplaced"),
        };
        let colour = match change.kind {
            ChangeKind::Added => palette.good.0,
            ChangeKind::Removed => palette.bad.0,
            _ => palette.caution.0,
        };
        Frame::new()
            .stroke(Stroke::new(1.0, palette.card_border))
            .corner_radius(6)
            .inner_margin(Margin::symmetric(8, 6))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!(
                        "{place} · {} · {}",
                        names::block_kind_named(t, change.block_kind),
                        names::change_kind(t, change.kind)
                    ))
                    .family(bold_family())
                    .color(colour),
                );
                let moved = change.kind == ChangeKind::Moved;
                if let (true, Some(b)) = (moved, change.before_index) {
                    ui.label(t.tr_args("changes-was-block", &[("number", (b + 1).into())]));
                }
                if let Some(text) = change.before.as_deref().filter(|_| !moved) {
                    ui.label(
                        RichText::new(t.tr_args("changes-before", &[("text", text.into())]))
                            .size(12.5),
                    );
                }
                if let Some(text) = &change.after {
                    ui.label(
                        RichText::new(
                            t.tr_args("changes-after", &[("text", text.as_str().into())]),
                        )
                        .size(12.5),
                    );
                }
                sources_line_ui(
                    ui,
                    &t.tr("changes-sources-lost"),
                    &change.sources_lost,
                    before,
                    &palette,
                );
                sources_line_ui(
                    ui,
                    &t.tr("changes-sources-gained"),
                    &change.sources_gained,
                    after,
                    &palette,
                );
            });
        ui.add_space(3.0);
    }
    for field in &diff.fields {
        let text = match (&field.before, &field.after) {
            (Some(b), Some(a)) => t.tr_args(
                "changes-field-changed",
                &[
                    ("field", field.field.as_str().into()),
                    ("before", b.as_str().into()),
                    ("after", a.as_str().into()),
                ],
            ),
            (None, Some(a)) => t.tr_args(
                "changes-field-added",
                &[
                    ("field", field.field.as_str().into()),
                    ("after", a.as_str().into()),
                ],
            ),
            (Some(b), None) => t.tr_args(
                "changes-field-removed",
                &[
                    ("field", field.field.as_str().into()),
                    ("before", b.as_str().into()),
                ],
            ),
            (None, None) => continue,
        };
        ui.label(RichText::new(text).size(12.5));
    }
}

fn sources_line_ui(ui: &mut egui::Ui, what: &str, ids: &[u32], list: &[Source], palette: &Palette) {
    let t = Texts::of_ui(ui);
    for id in ids {
        let citation = list
            .iter()
            .find(|s| s.id == *id)
            .map_or_else(|| t.tr("changes-not-in-sources"), |s| s.citation.clone());
        ui.label(
            RichText::new(format!("{what}: {id}. {citation}"))
                .size(12.5)
                .color(palette.muted),
        );
    }
}

/// The window comparing the original a clinic copy was made from with the newer
/// original now in the library, while it is open.
pub fn base_diff_window_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    if !state.editor.show_base_diff {
        return;
    }
    let Some(copy) = editable(state) else {
        return;
    };
    let Some(update) = base_update(&copy.template, state.library()) else {
        return;
    };
    let base = &update.current.template;
    let Some(old) = base_as_adapted(&copy.template, base) else {
        return;
    };
    let diff = update.diff;
    let mut open = true;
    // Never larger than the window, so its title bar and close button stay in reach.
    let screen = ctx.content_rect().size();
    let t = Texts::of(state);
    egui::Window::new(t.tr_args(
        "changes-window-title",
        &[
            ("title", base.title.as_str().into()),
            ("old", update.old_version.as_str().into()),
            ("new", base.version.as_str().into()),
        ],
    ))
    .id(egui::Id::unique("base-diff-window"))
    .open(&mut open)
    .default_width(520.0_f32.min(screen.x - 48.0))
    .max_width(screen.x - 48.0)
    .max_height(screen.y - 96.0)
    .vscroll(true)
    .show(ctx, |ui| {
        ui.label(t.tr("changes-window-explain"));
        ui.add_space(6.0);
        changes_ui(ui, &diff, &old.sources, &base.sources);
    });
    if !open {
        actions.push(Action::ShowBaseDiff(false));
    }
}

#[cfg(test)]
mod tests {
    use crate::fonts::{self, FontStyle};

    #[test]
    fn the_quotes_and_dashes_are_in_the_font() {
        for style in [FontStyle::Regular, FontStyle::Bold] {
            for ch in ['“', '”', '…', '—'] {
                assert!(fonts::metrics(style).has_glyph(ch), "{ch} in {style:?}");
            }
        }
    }
}
