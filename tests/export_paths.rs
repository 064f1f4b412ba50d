//! `export --out` into the odd places a clinic's folders hold: links to a shared
//! print folder, pipes and folders where a file was meant, folders nobody may
//! write to, and the temporary files a killed export leaves behind.
#![cfg(unix)]

mod common;

use std::os::unix::fs::{FileTypeExt as _, symlink};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use common::tempdir::TempDir;

/// Runs the binary with its clinic data in `data`, killed if it takes longer than
/// `limit` (an export that opens a pipe would wait for a reader for ever).
fn run_bounded(mut command: Command, data: &Path, limit: Duration) -> Output {
    let mut child = command
        .env("HANDOUT_DESK_DATA_DIR", data)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("handout-desk still running after {limit:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_handout-desk"))
}

fn export_args(out: &Path) -> Vec<String> {
    [
        "export",
        "--template",
        "kratom-risks",
        "--profile",
        "handouts/profiles/example-clinic.ron",
        "--out",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .chain([out.display().to_string()])
    .collect()
}

/// `export --out out`, with the data folder `data`.
fn export(data: &Path, out: &Path) -> Output {
    let mut command = binary();
    command.args(export_args(out));
    run_bounded(command, data, Duration::from_secs(30))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        stderr(out)
    );
}

fn is_pdf(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|b| b.starts_with(b"%PDF-") && b.len() > 1000)
}

/// Names in `dir` that look like a temporary file.
fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.contains(".tmp-"))
        .collect()
}

#[test]
fn export_to_a_symlink_writes_the_file_it_points_to() {
    let dir = TempDir::new();
    let print = dir.path().join("print");
    let handouts = dir.path().join("handouts");
    std::fs::create_dir_all(&print).expect("mkdir");
    std::fs::create_dir_all(&handouts).expect("mkdir");

    // A link beside its target, and a link in the print folder into another folder.
    let beside = handouts.join("kratom-v1.pdf");
    std::fs::write(&beside, b"old handout").expect("write");
    symlink("kratom-v1.pdf", handouts.join("current.pdf")).expect("symlink");
    let elsewhere = handouts.join("kratom-v2.pdf");
    std::fs::write(&elsewhere, b"old handout").expect("write");
    symlink("../handouts/kratom-v2.pdf", print.join("current.pdf")).expect("symlink");

    for (link, target, relative) in [
        (handouts.join("current.pdf"), &beside, "kratom-v1.pdf"),
        (
            print.join("current.pdf"),
            &elsewhere,
            "../handouts/kratom-v2.pdf",
        ),
    ] {
        assert_ok(&export(dir.path(), &link));
        let meta = std::fs::symlink_metadata(&link).expect("link still there");
        assert!(
            meta.file_type().is_symlink(),
            "{} became a file",
            link.display()
        );
        assert_eq!(
            std::fs::read_link(&link).expect("link"),
            Path::new(relative)
        );
        assert!(is_pdf(target), "{} holds the new PDF", target.display());
    }
    assert!(temp_files(&print).is_empty() && temp_files(&handouts).is_empty());
}

#[test]
fn export_to_a_dangling_symlink_creates_its_target_only_in_a_folder_that_exists() {
    let dir = TempDir::new();
    let link = dir.path().join("next.pdf");
    let target = dir.path().join("not-yet.pdf");
    symlink(&target, &link).expect("symlink");
    assert_ok(&export(dir.path(), &link));
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(is_pdf(&target));

    let nowhere = dir.path().join("gone.pdf");
    symlink(dir.path().join("no-such-folder/h.pdf"), &nowhere).expect("symlink");
    let out = export(dir.path(), &nowhere);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("no-such-folder"), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&nowhere)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(!dir.path().join("no-such-folder").exists());
}

#[test]
fn export_to_a_fifo_is_refused_without_waiting_for_a_reader() {
    let dir = TempDir::new();
    let fifo = dir.path().join("printer-pipe");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let out = export(dir.path(), &fifo);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(
        message.contains(&fifo.display().to_string()) && message.contains("named pipe"),
        "{message}"
    );
    let meta = std::fs::symlink_metadata(&fifo).expect("still there");
    assert!(meta.file_type().is_fifo(), "the FIFO was replaced");
    assert!(temp_files(dir.path()).is_empty());
}

#[test]
fn export_to_a_folder_is_refused_and_the_folder_kept() {
    let dir = TempDir::new();
    let folder = dir.path().join("handout.pdf");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("keep.txt"), b"keep").expect("write");
    let out = export(dir.path(), &folder);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(
        message.contains(&folder.display().to_string()) && message.contains("is a folder"),
        "{message}"
    );
    assert_eq!(
        std::fs::read(folder.join("keep.txt")).expect("kept"),
        b"keep"
    );
    assert!(temp_files(dir.path()).is_empty());
}

#[test]
fn a_stale_temp_file_is_removed_by_the_next_export_and_a_fresh_one_kept() {
    let dir = TempDir::new();
    let out = dir.path().join("handout.pdf");
    let make = |name: &str, age: Duration| {
        let path = dir.path().join(name);
        let file = std::fs::File::create(&path).expect("create");
        file.set_modified(SystemTime::now() - age)
            .expect("set time");
        path
    };
    // Left by an export killed ten minutes ago.
    let stale = make(
        ".handout.pdf.handout-desk-4000000-0.tmp",
        Duration::from_secs(600),
    );
    // Being written right now by another export.
    let fresh = make(".handout.pdf.handout-desk-4000001-0.tmp", Duration::ZERO);
    // Another target's, and a file that only looks a little like ours.
    let other = make(
        ".leaflet.pdf.handout-desk-4000000-0.tmp",
        Duration::from_secs(600),
    );
    let mine = make(".handout.pdf.notes.tmp", Duration::from_secs(600));

    assert_ok(&export(dir.path(), &out));
    assert!(is_pdf(&out));
    assert!(!stale.exists(), "the stale temp file is still there");
    assert!(fresh.exists(), "a running export's temp file was removed");
    assert!(other.exists() && mine.exists());
}

/// `command` run as the unprivileged user `nobody` when the tests run as root,
/// who may write anywhere; `None` when that is not possible here.
fn unprivileged(args: &[String]) -> Option<Command> {
    let probe = TempDir::new();
    let file = probe.path().join("probe");
    std::fs::write(&file, b"").expect("write");
    let root = std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(&file).expect("meta")) == 0;
    if !root {
        let mut command = binary();
        command.args(args);
        return Some(command);
    }
    let works = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
        .status()
        .is_ok_and(|s| s.success());
    works.then(|| {
        let mut command = Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_handout-desk"))
            .args(args);
        command
    })
}

#[test]
fn a_save_into_a_read_only_folder_names_the_folder_once() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = TempDir::new();
    let locked = dir.path().join("read-only");
    std::fs::create_dir(&locked).expect("mkdir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let approve: Vec<String> = [
        "approve",
        "--template",
        "kratom-risks",
        "--reviewer",
        "Dr. A. Rivera",
        "--role",
        "Medical director",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    // An export into the folder, and an approval with the data folder there.
    for (args, data) in [
        (export_args(&locked.join("handout.pdf")), dir.path()),
        (approve, locked.as_path()),
    ] {
        let Some(command) = unprivileged(&args) else {
            eprintln!("skipped: running as root and cannot drop privileges with setpriv");
            return;
        };
        let out = run_bounded(command, data, Duration::from_secs(30));
        let message = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{message}");
        assert!(
            message.contains(&format!("the folder {}", locked.display())),
            "{message}"
        );
        assert!(message.matches("os error").count() <= 1, "{message}");
        assert!(
            message.matches("ermission denied").count() <= 1,
            "{message}"
        );
        assert!(!message.contains(".tmp"), "names a temp file: {message}");
        assert_eq!(message.lines().count(), 1, "{message}");
    }
    assert!(std::fs::read_dir(&locked).expect("read").next().is_none());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}
