//! Why printing failed, kept as what happened rather than as words, so the
//! print dialog and the status bar say it in the desk's language. The print
//! service's own answers (what `lp` or `lpstat` said, an operating-system
//! error) stay as they came, after a translated sentence.

use crate::app::i18n::Texts;
use crate::print::PrintError;

/// Why printing failed, as the dialog and the status bar show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintFailure {
    /// No print service on this computer (no CUPS commands).
    NoPrintService,
    /// On Windows, the default PDF app offers no print verb.
    NoPrintVerb {
        /// What the check of the file's verbs said.
        detail: String,
    },
    /// CUPS is installed but does not answer.
    ServiceNotRunning,
    /// The print service knows no printer.
    NoPrinter,
    /// The printer asked for is gone.
    UnknownPrinter {
        /// The name asked for.
        name: String,
        /// The printers there are.
        available: Vec<String>,
    },
    /// No printer chosen and no default.
    NoDefaultPrinter {
        /// The printers to choose from.
        available: Vec<String>,
    },
    /// A print command could not be started.
    Run {
        /// The command.
        program: String,
        /// Why, as the system said it.
        detail: String,
    },
    /// A print command did not finish in time.
    TimedOut {
        /// The command.
        program: String,
        /// How long it was given.
        seconds: u64,
    },
    /// The print service could not list its printers.
    Query {
        /// What it said.
        detail: String,
    },
    /// The print service did not take the job.
    Refused {
        /// The printer.
        printer: String,
        /// What it said.
        detail: String,
    },
    /// The PDF could not be written to a temporary file.
    TempFile {
        /// The file.
        path: String,
        /// Why, as the system said it.
        detail: String,
    },
    /// No thread could be started to talk to the print service.
    NoThread {
        /// Why, as the system said it.
        detail: String,
    },
    /// The PDF to print could not be made.
    NotMade {
        /// Why, as the library said it.
        detail: String,
    },
}

impl From<&PrintError> for PrintFailure {
    fn from(error: &PrintError) -> Self {
        match error {
            PrintError::NoPrintService => PrintFailure::NoPrintService,
            PrintError::NoPrintVerb { detail } => PrintFailure::NoPrintVerb {
                detail: detail.clone(),
            },
            PrintError::ServiceNotRunning => PrintFailure::ServiceNotRunning,
            PrintError::NoPrinter => PrintFailure::NoPrinter,
            PrintError::UnknownPrinter { name, available } => PrintFailure::UnknownPrinter {
                name: name.clone(),
                available: available.clone(),
            },
            PrintError::NoDefaultPrinter { available } => PrintFailure::NoDefaultPrinter {
                available: available.clone(),
            },
            PrintError::Run { program, source } => PrintFailure::Run {
                program: program.display().to_string(),
                detail: source.to_string(),
            },
            PrintError::TimedOut { program, after } => PrintFailure::TimedOut {
                program: program.display().to_string(),
                seconds: after.as_secs().max(1),
            },
            PrintError::Query { detail } => PrintFailure::Query {
                detail: detail.clone(),
            },
            PrintError::Refused { printer, detail } => PrintFailure::Refused {
                printer: printer.clone(),
                detail: detail.clone(),
            },
            PrintError::TempFile { path, source } => PrintFailure::TempFile {
                path: path.display().to_string(),
                detail: source.to_string(),
            },
        }
    }
}

impl PrintFailure {
    /// What is wrong, as a sentence in the desk's language.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            PrintFailure::NoPrintService => t.tr("print-failed-no-service"),
            PrintFailure::NoPrintVerb { detail } => t.tr_args(
                "print-failed-no-print-verb",
                &[("detail", detail.as_str().into())],
            ),
            PrintFailure::ServiceNotRunning => t.tr("print-failed-not-running"),
            PrintFailure::NoPrinter => t.tr("print-failed-no-printer"),
            PrintFailure::UnknownPrinter { name, .. } => {
                t.tr_args("print-failed-unknown", &[("name", name.as_str().into())])
            }
            PrintFailure::NoDefaultPrinter { .. } => t.tr("print-failed-no-default"),
            PrintFailure::Run { program, detail } => t.tr_args(
                "print-failed-run",
                &[
                    ("program", program.as_str().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            PrintFailure::TimedOut { program, seconds } => t.tr_args(
                "print-failed-timed-out",
                &[
                    ("program", program.as_str().into()),
                    ("seconds", (*seconds).into()),
                ],
            ),
            PrintFailure::Query { detail } => {
                t.tr_args("print-failed-query", &[("detail", detail.as_str().into())])
            }
            PrintFailure::Refused { printer, detail } => t.tr_args(
                "print-failed-refused",
                &[
                    ("printer", printer.as_str().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            PrintFailure::TempFile { path, detail } => t.tr_args(
                "print-failed-temp-file",
                &[
                    ("path", path.as_str().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            PrintFailure::NoThread { detail } => t.tr_args(
                "print-failed-no-thread",
                &[("detail", detail.as_str().into())],
            ),
            PrintFailure::NotMade { detail } => t.tr_args(
                "print-failed-not-made",
                &[("detail", detail.as_str().into())],
            ),
        }
    }

    /// What the clinician can do about it, in the desk's language.
    pub fn hint(&self, t: &Texts) -> String {
        match self {
            PrintFailure::NoPrintService
            | PrintFailure::Run { .. }
            | PrintFailure::TempFile { .. }
            | PrintFailure::NoThread { .. } => t.tr("print-hint-save-instead"),
            PrintFailure::NoPrintVerb { .. } => t.tr("print-hint-print-verb"),
            PrintFailure::ServiceNotRunning => t.tr("print-hint-start-service"),
            PrintFailure::NoPrinter => t.tr("print-hint-add-printer"),
            PrintFailure::UnknownPrinter { available, .. } => t.tr_args(
                "print-hint-printers-here",
                &[("printers", available.join(", ").into())],
            ),
            PrintFailure::NoDefaultPrinter { available } => t.tr_args(
                "print-hint-choose-one",
                &[("printers", available.join(", ").into())],
            ),
            PrintFailure::TimedOut { .. } => t.tr("print-hint-timed-out"),
            PrintFailure::Query { .. } => t.tr("print-hint-check-service"),
            PrintFailure::Refused { .. } => t.tr("print-hint-printer-ready"),
            PrintFailure::NotMade { .. } => t.tr("print-hint-unchanged"),
        }
    }

    /// The message and the hint, as one status-bar line.
    pub fn sentences(&self, t: &Texts) -> String {
        format!("{} {}", self.message(t), self.hint(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::DeskLanguage;

    /// The English desk says what the library says, so the command line and
    /// the desk read the same.
    #[test]
    fn in_english_the_desk_says_what_the_library_says() {
        let en = Texts::for_language(DeskLanguage::English);
        for error in [
            PrintError::NoPrintService,
            PrintError::NoPrintVerb {
                detail: "no PrintTo verb".into(),
            },
            PrintError::ServiceNotRunning,
            PrintError::NoPrinter,
            PrintError::NoDefaultPrinter {
                available: vec!["A".into(), "B".into()],
            },
            PrintError::Query {
                detail: "lpstat: gone".into(),
            },
            PrintError::Refused {
                printer: "A".into(),
                detail: "lp: stuck".into(),
            },
            PrintError::TimedOut {
                program: "lpstat".into(),
                after: std::time::Duration::from_secs(5),
            },
        ] {
            let failure = PrintFailure::from(&error);
            assert_eq!(failure.message(en), error.to_string());
            assert_eq!(failure.hint(en), error.hint());
        }
    }

    #[test]
    fn in_spanish_every_failure_is_in_spanish() {
        let es = Texts::for_language(DeskLanguage::Spanish);
        let failure = PrintFailure::from(&PrintError::NoPrinter);
        assert_eq!(
            failure.message(es),
            "No hay ninguna impresora configurada en esta computadora."
        );
        assert!(failure.hint(es).starts_with("Guarde el PDF"));
    }
}
