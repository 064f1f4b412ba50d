//! The desk's own messages in Spanish (issue 13): with the desk switched to
//! Español by its accessible labels, the notices of the common actions —
//! saving a PDF (and to a folder that is not there), approving with no
//! reviewer or a bad date, printing with no printer or no print service, and
//! saving the clinic's details — are the Spanish ones, not English.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::gui::{self, click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::printing::PrinterLookup;
use handout_desk::app::state::AppState;
use handout_desk::app::{AppConfig, DeskApp};
use handout_desk::date::Date;
use handout_desk::print::{PrintBackend, PrintError, PrintJob, Printed, PrinterList};
use handout_desk::storage::Storage;

const TODAY: &str = "2026-11-22";
const SIZE: (f32, f32) = (1360.0, 900.0);

/// Display ▸ Español, as a person would choose it; the desk's words change.
fn switch_to_spanish(harness: &mut Harness<'_, DeskApp>) {
    gui::switch_to_spanish(harness);
    assert!(harness.query_by_label("Su clínica").is_some());
}

/// The newest status-bar message.
fn last_notice(harness: &Harness<'_, DeskApp>) -> String {
    harness
        .state()
        .state()
        .messages
        .last()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// English openings of the desk's notices that must not show in Spanish.
const ENGLISH: [&str; 8] = [
    "Saved the PDF",
    "The folder",
    "Not printed",
    "No printer is set up",
    "Save the PDF and print",
    "Printing from the desk",
    "Saved the details",
    "The reviewer's name",
];

fn assert_no_english(harness: &Harness<'_, DeskApp>) {
    for english in ENGLISH {
        assert!(
            harness.query_by_label_contains(english).is_none(),
            "“{english}…” is still in English"
        );
    }
}

#[test]
fn saving_a_pdf_says_so_in_spanish() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    switch_to_spanish(&mut harness);
    select_template(&mut harness, "Kratom");

    // A folder that is not there: said in Spanish, nothing saved.
    click(&mut harness, "Exportar PDF…");
    let missing = out.path().join("no-such-folder");
    let typed = missing.join("kratom.pdf");
    replace_text(&mut harness, "Guardar en", &typed.display().to_string());
    click(&mut harness, "Guardar PDF");
    let said = last_notice(&harness);
    assert_eq!(
        said,
        format!(
            "La carpeta {} no existe. Elija otra carpeta; no se guardó nada.",
            missing.display()
        )
    );
    assert!(!typed.exists());

    // Then a folder that is.
    let target = out.path().join("kratom.pdf");
    replace_text(&mut harness, "Guardar en", &target.display().to_string());
    click(&mut harness, "Guardar PDF");
    assert!(target.exists(), "the PDF is written");
    let said = last_notice(&harness);
    assert!(said.starts_with("Se guardó el PDF ("), "{said}");
    assert!(said.contains(" páginas) en "), "{said}");
    assert!(said.ends_with(&target.display().to_string()), "{said}");
    assert!(
        harness
            .query_by_label_contains("Se guardó el PDF")
            .is_some(),
        "shown in the status bar"
    );
    // The status bar's buttons too.
    assert!(harness.query_by_label("Abrir PDF").is_some());
    assert_no_english(&harness);
}

#[test]
fn approving_without_a_reviewer_or_with_a_bad_date_is_explained_in_spanish() {
    let data = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    switch_to_spanish(&mut harness);
    select_template(&mut harness, "Kratom: know the risks");
    click(&mut harness, "Aprobar para uso con pacientes…");
    // The dialog's fields are labelled in Spanish.
    for label in [
        "Nombre de quien revisa",
        "Cargo de quien revisa",
        "Fecha de aprobación",
        "Próxima revisión",
    ] {
        assert!(harness.query_by_label(label).is_some(), "“{label}”");
    }
    assert!(harness.query_by_label("Reviewer name").is_none());

    replace_text(&mut harness, "Cargo de quien revisa", "Director médico");
    click(&mut harness, "Aprobar");
    let error = harness.state().state().approve.error.clone();
    assert_eq!(
        error.as_deref(),
        Some(
            "Falta el nombre de quien revisa: escriba el nombre del profesional clínico que lo aprueba."
        )
    );
    assert!(
        harness
            .query_by_label_contains("Falta el nombre de quien revisa")
            .is_some(),
        "shown in the dialog"
    );

    replace_text(&mut harness, "Nombre de quien revisa", "Dra. Ana Rivera");
    replace_text(&mut harness, "Fecha de aprobación", "10/01/2026");
    click(&mut harness, "Aprobar");
    let error = harness.state().state().approve.error.clone();
    assert_eq!(
        error.as_deref(),
        Some(
            "Fecha de aprobación: “10/01/2026” no es una fecha. Escríbala como AAAA-MM-DD, por ejemplo 2026-12-01."
        )
    );

    replace_text(&mut harness, "Fecha de aprobación", TODAY);
    click(&mut harness, "Aprobar");
    let state = harness.state().state();
    assert!(!state.approve.open, "{:?}", state.approve.error);
    let said = last_notice(&harness);
    assert!(
        said.starts_with("“Kratom: know the risks” está aprobado para uso con pacientes por Dra. Ana Rivera, Director médico; próxima revisión: "),
        "{said}"
    );
    assert_no_english(&harness);
}

/// A print service with no printer, or none at all.
#[derive(Debug)]
struct NoPrinting {
    service: bool,
}

impl PrintBackend for NoPrinting {
    fn printers(&self) -> Result<PrinterList, PrintError> {
        if self.service {
            Ok(PrinterList {
                names: Vec::new(),
                default: None,
            })
        } else {
            Err(PrintError::NoPrintService)
        }
    }

    fn print_pdf(&self, _: &[u8], _: &str, _: &PrintJob) -> Result<Printed, PrintError> {
        Err(PrintError::NoPrinter)
    }
}

/// The lead's desk printing through `backend`.
fn desk_printing(data: &TempDir, backend: NoPrinting) -> Harness<'static, DeskApp> {
    std::fs::write(
        data.path().join("settings.ron"),
        "(view: Lead, welcome_dismissed: true)",
    )
    .unwrap();
    let config = AppConfig {
        storage: Some(Storage::in_dir(data.path())),
        templates_dirs: Vec::new(),
        today: Some(Date::parse(TODAY).unwrap()),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(SIZE.0, SIZE.1))
        .build_eframe(move |cc| {
            DeskApp::new(&cc.egui_ctx, config).with_print_backend(Arc::new(backend))
        });
    harness.run();
    harness
}

/// Runs frames until the print service has answered (it answers on another thread).
fn wait_for_printers(harness: &mut Harness<'_, DeskApp>) {
    let listed = |state: &AppState| {
        !matches!(
            state.print.printers,
            PrinterLookup::NotAsked | PrinterLookup::Looking
        )
    };
    let started = Instant::now();
    while !listed(harness.state().state()) {
        assert!(started.elapsed() < Duration::from_secs(10), "no answer");
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    harness.run();
}

#[test]
fn no_printer_and_no_print_service_are_said_in_spanish() {
    let data = TempDir::new();
    let mut harness = desk_printing(&data, NoPrinting { service: true });
    switch_to_spanish(&mut harness);
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Imprimir…");
    wait_for_printers(&mut harness);
    assert!(
        harness
            .query_by_label("No hay ninguna impresora configurada en esta computadora.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label(
                "Guarde el PDF e imprímalo desde su visor de PDF, o pida a soporte técnico que agregue una impresora."
            )
            .is_some()
    );
    assert!(harness.query_by_label("Guardar PDF en su lugar…").is_some());
    assert_no_english(&harness);

    let data = TempDir::new();
    let mut harness = desk_printing(&data, NoPrinting { service: false });
    switch_to_spanish(&mut harness);
    select_template(&mut harness, "Kratom");
    click(&mut harness, "Imprimir…");
    wait_for_printers(&mut harness);
    assert!(
        harness
            .query_by_label_contains("Todavía no se puede imprimir desde aquí")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Guarde el PDF e imprímalo desde su visor de PDF.")
            .is_some()
    );
    assert_no_english(&harness);
}

#[test]
fn saving_the_clinic_says_so_in_spanish() {
    let data = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], TODAY, SIZE);
    switch_to_spanish(&mut harness);
    click(&mut harness, "Vista clínica");
    click(&mut harness, "Editar clínica");
    assert!(harness.query_by_label("Configure su clínica").is_some());
    replace_text(&mut harness, "Nombre de la clínica", "Clínica Loma Verde");
    replace_text(&mut harness, "Teléfono", "(555) 010-4000");
    click(&mut harness, "Guardar los datos de la clínica");
    let said = last_notice(&harness);
    assert_eq!(
        said,
        "Se guardaron los datos de Clínica Loma Verde. Van en cada folleto."
    );
    assert!(
        harness
            .query_by_label_contains("Se guardaron los datos")
            .is_some()
    );
    assert_no_english(&harness);
}
