//! A clinic lead's day in the desk app, driven by accessible labels: adapt the
//! MOUD handout, add the clinic's walk-in hours, approve it, publish it to the
//! shared folder; a second desk pointed at that folder sees it, exports it, and
//! its handout log says exactly which text went out.

mod common;

use std::path::Path;

use common::gui::{click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;
use handout_desk::clinic::handout_log;
use handout_desk::desk::DeskConfig;
use handout_desk::desk::config::save_config;
use handout_desk::storage::Storage;
use handout_desk::template::{Block, ReviewStatus, TemplateOrigin, content_hash};

const WALK_IN: &str = "Walk-in hours at our clinic are Monday to Friday, 8 a.m. to noon.";

fn desk(data: &Path) -> Harness<'static, DeskApp> {
    desk_with(data, vec![], "2026-12-01", (1600.0, 1400.0))
}

fn open_clinic_window(harness: &mut Harness<'_, DeskApp>, entry: &str) {
    click(harness, "Clinic");
    click(harness, entry);
}

#[test]
fn adapt_approve_publish_and_use_on_a_second_desk() {
    let lead_data = TempDir::new();
    let shared = TempDir::new();
    let mut lead = desk(lead_data.path());

    // Adapt the MOUD handout and add a paragraph about walk-in hours.
    select_template(&mut lead, "Medicines for opioid use disorder");
    click(&mut lead, "Adapt for my clinic");
    click(&mut lead, "Add block");
    click(&mut lead, "Add Paragraph block");
    // The new block is selected: with none selected before, it went just
    // before the sources.
    let added = lead
        .state()
        .state()
        .editor
        .selected_block
        .expect("the new block is selected");
    let n = added + 1;
    replace_text(&mut lead, &format!("Text of block {n}"), WALK_IN);
    replace_text(&mut lead, &format!("Sources of block {n}"), "1");
    {
        let copy = &lead
            .state()
            .state()
            .selected_template()
            .expect("copy")
            .template;
        assert!(
            matches!(copy.blocks.get(added), Some(Block::Paragraph { text, sources }) if text == WALK_IN && sources == &[1]),
            "{:?}",
            copy.blocks.get(added)
        );
        assert!(matches!(copy.blocks.last(), Some(Block::Sources { .. })));
    }

    // Approve it for patient use.
    click(&mut lead, "Approve for patient use…");
    replace_text(&mut lead, "Reviewer name", "Dr. Ana Rivera");
    replace_text(&mut lead, "Reviewer role", "Clinic medical director");
    click(&mut lead, "Approve");
    let copy = lead
        .state()
        .state()
        .selected_template()
        .expect("copy")
        .clone();
    assert_eq!(copy.template.review.status, ReviewStatus::Approved);

    // Point this desk at the shared folder and publish the copy there.
    open_clinic_window(&mut lead, "Shared templates folder…");
    replace_text(
        &mut lead,
        "Shared folder",
        &shared.path().display().to_string(),
    );
    click(&mut lead, "Use this folder");
    click(&mut lead, "Publish to shared folder");
    let note = lead
        .state()
        .state()
        .clinic_tools
        .note
        .clone()
        .expect("a note");
    assert!(note.1.starts_with("Published"), "{note:?}");
    let published = shared.path().join(format!("{}.ron", copy.template.id));
    assert!(published.is_file());
    click(&mut lead, "Close");

    // Approve the shipped kratom handout too, and publish this desk's sign-offs.
    select_template(&mut lead, "Kratom");
    click(&mut lead, "Approve for patient use…");
    replace_text(&mut lead, "Reviewer name", "Dr. Ana Rivera");
    replace_text(&mut lead, "Reviewer role", "Clinic medical director");
    click(&mut lead, "Approve");
    open_clinic_window(&mut lead, "Shared templates folder…");
    click(&mut lead, "Publish this desk's sign-offs");
    let note = lead
        .state()
        .state()
        .clinic_tools
        .note
        .clone()
        .expect("a note");
    assert!(note.1.starts_with("Published 2 sign-off(s)"), "{note:?}");
    click(&mut lead, "Close");
    lead.state_mut().save_now();

    // A second desk, pointed at the same folder, sees it approved and read-only.
    let desk_data = TempDir::new();
    save_config(
        &Storage::in_dir(desk_data.path()),
        &DeskConfig {
            shared_templates_dir: Some(shared.path().to_path_buf()),
            ..DeskConfig::default()
        },
    )
    .expect("desk configuration saved");
    let mut second = desk(desk_data.path());
    let seen = second
        .state()
        .state()
        .library()
        .in_default_language(&copy.template.id)
        .expect("the shared template is in the library")
        .clone();
    assert_eq!(seen.origin, TemplateOrigin::Shared);
    assert_eq!(seen.template.review.status, ReviewStatus::Approved);
    let kratom = &second
        .state()
        .state()
        .library()
        .in_default_language("kratom-risks")
        .expect("shipped");
    assert_eq!(
        kratom.template.review.status,
        ReviewStatus::Approved,
        "the lead's published sign-off of a shipped handout counts on this desk"
    );
    assert!(
        second.state().state().register().sign_offs.is_empty(),
        "shared sign-offs are not copied into this desk's own"
    );
    let title = copy.template.title.clone();
    second
        .get_by(|n| {
            n.role() == Role::ListBoxOption
                && n.label()
                    .is_some_and(|l| l.starts_with(&title) && l.contains("shared by your clinic"))
        })
        .click();
    second.run();
    assert_eq!(
        second
            .state()
            .state()
            .selected
            .as_ref()
            .map(|k| k.id.as_str()),
        Some(copy.template.id.as_str())
    );
    assert!(
        second
            .query_by(|n| {
                n.role() == Role::ListBoxOption
                    && n.label()
                        .is_some_and(|l| l.starts_with(&title) && l.contains("Approved"))
            })
            .is_some(),
        "the library card says Approved"
    );

    // Export it there: the log records exactly this text.
    let out = desk_data.path().join("moud-walk-in.pdf");
    click(&mut second, "Export PDF…");
    replace_text(&mut second, "Save to", &out.display().to_string());
    click(&mut second, "Save PDF");
    assert!(out.is_file());
    let log = handout_log::read(&Storage::in_dir(desk_data.path()).handout_log_path())
        .expect("the log reads");
    let entry = log.entries.last().expect("one entry");
    assert_eq!(entry.template_id, copy.template.id);
    assert_eq!(entry.version, copy.template.version);
    assert_eq!(entry.content_hash, content_hash(&copy.template));
    assert_eq!(entry.status, ReviewStatus::Approved);

    open_clinic_window(&mut second, "Handout log…");
    assert!(
        second.query_by_label(entry.content_hash.short()).is_some(),
        "the log window shows the hash"
    );
}

#[test]
fn a_pack_is_shown_before_it_is_imported_and_a_bad_one_is_refused() {
    let lead_data = TempDir::new();
    let mut lead = desk(lead_data.path());
    select_template(&mut lead, "Kratom");
    click(&mut lead, "Adapt for my clinic");
    lead.state_mut().save_now();
    let pack = lead_data.path().join("lakeside.handout-pack");
    open_clinic_window(&mut lead, "Clinic pack…");
    replace_text(&mut lead, "Save pack to", &pack.display().to_string());
    click(&mut lead, "Export clinic pack");
    assert!(
        pack.is_file(),
        "{:?}",
        lead.state().state().clinic_tools.note
    );

    let desk_data = TempDir::new();
    let mut second = desk(desk_data.path());
    open_clinic_window(&mut second, "Clinic pack…");
    replace_text(&mut second, "Pack to import", &pack.display().to_string());
    click(&mut second, "Check pack");
    assert!(
        second
            .query_by_label_contains("add kratom-risks-clinic v1.0.0")
            .is_some(),
        "the plan is shown first"
    );
    assert!(
        !desk_data.path().join("templates").exists(),
        "nothing is written before Import"
    );
    click(&mut second, "Import");
    assert!(
        second
            .state()
            .state()
            .library()
            .in_default_language("kratom-risks-clinic")
            .is_some(),
        "{:?}",
        second.state().state().clinic_tools.note
    );

    // A pack cut short is refused with a clear message.
    let text = std::fs::read_to_string(&pack).expect("pack");
    let cut = desk_data.path().join("cut.handout-pack");
    std::fs::write(&cut, &text[..text.len() / 3]).expect("write");
    replace_text(&mut second, "Pack to import", &cut.display().to_string());
    click(&mut second, "Check pack");
    let note = second
        .state()
        .state()
        .clinic_tools
        .note
        .clone()
        .expect("a note");
    assert!(note.1.contains("not a complete clinic pack"), "{note:?}");
    assert!(second.state().state().clinic_tools.pending.is_none());
}
