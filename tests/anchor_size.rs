//! The benchmark fixture (`benches/fixtures/anchor-kratom.ron`, the anchors'
//! two-page kratom handout in this project's template format) exports as a
//! tagged two-page PDF whose text reads back whole; issue 12 wants it at
//! most 16,000 bytes.

mod common;

use handout_desk::compose::HandoutOptions;
use handout_desk::date::Date;
use handout_desk::export::export_pdf;
use handout_desk::profile::read_profile_file;
use handout_desk::template::read_template_file;
use lopdf::Document;

/// The size target for the tagged two-page kratom handout (15,973
/// bytes on 2026-12-02; BENCHMARKS.md, issue 12, says where they go).
const TARGET_BYTES: usize = 16_000;

fn anchor_pdf(qr_codes: bool) -> (Vec<u8>, usize) {
    let template = read_template_file(&common::repo("benches/fixtures/anchor-kratom.ron"))
        .expect("the fixture loads");
    let profile = read_profile_file(&common::repo("benches/fixtures/anchor-profile.ron"))
        .expect("the fixture's profile loads");
    let options = HandoutOptions {
        qr_codes,
        ..HandoutOptions::default()
    };
    export_pdf(
        &template,
        &template.review,
        &profile,
        &options,
        Date::parse("2026-11-22").expect("date"),
    )
    .expect("exports")
}

#[test]
fn the_anchor_handout_is_within_the_16000_byte_target() {
    let (bytes, _) = anchor_pdf(false);
    assert!(
        bytes.len() <= TARGET_BYTES,
        "the tagged two-page handout is {} bytes; the target is at most {TARGET_BYTES}",
        bytes.len()
    );
}

#[test]
fn the_anchor_handout_is_two_tagged_pages_that_read_back() {
    let (bytes, pages) = anchor_pdf(false);
    assert_eq!(
        pages, 2,
        "the fixture should fill two pages, as the anchor does"
    );
    let doc = Document::load_mem(&bytes).expect("parses");
    let catalog = doc.catalog().expect("a catalog");
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "tagged");
    assert!(catalog.get(b"MarkInfo").is_ok(), "marked");
    let text: String = doc
        .get_pages()
        .keys()
        .map(|&n| doc.extract_text(&[n]).expect("text extracts"))
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "Kratom: What to Know About the Risks",
        "Is kratom approved or safe to use?",
        "concentrated 7-hydroxymitragynine (“7-OH”)",
        "Get help now",
        "Riverside Recovery Circle (peer support)",
        "1-800-662-4357",
        "LiverTox: Kratom.",
    ] {
        assert!(text.contains(words), "`{words}` missing from: {text}");
    }
}

/// With `--qr` every resource and the clinic get a code (six, where the
/// anchor has one), which takes a third page.
#[test]
fn with_qr_codes_it_still_exports() {
    let (bytes, pages) = anchor_pdf(true);
    assert_eq!(pages, 3);
    Document::load_mem(&bytes).expect("parses");
}
