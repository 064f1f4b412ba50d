//! A clinic's work on templates, end to end through the command line and the PDF:
//! adapt, edit, approve, export, share by pack, and the handout log.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::tempdir::TempDir;
use handout_desk::clinic::adapt::{adapt, save_template, template_file};
use handout_desk::clinic::diff::{ChangeKind, diff_from_base};
use handout_desk::clinic::handout_log;
use handout_desk::page_setup::PrintFormat;
use handout_desk::storage::Storage;
use handout_desk::template::{Block, Template, TemplateLibrary, read_template_file};

const DRAFT_MARK: &str = "DRAFT — not yet approved for patient use";
const WALK_IN: &str = "Walk-in hours at our clinic are Monday to Friday, 8 a.m. to noon.";

use common::run_in as run;

fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The text of every page of a PDF, one string per page, spacing squashed.
fn pdf_pages(path: &Path) -> Vec<String> {
    let doc = lopdf::Document::load(path).expect("the PDF loads");
    doc.get_pages()
        .keys()
        .map(|&n| {
            let text = doc.extract_text(&[n]).expect("text extracts");
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// Where `pdftotext` is installed (always in CI), the same check through poppler.
fn poppler_text(path: &Path) -> Option<String> {
    let out = Command::new("pdftotext").arg(path).arg("-").output();
    match out {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "pdftotext is required in CI"
            );
            None
        }
    }
}

fn nospace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn export(data: &Path, id: &str, out: &Path) -> Vec<String> {
    ok(&run(
        data,
        &[
            "export",
            "--template",
            id,
            "--profile",
            "tests/fixtures/golden-profile.ron",
            "--date",
            "2026-12-01",
            "--out",
            out.to_str().expect("utf-8 path"),
        ],
    ));
    pdf_pages(out)
}

/// Makes the clinic copy of the MOUD handout in `data`'s templates folder, with a
/// paragraph about walk-in hours added after the first paragraph.
fn adapted_moud(data: &Path, clinic: &str) -> (Template, PathBuf) {
    let library = TemplateLibrary::load(&[]);
    let base = &library
        .get("moud-medicines", "en-US")
        .expect("shipped")
        .template;
    let mut copy = adapt(base, clinic, |id| !library.family(id).is_empty());
    copy.blocks.insert(
        1,
        Block::Paragraph {
            text: WALK_IN.into(),
            sources: vec![1],
        },
    );
    let file = template_file(&Storage::in_dir(data).templates_dir(), &copy.id);
    save_template(&copy, &file).expect("saves");
    (copy, file)
}

#[test]
fn adapt_edit_approve_export_round_trip() {
    let data = TempDir::new();
    let (copy, file) = adapted_moud(data.path(), "Lakeside Community Clinic");
    assert_eq!(copy.id, "moud-medicines-clinic");
    assert!(
        file.starts_with(data.path()),
        "clinic copies live in the clinic's data folder, never under handouts/"
    );

    // Draft: the mark on every page, and the walk-in paragraph printed.
    let pdf = data.path().join("draft.pdf");
    let pages = export(data.path(), &copy.id, &pdf);
    assert!(pages.len() >= 2);
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.contains(DRAFT_MARK),
            "page {} lacks the DRAFT mark: {page}",
            n + 1
        );
    }
    assert!(pages.concat().contains(WALK_IN));

    // Approve it, then the footer names the clinic, the original and the date.
    let said = ok(&run(
        data.path(),
        &[
            "approve",
            "--template",
            &copy.id,
            "--reviewer",
            "Dr. Ana Rivera",
            "--role",
            "Medical director",
            "--date",
            "2026-12-01",
        ],
    ));
    assert!(said.contains("Next review due 2027-12-01"), "{said}");
    let approved = read_template_file(&file).expect("still loads");
    assert_eq!(approved.review.reviewer.as_deref(), Some("Dr. Ana Rivera"));
    let pdf = data.path().join("approved.pdf");
    let pages = export(data.path(), &copy.id, &pdf);
    let base_version = &copy
        .adapted_from
        .as_ref()
        .expect("a clinic copy")
        .base_version;
    let footer = format!(
        "Adapted by Lakeside Community Clinic from Medicines for opioid use disorder v{base_version}, approved 2026-12-01"
    );
    for (n, page) in pages.iter().enumerate() {
        assert!(!page.contains("DRAFT"), "page {} still says DRAFT", n + 1);
        // The footer wraps onto two lines; text extraction joins them without a space.
        assert!(
            nospace(page).contains(&nospace(&footer)),
            "page {} footer: {page}",
            n + 1
        );
    }
    if let Some(text) = poppler_text(&pdf) {
        let squashed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            squashed.contains(footer.as_str()) && !squashed.contains("DRAFT"),
            "{squashed}"
        );
    }

    // Edit it by hand after approval: the sign-off no longer covers it.
    let mut edited = approved;
    edited.blocks.remove(1);
    save_template(&edited, &file).expect("saves");
    let listing = ok(&run(data.path(), &["list"]));
    let line = listing
        .lines()
        .find(|l| l.starts_with(&copy.id))
        .expect("listed");
    assert!(line.contains("needs a new sign-off"), "{line}");
    let pages = export(data.path(), &copy.id, &data.path().join("edited.pdf"));
    assert!(pages.iter().all(|p| p.contains(DRAFT_MARK)));
}

#[test]
fn approving_a_shipped_template_is_kept_in_the_clinics_data() {
    let data = TempDir::new();
    let pages = export(data.path(), "kratom-risks", &data.path().join("a.pdf"));
    assert!(
        pages.iter().all(|p| p.contains(DRAFT_MARK)),
        "a fresh install prints DRAFT"
    );
    ok(&run(
        data.path(),
        &[
            "approve",
            "--template",
            "kratom-risks",
            "--reviewer",
            "R. Chen",
            "--role",
            "Pharmacist",
        ],
    ));
    assert!(data.path().join("sign-offs.ron").is_file());
    let pages = export(data.path(), "kratom-risks", &data.path().join("b.pdf"));
    assert!(
        pages
            .iter()
            .all(|p| !p.contains("DRAFT") && p.contains("Clinically reviewed"))
    );

    let out = run(
        data.path(),
        &[
            "approve",
            "--template",
            "no-such",
            "--reviewer",
            "R",
            "--role",
            "R",
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("use one of: self-harm-support"),
        "{}",
        stderr(&out)
    );
    let out = run(
        data.path(),
        &[
            "approve",
            "--template",
            "kratom-risks",
            "--reviewer",
            " ",
            "--role",
            "R",
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("reviewer's name is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn what_changed_shows_the_clinics_edits_block_by_block() {
    let data = TempDir::new();
    let (mut copy, _) = adapted_moud(data.path(), "Lakeside");
    // Reword one paragraph, drop its source, remove a heading, swap two blocks.
    if let Some(Block::Paragraph { text, sources }) = copy.blocks.get_mut(0) {
        text.push_str(" Many people in our town have.");
        sources.retain(|&s| s != 2);
    }
    let heading = copy
        .blocks
        .iter()
        .position(
            |b| matches!(b, Block::Heading { text, .. } if text.starts_with("Side effects, mixing")),
        )
        .expect("heading");
    copy.blocks.remove(heading);
    let last = copy.blocks.len() - 1;
    copy.blocks.swap(last - 1, last - 2);
    let diff = diff_from_base(&copy).expect("a clinic copy");
    let kinds: Vec<ChangeKind> = diff.changes().map(|c| c.kind).collect();
    assert!(kinds.contains(&ChangeKind::Added), "{kinds:?}");
    assert!(kinds.contains(&ChangeKind::Removed), "{kinds:?}");
    assert!(kinds.contains(&ChangeKind::Moved), "{kinds:?}");
    let reworded = diff
        .changes()
        .find(|c| c.kind == ChangeKind::Reworded)
        .expect("the reworded paragraph");
    assert_eq!(reworded.sources_lost, vec![2]);
    assert!(
        reworded
            .after
            .as_deref()
            .is_some_and(|t| t.ends_with("our town have."))
    );
    let added = diff
        .changes()
        .find(|c| c.kind == ChangeKind::Added)
        .expect("added");
    assert_eq!(added.after.as_deref(), Some(WALK_IN));
    assert_eq!(added.sources_gained, vec![1]);
}

/// Every file under `dir`, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).expect("readable"));
            }
        }
    }
    out
}

#[test]
fn clinic_pack_round_trip_conflicts_and_refusals() {
    // The clinic lead: a profile, an approved clinic copy, a pack.
    let lead = TempDir::new();
    std::fs::copy(
        common::repo("handouts/profiles/example-clinic.ron"),
        lead.path().join("clinic-profile.ron"),
    )
    .expect("profile");
    let (copy, _) = adapted_moud(lead.path(), "Lakeside");
    ok(&run(
        lead.path(),
        &[
            "approve",
            "--template",
            &copy.id,
            "--reviewer",
            "A. Rivera",
            "--role",
            "Director",
            "--date",
            "2026-12-01",
        ],
    ));
    let pack = lead.path().join("lakeside.handout-pack");
    let said = ok(&run(
        lead.path(),
        &["pack", "export", "--out", pack.to_str().expect("utf-8")],
    ));
    assert!(
        said.contains("1 clinic template(s), the clinic profile, 1 sign-off(s)"),
        "{said}"
    );

    // A new desk: the dry run changes nothing; the import brings the approved copy.
    let desk = TempDir::new();
    let dry = ok(&run(
        desk.path(),
        &["pack", "import", pack.to_str().expect("utf-8"), "--dry-run"],
    ));
    assert!(dry.contains("add moud-medicines-clinic v1.0.0"), "{dry}");
    assert!(dry.contains("clinic profile: add"), "{dry}");
    assert!(snapshot(desk.path()).is_empty(), "a dry run writes nothing");
    ok(&run(
        desk.path(),
        &["pack", "import", pack.to_str().expect("utf-8")],
    ));
    let listing = ok(&run(desk.path(), &["list"]));
    assert!(
        listing
            .lines()
            .any(|l| l.starts_with("moud-medicines-clinic") && l.contains("approved")),
        "{listing}"
    );
    let pages = export(desk.path(), &copy.id, &desk.path().join("out.pdf"));
    assert!(pages[0].contains("Adapted by Lakeside") && !pages[0].contains("DRAFT"));

    // Importing the same pack again changes nothing.
    let again = ok(&run(
        desk.path(),
        &["pack", "import", pack.to_str().expect("utf-8")],
    ));
    assert!(again.contains("already the same here"), "{again}");

    // The desk edits its copy; the lead's pack must not overwrite that work.
    let desk_file = template_file(&Storage::in_dir(desk.path()).templates_dir(), &copy.id);
    let mut local = read_template_file(&desk_file).expect("loads");
    local.blocks.push(Block::Paragraph {
        text: "Ask at the front desk about bus passes.".into(),
        sources: vec![1],
    });
    save_template(&local, &desk_file).expect("saves");
    let lead_file = template_file(&Storage::in_dir(lead.path()).templates_dir(), &copy.id);
    let mut newer = read_template_file(&lead_file).expect("loads");
    newer.version = "1.1.0".into();
    newer.title = "Medicines for opioid use disorder at Lakeside".into();
    save_template(&newer, &lead_file).expect("saves");
    ok(&run(
        lead.path(),
        &["pack", "export", "--out", pack.to_str().expect("utf-8")],
    ));
    let said = ok(&run(
        desk.path(),
        &["pack", "import", pack.to_str().expect("utf-8")],
    ));
    assert!(said.contains("keep both"), "{said}");
    let kept = read_template_file(&template_file(
        &Storage::in_dir(desk.path()).templates_dir(),
        "moud-medicines-clinic-local",
    ))
    .expect("the desk's edits are kept");
    assert!(
        kept.blocks
            .iter()
            .any(|b| b.texts().concat().contains("bus passes"))
    );
    let now = read_template_file(&desk_file).expect("the pack's version");
    assert_eq!(now.version, "1.1.0");

    // A cut-short pack and a changed pack are refused, and nothing changes.
    let before = snapshot(desk.path());
    let text = std::fs::read_to_string(&pack).expect("pack");
    let cut = desk.path().join("cut.pack");
    std::fs::write(&cut, &text[..text.len() / 2]).expect("write");
    let tampered = desk.path().join("tampered.pack");
    std::fs::write(&tampered, text.replace("A. Rivera", "Someone Else")).expect("write");
    let before = {
        let mut b = before;
        for p in [&cut, &tampered] {
            b.insert(p.clone(), std::fs::read(p).expect("read"));
        }
        b
    };
    let out = run(
        desk.path(),
        &["pack", "import", cut.to_str().expect("utf-8")],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not a complete clinic pack"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("nothing was changed"));
    let out = run(
        desk.path(),
        &["pack", "import", tampered.to_str().expect("utf-8")],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("checksum does not match"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        snapshot(desk.path()),
        before,
        "refused packs change nothing"
    );
}

#[test]
fn every_export_is_logged_and_a_corrupt_line_loses_nothing_else() {
    let data = TempDir::new();
    export(data.path(), "kratom-risks", &data.path().join("1.pdf"));
    let log_path = Storage::in_dir(data.path()).handout_log_path();
    // A torn line, as a crash mid-write would leave.
    let mut bytes = std::fs::read(&log_path).expect("log");
    bytes.extend_from_slice(b"LogEntry(at: \"2026-12-01T1");
    std::fs::write(&log_path, bytes).expect("write");
    ok(&run(
        data.path(),
        &[
            "export",
            "--template",
            "self-harm-support",
            "--profile",
            "tests/fixtures/golden-profile.ron",
            "--large-print",
            "--paper",
            "a4",
            "--out",
            data.path().join("2.pdf").to_str().expect("utf-8"),
        ],
    ));
    let log = handout_log::read(&log_path).expect("reads");
    assert_eq!(log.unreadable_lines, [2]);
    let ids: Vec<&str> = log.entries.iter().map(|e| e.template_id.as_str()).collect();
    assert_eq!(ids, ["kratom-risks", "self-harm-support"]);
    let second = &log.entries[1];
    assert!(
        second.format == PrintFormat::LargePrint
            && second.paper == "a4"
            && second.language == "en-US"
    );
    assert!(second.content_hash.0.starts_with("sha256:"));

    let out = run(data.path(), &["log", "--csv"]);
    let csv = ok(&out);
    assert!(
        stderr(&out).contains("skipped unreadable line(s) 2"),
        "{}",
        stderr(&out)
    );
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows[0].starts_with("time_utc,template_id,version,content_hash,status"));
    let library = TemplateLibrary::load(&[]);
    let version = &library
        .get("self-harm-support", "en-US")
        .expect("shipped")
        .template
        .version;
    assert!(
        rows[2].contains(&format!(",self-harm-support,{version},sha256:"))
            && rows[2].ends_with(",draft,en-US,a4,large-print")
    );
    let table = ok(&run(data.path(), &["log"]));
    assert!(table.contains("kratom-risks") && table.contains("self-harm-support"));
    // The log holds nothing about a patient: only these fields exist.
    let text = std::fs::read_to_string(&log_path).expect("log");
    for line in text
        .lines()
        .filter(|l| l.starts_with("LogEntry(") && l.ends_with(')'))
    {
        let fields: Vec<&str> = line
            .split(", ")
            .filter_map(|f| f.split(':').next())
            .map(|f| f.trim_start_matches("LogEntry("))
            .collect();
        assert_eq!(
            fields,
            [
                "at",
                "template_id",
                "version",
                "content_hash",
                "status",
                "language",
                "paper",
                "format"
            ],
            "{line}"
        );
    }
}

/// The log records the print format, not just "large or not": a sheet of
/// wallet cards is not a standard handout. Lines written before print formats
/// (with `large_print`) still load, as the format they stood for.
#[test]
fn the_log_records_the_print_format_and_still_reads_old_lines() {
    let data = TempDir::new();
    let log_path = Storage::in_dir(data.path()).handout_log_path();
    std::fs::create_dir_all(log_path.parent().expect("a folder")).expect("folder");
    std::fs::write(
        &log_path,
        "LogEntry(at:\"2026-11-30T09:00:00Z\",template_id:\"kratom-risks\",version:\"1.2.0\",\
         content_hash:\"sha256:ab\",status:Draft,language:\"en-US\",paper:\"letter\",large_print:true)\n\
         LogEntry(at:\"2026-11-30T09:05:00Z\",template_id:\"kratom-risks\",version:\"1.2.0\",\
         content_hash:\"sha256:ab\",status:Draft,language:\"en-US\",paper:\"a4\",large_print:false)\n",
    )
    .expect("old log");
    ok(&run(
        data.path(),
        &[
            "export",
            "--template",
            "self-harm-support",
            "--profile",
            "tests/fixtures/golden-profile.ron",
            "--layout",
            "wallet-card",
            "--paper",
            "a4",
            "--out",
            data.path().join("cards.pdf").to_str().expect("utf-8"),
        ],
    ));

    let text = std::fs::read_to_string(&log_path).expect("log");
    let new_line = text.lines().nth(2).expect("a third line").replace(' ', "");
    assert!(
        new_line.contains("paper:\"a4\"") && new_line.contains("format:WalletCard"),
        "{new_line}"
    );
    assert!(!new_line.contains("large_print"), "{new_line}");

    let log = handout_log::read(&log_path).expect("reads");
    assert!(
        log.unreadable_lines.is_empty(),
        "{:?}",
        log.unreadable_lines
    );
    let formats: Vec<(&str, &str)> = log
        .entries
        .iter()
        .map(|e| (e.paper.as_str(), e.format.name()))
        .collect();
    assert_eq!(
        formats,
        [
            ("letter", "large-print"),
            ("a4", "standard"),
            ("a4", "wallet-card")
        ]
    );

    let csv = ok(&run(data.path(), &["log", "--csv"]));
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "time_utc,template_id,version,content_hash,status,language,paper,format"
    );
    assert!(rows[1].ends_with(",en-US,letter,large-print"), "{csv}");
    assert!(rows[3].ends_with(",en-US,a4,wallet-card"), "{csv}");
    let table = ok(&run(data.path(), &["log"]));
    assert!(table.contains("wallet-card"), "{table}");
}

#[test]
fn a_clinic_template_with_problems_stays_editable_but_cannot_go_out() {
    let data = TempDir::new();
    let (mut copy, file) = adapted_moud(data.path(), "Lakeside");
    // A new paragraph with no source yet, as a lead might leave it overnight.
    copy.blocks.push(Block::Paragraph {
        text: "Ask at the front desk about bus passes.".into(),
        sources: vec![],
    });
    save_template(&copy, &file).expect("saves");

    let listing = ok(&run(data.path(), &["list"]));
    assert!(
        listing.lines().any(|l| l.starts_with(&copy.id)),
        "the template is still there to edit:\n{listing}"
    );
    let out = run(
        data.path(),
        &[
            "export",
            "--template",
            &copy.id,
            "--profile",
            "tests/fixtures/golden-profile.ron",
            "--out",
            data.path().join("x.pdf").to_str().expect("utf-8"),
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("problems to fix first"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("cites no source"), "{}", stderr(&out));
    assert!(!data.path().join("x.pdf").exists());
    let out = run(
        data.path(),
        &[
            "approve",
            "--template",
            &copy.id,
            "--reviewer",
            "R",
            "--role",
            "R",
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("problems to fix before it can be approved"),
        "{}",
        stderr(&out)
    );
    let out = run(data.path(), &["check", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let pack = data.path().join("p.handout-pack");
    let out = run(
        data.path(),
        &["pack", "export", "--out", pack.to_str().expect("utf-8")],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(&format!("template `{}`", copy.id))
            && stderr(&out).contains("fix it in the editor before packing"),
        "{}",
        stderr(&out)
    );
    assert!(!pack.exists());
}
