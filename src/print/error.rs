//! Why a handout could not be printed, in words a clinician can act on.

use std::io;
use std::path::PathBuf;
use std::time::Duration;

/// What to do whenever the desk cannot print: the PDF is always there to save.
const SAVE_INSTEAD: &str = "Save the PDF and print it from your PDF viewer.";

/// Why printing failed. The message ([`std::fmt::Display`]) says what is wrong
/// and [`PrintError::hint`] what to do, as two sentences the command line and
/// the desk app both show.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// No print service here: no CUPS commands on the `PATH` (or, on Windows,
    /// no Windows PowerShell).
    #[error(
        "Printing from the desk is not available here yet: this computer has no print service the desk can use (CUPS's `lpstat` and `lp` commands, or on Windows, Windows PowerShell)."
    )]
    NoPrintService,
    /// On Windows: the default app for PDF files registers no print verb
    /// (`PrintTo`, or `Print` for the default printer), so the shell cannot
    /// hand it the PDF. Microsoft Edge, the usual default, registers neither.
    #[error(
        "Windows cannot print PDF files from the desk: the default app for PDF files on this computer offers no Print action ({detail})"
    )]
    NoPrintVerb {
        /// What the check of the file's verbs said.
        detail: String,
    },
    /// CUPS is installed but its scheduler does not answer.
    #[error("The print service (CUPS) on this computer is not running.")]
    ServiceNotRunning,
    /// The print service knows no printer.
    #[error("No printer is set up on this computer.")]
    NoPrinter,
    /// The printer asked for is not one the print service knows.
    #[error("There is no printer named “{name}” on this computer.")]
    UnknownPrinter {
        /// The name asked for.
        name: String,
        /// The printers there are.
        available: Vec<String>,
    },
    /// No printer was named, there is no default and more than one to choose from.
    #[error("No printer was chosen, and this computer has no default printer.")]
    NoDefaultPrinter {
        /// The printers to choose from.
        available: Vec<String>,
    },
    /// A print command could not be started.
    #[error("Could not run {}: {source}.", program.display())]
    Run {
        /// The command.
        program: PathBuf,
        /// Why it did not start.
        source: io::Error,
    },
    /// A print command did not finish in time: the print service hangs.
    #[error("The print service did not answer within {} seconds ({} was stopped).", after.as_secs().max(1), program.display())]
    TimedOut {
        /// The command.
        program: PathBuf,
        /// How long it was given.
        after: Duration,
    },
    /// `lpstat` answered with an error.
    #[error("Could not ask the print service for its printers: {detail}")]
    Query {
        /// What `lpstat` said.
        detail: String,
    },
    /// `lp` did not take the job.
    #[error("The print service did not take the job for {printer}: {detail}")]
    Refused {
        /// The printer the job was for.
        printer: String,
        /// What `lp` said.
        detail: String,
    },
    /// The PDF to print could not be written to a temporary file.
    #[error("Could not write the PDF to print to {}: {source}.", path.display())]
    TempFile {
        /// The temporary file.
        path: PathBuf,
        /// Why it could not be written.
        source: io::Error,
    },
}

impl PrintError {
    /// What the clinician can do about it.
    pub fn hint(&self) -> String {
        match self {
            PrintError::NoPrintService | PrintError::Run { .. } | PrintError::TempFile { .. } => {
                SAVE_INSTEAD.to_owned()
            }
            PrintError::NoPrintVerb { .. } => {
                "Make a PDF reader that can print (one that shows Print when you right-click a PDF file) the default app for PDF files, or save the PDF and print it from your PDF viewer."
                    .to_owned()
            }
            PrintError::ServiceNotRunning => {
                "Save the PDF and print it from your PDF viewer, or ask IT to start the print service."
                    .to_owned()
            }
            PrintError::NoPrinter => {
                "Save the PDF and print it from your PDF viewer, or ask IT to add a printer."
                    .to_owned()
            }
            PrintError::UnknownPrinter { name, available } => {
                match strsim_closest(name, available) {
                    Some(close) => format!(
                        "Did you mean “{close}”? The printers here are: {}.",
                        available.join(", ")
                    ),
                    None => format!("The printers here are: {}.", available.join(", ")),
                }
            }
            PrintError::NoDefaultPrinter { available } => {
                format!("Choose one of: {}.", available.join(", "))
            }
            PrintError::TimedOut { .. } => {
                "Check that the printer is on and the print service is running, then try again; or save the PDF and print it from your PDF viewer."
                    .to_owned()
            }
            PrintError::Query { .. } => {
                "Check that the print service is running, or save the PDF and print it from your PDF viewer."
                    .to_owned()
            }
            PrintError::Refused { .. } => {
                "Check that the printer is on and ready, or save the PDF and print it from your PDF viewer."
                    .to_owned()
            }
        }
    }
}

/// The printer whose name is closest to a mistyped one, ignoring case
/// ("handoutpdf" for "HandoutPDF").
fn strsim_closest<'a>(name: &str, available: &'a [String]) -> Option<&'a str> {
    let wanted = name.to_lowercase();
    available
        .iter()
        .map(|p| (strsim::jaro_winkler(&wanted, &p.to_lowercase()), p))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p)| p.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistyped_printer_gets_the_closest_name() {
        let error = PrintError::UnknownPrinter {
            name: "front-dsk".into(),
            available: vec!["Front-Desk".into(), "Back_Office".into()],
        };
        assert_eq!(
            error.hint(),
            "Did you mean “Front-Desk”? The printers here are: Front-Desk, Back_Office."
        );
        let error = PrintError::UnknownPrinter {
            name: "lab".into(),
            available: vec!["Front-Desk".into()],
        };
        assert_eq!(error.hint(), "The printers here are: Front-Desk.");
    }
}
