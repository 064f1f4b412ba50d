//! The print service as the desk sees it, with stand-in `lpstat` and `lp`
//! commands (small shell scripts in a folder given as the `PATH`), so every
//! answer of a real CUPS can be played without one.
#![cfg(unix)]

use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use super::*;
use crate::layout::Paper;

/// A fresh folder of stand-in commands, removed when dropped.
struct FakePath(PathBuf);

impl FakePath {
    fn new() -> Self {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "handout-desk-print-test-{}-{n}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    /// Adds a command `name` that runs the shell script `body`.
    fn command(self, name: &str, body: &str) -> Self {
        let file = self.0.join(name);
        // A warm-up run (below) only checks that the script starts.
        let script = format!("#!/bin/sh\n[ -n \"$WARM_UP\" ] && exit 0\n{body}\n");
        fs::write(&file, script).unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o755)).unwrap();
        // Another test thread may fork while the script is open for writing, and
        // its child holds the file open until it runs its own program ("text file
        // busy"); wait until the script can run.
        for _ in 0..100 {
            match Command::new(&file).env("WARM_UP", "1").output() {
                Err(e) if e.kind() == ErrorKind::ExecutableFileBusy => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                _ => break,
            }
        }
        self
    }

    /// An `lpstat` whose scheduler runs, with these printers and default answer.
    fn lpstat(self, printers: &str, default: &str) -> Self {
        self.command(
            "lpstat",
            &format!(
                "case \"$1\" in\n  -r) echo 'scheduler is running' ;;\n  -e) printf '{printers}' ;;\n  -d) echo '{default}' ;;\nesac"
            ),
        )
    }

    fn service(&self) -> Result<PrintService, PrintError> {
        PrintService::find_in(self.0.as_os_str())
    }
}

impl Drop for FakePath {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn job() -> PrintJob {
    PrintJob {
        title: "kratom-risks".into(),
        paper: Paper::A4,
        sides: Sides::TwoSidedLongEdge,
    }
}

/// The message and hint as the command line prints them.
fn explained(error: &PrintError) -> String {
    format!("{error} {}", error.hint())
}

#[test]
fn without_lp_and_lpstat_there_is_no_print_service() {
    let empty = FakePath::new();
    let error = empty.service().unwrap_err();
    assert!(matches!(error, PrintError::NoPrintService), "{error:?}");
    let text = explained(&error);
    assert!(
        text.starts_with("Printing from the desk is not available here yet")
            && text.ends_with("Save the PDF and print it from your PDF viewer."),
        "{text}"
    );
    // `lpstat` alone is not a print service the desk can use.
    let half = FakePath::new().lpstat("", "");
    assert!(matches!(half.service(), Err(PrintError::NoPrintService)));
}

#[test]
fn a_service_with_no_printer_says_so_and_what_to_do() {
    let fake = FakePath::new()
        .lpstat("", "no system default destination")
        .command("lp", "exit 1");
    let service = fake.service().unwrap();
    let printers = service.printers().unwrap();
    assert!(printers.names.is_empty());
    let error = printers.choose(None).unwrap_err();
    assert_eq!(
        explained(&error),
        "No printer is set up on this computer. Save the PDF and print it from your PDF viewer, or ask IT to add a printer."
    );
}

#[test]
fn a_stopped_scheduler_is_not_mistaken_for_no_printer() {
    // A stopped CUPS lists no printers and exits 0, just as an empty one does.
    let fake = FakePath::new()
        .command(
            "lpstat",
            "case \"$1\" in -r) echo 'scheduler is not running' ;; esac",
        )
        .command("lp", "exit 1");
    let error = fake.service().unwrap().printers().unwrap_err();
    assert!(matches!(error, PrintError::ServiceNotRunning), "{error:?}");
    assert!(explained(&error).contains("ask IT to start the print service"));
}

#[test]
fn lists_printers_and_the_default() {
    let fake = FakePath::new()
        .lpstat(
            "Front_Desk\\nHandoutPDF\\n",
            "system default destination: HandoutPDF",
        )
        .command("lp", "exit 1");
    let printers = fake.service().unwrap().printers().unwrap();
    assert_eq!(printers.names, ["Front_Desk", "HandoutPDF"]);
    assert_eq!(printers.default.as_deref(), Some("HandoutPDF"));
}

#[test]
fn prints_the_exact_bytes_with_paper_and_sides_then_removes_the_file() {
    let fake = FakePath::new().lpstat("Front_Desk\\n", "no system default destination");
    let log = fake.0.join("lp-args");
    let copy = fake.0.join("printed.pdf");
    // Records each argument on a line, keeps a copy of the file (the last argument).
    let fake = fake.command(
        "lp",
        &format!(
            "for a in \"$@\"; do echo \"$a\" >> '{}'; last=\"$a\"; done\ncp \"$last\" '{}'\necho 'request id is Front_Desk-7 (1 file(s))'",
            log.display(),
            copy.display()
        ),
    );
    let service = fake.service().unwrap();
    let printers = service.printers().unwrap();
    let printer = printers.choose(None).unwrap();
    let pdf = b"%PDF-1.7\nexact bytes\n%%EOF\n";
    let printed = service.print_pdf(pdf, printer, &job()).unwrap();
    assert_eq!(
        printed,
        Printed {
            printer: "Front_Desk".into(),
            job_id: Some("Front_Desk-7".into())
        }
    );
    assert_eq!(fs::read(&copy).unwrap(), pdf);
    let args = fs::read_to_string(&log).unwrap();
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(
        args[..8],
        [
            "-d",
            "Front_Desk",
            "-o",
            "media=A4",
            "-o",
            "sides=two-sided-long-edge",
            "-t",
            "kratom-risks"
        ]
    );
    let temp = Path::new(args[8]);
    assert!(temp.is_absolute(), "{temp:?}");
    assert!(!temp.exists(), "the temporary PDF is removed: {temp:?}");
}

#[test]
fn a_refused_job_says_what_the_service_said() {
    let fake = FakePath::new().lpstat("Front_Desk\\n", "").command(
        "lp",
        "echo 'lp: Error - The printer or class does not exist.' >&2; exit 1",
    );
    let error = fake
        .service()
        .unwrap()
        .print_pdf(b"%PDF", "Front_Desk", &job())
        .unwrap_err();
    assert!(matches!(error, PrintError::Refused { .. }), "{error:?}");
    let text = explained(&error);
    assert!(
        text.contains("Front_Desk") && text.contains("The printer or class does not exist"),
        "{text}"
    );
}

#[test]
fn a_hung_print_service_is_given_up_on_in_bounded_time() {
    // `exec`, so killing the command stops the sleep too.
    let fake = FakePath::new()
        .command("lpstat", "exec sleep 30")
        .command("lp", "exec sleep 30");
    let service = fake
        .service()
        .unwrap()
        .with_timeout(std::time::Duration::from_millis(300));
    let started = std::time::Instant::now();
    let error = service.printers().unwrap_err();
    assert!(matches!(error, PrintError::TimedOut { .. }), "{error:?}");
    let error = service
        .print_pdf(b"%PDF", "Front_Desk", &job())
        .unwrap_err();
    assert!(matches!(error, PrintError::TimedOut { .. }), "{error:?}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert!(
        explained(&error).contains("did not answer"),
        "{}",
        explained(&error)
    );
}

#[test]
fn output_held_open_by_a_background_child_does_not_stall_the_answer() {
    // The command answers and exits, but leaves a child holding its output open.
    let fake = FakePath::new()
        .command(
            "lpstat",
            "case \"$1\" in\n  -r) echo 'scheduler is running'; sleep 3 & ;;\n  -e) echo Front_Desk ;;\n  -d) echo 'no system default destination' ;;\nesac",
        )
        .command("lp", "exit 1");
    let service = fake
        .service()
        .unwrap()
        .with_timeout(std::time::Duration::from_millis(500));
    let started = std::time::Instant::now();
    // The scheduler's answer may be cut short by the deadline, but it never waits
    // for the background child's 3 seconds.
    let _ = service.printers();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

/// The Windows route, driven on any system: `find_for("windows", …)` picks a
/// stand-in `powershell.exe` from the folder given as the `PATH`.
mod windows_route {
    use super::*;
    use crate::print::windows::{
        LIST_SCRIPT, NO_PRINT_VERB, PDF_VAR, PRINT_SCRIPT, PRINTER_VAR, WAIT_VAR, powershell_args,
    };

    fn windows(fake: &FakePath) -> Result<PrintService, PrintError> {
        PrintService::find_for("windows", fake.0.as_os_str())
    }

    /// Each argument of the last run, one a line.
    fn args_of(fake: &FakePath) -> Vec<String> {
        fs::read_to_string(fake.0.join("args"))
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    fn expected(script: &str) -> Vec<String> {
        powershell_args(script)
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    /// A `powershell.exe` that records its arguments, then runs `body`.
    fn powershell(body: &str) -> FakePath {
        let fake = FakePath::new();
        let log = fake.0.join("args");
        fake.command(
            "powershell.exe",
            &format!(
                "rm -f '{log}'; for a in \"$@\"; do echo \"$a\" >> '{log}'; done\n{body}",
                log = log.display()
            ),
        )
    }

    #[test]
    fn windows_uses_powershell_and_other_systems_cups() {
        let fake = powershell("exit 0");
        assert!(windows(&fake).is_ok());
        // The same folder on Linux: no `lpstat` or `lp`, no print service.
        let error = PrintService::find_for("linux", fake.0.as_os_str()).unwrap_err();
        assert!(matches!(error, PrintError::NoPrintService));
        let empty = FakePath::new();
        if std::env::var_os("SystemRoot").is_none() {
            assert!(matches!(windows(&empty), Err(PrintError::NoPrintService)));
        }
    }

    #[test]
    fn lists_printers_and_the_default_from_get_printer() {
        let fake = powershell(
            "printf 'default\\tFront Desk\\r\\nprinter\\tMicrosoft Print to PDF\\r\\nprinter\\tFront Desk\\r\\n'",
        );
        let printers = windows(&fake).unwrap().printers().unwrap();
        assert_eq!(printers.names, ["Microsoft Print to PDF", "Front Desk"]);
        assert_eq!(printers.default.as_deref(), Some("Front Desk"));
        assert_eq!(args_of(&fake), expected(LIST_SCRIPT));
    }

    #[test]
    fn prints_the_exact_file_with_the_printto_verb_then_removes_it() {
        let fake = FakePath::new();
        let seen = fake.0.join("seen");
        let copy = fake.0.join("printed.pdf");
        let log = fake.0.join("args");
        let fake = fake.command(
            "powershell.exe",
            &format!(
                "rm -f '{log}'; for a in \"$@\"; do echo \"$a\" >> '{log}'; done\n\
                 printf '%s\\n%s\\n%s\\n' \"${PDF_VAR}\" \"${PRINTER_VAR}\" \"${WAIT_VAR}\" > '{seen}'\n\
                 cp \"${PDF_VAR}\" '{copy}'",
                log = log.display(),
                seen = seen.display(),
                copy = copy.display(),
            ),
        );
        let pdf = b"%PDF-1.7\nexact bytes\n%%EOF\n";
        let printed = windows(&fake)
            .unwrap()
            .print_pdf(pdf, "Nurse's Desk", &job())
            .unwrap();
        assert_eq!(
            printed,
            Printed {
                printer: "Nurse's Desk".into(),
                job_id: None
            }
        );
        assert_eq!(fs::read(&copy).unwrap(), pdf);
        assert_eq!(args_of(&fake), expected(PRINT_SCRIPT));
        let seen = fs::read_to_string(&seen).unwrap();
        let seen: Vec<&str> = seen.lines().collect();
        let temp = Path::new(seen[0]);
        assert!(temp.is_absolute(), "{temp:?}");
        assert!(!temp.exists(), "the temporary PDF is removed: {temp:?}");
        assert_eq!(seen[1..], ["\"Nurse's Desk\"", "10000"]);
    }

    #[test]
    fn a_pdf_app_without_a_print_verb_is_named_as_the_cause() {
        let fake = powershell(&format!(
            "echo 'The default app for PDF files has no PrintTo action (it has: open).' >&2; exit {NO_PRINT_VERB}"
        ));
        let error = windows(&fake)
            .unwrap()
            .print_pdf(b"%PDF", "Front Desk", &job())
            .unwrap_err();
        assert!(matches!(error, PrintError::NoPrintVerb { .. }), "{error:?}");
        let text = explained(&error);
        assert!(text.contains("offers no Print action"), "{text}");
        assert!(
            text.contains("has no PrintTo action (it has: open)"),
            "{text}"
        );
        assert!(text.contains("default app for PDF files"), "{text}");
    }

    #[test]
    fn a_failed_verb_or_listing_says_what_powershell_said() {
        let fake = powershell(
            "echo 'No application is associated with the specified file for this operation' >&2; exit 1",
        );
        let service = windows(&fake).unwrap();
        let error = service
            .print_pdf(b"%PDF", "Front Desk", &job())
            .unwrap_err();
        assert!(matches!(error, PrintError::Refused { .. }), "{error:?}");
        assert!(error.to_string().contains("No application is associated"));
        let error = service.printers().unwrap_err();
        assert!(matches!(error, PrintError::Query { .. }), "{error:?}");
    }

    #[test]
    fn a_printer_name_with_a_quote_is_refused_before_anything_runs() {
        let fake = powershell("exit 0");
        let error = windows(&fake)
            .unwrap()
            .print_pdf(b"%PDF", "Front\" /x \"", &job())
            .unwrap_err();
        assert!(matches!(error, PrintError::Refused { .. }), "{error:?}");
        assert!(!fake.0.join("args").exists(), "PowerShell was not run");
    }
}
