//! The template library (left panel): search, topic filter, every template with
//! its review status, and the files that failed to load with their errors.

use egui::{Frame, Margin, RichText, Sense, Stroke, TextWrapMode, WidgetInfo};

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::screens::clinician_ui::request_panel_focus;
use crate::app::screens::names;
use crate::app::state::{AppState, ReviewBadge};
use crate::app::theme::{Palette, badge_ui, bold_family, section_title_ui};
use crate::clinic::adapt::{newer_base, update_notice};
use crate::strings::language_name;
use crate::template::{LoadedTemplate, TemplateOrigin, Topic};

/// Draws the library; returns what the user chose.
pub fn library_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let t = Texts::of(state);
    section_title_ui(ui, &t.tr("library-heading"));
    ui.add_space(2.0);

    let mut search = state.search.clone();
    let search_id = egui::Id::unique("library-search");
    let response = ui.add(
        egui::TextEdit::singleline(&mut search)
            .id(search_id)
            .hint_text(t.tr("library-search-hint"))
            .desired_width(f32::INFINITY),
    );
    let response = response
        .accessible_name(t.tr("library-search"))
        .on_hover_text(t.tr("library-search-hover"));
    if response.changed() {
        actions.push(Action::SetSearch(search.clone()));
    }
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        // The list as it will be with what was just typed.
        let top = state
            .visible_templates_for(&search)
            .next()
            .map(LoadedTemplate::key);
        if let Some(key) = top {
            if state.selected.as_ref() != Some(&key) {
                actions.push(Action::SelectTemplate(key.clone()));
            }
            request_panel_focus(ui, key);
        }
    }
    if ui.input_mut(|i| {
        i.consume_shortcut(&egui::KeyboardShortcut::new(
            egui::Modifiers::COMMAND,
            egui::Key::F,
        ))
    }) {
        ui.memory_mut(|m| m.request_focus(search_id));
    }

    ui.horizontal(|ui| {
        let label = ui.label(t.tr("library-topic"));
        let all_topics = t.tr("library-all-topics");
        let current = state
            .topic_filter
            .map_or_else(|| all_topics.clone(), |topic| t.topic(topic));
        egui::ComboBox::from_id_salt("topic-filter")
            .selected_text(current)
            .width(ui.available_width())
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(state.topic_filter.is_none(), &all_topics)
                    .clicked()
                {
                    actions.push(Action::SetTopicFilter(None));
                }
                for topic in Topic::ALL {
                    if ui
                        .selectable_label(state.topic_filter == Some(topic), t.topic(topic))
                        .clicked()
                    {
                        actions.push(Action::SetTopicFilter(Some(topic)));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.add_space(4.0);

    egui::ScrollArea::vertical()
        .id_salt("library-list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut shown = 0;
            let mut previous_used = false;
            let recent = state.search.trim().is_empty() && !state.settings.recent.is_empty();
            for loaded in state.visible_templates() {
                let used = state.settings.recent.contains(&loaded.template.id);
                if recent && shown == 0 && used {
                    list_heading_ui(ui, &t.tr("library-recent"), &palette);
                } else if recent && !used && (shown == 0 || previous_used) {
                    list_heading_ui(ui, &t.tr("library-all-handouts"), &palette);
                }
                previous_used = used;
                shown += 1;
                let key = loaded.key();
                let selected = state.selected.as_ref() == Some(&key);
                if template_card_ui(ui, loaded, selected, state, &palette).clicked() && !selected {
                    actions.push(Action::SelectTemplate(key));
                }
            }
            if shown == 0 {
                ui.add_space(8.0);
                ui.label(RichText::new(t.tr("library-no-match")).color(palette.muted));
            }
            if !state.library().failures.is_empty() {
                failures_ui(ui, state, &palette);
            }
        });
}

fn list_heading_ui(ui: &mut egui::Ui, text: &str, palette: &Palette) {
    ui.add_space(4.0);
    ui.label(RichText::new(text).size(12.5).strong().color(palette.muted));
}

/// The title the library lists: a clinic's copy of a handout says whose it is,
/// so it is not mistaken for the shipped original beside it.
pub fn list_title(loaded: &LoadedTemplate, clinic_name: &str, texts: &Texts) -> String {
    let t = &loaded.template;
    if loaded.origin == TemplateOrigin::Shipped || t.adapted_from.is_none() {
        return t.title.clone();
    }
    match clinic_name.trim() {
        "" => texts.tr_args("library-clinic-copy", &[("title", t.title.as_str().into())]),
        name => texts.tr_args(
            "library-named-copy",
            &[("title", t.title.as_str().into()), ("clinic", name.into())],
        ),
    }
}

fn template_card_ui(
    ui: &mut egui::Ui,
    loaded: &LoadedTemplate,
    selected: bool,
    state: &AppState,
    palette: &Palette,
) -> egui::Response {
    let t = &loaded.template;
    let texts = Texts::of(state);
    let title = list_title(loaded, &state.profile().name, texts);
    let badge = ReviewBadge::of(t, state.today());
    let (fill, stroke) = if selected {
        (
            ui.visuals().selection.bg_fill,
            Stroke::new(1.5, palette.accent),
        )
    } else {
        (palette.card, Stroke::new(1.0, palette.card_border))
    };
    let inner = Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(8)
        .inner_margin(Margin::symmetric(12, 10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(RichText::new(&title).family(bold_family()).size(15.0))
                    .wrap_mode(TextWrapMode::Wrap)
                    .selectable(false),
            );
            let origin = match loaded.origin {
                TemplateOrigin::Shipped => String::new(),
                other => format!(" · {}", names::origin(texts, other)),
            };
            ui.add(
                egui::Label::new(
                    RichText::new(format!(
                        "{} · {} · v{}{origin}",
                        texts.topic(t.topic),
                        language_name(&t.language),
                        t.version
                    ))
                    .color(palette.muted)
                    .size(12.5),
                )
                .selectable(false),
            );
            // Wrapped: at large text the two badges ("Borrador", "También en
            // español") are wider than the panel, and a row that does not wrap
            // would widen the card past the panel's edge, cutting off its title.
            ui.horizontal_wrapped(|ui| {
                let colours = match badge {
                    ReviewBadge::Approved => palette.good,
                    ReviewBadge::Draft => palette.caution,
                    ReviewBadge::ReviewOverdue => palette.bad,
                };
                badge_ui(ui, &texts.badge(badge), colours);
                super::language_badge_ui::language_badge_ui(ui, loaded, state.library(), palette);
            });
            if let (Some(base), Some(from)) = (
                newer_base(t, state.library()).map(|b| &b.template),
                t.adapted_from.as_ref(),
            ) {
                ui.add(
                    egui::Label::new(
                        RichText::new(update_notice(from, base))
                            .size(12.5)
                            .color(palette.caution.0),
                    )
                    .wrap_mode(TextWrapMode::Wrap)
                    .selectable(false),
                );
            }
        });
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("template", &t.id, &t.language)),
        Sense::click(),
    );
    let description = texts.tr_args(
        "library-card-description",
        &[
            ("title", title.as_str().into()),
            ("topic", texts.topic(t.topic).into()),
            ("language", language_name(&t.language).into()),
            ("version", t.version.to_string().into()),
            ("origin", names::origin(texts, loaded.origin).into()),
            ("badge", texts.badge(badge).into()),
        ],
    );
    response.widget_info(|| {
        WidgetInfo::selected(egui::Role::ListBoxOption, true, selected, &description)
    });
    if response.hovered() && !selected {
        ui.painter().rect_stroke(
            response.rect,
            8,
            Stroke::new(1.0, palette.accent),
            egui::StrokeKind::Inside,
        );
    }
    if response.has_focus() {
        ui.painter().rect_stroke(
            response.rect.expand(2.0),
            10,
            Stroke::new(2.0, palette.accent),
            egui::StrokeKind::Outside,
        );
    }
    ui.add_space(2.0);
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

fn failures_ui(ui: &mut egui::Ui, state: &AppState, palette: &Palette) {
    ui.add_space(10.0);
    let t = Texts::of(state);
    let count = state.library().failures.len();
    ui.label(
        RichText::new(t.tr_args("library-could-not-load", &[("count", count.into())]))
            .family(bold_family())
            .color(palette.bad.0),
    );
    for failure in &state.library().failures {
        let name = failure.file.file_name().map_or_else(
            || failure.file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        Frame::new()
            .fill(palette.bad.1)
            .corner_radius(8)
            .inner_margin(Margin::symmetric(12, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(&name).strong().color(palette.bad.0));
                for d in &failure.problems.0 {
                    let text = d.place.position.map_or_else(
                        || t.problem_message(d),
                        |p| {
                            t.tr_args(
                                "library-problem-at",
                                &[
                                    ("line", p.line.into()),
                                    ("column", p.column.into()),
                                    ("message", t.problem_message(d).into()),
                                ],
                            )
                        },
                    );
                    ui.label(RichText::new(text).size(12.5).color(palette.bad.0));
                    if let Some(hint) = t.problem_hint(d) {
                        ui.label(
                            RichText::new(t.tr_args("library-hint", &[("hint", hint.into())]))
                                .size(12.5)
                                .color(palette.bad.0),
                        );
                    }
                }
            });
        ui.add_space(2.0);
    }
}
