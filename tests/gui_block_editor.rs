//! The block editor as a clinic lead uses it on a clinic copy: where a new
//! block goes, what the kinds of block are called, and what each block's card
//! says about it.

mod common;

use std::path::Path;

use common::gui::{clear_text, click, desk_with, select_template};
use common::tempdir::TempDir;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;
use handout_desk::template::{Block, Template};

fn desk(data: &Path) -> Harness<'static, DeskApp> {
    desk_with(data, vec![], "2026-11-22", (1600.0, 1400.0))
}

/// Chooses `title`, adapts it for the clinic and returns the harness on the
/// copy, with the block editor open.
fn clinic_copy(data: &Path, title: &str) -> Harness<'static, DeskApp> {
    let mut harness = desk(data);
    select_template(&mut harness, title);
    click(&mut harness, "Adapt for my clinic");
    assert!(harness.state().state().editor.on, "the editor is open");
    harness
}

fn template(harness: &Harness<'_, DeskApp>) -> Template {
    harness
        .state()
        .state()
        .selected_template()
        .expect("a template is chosen")
        .template
        .clone()
}

#[test]
fn a_new_block_goes_after_the_selected_one_and_is_selected() {
    let data = TempDir::new();
    let mut harness = clinic_copy(data.path(), "After self-harm");
    let before = template(&harness).blocks.len();

    click(&mut harness, "Select block 2");
    click(&mut harness, "Add block");
    click(&mut harness, "Add Paragraph block");
    let t = template(&harness);
    assert_eq!(t.blocks.len(), before + 1);
    assert!(
        matches!(&t.blocks[2], Block::Paragraph { text, .. } if text == "New paragraph."),
        "the new block is third, after block 2: {:?}",
        t.blocks[2]
    );
    assert_eq!(
        harness.state().state().editor.selected_block,
        Some(2),
        "the new block is selected, so the next one goes after it"
    );

    // The selected block offers its own menu, so a long handout needs no
    // scrolling back to the top.
    click(&mut harness, "Add block after this");
    click(&mut harness, "Add Heading block");
    let t = template(&harness);
    assert!(
        matches!(&t.blocks[3], Block::Heading { .. }),
        "{:?}",
        t.blocks[3]
    );
    assert_eq!(harness.state().state().editor.selected_block, Some(3));
}

#[test]
fn with_no_block_selected_a_new_block_goes_before_the_sources() {
    let data = TempDir::new();
    let mut harness = clinic_copy(data.path(), "After self-harm");
    click(&mut harness, "Add block");
    click(&mut harness, "Add Numbered steps block");
    let t = template(&harness);
    let sources = t
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Sources { .. }))
        .expect("the sources");
    assert!(
        matches!(t.blocks[sources - 1], Block::Steps { .. }),
        "the new steps come just before the sources, not after the safety plan"
    );
}

#[test]
fn kinds_of_block_have_readable_names() {
    let data = TempDir::new();
    let mut harness = clinic_copy(data.path(), "After self-harm");
    click(&mut harness, "Add block");
    assert!(
        harness
            .query_by_label("Add Fill-in section block")
            .is_some()
    );
    assert!(
        harness.query_by_label_contains("FillIn").is_none(),
        "no code names on screen"
    );
}

#[test]
fn an_empty_block_shows_no_reading_grade() {
    let data = TempDir::new();
    let mut harness = clinic_copy(data.path(), "After self-harm");
    let grades = |h: &Harness<'_, DeskApp>| h.query_all_by_label_contains("Reading grade").count();
    let shown = grades(&harness);
    assert!(shown > 0, "prose blocks show their grade");

    let i = template(&harness)
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph { .. }))
        .expect("a paragraph");
    clear_text(&mut harness, &format!("Text of block {}", i + 1));
    assert!(
        matches!(&template(&harness).blocks[i], Block::Paragraph { text, .. } if text.is_empty())
    );
    assert!(
        harness.query_by_label_contains("Reading grade -").is_none(),
        "no negative grade"
    );
    assert!(
        grades(&harness) < shown,
        "the empty block has no grade at all"
    );
}
