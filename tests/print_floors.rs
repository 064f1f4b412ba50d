//! Type floors for every shipped handout on every paper: large print is 18 pt or
//! more throughout (help band, hints, notes, sources, header, footer, draft mark
//! included), normal print never under 9 pt, and nothing anywhere is italic, so
//! the PDF embeds no italic face. Checked blank and with a patient's words typed
//! into every fill-in.

mod common;

use handout_desk::compose::{PatientEntries, compose_for_patient};
use handout_desk::date::Date;
use handout_desk::fonts::FontStyle;
use handout_desk::layout::{LaidOutDocument, LayoutStyle, Paper, layout};
use handout_desk::pdf::{PdfOptions, write_pdf};
use handout_desk::template::{Block, Template};
use lopdf::{Document, Object};

/// What a clinician might type with a patient: long enough to wrap.
fn filled_in(template: &Template) -> PatientEntries {
    let mut entries = PatientEntries::none();
    for (i, block) in template.blocks.iter().enumerate() {
        if let Block::FillIn { fields, .. } = block {
            let entry = entries.entry_mut(i);
            entry.text = "Call my sister Ana at her work number, and if she does not answer, walk to the corner shop and talk to Sam.\nPut the pills in the lockbox at the clinic.".to_owned();
            entry.fields = fields
                .iter()
                .map(|_| "Tuesday 3 December at 2:30 in the afternoon, with Dr. Okafor at the Main Street office, second floor".to_owned())
                .collect();
        }
    }
    entries
}

fn every_layout() -> Vec<(String, LaidOutDocument)> {
    let profile = common::example_profile();
    let mut out = Vec::new();
    for template in common::shipped() {
        for paper in [Paper::Letter, Paper::A4] {
            for large_print in [false, true] {
                let options = common::page_options(paper, large_print);
                for (filled, entries) in [
                    ("blank", PatientEntries::none()),
                    ("filled in", filled_in(&template)),
                ] {
                    let resolved = compose_for_patient(
                        &template,
                        &template.review,
                        &profile,
                        &options,
                        &entries,
                    )
                    .expect("composes");
                    out.push((
                        format!("{} {paper:?} large={large_print} {filled}", template.id),
                        layout(&resolved, &options),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn every_text_run_meets_the_size_floor_and_none_is_italic() {
    for (label, document) in every_layout() {
        let large = label.contains("large=true");
        let floor = if large { 18.0 } else { 9.0 };
        for (n, page) in document.pages.iter().enumerate() {
            for run in page.text_runs() {
                assert!(
                    run.size >= floor,
                    "{label}, page {}: {:?} at {} pt, under {floor} pt",
                    n + 1,
                    run.text,
                    run.size
                );
                assert!(
                    matches!(run.style, FontStyle::Regular | FontStyle::Bold),
                    "{label}, page {}: {:?} is {:?}",
                    n + 1,
                    run.text,
                    run.style
                );
            }
        }
    }
}

#[test]
fn written_words_stay_inside_the_margins() {
    for (label, document) in every_layout() {
        let style = LayoutStyle::for_format(common::format(label.contains("large=true")));
        for (n, page) in document.pages.iter().enumerate() {
            for run in page.text_runs() {
                assert!(
                    run.x >= style.margin_x - 0.01
                        && run.x + run.width <= page.width - style.margin_x + 0.01,
                    "{label}, page {}: {run:?}",
                    n + 1
                );
            }
        }
        if label.ends_with("filled in") {
            let text: String = document
                .pages
                .iter()
                .flat_map(|p| p.text_runs().map(|r| r.text.clone()))
                .collect::<Vec<_>>()
                .join(" ");
            if text.contains("Ana") {
                assert!(
                    text.contains("lockbox"),
                    "{label}: the second line is printed"
                );
            }
        }
    }
}

#[test]
fn exported_pdfs_embed_no_italic_face() {
    let created = Date::parse("2026-11-22").expect("date");
    for (label, document) in every_layout() {
        let bytes = write_pdf(&document, &PdfOptions { created }).expect("writes");
        let pdf = Document::load_mem(&bytes).expect("parses");
        for object in pdf.objects.values() {
            let Ok(dict) = object.as_dict() else { continue };
            if let Ok(Object::Name(name)) = dict.get(b"BaseFont") {
                let name = String::from_utf8_lossy(name);
                assert!(!name.contains("Italic"), "{label}: embeds {name}");
            }
        }
    }
}
