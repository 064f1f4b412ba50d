//! The command line as clinics script it: exact command names, exit codes and messages.

mod common;

use std::process::Output;

use common::run;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn list_shows_every_shipped_template_as_a_draft() {
    let out = run(&["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let shipped = common::shipped();
    for (id, topic) in [
        ("self-harm-support", "Self-harm"),
        ("moud-medicines", "Opioid use disorder"),
        ("kratom-risks", "Kratom"),
    ] {
        let line = text
            .lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("{id} missing:\n{text}"));
        let version = &shipped
            .iter()
            .find(|t| t.id == id)
            .expect("shipped")
            .version;
        assert!(
            line.contains(topic) && line.contains(version.as_str()) && line.contains("draft"),
            "{line}"
        );
    }
}

#[test]
fn check_passes_on_the_shipped_folder() {
    // Three English templates, their three Spanish drafts in es-US/, and the
    // example profile.
    let out = run(&["check", "handouts"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains("Checked 6 templates and 1 profile: 0 errors"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn check_warns_about_groups_split_across_pages_naming_block_and_pages() {
    let out = run(&["check", "tests/fixtures/layout/too-tall.ron"]);
    assert!(
        out.status.success(),
        "warnings alone pass: {}",
        stdout(&out)
    );
    let text = stdout(&out);
    for expected in [
        "too-tall.ron: block 1: warning[split-group]: The keep-together section “A section too tall for one page” is too tall for one page and is split across pages 1–2",
        "too-tall.ron: block 3: warning[split-group]: The urgent box “A very long urgent box” is too tall for one page and is split across pages 1–2",
        "too-tall.ron: block 5: warning[split-group]: The steps list “Step 1.” is too tall for one page and is split across pages 2–3",
    ] {
        assert!(text.contains(expected), "{expected}\n---\n{text}");
    }
    assert!(text.contains("template `too-tall-fixture`"), "{text}");
    assert!(!text.contains("too-many-pages"), "{text}");
}

#[test]
fn check_warns_when_a_handout_runs_past_eight_pages() {
    let fixture = std::fs::read_to_string(common::repo("tests/fixtures/layout/too-tall.ron"))
        .expect("fixture");
    let steps_block = fixture
        .lines()
        .find(|l| l.trim_start().starts_with("Steps("))
        .expect("the fixture has a steps block");
    let long = fixture.replace(steps_block, &format!("{steps_block}\n").repeat(6));
    let (_dir, path) = common::temp_file("long.ron", long.as_bytes());
    let out = run(&["check", path.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "warnings alone pass: {}",
        stdout(&out)
    );
    let text = stdout(&out);
    assert!(
        text.contains("warning[too-many-pages]: A handout of ")
            && text.contains(" pages is not a handout"),
        "{text}"
    );
}

#[test]
fn check_fails_with_file_line_and_column() {
    let dir = common::tempdir::TempDir::new();
    let good = std::fs::read_to_string(common::repo("tests/fixtures/golden-template.ron"))
        .expect("fixture");
    let path = dir.path().join("bad.ron");
    std::fs::write(
        &path,
        good.replace("Call {emergency}.", "Call {clinic.fax}."),
    )
    .expect("write");
    let out = run(&["check", path.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("bad.ron:28:") && text.contains("`{clinic.fax}` is not a placeholder"),
        "{text}"
    );
    assert!(text.contains("hint: use one of:"), "{text}");
}

#[test]
fn export_writes_a_pdf_and_says_so() {
    let dir = common::tempdir::TempDir::new();
    let pdf = dir.path().join("kratom.pdf");
    let out = run(&[
        "export",
        "--template",
        "kratom-risks",
        "--profile",
        "handouts/profiles/example-clinic.ron",
        "--paper",
        "a4",
        "--large-print",
        "--date",
        "2026-11-22",
        "--out",
        pdf.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with(&format!("Wrote {}", pdf.display())),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("draft"),
        "a draft says so: {}",
        stdout(&out)
    );
    let bytes = std::fs::read(&pdf).expect("pdf written");
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn export_of_an_unknown_template_lists_the_known_ones() {
    let out = run(&[
        "export",
        "--template",
        "kratom",
        "--profile",
        "handouts/profiles/example-clinic.ron",
        "--out",
        "/tmp/never.pdf",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no template with the id `kratom`")
            && stderr(&out).contains("kratom-risks"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn export_with_a_broken_profile_names_the_problem_and_writes_nothing() {
    let dir = common::tempdir::TempDir::new();
    let profile = dir.path().join("clinic.ron");
    let text = std::fs::read_to_string(common::repo("tests/fixtures/golden-profile.ron"))
        .expect("fixture");
    std::fs::write(&profile, text.replace("(555) 010-0100", "phone me")).expect("write");
    let pdf = dir.path().join("out.pdf");
    let out = run(&[
        "export",
        "--template",
        "kratom-risks",
        "--profile",
        profile.to_str().expect("utf-8"),
        "--out",
        pdf.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("clinic.ron:") && stderr(&out).contains("clinic `phone`"),
        "{}",
        stderr(&out)
    );
    assert!(!pdf.exists());
}

#[test]
fn usage_mistakes_exit_2_with_help() {
    let out = run(&[
        "export",
        "--template",
        "kratom-risks",
        "--profile",
        "handouts/profiles/example-clinic.ron",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--out") && stderr(&out).contains("--help"),
        "{}",
        stderr(&out)
    );
}
