//! The "Quality checks" panel (top of the right-hand panel, above the fill-in
//! form or the block editor): reading grade, SMOG and reading ease (for a
//! Spanish template Szigriszt-Pazos, its INFLESZ band and Fernández-Huerta), the PEMAT-P
//! items the program judges, and every finding, errors first.
//!
//! Choosing a finding about a block asks for [`Action::SelectBlock`]. On a clinic
//! copy the editor opens at that block, scrolled to it and framed in the accent
//! colour. Shipped and shared templates cannot be edited, so there the finding
//! itself is marked as chosen and shows the start of the block's text, which is
//! enough to find it on the page.

use egui::{Align, Frame, Layout, Margin, Panel, RichText, Sense, Stroke, UiBuilder, WidgetInfo};

use crate::app::action::Action;
use crate::app::editor::editable;
use crate::app::i18n::Texts;
use crate::app::panels::room_for_scroll_bar;
use crate::app::quality_panel::{FindingRow, QualityView};
use crate::app::state::AppState;
use crate::app::theme::{Palette, badge_ui, bold_family, section_title_ui};
use crate::problem::Severity;
use crate::quality::spanish::readability::{INFLESZ_FLOOR, INFLESZ_TARGET, SpanishReadability};
use crate::template::Block;

/// How many characters of a read-only block's text a chosen finding quotes.
const EXCERPT_CHARS: usize = 150;

/// Draws the quality panel for the chosen template at the top of `ui`.
pub fn quality_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(view) = state
        .selected
        .as_ref()
        .and_then(|key| state.quality.view_of(key))
    else {
        return;
    };
    let folded = state.quality.folded;
    let frame = Frame::new().inner_margin(Margin {
        bottom: 8,
        ..Margin::ZERO
    });
    if folded {
        Panel::top("quality-folded")
            .frame(frame)
            .resizable(false)
            .show(ui, |ui| header_ui(ui, view, true, actions));
        return;
    }
    let total = ui.available_height();
    let most = (total * 0.7).max(180.0);
    Panel::top("quality")
        .frame(frame)
        .resizable(true)
        .default_size((total * 0.5).clamp(180.0, most))
        .size_range(140.0..=most)
        .show(ui, |ui| {
            header_ui(ui, view, false, actions);
            egui::ScrollArea::vertical()
                .id_salt("quality-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    // Room for the scroll bar, which floats over the content.
                    room_for_scroll_bar().show(ui, |ui| body_ui(ui, state, view, actions));
                });
        });
    ui.add_space(4.0);
}

fn header_ui(ui: &mut egui::Ui, view: &QualityView, folded: bool, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let (errors, warnings) = view.counts();
    room_for_scroll_bar().show(ui, |ui| {
        header_row_ui(ui, folded, errors, warnings, &palette, actions)
    });
}

fn header_row_ui(
    ui: &mut egui::Ui,
    folded: bool,
    errors: usize,
    warnings: usize,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let t = Texts::of_ui(ui);
    // Wrapping, so at a large text size Hide moves to the next row instead of
    // sliding under the badges.
    ui.horizontal_wrapped(|ui| {
        let title = t.tr("quality-title");
        section_title_ui(ui, &title)
            .widget_info(|| WidgetInfo::labeled(egui::Role::Heading, true, &title));
        if errors > 0 {
            badge_ui(
                ui,
                &t.tr_args("quality-errors", &[("count", errors.into())]),
                palette.bad,
            );
        }
        if warnings > 0 {
            badge_ui(
                ui,
                &t.tr_args("quality-warnings", &[("count", warnings.into())]),
                palette.caution,
            );
        }
        if errors + warnings == 0 {
            badge_ui(ui, &t.tr("quality-all-clear"), palette.good);
        }
        let (text, name) = if folded {
            (t.tr("quality-show"), t.tr("quality-show-name"))
        } else {
            (t.tr("quality-hide"), t.tr("quality-hide-name"))
        };
        if ui
            .small_button(text)
            .accessible_name(&name)
            .on_hover_text(&name)
            .clicked()
        {
            actions.push(Action::SetQualityFolded(!folded));
        }
    });
}

fn body_ui(ui: &mut egui::Ui, state: &AppState, view: &QualityView, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let t = Texts::of(state);
    ui.spacing_mut().item_spacing.y = 6.0;
    scores_ui(ui, view, &palette);
    pemat_ui(ui, view, &palette);
    ui.add_space(2.0);
    if view.rows.is_empty() {
        ui.label(RichText::new(t.tr("quality-no-findings")).color(palette.good.0));
        return;
    }
    let chosen = state.editor.selected_block;
    let read_only = editable(state).is_none();
    for row in &view.rows {
        let selected = row.finding.block().is_some() && row.finding.block() == chosen;
        finding_ui(ui, state, row, selected, read_only, &palette, actions);
    }
}

fn scores_ui(ui: &mut egui::Ui, view: &QualityView, palette: &Palette) {
    let t = Texts::of_ui(ui);
    if let Some(spanish) = &view.report.spanish {
        spanish_scores_ui(ui, spanish, palette);
        return;
    }
    let scores = &view.report.scores;
    let (target, max) = view.report.grade_target;
    let grade = scores.flesch_kincaid_grade;
    let grade_colour = if grade <= f64::from(target) {
        palette.good.0
    } else if grade <= f64::from(max) {
        palette.caution.0
    } else {
        palette.bad.0
    };
    let text_colour = ui.visuals().text_color();
    ui.columns(3, |cols| {
        tile_ui(
            &mut cols[0],
            &t.tr("quality-reading-grade"),
            &format!("{grade:.1}"),
            grade_colour,
            &t.tr_args(
                "quality-grade-target",
                &[("target", target.into()), ("max", max.into())],
            ),
            palette,
        );
        tile_ui(
            &mut cols[1],
            &t.tr("quality-smog-grade"),
            &format!("{:.1}", scores.smog_grade),
            text_colour,
            &t.tr("quality-years-of-school"),
            palette,
        );
        tile_ui(
            &mut cols[2],
            &t.tr("quality-reading-ease"),
            &format!("{:.0}", scores.flesch_reading_ease),
            text_colour,
            &t.tr("quality-higher-is-easier"),
            palette,
        );
    });
}

/// A Spanish template's tiles: Szigriszt-Pazos against the INFLESZ target, its
/// band, and Fernández-Huerta (grades do not apply to Spanish text).
fn spanish_scores_ui(ui: &mut egui::Ui, spanish: &SpanishReadability, palette: &Palette) {
    let s = &spanish.scores;
    let colour = if s.szigriszt_pazos >= INFLESZ_TARGET {
        palette.good.0
    } else if s.szigriszt_pazos >= INFLESZ_FLOOR {
        palette.caution.0
    } else {
        palette.bad.0
    };
    let text_colour = ui.visuals().text_color();
    let t = Texts::of_ui(ui);
    ui.columns(3, |cols| {
        tile_ui(
            &mut cols[0],
            "Szigriszt-Pazos",
            &format!("{:.0}", s.szigriszt_pazos),
            colour,
            &t.tr_args(
                "quality-inflesz-target",
                &[
                    ("target", INFLESZ_TARGET.into()),
                    ("min", INFLESZ_FLOOR.into()),
                ],
            ),
            palette,
        );
        tile_ui(
            &mut cols[1],
            "INFLESZ",
            s.inflesz.label(),
            colour,
            &t.tr("quality-inflesz-band"),
            palette,
        );
        tile_ui(
            &mut cols[2],
            "Fernández-Huerta",
            &format!("{:.0}", s.fernandez_huerta),
            text_colour,
            &t.tr("quality-higher-is-easier"),
            palette,
        );
    });
}

fn tile_ui(
    ui: &mut egui::Ui,
    caption: &str,
    value: &str,
    colour: egui::Color32,
    note: &str,
    palette: &Palette,
) {
    palette
        .plain_card_frame()
        .inner_margin(Margin::symmetric(8, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Not justified like the columns around it: justified text that
            // wraps is spread out letter by letter ("S M O G").
            ui.vertical(|ui| {
                ui.spacing_mut().item_spacing.y = 1.0;
                ui.label(RichText::new(caption).size(12.0).color(palette.muted));
                ui.label(
                    RichText::new(value)
                        .family(bold_family())
                        .size(20.0)
                        .color(colour),
                );
                ui.label(RichText::new(note).size(11.5).color(palette.muted));
            });
        });
}

/// The share of items met from which PEMAT-P counts a handout as understandable
/// or actionable (AHRQ's usual cut-off).
const PEMAT_PASS: f64 = 70.0;

fn pemat_ui(ui: &mut egui::Ui, view: &QualityView, palette: &Palette) {
    let pemat = &view.report.pemat;
    let met = pemat.items.iter().filter(|i| i.met).count();
    let t = Texts::of_ui(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("PEMAT-P").family(bold_family()));
        for (name, score) in [
            (t.tr("quality-understandable"), pemat.understandability),
            (t.tr("quality-actionable"), pemat.actionability),
        ] {
            let colours = if score >= PEMAT_PASS {
                palette.good
            } else {
                palette.caution
            };
            badge_ui(ui, &format!("{name} {score:.0}%"), colours);
        }
    });
    egui::CollapsingHeader::new(
        RichText::new(t.tr_args(
            "quality-items-met",
            &[("met", met.into()), ("total", pemat.items.len().into())],
        ))
        .size(13.0)
        .color(palette.muted),
    )
    .id_salt("pemat-items")
    .show(ui, |ui| {
        for item in &pemat.items {
            ui.horizontal_wrapped(|ui| {
                if item.met {
                    badge_ui(ui, &t.tr("quality-met"), palette.good);
                } else {
                    badge_ui(ui, &t.tr("quality-not-met"), palette.caution);
                }
                ui.label(
                    RichText::new(format!("{}. {}", item.number, t.pemat_item(item))).size(13.0),
                );
            });
            ui.label(
                RichText::new(t.pemat_why(item))
                    .size(12.0)
                    .color(palette.muted),
            );
        }
        ui.label(
            RichText::new(t.tr("quality-pemat-person"))
                .size(12.0)
                .color(palette.muted),
        );
    });
}

fn finding_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    row: &FindingRow,
    selected: bool,
    read_only: bool,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    let f = &row.finding;
    let t = Texts::of(state);
    let sense = if f.block().is_some() {
        Sense::click()
    } else {
        Sense::hover()
    };
    let response = ui
        .scope_builder(UiBuilder::new().id_salt(&row.label).sense(sense), |ui| {
            // The row takes the click, not the text inside it.
            ui.style_mut().interaction.selectable_labels = false;
            let hovered = f.block().is_some() && ui.response().hovered();
            let stroke = if selected {
                Stroke::new(2.0, palette.accent)
            } else if hovered {
                Stroke::new(1.0, palette.accent)
            } else {
                Stroke::new(1.0, palette.card_border)
            };
            palette
                .card_frame(stroke)
                .inner_margin(Margin::symmetric(10, 7))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.spacing_mut().item_spacing.y = 3.0;
                    ui.horizontal(|ui| {
                        match f.severity {
                            Severity::Error => badge_ui(ui, &t.tr("quality-error"), palette.bad),
                            Severity::Warning => {
                                badge_ui(ui, &t.tr("quality-warning"), palette.caution)
                            }
                        };
                        ui.label(
                            RichText::new(f.rule.map(|r| t.rule_name(r)).unwrap_or_default())
                                .size(12.5)
                                .color(palette.muted)
                                .family(bold_family()),
                        );
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            let place = match (f.block(), f.field()) {
                                (None, None) => t.tr("quality-whole-handout"),
                                _ => capitalise(&t.place(f.place.part)),
                            };
                            ui.label(RichText::new(place).size(12.5).color(palette.muted));
                        });
                    });
                    ui.label(RichText::new(t.problem_message(f)).size(13.5));
                    if let Some(advice) = advice(t, row) {
                        ui.label(RichText::new(advice).size(13.5).color(palette.accent));
                    }
                    if selected
                        && read_only
                        && let Some(excerpt) = f.block().and_then(|b| excerpt(state, b))
                    {
                        ui.label(
                            RichText::new(excerpt)
                                .size(12.5)
                                .italics()
                                .color(palette.muted),
                        );
                    }
                });
        })
        .response;
    if let Some(block) = f.block() {
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &row.label));
        let response = response
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text(if read_only {
                t.tr("quality-show-text")
            } else {
                t.tr("quality-go-to-block")
            });
        if response.clicked() {
            actions.push(Action::SelectBlock(block));
        }
    } else {
        // A list item, not a label: egui gives a label's text as its value, so
        // a row about no block (a source, a profile field) had no name to find.
        response.widget_info(|| WidgetInfo::labeled(egui::Role::ListItem, true, &row.label));
    }
}

/// The finding's suggestion as the panel words it, in the desk's language:
/// "Try saying “return to use”." for a better wording, "Try: …" otherwise.
fn advice(t: &Texts, row: &FindingRow) -> Option<String> {
    row.advice.as_ref()?;
    let hint = t.problem_hint(&row.finding)?;
    let say = format!("{} ", t.tr("advice-say-prefix"));
    Some(match hint.strip_prefix(&say) {
        Some(rest) => t.tr_args("advice-say", &[("wording", rest.into())]),
        None => t.tr_args("advice-try", &[("hint", hint.into())]),
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The start of block `block`'s text, quoted, for a read-only template.
fn excerpt(state: &AppState, block: usize) -> Option<String> {
    let block: &Block = state.selected_template()?.template.blocks.get(block)?;
    let text = block.texts().join(" ");
    let text = text.trim();
    if text.is_empty() {
        return Some(format!("In a {} block.", block.kind_label()));
    }
    let mut cut: String = text.chars().take(EXCERPT_CHARS).collect();
    if cut.len() < text.len() {
        cut = format!("{}…", cut.trim_end());
    }
    Some(format!("{}: “{cut}”", block.kind_label()))
}

#[cfg(test)]
mod tests {
    use crate::fonts::{self, FontStyle};

    #[test]
    fn the_panel_s_own_characters_are_in_the_font() {
        for style in [FontStyle::Regular, FontStyle::Bold] {
            for ch in ['“', '”', '…', '–', '—', '%', ';'] {
                assert!(fonts::metrics(style).has_glyph(ch), "{ch} in {style:?}");
            }
        }
    }
}
