//! The block editor (right panel, with "Edit blocks" on): the clinic copy's title
//! and blocks, each with its text, sources, problems, and buttons to move or
//! remove it; undo and redo; and what changed from the original.

use egui::{Margin, RichText, Stroke, TextEdit};

use crate::app::action::Action;
use crate::app::editor::editable;
use crate::app::focus::template_title_id;
use crate::app::i18n::Texts;
use crate::app::quality_panel::FindingRow;
use crate::app::screens::changes_ui::changes_ui;
use crate::app::screens::names;
use crate::app::screens::{Field, text_field_ui};
use crate::app::state::AppState;
use crate::app::theme::{Palette, badge_ui, bold_family, section_title_ui};
use crate::clinic::adapt::{newer_base, update_notice};
use crate::clinic::diff::diff_from_base;
use crate::clinic::edit::{
    BlockField, NewBlock, TemplateEdit, field_text, insert_position, parse_sources, sources_text,
};
use crate::problem::Problem;
use crate::problem::Severity;
use crate::quality::grades::is_prose;
use crate::template::{Block, CalloutKind, LoadedTemplate, ResourceCategory, TemplateOrigin};

/// Draws the block editor for the chosen template, or says why it cannot be edited.
pub fn editor_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let tx = Texts::of(state);
    let Some(loaded) = state.selected_template() else {
        ui.label(tx.tr("editor-choose-handout"));
        return;
    };
    if editable(state).is_none() {
        read_only_ui(ui, loaded, &palette);
        return;
    }
    let t = &loaded.template;
    let id = t.id.as_str();
    shortcuts(ui, state, id, actions);

    section_title_ui(ui, &tx.tr("editor-title"));
    ui.horizontal(|ui| {
        let undo = ui
            .add_enabled(
                state.editor.can_undo(id),
                egui::Button::new(tx.tr("editor-undo")),
            )
            .accessible_name(tx.tr("editor-undo-name"))
            .on_hover_text(tx.tr("editor-undo-hover"));
        if undo.clicked() {
            actions.push(Action::UndoEdit);
        }
        let redo = ui
            .add_enabled(
                state.editor.can_redo(id),
                egui::Button::new(tx.tr("editor-redo")),
            )
            .accessible_name(tx.tr("editor-redo-name"))
            .on_hover_text(tx.tr("editor-redo-hover"));
        if redo.clicked() {
            actions.push(Action::RedoEdit);
        }
        let selected = state.editor.selected_block.filter(|&i| i < t.blocks.len());
        let at = insert_position(t, selected);
        let hover = match selected {
            Some(i) => tx.tr_args("editor-add-after", &[("number", (i + 1).into())]),
            None => tx.tr("editor-add-before-sources"),
        };
        add_block_menu_ui(ui, &tx.tr("editor-add-block"), at, &hover, actions);
    });
    match &state.editor.save_error {
        Some(e) => {
            ui.label(RichText::new(e).size(12.5).color(palette.bad.0));
        }
        None => {
            ui.label(
                RichText::new(tx.tr_args(
                    "editor-saved-in",
                    &[("path", loaded.file.display().to_string().into())],
                ))
                .size(12.0)
                .color(palette.muted),
            );
        }
    }
    ui.add_space(6.0);

    if let (Some(base), Some(from)) = (
        newer_base(t, state.library()).map(|b| &b.template),
        t.adapted_from.as_ref(),
    ) {
        ui.label(RichText::new(update_notice(from, base)).color(palette.caution.0));
        if ui.button(tx.tr("editor-review-differences")).clicked() {
            actions.push(Action::ShowBaseDiff(true));
        }
        ui.add_space(4.0);
    }
    if let Some(diff) = diff_from_base(t) {
        let title = tx.tr_args("editor-what-changed", &[("summary", diff.summary().into())]);
        egui::CollapsingHeader::new(title)
            .id_salt("what-changed")
            .show(ui, |ui| {
                let before = t
                    .adapted_from
                    .as_ref()
                    .map_or(&[][..], |f| &f.base_sources[..]);
                changes_ui(ui, &diff, before, &t.sources);
            });
        ui.add_space(4.0);
    }

    let checks = state.editor.checks(id);
    if let Some(text) = text_field_ui(
        ui,
        Field {
            label: &tx.tr("editor-handout-title"),
            name: None,
            value: &t.title,
            hint: &tx.tr("editor-handout-title-hint"),
            issue: None,
        },
        template_title_id(),
    ) {
        actions.push(Action::EditTemplate(TemplateEdit::Title(text)));
    }
    for d in checks.iter().filter(|d| d.block().is_none()) {
        problem_ui(ui, d, &palette);
    }
    ui.add_space(6.0);

    let quality = state.quality.view_of(&loaded.key());
    let selected = state.editor.selected_block;
    // Scroll to a block chosen in the quality panel once per choice.
    let scrolled_id = scrolled_for_id();
    let scroll_pending = selected.is_some()
        && ui.data(|d| d.get_temp::<u64>(scrolled_id)) != Some(state.editor.select_serial);
    for (i, block) in t.blocks.iter().enumerate() {
        let problems: Vec<&Problem> = checks.iter().filter(|d| d.block() == Some(i)).collect();
        let findings: Vec<&FindingRow> =
            quality.map_or_else(Vec::new, |q| q.findings_in(i).collect());
        let grade = quality.and_then(|q| {
            let prose = is_prose(block);
            let score = q.report.block_scores.iter().find(|(b, _)| *b == i)?;
            prose.then_some((score.1.flesch_kincaid_grade, q.report.grade_target.0))
        });
        let look = BlockLook {
            problems: &problems,
            findings: &findings,
            selected: selected == Some(i),
            grade,
            next_serial: state.editor.select_serial + 1,
        };
        let rect = block_ui(ui, i, block, t.blocks.len(), &look, &palette, actions);
        if look.selected && scroll_pending {
            ui.scroll_to_rect(rect, Some(egui::Align::TOP));
            ui.data_mut(|d| d.insert_temp(scrolled_id, state.editor.select_serial));
        }
        ui.add_space(6.0);
    }
}

/// Where the editor keeps the last block choice it scrolled to.
fn scrolled_for_id() -> egui::Id {
    egui::Id::unique("editor-scrolled-for")
}

/// An "Add block" menu whose new block becomes block `at` (from 0). The new
/// block is selected in turn, so blocks are added in reading order.
fn add_block_menu_ui(
    ui: &mut egui::Ui,
    text: &str,
    at: usize,
    hover: &str,
    actions: &mut Vec<Action>,
) {
    let t = Texts::of_ui(ui);
    ui.menu_button(text, |ui| {
        for kind in NewBlock::ALL {
            let name = names::new_block(t, kind);
            if ui
                .button(&name)
                .accessible_name(t.tr_args("editor-add-kind", &[("kind", name.as_str().into())]))
                .clicked()
            {
                actions.push(Action::EditTemplate(TemplateEdit::Add { kind, at }));
            }
        }
    })
    .response
    .on_hover_text(hover);
}

/// A block's reading grade in words: the formula's grade, except that it
/// goes below 1 for very easy text, which no reader's school grade does.
fn grade_text(t: &Texts, grade: f64, target: f32) -> String {
    let target = target.to_string();
    if grade < 1.0 {
        t.tr_args("editor-grade-under-one", &[("target", target.into())])
    } else {
        let grade = format!("{grade:.1}");
        let args = [("grade", grade.into()), ("target", target.into())];
        t.tr_args("editor-grade", &args)
    }
}

/// Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, before any text field sees them.
fn shortcuts(ui: &mut egui::Ui, state: &AppState, id: &str, actions: &mut Vec<Action>) {
    let redo = egui::KeyboardShortcut::new(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    let redo_y = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Y);
    let undo = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);
    ui.input_mut(|i| {
        // Redo first: Ctrl+Z also matches with Shift held.
        if i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y) {
            if state.editor.can_redo(id) {
                actions.push(Action::RedoEdit);
            }
        } else if i.consume_shortcut(&undo) && state.editor.can_undo(id) {
            actions.push(Action::UndoEdit);
        }
    });
}

fn read_only_ui(ui: &mut egui::Ui, loaded: &LoadedTemplate, palette: &Palette) {
    let t = Texts::of_ui(ui);
    section_title_ui(ui, &t.tr("editor-title"));
    let why = match loaded.origin {
        TemplateOrigin::Shipped => t.tr("editor-read-only-shipped"),
        TemplateOrigin::Shared => t.tr("editor-read-only-shared"),
        TemplateOrigin::Folder => t.tr("editor-read-only-folder"),
        TemplateOrigin::Clinic => String::new(),
    };
    palette
        .plain_card_frame()
        .inner_margin(Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(t.tr_args(
                    "editor-cannot-edit",
                    &[("title", loaded.template.title.as_str().into())],
                ))
                .strong(),
            );
            ui.label(why);
        });
}

/// What a block's card shows besides its fields.
struct BlockLook<'a> {
    /// The template checks' problems in the block.
    problems: &'a [&'a Problem],
    /// The quality findings in the block, errors first.
    findings: &'a [&'a FindingRow],
    /// Whether the block was chosen in the quality panel.
    selected: bool,
    /// The block's own reading grade and the template's target, for prose blocks.
    grade: Option<(f64, f32)>,
    /// The choice count that choosing this block will make.
    next_serial: u64,
}

/// Draws block `i`'s card; returns where it is.
fn block_ui(
    ui: &mut egui::Ui,
    i: usize,
    block: &Block,
    count: usize,
    look: &BlockLook<'_>,
    palette: &Palette,
    actions: &mut Vec<Action>,
) -> egui::Rect {
    let n = i + 1;
    let t = Texts::of_ui(ui);
    let problems = look.problems;
    let stroke = if look.selected {
        Stroke::new(2.5, palette.accent)
    } else if problems.iter().any(|d| d.is_error())
        || look
            .findings
            .iter()
            .any(|r| r.finding.severity == Severity::Error)
    {
        Stroke::new(1.5, palette.bad.0)
    } else {
        Stroke::new(1.0, palette.card_border)
    };
    palette
        .card_frame(stroke)
        .inner_margin(Margin::symmetric(10, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let title = RichText::new(format!("{n}. {}", names::block_kind(t, block)))
                    .family(bold_family());
                if ui
                    .selectable_label(look.selected, title)
                    .accessible_name(t.tr_args("editor-select-block", &[("number", n.into())]))
                    .on_hover_text(t.tr("editor-select-block-hover"))
                    .clicked()
                    && !look.selected
                {
                    actions.push(Action::SelectBlock(i));
                    // It is in view already: scrolling it to the top would move
                    // what was just clicked from under the pointer.
                    ui.data_mut(|d| d.insert_temp(scrolled_for_id(), look.next_serial));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let edit = |e| Action::EditTemplate(e);
                    if ui
                        .button(t.tr("editor-remove"))
                        .accessible_name(t.tr_args("editor-remove-block", &[("number", n.into())]))
                        .clicked()
                    {
                        actions.push(edit(TemplateEdit::Remove(i)));
                    }
                    if ui
                        .add_enabled(i + 1 < count, egui::Button::new(t.tr("editor-down")))
                        .accessible_name(t.tr_args("editor-move-down", &[("number", n.into())]))
                        .on_hover_text(t.tr("editor-move-down-hover"))
                        .clicked()
                    {
                        actions.push(edit(TemplateEdit::Move {
                            block: i,
                            up: false,
                        }));
                    }
                    if ui
                        .add_enabled(i > 0, egui::Button::new(t.tr("editor-up")))
                        .accessible_name(t.tr_args("editor-move-up", &[("number", n.into())]))
                        .on_hover_text(t.tr("editor-move-up-hover"))
                        .clicked()
                    {
                        actions.push(edit(TemplateEdit::Move { block: i, up: true }));
                    }
                });
            });
            if let Some((grade, target)) = look.grade {
                let colour = if grade > f64::from(target) {
                    palette.caution.0
                } else {
                    palette.muted
                };
                ui.label(
                    RichText::new(grade_text(t, grade, target))
                        .size(12.0)
                        .color(colour),
                )
                .on_hover_text(t.tr("editor-grade-hover"));
            }
            for &field in BlockField::of(block) {
                block_field_ui(ui, i, block, field, actions);
            }
            kind_options_ui(ui, i, block, actions);
            if block.cites_sources() {
                sources_ui(ui, i, block, palette, actions);
            }
            for d in problems {
                problem_ui(ui, d, palette);
            }
            block_findings_ui(ui, look.findings, palette);
            if look.selected {
                ui.add_space(4.0);
                add_block_menu_ui(
                    ui,
                    &t.tr("editor-add-block-after"),
                    i + 1,
                    &t.tr_args("editor-adds-after", &[("number", n.into())]),
                    actions,
                );
            }
        })
        .response
        .rect
}

/// The quality findings at a block: how many, and the first in full.
fn block_findings_ui(ui: &mut egui::Ui, findings: &[&FindingRow], palette: &Palette) {
    let Some(row) = findings.first() else {
        return;
    };
    let first = &row.finding;
    ui.add_space(2.0);
    ui.spacing_mut().item_spacing.y = 3.0;
    let colours = if first.severity == Severity::Error {
        palette.bad
    } else {
        palette.caution
    };
    ui.horizontal_wrapped(|ui| {
        let t = Texts::of_ui(ui);
        let count = t.tr_args("editor-findings", &[("count", findings.len().into())]);
        badge_ui(ui, &count, colours);
        ui.label(
            RichText::new(first.rule_id())
                .size(12.5)
                .color(palette.muted),
        );
    });
    let message = Texts::of_ui(ui).problem_message(first);
    ui.label(RichText::new(message).size(12.5).color(colours.0));
    if let Some(advice) = &row.advice {
        ui.label(RichText::new(advice).size(12.5).color(palette.accent));
    }
}

fn block_field_ui(
    ui: &mut egui::Ui,
    i: usize,
    block: &Block,
    field: BlockField,
    actions: &mut Vec<Action>,
) {
    let n = i + 1;
    let t = Texts::of_ui(ui);
    let label = names::block_field(t, field);
    let visible = if field == BlockField::Items {
        t.tr("editor-items")
    } else {
        label.clone()
    };
    ui.label(RichText::new(visible).size(13.0).strong());
    let mut text = field_text(block, field);
    let edit = if field.is_multiline() {
        let rows = if field == BlockField::Items { 3 } else { 2 };
        TextEdit::multiline(&mut text).desired_rows(rows)
    } else {
        TextEdit::singleline(&mut text)
    };
    let hint = if field == BlockField::Items {
        t.tr("editor-items-hint")
    } else {
        String::new()
    };
    let response = ui
        .add(
            edit.id(egui::Id::unique(("block-field", i, field)))
                .hint_text(hint)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(t.tr_args(
            "editor-field-of-block",
            &[("field", label.as_str().into()), ("number", n.into())],
        ));
    if response.changed() {
        actions.push(Action::EditTemplate(TemplateEdit::BlockText {
            block: i,
            field,
            value: text,
        }));
    }
}

fn kind_options_ui(ui: &mut egui::Ui, i: usize, block: &Block, actions: &mut Vec<Action>) {
    let n = i + 1;
    let t = Texts::of_ui(ui);
    match block {
        Block::Callout { kind, .. } => {
            ui.horizontal(|ui| {
                ui.label(t.tr("editor-look"));
                let looks = [
                    (CalloutKind::Urgent, t.tr("editor-look-urgent")),
                    (CalloutKind::Note, t.tr("editor-look-note")),
                ];
                for (choice, name) in looks {
                    let args = [("number", n.into()), ("look", name.as_str().into())];
                    if ui
                        .selectable_label(*kind == choice, &name)
                        .on_hover_text(t.tr_args("editor-draw-as", &args))
                        .clicked()
                        && *kind != choice
                    {
                        actions.push(Action::EditTemplate(TemplateEdit::CalloutKind(i, choice)));
                    }
                }
            });
        }
        Block::Resources { category, .. } => {
            ui.horizontal(|ui| {
                ui.label(t.tr("editor-category"));
                egui::ComboBox::from_id_salt(("block-category", i))
                    .selected_text(t.category(*category))
                    .show_ui(ui, |ui| {
                        for choice in ResourceCategory::ALL {
                            if ui
                                .selectable_label(*category == choice, t.category(choice))
                                .clicked()
                            {
                                actions
                                    .push(Action::EditTemplate(TemplateEdit::Category(i, choice)));
                            }
                        }
                    })
                    .response
                    .accessible_name(t.tr_args("editor-category-of", &[("number", n.into())]));
            });
        }
        Block::FillIn { lines, .. } => {
            ui.horizontal(|ui| {
                ui.label(t.tr("editor-ruled-lines"));
                let mut value = *lines;
                let response = ui
                    .add(egui::DragValue::new(&mut value).range(1..=12))
                    .accessible_name(t.tr_args("editor-lines-of", &[("number", n.into())]));
                if response.changed() && value != *lines {
                    actions.push(Action::EditTemplate(TemplateEdit::Lines(i, value)));
                }
            });
        }
        // Their text fields are all they have to edit.
        Block::Heading { .. }
        | Block::Paragraph { .. }
        | Block::Bullets { .. }
        | Block::Steps { .. }
        | Block::Sources { .. } => {}
    }
}

/// The "Sources" field: typed text is kept while the field has focus, so "1, "
/// can be typed on the way to "1, 3".
fn sources_ui(
    ui: &mut egui::Ui,
    i: usize,
    block: &Block,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let n = i + 1;
    let t = Texts::of_ui(ui);
    let id = egui::Id::unique(("block-sources", i));
    let model = sources_text(block.sources());
    let focused = ui.memory(|m| m.has_focus(id));
    let mut text = if focused {
        ui.data(|d| d.get_temp::<String>(id))
            .unwrap_or_else(|| model.clone())
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
        model
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(t.tr("editor-sources")).size(13.0).strong());
        let response = ui
            .add(
                TextEdit::singleline(&mut text)
                    .id(id)
                    .hint_text(t.tr("editor-sources-hint"))
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(t.tr_args("editor-sources-of", &[("number", n.into())]));
        if response.changed() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
            if let Ok(list) = parse_sources(&text)
                && list != block.sources()
            {
                actions.push(Action::EditTemplate(TemplateEdit::Sources(i, list)));
            }
        }
    });
    if let Err(e) = parse_sources(&text) {
        ui.label(
            RichText::new(t.tr_args("editor-fix", &[("problem", e.to_string().into())]))
                .size(12.5)
                .color(palette.bad.0),
        );
    }
}

fn problem_ui(ui: &mut egui::Ui, d: &Problem, palette: &Palette) {
    let t = Texts::of_ui(ui);
    let (id, colour) = if d.is_error() {
        ("fix", palette.bad.0)
    } else {
        ("check", palette.caution.0)
    };
    // In the desk's language; a message that ends its own sentence gets no
    // second full stop.
    let mut message = t.problem_message(d);
    if let Some(first) = message.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    if !message.ends_with('.') {
        message.push('.');
    }
    ui.label(
        RichText::new(if id == "fix" {
            t.tr_args("editor-fix", &[("problem", message.into())])
        } else {
            t.tr_args("editor-check", &[("problem", message.into())])
        })
        .size(12.5)
        .color(colour),
    );
    if let Some(hint) = t.problem_hint(d) {
        ui.label(
            RichText::new(t.tr_args("editor-hint", &[("hint", hint.into())]))
                .size(12.5)
                .color(colour),
        );
    }
}
