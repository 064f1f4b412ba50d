//! The desk app's safety gates, driven headless by accessible labels: the
//! export and approve dialogs run the desk's checks first and list what to
//! fix, each with its field or block; nothing is written until it is fixed.

mod common;

use std::path::Path;

use common::gui::{clear_text, click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;
use handout_desk::problem::{ClinicField, Field, ResourceField, Rule};
use handout_desk::template::Block;

fn desk(data: &Path) -> Harness<'static, DeskApp> {
    desk_with(data, vec![], "2026-11-22", (1600.0, 1400.0))
}

/// Tries to save the chosen handout to `pdf` through the export dialog.
fn try_export(harness: &mut Harness<'_, DeskApp>, pdf: &Path) {
    click(harness, "Export PDF…");
    replace_text(harness, "Save to", &pdf.display().to_string());
    click(harness, "Save PDF");
}

#[test]
fn export_is_refused_with_an_empty_clinic_name() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    clear_text(&mut harness, "Clinic name");
    assert_eq!(harness.state().state().profile().name, "");

    let pdf = data.path().join("kratom.pdf");
    try_export(&mut harness, &pdf);
    let state = harness.state().state();
    assert!(state.export.open, "the dialog stays open");
    assert!(
        state
            .export
            .problems
            .iter()
            .any(|p| p.is_error() && p.field() == Some(Field::Clinic(ClinicField::Name))),
        "{:?}",
        state.export.problems
    );
    let listed: Vec<String> = state
        .export
        .problems
        .iter()
        .map(|p| p.as_list_item())
        .collect();
    assert!(
        harness
            .query_by_label_contains("clinic name: error")
            .is_some(),
        "{listed:?}"
    );
    assert!(!pdf.exists(), "no PDF was written");

    // Once the name is back, the same dialog saves it.
    click(&mut harness, "Cancel");
    replace_text(&mut harness, "Clinic name", "Lakeside Family Health");
    try_export(&mut harness, &pdf);
    assert!(!harness.state().state().export.open);
    assert!(pdf.exists());
}

#[test]
fn export_is_refused_with_a_printed_phone_no_one_can_dial() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Medicines for opioid use disorder");
    click(&mut harness, "Edit details of Riverside Naloxone Desk");
    replace_text(
        &mut harness,
        "Phone of Riverside Naloxone Desk",
        "555-CALL-NOW",
    );
    let pdf = data.path().join("moud.pdf");
    try_export(&mut harness, &pdf);
    let state = harness.state().state();
    let naloxone = state
        .profile()
        .resources
        .iter()
        .position(|r| r.name == "Riverside Naloxone Desk")
        .expect("the example lists it");
    assert!(state.export.open, "the dialog stays open");
    assert!(
        state
            .export
            .problems
            .iter()
            .any(|p| p.is_error()
                && p.field() == Some(Field::Resource(naloxone, ResourceField::Phone))),
        "{:?}",
        state.export.problems
    );
    assert!(
        harness
            .query_by_label(&format!("Fix: resource {} phone", naloxone + 1))
            .is_some(),
        "the problem is listed with a way to its field"
    );
    assert!(
        !pdf.exists(),
        "no PDF, so no link to a number no one can dial"
    );
}

#[test]
fn approve_is_refused_while_the_text_has_an_error_finding() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Adapt for my clinic");
    let block = harness
        .state()
        .state()
        .selected_template()
        .expect("the copy is chosen")
        .template
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph { .. }))
        .expect("a paragraph");
    let field = format!("Text of block {}", block + 1);
    click(&mut harness, &field);
    harness.key_press(Key::End);
    harness.run();
    harness
        .get_by_label(&field)
        .type_text(" Some addicts feel better after a call.");
    harness.run();

    click(&mut harness, "Approve for patient use…");
    replace_text(&mut harness, "Reviewer name", "Dr. A. Rivera");
    replace_text(&mut harness, "Reviewer role", "Clinic medical director");
    click(&mut harness, "Approve");
    let state = harness.state().state();
    assert!(state.approve.open, "the dialog stays open");
    let shaming = state
        .approve
        .problems
        .iter()
        .find(|p| p.rule == Some(Rule::StigmatisingLanguage))
        .expect("the word is listed");
    assert_eq!(shaming.block(), Some(block));
    assert!(state.register().sign_offs.is_empty(), "nothing signed off");
    assert!(!data.path().join("sign-offs.ron").exists());

    // The list leads to the block.
    click(&mut harness, &format!("Fix: block {}", block + 1));
    let state = harness.state().state();
    assert!(!state.approve.open);
    assert_eq!(state.editor.selected_block, Some(block));
}

/// A click on Cancel as soon as the Approve dialog is shown closes it: the
/// dialog does not move or change size under the pointer in its first frames.
#[test]
fn cancel_closes_the_approve_dialog_at_once() {
    for size in [(1360.0, 860.0), (1280.0, 720.0), (1600.0, 1400.0)] {
        let data = TempDir::new();
        let mut harness = desk_with(data.path(), vec![], "2026-11-22", size);
        select_template(&mut harness, "Kratom");
        click(&mut harness, "Approve for patient use…");
        assert!(harness.state().state().approve.open);
        click(&mut harness, "Cancel");
        assert!(
            !harness.state().state().approve.open,
            "closed at once in a {size:?} window"
        );
    }
}
