//! Helpers for the desk-app tests driven headless by egui_kittest: widgets are
//! found by their accessible labels.

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, Queryable as _};
use handout_desk::app::{AppConfig, DeskApp};
use handout_desk::date::Date;
use handout_desk::storage::Storage;

/// The desk app keeping its files in `data`, on `today`, in a window of `size`,
/// as a clinic lead left it: in the lead view, past the first-start setup (the
/// example clinic is shown until a profile is saved). A `settings.ron` already
/// in `data` is kept as it is.
pub fn desk_with(
    data: &Path,
    templates_dirs: Vec<PathBuf>,
    today: &str,
    size: (f32, f32),
) -> Harness<'static, DeskApp> {
    let settings = data.join("settings.ron");
    if !settings.exists() {
        std::fs::write(&settings, "(view: Lead, welcome_dismissed: true)")
            .expect("write the settings");
    }
    fresh_desk_with(data, templates_dirs, today, size)
}

/// The desk app on whatever `data` holds: on an empty folder, a fresh install.
pub fn fresh_desk_with(
    data: &Path,
    templates_dirs: Vec<PathBuf>,
    today: &str,
    size: (f32, f32),
) -> Harness<'static, DeskApp> {
    let config = AppConfig {
        storage: Some(Storage::in_dir(data)),
        templates_dirs,
        today: Some(Date::parse(today).expect("a valid date")),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .build_eframe(move |cc| DeskApp::new(&cc.egui_ctx, config));
    harness.run();
    harness
}

/// Display ▸ Español, as a person would choose it, and the menu closed.
pub fn switch_to_spanish(harness: &mut Harness<'_, DeskApp>) {
    click(harness, "Display");
    click(harness, "Español");
    harness.key_press(egui::Key::Escape);
    harness.run();
}

/// Scrolls the widget named `label` into view and clicks it.
pub fn click(harness: &mut Harness<'_, DeskApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks the text field named `label`, selects all and types `text` over it.
pub fn replace_text(harness: &mut Harness<'_, DeskApp>, label: &str, text: &str) {
    click(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Clicks the text field named `label`, selects all and deletes it.
pub fn clear_text(harness: &mut Harness<'_, DeskApp>, label: &str) {
    click(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
}

/// Asserts the widget named `label` lies wholly inside the window as it is
/// now, without scrolling to it.
pub fn assert_in_window(harness: &Harness<'_, DeskApp>, label: &str) {
    let rect = harness.get_by_label(label).rect();
    let window = harness.ctx.content_rect();
    assert!(
        window.contains_rect(rect),
        "“{label}” at {rect:?} is outside the window {window:?}"
    );
}

/// Asserts the widget named `label`, scrolled into view if it is in a
/// scrolling part, lies wholly inside the window.
pub fn assert_on_screen(harness: &mut Harness<'_, DeskApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    assert_in_window(harness, label);
}

/// Chooses the first library card whose accessible name starts with `title`
/// ("Kratom" names the English card, listed before its Spanish sibling).
/// Scrolls the card into view first: a long library puts some below the fold.
pub fn select_template(harness: &mut Harness<'_, DeskApp>, title: &str) {
    let title = title.to_owned();
    let card = move |n: &AccessKitNode<'_>| {
        n.role() == Role::ListBoxOption && n.label().is_some_and(|l| l.starts_with(&title))
    };
    harness
        .query_all_by(card.clone())
        .next()
        .expect("a library card with this title")
        .scroll_to_me();
    harness.run();
    harness
        .query_all_by(card)
        .next()
        .expect("a library card with this title")
        .click();
    harness.run();
}
