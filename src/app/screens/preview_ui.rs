//! The live preview (centre): the pages the PDF will have, painted from the same
//! layout, with page navigation, zoom, paper size and large print.

use egui::{Frame, Margin, Rect, RichText, Sense, Vec2, WidgetInfo};

use crate::app::action::Action;
use crate::app::i18n::Texts;
use crate::app::page_paint::{POINTS_PER_PDF_POINT, paint_page};
use crate::app::settings::{DeskView, Zoom};
use crate::app::state::{AppState, ReviewBadge};
use crate::app::theme::Palette;
use crate::compose::HandoutOptions;
use crate::layout::LaidOutDocument;
use crate::page_setup::{Paper, PrintFormat};

/// Space around the page on the desk, in screen points.
const DESK_MARGIN: f32 = 28.0;

/// Draws the preview toolbar and the current page.
pub fn preview_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let palette = Palette::for_ui(ui);
    let options = state.options();
    let document = state.layout().and_then(|r| r.as_ref().ok());
    let pages = document.map_or(0, |d| d.pages.len());

    // The desk fills the whole centre, so no gap between toolbar and page shows
    // the window's clear colour.
    ui.painter().rect_filled(ui.max_rect(), 0, palette.desk);
    ui.spacing_mut().item_spacing.y = 0.0;
    Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(Margin::symmetric(16, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.spacing_mut().item_spacing.y = 8.0;
            toolbar_ui(ui, state, &options, pages, actions);
        });
    ui.separator();

    match state.layout() {
        Some(Ok(document)) => pages_ui(ui, state, document, actions),
        Some(Err(message)) => problem_ui(ui, state, message, &palette),
        None => {}
    }
}

fn toolbar_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    options: &HandoutOptions,
    pages: usize,
    actions: &mut Vec<Action>,
) {
    // One row when there is room, else page and zoom above paper and print.
    let one_row = ui.available_width() >= 800.0;
    // The clinician view sets paper and print in its side panel.
    let paper = state.settings.view == DeskView::Lead;
    let t = Texts::of(state);
    // Wrapped: a row wider than the preview would widen it, and the page
    // fitted to that width would run on under the side panel.
    ui.horizontal_wrapped(|ui| {
        pages_nav_ui(ui, t, state.page, pages, actions);
        ui.separator();
        zoom_ui(ui, t, state.settings.zoom, actions);
        if one_row && paper {
            ui.separator();
            paper_ui(ui, t, options, actions);
        }
    });
    if !one_row && paper {
        ui.horizontal_wrapped(|ui| paper_ui(ui, t, options, actions));
    }
}

fn pages_nav_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    page: usize,
    pages: usize,
    actions: &mut Vec<Action>,
) {
    if ui
        .add_enabled(page > 0, egui::Button::new("‹"))
        .accessible_name(t.tr("preview-previous-page"))
        .on_hover_text(t.tr("preview-previous-page-hover"))
        .clicked()
    {
        actions.push(Action::GoToPage(page - 1));
    }
    ui.label(if pages == 0 {
        t.tr("preview-no-pages")
    } else {
        t.tr_args(
            "preview-page-of",
            &[("page", (page + 1).into()), ("total", pages.into())],
        )
    });
    if ui
        .add_enabled(page + 1 < pages, egui::Button::new("›"))
        .accessible_name(t.tr("preview-next-page"))
        .on_hover_text(t.tr("preview-next-page-hover"))
        .clicked()
    {
        actions.push(Action::GoToPage(page + 1));
    }
}

fn zoom_ui(ui: &mut egui::Ui, t: &Texts, zoom: Zoom, actions: &mut Vec<Action>) {
    if ui
        .button("−")
        .accessible_name(t.tr("preview-zoom-out"))
        .on_hover_text(t.tr("preview-zoom-out"))
        .clicked()
    {
        actions.push(Action::SetZoom(step_zoom(zoom, false)));
    }
    egui::ComboBox::from_id_salt("zoom")
        .selected_text(zoom_label(t, zoom))
        .width(104.0)
        .show_ui(ui, |ui| {
            let mut choices = vec![Zoom::FitWidth, Zoom::FitPage];
            choices.extend(Zoom::STEPS.map(Zoom::Percent));
            for choice in choices {
                if ui
                    .selectable_label(zoom == choice, zoom_label(t, choice))
                    .clicked()
                {
                    actions.push(Action::SetZoom(choice));
                }
            }
        })
        .response
        .accessible_name(t.tr("preview-zoom"))
        .on_hover_text(t.tr("preview-zoom"));
    if ui
        .button("+")
        .accessible_name(t.tr("preview-zoom-in"))
        .on_hover_text(t.tr("preview-zoom-in"))
        .clicked()
    {
        actions.push(Action::SetZoom(step_zoom(zoom, true)));
    }
}

/// The zoom menu's name for `zoom`.
fn zoom_label(t: &Texts, zoom: Zoom) -> String {
    match zoom {
        Zoom::FitWidth => t.tr("preview-zoom-fit-width"),
        Zoom::FitPage => t.tr("preview-zoom-fit-page"),
        Zoom::Percent(_) => zoom.label(),
    }
}

/// The desk's name for a paper size and a print format.
pub(crate) fn paper_label(t: &Texts, paper: Paper) -> String {
    match paper {
        Paper::Letter => t.tr("paper-letter"),
        Paper::A4 => t.tr("paper-a4"),
    }
}

/// The desk's name for a print format.
pub(crate) fn format_label(t: &Texts, format: PrintFormat) -> String {
    match format {
        PrintFormat::Standard => t.tr("format-standard"),
        PrintFormat::LargePrint => t.tr("format-large-print"),
        PrintFormat::WalletCard => t.tr("format-wallet-cards"),
    }
}

fn paper_ui(ui: &mut egui::Ui, t: &Texts, options: &HandoutOptions, actions: &mut Vec<Action>) {
    ui.label(t.tr("preview-paper"));
    let page = options.page;
    for paper in Paper::ALL {
        let response = ui
            .selectable_label(page.paper == paper, paper_label(t, paper))
            .on_hover_text(t.tr("preview-paper-size"));
        if response.clicked() && page.paper != paper {
            actions.push(Action::SetPaper(paper));
        }
    }
    ui.separator();
    for format in PrintFormat::ALL {
        let response = ui
            .selectable_label(page.format == format, format_label(t, format))
            .on_hover_text(t.tr("preview-print-format"));
        if response.clicked() && page.format != format {
            actions.push(Action::SetPrintFormat(format));
        }
    }
    ui.separator();
    let mut qr = options.qr_codes;
    if ui
        .checkbox(&mut qr, t.tr("format-qr-codes"))
        .on_hover_text(t.tr("format-qr-codes-hint"))
        .changed()
    {
        actions.push(Action::SetQrCodes(qr));
    }
}

/// The zoom one step in or out from `zoom`, as a percentage.
fn step_zoom(zoom: Zoom, zoom_in: bool) -> Zoom {
    let current = match zoom {
        Zoom::Percent(p) => p,
        // "Fit" zooms have no fixed value; step from 100 %.
        _ => 100,
    };
    let next = if zoom_in {
        Zoom::STEPS.iter().copied().find(|&s| s > current)
    } else {
        Zoom::STEPS.iter().rev().copied().find(|&s| s < current)
    };
    Zoom::Percent(next.unwrap_or(current))
}

fn pages_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    document: &LaidOutDocument,
    actions: &mut Vec<Action>,
) {
    let Some(page) = document.pages.get(state.page) else {
        return;
    };
    let available = ui.available_size() - Vec2::splat(2.0 * DESK_MARGIN);
    let fit_width = available.x.max(120.0) / page.width;
    let fit_page = fit_width.min(available.y.max(160.0) / page.height);
    let scale = match state.settings.zoom {
        Zoom::FitWidth => fit_width.min(3.0 * POINTS_PER_PDF_POINT),
        Zoom::FitPage => fit_page,
        Zoom::Percent(p) => f32::from(p) / 100.0 * POINTS_PER_PDF_POINT,
    };
    let size = Vec2::new(page.width, page.height) * scale;

    egui::ScrollArea::both()
        // A scroll position per page: a new page starts at its top.
        .id_salt(("preview-scroll", state.page))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let outer = Vec2::new(
                (size.x + 2.0 * DESK_MARGIN).max(ui.available_width()),
                size.y + 2.0 * DESK_MARGIN,
            );
            let (area, response) = ui.allocate_exact_size(outer, Sense::click());
            let rect = Rect::from_center_size(
                egui::pos2(area.center().x, area.top() + DESK_MARGIN + size.y / 2.0),
                size,
            );
            paint_page(ui.painter(), page, rect);
            overdue_ui(ui, state);
            let summary = Texts::of(state).tr_args(
                "preview-summary",
                &[
                    ("page", (state.page + 1).into()),
                    ("total", document.pages.len().into()),
                    ("title", document.info.title.as_str().into()),
                ],
            );
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &summary));
            // Page keys move between pages while the preview has focus.
            if response.has_focus() || response.hovered() {
                let (prev, next) = ui.input(|i| {
                    (
                        i.key_pressed(egui::Key::PageUp),
                        i.key_pressed(egui::Key::PageDown),
                    )
                });
                if prev && state.page > 0 {
                    actions.push(Action::GoToPage(state.page - 1));
                }
                if next && state.page + 1 < document.pages.len() {
                    actions.push(Action::GoToPage(state.page + 1));
                }
            }
        });
}

/// Under the page, on screen only: the chosen handout's review date has passed.
fn overdue_ui(ui: &mut egui::Ui, state: &AppState) {
    let Some(t) = state.selected_template() else {
        return;
    };
    if ReviewBadge::of(&t.template, state.today()) != ReviewBadge::ReviewOverdue {
        return;
    }
    let words = Texts::of(state);
    let overdue = match t.template.review.overdue_since(state.today()) {
        Some(d) => words.tr_args("preview-overdue-since", &[("date", d.to_string().into())]),
        None => words.tr("preview-overdue"),
    };
    ui.vertical_centered(|ui| {
        ui.label(
            RichText::new(overdue)
                .color(Palette::for_ui(ui).bad.0)
                .strong(),
        );
    });
    ui.add_space(DESK_MARGIN);
}

fn problem_ui(ui: &mut egui::Ui, state: &AppState, message: &str, palette: &Palette) {
    let t = Texts::of(state);
    ui.add_space(48.0);
    ui.vertical_centered(|ui| {
        Frame::new()
            .fill(palette.card)
            .stroke(egui::Stroke::new(1.0, palette.card_border))
            .corner_radius(10)
            .inner_margin(Margin::same(20))
            .show(ui, |ui| {
                ui.set_max_width(420.0);
                ui.label(
                    RichText::new(t.tr("preview-cannot-show"))
                        .strong()
                        .size(16.0),
                );
                ui.add_space(4.0);
                let mut text = message.trim_end_matches('.').to_owned();
                if let Some(first) = text.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                ui.label(format!("{text}."));
                ui.label(RichText::new(t.tr("preview-fill-in-first")).color(palette.muted));
            });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps_through_the_fixed_sizes() {
        assert_eq!(step_zoom(Zoom::FitWidth, true), Zoom::Percent(125));
        assert_eq!(step_zoom(Zoom::Percent(125), false), Zoom::Percent(100));
        assert_eq!(step_zoom(Zoom::Percent(300), true), Zoom::Percent(300));
        assert_eq!(step_zoom(Zoom::Percent(50), false), Zoom::Percent(50));
    }
}
