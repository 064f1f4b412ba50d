//! Size and speed on a realistic two-page handout (the kratom sheet the anchor
//! benchmarks use), laid out by a naive line breaker since layout is not this
//! module's job. Run with
//! `cargo test --release --lib pdf::bench -- --ignored --nocapture`.

use std::time::Instant;

use lopdf::Document;

use super::tests::options;
use super::*;
use crate::fonts::{FontStyle, metrics};
use crate::layout::{
    Artifact, BoxShape, DocumentInfo, ElementId, LaidOutPage, LinkArea, Paper, Rgb, Role, Rule,
    Structure, Tag, TextRun,
};

const BODY: &[(&str, &str)] = &[
    ("h", "What is kratom?"),
    (
        "p",
        "Kratom is a plant that grows in Southeast Asia. Its leaves are sold as powders, capsules, teas, drinks, and gummies. You may see it in gas stations, smoke shops, and online stores. Some people use kratom hoping to feel more energy, ease pain, or cope with opioid withdrawal. At higher amounts, kratom can act on the brain in some of the same ways as opioids.",
    ),
    ("h", "Is kratom approved or safe to use?"),
    (
        "p",
        "Kratom is not approved by the U.S. Food and Drug Administration (FDA) for any medical use. No one checks that kratom products are pure or that the label is correct. The amount of the active ingredients can change a lot from one brand to another, and even from one package to the next. This makes it hard to know how much you are really taking. Some newer products contain concentrated 7-hydroxymitragynine (“7-OH”), a much stronger form, and the FDA has warned the public about them.",
    ),
    ("h", "Possible health risks"),
    (
        "b",
        "Dependence and withdrawal. Using kratom often can make your body need it. Stopping can cause muscle aches, trouble sleeping, mood swings, a runny nose, and strong cravings.",
    ),
    (
        "b",
        "Liver injury. Some people have had liver damage. Warning signs include yellow skin or eyes, dark urine, and pain in the upper belly.",
    ),
    (
        "b",
        "Seizures. Kratom has been linked to seizures, most often at high amounts.",
    ),
    (
        "b",
        "Heart and breathing problems. A fast heartbeat, high blood pressure, and slowed breathing have been reported.",
    ),
    (
        "b",
        "Contaminated products. Some kratom products have been found to contain Salmonella bacteria or heavy metals such as lead and nickel.",
    ),
    ("h", "Mixing kratom with other drugs is dangerous"),
    (
        "p",
        "Taking kratom with opioids, alcohol, benzodiazepines (such as Xanax or Valium), sleep medicines, or some antidepressants can slow your breathing and may lead to death. Most deaths linked to kratom involved other substances too. Tell your health care team about every product you use, including supplements, teas, and drinks.",
    ),
    ("h", "If you want to cut back or stop"),
    (
        "p",
        "If you have used kratom every day for a while, stopping all at once can be hard. You do not have to do it alone. Safe, proven treatments can ease withdrawal and cravings. When you talk with your provider, it helps to share:",
    ),
    ("b", "the product name and how you take it;"),
    ("b", "how much you use and how often;"),
    ("b", "any other medicines, alcohol, or drugs you use."),
    ("box", ""),
    ("h", "Local resources"),
    (
        "t",
        "Riverside Clinic (addiction care)|(555) 010-2000|120 Main Street, Suite 200|Mon–Fri, 8 am–6 pm",
    ),
    (
        "t",
        "Riverside Recovery Circle|(555) 010-2100|45 Oak Avenue, Riverside|Tue and Thu, 6–7:30 pm",
    ),
    (
        "t",
        "County Health Department|(555) 010-2200|300 River Road, Riverside|Mon–Fri, 8 am–5 pm",
    ),
    (
        "t",
        "Poison Help line|1-800-222-1222|Phone only|24 hours, every day",
    ),
    (
        "t",
        "SAMHSA National Helpline|1-800-662-4357|Phone only, free and private|24 hours, every day",
    ),
    (
        "s",
        "Sources: U.S. Food and Drug Administration. FDA and Kratom. fda.gov. National Institute on Drug Abuse. Kratom. nida.nih.gov. National Library of Medicine. LiverTox: Kratom. This sheet is for education only. It does not replace advice from your health care provider.",
    ),
];

/// A naive page filler: greedy line breaking with the real metrics, each run
/// tagged as part of the element `tag` names.
struct Filler {
    pages: Vec<LaidOutPage>,
    y: f32,
    structure: Structure,
    tag: Tag,
}

impl Filler {
    const LEFT: f32 = 54.0;
    const WIDTH: f32 = 504.0;

    fn page(&mut self) -> &mut LaidOutPage {
        self.pages.last_mut().unwrap()
    }

    /// Tags what follows as a new element of `role` under the document.
    fn element(&mut self, role: Role) -> ElementId {
        let id = match role {
            Role::Heading(level) => self.structure.heading(level, ElementId::DOCUMENT),
            _ => self.structure.add(role, ElementId::DOCUMENT),
        };
        self.tag = Tag::Content(id);
        id
    }

    /// A link element under the current element.
    fn link(&mut self) -> ElementId {
        let parent = match self.tag {
            Tag::Content(id) => id,
            Tag::Artifact(_) => ElementId::DOCUMENT,
        };
        self.structure.add(Role::Link, parent)
    }

    fn need(&mut self, height: f32) {
        if self.y + height > 720.0 {
            self.pages.push(new_page());
            self.y = 60.0;
        }
    }

    fn run(&mut self, x: f32, text: &str, style: FontStyle, size: f32, color: Rgb) {
        let width = metrics(style).width(text, size);
        let (y, tag) = (self.y, self.tag);
        self.page().items.push(PageItem::Text(TextRun {
            x,
            y,
            text: text.to_owned(),
            style,
            size,
            color,
            width,
            tag,
        }));
    }

    /// Greedy lines; the first starts `indent` further right (after a bold lead-in).
    fn paragraph(
        &mut self,
        x: f32,
        width: f32,
        indent: f32,
        text: &str,
        style: FontStyle,
        size: f32,
    ) {
        let mut line = String::new();
        let mut first = true;
        let emit = |f: &mut Self, line: &str, first: bool| {
            if !first {
                f.need(size * 1.45);
                f.y += size * 1.45;
            }
            let dx = if first { indent } else { 0.0 };
            f.run(x + dx, line, style, size, Rgb::TEXT);
        };
        self.need(size * 1.45);
        self.y += size * 1.45;
        for word in text.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            let room = if first { width - indent } else { width };
            if metrics(style).width(&candidate, size) > room && !line.is_empty() {
                emit(self, &line, first);
                first = false;
                line = word.to_owned();
            } else {
                line = candidate;
            }
        }
        emit(self, &line, first);
    }
}

fn new_page() -> LaidOutPage {
    let (width, height) = Paper::Letter.size();
    LaidOutPage {
        width,
        height,
        items: Vec::new(),
    }
}

/// The handout, in Regular and Bold as the anchor documents are.
pub(super) fn kratom_handout() -> LaidOutDocument {
    let mut f = Filler {
        pages: vec![new_page()],
        y: 50.0,
        structure: Structure::new(),
        tag: Tag::Artifact(Artifact::Repeat),
    };
    f.y += 21.0;
    f.element(Role::Heading(1));
    f.run(
        Filler::LEFT,
        "Kratom: What to Know About the Risks",
        FontStyle::Bold,
        21.0,
        Rgb::ACCENT,
    );
    f.y += 18.0;
    f.element(Role::Paragraph);
    f.run(
        Filler::LEFT,
        "Patient information sheet • Please read and keep for your records",
        FontStyle::Regular,
        11.0,
        Rgb::MUTED,
    );
    f.y += 6.0;
    let y = f.y;
    f.page().items.push(PageItem::Rule(Rule {
        x1: 54.0,
        y1: y,
        x2: 558.0,
        y2: y,
        color: Rgb::ACCENT,
        thickness: 2.0,
    }));
    for &(kind, text) in BODY {
        match kind {
            "h" => {
                f.need(40.0);
                f.y += 26.0;
                f.element(Role::Heading(2));
                f.run(Filler::LEFT, text, FontStyle::Bold, 13.5, Rgb::ACCENT);
            }
            "p" => {
                f.element(Role::Paragraph);
                f.paragraph(
                    Filler::LEFT,
                    Filler::WIDTH,
                    0.0,
                    text,
                    FontStyle::Regular,
                    11.0,
                );
            }
            "b" => {
                f.need(32.0);
                f.y += 4.0;
                f.element(Role::Paragraph);
                let (lead, rest) = text
                    .split_once(". ")
                    .filter(|(l, _)| l.len() < 30)
                    .unwrap_or(("", text));
                let x = Filler::LEFT + 16.0;
                let indent = if lead.is_empty() {
                    0.0
                } else {
                    let lead = format!("{lead}. ");
                    let (y, tag) = (f.y + 11.0 * 1.45, f.tag);
                    f.page().items.push(PageItem::Text(TextRun {
                        x,
                        y,
                        width: metrics(FontStyle::Bold).width(&lead, 11.0),
                        text: lead.clone(),
                        style: FontStyle::Bold,
                        size: 11.0,
                        color: Rgb::TEXT,
                        tag,
                    }));
                    metrics(FontStyle::Bold).width(&lead, 11.0)
                };
                let (y, tag) = (f.y + 11.0 * 1.45, f.tag);
                f.page().items.push(PageItem::Text(TextRun {
                    x: Filler::LEFT + 4.0,
                    y,
                    width: 5.0,
                    text: "•".into(),
                    style: FontStyle::Regular,
                    size: 11.0,
                    color: Rgb::TEXT,
                    tag,
                }));
                f.paragraph(
                    x,
                    Filler::WIDTH - 16.0,
                    indent,
                    rest,
                    FontStyle::Regular,
                    11.0,
                );
            }
            "box" => {
                f.need(110.0);
                f.y += 14.0;
                let top = f.y;
                f.page().items.push(PageItem::Box(BoxShape {
                    x: 54.0,
                    y: top,
                    width: 504.0,
                    height: 96.0,
                    fill: Some(Rgb::URGENT_TINT),
                    stroke: Some((Rgb::URGENT, 2.0)),
                }));
                f.y += 22.0;
                f.element(Role::Heading(2));
                f.run(66.0, "Get help now", FontStyle::Bold, 13.5, Rgb::URGENT);
                f.y += 20.0;
                f.element(Role::Paragraph);
                f.run(
                    66.0,
                    "Call 911 if someone is not breathing, will not wake up, or has a seizure.",
                    FontStyle::Regular,
                    11.0,
                    Rgb::TEXT,
                );
                f.y += 18.0;
                f.element(Role::Paragraph);
                let element = f.link();
                f.tag = Tag::Content(element);
                f.run(66.0, "Riverside Clinic: (555) 010-2000 — same-day help with withdrawal and treatment.", FontStyle::Regular, 11.0, Rgb::LINK);
                let y = f.y;
                f.page().items.push(PageItem::Link(LinkArea {
                    x: 66.0,
                    y: y - 11.0,
                    width: 180.0,
                    height: 14.0,
                    uri: "tel:+15550102000".into(),
                    element,
                }));
                f.y += 18.0;
                f.element(Role::Paragraph);
                let element = f.link();
                f.tag = Tag::Content(element);
                f.run(
                    66.0,
                    "988 Suicide & Crisis Lifeline: call or text 988, any time, day or night.",
                    FontStyle::Regular,
                    11.0,
                    Rgb::TEXT,
                );
                let y = f.y;
                f.page().items.push(PageItem::Link(LinkArea {
                    x: 66.0,
                    y: y - 11.0,
                    width: 200.0,
                    height: 14.0,
                    uri: "tel:988".into(),
                    element,
                }));
                f.y = top + 96.0;
            }
            "t" => {
                f.need(20.0);
                f.y += 18.0;
                f.element(Role::Paragraph);
                for (col, cell) in text.split('|').enumerate() {
                    let x = [54.0, 230.0, 330.0, 470.0][col];
                    f.run(x + 4.0, cell, FontStyle::Regular, 10.0, Rgb::TEXT);
                }
                let y = f.y + 5.0;
                f.page().items.push(PageItem::Rule(Rule {
                    x1: 54.0,
                    y1: y,
                    x2: 558.0,
                    y2: y,
                    color: Rgb::RULE,
                    thickness: 0.75,
                }));
            }
            _ => {
                f.y += 10.0;
                f.element(Role::Paragraph);
                f.paragraph(
                    Filler::LEFT,
                    Filler::WIDTH,
                    0.0,
                    text,
                    FontStyle::Regular,
                    8.5,
                );
            }
        }
    }
    let count = f.pages.len();
    // The footer link is part of the last paragraph, clickable on every page.
    let footer_link = f.link();
    for (n, page) in f.pages.iter_mut().enumerate() {
        let footer = format!(
            "Riverside Clinic patient education • Reviewed Nov 2026 • Page {} of {count}",
            n + 1
        );
        page.items.push(PageItem::Text(TextRun {
            x: 54.0,
            y: 760.0,
            width: metrics(FontStyle::Regular).width(&footer, 8.5),
            text: footer,
            style: FontStyle::Regular,
            size: 8.5,
            color: Rgb::MUTED,
            tag: Tag::Artifact(Artifact::Footer),
        }));
        page.items.push(PageItem::Link(LinkArea {
            x: 54.0,
            y: 750.0,
            width: 100.0,
            height: 12.0,
            uri: "https://riverside-clinic.example.org/help/kratom".into(),
            element: footer_link,
        }));
    }
    LaidOutDocument {
        info: DocumentInfo {
            title: "Kratom: What to Know About the Risks".into(),
            author: "Riverside Clinic".into(),
            subject: "Kratom risks".into(),
            language: "en-US".into(),
            keywords: vec!["kratom".into(), "opioids".into()],
        },
        paper: Paper::Letter,
        pages: f.pages,
        structure: f.structure,
        warnings: Vec::new(),
    }
}

/// Bytes of the streams in `doc` as stored, sorted into font programs, page
/// contents, /ToUnicode maps and the object streams that hold everything else.
fn breakdown(doc: &Document) -> [(&'static str, usize); 4] {
    let mut fonts = 0;
    let referenced = |key: &[u8]| -> Vec<_> {
        doc.objects
            .values()
            .filter_map(|o| o.as_dict().ok()?.get(key).ok()?.as_reference().ok())
            .collect()
    };
    let programs = referenced(b"FontFile2");
    let maps = referenced(b"ToUnicode");
    let contents: Vec<_> = doc
        .page_iter()
        .flat_map(|p| doc.get_page_contents(p))
        .collect();
    let (mut content, mut to_unicode, mut other) = (0, 0, 0);
    for (id, object) in &doc.objects {
        let Ok(stream) = object.as_stream() else {
            continue;
        };
        let len = stream.content.len();
        if programs.contains(id) {
            fonts += len;
        } else if contents.contains(id) {
            content += len;
        } else if maps.contains(id) {
            to_unicode += len;
        } else {
            other += len;
        }
    }
    [
        ("font programs", fonts),
        ("page content", content),
        ("ToUnicode maps", to_unicode),
        ("other streams", other),
    ]
}

#[test]
#[ignore = "benchmark: run in release mode with --nocapture"]
fn size_and_speed_of_a_two_page_handout() {
    let doc = kratom_handout();
    assert_eq!(doc.pages.len(), 2, "the sample should fill two pages");
    let opts = options();
    let bytes = write_pdf(&doc, &opts).unwrap();
    let runs = 300;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let again = write_pdf(&doc, &opts).unwrap();
        times.push(start.elapsed());
        assert_eq!(again.len(), bytes.len());
    }
    times.sort();
    println!(
        "write_pdf median {:?}, p90 {:?}, min {:?}",
        times[runs / 2],
        times[runs * 9 / 10],
        times[0]
    );
    // For comparison: what finishing by re-parsing and re-saving would have cost.
    let start = Instant::now();
    for _ in 0..50 {
        let mut reparsed = Document::load_mem(&bytes).unwrap();
        let mut out = Vec::new();
        reparsed.save_to(&mut out).unwrap();
    }
    println!(
        "  (lopdf load + save of the output: {:?} more)",
        start.elapsed() / 50
    );
    let read = Document::load_mem(&bytes).unwrap();
    let parts = breakdown(&read);
    let counted: usize = parts.iter().map(|p| p.1).sum();
    println!("  PDF size {} bytes", bytes.len());
    for (what, size) in parts {
        println!("    {what:16} {size:6}");
    }
    println!("    {:16} {:6}", "rest (syntax)", bytes.len() - counted);
    if let Ok(path) = std::env::var("HANDOUT_PDF_OUT") {
        std::fs::write(path, &bytes).unwrap();
    }
}
