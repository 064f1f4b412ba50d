//! "Fix" for the problems of a handout itself (its title, a whole-handout
//! check), not of a block or a clinic detail, driven headless by accessible
//! labels: from the Export and Approve dialogs, "Fix" takes the lead to the
//! lead view's editor with the title field focused; where the desk has no
//! field to go to, the list says what to do instead of showing a dead button.

mod common;

use std::path::Path;

use common::gui::{click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use handout_desk::app::DeskApp;
use handout_desk::app::settings::DeskView;
use handout_desk::problem::Field;

const TODAY: &str = "2026-11-22";
const SIZE: (f32, f32) = (1600.0, 1000.0);

/// A kratom handout from a templates folder (so the desk cannot change it)
/// with a shaming word in its title and no word on naloxone: two errors of
/// the handout itself, neither in a block.
const FOLDER_HANDOUT: &str = r#"Template(
    id: "kratom-folder",
    title: "Kratom facts for addicts",
    topic: Kratom,
    language: "en-US",
    version: "1.0.0",
    audience: "Adults",
    reading_level: (target_grade: 6.0, max_grade: 8.0),
    review: (status: Draft, note: "Test fixture."),
    licence: "Test fixture.",
    sources: [],
    blocks: [
        Heading(text: "What kratom is"),
    ],
)"#;

/// The accessible name of the focused widget, if any.
fn focused(harness: &Harness<'_, DeskApp>) -> Option<String> {
    harness
        .query_all_by(|n| n.is_focused())
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default().to_string())
}

/// The desk on a clinic copy of the kratom handout whose title now has a
/// shaming word in it, which stops its export and its sign-off.
fn copy_with_a_bad_title(data: &Path) -> Harness<'static, DeskApp> {
    let mut harness = desk_with(data, vec![], TODAY, SIZE);
    select_template(&mut harness, "Kratom: know the risks");
    click(&mut harness, "Adapt for my clinic");
    replace_text(&mut harness, "Handout title", "Kratom for addicts");
    harness
}

/// After a "Fix" on the title: the dialogs are closed, the lead view shows
/// the editor, and the keyboard is in the title field.
fn assert_at_the_title(harness: &mut Harness<'_, DeskApp>) {
    harness.run();
    let state = harness.state().state();
    assert!(
        !state.export.open && !state.approve.open,
        "Fix closes the dialog"
    );
    assert_eq!(state.settings.view, DeskView::Lead);
    assert!(state.editor.on, "the editor is open");
    assert_eq!(state.focus_target, None, "the request was used");
    assert_eq!(focused(harness).as_deref(), Some("Handout title"));
}

#[test]
fn fix_on_the_title_goes_from_the_clinician_view_to_the_editor_s_title_field() {
    let data = TempDir::new();
    let mut harness = copy_with_a_bad_title(data.path());
    click(&mut harness, "Clinician view");
    assert_eq!(harness.state().state().settings.view, DeskView::Clinician);

    click(&mut harness, "Save PDF…");
    let state = harness.state().state();
    assert!(state.export.open);
    assert!(
        state
            .export
            .problems
            .iter()
            .any(|p| p.is_error() && p.field() == Some(Field::Title)),
        "{:?}",
        state.export.problems
    );
    click(&mut harness, "Fix: the title");
    assert_at_the_title(&mut harness);
}

#[test]
fn fix_on_the_title_works_from_the_approve_dialog_too() {
    let data = TempDir::new();
    let mut harness = copy_with_a_bad_title(data.path());
    click(&mut harness, "Approve for patient use…");
    assert!(harness.state().state().approve.open);
    click(&mut harness, "Fix: the title");
    assert_at_the_title(&mut harness);
}

#[test]
fn a_problem_with_no_field_on_the_desk_says_what_to_do_instead_of_a_dead_fix() {
    let data = TempDir::new();
    let folder = TempDir::new();
    std::fs::write(folder.path().join("kratom-folder.ron"), FOLDER_HANDOUT)
        .expect("write the handout");
    let mut harness = desk_with(data.path(), vec![folder.path().to_path_buf()], TODAY, SIZE);
    select_template(&mut harness, "Kratom facts for addicts");

    click(&mut harness, "Export PDF…");
    let state = harness.state().state();
    assert!(state.export.open);
    let errors: Vec<_> = state
        .export
        .problems
        .iter()
        .filter(|p| p.is_error())
        .collect();
    assert!(
        errors.iter().any(|p| p.field() == Some(Field::Title)),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|p| p.field().is_none() && p.block().is_none()),
        "a problem of the whole handout: {errors:?}"
    );
    assert!(
        harness.query_by_label("Fix: the title").is_none(),
        "no button that cannot go anywhere"
    );
    assert_eq!(
        harness.query_all_by_label_contains("Fix: ").count(),
        0,
        "nothing in this handout can be fixed on the desk"
    );
    assert_eq!(
        harness
            .query_all_by_label_contains("cannot be changed on the desk")
            .count(),
        errors.len(),
        "each error says what to do instead"
    );
}
