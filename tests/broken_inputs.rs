//! Broken templates and profiles give precise errors (file, line, column, what to
//! fix), never a panic, and every problem is reported at once.

mod common;

use std::path::Path;

use handout_desk::compose::{ComposeError, HandoutOptions, compose};
use handout_desk::diagnostic::{Diagnostic, Position};
use handout_desk::profile::parse_profile;
use handout_desk::template::{TemplateLibrary, parse_template, read_template_file};

const GOOD: &str = include_str!("fixtures/golden-template.ron");

fn errors(text: &str) -> Vec<Diagnostic> {
    parse_template(text, Path::new("broken.ron"))
        .expect_err("must be rejected")
        .0
}

fn only_error(text: &str) -> Diagnostic {
    let all = errors(text);
    assert_eq!(all.len(), 1, "expected one error, got: {all:#?}");
    all.into_iter().next().expect("one error")
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("needle in text");
    text[..at].matches('\n').count() + 1
}

#[test]
fn malformed_ron_names_line_and_column() {
    // Drop the comma after the version field.
    let text = GOOD.replace("version: \"9.9.9\",", "version: \"9.9.9\"");
    let d = only_error(&text);
    assert_eq!(d.file, Path::new("broken.ron"));
    let pos = d.position.expect("has a position");
    assert_eq!(pos.line, line_of(&text, "audience:"), "{d}");
    assert!(
        d.to_string()
            .starts_with(&format!("broken.ron:{}:{}: error:", pos.line, pos.column)),
        "{d}"
    );
}

#[test]
fn unknown_block_kind_lists_the_kinds_allowed() {
    let text = GOOD.replace(
        "Heading(text: \"A heading\")",
        "Headline(text: \"A heading\")",
    );
    let d = only_error(&text);
    assert!(d.message.contains("Headline"), "{d}");
    assert_eq!(d.position.expect("placed").line, line_of(&text, "Headline"));
    let hint = d.hint.expect("has a hint");
    assert!(
        hint.contains("Heading") && hint.contains("Paragraph") && hint.contains("FillIn"),
        "{hint}"
    );
}

#[test]
fn unknown_field_is_reported_not_ignored() {
    let text = GOOD.replace(
        "audience: \"Tests\",",
        "audience: \"Tests\",\n    audiance: \"typo\",",
    );
    let d = only_error(&text);
    assert!(d.message.contains("audiance"), "{d}");
    assert!(d.hint.expect("hint").contains("audience"));
}

#[test]
fn missing_source_reference_points_at_the_block() {
    let text = GOOD.replace(
        "Give naloxone.\", \"Stay with the person.\"], sources: [2]",
        "Give naloxone.\", \"Stay with the person.\"], sources: [2, 7]",
    );
    let d = only_error(&text);
    assert!(d.message.contains("block 4 (Steps) cites source 7"), "{d}");
    assert_eq!(
        d.position.expect("placed").line,
        line_of(&text, "Steps(items")
    );
    assert!(d.hint.expect("hint").contains("id: 7"));
}

#[test]
fn clinical_block_without_sources_is_an_error() {
    let text = GOOD.replace(
        "Paragraph(text: \"The text under the last heading.\", sources: [2])",
        "Paragraph(text: \"The text under the last heading.\")",
    );
    let d = only_error(&text);
    assert!(d.message.contains("cites no source"), "{d}");
    assert_eq!(
        d.position.expect("placed").line,
        line_of(&text, "The text under the last heading")
    );
}

#[test]
fn unknown_placeholder_is_placed_and_lists_the_known_ones() {
    let text = GOOD.replace("Call {emergency}.", "Call {clinic.fax}.");
    let d = only_error(&text);
    assert!(d.message.contains("{clinic.fax}"), "{d}");
    let pos = d.position.expect("placed");
    assert_eq!(pos.line, line_of(&text, "{clinic.fax}"));
    let line = text.lines().nth(pos.line - 1).expect("line");
    assert_eq!(
        line.chars()
            .skip(pos.column - 1)
            .take(12)
            .collect::<String>(),
        "{clinic.fax}"
    );
    assert!(d.hint.expect("hint").contains("clinic.phone"));
}

#[test]
fn placeholder_with_no_value_in_the_profile_names_the_field() {
    let (template, mut profile) = common::golden();
    profile.phone = None;
    let err = compose(
        &template,
        &template.review,
        &profile,
        &HandoutOptions::default(),
    )
    .expect_err("no phone");
    assert_eq!(
        err,
        ComposeError::MissingProfileValues(vec!["phone".into()])
    );
    assert!(err.to_string().contains("fill in phone"), "{err}");
}

#[test]
fn bad_phone_number_in_a_profile_names_the_resource_and_field() {
    let text = include_str!("fixtures/golden-profile.ron").replace("(555) 010-0122", "call us");
    let errors = parse_profile(&text, Path::new("clinic.ron"))
        .expect_err("bad phone")
        .0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let d = &errors[0];
    assert!(
        d.message
            .contains("resource 2 (Farmacia Comunitaria) `phone`"),
        "{d}"
    );
    assert_eq!(d.position.expect("placed").line, line_of(&text, "call us"));
}

#[test]
fn bad_website_in_a_profile_is_an_error() {
    let text = include_str!("fixtures/golden-profile.ron")
        .replace("https://golden-clinic.example", "not a website");
    let errors = parse_profile(&text, Path::new("clinic.ron"))
        .expect_err("bad url")
        .0;
    assert!(
        errors[0].message.contains("clinic `website`"),
        "{}",
        errors[0]
    );
}

#[test]
fn ten_thousand_character_word_is_an_error_not_a_panic() {
    let word = "a".repeat(10_000);
    let text = GOOD.replace("A first bullet.", &word);
    let d = only_error(&text);
    assert!(d.message.contains("10000-character word"), "{d}");
    assert_eq!(d.position.expect("placed").line, line_of(&text, &word));
}

#[test]
fn empty_template_is_an_error() {
    let start = GOOD.find("blocks: [").expect("blocks");
    let text = format!("{}blocks: [],\n)\n", &GOOD[..start]);
    let d = only_error(&text);
    assert!(d.message.contains("no blocks"), "{d}");
    assert_eq!(
        d.position.expect("placed").line,
        line_of(&text, "blocks: []")
    );
}

#[test]
fn empty_file_is_an_error() {
    let d = only_error("  // only a comment\n");
    assert_eq!(d.message, "the file is empty");
    assert!(d.hint.expect("hint").contains("Template("));
}

#[test]
fn non_utf8_file_says_so_with_its_line() {
    let mut bytes = b"Template(\n    id: \"x\",\n    title: \"caf".to_vec();
    bytes.push(0xE9); // Latin-1 e-acute
    bytes.extend_from_slice(b"\",\n)");
    let (_dir, path) = common::temp_file("latin1.ron", &bytes);
    let errors = read_template_file(&path).expect_err("not UTF-8").0;
    assert_eq!(errors.len(), 1);
    let d = &errors[0];
    assert!(d.message.contains("not UTF-8"), "{d}");
    assert_eq!(
        d.position,
        Some(Position {
            line: 3,
            column: 16
        })
    );
    assert!(d.hint.as_deref().expect("hint").contains("UTF-8"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = GOOD
        .replace("Call {emergency}.", "Call {clinic.fax}.")
        .replace("sources: [2, ", "sources: [8, ")
        .replace(
            "The text under the last heading.\", sources: [2]",
            "The text under the last heading.\", sources: [9]",
        )
        .replace("lines: 3", "lines: 40");
    let all = errors(&text);
    assert!(all.len() >= 3, "{all:#?}");
    let text: String = all.iter().map(|d| d.to_string() + "\n").collect();
    assert!(
        text.contains("clinic.fax") && text.contains("source 9") && text.contains("40 lines"),
        "{text}"
    );
}

#[test]
fn one_broken_template_does_not_stop_the_others() {
    let dir = common::tempdir::TempDir::new();
    std::fs::write(dir.path().join("good.ron"), GOOD).expect("write");
    std::fs::write(
        dir.path().join("bad.ron"),
        GOOD.replace("Heading(", "Headline("),
    )
    .expect("write");
    std::fs::write(dir.path().join("latin1.ron"), [0xff, 0xfe, 0x00]).expect("write");
    let library = TemplateLibrary::load(&[dir.path().to_path_buf()]);
    assert!(library.get("golden-fixture", "en-US").is_some());
    assert!(library.get("kratom-risks", "en-US").is_some());
    assert_eq!(library.failures.len(), 2, "{:#?}", library.failures);
}
