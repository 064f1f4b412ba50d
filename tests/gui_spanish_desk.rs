//! The desk in Spanish (issue 13), driven headless with egui_kittest by
//! accessible labels: Display ▸ Español switches the desk's own words, is
//! remembered, and leaves every handout in its own language; the library
//! points each handout to its other language; a Spanish handout still
//! exports, with the clinic's Spanish notes; and approving a Spanish handout
//! asks for the translator too.

mod common;

use common::gui::{click, desk_with, replace_text, select_template, switch_to_spanish};
use common::tempdir::TempDir;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::i18n::DeskLanguage;

const TODAY: &str = "2026-11-22";
const SIZE: (f32, f32) = (1360.0, 860.0);

#[test]
fn the_desk_switches_to_spanish_and_still_exports() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    assert!(harness.query_by_label("Your clinic").is_some());
    switch_to_spanish(&mut harness);
    assert_eq!(
        harness.state().state().settings.desk_language,
        DeskLanguage::Spanish
    );

    select_template(&mut harness, "Kratom: conozca los riesgos");
    for label in [
        "Su clínica",
        "Nombre de la clínica",
        "Código del país",
        "Revisiones de calidad",
        "Página anterior",
        "Página siguiente",
        "Acercar",
        "Papel",
        "Letra grande",
        "Pantalla",
        "Buscar folletos",
        "Vista clínica",
        "Vista de coordinación",
        "Exportar PDF…",
    ] {
        assert!(
            harness.query_by_label_contains(label).is_some(),
            "“{label}” is shown in Spanish"
        );
    }
    for english in [
        "Your clinic",
        "Clinic name",
        "Quality checks",
        "Previous page",
        "Search handouts",
        "Lead view",
    ] {
        assert!(
            harness.query_by_label(english).is_none(),
            "“{english}” is still in English"
        );
    }
    // The library points each handout to its other language, in that language.
    for badge in ["Also in English", "También en español"] {
        assert_eq!(
            harness.query_all_by_label_contains(badge).count(),
            3,
            "“{badge}” on each of the three families' cards"
        );
    }

    // The export dialog speaks Spanish too, and exports the Spanish handout.
    click(&mut harness, "Exportar PDF…");
    assert!(harness.query_by_label("Guardar folleto como PDF").is_some());
    assert!(harness.query_by_label("Save handout as PDF").is_none());
    let target = out.path().join("kratom-es.pdf");
    replace_text(&mut harness, "Guardar en", &target.display().to_string());
    click(&mut harness, "Guardar PDF");
    let pdf = lopdf::Document::load(&target).expect("the PDF reads back");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).expect("text extracts");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Kratom: conozca los riesgos"), "{text}");
    assert!(
        text.contains("Naloxona en aerosol nasal, gratis."),
        "{text}"
    );
}

#[test]
fn the_desk_language_is_remembered_and_separate_from_the_handout_s() {
    let data = TempDir::new();
    {
        let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
        switch_to_spanish(&mut harness);
        // Let the settings be saved.
        harness.run();
    }
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    assert_eq!(
        harness.state().state().settings.desk_language,
        DeskLanguage::Spanish,
        "remembered"
    );
    assert!(harness.query_by_label("Su clínica").is_some());

    // Back to English: an English desk still shows the Spanish handout in Spanish.
    click(&mut harness, "Pantalla");
    click(&mut harness, "English");
    harness.key_press(egui::Key::Escape);
    harness.run();
    select_template(&mut harness, "Kratom: conozca los riesgos");
    assert!(harness.query_by_label("Your clinic").is_some());
    assert!(
        harness
            .query_by_label_contains(": Kratom: conozca los riesgos")
            .is_some(),
        "the preview shows the Spanish handout"
    );
    assert!(
        harness
            .query_by_label_contains("Preview of page 1 of")
            .is_some()
    );
}

#[test]
fn approving_a_spanish_handout_asks_for_the_translator() {
    let data = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    select_template(&mut harness, "Kratom: know the risks");
    click(&mut harness, "Approve for patient use…");
    assert!(harness.query_by_label("Translator name").is_none());
    click(&mut harness, "Cancel");
    assert!(!harness.state().state().approve.open);

    select_template(&mut harness, "Kratom: conozca los riesgos");
    click(&mut harness, "Approve for patient use…");
    replace_text(&mut harness, "Reviewer name", "Dr. Ana Rivera");
    replace_text(&mut harness, "Reviewer role", "Medical director");
    click(&mut harness, "Approve");
    let error = harness.state().state().approve.error.clone();
    assert!(
        error
            .as_deref()
            .is_some_and(|e| e.contains("qualified medical translator")),
        "{error:?}"
    );

    replace_text(&mut harness, "Translator name", "M. Ortega");
    click(&mut harness, "Back-translated into English and compared");
    click(&mut harness, "Approve");
    let state = harness.state().state();
    assert!(!state.approve.open, "{:?}", state.approve.error);
    let saved = std::fs::read_to_string(data.path().join("sign-offs.ron")).unwrap_or_default();
    assert!(saved.contains("M. Ortega"), "{saved}");
    assert!(saved.contains("back_translated: true"), "{saved}");
}

/// At 175% on a 1280×720 laptop, the longer Spanish words still fit: Print
/// and Save PDF stack instead of running past the side panel's edge, and the
/// library's cards wrap their badges instead of widening past the list
/// (which cut off the handouts' titles).
#[test]
fn spanish_words_fit_their_panels_at_175_percent() {
    let data = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    switch_to_spanish(&mut harness);
    click(&mut harness, "Vista clínica");
    harness.ctx.set_zoom_factor(1.75);
    harness.run();
    select_template(&mut harness, "Kratom: know the risks");
    let window = harness.ctx.content_rect();
    for label in ["Imprimir…", "Guardar PDF…"] {
        let node = harness.get_by_label(label);
        node.scroll_to_me();
        harness.run();
        let rect = harness.get_by_label(label).rect();
        assert!(
            window.contains_rect(rect),
            "“{label}” at {rect:?} is outside the window {window:?}"
        );
    }
    // The list ends where the preview begins.
    let list_right = harness.get_by_label("Página anterior").rect().left();
    for badge in harness.get_all_by_label_contains("También en español") {
        let rect = badge.rect();
        assert!(
            rect.right() <= list_right,
            "a badge at {rect:?} runs past the list's edge at x = {list_right}"
        );
    }
}
