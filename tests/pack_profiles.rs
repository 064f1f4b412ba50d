//! Clinic packs and the clinic profile: an import that replaces the profile
//! keeps each handout's choice of resources (by identity, not by place in the
//! list); a pack never carries a profile that would print wrong; a desk whose
//! profile could not be read says so when it packs.

mod common;

use std::path::Path;
use std::process::Output;

use common::repo;
use common::run_in;
use common::tempdir::TempDir;
use handout_desk::clinic::pack::{make_pack, write_pack};
use handout_desk::clinic::sign_off::SignOffRegister;
use handout_desk::date::Date;
use handout_desk::desk::Desk;
use handout_desk::storage::Storage;
use handout_desk::template::TemplateKey;

fn utf8(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn today() -> Date {
    Date::parse("2026-12-01").expect("date")
}

fn open(data: &Path) -> Desk {
    Desk::open(Some(Storage::in_dir(data)), vec![], today()).0
}

fn example_text() -> String {
    std::fs::read_to_string(repo("handouts/profiles/example-clinic.ron")).expect("shipped")
}

/// The names of the resources handout `id` leaves out on the desk in `data`.
fn left_out(data: &Path, id: &str) -> Vec<String> {
    let desk = open(data);
    let options = desk.options(id);
    desk.profile()
        .resources
        .iter()
        .filter(|r| options.excluded_resources.contains(&r.id))
        .map(|r| r.name.clone())
        .collect()
}

#[test]
fn pack_import_keeps_each_handouts_resource_choices() {
    // This desk: the example clinic, with the naloxone desk left out of the
    // MOUD handout and the pharmacy left out of the kratom one.
    let desk_data = TempDir::new();
    std::fs::write(desk_data.path().join("clinic-profile.ron"), example_text()).expect("write");
    let mut desk = open(desk_data.path());
    for (handout, name) in [
        ("moud-medicines", "Riverside Naloxone Desk"),
        ("kratom-risks", "Main Street Pharmacy"),
    ] {
        let id = desk
            .profile()
            .resources
            .iter()
            .find(|r| r.name == name)
            .expect("listed")
            .id;
        desk.options_mut(handout).excluded_resources.insert(id);
    }
    desk.save_config().expect("saved");

    // The clinic lead's profile lists a new service first, so every resource
    // after it has moved one place down the list; and the lead's desk knows
    // the naloxone desk by an identity of its own (added there in the app).
    let lead = TempDir::new();
    let moved = example_text()
        .replacen(
            "resources: [",
            "resources: [\n        (name: \"Lakeside Warm Line\", category: CrisisLine, phone: \"(555) 010-4400\", last_checked: \"2026-11-20\"),",
            1,
        )
        .replacen(
            "name: \"Riverside Naloxone Desk\",",
            "id: 4242, name: \"Riverside Naloxone Desk\",",
            1,
        );
    std::fs::write(lead.path().join("clinic-profile.ron"), moved).expect("write");
    let pack = lead.path().join("clinic.handout-pack");
    let out = run_in(lead.path(), &["pack", "export", "--out", utf8(&pack)]);
    assert_eq!(out.status.code(), Some(0), "{}", said(&out));

    let out = run_in(desk_data.path(), &["pack", "import", utf8(&pack)]);
    assert_eq!(out.status.code(), Some(0), "{}", said(&out));
    assert!(
        said(&out).contains("replaced the clinic profile"),
        "{}",
        said(&out)
    );

    assert_eq!(
        left_out(desk_data.path(), "moud-medicines"),
        ["Riverside Naloxone Desk"]
    );
    assert_eq!(
        left_out(desk_data.path(), "kratom-risks"),
        ["Main Street Pharmacy"]
    );
    let desk = open(desk_data.path());
    assert_eq!(desk.profile().resources[0].name, "Lakeside Warm Line");
    let pages = desk
        .render(
            &TemplateKey::new("moud-medicines", "en-US"),
            &Default::default(),
        )
        .expect("lays out")
        .describe();
    assert!(!pages.contains("Riverside Naloxone Desk"), "still left out");
    assert!(
        pages.contains("Riverside Clinic Recovery Program"),
        "the rest print"
    );
}

#[test]
fn pack_export_says_the_desks_profile_could_not_be_read() {
    let data = TempDir::new();
    std::fs::write(
        data.path().join("clinic-profile.ron"),
        "ClinicProfile(name: \"Riverside",
    )
    .expect("write");
    let pack = data.path().join("clinic.handout-pack");
    let out = run_in(data.path(), &["pack", "export", "--out", utf8(&pack)]);
    let text = said(&out);
    assert!(
        text.contains("no clinic profile: the one saved on this desk could not be read"),
        "{text}"
    );
    assert!(
        text.contains("clinic-profile.ron.corrupt-"),
        "says where it was kept: {text}"
    );
    let kept: Vec<_> = std::fs::read_dir(data.path())
        .expect("folder")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("clinic-profile.ron.corrupt-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "kept aside, not dropped");
    let kept = std::fs::read_to_string(kept[0].path()).expect("readable");
    assert_eq!(kept, "ClinicProfile(name: \"Riverside");
}

#[test]
fn a_pack_carrying_a_profile_that_would_print_wrong_is_refused() {
    let lead = TempDir::new();
    let text = example_text().replacen("phone: \"(555) 010-2300\"", "phone: \"555-CALL-NOW\"", 1);
    let profile = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .expect("parses");
    let file = lead.path().join("bad.handout-pack");
    let pack = make_pack(
        "Riverside",
        today(),
        Some(profile),
        vec![],
        &SignOffRegister::default(),
    );
    write_pack(&pack, &file).expect("written");

    let data = TempDir::new();
    let out = run_in(data.path(), &["pack", "import", utf8(&file)]);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("nothing was changed"), "{text}");
    assert!(text.contains("555-CALL-NOW"), "{text}");
    assert!(text.contains("resource 4"), "names the resource: {text}");
    assert!(!data.path().join("clinic-profile.ron").exists());
}
