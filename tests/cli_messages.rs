//! What the command line says when something is missing or wrong: the stored
//! clinic profile.

mod common;

use std::path::Path;
use std::process::Output;

use common::run_in;
use common::tempdir::TempDir;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn utf8(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).expect("the PDF loads");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text extracts");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(common::repo(&format!("tests/fixtures/{name}"))).expect("fixture")
}

#[test]
fn export_without_profile_uses_the_stored_clinic_profile() {
    let data = TempDir::new();
    std::fs::write(
        data.path().join("clinic-profile.ron"),
        fixture("golden-profile.ron"),
    )
    .expect("write profile");
    let pdf = data.path().join("k.pdf");
    let out = run_in(
        data.path(),
        &["export", "--template", "kratom-risks", "--out", utf8(&pdf)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        pdf_text(&pdf).contains("Golden Test Clinic"),
        "the stored clinic is filled in"
    );
}

#[test]
fn export_without_any_profile_says_how_to_get_one() {
    let data = TempDir::new();
    let pdf = data.path().join("k.pdf");
    let out = run_in(
        data.path(),
        &["export", "--template", "kratom-risks", "--out", utf8(&pdf)],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for needed in [
        "--profile FILE",
        "desk app",
        "handouts/profiles/example-clinic.ron",
    ] {
        assert!(err.contains(needed), "{needed} missing: {err}");
    }
    assert!(!pdf.exists());
}

#[test]
fn export_with_an_unreadable_stored_profile_says_where_it_was_kept() {
    let data = TempDir::new();
    std::fs::write(
        data.path().join("clinic-profile.ron"),
        "ClinicProfile(name: ",
    )
    .expect("write profile");
    let pdf = data.path().join("k.pdf");
    let out = run_in(
        data.path(),
        &["export", "--template", "kratom-risks", "--out", utf8(&pdf)],
    );
    assert_eq!(out.status.code(), Some(1));
    let kept = std::fs::read_dir(data.path())
        .expect("data folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name().is_some_and(|n| {
                n.to_string_lossy()
                    .starts_with("clinic-profile.ron.corrupt-")
            })
        })
        .expect("the unreadable profile is kept aside");
    let err = stderr(&out);
    assert!(err.contains(&kept.display().to_string()), "{err}");
    assert!(err.contains("--profile"), "{err}");
    assert!(!pdf.exists());
}
