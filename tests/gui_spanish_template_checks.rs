//! The template checks in a Spanish desk (issue 13): a clinic lead who types a
//! placeholder that is not one into a clinic copy sees the problem in Spanish,
//! in the editor and the quality panel, not in the library's English. Driven
//! headless with egui_kittest by accessible labels.

mod common;

use common::gui::{click, desk_with, replace_text, select_template, switch_to_spanish};
use common::tempdir::TempDir;
use egui_kittest::kittest::Queryable as _;

const TODAY: &str = "2026-11-22";
const SIZE: (f32, f32) = (1600.0, 1400.0);

#[test]
fn a_spanish_desk_words_a_template_s_unknown_placeholder_in_spanish() {
    let data = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    select_template(&mut harness, "After self-harm");
    click(&mut harness, "Adapt for my clinic");
    click(&mut harness, "Select block 2");
    click(&mut harness, "Add block");
    click(&mut harness, "Add Paragraph block");
    replace_text(&mut harness, "Text of block 3", "Call {clinic.fax} today.");
    let english = "block 3 (Paragraph): `{clinic.fax}` is not a placeholder";
    assert!(
        harness.query_all_by_label_contains(english).count() > 0,
        "the English desk shows the library's English"
    );

    switch_to_spanish(&mut harness);

    let spanish = "En el bloque 3 (Párrafo), `{clinic.fax}` no es un marcador.";
    assert!(
        harness.query_all_by_label_contains(spanish).count() > 0,
        "the problem in Spanish"
    );
    assert!(
        harness
            .query_all_by_label_contains("Use uno de estos: clinic.name")
            .count()
            > 0,
        "its hint in Spanish"
    );
    // The template check's own English, in the editor's block card and the
    // quality panel. (The preview's "Template text has a mistake" comes from
    // laying the handout out, not from the template check.)
    for english in [
        "block 3 (Paragraph): `{clinic.fax}` is not a placeholder",
        "Block 3 (Paragraph): `{clinic.fax}` is not a placeholder",
        "use one of:",
    ] {
        assert_eq!(
            harness.query_all_by_label_contains(english).count(),
            0,
            "“{english}” is still in English"
        );
    }
}
