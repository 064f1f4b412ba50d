//! Wallet cards, read back from the PDF: every topic, in English and Spanish,
//! on Letter and A4, blank and with a patient's safety plan.
//!
//! The reader here knows nothing of layout: it follows the content streams
//! (text positions from `Td`, sizes from `Tf`, widths from the fonts' metrics,
//! stroked lines from `m`/`l`) and checks what the sheet must do: eight cards
//! a page, fronts and backs; every glyph at least 3 mm inside its card's trim;
//! crop marks outside every trim and off it; backs in the mirrored column;
//! nothing under 8 pt; the card read once by a screen reader. `pdftotext`
//! then reads the words a person would see.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use handout_desk::compose::PatientEntries;
use handout_desk::date::Date;
use handout_desk::export::{export_wallet_cards_pdf, render_wallet_cards};
use handout_desk::fonts::{self, FontStyle};
use handout_desk::layout::{CARD_COLUMNS, CARD_HEIGHT, CARD_ROWS, CARD_WIDTH, CardGrid, Paper};
use handout_desk::template::{Block, Template, read_template_file};
use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};

const MM: f32 = 72.0 / 25.4;
/// The least distance from a trim to any glyph.
const INSET: f32 = 3.0 * MM;

/// The shipped handouts in English and Spanish.
fn templates() -> Vec<Template> {
    let mut all = common::shipped();
    for file in ["self-harm-support", "moud-medicines", "kratom-risks"] {
        let path = common::repo(&format!("handouts/es-US/{file}.ron"));
        all.push(read_template_file(&path).expect("Spanish template loads"));
    }
    all
}

fn label(template: &Template, paper: Paper) -> String {
    format!("{} {} {:?}", template.id, template.language, paper)
}

fn sheet(template: &Template, paper: Paper, patient: &PatientEntries) -> Vec<u8> {
    let created = Date::parse("2026-12-02").expect("date");
    let (bytes, warnings) = export_wallet_cards_pdf(
        template,
        &template.review,
        &common::example_profile(),
        paper,
        patient,
        created,
    )
    .expect("exports");
    assert!(
        warnings.is_empty(),
        "{}: {warnings:?}",
        label(template, paper)
    );
    bytes
}

/// The fill-in blocks of the handout's safety plan: no labelled fields.
fn plan_blocks(template: &Template) -> Vec<usize> {
    template
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b {
            Block::FillIn { fields, .. } if fields.is_empty() => Some(i),
            _ => None,
        })
        .collect()
}

/// A short plan typed at the desk: each part names its own step.
fn typed_plan(template: &Template) -> PatientEntries {
    let mut entries = PatientEntries::none();
    for (n, block) in plan_blocks(template).into_iter().enumerate() {
        entries.entry_mut(block).text = format!("Plan word {} Ana", n + 1);
    }
    entries
}

/// One run of text as drawn.
#[derive(Debug, Clone)]
struct Glyphs {
    x: f32,
    /// Baseline, from the page's top.
    y: f32,
    size: f32,
    width: f32,
    style: FontStyle,
    text: String,
    /// Its marked-content id, if it is content; `None` for an artifact.
    mcid: Option<i64>,
}

/// One stroked straight line, from the page's top.
#[derive(Debug, Clone, Copy)]
struct Stroke {
    x1: f32,
    y1: f32,
    x2: f32,
    y2: f32,
    width: f32,
    artifact: bool,
}

struct Page {
    width: f32,
    height: f32,
    glyphs: Vec<Glyphs>,
    strokes: Vec<Stroke>,
}

fn read(bytes: &[u8]) -> Vec<Page> {
    let doc = Document::load_mem(bytes).expect("PDF parses");
    doc.get_pages()
        .into_values()
        .map(|id| {
            let media = doc
                .get_dictionary(id)
                .expect("the PDF reads back")
                .get(b"MediaBox")
                .expect("the PDF reads back")
                .as_array()
                .expect("the PDF reads back")
                .iter()
                .map(|n| n.as_float().expect("the PDF reads back"))
                .collect::<Vec<_>>();
            let (width, height) = (media[2], media[3]);
            let fonts = doc.get_page_fonts(id).expect("the PDF reads back");
            let faces: BTreeMap<Vec<u8>, (Encoding, FontStyle)> = fonts
                .iter()
                .map(|(name, font)| {
                    let base = font
                        .get(b"BaseFont")
                        .expect("the PDF reads back")
                        .as_name()
                        .expect("the PDF reads back");
                    let style = if String::from_utf8_lossy(base).contains("Bold") {
                        FontStyle::Bold
                    } else {
                        FontStyle::Regular
                    };
                    (
                        name.clone(),
                        (
                            font.get_font_encoding(&doc).expect("the PDF reads back"),
                            style,
                        ),
                    )
                })
                .collect();
            let content = Content::decode(&doc.get_page_content(id)).expect("the PDF reads back");
            let mut page = Page {
                width,
                height,
                glyphs: Vec::new(),
                strokes: Vec::new(),
            };
            // Marked content: (artifact, mcid) per level.
            let mut stack: Vec<(bool, Option<i64>)> = Vec::new();
            let mut face: Option<&(Encoding, FontStyle)> = None;
            let mut size = 0.0;
            // The start of the line (moved by `Td`) and the pen (moved on by each
            // run's glyphs: a run that follows on in the line has no `Td`).
            let (mut lx, mut ly) = (0.0, 0.0);
            let (mut tx, mut ty) = (0.0, 0.0);
            let mut line_width = 1.0;
            let mut path: Vec<(f32, f32)> = Vec::new();
            for op in &content.operations {
                let n = |i: usize| op.operands[i].as_float().expect("the PDF reads back");
                match op.operator.as_str() {
                    "BDC" => {
                        let artifact =
                            op.operands[0].as_name().expect("the PDF reads back") == b"Artifact";
                        let mcid = match &op.operands[1] {
                            Object::Dictionary(d) => d
                                .get(b"MCID")
                                .ok()
                                .map(|m| m.as_i64().expect("the PDF reads back")),
                            _ => None,
                        };
                        stack.push((artifact, mcid));
                    }
                    "BMC" => stack.push((
                        op.operands[0].as_name().expect("the PDF reads back") == b"Artifact",
                        None,
                    )),
                    "EMC" => {
                        stack.pop();
                    }
                    "BT" => (lx, ly, tx, ty) = (0.0, 0.0, 0.0, 0.0),
                    "Tf" => {
                        face = faces.get(op.operands[0].as_name().expect("the PDF reads back"));
                        size = n(1);
                    }
                    "Td" => {
                        (lx, ly) = (lx + n(0), ly + n(1));
                        (tx, ty) = (lx, ly);
                    }
                    "Tm" => panic!("the writer positions text with Td only"),
                    "Tj" | "TJ" => {
                        let (encoding, style) = face.expect("a font is set");
                        let bytes: Vec<u8> = match &op.operands[0] {
                            Object::Array(items) => items
                                .iter()
                                .filter_map(|o| o.as_str().ok())
                                .flatten()
                                .copied()
                                .collect(),
                            other => other.as_str().expect("the PDF reads back").to_vec(),
                        };
                        let text =
                            Document::decode_text(encoding, &bytes).expect("the PDF reads back");
                        let artifact = stack.iter().any(|f| f.0);
                        let mcid = stack.iter().rev().find_map(|f| f.1);
                        assert!(artifact || mcid.is_some(), "untagged text {text:?}");
                        let width = fonts::metrics(*style).width(&text, size);
                        page.glyphs.push(Glyphs {
                            x: tx,
                            y: height - ty,
                            size,
                            width,
                            style: *style,
                            text,
                            mcid: if artifact { None } else { mcid },
                        });
                        tx += width;
                    }
                    "w" => line_width = n(0),
                    "m" => path = vec![(n(0), height - n(1))],
                    "l" => path.push((n(0), height - n(1))),
                    "S" => {
                        for pair in path.windows(2) {
                            page.strokes.push(Stroke {
                                x1: pair[0].0,
                                y1: pair[0].1,
                                x2: pair[1].0,
                                y2: pair[1].1,
                                width: line_width,
                                artifact: stack.iter().any(|f| f.0),
                            });
                        }
                        path.clear();
                    }
                    _ => {}
                }
            }
            page
        })
        .collect()
}

/// A card's trim: left, top, right, bottom.
type Rect = (f32, f32, f32, f32);

fn trims(paper: Paper) -> Vec<Vec<Rect>> {
    let grid = CardGrid::centred(paper);
    (0..CARD_ROWS)
        .map(|row| {
            (0..CARD_COLUMNS)
                .map(|column| {
                    let t = grid.trim(row, column);
                    (t.x, t.y, t.x + CARD_WIDTH, t.y + CARD_HEIGHT)
                })
                .collect()
        })
        .collect()
}

/// The glyphs' box: left, top (the face's ascender), right, bottom (descender).
fn ink(g: &Glyphs) -> Rect {
    let m = fonts::metrics(g.style);
    (
        g.x,
        g.y - m.ascent(g.size),
        g.x + g.width,
        g.y + m.descent(g.size),
    )
}

/// The (row, column) of the trim `g` sits in, if any.
fn card_of(g: &Glyphs, trims: &[Vec<Rect>]) -> Option<(usize, usize)> {
    trims.iter().enumerate().find_map(|(row, cards)| {
        cards
            .iter()
            .position(|&(l, t, r, b)| g.x >= l && g.x <= r && g.y >= t && g.y <= b)
            .map(|c| (row, c))
    })
}

/// The words of `glyphs` line by line, left to right: runs whose baselines
/// are within 1 pt share a line (lines are 8 pt or more apart).
fn words_of(glyphs: &[&Glyphs]) -> String {
    let mut sorted: Vec<&Glyphs> = glyphs.to_vec();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut lines: Vec<Vec<&Glyphs>> = Vec::new();
    for g in sorted {
        match lines.last_mut() {
            Some(line) if g.y - line[0].y < 1.0 => line.push(g),
            _ => lines.push(vec![g]),
        }
    }
    lines
        .into_iter()
        .flat_map(|mut line| {
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            line.into_iter().map(|g| g.text.as_str())
        })
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn every_topic_makes_eight_cards_a_side_inside_their_trims_and_never_under_8_pt() {
    for template in templates() {
        for paper in [Paper::Letter, Paper::A4] {
            let label = label(&template, paper);
            let pages = read(&sheet(&template, paper, &PatientEntries::none()));
            assert_eq!(pages.len(), 2, "{label}: a front and a back");
            let trims = trims(paper);
            let grid_top = trims[0][0].1;
            for (n, page) in pages.iter().enumerate() {
                let (width, height) = paper.size();
                assert!((page.width - width).abs() < 0.01 && (page.height - height).abs() < 0.01);
                let mut cards: BTreeMap<(usize, usize), Vec<&Glyphs>> = BTreeMap::new();
                for g in &page.glyphs {
                    assert!(
                        g.size >= 8.0 - 1e-3,
                        "{label} page {}: {g:?} under 8 pt",
                        n + 1
                    );
                    let Some(cell) = card_of(g, &trims) else {
                        // Only the draft mark may sit outside the cards, above them.
                        assert!(ink(g).3 < grid_top, "{label}: {g:?} outside every card");
                        continue;
                    };
                    let (l, t, r, b) = trims[cell.0][cell.1];
                    let (gl, gt, gr, gb) = ink(g);
                    assert!(
                        gl >= l + INSET - 0.01
                            && gt >= t + INSET - 0.01
                            && gr <= r - INSET + 0.01
                            && gb <= b - INSET + 0.01,
                        "{label} page {}: {:?} is within 3 mm of its card's trim {:?}: {g:?}",
                        n + 1,
                        (gl, gt, gr, gb),
                        (l, t, r, b)
                    );
                    cards.entry(cell).or_default().push(g);
                }
                assert_eq!(
                    cards.len(),
                    CARD_ROWS * CARD_COLUMNS,
                    "{label} page {}",
                    n + 1
                );
                // All eight are the same card, placed the same in each trim.
                let shapes: Vec<Vec<(f32, f32, String)>> = cards
                    .iter()
                    .map(|(&(row, column), glyphs)| {
                        let (l, t, ..) = trims[row][column];
                        glyphs
                            .iter()
                            .map(|g| (g.x - l, g.y - t, g.text.clone()))
                            .collect()
                    })
                    .collect();
                for shape in &shapes[1..] {
                    assert_eq!(shape.len(), shapes[0].len(), "{label} page {}", n + 1);
                    for (a, b) in shape.iter().zip(&shapes[0]) {
                        assert!(
                            (a.0 - b.0).abs() < 0.05 && (a.1 - b.1).abs() < 0.05 && a.2 == b.2,
                            "{label} page {}: {a:?} vs {b:?}",
                            n + 1
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn crop_marks_stand_off_every_trim_and_are_artifacts() {
    let template = &common::shipped()[0];
    for paper in [Paper::Letter, Paper::A4] {
        let pages = read(&sheet(template, paper, &PatientEntries::none()));
        let trims: Vec<Rect> = trims(paper).into_iter().flatten().collect();
        for (n, page) in pages.iter().enumerate() {
            let inside = |s: &Stroke, (l, t, r, b): Rect| {
                s.x1.min(s.x2) >= l
                    && s.x1.max(s.x2) <= r
                    && s.y1.min(s.y2) >= t
                    && s.y1.max(s.y2) <= b
            };
            let marks: Vec<&Stroke> = page
                .strokes
                .iter()
                .filter(|s| !trims.iter().any(|&t| inside(s, t)))
                .collect();
            // Each of the 4 column edges above and below, each of the 8 row edges
            // left and right.
            assert_eq!(
                marks.len(),
                2 * 2 * CARD_COLUMNS + 2 * 2 * CARD_ROWS,
                "page {}",
                n + 1
            );
            for mark in marks {
                assert!(mark.artifact, "{mark:?}");
                assert!(mark.width <= 0.3, "a hairline: {mark:?}");
                for &(l, t, r, b) in &trims {
                    // The distance from the mark to the trim rectangle.
                    let dx = (l - mark.x1.max(mark.x2))
                        .max(mark.x1.min(mark.x2) - r)
                        .max(0.0);
                    let dy = (t - mark.y1.max(mark.y2))
                        .max(mark.y1.min(mark.y2) - b)
                        .max(0.0);
                    assert!(
                        dx.hypot(dy) >= 3.0 * MM - 0.01,
                        "{paper:?} page {}: {mark:?} within 3 mm of a card",
                        n + 1
                    );
                }
                // On the paper, with room for a printer's edge.
                for (x, y) in [(mark.x1, mark.y1), (mark.x2, mark.y2)] {
                    assert!(x > 5.0 * MM && x < page.width - 5.0 * MM, "{mark:?}");
                    assert!(y > 5.0 * MM && y < page.height - 5.0 * MM, "{mark:?}");
                }
            }
        }
    }
}

#[test]
fn each_back_sits_behind_its_front_and_the_card_is_read_once() {
    for template in common::shipped() {
        for paper in [Paper::Letter, Paper::A4] {
            let label = label(&template, paper);
            let pages = read(&sheet(&template, paper, &PatientEntries::none()));
            let trims = trims(paper);
            let (width, _) = paper.size();
            // Turned over on its long edge, a point x on the front is at
            // width − x on the back: column c's trim lands on column 1 − c's.
            for row in &trims {
                for (c, &(l, t, r, b)) in row.iter().enumerate() {
                    let (bl, bt, br, bb) = row[CARD_COLUMNS - 1 - c];
                    assert!((width - r - bl).abs() < 0.01 && (width - l - br).abs() < 0.01);
                    assert_eq!((t, b), (bt, bb));
                }
            }
            // The words a screen reader hears: the first card's front, then
            // the back of that same card, in the mirrored column.
            for (n, expected) in [(0, (0, 0)), (1, (0, CARD_COLUMNS - 1))] {
                let read: Vec<&Glyphs> = pages[n]
                    .glyphs
                    .iter()
                    .filter(|g| g.mcid.is_some() && card_of(g, &trims).is_some())
                    .collect();
                assert!(!read.is_empty(), "{label} page {}", n + 1);
                for g in &read {
                    assert_eq!(
                        card_of(g, &trims),
                        Some(expected),
                        "{label} page {}: {g:?}",
                        n + 1
                    );
                }
                let copy: Vec<&Glyphs> = pages[n]
                    .glyphs
                    .iter()
                    .filter(|g| card_of(g, &trims) == Some((1, 1)))
                    .collect();
                assert!(
                    copy.iter().all(|g| g.mcid.is_none()),
                    "{label}: copies are artifacts"
                );
                assert_eq!(words_of(&read), words_of(&copy), "{label}");
            }
        }
    }
}

#[test]
fn card_text_is_tagged_as_paragraphs_front_then_back() {
    let template = &common::shipped()[0];
    let bytes = sheet(template, Paper::Letter, &PatientEntries::none());
    let doc = Document::load_mem(&bytes).expect("the PDF reads back");
    let catalog = doc.catalog().expect("the PDF reads back");
    let root = doc
        .get_dictionary(
            catalog
                .get(b"StructTreeRoot")
                .expect("the PDF reads back")
                .as_reference()
                .expect("the PDF reads back"),
        )
        .expect("the PDF reads back");
    let kids = |dict: &lopdf::Dictionary| -> Vec<Object> {
        match dict.get(b"K").expect("the PDF reads back") {
            Object::Array(a) => a.clone(),
            other => vec![other.clone()],
        }
    };
    let document = doc
        .get_dictionary(kids(root)[0].as_reference().expect("the PDF reads back"))
        .expect("the PDF reads back");
    assert_eq!(
        document
            .get(b"S")
            .expect("the PDF reads back")
            .as_name()
            .expect("the PDF reads back"),
        b"Document"
    );
    let mut pages_read = Vec::new();
    let page_ids: Vec<_> = doc.get_pages().into_values().collect();
    for kid in kids(document) {
        let element = doc
            .get_dictionary(kid.as_reference().expect("the PDF reads back"))
            .expect("the PDF reads back");
        assert_eq!(
            element
                .get(b"S")
                .expect("the PDF reads back")
                .as_name()
                .expect("the PDF reads back"),
            b"P"
        );
        let page = element
            .get(b"Pg")
            .expect("the PDF reads back")
            .as_reference()
            .expect("the PDF reads back");
        pages_read.push(
            page_ids
                .iter()
                .position(|&p| p == page)
                .expect("the PDF reads back"),
        );
    }
    assert!(pages_read.len() > 10, "{pages_read:?}");
    assert!(
        pages_read.windows(2).all(|w| w[0] <= w[1]),
        "front then back: {pages_read:?}"
    );
    assert_eq!(pages_read.last(), Some(&1));
}

fn pdftotext(bytes: &[u8], page: usize) -> Option<String> {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install poppler-utils"
        );
        eprintln!("skipped: pdftotext not installed");
        return None;
    }
    let (_dir, path) = common::temp_file("cards.pdf", bytes);
    let out = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    Some(
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[test]
fn pdftotext_finds_the_lines_on_the_front_and_the_plan_on_the_back() {
    let profile = common::example_profile();
    let clinic_phone = profile.phone.clone().expect("a phone");
    for template in templates() {
        let bytes = sheet(&template, Paper::A4, &PatientEntries::none());
        let Some(front) = pdftotext(&bytes, 1) else {
            return;
        };
        let label = label(&template, Paper::A4);
        for needle in [
            "988",
            "911",
            "AYUDA",
            profile.name.as_str(),
            clinic_phone.as_str(),
            "(555) 010-2100",
        ] {
            assert!(front.contains(needle), "{label}: no {needle} in {front}");
        }
        let back = pdftotext(&bytes, 2).unwrap_or_default();
        let spanish = template.language.starts_with("es");
        let expected: &[&str] = match (template.id.as_str(), spanish) {
            ("self-harm-support", false) => &[
                "My safety plan",
                "My warning signs",
                "Ways I can cope",
                "People I can call",
                "Professionals to call",
                "Making my space safe",
                "My reasons for living",
            ],
            ("self-harm-support", true) => &[
                "Mi plan de seguridad",
                "Mis señales de alerta",
                "Mis razones para vivir",
            ],
            (_, false) => &[
                "Call 911.",
                "Give naloxone.",
                "I keep my naloxone:",
                "SAMHSA National Helpline",
                "1-800-662-4357",
            ],
            (_, true) => &[
                "Llame al 911.",
                "Dé naloxona.",
                "Guardo mi naloxona en:",
                "1-800-662-4357",
            ],
        };
        for needle in expected {
            assert!(back.contains(needle), "{label}: no {needle} in {back}");
        }
    }
}

#[test]
fn a_plan_typed_at_the_desk_prints_the_patient_s_words_and_a_blank_one_prints_lines() {
    for template in templates()
        .into_iter()
        .filter(|t| t.id == "self-harm-support")
    {
        for paper in [Paper::Letter, Paper::A4] {
            let label = label(&template, paper);
            let trims: Vec<Rect> = trims(paper).into_iter().flatten().collect();
            let writing_lines = |bytes: &[u8]| {
                read(bytes)[1]
                    .strokes
                    .iter()
                    .filter(|s| {
                        trims
                            .iter()
                            .any(|&(l, t, r, b)| s.x1 >= l && s.x2 <= r && s.y1 >= t && s.y1 <= b)
                    })
                    .count()
            };
            let blank = sheet(&template, paper, &PatientEntries::none());
            // Six parts, at least two lines each, on eight cards.
            assert!(writing_lines(&blank) >= 6 * 2 * 8, "{label}");

            let typed = typed_plan(&template);
            let filled = sheet(&template, paper, &typed);
            assert_eq!(
                writing_lines(&filled),
                0,
                "{label}: a part with words has no lines"
            );
            let glyphs: String = read(&filled)[1]
                .glyphs
                .iter()
                .map(|g| g.text.clone())
                .collect();
            // Steps 1, 2, 4, 5, 6 and the reasons for living; not step 3.
            for n in [1, 2, 4, 5, 6, 7] {
                assert!(
                    glyphs.contains(&format!("Plan word {n} Ana")),
                    "{label}: step {n}"
                );
            }
            assert!(!glyphs.contains("Plan word 3 Ana"), "{label}");
            if let Some(back) = pdftotext(&filled, 2) {
                assert!(back.contains("Plan word 7 Ana"), "{label}: {back}");
            }
        }
    }
}

#[test]
fn words_too_long_for_the_card_are_printed_whole_and_named() {
    let template = common::shipped()
        .into_iter()
        .find(|t| t.id == "self-harm-support")
        .expect("shipped");
    let long = "My sister Ana on her work number, my neighbour Sam at the corner shop, my friend Jo after six, my cousin Lee at weekends, and my old teacher Mrs Okafor who said to call any time at all";
    let mut entries = PatientEntries::none();
    let people = plan_blocks(&template)[3];
    entries.entry_mut(people).text = long.to_owned();
    let document = render_wallet_cards(
        &template,
        &template.review,
        &common::example_profile(),
        Paper::Letter,
        &entries,
    )
    .expect("lays out");
    let named: Vec<String> = document.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        named
            .iter()
            .any(|w| w.contains("“People I can call”") && w.contains("8 pt")),
        "{named:?}"
    );
    // Nothing is cut: every word is on the back, at 8 pt or more.
    let back: Vec<_> = document.pages[1].text_runs().collect();
    assert!(back.iter().all(|r| r.size >= 8.0));
    let words: String = back
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    for word in long.split_whitespace() {
        assert!(words.contains(word), "{word} is missing");
    }
}

/// The words on the first card of `page`, in reading order.
fn card_words(document: &handout_desk::layout::LaidOutDocument, page: usize) -> String {
    document.pages[page]
        .text_runs()
        .filter(|r| matches!(r.tag, handout_desk::layout::Tag::Content(_)))
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_front_prints_the_lines_of_the_clinic_s_country_and_never_a_guess() {
    let template = &common::shipped()[1];
    let mut profile = common::example_profile();
    profile.country = "GB".into();
    let none = PatientEntries::none();
    let gb = render_wallet_cards(template, &template.review, &profile, Paper::A4, &none)
        .expect("lays out");
    let front = card_words(&gb, 0);
    assert!(
        front.contains("Samaritans") && front.contains("999"),
        "{front}"
    );
    assert!(
        !front.contains("988") && !front.contains("AYUDA"),
        "{front}"
    );
    assert!(card_words(&gb, 1).contains("Call 999."));

    profile.country = "ZZ".into();
    let unknown = render_wallet_cards(template, &template.review, &profile, Paper::A4, &none)
        .expect("lays out");
    let front = card_words(&unknown, 0);
    assert!(
        front.contains("call your local emergency number"),
        "{front}"
    );
    assert!(!front.contains("911"), "{front}");
    assert!(front.contains("Riverside Community Clinic"), "{front}");
}

#[test]
fn the_command_line_exports_a_card_sheet() {
    let dir = common::tempdir::TempDir::new();
    let out = dir.path().join("cards.pdf");
    let run = common::run(&[
        "export",
        "--template",
        "kratom-risks",
        "--profile",
        "handouts/profiles/example-clinic.ron",
        "--layout",
        "wallet-card",
        "--paper",
        "a4",
        "--out",
        out.to_str().expect("a UTF-8 path"),
    ]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("wallet cards"), "{stdout}");
    assert!(stdout.contains("long edge"), "{stdout}");
    let pages = read(&std::fs::read(&out).expect("written"));
    assert_eq!(pages.len(), 2);
    assert!((pages[0].width - Paper::A4.size().0).abs() < 0.01);

    let both = common::run(&[
        "export",
        "--template",
        "kratom-risks",
        "--layout",
        "wallet-card",
        "--large-print",
        "--out",
        "x.pdf",
    ]);
    assert_eq!(both.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&both.stderr);
    assert!(stderr.contains("--large-print"), "{stderr}");
}

#[test]
fn a_card_cut_from_a_draft_example_sheet_keeps_both_marks() {
    for template in templates() {
        let label = label(&template, Paper::Letter);
        let (draft, example) = if template.language.starts_with("es") {
            ("BORRADOR", "EJEMPLO")
        } else {
            ("DRAFT", "EXAMPLE")
        };
        let pages = read(&sheet(&template, Paper::Letter, &PatientEntries::none()));
        let trims = trims(Paper::Letter);
        let mut cards: BTreeMap<(usize, usize), Vec<&Glyphs>> = BTreeMap::new();
        for g in &pages[0].glyphs {
            if let Some(card) = card_of(g, &trims) {
                cards.entry(card).or_default().push(g);
            }
        }
        assert_eq!(cards.len(), 8, "{label}");
        for (card, glyphs) in &cards {
            let words = words_of(glyphs);
            assert!(
                words.contains(draft) && words.contains(example),
                "{label} card {card:?} lost a mark: {words}"
            );
        }
    }
}
