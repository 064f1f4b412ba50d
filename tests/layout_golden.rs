//! Golden tests: the layout of a fixed template, as readable text, so a change in
//! line or page breaks shows as a diff. Regenerate with `UPDATE_GOLDEN=1 cargo test`.

mod common;

use handout_desk::compose::HandoutOptions;
use handout_desk::export::render;
use handout_desk::layout::{LaidOutDocument, Paper};
use handout_desk::template::{Template, read_template_file};

fn check_golden(name: &str, options: &HandoutOptions) {
    let (template, profile) = common::golden();
    let document = render(&template, &template.review, &profile, options).expect("fixture renders");
    compare_golden(name, &document);
}

/// A layout-rule fixture from `tests/fixtures/layout/`.
fn fixture(name: &str) -> Template {
    read_template_file(&common::repo(&format!("tests/fixtures/layout/{name}.ron")))
        .unwrap_or_else(|e| panic!("fixture {name} loads: {e:?}"))
}

/// A fixture laid out with the golden profile.
fn lay_out(name: &str, options: &HandoutOptions) -> LaidOutDocument {
    let (_, profile) = common::golden();
    let template = fixture(name);
    render(&template, &template.review, &profile, options).expect("fixture renders")
}

/// The page (from 1) of the first text run containing `needle`.
fn page_of(document: &LaidOutDocument, needle: &str) -> usize {
    document
        .pages
        .iter()
        .position(|p| p.text_runs().any(|r| r.text.contains(needle)))
        .unwrap_or_else(|| panic!("{needle:?} is not printed"))
        + 1
}

fn compare_golden(name: &str, document: &LaidOutDocument) {
    let actual = document.describe();
    let path = common::repo(&format!("tests/golden/{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing {}; run with UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if actual != expected {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .take(15)
            .map(|(i, (e, a))| format!("line {}:\n  expected: {e}\n  actual:   {a}", i + 1))
            .collect();
        panic!(
            "layout of {name} changed ({} lines expected, {} now). First differences:\n{}\nIf the change is intended, run UPDATE_GOLDEN=1 cargo test --test layout_golden and review the diff.",
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn letter_normal_print() {
    check_golden("letter", &HandoutOptions::default());
}

#[test]
fn a4_large_print() {
    check_golden("a4-large", &common::page_options(Paper::A4, true));
}

#[test]
fn heading_is_never_last_on_a_page() {
    use handout_desk::layout::PageItem;
    let (template, profile) = common::golden();
    for large_print in [false, true] {
        let options = common::page_options(Paper::Letter, large_print);
        let document = render(&template, &template.review, &profile, &options).expect("renders");
        for (n, page) in document.pages.iter().enumerate() {
            // The last body text run before the help strip must not be a heading
            // (headings are Bold at the heading size).
            let heading_size = if large_print { 22.0 } else { 15.0 };
            let body_runs: Vec<_> = page
                .items
                .iter()
                .filter_map(|i| match i {
                    PageItem::Text(t) if t.size >= heading_size - 0.01 => {
                        Some((t.y, true, &t.text))
                    }
                    PageItem::Text(t) if t.size >= 12.0 => Some((t.y, false, &t.text)),
                    _ => None,
                })
                .collect();
            if let Some(last) = body_runs.iter().max_by(|a, b| a.0.total_cmp(&b.0)) {
                assert!(!last.1, "page {} ends with the heading {:?}", n + 1, last.2);
            }
        }
    }
}

#[test]
fn lead_in_stays_with_the_first_two_items() {
    let document = lay_out("lead-in", &HandoutOptions::default());
    compare_golden("lead-in", &document);
    let lead_in = page_of(&document, "Before you call, have these ready:");
    assert_eq!(page_of(&document, "First item."), lead_in);
    assert_eq!(page_of(&document, "Second item."), lead_in);
    assert_eq!(
        lead_in, 2,
        "the fixture puts the lead-in at the foot of page 1"
    );
}

#[test]
fn steps_are_never_split() {
    let document = lay_out("steps", &HandoutOptions::default());
    compare_golden("steps", &document);
    let first = page_of(&document, "Give naloxone.");
    for step in ["Lay the person", "Stay with them", "Give a second dose"] {
        assert_eq!(page_of(&document, step), first, "{step}");
    }
}

#[test]
fn urgent_box_is_never_split() {
    let document = lay_out("urgent", &HandoutOptions::default());
    compare_golden("urgent", &document);
    let title = page_of(&document, "Signs of an overdose");
    assert_eq!(title, 2, "the box does not fit below the filler");
    assert_eq!(page_of(&document, "Has blue or gray lips."), title);
}

#[test]
fn keep_together_section_starts_a_new_page() {
    let document = lay_out("keep-together", &HandoutOptions::default());
    compare_golden("keep-together", &document);
    assert_eq!(page_of(&document, "My safety plan"), 2);
    assert_eq!(page_of(&document, "People I can call"), 2);
}

/// The text of each printed line of a page (runs on one baseline, left to right).
fn page_lines(document: &LaidOutDocument) -> Vec<String> {
    let mut out = Vec::new();
    for page in &document.pages {
        let mut runs: Vec<_> = page.text_runs().collect();
        runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        let mut line = String::new();
        let mut y = f32::NAN;
        for run in runs {
            if (run.y - y).abs() > 0.05 && !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            y = run.y;
            line.push_str(&run.text);
        }
        out.push(line);
    }
    out
}

/// The web addresses in the `urls` fixture.
const ADDRESSES: &[&str] = &[
    "https://riverside-community-health.example/after-care-planning/safety-plan-worksheet-for-families",
    "riverside-care.example/safety-plan-help",
    "https://www.riverside-community-health.example/after-care-planning/safety-plan-worksheet-for-families-and-friends.pdf",
];

#[test]
fn web_addresses_break_only_after_a_slash_or_a_dot() {
    for large_print in [false, true] {
        for paper in [Paper::Letter, Paper::A4] {
            let options = common::page_options(paper, large_print);
            let document = lay_out("urls", &options);
            if paper == Paper::Letter && !large_print {
                compare_golden("urls", &document);
            }
            let lines = page_lines(&document);
            for line in &lines {
                assert!(
                    !line.trim_end().ends_with('-'),
                    "{paper:?} large={large_print}: a line ends at a hyphen: {line:?}"
                );
            }
            // Line ends inside an address fall after "/" or "."; only the path
            // segment wider than the line may break between characters.
            for pair in lines.windows(2) {
                let last_word = pair[0].rsplit(' ').next().unwrap_or_default();
                let next_word = pair[1].split(' ').next().unwrap_or_default();
                let joined = format!("{last_word}{next_word}");
                let inside = ADDRESSES.iter().any(|a| a.contains(&joined));
                let too_wide = joined.contains("averyvery") || joined.contains("tanybreak");
                if inside && !last_word.is_empty() && !next_word.is_empty() && !too_wide {
                    assert!(
                        last_word.ends_with('/') || last_word.ends_with('.'),
                        "{paper:?} large={large_print}: address broken after {last_word:?}, next line {:?}",
                        pair[1]
                    );
                }
            }
        }
    }
}

#[test]
fn groups_too_tall_for_a_page_split_with_a_warning_and_lose_nothing() {
    use handout_desk::layout::GroupKind;
    let document = lay_out("too-tall", &HandoutOptions::default());
    compare_golden("too-tall", &document);
    let text: String = document
        .pages
        .iter()
        .flat_map(|p| p.text_runs().map(|r| r.text.clone()))
        .collect();
    for n in 1..=45 {
        assert!(
            text.contains(&format!("Urgent item {n}.")),
            "urgent item {n}"
        );
        assert!(text.contains(&format!("Step {n}.")), "step {n}");
    }
    let found: Vec<(GroupKind, Option<usize>, &str)> = document
        .warnings
        .iter()
        .map(|w| (w.group, w.block, w.description.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                GroupKind::KeepTogetherSection,
                Some(0),
                "A section too tall for one page"
            ),
            (GroupKind::UrgentCallout, Some(2), "A very long urgent box"),
            (GroupKind::Steps, Some(4), "Step 1."),
        ]
    );
    for w in &document.warnings {
        assert!(w.pages.len() >= 2, "{w}");
        assert!(w.pages.windows(2).all(|p| p[1] == p[0] + 1), "{w}");
    }
    // The box starts where it is and fills the first page before it breaks,
    // its lead-in still with its first two items.
    let box_title = page_of(&document, "A very long urgent box");
    assert_eq!(box_title, 1);
    assert_eq!(page_of(&document, "Every one of these matters:"), 1);
    assert_eq!(page_of(&document, "Urgent item 2."), 1);
    assert_eq!(page_of(&document, "Urgent item 25."), 1);
}

#[test]
fn large_print_is_18_points_or_more_throughout_and_never_italic() {
    use handout_desk::fonts::FontStyle;
    let options = common::page_options(Paper::A4, true);
    let (mut template, profile) = common::golden();
    // A draft, so the DRAFT mark is printed too.
    template.review.status = handout_desk::template::ReviewStatus::Draft;
    let document = render(&template, &template.review, &profile, &options).expect("renders");
    compare_golden("a4-large-draft", &document);
    for (n, page) in document.pages.iter().enumerate() {
        for run in page.text_runs() {
            assert!(
                run.size >= 18.0,
                "page {}: {:?} at {} pt",
                n + 1,
                run.text,
                run.size
            );
            assert!(
                matches!(run.style, FontStyle::Regular | FontStyle::Bold),
                "page {}: {:?} is {:?}",
                n + 1,
                run.text,
                run.style
            );
        }
        assert!(
            page.text_runs().any(|r| r.text.contains("DRAFT")),
            "page {}",
            n + 1
        );
    }
}

#[test]
fn fill_in_words_sit_on_their_lines_and_wrap_inside_the_margins() {
    use handout_desk::compose::{PatientEntries, compose_for_patient};
    use handout_desk::layout::{LayoutStyle, PageItem, layout};
    let template = fixture("keep-together");
    let (_, profile) = common::golden();
    let mut entries = PatientEntries::none();
    // Block 4: "My warning signs" (free lines); block 6: "People I can call" (fields).
    entries.entry_mut(4).text =
        "When I stop answering my phone and stay in bed all day, and when I start giving my things away.\nWhen I cannot sleep."
            .to_owned();
    entries.entry_mut(6).fields = vec![
        "Ana (555) 010-0123".to_owned(),
        "My neighbour Sam, who lives upstairs and is home most evenings after work".to_owned(),
    ];
    for (name, large_print) in [("fill-in", false), ("fill-in-large", true)] {
        let options = common::page_options(Paper::A4, large_print);
        let resolved =
            compose_for_patient(&template, &template.review, &profile, &options, &entries)
                .expect("composes");
        let document = layout(&resolved, &options);
        compare_golden(name, &document);
        let style = LayoutStyle::for_format(common::format(large_print));
        let mut words = String::new();
        for page in &document.pages {
            for run in page.text_runs() {
                assert!(
                    run.x + run.width <= page.width - style.margin_x + 0.01,
                    "{name}: past the margin: {run:?}"
                );
                words.push_str(&run.text);
                words.push(' ');
            }
            // Every written word sits just above a rule, never on or below it.
            let rules: Vec<f32> = page
                .items
                .iter()
                .filter_map(|i| match i {
                    PageItem::Rule(r) => Some(r.y1),
                    _ => None,
                })
                .collect();
            for run in page.text_runs().filter(|r| {
                ["When I", "Ana", "My neighbour", "upstairs", "evenings"]
                    .iter()
                    .any(|w| r.text.contains(w))
            }) {
                assert!(
                    rules
                        .iter()
                        .any(|&y| y > run.y && y - run.y < run.size * 0.6),
                    "{name}: {:?} is not on a line",
                    run.text
                );
            }
        }
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "When I cannot sleep.",
            "giving my things away.",
            "home most evenings",
        ] {
            assert!(words.contains(expected), "{name}: {expected:?} missing");
        }
    }
}
