//! The print service's work off the UI thread: asking for printers and
//! sending a job each run on a thread of their own, and their answers come
//! back as [`PrintEvent`]s for [`crate::app::action::apply`], like any other
//! action. A print service that is slow or hangs never stops the desk drawing.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use crate::app::printing::PrintFailure;
use crate::compose::HandoutOptions;
use crate::print::{PrintBackend, PrintJob, Printed, PrinterList};
use crate::template::TemplateKey;

/// An answer from the print service, carried back to the UI thread.
#[derive(Debug, Clone, PartialEq)]
pub enum PrintEvent {
    /// The printers, or why there are none to choose.
    Printers(Result<PrinterList, PrintFailure>),
    /// How a job went, with what is needed to log the handout.
    Printed {
        /// The print service's answer.
        result: Result<Printed, PrintFailure>,
        /// The handout printed.
        template: TemplateKey,
        /// The options it was made with.
        options: HandoutOptions,
        /// Its pages.
        pages: usize,
    },
}

/// The print service, and its answers on their way back to the UI thread.
#[derive(Debug)]
pub struct PrintWorker {
    backend: Arc<dyn PrintBackend>,
    sender: Sender<PrintEvent>,
    events: Receiver<PrintEvent>,
    ctx: egui::Context,
}

impl PrintWorker {
    /// Works with `backend`, waking `ctx` when an answer arrives.
    pub fn new(backend: Arc<dyn PrintBackend>, ctx: egui::Context) -> Self {
        let (sender, events) = mpsc::channel();
        Self {
            backend,
            sender,
            events,
            ctx,
        }
    }

    /// Asks for the printers, off the UI thread.
    pub fn look_for_printers(&self) {
        self.spawn(
            |backend| PrintEvent::Printers(backend.printers().map_err(|e| PrintFailure::from(&e))),
            |failure| PrintEvent::Printers(Err(failure)),
        );
    }

    /// Sends `pdf` to `printer`, off the UI thread; `then` says what was printed.
    pub fn print(&self, pdf: Vec<u8>, printer: String, job: PrintJob, then: Printing) {
        let answer =
            move |result: Result<Printed, PrintFailure>, then: Printing| PrintEvent::Printed {
                result,
                template: then.template,
                options: then.options,
                pages: then.pages,
            };
        let unsent = then.clone();
        self.spawn(
            move |backend| {
                let result = backend
                    .print_pdf(&pdf, &printer, &job)
                    .map_err(|e| PrintFailure::from(&e));
                answer(result, then)
            },
            move |failure| answer(Err(failure), unsent),
        );
    }

    /// The answers that arrived since the last call.
    pub fn poll(&self) -> Vec<PrintEvent> {
        self.events.try_iter().collect()
    }

    /// Runs `work` on a thread of its own and sends its answer back; when no
    /// thread can be started, sends `no_thread`'s answer at once, so the
    /// dialog never waits for an answer that will not come.
    fn spawn(
        &self,
        work: impl FnOnce(&dyn PrintBackend) -> PrintEvent + Send + 'static,
        no_thread: impl FnOnce(PrintFailure) -> PrintEvent,
    ) {
        let backend = Arc::clone(&self.backend);
        let sender = self.sender.clone();
        let ctx = self.ctx.clone();
        let spawned = thread::Builder::new().name("print".into()).spawn(move || {
            let _ = sender.send(work(backend.as_ref()));
            ctx.request_repaint();
        });
        if let Err(e) = spawned {
            let failure = PrintFailure::NoThread {
                detail: e.to_string(),
            };
            let _ = self.sender.send(no_thread(failure));
        }
    }
}

/// What a job printed, for the handout log.
#[derive(Debug, Clone)]
pub struct Printing {
    /// The handout.
    pub template: TemplateKey,
    /// The options it was made with.
    pub options: HandoutOptions,
    /// Its pages.
    pub pages: usize,
}
