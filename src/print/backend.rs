//! The print service as the desk app holds it: a trait, so the app can be
//! driven in tests by a stand-in that records what it was asked to print,
//! while the real desk prints through CUPS (or, on Windows, the shell's print
//! verb).

use std::fmt::Debug;

use super::{PrintError, PrintJob, PrintService, Printed, PrinterList};

/// Lists printers and prints PDF bytes. Called off the UI thread, so an
/// implementation may take its time (the system one waits at most
/// [`super::COMMAND_TIMEOUT`] a command).
pub trait PrintBackend: Send + Sync + Debug {
    /// The printers, and which one is the default.
    fn printers(&self) -> Result<PrinterList, PrintError>;

    /// Prints `pdf`, exactly these bytes, on `printer`.
    fn print_pdf(&self, pdf: &[u8], printer: &str, job: &PrintJob) -> Result<Printed, PrintError>;
}

/// The system's print service (CUPS, or PowerShell on Windows), looked for
/// afresh on each call: a print service installed or started while the desk is
/// open is found without a restart.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemPrinting;

impl PrintBackend for SystemPrinting {
    fn printers(&self) -> Result<PrinterList, PrintError> {
        PrintService::find()?.printers()
    }

    fn print_pdf(&self, pdf: &[u8], printer: &str, job: &PrintJob) -> Result<Printed, PrintError> {
        PrintService::find()?.print_pdf(pdf, printer, job)
    }
}
