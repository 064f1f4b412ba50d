//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod gui;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use handout_desk::compose::HandoutOptions;
use handout_desk::page_setup::{PageSetup, Paper, PrintFormat};
use handout_desk::profile::{ClinicProfile, read_profile_file};
use handout_desk::template::{Template, TemplateLibrary, read_template_file};

/// A path under the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs `handout-desk` from the repository with its clinic data in `data`.
pub fn run_in(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_handout-desk"))
        .args(args)
        .env("HANDOUT_DESK_DATA_DIR", data)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

/// Runs `handout-desk` with its clinic data (sign-offs, the handout log) in a
/// fresh temporary folder, never the machine's own.
pub fn run(args: &[&str]) -> Output {
    let data = tempdir::TempDir::new();
    run_in(data.path(), args)
}

/// Large print, or the standard format.
pub fn format(large_print: bool) -> PrintFormat {
    if large_print {
        PrintFormat::LargePrint
    } else {
        PrintFormat::Standard
    }
}

/// Options printing on `paper`, in large print or not, every resource included.
pub fn page_options(paper: Paper, large_print: bool) -> HandoutOptions {
    HandoutOptions::with_page(PageSetup::new(paper, format(large_print)))
}

/// The example clinic profile shipped in `handouts/profiles/`.
pub fn example_profile() -> ClinicProfile {
    read_profile_file(&repo("handouts/profiles/example-clinic.ron")).expect("example profile loads")
}

/// The fixed template and profile of the golden tests.
pub fn golden() -> (Template, ClinicProfile) {
    let template =
        read_template_file(&repo("tests/fixtures/golden-template.ron")).expect("fixture loads");
    let profile =
        read_profile_file(&repo("tests/fixtures/golden-profile.ron")).expect("fixture loads");
    (template, profile)
}

/// The shipped templates.
pub fn shipped() -> Vec<Template> {
    let library = TemplateLibrary::load(&[]);
    assert!(
        library.failures.is_empty(),
        "shipped templates fail: {:?}",
        library.failures
    );
    library.templates.into_iter().map(|t| t.template).collect()
}

/// Writes `text` to a new file in a fresh temporary folder and returns its path.
pub fn temp_file(name: &str, bytes: &[u8]) -> (tempdir::TempDir, PathBuf) {
    let dir = tempdir::TempDir::new();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    (dir, path)
}

/// A tiny self-cleaning temporary folder (avoids a crate for one helper).
pub mod tempdir {
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicUsize, Ordering};

    static COUNTER: AtomicUsize = AtomicUsize::new(0);

    /// A folder removed when dropped.
    pub struct TempDir(PathBuf);

    impl TempDir {
        /// Makes a new empty folder under the system temp folder.
        pub fn new() -> Self {
            let n = COUNTER.fetch_add(1, Ordering::SeqCst);
            let path =
                std::env::temp_dir().join(format!("handout-desk-test-{}-{n}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).expect("create temp dir");
            Self(path)
        }

        /// Its path.
        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
