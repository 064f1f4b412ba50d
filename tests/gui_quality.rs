//! The "Quality checks" panel and the PEMAT-P reviewer checklist, driven headless
//! with egui_kittest at the desk's usual window size (1360 x 860): findings follow
//! the typing, a finding leads to its block, and the reviewer's ticks are kept
//! with the sign-off.

mod common;

use std::path::Path;

use common::gui::{click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;
use handout_desk::quality::report::FindingSeverity;
use handout_desk::template::Block;

/// The desk app at its default window size, keeping its files in `data`.
/// The desk app at its default window size, keeping its files in `data`.
fn desk(data: &Path) -> Harness<'static, DeskApp> {
    desk_with(data, vec![], "2026-11-22", (1360.0, 860.0))
}

/// The index (from 0) of the chosen template's last paragraph.
fn last_paragraph(harness: &Harness<'_, DeskApp>) -> usize {
    let t = &harness
        .state()
        .state()
        .selected_template()
        .expect("a template is chosen")
        .template;
    t.blocks
        .iter()
        .rposition(|b| matches!(b, Block::Paragraph { .. }))
        .expect("the template has a paragraph")
}

#[test]
fn a_stigmatising_word_is_found_as_it_is_typed_and_leads_to_its_block() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Medicines for opioid use disorder");
    click(&mut harness, "Adapt for my clinic");
    assert!(harness.state().state().editor.on, "the editor opens");
    harness.get_by_label("Quality checks");

    let i = last_paragraph(&harness);
    let n = i + 1;
    let field = format!("Text of block {n}");
    click(&mut harness, &field);
    harness.key_press(Key::End);
    harness.run();
    let finding = format!("Finding: stigmatising-language in block {n}");
    assert!(harness.query_by_label(&finding).is_none());

    // One burst of typing, one run: the panel has caught up.
    harness
        .get_by_label(&field)
        .type_text(" Many addicts who relapse feel shame.");
    harness.run();
    let state = harness.state().state();
    let view = state.quality.view().expect("a report");
    assert_eq!(
        view.generation,
        state.generation(),
        "checked at this layout"
    );
    let row = harness.get_by_label(&finding);
    assert!(
        row.query_all_by_label_contains("people with a substance use disorder")
            .next()
            .is_some(),
        "the finding offers better words"
    );
    let again = format!("{finding} (2)");
    assert!(
        harness
            .get_by_label(&again)
            .query_all_by_label_contains("return to use")
            .next()
            .is_some(),
        "and one for “relapse”"
    );
    // Errors come first in the panel.
    assert!(view.rows[0].finding.severity == FindingSeverity::Error);
    // The block shows its findings too, under its own fields.
    let at_block = view.findings_in(i).count();
    assert!(at_block >= 2, "both words are found");
    assert!(
        harness
            .query_by_label(&format!("{at_block} quality findings"))
            .is_some()
    );

    // Scroll the editor away, then choose the finding: the editor comes back to the block.
    click(&mut harness, "Move block 1 down");
    click(&mut harness, "Undo edit");
    let away = harness.get_by_label(&field).rect().top();
    assert!(away > 860.0, "block {n} is out of sight, at {away}");
    click(&mut harness, &finding);
    let state = harness.state().state();
    assert_eq!(state.editor.selected_block, Some(i), "the block is chosen");
    assert!(state.editor.on);
    let top = harness.get_by_label(&field).rect().top();
    assert!(
        (0.0..860.0).contains(&top),
        "the editor shows block {n}, at {top}"
    );

    // Mending the words clears the findings at once.
    let fixed = harness
        .state()
        .state()
        .selected_template()
        .map(|t| match &t.template.blocks[i] {
            Block::Paragraph { text, .. } => text.replace(
                "Many addicts who relapse feel shame.",
                "Many people feel shame after a return to use.",
            ),
            _ => String::new(),
        });
    replace_text(&mut harness, &field, &fixed.unwrap_or_default());
    assert!(harness.query_by_label(&finding).is_none());
}

#[test]
fn shipped_templates_show_their_findings_and_no_errors() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    let titles: Vec<(String, String)> = harness
        .state()
        .state()
        .library
        .templates
        .iter()
        .map(|t| (t.template.title.clone(), t.template.language.clone()))
        .collect();
    let mut last_score = "Reading grade";
    for (title, language) in titles {
        select_template(&mut harness, &title);
        harness.get_by_label("Quality checks");
        let view = harness
            .state()
            .state()
            .quality
            .view()
            .expect("a report")
            .clone();
        let (errors, _) = view.counts();
        assert_eq!(
            errors,
            0,
            "{title}: {:#?}",
            view.rows.iter().map(|r| &r.finding).collect::<Vec<_>>()
        );
        assert!(
            harness
                .query_all_by(|n| n
                    .label()
                    .is_some_and(|l| l.ends_with(" error") || l.ends_with(" errors")))
                .next()
                .is_none(),
            "{title}: no error badge"
        );
        assert_eq!(
            harness
                .query_all_by(|n| n.label().is_some_and(|l| l.starts_with("Finding: ")))
                .count(),
            view.rows.len(),
            "{title}: every finding is listed"
        );
        // English grades for English, Spanish scores for Spanish.
        let score = if language.starts_with("es") {
            "Szigriszt-Pazos"
        } else {
            "Reading grade"
        };
        assert!(harness.query_by_label_contains(score).is_some(), "{title}");
        assert!(harness.query_by_label_contains("Understandable ").is_some());
        last_score = score;
    }

    // A finding of a read-only template quotes its block when chosen.
    let state = harness.state().state();
    let row = state
        .quality
        .view()
        .and_then(|v| v.rows.iter().find(|r| r.finding.block.is_some()))
        .cloned();
    if let Some(row) = row {
        click(&mut harness, &row.label);
        let state = harness.state().state();
        assert_eq!(state.editor.selected_block, row.finding.block);
        assert!(!state.editor.on, "a shipped template opens no editor");
        assert!(
            harness
                .get_by_label(&row.label)
                .query_all_by_label_contains("“")
                .next()
                .is_some(),
            "the chosen finding quotes its block"
        );
    }

    // The panel folds away and comes back.
    // (The last template chosen may be a Spanish member, scored the Spanish way.)
    click(&mut harness, "Hide quality checks");
    assert!(harness.query_by_label_contains(last_score).is_none());
    click(&mut harness, "Show quality checks");
    assert!(harness.query_by_label_contains(last_score).is_some());
}

#[test]
fn ticked_pemat_items_are_kept_with_the_sign_off() {
    let data = TempDir::new();
    let mut harness = desk(data.path());
    select_template(&mut harness, "Kratom: know the risks");
    click(&mut harness, "Approve for patient use…");
    replace_text(&mut harness, "Reviewer name", "Dr. A. Rivera");
    replace_text(&mut harness, "Reviewer role", "Clinic medical director");
    click(&mut harness, "PEMAT-P: Everyday words are used");
    click(&mut harness, "PEMAT-P: Information follows a logical order");
    click(&mut harness, "PEMAT-P: Information follows a logical order");
    assert_eq!(
        harness
            .state()
            .state()
            .approve
            .checked
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        [3],
        "ticked, and one ticked and unticked"
    );
    click(&mut harness, "Approve");

    let state = harness.state().state();
    assert!(!state.approve.open, "approved: {:?}", state.approve.error);
    let sign_off = state
        .register
        .sign_offs
        .iter()
        .find(|s| s.template_id == "kratom-risks")
        .expect("a sign-off");
    assert_eq!(sign_off.checked, ["PEMAT-P 3: Everyday words are used"]);
    let saved = std::fs::read_to_string(data.path().join("sign-offs.ron")).expect("saved");
    assert!(
        saved.contains("PEMAT-P 3: Everyday words are used"),
        "{saved}"
    );
}
