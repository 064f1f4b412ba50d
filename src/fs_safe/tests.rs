use std::fs;
use std::io::{self, ErrorKind, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use super::*;

/// A fresh, empty folder under the system temp folder.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("handout-desk-fs-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn replaces_the_file_and_leaves_no_temp_file() {
    let dir = scratch("replace");
    let path = dir.join("handout.pdf");
    fs::write(&path, b"old").unwrap();
    write_atomically(&path, b"%PDF-new", Folder::MustExist).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"%PDF-new");
    assert_eq!(entries(&dir), ["handout.pdf"]);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_folder_is_named_or_made_as_asked() {
    let dir = scratch("missing");
    let path = dir.join("no-such-folder").join("handout.pdf");
    let err = write_atomically(&path, b"%PDF", Folder::MustExist).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("handout.pdf"), "{message}");
    assert!(
        message.contains(&format!(
            "the folder {} does not exist",
            dir.join("no-such-folder").display()
        )),
        "{message}"
    );
    assert!(entries(&dir).is_empty());
    write_atomically(&path, b"%PDF", Folder::Create).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"%PDF");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_failed_write_keeps_the_old_file_and_removes_the_temp_file() {
    let dir = scratch("full");
    let path = dir.join("handout.pdf");
    fs::write(&path, b"old").unwrap();
    let err = write_with(&path, Folder::MustExist, |file| {
        file.write_all(b"%PDF-half")?;
        Err(io::Error::from(ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("cannot save {}: the disk is full", path.display())
    );
    assert_eq!(err.kind(), Some(ErrorKind::StorageFull));
    assert_eq!(fs::read(&path).unwrap(), b"old");
    assert_eq!(entries(&dir), ["handout.pdf"]);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_folder_at_the_path_is_refused_and_kept() {
    let dir = scratch("folder-in-the-way");
    let path = dir.join("handout.pdf");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("keep.txt"), b"keep").unwrap();
    let err = write_atomically(&path, b"%PDF", Folder::MustExist).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("it is a folder, not a file; choose a file name inside it"),
        "{err}"
    );
    assert_eq!(fs::read(path.join("keep.txt")).unwrap(), b"keep");
    assert_eq!(entries(&dir), ["handout.pdf"]);
    fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[test]
fn keeps_the_old_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("perms");
    let path = dir.join("handout.pdf");
    fs::write(&path, b"old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    write_atomically(&path, b"%PDF", Folder::MustExist).unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_socket_and_a_link_to_one_are_refused_by_name() {
    let dir = scratch("socket");
    let socket = dir.join("desk.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let err = write_atomically(&socket, b"%PDF", Folder::MustExist).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("it is a socket, not a file; choose a file name"),
        "{err}"
    );
    let link = dir.join("link.pdf");
    std::os::unix::fs::symlink(&socket, &link).unwrap();
    let err = write_atomically(&link, b"%PDF", Folder::MustExist).unwrap_err();
    assert!(
        err.to_string().contains(&format!(
            "it links to {}, which is a socket",
            socket.display()
        )),
        "{err}"
    );
    assert_eq!(entries(&dir), ["desk.sock", "link.pdf"]);
    fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_chain_of_links_is_followed_and_a_loop_refused() {
    use std::os::unix::fs::symlink;
    let dir = scratch("links");
    fs::create_dir(dir.join("real")).unwrap();
    symlink("real/h.pdf", dir.join("one.pdf")).unwrap();
    symlink("one.pdf", dir.join("two.pdf")).unwrap();
    write_atomically(&dir.join("two.pdf"), b"%PDF", Folder::MustExist).unwrap();
    assert_eq!(fs::read(dir.join("real/h.pdf")).unwrap(), b"%PDF");
    assert!(
        fs::symlink_metadata(dir.join("two.pdf"))
            .unwrap()
            .file_type()
            .is_symlink()
    );

    symlink("loop-b", dir.join("loop-a")).unwrap();
    symlink("loop-a", dir.join("loop-b")).unwrap();
    let err = write_atomically(&dir.join("loop-a"), b"%PDF", Folder::MustExist).unwrap_err();
    assert!(err.to_string().contains("round in a circle"), "{err}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn stale_temp_files_of_the_target_go_and_fresh_ones_stay() {
    let dir = scratch("stale");
    let make = |name: &str, age: Duration| {
        let file = fs::File::create(dir.join(name)).unwrap();
        file.set_modified(SystemTime::now() - age).unwrap();
    };
    let old = STALE_AFTER + Duration::from_secs(5);
    make(".h.pdf.handout-desk-7-0.tmp", old);
    make(".h.pdf.7-0.tmp", old); // the form older versions wrote
    make(".h.pdf.handout-desk-8-0.tmp", Duration::ZERO);
    make(".other.pdf.handout-desk-7-0.tmp", old);
    make(".h.pdf.mine.tmp", old);
    write_atomically(&dir.join("h.pdf"), b"%PDF", Folder::MustExist).unwrap();
    assert_eq!(
        entries(&dir),
        [
            ".h.pdf.handout-desk-8-0.tmp",
            ".h.pdf.mine.tmp",
            ".other.pdf.handout-desk-7-0.tmp",
            "h.pdf"
        ]
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_exclusive_lock_keeps_others_out_until_dropped() {
    let dir = scratch("lock");
    let data = dir.join("sign-offs.ron");
    let first = FileLock::exclusive(&data, Folder::MustExist).unwrap();
    assert_eq!(entries(&dir), ["sign-offs.ron.lock"]);
    let released = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let waiter = scope.spawn(|| {
            let _second = FileLock::exclusive(&data, Folder::MustExist).unwrap();
            released.load(Ordering::SeqCst)
        });
        std::thread::sleep(Duration::from_millis(100));
        released.store(true, Ordering::SeqCst);
        drop(first);
        assert!(
            waiter.join().unwrap(),
            "the second lock was taken while the first was held"
        );
    });
    // Readers share the lock.
    let a = FileLock::shared(&data).unwrap();
    let _b = FileLock::shared(&data).unwrap();
    drop(a);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_shared_lock_creates_nothing() {
    let dir = scratch("shared");
    let _lock = FileLock::shared(&dir.join("log")).unwrap();
    assert!(entries(&dir).is_empty());
    fs::remove_dir_all(dir).unwrap();
}
