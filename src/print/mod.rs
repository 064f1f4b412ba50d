//! Printing from the desk: the system print service, its printers, and an
//! exported PDF sent to one of them exactly as it was saved.
//!
//! - `backend`: the [`PrintBackend`] trait the desk app holds, and
//!   [`SystemPrinting`], the real one;
//! - `service`: finds the print service (CUPS, through `lpstat` and `lp`; on
//!   Windows, PowerShell and the shell's print verb, chosen at run time) and
//!   runs it;
//! - `cups`: the commands' arguments and answers as text (paper, sides, the
//!   printer list), tested without a print service;
//! - `error`: what went wrong and what to do, for the command line and the app;
//! - `windows`: the PowerShell scripts, arguments and answers of the Windows
//!   route as text, tested without Windows;
//! - `temp_pdf`: the short-lived file `lp` (or the PDF app) reads.
//!
//! Where there is no print service every call ends in
//! [`PrintError::NoPrintService`], whose hint is Save PDF. The Windows route
//! is untested on Windows itself.

mod backend;
mod cups;
mod error;
mod service;
mod temp_pdf;
mod windows;

pub use backend::{PrintBackend, SystemPrinting};
pub use cups::{PrintJob, PrinterList, Sides};
pub use error::PrintError;
pub use service::{COMMAND_TIMEOUT, PrintService, Printed, print_pdf};

#[cfg(test)]
mod tests;
