//! Sign-off of a translation (issue 13): a Spanish handout is approved only
//! when the register records both roles, the clinician and the qualified
//! medical translator, and says whether a back-translation was done. Through
//! the command line and through the library's desk; old registers still load.

mod common;

use std::path::Path;
use std::process::Output;

use common::run_in;
use common::tempdir::TempDir;
use handout_desk::clinic::sign_off::{SignOffError, SignOffRegister, TranslationCheck};
use handout_desk::date::Date;
use handout_desk::desk::{Desk, DeskError, SignOffRequest};
use handout_desk::storage::Storage;
use handout_desk::template::{ReviewStatus, TemplateKey};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `approve` of the Spanish kratom handout, with `extra` arguments.
fn approve_es(data: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "approve",
        "--template",
        "kratom-risks",
        "--lang",
        "es",
        "--reviewer",
        "Dr. Ana Rivera",
        "--role",
        "Medical director",
        "--date",
        "2026-12-01",
    ];
    args.extend_from_slice(extra);
    run_in(data, &args)
}

fn register(data: &Path) -> String {
    std::fs::read_to_string(data.join("sign-offs.ron")).unwrap_or_default()
}

#[test]
fn the_command_line_refuses_a_spanish_sign_off_without_a_translator() {
    let data = TempDir::new();
    let out = approve_es(data.path(), &[]);
    assert!(!out.status.success(), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("qualified medical translator"), "{err}");
    assert!(err.contains("Español"), "{err}");
    assert!(!register(data.path()).contains("kratom-risks"));
}

#[test]
fn back_translated_needs_a_translator() {
    let data = TempDir::new();
    let out = approve_es(data.path(), &["--back-translated"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--translator"), "{}", stderr(&out));
}

#[test]
fn the_command_line_records_both_roles_and_the_back_translation() {
    let data = TempDir::new();
    let out = approve_es(
        data.path(),
        &["--translator", "M. Ortega", "--back-translated"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("Approved kratom-risks"), "{said}");
    assert!(
        said.contains(
            "Translation checked by M. Ortega, qualified medical translator; back-translation: yes."
        ),
        "{said}"
    );
    let saved = register(data.path());
    assert!(saved.contains("M. Ortega"), "{saved}");
    assert!(saved.contains("back_translated: true"), "{saved}");

    let list = run_in(data.path(), &["list"]);
    assert!(list.status.success(), "{}", stderr(&list));
}

#[test]
fn an_english_sign_off_needs_no_translator() {
    let data = TempDir::new();
    let out = run_in(
        data.path(),
        &[
            "approve",
            "--template",
            "kratom-risks",
            "--reviewer",
            "R",
            "--role",
            "Director",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!register(data.path()).contains("translation"));
}

#[test]
fn the_desk_approves_spanish_only_with_both_roles() {
    let data = TempDir::new();
    let (mut desk, _) = Desk::open(
        Some(Storage::in_dir(data.path())),
        vec![],
        Date::parse("2026-12-01").expect("date"),
    );
    let key = TemplateKey::new("kratom-risks", "es-US");
    let mut request = SignOffRequest {
        reviewer: "Dr. Ana Rivera".into(),
        role: "Medical director".into(),
        on: Date::parse("2026-12-01").expect("date"),
        next_review: None,
        checked: Vec::new(),
        translation: None,
    };
    let refused = desk.approve(&key, &request);
    assert!(
        matches!(
            refused,
            Err(DeskError::SignOff(SignOffError::NoTranslator { .. }))
        ),
        "{refused:?}"
    );
    let status = |desk: &Desk| {
        desk.library()
            .get_key(&key)
            .expect("the Spanish member")
            .template
            .review
            .status
    };
    assert_eq!(status(&desk), ReviewStatus::Draft);

    request.translation = Some(TranslationCheck {
        translator: "M. Ortega".into(),
        back_translated: false,
    });
    let sign_off = desk.approve(&key, &request).expect("approved");
    assert_eq!(
        sign_off.translation.as_ref().map(|t| t.back_translated),
        Some(false)
    );
    assert_eq!(status(&desk), ReviewStatus::Approved);
}

#[test]
fn a_register_saved_before_translations_still_loads() {
    let old = r#"(sign_offs: [(template_id: "kratom-risks", version: "1.1.0", content_hash: "0000000000000000000000000000000000000000000000000000000000000000", reviewer: "R", role: "D", approved_on: "2026-01-01", next_review_due: "2027-01-01")])"#;
    let register: SignOffRegister = ron::from_str(old).expect("an old register loads");
    assert_eq!(register.sign_offs[0].language, "en-US");
    assert_eq!(register.sign_offs[0].translation, None);
}
