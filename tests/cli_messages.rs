//! What the command line says when something is missing or wrong: the stored
//! clinic profile, templates that failed to load, and file-system mistakes, each
//! said once and about the right file or folder.

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

/// Exports `id` from the templates in `dir` with the example profile.
fn export_from(data: &TempDir, dir: &Path, id: &str) -> Output {
    let pdf = data.path().join("out.pdf");
    run_in(
        data.path(),
        &[
            "export",
            "--template",
            id,
            "--templates-dir",
            utf8(dir),
            "--profile",
            "handouts/profiles/example-clinic.ron",
            "--out",
            utf8(&pdf),
        ],
    )
}

#[test]
fn export_of_a_template_that_failed_to_load_names_its_file_and_problem() {
    let data = TempDir::new();
    let dir = TempDir::new();
    let file = dir.path().join("golden-fixture.ron");
    std::fs::write(
        &file,
        fixture("golden-template.ron").replace("Call {emergency}.", "Call {clinic.fax}."),
    )
    .expect("write");
    let out = export_from(&data, dir.path(), "golden-fixture");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!err.contains("no template with the id"), "{err}");
    assert!(err.contains("could not be loaded"), "{err}");
    assert!(err.contains(&format!("{}:28:", file.display())), "{err}");
    assert!(err.contains("`{clinic.fax}` is not a placeholder"), "{err}");

    // A file cut short is not a template at all, but its id is still known.
    let cut: Vec<String> = fixture("golden-template.ron")
        .lines()
        .take(15)
        .map(str::to_owned)
        .collect();
    std::fs::write(&file, cut.join("\n")).expect("write");
    let out = export_from(&data, dir.path(), "golden-fixture");
    let err = stderr(&out);
    assert!(err.contains("could not be loaded"), "{err}");
    assert!(err.contains(&file.display().to_string()), "{err}");
}

#[test]
fn export_of_an_unknown_template_suggests_the_closest_id() {
    let data = TempDir::new();
    let dir = TempDir::new();
    let out = export_from(&data, dir.path(), "kratom-risk");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("did you mean `kratom-risks`?"), "{err}");
    assert!(
        err.contains("self-harm-support") && err.contains("moud-medicines"),
        "{err}"
    );
}

/// Whether any OS error text appears twice in `text`.
fn repeats_os_error(text: &str) -> bool {
    let phrases = [
        "(os error",
        "No such file or directory",
        "Is a directory",
        "Not a directory",
        "File exists",
        "Permission denied",
    ];
    phrases.iter().any(|p| text.matches(p).count() > 1)
}

#[test]
fn no_message_repeats_the_os_error() {
    let data = TempDir::new();
    let scratch = TempDir::new();
    let folder = scratch.path().to_str().expect("utf-8 path");
    let file = scratch.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("write");
    let under_file = file.join("x.pdf");
    let missing = scratch.path().join("missing.ron");
    let missing_dir = scratch.path().join("no-such-folder").join("x.pdf");
    let never = scratch.path().join("never.pdf");
    let profile = "handouts/profiles/example-clinic.ron";
    let export = |out: &str, profile: &str| -> Vec<String> {
        [
            "export",
            "--template",
            "kratom-risks",
            "--profile",
            profile,
            "--out",
            out,
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let cases: Vec<Vec<String>> = vec![
        export(utf8(&never), utf8(&missing)),
        export(utf8(&never), folder),
        export(folder, profile),
        export(utf8(&missing_dir), profile),
        export(utf8(&under_file), profile),
        vec!["pack".into(), "import".into(), utf8(&missing).into()],
        vec!["pack".into(), "import".into(), folder.into()],
        vec![
            "pack".into(),
            "export".into(),
            "--out".into(),
            folder.into(),
        ],
        vec![
            "pack".into(),
            "export".into(),
            "--out".into(),
            utf8(&under_file).into(),
        ],
        vec!["check".into(), utf8(&missing).into()],
        vec![
            "list".into(),
            "--templates-dir".into(),
            utf8(&missing).into(),
        ],
    ];
    for args in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run_in(data.path(), &args);
        assert_ne!(out.status.code(), Some(0), "{args:?} should fail");
        let said = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
        assert!(!repeats_os_error(&said), "{args:?}:\n{said}");
    }

    // The data folder's own files in the way: the sign-offs and the log are folders.
    std::fs::create_dir_all(data.path().join("sign-offs.ron")).expect("mkdir");
    std::fs::create_dir_all(data.path().join("handout-log.ron-lines")).expect("mkdir");
    for args in [
        &[
            "approve",
            "--template",
            "kratom-risks",
            "--reviewer",
            "Dr. Ana Rivera",
            "--role",
            "Medical director",
        ][..],
        &["log"],
        &export(utf8(&never), profile)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    ] {
        let out = run_in(data.path(), args);
        let said = stderr(&out);
        assert!(!said.is_empty(), "{args:?} said nothing");
        assert!(!repeats_os_error(&said), "{args:?}:\n{said}");
    }
}

#[test]
fn out_path_problems_name_the_right_folder() {
    let data = TempDir::new();
    let scratch = TempDir::new();
    let file = scratch.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("write");
    let profile = "handouts/profiles/example-clinic.ron";
    let cases = [
        (
            scratch.path().join("no-such-folder").join("x.pdf"),
            format!(
                "the folder {} does not exist",
                scratch.path().join("no-such-folder").display()
            ),
        ),
        (
            file.join("x.pdf"),
            format!("{} is a file, not a folder", file.display()),
        ),
        (
            file.join("deeper").join("x.pdf"),
            format!("{} is a file, not a folder", file.display()),
        ),
    ];
    for (out_path, expected) in cases {
        let out = run_in(
            data.path(),
            &[
                "export",
                "--template",
                "kratom-risks",
                "--profile",
                profile,
                "--out",
                utf8(&out_path),
            ],
        );
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    }
}

#[test]
fn an_empty_reviewer_is_refused_with_a_reason() {
    let data = TempDir::new();
    let out = run_in(
        data.path(),
        &[
            "approve",
            "--template",
            "kratom-risks",
            "--reviewer",
            "",
            "--role",
            "Medical director",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the reviewer's name is empty"),
        "{}",
        stderr(&out)
    );
    assert!(!data.path().join("sign-offs.ron").exists());
}
