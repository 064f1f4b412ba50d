//! The fill-in panel's forms as a clinician types into them, one key at a time:
//! a new local resource, rules checked at the field, and the notices that
//! report what happened.

mod common;

use std::path::Path;

use common::gui::{click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;

/// The desk app on a clinic laptop's screen, keeping its files in `data`.
fn desk(data: &Path) -> Harness<'static, DeskApp> {
    desk_with(data, vec![], "2026-11-22", (1280.0, 720.0))
}

/// Types `text` into whichever field has the keyboard focus, one character
/// per frame, as a person types: labels that change as the text changes
/// (a resource's fields are named after the resource) cannot be used.
fn type_keys(harness: &mut Harness<'_, DeskApp>, text: &str) {
    for ch in text.chars() {
        harness
            .input_mut()
            .events
            .push(egui::Event::Text(ch.to_string()));
        harness.run();
    }
}

#[test]
fn a_whole_new_resource_can_be_typed_into_its_card() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    let before = harness.state().state().profile().resources.len();

    click(&mut harness, "Add resource");
    assert_eq!(
        harness.state().state().profile().resources.len(),
        before + 1
    );
    click(&mut harness, "Name of new resource");
    type_keys(&mut harness, "Hilltop Recovery");
    click(&mut harness, "Phone of Hilltop Recovery");
    type_keys(&mut harness, "(555) 010-4400");
    click(&mut harness, "Website of Hilltop Recovery");
    type_keys(&mut harness, "https://hilltop.example");
    click(&mut harness, "Note for the patient of Hilltop Recovery");
    type_keys(&mut harness, "Walk in, no appointment needed");

    let state = harness.state().state();
    let added = state.profile().resources.last().expect("the new resource");
    assert_eq!(added.name, "Hilltop Recovery");
    assert_eq!(added.phone.as_deref(), Some("(555) 010-4400"));
    assert_eq!(added.website.as_deref(), Some("https://hilltop.example"));
    assert_eq!(
        added.notes.as_deref(),
        Some("Walk in, no appointment needed")
    );
    // The card stays open for more details until it is closed.
    assert!(
        harness
            .query_by_label("Hide details of Hilltop Recovery")
            .is_some()
    );
}

#[test]
fn a_new_resource_is_scrolled_into_view_with_its_name_field_focused() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Add resource");
    harness.run();
    // No click on the field: the new card's name field has the keyboard.
    type_keys(&mut harness, "Hilltop Recovery");
    let state = harness.state().state();
    assert_eq!(
        state.profile().resources.last().map(|r| r.name.as_str()),
        Some("Hilltop Recovery")
    );
    let field = harness.get_by_label("Name of Hilltop Recovery");
    let bounds = field.rect();
    assert!(
        bounds.min.y >= 0.0 && bounds.max.y <= 720.0,
        "the new card's name field is on screen: {bounds:?}"
    );
}
