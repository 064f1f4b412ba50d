//! A clinic's own words in two languages: a resource's `hours_es` and
//! `notes_es` print on Spanish handouts; where a resource has none, the
//! Spanish handout prints its English text and `check` says so, naming the
//! resource and the field. Read back from the exported PDF as a reader gets it.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::run_in;
use common::tempdir::TempDir;

fn utf8(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// The PDF's text, runs of white space made single; `None` where poppler is
/// not installed (CI installs it).
fn pdftotext(path: &Path) -> Option<String> {
    match Command::new("pdftotext").arg(path).arg("-").output() {
        Ok(out) if out.status.success() => Some(
            String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => {
            assert!(std::env::var_os("CI").is_none(), "CI must install poppler");
            eprintln!("skipped: pdftotext not installed");
            None
        }
    }
}

fn export_spanish(data: &TempDir, profile: &str) -> (Output, std::path::PathBuf) {
    let pdf = data.path().join("kratom-es.pdf");
    let out = run_in(
        data.path(),
        &[
            "export",
            "--template",
            "kratom-risks",
            "--lang",
            "es",
            "--profile",
            profile,
            "--out",
            utf8(&pdf),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (out, pdf)
}

#[test]
fn a_spanish_handout_prints_the_clinic_s_spanish_note_and_hours() {
    let data = TempDir::new();
    let (_, pdf) = export_spanish(&data, "handouts/profiles/example-clinic.ron");
    let Some(text) = pdftotext(&pdf) else { return };
    assert!(
        text.contains("Naloxona en aerosol nasal, gratis."),
        "Spanish note missing:\n{text}"
    );
    assert!(
        text.contains("Lun. a vie., 8 a.m. a 6 p.m."),
        "Spanish hours missing:\n{text}"
    );
    assert!(
        !text.contains("Free naloxone nasal spray"),
        "English note printed on the Spanish handout:\n{text}"
    );
}

#[test]
fn the_english_handout_keeps_the_english_note() {
    let data = TempDir::new();
    let pdf = data.path().join("kratom-en.pdf");
    let out = run_in(
        data.path(),
        &[
            "export",
            "--template",
            "kratom-risks",
            "--profile",
            "handouts/profiles/example-clinic.ron",
            "--out",
            utf8(&pdf),
        ],
    );
    assert!(out.status.success());
    let Some(text) = pdftotext(&pdf) else { return };
    assert!(text.contains("Free naloxone nasal spray."), "{text}");
    assert!(!text.contains("Naloxona en aerosol"), "{text}");
}

/// The example profile with the naloxone desk's Spanish note taken out.
fn profile_without_one_spanish_note(data: &TempDir) -> std::path::PathBuf {
    let example = std::fs::read_to_string(common::repo("handouts/profiles/example-clinic.ron"))
        .expect("example profile reads");
    let line = "            notes_es: \"Naloxona en aerosol nasal, gratis. No necesita cita ni identificación.\",\n";
    assert!(example.contains(line), "the example profile changed");
    let path = data.path().join("clinic.ron");
    std::fs::write(&path, example.replace(line, "")).expect("profile writes");
    path
}

#[test]
fn a_missing_spanish_note_prints_the_english_one_and_check_warns() {
    let data = TempDir::new();
    let profile = profile_without_one_spanish_note(&data);
    let (_, pdf) = export_spanish(&data, utf8(&profile));
    if let Some(text) = pdftotext(&pdf) {
        assert!(
            text.contains("Free naloxone nasal spray. No appointment or ID needed."),
            "no English fallback:\n{text}"
        );
    }

    let out = run_in(data.path(), &["check", utf8(&profile)]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("untranslated-clinic-text"), "{report}");
    assert!(report.contains("“Riverside Naloxone Desk”"), "{report}");
    assert!(report.contains("`notes_es`"), "{report}");
    assert!(report.contains("1 warning"), "only the one:\n{report}");

    let json = run_in(data.path(), &["check", "--format", "json", utf8(&profile)]);
    let json = String::from_utf8_lossy(&json.stdout);
    assert!(json.contains("\"resources[3].notes_es\""), "{json}");
}
