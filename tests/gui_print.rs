//! Print from the desk app, driven by accessible labels with a stand-in print
//! service that records what it is sent: the bytes are the PDF Save PDF
//! writes, cards go two-sided, a desk with no printer says so plainly, and a
//! print service that hangs does not stop the desk from drawing.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use common::gui::{clear_text, click, replace_text, select_template};
use common::tempdir::TempDir;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use handout_desk::app::printing::PrinterLookup;
use handout_desk::app::state::AppState;
use handout_desk::app::{AppConfig, DeskApp};
use handout_desk::date::Date;
use handout_desk::page_setup::{Paper, PrintFormat};
use handout_desk::print::{PrintBackend, PrintError, PrintJob, Printed, PrinterList, Sides};
use handout_desk::storage::Storage;

const TODAY: &str = "2026-11-22";

/// What the stand-in print service answers.
#[derive(Debug, Clone)]
enum Answer {
    /// These printers, the first the default.
    Printers(Vec<&'static str>),
    /// No print service on this computer.
    NoService,
}

/// A print service that records each job; its printer list can be held back
/// until [`FakePrinting::release`] to play a print service that hangs.
#[derive(Debug)]
struct FakePrinting {
    answer: Answer,
    jobs: Mutex<Vec<(Vec<u8>, String, PrintJob)>>,
    held: Mutex<bool>,
    released: Condvar,
}

impl FakePrinting {
    fn new(answer: Answer) -> Arc<Self> {
        Arc::new(Self {
            answer,
            jobs: Mutex::new(Vec::new()),
            held: Mutex::new(false),
            released: Condvar::new(),
        })
    }

    fn hold(&self) {
        *self.held.lock().unwrap() = true;
    }

    fn release(&self) {
        *self.held.lock().unwrap() = false;
        self.released.notify_all();
    }

    fn jobs(&self) -> Vec<(Vec<u8>, String, PrintJob)> {
        self.jobs.lock().unwrap().clone()
    }
}

impl PrintBackend for FakePrinting {
    fn printers(&self) -> Result<PrinterList, PrintError> {
        let mut held = self.held.lock().unwrap();
        while *held {
            held = self.released.wait(held).unwrap();
        }
        match &self.answer {
            Answer::NoService => Err(PrintError::NoPrintService),
            Answer::Printers(names) => Ok(PrinterList {
                names: names.iter().map(|n| n.to_string()).collect(),
                default: names.first().map(|n| n.to_string()),
            }),
        }
    }

    fn print_pdf(&self, pdf: &[u8], printer: &str, job: &PrintJob) -> Result<Printed, PrintError> {
        self.jobs
            .lock()
            .unwrap()
            .push((pdf.to_vec(), printer.to_owned(), job.clone()));
        Ok(Printed {
            printer: printer.to_owned(),
            job_id: Some(format!("{printer}-7")),
        })
    }
}

/// The desk app keeping its files in `data`, printing through `printing`.
fn desk(data: &TempDir, printing: Arc<FakePrinting>) -> Harness<'static, DeskApp> {
    // The lead view, past the first-run setup: the layout these tests were written for.
    std::fs::write(
        data.path().join("settings.ron"),
        "(view: Lead, welcome_dismissed: true)",
    )
    .expect("write the settings");
    let config = AppConfig {
        storage: Some(Storage::in_dir(data.path())),
        templates_dirs: Vec::new(),
        today: Some(Date::parse(TODAY).unwrap()),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1360.0, 900.0))
        .build_eframe(move |cc| DeskApp::new(&cc.egui_ctx, config).with_print_backend(printing));
    harness.run();
    harness
}

/// Runs frames until `done` holds (answers arrive from another thread).
fn wait_for(harness: &mut Harness<'_, DeskApp>, what: &str, done: impl Fn(&AppState) -> bool) {
    let started = Instant::now();
    while !done(harness.state().state()) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    harness.run();
}

fn printers_listed(state: &AppState) -> bool {
    !matches!(
        state.print.printers,
        PrinterLookup::NotAsked | PrinterLookup::Looking
    )
}

fn log_lines(data: &TempDir) -> usize {
    std::fs::read_to_string(Storage::in_dir(data.path()).handout_log_path())
        .map_or(0, |log| log.lines().count())
}

#[test]
fn print_sends_the_exact_pdf_save_pdf_writes_and_logs_it() {
    let data = TempDir::new();
    let out = TempDir::new();
    let printing = FakePrinting::new(Answer::Printers(vec!["Front_Desk", "Back_Office"]));
    let mut harness = desk(&data, Arc::clone(&printing));
    select_template(&mut harness, "Kratom");

    // Save PDF first, for the bytes to compare with.
    click(&mut harness, "Export PDF…");
    let saved = out.path().join("kratom.pdf");
    replace_text(&mut harness, "Save to", &saved.display().to_string());
    click(&mut harness, "Save PDF");
    let saved = std::fs::read(&saved).unwrap();
    let logged = log_lines(&data);

    click(&mut harness, "Print…");
    assert!(harness.state().state().print.open, "Print opens the dialog");
    wait_for(&mut harness, "the printers", printers_listed);
    assert_eq!(
        harness.state().state().print.chosen.as_deref(),
        Some("Front_Desk"),
        "the default printer is chosen"
    );
    click(&mut harness, "Print");
    wait_for(&mut harness, "the job", |s| !s.print.sending);

    let jobs = printing.jobs();
    assert_eq!(jobs.len(), 1);
    let (pdf, printer, job) = &jobs[0];
    assert!(pdf == &saved, "the printed bytes are the saved PDF's");
    assert_eq!(printer, "Front_Desk");
    assert_eq!(job.paper, Paper::Letter);
    assert_eq!(job.sides, Sides::OneSided);
    assert_eq!(job.title, "kratom-risks", "nothing typed reaches the queue");

    let state = harness.state().state();
    assert!(!state.print.open, "the dialog closes once the job is taken");
    let message = &state.messages.last().unwrap().text;
    assert!(
        message.contains("to the printer Front_Desk as job Front_Desk-7"),
        "{message}"
    );
    assert_eq!(
        log_lines(&data),
        logged + 1,
        "printing is logged like an export"
    );
}

#[test]
fn wallet_cards_print_on_both_sides_with_qr_codes_kept_per_handout() {
    let data = TempDir::new();
    let printing = FakePrinting::new(Answer::Printers(vec!["Front_Desk"]));
    let mut harness = desk(&data, Arc::clone(&printing));
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Wallet cards");
    click(&mut harness, "QR codes");
    let options = harness.state().state().options();
    assert_eq!(options.page.format, PrintFormat::WalletCard);
    assert!(options.qr_codes);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::P);
    harness.run();
    wait_for(&mut harness, "the printers", printers_listed);
    // Ctrl+P again prints, as Print does.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::P);
    harness.run();
    wait_for(&mut harness, "the job", |s| !s.print.sending);
    let jobs = printing.jobs();
    assert_eq!(jobs.len(), 1);
    let (pdf, _, job) = &jobs[0];
    assert_eq!(
        job.sides,
        Sides::TwoSidedLongEdge,
        "card backs behind fronts"
    );
    let pages = lopdf::Document::load_mem(pdf).unwrap().get_pages().len();
    assert_eq!(pages, 2, "one sheet of card fronts and one of backs");

    // The choices are the handout's, saved with the desk, not with a patient.
    harness.state_mut().save_now();
    let config =
        std::fs::read_to_string(Storage::in_dir(data.path()).config_dir().join("desk.ron"))
            .unwrap();
    assert!(config.contains("qr_codes: true"), "{config}");
    assert!(config.contains("WalletCard"), "{config}");
}

#[test]
fn no_printer_and_no_print_service_are_said_plainly() {
    let data = TempDir::new();
    let printing = FakePrinting::new(Answer::Printers(vec![]));
    let mut harness = desk(&data, Arc::clone(&printing));
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Print…");
    wait_for(&mut harness, "the printers", printers_listed);
    assert!(
        harness
            .query_by_label("No printer is set up on this computer.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label(
                "Save the PDF and print it from your PDF viewer, or ask IT to add a printer."
            )
            .is_some()
    );
    assert!(
        harness.get_by_label("Print").accesskit_node().is_disabled(),
        "nothing to print on"
    );

    let data = TempDir::new();
    let printing = FakePrinting::new(Answer::NoService);
    let mut harness = desk(&data, Arc::clone(&printing));
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Print…");
    wait_for(&mut harness, "the printers", printers_listed);
    let said = PrintError::NoPrintService.to_string();
    assert!(said.starts_with("Printing from the desk is not available here yet"));
    assert!(harness.query_by_label(&said).is_some());
    click(&mut harness, "Save PDF instead…");
    let state = harness.state().state();
    assert!(
        !state.print.open && state.export.open,
        "Save PDF takes over"
    );
    assert!(printing.jobs().is_empty());
}

#[test]
fn a_print_service_that_hangs_does_not_freeze_the_desk() {
    let data = TempDir::new();
    let printing = FakePrinting::new(Answer::Printers(vec!["Front_Desk"]));
    printing.hold();
    let mut harness = desk(&data, Arc::clone(&printing));
    select_template(&mut harness, "Kratom");
    let started = Instant::now();
    click(&mut harness, "Print…");
    for _ in 0..20 {
        harness.step();
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "frames go on while the print service does not answer"
    );
    assert!(harness.query_by_label("Looking for printers…").is_some());
    // The rest of the desk still works: the dialog closes.
    click(&mut harness, "Cancel");
    assert!(!harness.state().state().print.open);
    printing.release();
    click(&mut harness, "Print…");
    wait_for(
        &mut harness,
        "the printers",
        |s| matches!(&s.print.printers, PrinterLookup::Found(l) if !l.names.is_empty()),
    );
}

#[test]
fn a_handout_with_problems_is_not_printed_and_the_problems_are_listed() {
    let data = TempDir::new();
    let printing = FakePrinting::new(Answer::Printers(vec!["Front_Desk"]));
    let mut harness = desk(&data, Arc::clone(&printing));
    select_template(&mut harness, "Kratom");
    // No clinic name to print: the pre-flight refuses it.
    clear_text(&mut harness, "Clinic name");
    click(&mut harness, "Print…");
    wait_for(&mut harness, "the printers", printers_listed);
    click(&mut harness, "Print");
    let state = harness.state().state();
    assert!(
        !state.print.problems.is_empty(),
        "the pre-flight refused it"
    );
    assert!(state.print.open && !state.print.sending);
    assert!(harness.query_by_label("To fix first").is_some());
    assert!(printing.jobs().is_empty(), "nothing reached the printer");
}
