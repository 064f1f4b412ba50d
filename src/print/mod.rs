//! Printing from the desk: the system print service, its printers, and an
//! exported PDF sent to one of them exactly as it was saved.
//!
//! - `backend`: the [`PrintBackend`] trait the desk app holds, and
//!   [`SystemPrinting`], the real one;
//! - `service`: finds the print service (CUPS, through `lpstat` and `lp`) and
//!   runs it;
//! - `cups`: the commands' arguments and answers as text (paper, sides, the
//!   printer list), tested without a print service;
//! - `error`: what went wrong and what to do, for the command line and the app;
//! - `temp_pdf`: the short-lived file `lp` reads.
//!
//! Where there is no print service (Windows, for now) every call ends in
//! [`PrintError::NoPrintService`], whose hint is Save PDF.

mod backend;
mod cups;
mod error;
mod service;
mod temp_pdf;

pub use backend::{PrintBackend, SystemPrinting};
pub use cups::{PrintJob, PrinterList, Sides};
pub use error::PrintError;
pub use service::{COMMAND_TIMEOUT, PrintService, Printed, print_pdf};

#[cfg(test)]
mod tests;
