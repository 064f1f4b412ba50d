//! The "Quality checks" panel on a Spanish template, driven headless with
//! egui_kittest: it shows Szigriszt-Pazos, the INFLESZ band and
//! Fernández-Huerta instead of the English grades.

mod common;

use common::gui::{desk_with, select_template};
use common::tempdir::TempDir;
use egui_kittest::kittest::Queryable as _;

#[test]
fn a_spanish_template_shows_spanish_scores_instead_of_grades() {
    let data = TempDir::new();
    let templates = TempDir::new();
    std::fs::copy(
        common::repo("tests/fixtures/spanish-template.ron"),
        templates.path().join("naloxona-prueba.ron"),
    )
    .expect("copy the fixture");
    let mut harness = desk_with(
        data.path(),
        vec![templates.path().to_path_buf()],
        "2026-11-22",
        (1360.0, 860.0),
    );
    select_template(&mut harness, "¿Qué es la naloxona?");
    harness.get_by_label("Quality checks");
    for label in [
        "Szigriszt-Pazos",
        "INFLESZ",
        "Fernández-Huerta",
        "bastante fácil",
    ] {
        assert!(
            harness.query_by_label_contains(label).is_some(),
            "{label} is shown"
        );
    }
    for label in ["Reading grade", "SMOG grade"] {
        assert!(
            harness.query_by_label_contains(label).is_none(),
            "{label} is not shown for Spanish"
        );
    }
}
