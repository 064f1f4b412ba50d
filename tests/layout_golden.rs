//! Golden tests: the layout of a fixed template, as readable text, so a change in
//! line or page breaks shows as a diff. Regenerate with `UPDATE_GOLDEN=1 cargo test`.

mod common;

use handout_desk::compose::HandoutOptions;
use handout_desk::export::render;
use handout_desk::layout::Paper;

fn check_golden(name: &str, options: &HandoutOptions) {
    let (template, profile) = common::golden();
    let document = render(&template, &profile, options).expect("fixture renders");
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
    check_golden(
        "a4-large",
        &HandoutOptions {
            paper: Paper::A4,
            large_print: true,
            ..HandoutOptions::default()
        },
    );
}

#[test]
fn heading_is_never_last_on_a_page() {
    use handout_desk::layout::PageItem;
    let (template, profile) = common::golden();
    for large_print in [false, true] {
        let options = HandoutOptions {
            large_print,
            ..HandoutOptions::default()
        };
        let document = render(&template, &profile, &options).expect("renders");
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
