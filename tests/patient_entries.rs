//! What a clinician types with the patient into a handout's fill-in sections is
//! printed on the writing lines, in the laid-out pages and in the PDF read back,
//! and goes nowhere else: not into the handout log.

mod common;

use std::path::Path;
use std::process::Command;

use common::tempdir::TempDir;
use handout_desk::clinic::handout_log;
use handout_desk::clinic::workspace::export_and_log_for_patient;
use handout_desk::compose::{HandoutOptions, PatientEntries};
use handout_desk::date::Date;
use handout_desk::export::{
    export_pdf_for_patient, export_to_file_for_patient, render, render_for_patient,
};
use handout_desk::layout::{LaidOutDocument, PageItem};
use handout_desk::storage::Storage;
use handout_desk::template::{Block, LoadedTemplate, Template, TemplateOrigin};

const PLAN: &str = "ZEBRA-PLAN-4711 walk to the river";
const SECOND_LINE: &str = "call Ana at 555-0199";
const APPOINTMENT: &str = "ZEBRA-DATE Tuesday 3 pm";

fn created() -> Date {
    Date::parse("2026-11-22").expect("a valid date")
}

/// The shipped self-harm handout: a "My next appointment" section of labelled
/// fields, and the safety plan's free writing lines.
fn safety_plan() -> Template {
    common::shipped()
        .into_iter()
        .find(|t| t.id == "self-harm-support")
        .expect("the self-harm handout ships")
}

/// The block index of the first fill-in whose label starts with `label`.
fn fill_in(template: &Template, label: &str) -> usize {
    template
        .blocks
        .iter()
        .position(|b| matches!(b, Block::FillIn { label: l, .. } if l.starts_with(label)))
        .unwrap_or_else(|| panic!("no fill-in section {label:?}"))
}

/// The warning signs in two lines, and the appointment's date.
fn typed(template: &Template) -> PatientEntries {
    let mut entries = PatientEntries::none();
    entries
        .entry_mut(fill_in(template, "1. My warning signs"))
        .text = format!("{PLAN}\n{SECOND_LINE}");
    entries
        .entry_mut(fill_in(template, "My next appointment"))
        .fields = vec![APPOINTMENT.into(), String::new()];
    entries
}

/// Every word on every page, in order, as one line.
fn page_words(doc: &LaidOutDocument) -> String {
    doc.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            PageItem::Text(run) => Some(run.text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn rules(doc: &LaidOutDocument) -> usize {
    doc.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|item| matches!(item, PageItem::Rule(_)))
        .count()
}

/// How many writing lines the template's fill-in sections ask for at least.
fn writing_lines(template: &Template) -> usize {
    template
        .blocks
        .iter()
        .map(|b| match b {
            Block::FillIn { lines, fields, .. } => usize::from(*lines) + fields.len(),
            _ => 0,
        })
        .sum()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF reads back");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    squash(&doc.extract_text(&pages).expect("text extracts"))
}

#[test]
fn typed_words_are_printed_on_the_lines_of_the_plan() {
    let template = safety_plan();
    let profile = common::example_profile();
    let options = HandoutOptions::default();
    let entries = typed(&template);

    let document = render_for_patient(&template, &template.review, &profile, &options, &entries)
        .expect("renders");
    let words = page_words(&document);
    for needle in [PLAN, SECOND_LINE, APPOINTMENT] {
        assert!(words.contains(needle), "{needle:?} not laid out: {words}");
    }
    assert!(
        rules(&document) >= writing_lines(&template),
        "the words sit on writing lines, which are still drawn"
    );

    let (bytes, pages) = export_pdf_for_patient(
        &template,
        &template.review,
        &profile,
        &options,
        &entries,
        created(),
    )
    .expect("exports");
    assert_eq!(
        pages,
        document.pages.len(),
        "the PDF has the preview's pages"
    );
    let text = pdf_text(&bytes);
    for needle in [PLAN, SECOND_LINE, APPOINTMENT] {
        assert!(text.contains(needle), "{needle:?} not in the PDF: {text}");
    }
}

#[test]
fn the_patient_free_functions_print_a_blank_plan() {
    let template = safety_plan();
    let profile = common::example_profile();
    let options = HandoutOptions::default();
    let blank = render(&template, &template.review, &profile, &options).expect("renders");
    assert_eq!(
        blank,
        render_for_patient(
            &template,
            &template.review,
            &profile,
            &options,
            &PatientEntries::none()
        )
        .expect("renders"),
        "no entries is the same as the entry-free call"
    );
    assert!(
        rules(&blank) >= writing_lines(&template),
        "{} rules for {} writing lines",
        rules(&blank),
        writing_lines(&template)
    );
    assert!(!page_words(&blank).contains("ZEBRA"));
    let (bytes, _) = handout_desk::export::export_pdf(
        &template,
        &template.review,
        &profile,
        &options,
        created(),
    )
    .expect("exports");
    assert!(!pdf_text(&bytes).contains("ZEBRA"));
}

#[test]
fn pdftotext_reads_the_typed_plan() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install poppler-utils"
        );
        eprintln!("skipped: pdftotext not installed");
        return;
    }
    let template = safety_plan();
    let out = TempDir::new();
    let path = out.path().join("plan.pdf");
    export_to_file_for_patient(
        &template,
        &template.review,
        &common::example_profile(),
        &HandoutOptions::default(),
        &typed(&template),
        created(),
        &path,
    )
    .expect("exports");
    let text = pdftotext(&path);
    for needle in [PLAN, SECOND_LINE, APPOINTMENT] {
        assert!(text.contains(needle), "{needle:?} not in: {text}");
    }
}

#[test]
fn the_handout_log_never_carries_what_the_patient_said() {
    let data = TempDir::new();
    let out = TempDir::new();
    let storage = Storage::in_dir(data.path());
    let template = safety_plan();
    let loaded = LoadedTemplate {
        template: template.clone(),
        file: common::repo("handouts/self-harm-support.ron"),
        origin: TemplateOrigin::Shipped,
    };
    let path = out.path().join("plan.pdf");
    let outcome = export_and_log_for_patient(
        Some(&storage),
        &loaded,
        &common::example_profile(),
        &HandoutOptions::default(),
        &typed(&template),
        created(),
        &path,
    )
    .expect("exports");
    assert!(outcome.log_error.is_none(), "{:?}", outcome.log_error);
    assert!(pdf_text(&std::fs::read(&path).expect("the PDF")).contains(PLAN));

    let log = std::fs::read_to_string(storage.handout_log_path()).expect("the log is written");
    assert_eq!(log.lines().count(), 1, "one line per export");
    for needle in ["ZEBRA", "Ana", "555-0199", "Tuesday"] {
        assert!(!log.contains(needle), "the log holds {needle:?}: {log}");
    }
    let entries = handout_log::read(&storage.handout_log_path()).expect("reads");
    assert_eq!(entries.entries[0].template_id, "self-harm-support");
    assert!(!handout_log::to_csv(&entries.entries).contains("ZEBRA"));
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    squash(&String::from_utf8_lossy(&out.stdout))
}
