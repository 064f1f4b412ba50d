//! The fill-in panel's forms as a clinician types into them, one key at a time:
//! a new local resource, rules checked at the field, and the notices that
//! report what happened.

mod common;

use std::path::Path;

use common::gui::{clear_text, click, desk_with, replace_text, select_template};
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

/// Exports the chosen handout through the dialog to `target`.
fn export_to(harness: &mut Harness<'_, DeskApp>, target: &Path) {
    click(harness, "Export PDF…");
    replace_text(harness, "Save to", &target.display().to_string());
    click(harness, "Save PDF");
}

#[test]
fn a_success_notice_fades_after_a_few_seconds() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    export_to(&mut harness, &out.path().join("kratom.pdf"));
    assert!(harness.query_by_label_contains("Saved the PDF").is_some());

    // Each step of the harness is a quarter of a second on egui's clock.
    harness.run_steps(8);
    assert!(
        harness.query_by_label_contains("Saved the PDF").is_some(),
        "still there after two seconds"
    );
    harness.run_steps(80);
    harness.run();
    assert!(
        harness.query_by_label_contains("Saved the PDF").is_none(),
        "gone after twenty seconds"
    );
    assert!(harness.state().state().messages.is_empty());
}

#[test]
fn errors_stay_until_something_replaces_them() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    let missing = out.path().join("no-such-folder").join("k.pdf");
    export_to(&mut harness, &missing);
    harness.run_steps(80);
    harness.run();
    let state = harness.state().state();
    assert_eq!(state.messages.len(), 1, "{:?}", state.messages);
    assert!(state.messages[0].text.contains("does not exist"));

    // The same subject: saving the PDF worked this time.
    replace_text(
        &mut harness,
        "Save to",
        &out.path().join("k.pdf").display().to_string(),
    );
    click(&mut harness, "Save PDF");
    let state = harness.state().state();
    assert_eq!(
        state.messages.len(),
        1,
        "the success replaces the failure: {:?}",
        state.messages
    );
    assert!(state.messages[0].text.starts_with("Saved the PDF"));
}

#[test]
fn a_bad_web_address_is_explained_under_its_field_as_it_is_typed() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Website");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    type_keys(&mut harness, "clinic dot org");
    assert!(
        harness
            .query_by_label_contains("Fix: Write a web address such as")
            .is_some(),
        "the message sits under the field while typing"
    );
    assert!(harness.state().state().export.problems.is_empty());

    click(&mut harness, "Add resource");
    type_keys(&mut harness, "Hilltop Recovery");
    click(&mut harness, "Phone of Hilltop Recovery");
    type_keys(&mut harness, "call 555");
    assert!(
        harness.query_by_label_contains("Fix: Use digits").is_some(),
        "a phone number no one can dial is caught at the field"
    );
}

#[test]
fn everything_is_filled_in_only_when_the_handout_has_what_it_needs() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    clear_text(&mut harness, "Phone");
    assert_eq!(harness.state().state().profile().phone, None);
    assert!(
        harness
            .query_by_label_contains("Everything is filled in")
            .is_none(),
        "the kratom handout prints the clinic's phone"
    );
    assert!(
        harness
            .query_by_label_contains("Fix: Fill in the clinic's phone")
            .is_some(),
        "and says so under the phone field"
    );
}
