//! The last of the library's English in a Spanish desk (issue 13 follow-up):
//! the layout's warning about a group too tall for one page, and the error
//! about a character no handout font can print, as the quality panel lists
//! them, driven headless with egui_kittest by accessible labels.

mod common;

use common::gui::{click, desk_with, replace_text, select_template, switch_to_spanish};
use common::tempdir::TempDir;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;
use handout_desk::problem::Rule;

const TODAY: &str = "2026-11-22";
const SIZE: (f32, f32) = (1360.0, 860.0);

/// A desk on `data`, switched to Spanish.
fn spanish_desk(data: &std::path::Path) -> Harness<'static, DeskApp> {
    let mut harness = desk_with(data, vec![], TODAY, SIZE);
    switch_to_spanish(&mut harness);
    harness
}

/// The rules of the quality panel's findings.
fn rules_found(harness: &Harness<'_, DeskApp>) -> Vec<Option<Rule>> {
    harness
        .state()
        .state()
        .quality
        .view()
        .map(|v| v.rows.iter().map(|r| r.finding.rule).collect())
        .unwrap_or_default()
}

fn shown(harness: &Harness<'_, DeskApp>, words: &str) -> bool {
    harness.query_all_by_label_contains(words).count() > 0
}

#[test]
fn a_group_split_across_pages_is_worded_in_spanish() {
    let data = TempDir::new();
    let mut harness = spanish_desk(data.path());
    select_template(&mut harness, "After self-harm");
    click(&mut harness, "Letra grande");
    let found = rules_found(&harness);
    assert!(
        found.contains(&Some(Rule::SplitGroup)),
        "the safety plan is split in large print: {found:?}"
    );
    assert!(
        shown(&harness, "Se tuvo que dividir"),
        "the split group in Spanish"
    );
    assert!(shown(&harness, "entre las páginas"), "its pages in Spanish");
    for english in [
        "is too tall for one page",
        "a reader may miss what is on the next page",
        "Shorten it, or split it",
    ] {
        assert!(!shown(&harness, english), "“{english}” is still in English");
    }
}

#[test]
fn a_character_no_font_can_print_is_worded_in_spanish() {
    let data = TempDir::new();
    let (_, example) = handout_desk::template::load::EXAMPLE_PROFILE;
    let note = "Buprenorphine and naltrexone. Same-day starts most weekdays.";
    assert!(example.contains(note));
    std::fs::write(
        data.path().join("clinic-profile.ron"),
        example.replacen(note, "Buprenorphine and naltrexone. Walk in Ж", 1),
    )
    .expect("write the profile");
    let mut harness = spanish_desk(data.path());
    select_template(&mut harness, "Medicines for opioid use disorder");
    let found = rules_found(&harness);
    assert!(
        found.contains(&Some(Rule::UnprintableCharacter)),
        "{found:?}"
    );
    assert!(
        shown(&harness, "que ninguna fuente del folleto puede imprimir"),
        "the unprintable character in Spanish"
    );
    assert!(shown(&harness, "U+0416 “Ж”"), "the character itself");
    assert!(
        shown(&harness, "Cámbielo por letras"),
        "what to do, in Spanish"
    );
    for english in ["no handout font can draw", "replace it with plain letters"] {
        assert!(!shown(&harness, english), "“{english}” is still in English");
    }
}

#[test]
fn the_export_s_pre_flight_list_words_both_in_spanish() {
    let data = TempDir::new();
    let out = TempDir::new();
    let (_, example) = handout_desk::template::load::EXAMPLE_PROFILE;
    // The crisis team's note, which every self-harm handout prints.
    let note = "Call or walk in any time. Se habla español.";
    assert!(example.contains(note));
    std::fs::write(
        data.path().join("clinic-profile.ron"),
        example.replacen(note, "Call or walk in any time Ж.", 1),
    )
    .expect("write the profile");
    let mut harness = spanish_desk(data.path());
    select_template(&mut harness, "After self-harm");
    click(&mut harness, "Letra grande");
    click(&mut harness, "Exportar PDF…");
    let pdf = out.path().join("self-harm.pdf");
    replace_text(&mut harness, "Guardar en", &pdf.display().to_string());
    click(&mut harness, "Guardar PDF");
    let problems = &harness.state().state().export.problems;
    assert!(
        problems
            .iter()
            .any(|p| p.is_error() && p.rule == Some(Rule::UnprintableCharacter)),
        "refused for the character: {problems:?}, written: {}",
        pdf.exists()
    );
    assert!(
        problems.iter().any(|p| p.rule == Some(Rule::SplitGroup)),
        "the split group beside it: {problems:?}"
    );
    assert!(!pdf.exists());
    assert!(
        shown(&harness, "que ninguna fuente del folleto puede imprimir"),
        "the error in Spanish"
    );
    harness
        .query_all_by_label_contains("para revisar")
        .next()
        .expect("the warnings, folded")
        .click();
    harness.run();
    assert!(
        shown(&harness, "aviso[split-group]: Se tuvo que dividir"),
        "the warning in Spanish"
    );
    for english in ["no handout font can draw", "is too tall for one page"] {
        assert!(!shown(&harness, english), "“{english}” is still in English");
    }
}
