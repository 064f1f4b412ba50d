//! With `--qr`, every shipped template in Letter, A4 and large print gets a QR
//! code beside each resource and the clinic that has a website or phone, and
//! each code works and says what is printed beside it:
//!
//! - rendered by pdftoppm at 300 dpi, the code's square with its quiet zone
//!   decodes with `zbarimg` to exactly its target (required in CI, where
//!   `.ci/run` installs zbar-tools; skipped where `zbarimg` is missing);
//! - the target is a link printed in words beside it, on the same lines to its
//!   left (or, for a fill-in's code, on the line just above it): `https://`
//!   and the address as printed, or `tel:` and the number;
//! - it is at least 2 cm square at error correction M, and nothing is drawn in
//!   its quiet zone of four modules;
//! - in the PDF it is one filled path inside an artifact;
//! - the layout rules still hold: no group split that is whole without codes,
//!   and at most one page more than without them.

mod common;

use std::process::Command;

use handout_desk::compose::HandoutOptions;
use handout_desk::date::Date;
use handout_desk::export::{export_pdf, render};
use handout_desk::layout::{LaidOutDocument, PageItem, QrSymbol};
use handout_desk::page_setup::{PageSetup, Paper, PrintFormat};
use handout_desk::template::Template;
use lopdf::content::Content;
use lopdf::{Document, Object};
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// One export with codes: its label, laid-out pages and PDF bytes.
struct Export {
    label: String,
    doc: LaidOutDocument,
    pdf: Vec<u8>,
    /// The same handout without codes.
    without: LaidOutDocument,
}

fn exports() -> Vec<Export> {
    let profile = common::example_profile();
    let created = Date::parse("2026-11-22").expect("date");
    let mut all = Vec::new();
    for template in common::shipped() {
        let review = &template.review;
        for paper in [Paper::Letter, Paper::A4] {
            for large_print in [false, true] {
                let format = if large_print {
                    PrintFormat::LargePrint
                } else {
                    PrintFormat::Standard
                };
                let without = HandoutOptions::with_page(PageSetup::new(paper, format));
                let options = HandoutOptions {
                    qr_codes: true,
                    ..without.clone()
                };
                let label = format!(
                    "{} {}{}",
                    template.id,
                    paper.name(),
                    if large_print { " large" } else { "" }
                );
                all.push(Export {
                    label,
                    doc: render(&template, review, &profile, &options).expect("lays out"),
                    pdf: export_pdf(&template, review, &profile, &options, created)
                        .expect("exports")
                        .0,
                    without: render(&template, review, &profile, &without).expect("lays out"),
                });
            }
        }
    }
    all
}

fn codes(page: &[PageItem]) -> Vec<&QrSymbol> {
    page.iter()
        .filter_map(|item| match item {
            PageItem::Qr(q) => Some(q),
            _ => None,
        })
        .collect()
}

/// A rectangle: left, top, right, bottom, in points from the top left.
type Area = (f32, f32, f32, f32);

fn overlaps(a: Area, b: Area) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The code with its quiet zone.
fn footprint(q: &QrSymbol) -> Area {
    let quiet = q.quiet();
    (
        q.x - quiet,
        q.y - quiet,
        q.x + q.side() + quiet,
        q.y + q.side() + quiet,
    )
}

/// What an item draws on, roughly but never smaller than the ink.
fn ink(item: &PageItem) -> Option<Area> {
    match item {
        PageItem::Text(t) => Some((t.x, t.y - t.size, t.x + t.width, t.y + 0.3 * t.size)),
        PageItem::Box(b) => Some((b.x, b.y, b.x + b.width, b.y + b.height)),
        PageItem::Rule(r) => {
            let half = r.thickness / 2.0;
            Some((
                r.x1.min(r.x2) - half,
                r.y1.min(r.y2) - half,
                r.x1.max(r.x2) + half,
                r.y1.max(r.y2) + half,
            ))
        }
        PageItem::Link(_) | PageItem::Qr(_) => None,
    }
}

/// The example clinic's website, which its code beside the title encodes.
const CLINIC_SITE: &str = "https://riverside-clinic.example";

#[test]
fn codes_are_big_enough_clear_and_beside_their_words() {
    let all = exports();
    let mut total = 0;
    for Export {
        label,
        doc,
        without,
        ..
    } in &all
    {
        // Nothing split that was whole without codes (a large-print safety
        // plan is taller than a page either way, and says so).
        let split = |d: &LaidOutDocument| {
            d.warnings
                .iter()
                .map(|w| (w.group, w.description.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(split(doc), split(without), "{label}: groups split");
        assert!(
            doc.pages.len() <= without.pages.len() + 1,
            "{label}: {} pages with codes, {} without",
            doc.pages.len(),
            without.pages.len()
        );
        let mut clinic = 0;
        for (index, page) in doc.pages.iter().enumerate() {
            let at = format!("{label}, page {}", index + 1);
            for q in codes(&page.items) {
                total += 1;
                assert!(q.side() >= 72.0 * 20.0 / 25.4, "{at}: under 2 cm");
                let expected = QrCode::encode_segments_advanced(
                    &QrSegment::make_segments(&q.target),
                    QrCodeEcc::Medium,
                    Version::MIN,
                    Version::MAX,
                    None,
                    false,
                )
                .expect("encodes");
                let n = expected.size();
                let modules: Vec<bool> = (0..n * n)
                    .map(|i| expected.get_module(i % n, i / n))
                    .collect();
                assert_eq!(q.dark, modules, "{at}: level M, as qrcodegen makes it");
                let area = footprint(q);
                assert!(
                    area.0 >= 0.0 && area.1 >= 0.0 && area.2 <= page.width && area.3 <= page.height,
                    "{at}: the quiet zone is on the page"
                );
                for item in &page.items {
                    if let Some(inked) = ink(item) {
                        assert!(
                            !overlaps(area, inked),
                            "{at}: {item:?} is drawn in the quiet zone of {}",
                            q.target
                        );
                    }
                }
                let words = words_beside(page, q);
                assert!(
                    words.iter().any(|w| prints(w, &q.target)),
                    "{at}: {} is not printed beside its code: {words:?}",
                    q.target
                );
                clinic += usize::from(index == 0 && q.target == CLINIC_SITE);
            }
        }
        assert_eq!(clinic, 1, "{label}: the clinic's code by the title");
        let first = doc
            .pages
            .first()
            .and_then(|p| codes(&p.items).first().copied());
        assert_eq!(
            first.map(|q| q.target.as_str()),
            Some(CLINIC_SITE),
            "{label}: the first code is the clinic's"
        );
    }
    assert!(total >= 3 * all.len(), "codes for the clinic and resources");
}

/// The words of each link to `q`'s target printed to its left with at least
/// one line beside it; a link that wraps has an area per line, and the words
/// of the lines that follow one another are joined.
fn words_beside(page: &handout_desk::layout::LaidOutPage, q: &QrSymbol) -> Vec<String> {
    let (_, top, _, bottom) = footprint(q);
    let areas: Vec<_> = page
        .items
        .iter()
        .filter_map(|item| match item {
            PageItem::Link(l) if l.uri == q.target && l.x + l.width <= q.x => Some(l),
            _ => None,
        })
        .collect();
    let words = |l: &handout_desk::layout::LinkArea| -> String {
        page.text_runs()
            .filter(|t| {
                t.x >= l.x - 0.01
                    && t.x + t.width <= l.x + l.width + 0.01
                    && t.y > l.y
                    && t.y < l.y + l.height
            })
            .map(|t| t.text.as_str())
            .collect()
    };
    // Links: runs of areas, each line starting at most two lines under the last.
    let mut links: Vec<Vec<&handout_desk::layout::LinkArea>> = Vec::new();
    for area in areas {
        match links.last_mut() {
            Some(link)
                if link.last().is_some_and(|last| {
                    area.y > last.y && area.y <= last.y + 2.0 * last.height
                }) =>
            {
                link.push(area);
            }
            _ => links.push(vec![area]),
        }
    }
    // Beside: on the lines the code stands beside, or on the line just above
    // it (a fill-in's code stands at the foot of its entry, beside the lines
    // to write on, right under the words it encodes).
    links
        .into_iter()
        .filter(|link| {
            link.iter()
                .any(|l| l.y < bottom && l.y + l.height > top - l.height)
        })
        .map(|link| link.into_iter().map(words).collect())
        .collect()
}

/// Whether `words`, as printed, are `target`: a web address without its
/// `https://`, or a phone number whose digits end the target's.
fn prints(words: &str, target: &str) -> bool {
    if let Some(address) = target.strip_prefix("https://") {
        words.trim() == address.trim_end_matches('/')
    } else if let Some(number) = target.strip_prefix("tel:") {
        let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
        let printed = digits(words);
        printed.len() >= 3 && digits(number).ends_with(&printed)
    } else {
        false
    }
}

#[test]
fn each_code_is_one_filled_path_in_an_artifact() {
    for Export {
        label, doc, pdf, ..
    } in exports()
    {
        let file = Document::load_mem(&pdf).expect("parses");
        for (n, (&number, &page)) in file.get_pages().iter().enumerate() {
            let at = format!("{label}, page {number}");
            let content = Content::decode(&file.get_page_content(page)).expect("content parses");
            // Inside each q … Q that scales to modules: exactly one painting
            // operator, a fill, inside an artifact.
            let mut artifact_depth = Vec::new();
            let mut in_code: Option<usize> = None;
            let mut found = 0;
            for op in &content.operations {
                match op.operator.as_str() {
                    "BDC" | "BMC" => {
                        artifact_depth.push(op.operands[0].as_name().expect("a tag") == b"Artifact")
                    }
                    "EMC" => {
                        artifact_depth.pop();
                    }
                    "cm" if is_module_scale(&op.operands) => {
                        assert!(artifact_depth.contains(&true), "{at}: not an artifact");
                        in_code = Some(0);
                        found += 1;
                    }
                    "Q" => {
                        if let Some(paints) = in_code.take() {
                            assert_eq!(paints, 1, "{at}: one path per code");
                        }
                    }
                    "f" | "F" | "f*" | "S" | "s" | "B" | "B*" | "b" | "b*" => {
                        if let Some(paints) = &mut in_code {
                            assert_eq!(op.operator, "f", "{at}: a code is filled");
                            *paints += 1;
                        }
                    }
                    "Do" | "BI" => assert!(in_code.is_none(), "{at}: no images in a code"),
                    _ => {}
                }
            }
            assert_eq!(found, codes(&doc.pages[n].items).len(), "{at}");
        }
    }
}

/// `a 0 0 -a e f`: one unit per module, rows running down the page.
fn is_module_scale(operands: &[Object]) -> bool {
    let n: Vec<f32> = operands.iter().filter_map(|o| o.as_float().ok()).collect();
    n.len() == 6 && n[0] > 0.0 && n[1] == 0.0 && n[2] == 0.0 && n[3] == -n[0]
}

/// Whether `zbarimg` and `pdftoppm` run; required when CI=true.
fn have_decoder() -> bool {
    let runs = |tool: &str| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success() || !o.stderr.is_empty())
    };
    let found = runs("zbarimg") && runs("pdftoppm");
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install zbar-tools and poppler-utils (see .ci/run)"
        );
        eprintln!("zbarimg or pdftoppm is missing; skipped");
    }
    found
}

#[test]
fn every_code_decodes_to_its_target_at_300_dpi() {
    if !have_decoder() {
        return;
    }
    let dir = common::tempdir::TempDir::new();
    let pdf_path = dir.path().join("qr.pdf");
    let dpi = 300.0_f32;
    let px = |points: f32| (points * dpi / 72.0).round() as i64;
    for Export {
        label, doc, pdf, ..
    } in exports()
    {
        std::fs::write(&pdf_path, &pdf).expect("write");
        for (n, page) in doc.pages.iter().enumerate() {
            for (i, q) in codes(&page.items).into_iter().enumerate() {
                let (left, top, right, bottom) = footprint(q);
                let stem = dir.path().join(format!("code-{n}-{i}"));
                let number = (n + 1).to_string();
                let rendered = Command::new("pdftoppm")
                    .args(["-r", "300", "-png", "-singlefile", "-gray"])
                    .args(["-f", &number, "-l", &number])
                    .args(["-x", &px(left).to_string(), "-y", &px(top).to_string()])
                    .args(["-W", &px(right - left).to_string()])
                    .args(["-H", &px(bottom - top).to_string()])
                    .arg(&pdf_path)
                    .arg(&stem)
                    .status()
                    .expect("pdftoppm runs");
                assert!(rendered.success(), "{label}: pdftoppm");
                let output = Command::new("zbarimg")
                    .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
                    .arg(stem.with_extension("png"))
                    .output()
                    .expect("zbarimg runs");
                let decoded = String::from_utf8_lossy(&output.stdout);
                assert_eq!(
                    decoded.lines().collect::<Vec<_>>(),
                    [q.target.as_str()],
                    "{label}, page {}: the code decodes to exactly its target",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn without_qr_there_are_no_codes() {
    let template: Template = common::shipped().remove(0);
    let doc = render(
        &template,
        &template.review,
        &common::example_profile(),
        &HandoutOptions::default(),
    )
    .expect("lays out");
    assert!(doc.pages.iter().all(|p| codes(&p.items).is_empty()));
}
