//! Several desks (or scripts) writing into one data folder at the same time, as
//! the real binary does it: no sign-off and no log line may be lost.

mod common;

use std::path::Path;
use std::process::Output;
use std::time::Instant;

use common::run_in;
use common::tempdir::TempDir;
use handout_desk::clinic::handout_log;
use handout_desk::clinic::sign_off::SignOffRegister;
use handout_desk::storage::{Loaded, Storage, load_ron};

/// A short, valid template with id `id`: quick to load, so that the 60 processes
/// stay fast.
fn tiny_template(id: &str) -> String {
    format!(
        r#"Template(
    id: "{id}",
    title: "Test handout {id}",
    topic: Other,
    language: "en-US",
    version: "1.0.0",
    audience: "Tests",
    reading_level: (target_grade: 6.0, max_grade: 8.0),
    review: (status: Draft, note: "Test."),
    licence: "Test.",
    sources: [(id: 1, citation: "A source.")],
    blocks: [Paragraph(text: "Call us.", sources: [1])],
)
"#
    )
}

fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what}: exit {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `work(worker)` for each worker on its own thread, all at once.
fn at_once(workers: usize, work: impl Fn(usize) + Sync) {
    std::thread::scope(|scope| {
        for worker in 0..workers {
            let work = &work;
            scope.spawn(move || work(worker));
        }
    });
}

#[test]
fn three_desks_approving_at_once_keep_every_sign_off() {
    const DESKS: usize = 3;
    const EACH: usize = 20;
    let data = TempDir::new();
    // Each desk its own templates (a desk reads every template at start), one data folder.
    let folders: Vec<TempDir> = (0..DESKS).map(|_| TempDir::new()).collect();
    for (desk, folder) in folders.iter().enumerate() {
        for i in 0..EACH {
            let id = format!("t{}", desk * EACH + i);
            std::fs::write(folder.path().join(format!("{id}.ron")), tiny_template(&id))
                .expect("write");
        }
    }
    let started = Instant::now();
    at_once(DESKS, |desk| {
        let folder = folders[desk].path().to_str().expect("utf-8");
        for i in 0..EACH {
            let id = format!("t{}", desk * EACH + i);
            let reviewer = format!("Reviewer {desk}");
            let out = run_in(
                data.path(),
                &[
                    "--templates-dir",
                    folder,
                    "approve",
                    "--template",
                    &id,
                    "--reviewer",
                    &reviewer,
                    "--role",
                    "Medical director",
                ],
            );
            assert_ok(&out, &id);
            assert!(String::from_utf8_lossy(&out.stdout).starts_with(&format!("Approved {id} ")));
        }
    });
    eprintln!(
        "{} approvals by {DESKS} processes at once took {:?}",
        DESKS * EACH,
        started.elapsed()
    );
    let storage = Storage::in_dir(data.path());
    let Loaded::Found(register) = load_ron::<SignOffRegister>(&storage.sign_offs_path()) else {
        panic!("no readable sign-offs")
    };
    let mut ids: Vec<&str> = register
        .sign_offs
        .iter()
        .map(|s| s.template_id.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), DESKS * EACH, "sign-offs were lost: {ids:?}");
    assert_eq!(register.sign_offs.len(), DESKS * EACH);
}

fn export(data: &Path, out: &Path) -> Output {
    run_in(
        data,
        &[
            "export",
            "--template",
            "kratom-risks",
            "--profile",
            "handouts/profiles/example-clinic.ron",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    )
}

#[test]
fn desks_exporting_at_once_log_every_handout() {
    const DESKS: usize = 4;
    const EACH: usize = 8;
    let data = TempDir::new();
    let started = Instant::now();
    at_once(DESKS, |desk| {
        for i in 0..EACH {
            let out = data.path().join(format!("{desk}-{i}.pdf"));
            assert_ok(&export(data.path(), &out), "export");
        }
    });
    eprintln!(
        "{} exports by {DESKS} processes at once took {:?}",
        DESKS * EACH,
        started.elapsed()
    );
    let log = handout_log::read(&Storage::in_dir(data.path()).handout_log_path()).expect("log");
    assert!(
        log.unreadable_lines.is_empty(),
        "{:?}",
        log.unreadable_lines
    );
    assert_eq!(log.entries.len(), DESKS * EACH);
}
