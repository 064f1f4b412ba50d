//! Handout families and page setup on the command line: `--lang` picks a
//! language of a handout (and says so when it must fall back), `--layout`
//! picks the print format, the example clinic marks every page, and only a
//! sign-off removes the DRAFT mark. Each PDF is read back as a reader gets it.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::run_in;
use common::tempdir::TempDir;
use handout_desk::strings::{EN_US, ES_US};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn utf8(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Each page's text as `pdftotext` reads it, runs of white space made single;
/// `None` where poppler is not installed (CI installs it).
fn pdftotext_pages(path: &Path) -> Option<Vec<String>> {
    let text = match Command::new("pdftotext").arg(path).arg("-").output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        _ => {
            assert!(std::env::var_os("CI").is_none(), "CI must install poppler");
            eprintln!("skipped: pdftotext not installed");
            return None;
        }
    };
    let mut pages: Vec<String> = text
        .split('\u{c}')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    Some(pages)
}

/// Exports with the example profile into `data`, with `extra` arguments.
fn export(data: &TempDir, id: &str, extra: &[&str]) -> (Output, std::path::PathBuf) {
    let pdf = data.path().join(format!("{id}.pdf"));
    let mut args = vec![
        "export",
        "--template",
        id,
        "--profile",
        "handouts/profiles/example-clinic.ron",
        "--out",
        utf8(&pdf),
    ];
    args.extend_from_slice(extra);
    (run_in(data.path(), &args), pdf)
}

#[test]
fn every_page_made_with_the_example_clinic_says_it_is_not_real() {
    let data = TempDir::new();
    for (lang, words) in [("en", &EN_US), ("es", &ES_US)] {
        for layout in ["standard", "large-print"] {
            let (out, pdf) = export(&data, "kratom-risks", &["--lang", lang, "--layout", layout]);
            assert!(out.status.success(), "{}", stderr(&out));
            let Some(pages) = pdftotext_pages(&pdf) else {
                return;
            };
            assert!(pages.len() > 1, "{lang} {layout}");
            for (n, page) in pages.iter().enumerate() {
                // Once at the top, once in the help band.
                let compact: String = page.split_whitespace().collect();
                let mark: String = words.example_mark.split_whitespace().collect();
                assert!(
                    compact.matches(&mark).count() >= 2,
                    "{lang} {layout} page {}: {page}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn a_real_clinic_s_pages_carry_no_example_mark() {
    let data = TempDir::new();
    let profile = std::fs::read_to_string(common::repo("handouts/profiles/example-clinic.ron"))
        .expect("profile")
        .replace("example: true,", "");
    let profile_path = data.path().join("real.ron");
    std::fs::write(&profile_path, profile).expect("write");
    let pdf = data.path().join("k.pdf");
    let out = run_in(
        data.path(),
        &[
            "export",
            "--template",
            "kratom-risks",
            "--profile",
            utf8(&profile_path),
            "--out",
            utf8(&pdf),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let Some(pages) = pdftotext_pages(&pdf) else {
        return;
    };
    assert!(pages.iter().all(|p| !p.contains("EXAMPLE")), "{pages:?}");
}

#[test]
fn a_file_that_only_says_approved_still_prints_draft() {
    // The golden fixture declares `status: Approved` with a reviewer and a
    // date, but no sign-off has been made at this desk.
    let data = TempDir::new();
    let dir = TempDir::new();
    std::fs::copy(
        common::repo("tests/fixtures/golden-template.ron"),
        dir.path().join("golden.ron"),
    )
    .expect("copy");
    let (out, pdf) = export(
        &data,
        "golden-fixture",
        &["--templates-dir", utf8(dir.path())],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("is a draft"), "{}", stdout(&out));
    let Some(pages) = pdftotext_pages(&pdf) else {
        return;
    };
    for page in &pages {
        assert!(page.contains(EN_US.draft_mark), "{page}");
        assert!(!page.contains("Clinically reviewed"), "{page}");
    }
}

#[test]
fn lang_es_exports_the_spanish_kratom_handout() {
    let data = TempDir::new();
    let (out, pdf) = export(&data, "kratom-risks", &["--lang", "es"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("(Español, "), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("approve --template kratom-risks --lang es-US"),
        "{}",
        stdout(&out)
    );

    let doc = lopdf::Document::load(&pdf).expect("the PDF loads");
    let catalog = doc.catalog().expect("a catalog");
    let lang = catalog.get(b"Lang").expect("/Lang");
    assert_eq!(
        lopdf::decode_text_string(lang).expect("a text string"),
        "es-US"
    );

    let Some(pages) = pdftotext_pages(&pdf) else {
        return;
    };
    let all = pages.join(" ");
    for words in [
        "Kratom: conozca los riesgos",
        "¿Sobredosis? Llame al 911 y dé naloxona",
        "Tratamiento: SAMHSA National Helpline",
        ES_US.draft_mark,
        "Fuentes",
    ] {
        assert!(all.contains(words), "{words:?} missing:\n{all}");
    }
    assert!(all.contains(&ES_US.page_of(1, pages.len())), "{all}");
    for english in ["Get help now", "Page 1 of", "DRAFT", "Overdose?"] {
        assert!(
            !all.contains(english),
            "{english:?} printed in Spanish:\n{all}"
        );
    }
}

#[test]
fn a_missing_language_falls_back_to_english_and_says_so() {
    let data = TempDir::new();
    let (out, pdf) = export(&data, "kratom-risks", &["--lang", "fr"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "`kratom-risks` has no version in `fr`; exporting it in English (en-US) instead"
        ),
        "{err}"
    );
    assert!(err.contains("en-US (English), es-US (Español)"), "{err}");
    assert!(stdout(&out).contains("(English, "), "{}", stdout(&out));
    let Some(pages) = pdftotext_pages(&pdf) else {
        return;
    };
    assert!(pages[0].contains("Kratom: know the risks"), "{}", pages[0]);
}

#[test]
fn layout_picks_the_print_format_and_large_print_stays_a_plain_flag() {
    let data = TempDir::new();
    let (standard, pdf) = export(&data, "kratom-risks", &["--layout", "standard"]);
    assert!(standard.status.success(), "{}", stderr(&standard));
    let normal_pages = lopdf::Document::load(&pdf)
        .expect("loads")
        .get_pages()
        .len();
    for large in [&["--layout", "large-print"][..], &["--large-print"][..]] {
        let (out, pdf) = export(&data, "kratom-risks", large);
        assert!(out.status.success(), "{large:?}: {}", stderr(&out));
        let pages = lopdf::Document::load(&pdf)
            .expect("loads")
            .get_pages()
            .len();
        assert!(pages > normal_pages, "{large:?}: {pages} pages");
    }

    let (out, _) = export(&data, "kratom-risks", &["--large-print=no"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--large-print"), "{}", stderr(&out));
    let (out, _) = export(&data, "kratom-risks", &["--layout", "poster"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("[possible values: standard, large-print, wallet-card]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn list_shows_each_handout_s_languages() {
    let out = common::run(&["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("ID "), "{text}");
    assert!(text.lines().next().is_some_and(|h| h.contains("LANGUAGE")));
    for id in ["self-harm-support", "moud-medicines", "kratom-risks"] {
        let languages: Vec<&str> = text
            .lines()
            .filter(|l| l.split_whitespace().next() == Some(id))
            .filter_map(|l| l.split_whitespace().nth(1))
            .collect();
        assert_eq!(languages, ["en-US", "es-US"], "{id}:\n{text}");
    }
}
