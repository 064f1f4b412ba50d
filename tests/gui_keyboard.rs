//! Keyboard use and small screens, driven headless by accessible labels: a
//! focus ring anyone can see, Tab in reading order, focus that comes back when
//! a dialog closes, "Fix" in the pre-flight list, and dialogs that fit a
//! 1280×720 laptop at 100% and 175% text.

mod common;

use std::path::Path;

use common::gui::{assert_on_screen, click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui::epaint::Shape;
use egui::{Key, Rect, Theme};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use handout_desk::app::DeskApp;
use handout_desk::app::theme::focus_stroke;

fn laptop(data: &Path) -> Harness<'static, DeskApp> {
    desk_with(data, vec![], "2026-11-22", (1280.0, 720.0))
}

/// The accessible name of the focused widget, if any.
fn focused(harness: &Harness<'_, DeskApp>) -> Option<String> {
    harness
        .query_all_by(|n| n.is_focused())
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default().to_string())
}

/// Whether the last frame painted a focus ring of `dark`'s theme around `rect`.
fn ring_around(harness: &Harness<'_, DeskApp>, rect: Rect, dark: bool) -> bool {
    let ring = focus_stroke(dark);
    harness
        .output()
        .shapes
        .iter()
        .any(|clipped| match &clipped.shape {
            // A pixel of leeway: the harness rounds rects to whole pixels.
            Shape::Rect(r) => r.stroke == ring && r.rect.expand(1.0).contains_rect(rect),
            _ => false,
        })
}

#[test]
fn the_focus_ring_is_2px_and_shows_on_a_primary_button_in_both_themes() {
    for (theme, dark) in [(Theme::Light, false), (Theme::Dark, true)] {
        let data = TempDir::new();
        let mut harness = laptop(data.path());
        harness.ctx.set_theme(theme);
        harness.run();
        let style = harness.ctx.style_of(theme);
        assert!(style.visuals.selection.stroke.width >= 2.0, "{theme:?}");
        assert!(
            style.visuals.widgets.active.bg_stroke.width >= 2.0,
            "{theme:?}"
        );
        assert!(focus_stroke(dark).width >= 2.0);

        let export = harness.get_by_label("Export PDF…").rect();
        assert!(!ring_around(&harness, export, dark), "no ring before focus");
        harness.get_by_label("Export PDF…").focus();
        harness.run();
        let export = harness.get_by_label("Export PDF…").rect();
        assert_eq!(focused(&harness).as_deref(), Some("Export PDF…"));
        assert!(
            ring_around(&harness, export, dark),
            "{theme:?}: the focused primary button has a 2 px ring"
        );
    }
}

#[test]
fn tab_goes_left_to_right_through_the_top_bar() {
    let data = TempDir::new();
    let mut harness = laptop(data.path());
    let mut seen: Vec<(String, f32)> = Vec::new();
    for _ in 0..12 {
        harness.key_press(Key::Tab);
        harness.run();
        let Some(node) = harness.query_all_by(|n| n.is_focused()).next() else {
            continue;
        };
        let rect = node.rect();
        let label = node
            .accesskit_node()
            .label()
            .unwrap_or_default()
            .to_string();
        if rect.top() < 60.0 {
            seen.push((label.clone(), rect.left()));
        }
        if label == "Export PDF…" {
            break;
        }
    }
    let labels: Vec<&str> = seen.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Clinician view",
            "Lead view",
            "Edit blocks",
            "Adapt for my clinic",
            "Approve for patient use…",
            "Clinic",
            "Display",
            "Export PDF…"
        ]
    );
    // The view switch sits by the title; the lead's buttons may wrap onto a
    // row of their own. Within each, every stop is right of the one before.
    let (switch, tools) = seen.split_at(2);
    for group in [switch, tools] {
        assert!(
            group.windows(2).all(|w| w[0].1 < w[1].1),
            "each stop is right of the one before: {seen:?}"
        );
    }
}

#[test]
fn escape_gives_focus_back_to_the_button_that_opened_the_dialog() {
    let data = TempDir::new();
    let mut harness = laptop(data.path());
    harness.get_by_label("Approve for patient use…").focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().state().approve.open);
    assert_eq!(focused(&harness).as_deref(), Some("Reviewer name"));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().state().approve.open);
    assert_eq!(
        focused(&harness).as_deref(),
        Some("Approve for patient use…"),
        "not dropped, so the next Tab goes on from here"
    );
}

#[test]
fn the_export_dialog_lists_the_pre_flight_and_fix_focuses_the_clinic_phone() {
    let data = TempDir::new();
    let mut harness = laptop(data.path());
    select_template(&mut harness, "Kratom");
    replace_text(&mut harness, "Phone", "555-CALL-NOW");

    // Listed on opening, before any attempt to save.
    click(&mut harness, "Export PDF…");
    let state = harness.state().state();
    assert!(state.export.open);
    assert!(
        state.export.problems.iter().any(|p| p.is_error()),
        "{:?}",
        state.export.problems
    );
    assert!(
        harness
            .query_by_label_contains("clinic phone: error")
            .is_some()
    );
    let warnings = state
        .export
        .problems
        .iter()
        .filter(|p| !p.is_error())
        .count();
    if warnings > 0 {
        assert!(harness.query_by_label_contains("worth a look").is_some());
    }

    click(&mut harness, "Fix: clinic phone");
    harness.run();
    let state = harness.state().state();
    assert!(!state.export.open, "Fix closes the dialog");
    assert_eq!(state.focus_target, None, "the request was used");
    assert_eq!(focused(&harness).as_deref(), Some("Phone"));
    let phone = harness.get_by_label("Phone").rect();
    assert!(harness.ctx.content_rect().contains_rect(phone), "{phone:?}");
}

/// Every button of the Approve dialog and of the main export path, on a
/// 1280×720 screen with the interface at `scale`.
fn everything_is_reachable_at(scale: f32) {
    let data = TempDir::new();
    let mut harness = laptop(data.path());
    harness.ctx.set_zoom_factor(scale);
    harness.run();
    select_template(&mut harness, "Kratom");

    click(&mut harness, "Approve for patient use…");
    assert!(harness.state().state().approve.open);
    for label in [
        "Approve for patient use",
        "Reviewer name",
        "Approve",
        "Cancel",
    ] {
        assert_on_screen(&mut harness, label);
    }
    let items: Vec<String> = harness
        .query_all_by_label_contains("PEMAT-P: ")
        .map(|n| n.accesskit_node().label().unwrap_or_default().to_string())
        .collect();
    assert!(!items.is_empty());
    for item in &items {
        assert_on_screen(&mut harness, item);
    }
    let fixes: Vec<String> = harness
        .query_all_by_label_contains("Fix: ")
        .map(|n| n.accesskit_node().label().unwrap_or_default().to_string())
        .collect();
    for fix in &fixes {
        assert_on_screen(&mut harness, fix);
    }
    // The buttons stay put below the scrolling body.
    assert_on_screen(&mut harness, "Approve");
    click(&mut harness, "Cancel");
    assert!(!harness.state().state().approve.open);

    for label in ["Search handouts", "Export PDF…"] {
        assert_on_screen(&mut harness, label);
    }
    click(&mut harness, "Export PDF…");
    for label in [
        "Save handout as PDF",
        "Save to",
        "Save PDF",
        "Browse…",
        "Cancel",
    ] {
        assert_on_screen(&mut harness, label);
    }
    let pdf = data.path().join("kratom.pdf");
    replace_text(&mut harness, "Save to", &pdf.display().to_string());
    click(&mut harness, "Save PDF");
    assert!(pdf.exists(), "{:?}", harness.state().state().messages);
}

#[test]
fn the_approve_dialog_and_export_fit_1280x720() {
    everything_is_reachable_at(1.0);
}

#[test]
fn the_approve_dialog_and_export_fit_1280x720_at_175_percent() {
    everything_is_reachable_at(1.75);
}

#[test]
fn fix_opens_a_folded_resource_card_and_scrolls_its_field_into_view() {
    let data = TempDir::new();
    let mut harness = laptop(data.path());
    select_template(&mut harness, "Medicines for opioid use disorder");
    click(&mut harness, "Edit details of Riverside Naloxone Desk");
    replace_text(
        &mut harness,
        "Phone of Riverside Naloxone Desk",
        "555-CALL-NOW",
    );
    click(&mut harness, "Hide details of Riverside Naloxone Desk");
    assert!(
        harness
            .query_by_label("Phone of Riverside Naloxone Desk")
            .is_none()
    );
    // Scroll the form back to the top, so the card is out of sight.
    click(&mut harness, "Clinic name");

    click(&mut harness, "Export PDF…");
    let fix = harness
        .query_all_by_label_contains("Fix: resource")
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default().to_string())
        .expect("the bad phone is listed with a Fix");
    click(&mut harness, &fix);
    harness.run();
    assert_eq!(
        focused(&harness).as_deref(),
        Some("Phone of Riverside Naloxone Desk")
    );
    let field = harness
        .get_by_label("Phone of Riverside Naloxone Desk")
        .rect();
    assert!(
        harness.ctx.content_rect().contains_rect(field),
        "scrolled into view: {field:?}"
    );
}
