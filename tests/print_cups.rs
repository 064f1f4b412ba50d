//! Printing from the command line, through a real CUPS server with a virtual
//! PDF printer (cups-pdf), read back with `pdftotext`: the printed handout must
//! say what the exported one says, on the paper asked for.
//!
//! `.ci/run` sets the printer up with `scripts/cups-pdf-printer.sh` and says
//! where it writes in `HANDOUT_DESK_CUPS_PDF_OUT`. Elsewhere these tests skip
//! with a note when no CUPS server answers here; under CI (`CI=true`) they fail.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::tempdir::TempDir;

const EXAMPLE_PROFILE: &str = "handouts/profiles/example-clinic.ron";
/// A fixed date, so the printed and the exported handout are the same document.
const DATE: &str = "2026-12-01";
/// How long a print job may take to come out of the virtual printer.
const PRINT_TIMEOUT: Duration = Duration::from_secs(30);

/// The virtual printer: its name and the folder it writes PDFs to.
struct PdfPrinter {
    name: String,
    out: PathBuf,
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs a CUPS command under the C locale; `None` when it is not installed.
fn cups(program: &str, args: &[&str]) -> Option<Output> {
    Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .output()
        .ok()
}

/// The virtual PDF printer, when CUPS answers and `.ci/run`'s printer is set
/// up; otherwise skips with a note, or fails under CI.
fn pdf_printer() -> Option<PdfPrinter> {
    let skip = |why: &str| {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must start CUPS with a cups-pdf printer (scripts/cups-pdf-printer.sh): {why}"
        );
        eprintln!(
            "skipped: {why}; to run this test, as root: scripts/cups-pdf-printer.sh /tmp/cups-pdf \
             and set HANDOUT_DESK_CUPS_PDF_OUT=/tmp/cups-pdf"
        );
        None
    };
    let have_pdftotext = Command::new("pdftotext").arg("-v").output().is_ok();
    if !have_pdftotext {
        return skip("pdftotext is not installed");
    }
    let Some(running) = cups("lpstat", &["-r"]) else {
        return skip("CUPS is not installed (no lpstat)");
    };
    if !text(&running.stdout).contains("scheduler is running") {
        return skip("no CUPS server is reachable here (lpstat -r)");
    }
    let Some(out) = std::env::var_os("HANDOUT_DESK_CUPS_PDF_OUT") else {
        return skip("HANDOUT_DESK_CUPS_PDF_OUT (where cups-pdf writes) is not set");
    };
    let name = std::env::var("HANDOUT_DESK_CUPS_PRINTER").unwrap_or_else(|_| "HandoutPDF".into());
    let listed = cups("lpstat", &["-e"])
        .map(|o| text(&o.stdout))
        .unwrap_or_default();
    if !listed.lines().any(|l| l.trim() == name) {
        return skip(&format!("CUPS has no printer named {name}"));
    }
    Some(PdfPrinter {
        name,
        out: PathBuf::from(out),
    })
}

/// Runs `handout-desk` with its clinic data in `data`.
fn desk(data: &TempDir, args: &[&str]) -> Output {
    common::run_in(data.path(), args)
}

/// The text of a PDF as `pdftotext` reads it, with runs of white space made
/// one space (a printed copy may break lines where the original ran on).
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext {}: {}",
        pdf.display(),
        text(&out.stderr)
    );
    text(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fails unless the printed PDF reads as the exported one, showing the words
/// around the first difference (not two whole handouts).
fn assert_same_text(printed: &Path, exported: &Path) {
    let (p, e) = (pdf_text(printed), pdf_text(exported));
    if p == e {
        return;
    }
    let (p, e): (Vec<&str>, Vec<&str>) = (p.split(' ').collect(), e.split(' ').collect());
    let at = p.iter().zip(&e).take_while(|(a, b)| a == b).count();
    let around = |words: &[&str]| words[at.saturating_sub(8)..(at + 8).min(words.len())].join(" ");
    panic!(
        "the printed PDF {} reads differently from the export from word {at}:\n  printed:  …{}…\n  exported: …{}…",
        printed.display(),
        around(&p),
        around(&e)
    );
}

/// The page size `pdfinfo` reports, such as "612 x 792 pts (letter)".
fn page_size(pdf: &Path) -> String {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    text(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

/// The job number in `print`'s answer ("… as job HandoutPDF-12").
fn job_number(stdout: &str, printer: &str) -> String {
    let marker = format!("as job {printer}-");
    let start = stdout
        .find(&marker)
        .unwrap_or_else(|| panic!("no job id in {stdout:?}"))
        + marker.len();
    stdout[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

/// Waits (at most [`PRINT_TIMEOUT`]) for job `number` on `printer` to finish
/// and returns the PDF cups-pdf wrote for it (named `…-job_<number>.pdf`).
fn wait_for_printed(printer: &PdfPrinter, number: &str) -> PathBuf {
    let job = format!("{}-{number}", printer.name);
    let suffix = format!("job_{number}.pdf");
    let started = Instant::now();
    loop {
        let pending = cups("lpstat", &["-W", "not-completed", "-o", &printer.name])
            .map(|o| text(&o.stdout))
            .unwrap_or_default();
        let still_printing = pending
            .lines()
            .any(|l| l.split_whitespace().next() == Some(job.as_str()));
        let written = std::fs::read_dir(&printer.out).ok().and_then(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .find(|p| p.to_string_lossy().ends_with(&suffix))
        });
        if let (false, Some(file)) = (still_printing, written) {
            return file;
        }
        assert!(
            started.elapsed() < PRINT_TIMEOUT,
            "job {job} did not come out of the printer within {PRINT_TIMEOUT:?} \
             (in {}: {:?}; queue: {pending}); see /var/log/cups/error_log",
            printer.out.display(),
            std::fs::read_dir(&printer.out)
                .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
                .unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Prints the kratom handout with `options` and exports it with the same
/// options; returns the printed and the exported PDF.
fn print_and_export(printer: &PdfPrinter, dir: &TempDir, options: &[&str]) -> (PathBuf, PathBuf) {
    let data = TempDir::new();
    let handout = [
        "--template",
        "kratom-risks",
        "--profile",
        EXAMPLE_PROFILE,
        "--date",
        DATE,
    ];
    let mut print = vec!["print", "--printer", &printer.name];
    print.extend(handout);
    print.extend(options);
    let printed = desk(&data, &print);
    let stdout = text(&printed.stdout);
    assert_eq!(
        printed.status.code(),
        Some(0),
        "{stdout}{}",
        text(&printed.stderr)
    );
    assert!(
        stdout.contains(&format!("to the printer {}", printer.name)),
        "{stdout}"
    );
    let log = desk(&data, &["log"]);
    assert!(
        text(&log.stdout).contains("kratom-risks"),
        "a printed handout is logged"
    );
    let file = wait_for_printed(printer, &job_number(&stdout, &printer.name));

    let exported = dir.path().join("export.pdf");
    let mut export = vec!["export", "--out", exported.to_str().expect("utf-8 path")];
    export.extend(handout);
    export.extend(options.iter().filter(|o| **o != "--two-sided"));
    let out = desk(&data, &export);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    (file, exported)
}

#[test]
fn a_printed_handout_says_what_the_export_says() {
    let Some(printer) = pdf_printer() else {
        return;
    };
    let dir = TempDir::new();
    let (printed, exported) = print_and_export(&printer, &dir, &["--two-sided"]);
    assert!(pdf_text(&exported).contains("Kratom"));
    assert_same_text(&printed, &exported);
    assert!(
        page_size(&printed).starts_with("612 x 792"),
        "{}",
        page_size(&printed)
    );
}

#[test]
fn a4_is_printed_on_a4() {
    let Some(printer) = pdf_printer() else {
        return;
    };
    let dir = TempDir::new();
    let (printed, exported) = print_and_export(&printer, &dir, &["--paper", "a4"]);
    assert_same_text(&printed, &exported);
    let size = page_size(&printed);
    assert!(size.starts_with("595") && size.contains("842"), "{size}");
}

#[test]
fn printers_lists_the_virtual_printer() {
    let Some(printer) = pdf_printer() else {
        return;
    };
    let out = common::run(&["printers"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .lines()
            .any(|l| l.split_whitespace().next() == Some(&printer.name)),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_printer_that_is_not_there_is_a_problem_not_a_print() {
    let Some(_printer) = pdf_printer() else {
        return;
    };
    let out = common::run(&[
        "print",
        "--template",
        "kratom-risks",
        "--profile",
        EXAMPLE_PROFILE,
        "--printer",
        "No_Such_Printer",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("There is no printer named “No_Such_Printer”") && err.contains("hint:"),
        "{err}"
    );
}

/// Without CUPS's commands (as on Windows) `print` and `printers` end with
/// exit status 1 and say to save the PDF instead; this runs everywhere.
#[test]
fn without_a_print_service_the_command_says_to_save_the_pdf() {
    let empty = TempDir::new();
    let data = TempDir::new();
    for args in [
        &["printers"][..],
        &[
            "print",
            "--template",
            "kratom-risks",
            "--profile",
            EXAMPLE_PROFILE,
        ],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_handout-desk"))
            .args(args)
            .env("PATH", empty.path())
            .env("HANDOUT_DESK_DATA_DIR", data.path())
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the binary runs");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains("Printing from the desk is not available here yet")
                && err.contains("hint: Save the PDF and print it from your PDF viewer."),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}: {}", text(&out.stdout));
    }
    let log = common::run_in(data.path(), &["log"]);
    assert!(
        !text(&log.stdout).contains("kratom-risks"),
        "nothing printed, nothing logged"
    );
}

/// The desk app's print service (the one Print in the app uses) sends the
/// exported bytes to the real CUPS server, and they come out as the export.
#[test]
fn the_desk_apps_print_service_prints_the_exported_pdf() {
    use handout_desk::layout::Paper;
    use handout_desk::print::{PrintBackend, PrintJob, Sides, SystemPrinting};

    let Some(printer) = pdf_printer() else {
        return;
    };
    let dir = TempDir::new();
    let data = TempDir::new();
    let exported = dir.path().join("export.pdf");
    let out = desk(
        &data,
        &[
            "export",
            "--template",
            "kratom-risks",
            "--profile",
            EXAMPLE_PROFILE,
            "--date",
            DATE,
            "--out",
            exported.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pdf = std::fs::read(&exported).expect("the export is there");

    let listed = SystemPrinting.printers().expect("CUPS lists its printers");
    assert!(listed.names.contains(&printer.name), "{listed:?}");
    let job = PrintJob {
        title: "kratom-risks".into(),
        paper: Paper::Letter,
        sides: Sides::TwoSidedLongEdge,
    };
    let printed = SystemPrinting
        .print_pdf(&pdf, &printer.name, &job)
        .expect("CUPS takes the job");
    let id = printed.job_id.expect("lp says the job id");
    let number = id
        .rsplit('-')
        .next()
        .expect("a job id ends in its number")
        .to_owned();
    let file = wait_for_printed(&printer, &number);
    assert_same_text(&file, &exported);
}
