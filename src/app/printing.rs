//! Printing from the desk app: the print dialog's state, the print service's
//! work off the UI thread, and what the actions about printing do.
//!
//! The PDF sent to the printer is the one Save PDF writes, made by the same
//! [`crate::desk::Desk::export_bytes`] with the same checks first. Asking for
//! printers and sending the job run on threads of their own ([`PrintWorker`]),
//! so a print service that is slow or hangs never stops the desk from drawing
//! (see [`crate::app::print_worker`]).

mod failure;

use std::path::Path;

pub use failure::PrintFailure;

use crate::app::action::refusal_headline;
use crate::app::i18n::Texts;
use crate::app::print_worker::{PrintEvent, PrintWorker, Printing};
use crate::app::state::{AppState, MessageKind, StatusMessage};
use crate::compose::HandoutOptions;
use crate::desk::{DeskError, ExportJob};
use crate::page_setup::PrintFormat;
use crate::print::{PrintJob, Printed, PrinterList, Sides};
use crate::problem::Problem;
use crate::template::TemplateKey;

/// What the print dialog knows of the printers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PrinterLookup {
    /// Not asked yet.
    #[default]
    NotAsked,
    /// Asked; the answer has not come back.
    Looking,
    /// The print service answered (the list may be empty).
    Found(PrinterList),
    /// There is no print service, or it did not answer.
    Unavailable(PrintFailure),
}

/// The print dialog.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrintDialog {
    /// Whether it is showing.
    pub open: bool,
    /// The printers, as far as they are known.
    pub printers: PrinterLookup,
    /// The printer chosen; kept while the app runs, never saved.
    pub chosen: Option<String>,
    /// Whether a handout (not a card sheet, which always is) prints on both sides.
    pub two_sided: bool,
    /// Whether a job is on its way to the print service.
    pub sending: bool,
    /// Why the last job failed.
    pub failure: Option<PrintFailure>,
    /// What stopped the handout before printing, each with its field or block.
    pub problems: Vec<Problem>,
}

impl PrintDialog {
    /// How the sheets will print: wallet cards always on both sides, turned on
    /// the long edge, so each card's back sits behind its front.
    pub fn sides(&self, format: PrintFormat) -> Sides {
        match format {
            PrintFormat::WalletCard => Sides::TwoSidedLongEdge,
            PrintFormat::Standard | PrintFormat::LargePrint if self.two_sided => {
                Sides::TwoSidedLongEdge
            }
            PrintFormat::Standard | PrintFormat::LargePrint => Sides::OneSided,
        }
    }

    /// The printer a job would go to, when it is one the service listed.
    pub fn printer(&self) -> Option<&str> {
        let PrinterLookup::Found(list) = &self.printers else {
            return None;
        };
        let chosen = self.chosen.as_deref()?;
        list.names.iter().any(|n| n == chosen).then_some(chosen)
    }
}

/// Opens the print dialog and asks for the printers afresh (one may have been
/// added since).
pub fn open(state: &mut AppState, worker: &PrintWorker) {
    if state.print.open {
        return;
    }
    state.print.open = true;
    state.print.failure = None;
    state.print.problems.clear();
    look_for_printers(state, worker);
}

/// Asks the print service for its printers.
pub fn look_for_printers(state: &mut AppState, worker: &PrintWorker) {
    state.print.printers = PrinterLookup::Looking;
    worker.look_for_printers();
}

/// Makes the chosen handout's PDF, as Save PDF would, and sends it to the
/// chosen printer. What stops it stays in the dialog.
pub fn print(state: &mut AppState, worker: &PrintWorker) {
    if state.print.sending {
        return;
    }
    let Some(printer) = state.print.printer().map(str::to_owned) else {
        return;
    };
    let Some(key) = state.selected.clone() else {
        return;
    };
    let options = state.options();
    state.print.failure = None;
    state.print.problems.clear();
    let job = ExportJob {
        template: &key,
        // Not written: the PDF is made in memory.
        path: Path::new(""),
        created: state.today(),
        patient: state.patient_entries(),
        profile: None,
        options: None,
    };
    let made = state.desk.export_bytes(&job);
    match made {
        Ok(made) => {
            let print_job = PrintJob {
                // Seen by anyone at the printer: the handout's id, nothing typed.
                title: key.id.clone(),
                paper: options.page.paper,
                sides: state.print.sides(options.page.format),
            };
            let then = Printing {
                template: key,
                pages: made.pages,
                options,
            };
            state.print.sending = true;
            worker.print(made.pdf, printer, print_job, then);
        }
        Err(e @ DeskError::Refused { .. }) => {
            state.print.problems = e.problems().to_vec();
            let text = refusal_headline(Texts::of(state), &e);
            state.say(StatusMessage::new(MessageKind::Error, text));
        }
        Err(e) => {
            let failure = PrintFailure::NotMade {
                detail: e.to_string(),
            };
            let text = failure.sentences(Texts::of(state));
            state.say(StatusMessage::new(MessageKind::Error, text));
            state.print.failure = Some(failure);
        }
    }
}

/// Takes an answer from the print service: the printers to choose from, or
/// how a job went. A job the service took is logged like an export.
pub fn answered(state: &mut AppState, event: PrintEvent) {
    match event {
        PrintEvent::Printers(Ok(list)) => {
            let keep = state
                .print
                .chosen
                .as_deref()
                .filter(|c| list.names.iter().any(|n| n == c))
                .map(str::to_owned);
            state.print.chosen = keep.or_else(|| list.choose(None).ok().map(str::to_owned));
            state.print.printers = PrinterLookup::Found(list);
        }
        PrintEvent::Printers(Err(failure)) => {
            state.print.printers = PrinterLookup::Unavailable(failure);
        }
        PrintEvent::Printed {
            result,
            template,
            options,
            pages,
        } => {
            state.print.sending = false;
            match result {
                Ok(printed) => {
                    sent(state, &printed, &template, &options, pages);
                    state.print.open = false;
                }
                Err(failure) => {
                    let t = Texts::of(state);
                    let text = t.tr_args(
                        "notice-not-printed",
                        &[("reason", failure.sentences(t).into())],
                    );
                    state.say(StatusMessage::new(MessageKind::Error, text));
                    state.print.failure = Some(failure);
                }
            }
        }
    }
}

/// Logs a printed handout and says where it went.
fn sent(
    state: &mut AppState,
    printed: &Printed,
    template: &TemplateKey,
    options: &HandoutOptions,
    pages: usize,
) {
    let log_error = match state.desk.template(template) {
        Ok(loaded) => state
            .desk
            .log_handout(loaded, options)
            .map(|e| e.to_string()),
        Err(e) => Some(e.to_string()),
    };
    let t = Texts::of(state);
    if let Some(e) = log_error {
        let text = t.tr_args("notice-print-log-failed", &[("detail", e.into())]);
        state.say(StatusMessage::new(MessageKind::Warning, text));
    }
    let title = state
        .desk
        .template(template)
        .map_or_else(|_| template.id.clone(), |t| t.template.title.clone());
    let mut args = vec![
        ("title", title.into()),
        ("pages", pages.into()),
        ("printer", printed.printer.as_str().into()),
    ];
    let id = match printed.job_id.as_deref() {
        Some(job) => {
            args.push(("job", job.into()));
            "notice-printed-job"
        }
        None => "notice-printed",
    };
    let text = t.tr_args(id, &args);
    state.say(StatusMessage::new(MessageKind::Success, text));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::Settings;
    use crate::date::Date;
    use crate::desk::Desk;

    fn state() -> AppState {
        let (desk, _) = Desk::open(None, Vec::new(), Date::parse("2026-11-22").unwrap());
        AppState::new(desk, Settings::default())
    }

    fn list(names: &[&str], default: Option<&str>) -> PrinterList {
        PrinterList {
            names: names.iter().map(|n| n.to_string()).collect(),
            default: default.map(str::to_owned),
        }
    }

    #[test]
    fn cards_always_print_long_edge_duplex_handouts_as_chosen() {
        let mut dialog = PrintDialog::default();
        assert_eq!(dialog.sides(PrintFormat::Standard), Sides::OneSided);
        assert_eq!(
            dialog.sides(PrintFormat::WalletCard),
            Sides::TwoSidedLongEdge
        );
        dialog.two_sided = true;
        assert_eq!(
            dialog.sides(PrintFormat::LargePrint),
            Sides::TwoSidedLongEdge
        );
    }

    #[test]
    fn the_chosen_printer_stays_chosen_while_it_is_listed() {
        let mut state = state();
        answered(
            &mut state,
            PrintEvent::Printers(Ok(list(&["A", "B"], Some("B")))),
        );
        assert_eq!(state.print.printer(), Some("B"), "the default first");
        state.print.chosen = Some("A".into());
        answered(
            &mut state,
            PrintEvent::Printers(Ok(list(&["A", "B"], Some("B")))),
        );
        assert_eq!(state.print.printer(), Some("A"), "looking again keeps it");
        answered(
            &mut state,
            PrintEvent::Printers(Ok(list(&["B", "C"], None))),
        );
        assert_eq!(
            state.print.printer(),
            None,
            "gone, and no default to fall back on"
        );
    }

    #[test]
    fn a_failed_job_keeps_the_dialog_open_and_says_why() {
        let mut state = state();
        state.print.open = true;
        state.print.sending = true;
        let failure = PrintFailure::from(&crate::print::PrintError::NoPrinter);
        answered(
            &mut state,
            PrintEvent::Printed {
                result: Err(failure.clone()),
                template: TemplateKey::new("kratom-risks", "en-US"),
                options: HandoutOptions::default(),
                pages: 4,
            },
        );
        assert!(state.print.open && !state.print.sending);
        assert_eq!(state.print.failure, Some(failure));
        let said = &state.messages.last().unwrap().text;
        assert!(
            said.starts_with("Not printed: No printer is set up"),
            "{said}"
        );
    }
}
