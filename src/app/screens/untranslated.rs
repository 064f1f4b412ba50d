//! A check that the desk's words come from its Fluent files: no English
//! sentence written as a string literal in `src/app` reaches the screen.
//!
//! It looks for string literals outside comments and tests with two or more
//! words of letters, at least one of them all lower-case ("Removed the new
//! resource", "Try: {s}" is not caught, "Save PDF…" is not a sentence). Ids,
//! key names and proper names pass; the few literals that are English on
//! purpose are listed with the reason.

use std::path::{Path, PathBuf};

/// Literals that are English on purpose, by file (under `src/app`) and
/// text, with the reason.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "mod.rs",
        "the default settings",
        "fills in the library's own (English) message about an unreadable file",
    ),
    (
        "mod.rs",
        "the settings",
        "names the file in the library's own (English) save error",
    ),
    (
        "mod.rs",
        "handout-desk: quality check of {} took {:.2} ms (layout {:.2} ms)",
        "a timing line on stderr for measurements (HANDOUT_DESK_TIMING), not shown on screen",
    ),
    (
        "mod.rs",
        "handout-desk: first frame built {} ms after start",
        "a timing line on stderr for measurements, not shown on screen",
    ),
    (
        "state.rs",
        "Review overdue",
        "a review badge: translated with the problem messages, elsewhere",
    ),
    (
        "screens/primary_action_ui.rs",
        "Save PDF…",
        "the English label tests find the button by",
    ),
    (
        "screens/setup_ui.rs",
        "Set up your clinic",
        "the English title tests find the screen by",
    ),
    (
        "screens/setup_ui.rs",
        "Skip — look around with the example clinic",
        "the English button tests find it by",
    ),
];

/// Files (under `src/app`) left out: the quality panel and the "To fix" list
/// go with the problem messages, translated elsewhere; `settings.rs` has
/// English names for its choices that no screen shows (the screens use
/// `view-*` and `preview-zoom-*`); `i18n.rs` quotes English in its examples.
const NOT_YET: &[&str] = &[
    "screens/quality_ui.rs",
    "screens/to_fix_ui.rs",
    "settings.rs",
    "i18n.rs",
];

fn app_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            app_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `line` (no raw strings; `\"` is kept inside).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '"') => current = Some(String::new()),
            (None, _) => {}
            (Some(text), '\\') => {
                text.push('\\');
                if let Some(next) = chars.next() {
                    text.push(next);
                }
            }
            (Some(_), '"') => out.extend(current.take()),
            (Some(text), c) => text.push(c),
        }
    }
    out
}

/// Whether `text` reads as an English sentence: two words of letters in a
/// row, one of them all lower-case, once `{…}` arguments are taken out.
fn is_sentence(text: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split(' ').collect();
    words.windows(2).any(|pair| {
        let letters = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_alphabetic() || c == '\'');
        let lower = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '\'');
        letters(pair[0]) && letters(pair[1]) && (lower(pair[0]) || lower(pair[1]))
    })
}

/// Lines whose literals never reach the screen: ids, debug names, reasons.
fn not_shown(line: &str) -> bool {
    [
        "Id::unique(",
        "Id::new(",
        "id_salt(",
        "Grid::new(",
        "request_discard(",
        "debug_struct(",
        ".field(\"",
        "env::var",
        "include_str!",
        ".name(\"",
    ]
    .iter()
    .any(|s| line.contains(s))
}

#[test]
fn no_english_sentence_is_written_in_the_app_s_code() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app"));
    let mut files = Vec::new();
    app_files(&root, &mut files);
    assert!(files.len() > 20, "{files:?}");
    let mut found = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(&root)
            .map_or_else(|_| file.display().to_string(), |p| p.display().to_string());
        if name == "screens/untranslated.rs" || NOT_YET.contains(&name.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") || not_shown(line) {
                continue;
            }
            for literal in literals(line) {
                let allowed = ALLOWED.iter().any(|(f, l, _)| *f == name && *l == literal);
                if is_sentence(&literal) && !allowed {
                    found.push(format!("{name}:{}: \"{literal}\"", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English written in the code instead of locales/*/desk.ftl:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_sentences_and_passes_ids() {
    assert!(is_sentence("Removed the new resource."));
    assert!(is_sentence("Could not save the PDF to {}: {e}"));
    assert!(!is_sentence("notice-export-saved"));
    assert!(!is_sentence("Save PDF…"));
    assert!(!is_sentence("Handout Desk"));
    assert!(!is_sentence("{} · {} · v{}{origin}"));
    assert_eq!(
        literals(r#"call("a-b"), "x \"y\" z""#),
        ["a-b", r#"x \"y\" z"#]
    );
}
