//! The desk app driven headless with egui_kittest: widgets found by their
//! accessible labels, results checked on the app's state and on disk.
//!
//! Every `run()` also checks that each input widget has an accessible name, and
//! fails if the app keeps asking for repaints when nothing happens.

mod common;

use std::path::{Path, PathBuf};

use common::gui::{click, desk_with, fresh_desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;
use handout_desk::app::settings::ThemeChoice;
use handout_desk::date::Date;
use handout_desk::layout::{LaidOutDocument, Paper};
use handout_desk::page_setup::PrintFormat;

fn today() -> Date {
    Date::parse("2026-11-22").expect("a valid date")
}

/// The desk app on a large screen, keeping its files in `data`.
fn desk(data: &Path, templates_dirs: Vec<PathBuf>) -> Harness<'static, DeskApp> {
    desk_with(data, templates_dirs, "2026-11-22", (1600.0, 1400.0))
}

fn document<'h>(harness: &'h Harness<'_, DeskApp>) -> &'h LaidOutDocument {
    match harness.state().state().layout() {
        Some(Ok(document)) => document,
        other => panic!("no laid-out document: {other:?}"),
    }
}

#[test]
fn choosing_each_template_shows_its_pages() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    let templates: Vec<(String, String)> = harness
        .state()
        .state()
        .library()
        .templates
        .iter()
        .map(|t| (t.template.id.clone(), t.template.title.clone()))
        .collect();
    assert_eq!(
        templates.len(),
        6,
        "the shipped templates are listed, English and Spanish"
    );
    for (id, title) in templates.iter().rev() {
        select_template(&mut harness, title);
        let state = harness.state().state();
        assert_eq!(
            state.selected.as_ref().map(|k| k.id.as_str()),
            Some(id.as_str())
        );
        let doc = document(&harness);
        assert_eq!(&doc.info.title, title);
        assert!(!doc.pages.is_empty());
        // The top bar names the chosen handout (beside the card's own title).
        assert_eq!(harness.query_all_by_label(title).count(), 2);
    }
}

#[test]
fn search_and_topic_filter_narrow_the_library() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    replace_text(&mut harness, "Search handouts", "kratom");
    let visible: Vec<String> = harness
        .state()
        .state()
        .visible_templates()
        .map(|t| t.template.id.clone())
        .collect();
    assert_eq!(
        visible,
        ["kratom-risks", "kratom-risks"],
        "both languages of the kratom handout"
    );
    replace_text(&mut harness, "Search handouts", "zzz");
    assert!(
        harness
            .query_by_label("No handout matches the search.")
            .is_some()
    );
}

#[test]
fn typing_clinic_details_changes_the_laid_out_pages() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "After self-harm");
    let before = harness.state().state().generation();

    replace_text(&mut harness, "Clinic name", "Lakeside Family Health");
    assert_eq!(
        harness.state().state().profile().name,
        "Lakeside Family Health"
    );
    assert!(
        harness.state().state().generation() > before,
        "the layout was invalidated"
    );
    assert!(
        document(&harness)
            .describe()
            .contains("Lakeside Family Health")
    );

    click(&mut harness, "Edit details of Riverside Crisis Team");
    replace_text(
        &mut harness,
        "Phone of Riverside Crisis Team",
        "(555) 010-7777",
    );
    let text = document(&harness).describe();
    assert!(
        text.contains("(555) 010-7777"),
        "the crisis line's new number is printed"
    );
    assert!(!text.contains("(555) 010-2100"));

    // A mistake is explained next to the field as it is typed.
    replace_text(
        &mut harness,
        "Phone of Riverside Crisis Team",
        "555 call us",
    );
    assert!(
        harness
            .query_by_label_contains("Use digits, spaces")
            .is_some()
    );

    // And the profile is saved in the data folder, in the CLI's profile format.
    harness.state_mut().save_now();
    let saved = std::fs::read_to_string(data.path().join("clinic-profile.ron")).unwrap();
    assert!(saved.contains("Lakeside Family Health"));
    let reread = handout_desk::template::load::parse_ron::<handout_desk::profile::ClinicProfile>(
        &saved,
        Path::new("clinic-profile.ron"),
    )
    .unwrap();
    assert_eq!(reread, *harness.state().state().profile());
}

#[test]
fn export_writes_the_pdf_where_asked() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Kratom");
    replace_text(&mut harness, "Clinic name", "Lakeside Family Health");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        harness.state().state().export.open,
        "Ctrl+S opens the export dialog"
    );
    let suggested = harness.state().state().export.path_text.clone();
    assert!(
        suggested.ends_with("kratom-risks_lakeside-family-health_2026-11-22.pdf"),
        "{suggested}"
    );

    let target = out.path().join("kratom.pdf");
    replace_text(&mut harness, "Save to", &target.display().to_string());
    click(&mut harness, "Save PDF");

    let state = harness.state().state();
    assert!(!state.export.open, "the dialog closes after saving");
    let message = state.messages.last().unwrap();
    assert!(
        message.text.contains(&target.display().to_string()),
        "{}",
        message.text
    );
    assert_eq!(message.open_path.as_deref(), Some(target.as_path()));
    assert!(harness.query_by_label("Open PDF").is_some());

    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
}

/// Exports through the dialog and reads the PDF back with lopdf. Ignored while
/// the engine's PDF writer is the stub that writes `%PDF-stub`; it passes against
/// the real writer (checked with the writer from the engine's working tree).
#[test]
fn exported_pdf_reads_back_with_the_typed_clinic_name() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Kratom");
    replace_text(&mut harness, "Clinic name", "Lakeside Family Health");
    click(&mut harness, "Export PDF…");
    let target = out.path().join("kratom.pdf");
    replace_text(&mut harness, "Save to", &target.display().to_string());
    click(&mut harness, "Save PDF");

    let pdf = lopdf::Document::load(&target).expect("the PDF reads back");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    assert_eq!(
        pages.len(),
        document(&harness).pages.len(),
        "as many pages as the preview"
    );
    let text = pdf.extract_text(&pages).expect("text extracts");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Lakeside Family Health"), "{text}");
    assert!(text.contains("Kratom: know the risks"));
}

#[test]
fn export_failures_are_shown_and_nothing_is_lost() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    click(&mut harness, "Export PDF…");
    let missing = data.path().join("no-such-folder").join("handout.pdf");
    replace_text(&mut harness, "Save to", &missing.display().to_string());
    click(&mut harness, "Save PDF");
    let state = harness.state().state();
    assert!(
        state.export.open,
        "the dialog stays open with the typed path"
    );
    assert!(
        state
            .messages
            .last()
            .unwrap()
            .text
            .contains("does not exist")
    );
    assert!(!missing.exists());
}

#[test]
fn a_broken_template_is_listed_with_its_error() {
    let data = TempDir::new();
    let extra = TempDir::new();
    std::fs::write(
        extra.path().join("broken.ron"),
        "Template(id: \"broken\", title: ",
    )
    .unwrap();
    let harness = desk(data.path(), vec![extra.path().to_path_buf()]);
    let failures = &harness.state().state().library().failures;
    assert_eq!(failures.len(), 1);
    assert_eq!(
        harness.state().state().library().templates.len(),
        6,
        "the others still load (three handouts in English and Spanish)"
    );
    assert!(harness.query_by_label("Could not load (1)").is_some());
    assert!(harness.query_by_label("broken.ron").is_some());
    let message = &failures[0].problems.0[0].message;
    assert!(
        harness.query_by_label_contains(message).is_some(),
        "the error is shown: {message}"
    );
}

#[test]
fn a_corrupt_profile_is_kept_aside_and_the_app_starts() {
    let data = TempDir::new();
    let garbage = "ClinicProfile(name: \"Half written";
    std::fs::write(data.path().join("clinic-profile.ron"), garbage).unwrap();
    let harness = desk(data.path(), vec![]);
    let state = harness.state().state();
    assert!(
        state.using_example_profile(),
        "the app started with the example clinic"
    );
    assert!(!document(&harness).pages.is_empty());
    let message = &state.messages.last().unwrap().text;
    assert!(
        message.contains("could not be read") && message.contains("kept as"),
        "{message}"
    );
    assert!(
        harness
            .query_by_label_contains("could not be read")
            .is_some()
    );

    assert!(!data.path().join("clinic-profile.ron").exists());
    let kept: Vec<PathBuf> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("clinic-profile.ron.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read_to_string(&kept[0]).unwrap(), garbage);
}

#[test]
fn first_start_asks_for_the_clinic_and_can_be_skipped() {
    let data = TempDir::new();
    let mut harness = fresh_desk_with(data.path(), vec![], "2026-11-22", (1600.0, 1400.0));
    assert!(harness.query_by_label("Set up your clinic").is_some());
    click(&mut harness, "Skip — look around with the example clinic");
    let state = harness.state().state();
    assert!(state.using_example_profile(), "the example clinic is shown");
    assert!(harness.query_by_label("Set up your clinic").is_none());
    assert!(
        harness
            .query_by_label("EXAMPLE — not a real clinic")
            .is_some()
    );

    // A second start does not ask again.
    harness.state_mut().save_now();
    drop(harness);
    let again = fresh_desk_with(data.path(), vec![], "2026-11-22", (1600.0, 1400.0));
    assert!(again.state().state().using_example_profile());
    assert!(again.query_by_label("Set up your clinic").is_none());
}

#[test]
fn resources_can_be_left_out_reordered_removed_and_restored() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Medicines for opioid use disorder");
    assert!(
        document(&harness)
            .describe()
            .contains("Springfield Opioid Treatment Program")
    );

    click(&mut harness, "Springfield Opioid Treatment Program");
    let springfield = harness.state().state().profile().resources[2].id;
    let options = harness.state().state().options();
    assert_eq!(
        options
            .excluded_resources
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        [springfield]
    );
    assert!(
        !document(&harness)
            .describe()
            .contains("Springfield Opioid Treatment Program")
    );

    click(
        &mut harness,
        "Edit details of Springfield Opioid Treatment Program",
    );
    click(&mut harness, "Move Springfield Opioid Treatment Program up");
    let state = harness.state().state();
    assert_eq!(
        state.profile().resources[1].name,
        "Springfield Opioid Treatment Program"
    );
    assert_eq!(
        state
            .options()
            .excluded_resources
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        [springfield],
        "the choice moves with it"
    );

    click(&mut harness, "Edit details of Riverside Naloxone Desk");
    click(&mut harness, "Remove Riverside Naloxone Desk");
    assert!(
        !harness
            .state()
            .state()
            .profile()
            .resources
            .iter()
            .any(|r| r.name == "Riverside Naloxone Desk")
    );
    click(&mut harness, "Undo");
    assert_eq!(
        harness.state().state().profile().resources[3].name,
        "Riverside Naloxone Desk"
    );

    click(&mut harness, "Add resource");
    let state = harness.state().state();
    let added = state.profile().resources.last().unwrap();
    assert_eq!(added.last_checked, Some(today()));
    replace_text(&mut harness, "Name of new resource", "County Crisis Line");
    assert_eq!(
        harness
            .state()
            .state()
            .profile()
            .resources
            .last()
            .unwrap()
            .name,
        "County Crisis Line"
    );
}

#[test]
fn stale_resources_are_flagged() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    click(&mut harness, "Edit details of Riverside Crisis Team");
    replace_text(
        &mut harness,
        "Last checked date of Riverside Crisis Team",
        "2025-01-15",
    );
    let r = &harness.state().state().profile().resources[0];
    assert_eq!(r.last_checked, Date::parse("2025-01-15").ok());
    // At the field, and as a stale-resource finding in the quality panel.
    assert_eq!(
        harness
            .query_all_by_label_contains("over a year ago")
            .count(),
        2
    );
    assert!(harness.query_by_label("Check details").is_some());
    click(&mut harness, "Riverside Crisis Team checked today");
    assert_eq!(
        harness.state().state().profile().resources[0].last_checked,
        Some(today())
    );
    assert!(harness.query_by_label("Check details").is_none());
}

#[test]
fn paper_size_large_print_and_pages() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Kratom");
    assert_eq!(document(&harness).paper, Paper::Letter);
    let normal_pages = document(&harness).pages.len();
    click(&mut harness, "A4");
    assert_eq!(document(&harness).paper, Paper::A4);
    click(&mut harness, "Large print");
    assert_eq!(
        harness.state().state().options().page.format,
        PrintFormat::LargePrint
    );
    let large_pages = document(&harness).pages.len();
    assert!(
        large_pages > normal_pages,
        "{large_pages} vs {normal_pages}"
    );
    click(&mut harness, "Next page");
    assert_eq!(harness.state().state().page, 1);
    click(&mut harness, "Previous page");
    assert_eq!(harness.state().state().page, 0);
    click(&mut harness, "Zoom in");
    assert_eq!(
        harness.state().state().settings.zoom,
        handout_desk::app::settings::Zoom::Percent(125)
    );
}

#[test]
fn theme_and_interface_size_are_settings() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    click(&mut harness, "Display");
    click(&mut harness, "Dark");
    assert_eq!(harness.state().state().settings.theme, ThemeChoice::Dark);
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    click(&mut harness, "Display");
    click(&mut harness, "150%");
    assert_eq!(harness.state().state().settings.ui_scale, 1.5);
    harness.state_mut().save_now();
    let saved = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(saved.contains("Dark") && saved.contains("1.5"), "{saved}");
}

#[test]
fn the_keyboard_alone_chooses_a_handout_and_saves_it() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    harness
        .get_by(|n| {
            n.role() == Role::ListBoxOption
                && n.label()
                    .is_some_and(|l| l.starts_with("Kratom: know the risks"))
        })
        .focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness
            .state()
            .state()
            .selected
            .as_ref()
            .map(|k| k.id.as_str()),
        Some("kratom-risks")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        harness.get_by_label("Save to").is_focused(),
        "the dialog starts in the path field"
    );
    let target = out.path().join("by-keyboard.pdf");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Save to")
        .type_text(&target.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(target.is_file(), "Enter in the dialog saves the PDF");
}

/// Times re-layout after one keystroke in the clinic name. Run with
/// `cargo test --release --test gui_desk -- --ignored --nocapture relayout`.
#[test]
#[ignore = "a measurement, not a check"]
fn relayout_time_after_a_keystroke() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "After self-harm");
    click(&mut harness, "Clinic name");
    let mut layout = Vec::new();
    let mut frame = Vec::new();
    for ch in "Lakeside Family Health Centre".chars() {
        let started = std::time::Instant::now();
        harness
            .get_by_label("Clinic name")
            .type_text(&ch.to_string());
        harness.run();
        frame.push(started.elapsed());
        layout.push(harness.state().state().layout_time());
    }
    layout.sort();
    frame.sort();
    let median = |v: &[std::time::Duration]| v[v.len() / 2];
    println!(
        "re-layout per keystroke: median {:?}, max {:?}; keystroke to settled frames (headless, incl. layout): median {:?}, max {:?}",
        median(&layout),
        layout.last().unwrap(),
        median(&frame),
        frame.last().unwrap()
    );
}

/// Every word laid out on every page, in order, as one line of text.
fn page_words(doc: &LaidOutDocument) -> String {
    doc.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            handout_desk::layout::PageItem::Text(run) => Some(run.text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Adapts the chosen template for the clinic; returns the copy's id.
fn adapt_selected(harness: &mut Harness<'_, DeskApp>) -> String {
    click(harness, "Adapt for my clinic");
    let state = harness.state().state();
    let copy = state.selected_template().expect("the copy is chosen");
    assert_eq!(
        copy.origin,
        handout_desk::template::TemplateOrigin::Clinic,
        "the copy is the clinic's own"
    );
    assert!(state.editor.on, "the editor opens on the copy");
    copy.template.id.clone()
}

/// The index (from 0) of the chosen template's first paragraph, and its text.
fn first_paragraph(harness: &Harness<'_, DeskApp>) -> (usize, String) {
    let t = &harness
        .state()
        .state()
        .selected_template()
        .expect("a template is chosen")
        .template;
    t.blocks
        .iter()
        .enumerate()
        .find_map(|(i, b)| match b {
            handout_desk::template::Block::Paragraph { text, .. } => Some((i, text.clone())),
            _ => None,
        })
        .expect("the template has a paragraph")
}

#[test]
fn a_clinic_copy_is_edited_saved_and_approved() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Medicines for opioid use disorder");
    let id = adapt_selected(&mut harness);
    assert_eq!(id, "moud-medicines-clinic");
    let file = data.path().join("templates").join(format!("{id}.ron"));
    assert!(
        file.is_file(),
        "the copy is saved in the clinic's templates folder"
    );

    let (i, text) = first_paragraph(&harness);
    let walk_in = "Walk-in hours are Monday to Friday, 8 a.m. to noon.";
    replace_text(
        &mut harness,
        &format!("Text of block {}", i + 1),
        &format!("{text} {walk_in}"),
    );
    assert!(
        page_words(document(&harness)).contains("Monday to Friday, 8 a.m. to noon."),
        "the preview shows the new sentence"
    );
    harness.state_mut().save_now();
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains(walk_in),
        "the edit is saved in the copy's file"
    );
    assert!(!harness.state().state().editor.has_unsaved());

    // What changed from the original is listed block by block.
    click(&mut harness, "What changed (1 reworded)");
    assert!(harness.query_by_label_contains(walk_in).is_some());

    click(&mut harness, "Approve for patient use…");
    replace_text(&mut harness, "Reviewer name", "Dr. A. Rivera");
    replace_text(&mut harness, "Reviewer role", "Clinic medical director");
    assert_eq!(
        harness.state().state().approve.date,
        "2026-11-22",
        "approval is dated today"
    );
    assert_eq!(harness.state().state().approve.due, "2027-11-22");
    click(&mut harness, "Approve");

    let state = harness.state().state();
    assert!(
        !state.approve.open,
        "the dialog closes: {:?}",
        state.approve.error
    );
    let copy = &state.library().in_default_language(&id).unwrap().template;
    assert_eq!(
        handout_desk::app::state::ReviewBadge::of(copy, today()),
        handout_desk::app::state::ReviewBadge::Approved
    );
    assert_eq!(state.register().sign_offs.len(), 1);
    assert!(
        harness.query_by_label_contains(", Approved").is_some(),
        "the library card says Approved"
    );
    let footer = document(&harness).describe();
    assert!(footer.contains("Adapted by"), "{footer}");
    assert!(
        !footer.contains("DRAFT"),
        "an approved copy prints no draft mark"
    );
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains("Approved"),
        "the approval is in the copy's file"
    );

    // Editing again makes it a draft again.
    replace_text(&mut harness, &format!("Text of block {}", i + 1), &text);
    let copy = &harness
        .state()
        .state()
        .library()
        .in_default_language(&id)
        .unwrap()
        .template;
    assert_eq!(
        copy.review.status,
        handout_desk::template::ReviewStatus::Draft
    );
}

#[test]
fn template_edits_undo_and_redo() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Kratom: know the risks");
    let id = adapt_selected(&mut harness);
    let title = |h: &Harness<'_, DeskApp>| {
        h.state()
            .state()
            .library()
            .in_default_language(&id)
            .unwrap()
            .template
            .title
            .clone()
    };
    let original = title(&harness);

    // Two bursts of typing into one field make one undo step.
    click(&mut harness, "Handout title");
    harness.key_press(Key::End);
    harness.run();
    harness.get_by_label("Handout title").type_text(" at");
    harness.run();
    harness.get_by_label("Handout title").type_text(" Lakeside");
    harness.run();
    assert_eq!(title(&harness), format!("{original} at Lakeside"));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(title(&harness), original, "Ctrl+Z undoes the typing");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(title(&harness), format!("{original} at Lakeside"));

    // Structural edits are steps of their own, undone with the buttons.
    let blocks = |h: &Harness<'_, DeskApp>| {
        h.state()
            .state()
            .library()
            .in_default_language(&id)
            .unwrap()
            .template
            .blocks
            .clone()
    };
    let before = blocks(&harness);
    click(&mut harness, "Move block 2 up");
    assert_eq!(blocks(&harness)[0], before[1]);
    click(&mut harness, "Remove block 1");
    assert_eq!(blocks(&harness).len(), before.len() - 1);
    click(&mut harness, "Undo edit");
    click(&mut harness, "Undo edit");
    assert_eq!(blocks(&harness), before);
    click(&mut harness, "Redo edit");
    assert_eq!(blocks(&harness)[0], before[1]);
}

#[test]
fn a_problem_is_shown_at_its_block() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Medicines for opioid use disorder");
    adapt_selected(&mut harness);
    let (i, _) = first_paragraph(&harness);
    let n = i + 1;
    replace_text(
        &mut harness,
        &format!("Text of block {n}"),
        "Fax us at {clinic.fax} for a refill.",
    );
    // The editor's message, at its block (the preview also says why it cannot lay out).
    let message = format!("Fix: Block {n} (Paragraph): `{{clinic.fax}}` is not a placeholder");
    let at = harness.get_by_label_contains(&message).rect().top();
    let this = harness
        .get_by_label(&format!("Text of block {n}"))
        .rect()
        .top();
    let next = harness
        .get_by_label(&format!("Remove block {}", n + 1))
        .rect()
        .top();
    assert!(
        this < at && at < next,
        "the message stands under block {n}: {this} < {at} < {next}"
    );
    // Shipped templates are read-only in the editor, and say why.
    select_template(&mut harness, "Kratom: know the risks");
    assert!(
        harness
            .query_by_label_contains("cannot be edited here")
            .is_some()
    );
}

#[test]
fn a_newer_original_is_noticed_and_its_changes_shown() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Kratom: know the risks");
    let id = adapt_selected(&mut harness);
    let base_version = harness
        .state()
        .state()
        .library()
        .in_default_language("kratom-risks")
        .unwrap()
        .template
        .version
        .clone();
    harness.state_mut().save_now();
    drop(harness);

    // As if the copy had been made from an older original, one block shorter.
    let file = data.path().join("templates").join(format!("{id}.ron"));
    let mut copy = handout_desk::template::read_template_file(&file).unwrap();
    let from = copy.adapted_from.as_mut().unwrap();
    from.base_version = "0.9.0".into();
    from.base_hash = handout_desk::template::ContentHash("older".into());
    from.base_blocks.remove(1);
    handout_desk::clinic::adapt::save_template(&copy, &file).unwrap();

    let mut harness = desk(data.path(), vec![]);
    assert_eq!(
        harness
            .state()
            .state()
            .selected
            .as_ref()
            .map(|k| k.id.as_str()),
        Some(id.as_str()),
        "the copy is chosen again at the next start"
    );
    let warning = format!(
        "A newer version of Kratom: know the risks is available (v0.9.0 to v{base_version})"
    );
    assert_eq!(
        harness.query_all_by_label(&warning).count(),
        1,
        "the library card says so"
    );
    click(&mut harness, "Edit blocks");
    assert_eq!(
        harness.query_all_by_label(&warning).count(),
        2,
        "and so does the editor"
    );
    click(&mut harness, "Review differences");
    assert!(
        harness.query_by_label_contains("· Added").is_some(),
        "the block the newer original added is listed"
    );
}

#[test]
fn an_overdue_review_is_flagged_on_screen_only() {
    let data = TempDir::new();
    let mut harness = fresh_desk_with(data.path(), vec![], "2026-11-22", (1600.0, 1400.0));
    assert!(
        harness
            .query_by_label_contains("Shipped handouts print with a DRAFT mark until a clinician")
            .is_some(),
        "the first start says how approval works"
    );
    click(&mut harness, "Skip — look around with the example clinic");
    click(&mut harness, "Lead view");
    select_template(&mut harness, "Kratom: know the risks");
    click(&mut harness, "Approve for patient use…");
    replace_text(&mut harness, "Reviewer name", "Dr. A. Rivera");
    replace_text(&mut harness, "Reviewer role", "Clinic medical director");
    replace_text(&mut harness, "Approval date", "2025-01-10");
    replace_text(&mut harness, "Next review due", "2026-01-10");
    click(&mut harness, "Approve");
    assert!(!harness.state().state().approve.open);
    assert!(
        harness
            .query_by_label("Review overdue since 2026-01-10 — shown here only, not printed")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Kratom: know the risks: Kratom, English, version")
            .is_some_and(|n| format!("{n:?}").contains("Review overdue")),
        "the library card says Review overdue"
    );
    let page = document(&harness).describe();
    assert!(!page.contains("Review overdue"), "not printed");

    // A bad date is explained in the dialog, and nothing is approved.
    click(&mut harness, "Approve for patient use…");
    replace_text(&mut harness, "Reviewer name", "Dr. A. Rivera");
    replace_text(&mut harness, "Reviewer role", "Clinic medical director");
    replace_text(&mut harness, "Approval date", "10/01/2026");
    click(&mut harness, "Approve");
    let state = harness.state().state();
    assert!(state.approve.open);
    assert!(
        state
            .approve
            .error
            .as_deref()
            .is_some_and(|e| e.contains("YYYY-MM-DD"))
    );
    assert_eq!(state.register().sign_offs.len(), 1);
}

#[test]
fn every_kind_of_block_can_be_added_and_edited() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "After self-harm");
    let id = adapt_selected(&mut harness);
    let count = |h: &Harness<'_, DeskApp>| {
        h.state()
            .state()
            .library()
            .in_default_language(&id)
            .unwrap()
            .template
            .blocks
            .len()
    };
    let start = count(&harness);
    let sources = harness
        .state()
        .state()
        .selected_template()
        .and_then(|t| {
            t.template
                .blocks
                .iter()
                .position(|b| matches!(b, handout_desk::template::Block::Sources { .. }))
        })
        .expect("the handout lists its sources");
    for kind in [
        "Heading",
        "Paragraph",
        "Bulleted list",
        "Numbered steps",
        "Callout box",
        "Local resources",
        "Fill-in section",
    ] {
        click(&mut harness, "Add block");
        click(&mut harness, &format!("Add {kind} block"));
    }
    // Every field of every new block has its own accessible name (`run` checks).
    assert_eq!(count(&harness), start + 7);
    // They go in order before the sources, where no block is selected: the
    // new heading is where the sources were.
    let start = sources;
    let n = start + 2; // the new paragraph
    replace_text(&mut harness, &format!("Sources of block {n}"), "1, 2");
    let t = &harness
        .state()
        .state()
        .library()
        .in_default_language(&id)
        .unwrap()
        .template;
    assert_eq!(t.blocks[n - 1].sources(), [1, 2]);
    replace_text(
        &mut harness,
        &format!("Items of block {}", start + 3),
        "One\nTwo",
    );
    let t = &harness
        .state()
        .state()
        .library()
        .in_default_language(&id)
        .unwrap()
        .template;
    assert!(matches!(
        &t.blocks[start + 2],
        handout_desk::template::Block::Bullets { items, .. } if items == &["One", "Two"]
    ));
    // A new paragraph without sources is flagged at its block.
    assert!(
        harness
            .query_by_label_contains(&format!(
                "Fix: Block {} (Steps) states clinical content but cites no source",
                start + 4
            ))
            .is_some()
    );
}
