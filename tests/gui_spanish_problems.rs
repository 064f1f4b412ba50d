//! The library's own words in a Spanish desk (issue 13): the quality checks'
//! findings, the export dialog's list of what to fix first, the topics and
//! the review badges, driven headless with egui_kittest by accessible labels.
//! The handout itself stays English: only the desk's words change.

mod common;

use common::gui::{click, desk_with, replace_text, select_template, switch_to_spanish};
use common::tempdir::TempDir;
use egui_kittest::kittest::Queryable as _;
use handout_desk::problem::Rule;

const TODAY: &str = "2026-11-22";
const SIZE: (f32, f32) = (1360.0, 860.0);

/// The example clinic, with a shaming word in the notes of its treatment
/// provider (resource 2), which the opioid medicines handout prints.
fn profile_with_a_shaming_note() -> String {
    let (_, example) = handout_desk::template::load::EXAMPLE_PROFILE;
    let note = "Buprenorphine and naltrexone. Same-day starts most weekdays.";
    assert!(example.contains(note));
    example.replacen(note, "Buprenorphine and naltrexone. Addicts welcome.", 1)
}

#[test]
fn a_spanish_desk_words_the_library_s_problems_topics_and_badges_in_spanish() {
    let data = TempDir::new();
    let out = TempDir::new();
    std::fs::write(
        data.path().join("clinic-profile.ron"),
        profile_with_a_shaming_note(),
    )
    .expect("write the profile");
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    switch_to_spanish(&mut harness);

    // The library: topics and review badges in Spanish.
    for spanish in [
        "Trastorno por consumo de opioides",
        "Autolesión",
        "Borrador",
    ] {
        assert!(
            harness.query_all_by_label_contains(spanish).count() > 0,
            "“{spanish}” in the library"
        );
    }
    for english in ["Opioid use disorder ·", "Self-harm ·"] {
        assert_eq!(
            harness.query_all_by_label_contains(english).count(),
            0,
            "“{english}” is still in English"
        );
    }
    assert!(harness.query_by_label("Draft").is_none());

    // The quality list: the finding in Spanish, the handout's wording kept.
    select_template(&mut harness, "Medicines for opioid use disorder");
    let why = "define a las personas por una enfermedad";
    assert!(
        harness.query_all_by_label_contains(why).count() > 0,
        "the quality panel says why in Spanish"
    );
    assert!(
        harness
            .query_all_by_label_contains("lenguaje estigmatizante")
            .count()
            > 0
    );
    assert!(
        harness
            .query_all_by_label_contains("Recurso 2: notas")
            .count()
            > 0
    );
    assert_eq!(
        harness
            .query_all_by_label_contains("labels people by an illness")
            .count(),
        0,
        "no English reason"
    );

    // The export's pre-flight list: refused, and said in Spanish.
    click(&mut harness, "Exportar PDF…");
    let pdf = out.path().join("moud.pdf");
    replace_text(&mut harness, "Guardar en", &pdf.display().to_string());
    click(&mut harness, "Guardar PDF");
    let state = harness.state().state();
    assert!(state.export.open, "the dialog stays open");
    assert!(
        state
            .export
            .problems
            .iter()
            .any(|p| p.is_error() && p.rule == Some(Rule::StigmatisingLanguage)),
        "{:?}",
        state.export.problems
    );
    assert!(!pdf.exists());
    let item = "recurso 2: notas: error[stigmatising-language]: “Addicts”: define a las personas \
                por una enfermedad";
    assert!(
        harness.query_all_by_label_contains(item).count() > 0,
        "the pre-flight list in Spanish"
    );
    assert!(
        harness
            .query_all_by_label_contains("sugerencia: Diga “people with a substance use disorder")
            .count()
            > 0,
        "its hint in Spanish, the wording for the English handout in English"
    );
}
