//! The desk's safety gates from the command line: sign-off is the only thing
//! that removes the DRAFT mark, and the checks before export and approve
//! refuse unsafe text and clinic details that would print wrong, naming what
//! to fix.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::repo;
use common::run_in;
use common::tempdir::TempDir;
use handout_desk::compose::PatientEntries;
use handout_desk::date::Date;
use handout_desk::desk::{Desk, ExportJob};
use handout_desk::storage::Storage;
use handout_desk::template::{ReviewStatus, content_hash, read_template_file};

const SHAMING: &str = "Some addicts feel better after a call. ";

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn utf8(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The shipped kratom handout as a clinic's own template `kratom-clinic` in
/// `dir`, its first paragraph starting with `prefix`.
fn kratom_copy(dir: &Path, prefix: &str) -> PathBuf {
    let text = std::fs::read_to_string(repo("handouts/kratom-risks.ron")).expect("shipped");
    let text = text.replacen("id: \"kratom-risks\"", "id: \"kratom-clinic\"", 1);
    let paragraph = text.find("Paragraph(").expect("a paragraph");
    let at = paragraph + text[paragraph..].find("text: \"").expect("its text") + "text: \"".len();
    let text = format!("{}{prefix}{}", &text[..at], &text[at..]);
    let file = dir.join("kratom-clinic.ron");
    std::fs::write(&file, text).expect("write");
    file
}

fn approve(data: &Path, dir: &Path, id: &str) -> Output {
    run_in(
        data,
        &[
            "approve",
            "--templates-dir",
            utf8(dir),
            "--template",
            id,
            "--reviewer",
            "Dr. A. Rivera",
            "--role",
            "Medical director",
            "--date",
            "2026-12-01",
        ],
    )
}

#[test]
fn approve_refuses_a_template_with_an_error_finding() {
    let data = TempDir::new();
    let dir = TempDir::new();
    kratom_copy(dir.path(), SHAMING);
    let out = approve(data.path(), dir.path(), "kratom-clinic");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("nothing was signed off"), "{err}");
    assert!(err.contains("block 1:"), "names the block: {err}");
    assert!(err.contains("“addicts”"), "names the word: {err}");
    assert!(
        !data.path().join("sign-offs.ron").exists(),
        "no sign-off was written"
    );

    // The same text without the shaming word is signed off.
    kratom_copy(dir.path(), "");
    let out = approve(data.path(), dir.path(), "kratom-clinic");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(data.path().join("sign-offs.ron").exists());
}

/// The example profile with `from` replaced by `to`, saved as this desk's
/// clinic profile in `data` (as the desk app saves it) and as `profile.ron`
/// beside it (for `--profile`).
fn profile_with(data: &Path, from: &str, to: &str) -> PathBuf {
    let text =
        std::fs::read_to_string(repo("handouts/profiles/example-clinic.ron")).expect("shipped");
    assert!(text.contains(from), "{from} is in the example profile");
    let text = text.replacen(from, to, 1);
    std::fs::write(data.join("clinic-profile.ron"), &text).expect("write");
    let file = data.join("profile.ron");
    std::fs::write(&file, &text).expect("write");
    file
}

/// Exports `id` to `pdf` with the desk's stored profile, or with `profile`.
fn export(data: &Path, id: &str, profile: Option<&Path>, pdf: &Path) -> Output {
    let mut args = vec!["export", "--template", id, "--out", utf8(pdf)];
    if let Some(profile) = profile {
        args.extend(["--profile", utf8(profile)]);
    }
    run_in(data, &args)
}

#[test]
fn export_refuses_an_empty_clinic_name() {
    let data = TempDir::new();
    let file = profile_with(
        data.path(),
        "name: \"Riverside Community Clinic\"",
        "name: \"\"",
    );
    let pdf = data.path().join("k.pdf");
    let out = export(data.path(), "kratom-risks", None, &pdf);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no PDF was made"), "{err}");
    assert!(err.contains("clinic name:"), "names the field: {err}");
    assert!(!pdf.exists());

    // A profile file given on the command line is checked whole, by line.
    let out = export(data.path(), "kratom-risks", Some(&file), &pdf);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("profile.ron:8:5:"), "{err}");
    assert!(err.contains("`name` is empty"), "{err}");
    assert!(!pdf.exists());
}

#[test]
fn export_refuses_a_printed_phone_no_one_can_dial() {
    let data = TempDir::new();
    let file = profile_with(
        data.path(),
        "phone: \"(555) 010-2300\"",
        "phone: \"555-CALL-NOW\"",
    );
    let pdf = data.path().join("m.pdf");
    let out = export(data.path(), "moud-medicines", None, &pdf);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("resource 4 phone:"), "names the field: {err}");
    assert!(err.contains("555-CALL-NOW"), "{err}");
    assert!(!pdf.exists());

    // The self-harm handout does not list the naloxone desk, so it goes out.
    let out = export(data.path(), "self-harm-support", None, &pdf);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::remove_file(&pdf).expect("written");

    let out = export(data.path(), "moud-medicines", Some(&file), &pdf);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("resource 4 (Riverside Naloxone Desk) `phone`"),
        "{err}"
    );
    assert!(!pdf.exists());
}

/// A template file that says `status: Approved`, with a reviewer and even the
/// hash of its own text, but that no one signed off at this clinic.
fn self_approved(dir: &Path) -> String {
    let file = kratom_copy(dir, "");
    let template = read_template_file(&file).expect("loads");
    let hash = content_hash(&template);
    let text = std::fs::read_to_string(&file).expect("written");
    let approved = text.replacen(
        "status: Draft,",
        &format!(
            "status: Approved, reviewer: \"Someone\", reviewer_role: \"Editor\", reviewed_on: \"2026-11-01\", next_review_due: \"2027-11-01\", content_hash: \"{}\",",
            hash.0
        ),
        1,
    );
    std::fs::write(&file, approved).expect("write");
    template.id
}

#[test]
fn a_template_declaring_itself_approved_still_prints_draft() {
    let data = TempDir::new();
    let dir = TempDir::new();
    let id = self_approved(dir.path());
    let pdf = data.path().join("k.pdf");
    let out = run_in(
        data.path(),
        &[
            "export",
            "--templates-dir",
            utf8(dir.path()),
            "--template",
            &id,
            "--profile",
            "handouts/profiles/example-clinic.ron",
            "--out",
            utf8(&pdf),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = pdftotext(&pdf);
    assert!(text.contains("DRAFT"), "{text}");

    let (desk, _) = Desk::open(
        Some(Storage::in_dir(data.path())),
        vec![dir.path().to_path_buf()],
        Date::parse("2026-12-01").expect("date"),
    );
    let loaded = desk.template_in(&id, None).expect("loads");
    assert!(!desk.is_signed_off(&loaded.template));
    assert_eq!(loaded.template.review.status, ReviewStatus::Draft);

    // Signed off on this desk, the same text prints as approved.
    let out = approve(data.path(), dir.path(), &id);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (desk, _) = Desk::open(
        Some(Storage::in_dir(data.path())),
        vec![dir.path().to_path_buf()],
        Date::parse("2026-12-01").expect("date"),
    );
    let loaded = desk.template_in(&id, None).expect("loads");
    assert!(desk.is_signed_off(&loaded.template));
    let key = loaded.key();
    let job = ExportJob {
        template: &key,
        path: &pdf,
        created: desk.today(),
        patient: &PatientEntries::none(),
        profile: None,
        options: None,
    };
    desk.export(&job).expect("exports");
    let text = pdftotext(&pdf);
    assert!(!text.contains("DRAFT"), "{text}");
}
