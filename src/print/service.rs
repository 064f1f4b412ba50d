//! The system print service, found on the `PATH` and run as commands.
//!
//! CUPS (Linux, macOS and other Unix systems) is driven through its command
//! line, `lpstat` and `lp`: a stable interface every CUPS installation has,
//! that needs no C library at build time and fails with a message rather than
//! a missing symbol. Each command gets its arguments one by one (no shell) and
//! runs under the C locale, so its answers read the same everywhere.
//!
//! Where the commands are missing (Windows, or a machine without CUPS) the
//! service is [`PrintError::NoPrintService`], and the desk offers Save PDF.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::PrintError;
use super::cups::{self, PrintJob, PrinterList};
use super::temp_pdf::TempPdf;

/// A print service that answers: its `lpstat` and `lp` commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintService {
    lpstat: PathBuf,
    lp: PathBuf,
}

/// A job the print service took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    /// The printer it went to.
    pub printer: String,
    /// The print service's id for it ("HandoutPDF-12"), when `lp` said one.
    pub job_id: Option<String>,
}

impl PrintService {
    /// Finds the print service on this process's `PATH`.
    pub fn find() -> Result<Self, PrintError> {
        Self::find_in(&std::env::var_os("PATH").unwrap_or_default())
    }

    /// Finds the print service in the folders of `path` (a `PATH`-style list).
    pub fn find_in(path: &OsStr) -> Result<Self, PrintError> {
        let lpstat = find_program("lpstat", path).ok_or(PrintError::NoPrintService)?;
        let lp = find_program("lp", path).ok_or(PrintError::NoPrintService)?;
        Ok(Self { lpstat, lp })
    }

    /// The printers, and which one is the default. A service that does not
    /// answer is [`PrintError::ServiceNotRunning`]: `lpstat -e` alone lists no
    /// printers then, which would read as "no printer is set up".
    pub fn printers(&self) -> Result<PrinterList, PrintError> {
        let running = run(&self.lpstat, ["-r"])?;
        if !cups::scheduler_is_running(&String::from_utf8_lossy(&running.stdout)) {
            return Err(PrintError::ServiceNotRunning);
        }
        let names = answer(run(&self.lpstat, ["-e"])?)?;
        // `lpstat -d` exits 0 with "no system default destination" when none is set.
        let default = answer(run(&self.lpstat, ["-d"])?)?;
        Ok(PrinterList::parse(&names, &default))
    }

    /// Prints the PDF file `file` on `printer`, exactly as it is.
    pub fn print_file(
        &self,
        file: &Path,
        printer: &str,
        job: &PrintJob,
    ) -> Result<Printed, PrintError> {
        // An absolute path: a file named "-x.pdf" must not read as an option.
        let file = std::path::absolute(file).map_err(|source| PrintError::Run {
            program: self.lp.clone(),
            source,
        })?;
        let output = run(&self.lp, cups::lp_args(printer, job, &file))?;
        if !output.status.success() {
            return Err(PrintError::Refused {
                printer: printer.to_owned(),
                detail: said(&output),
            });
        }
        Ok(Printed {
            printer: printer.to_owned(),
            job_id: cups::job_id(&String::from_utf8_lossy(&output.stdout)),
        })
    }

    /// Prints the PDF bytes `pdf` on `printer`, through a temporary file that is
    /// removed before this returns.
    pub fn print_pdf(
        &self,
        pdf: &[u8],
        printer: &str,
        job: &PrintJob,
    ) -> Result<Printed, PrintError> {
        let temp = TempPdf::write(&std::env::temp_dir(), pdf)?;
        self.print_file(temp.path(), printer, job)
    }
}

/// Prints `pdf` on the printer named `requested`, or on the default printer:
/// finds the print service, checks the printer and sends the job.
pub fn print_pdf(
    pdf: &[u8],
    requested: Option<&str>,
    job: &PrintJob,
) -> Result<Printed, PrintError> {
    let service = PrintService::find()?;
    let printers = service.printers()?;
    let printer = printers.choose(requested)?;
    service.print_pdf(pdf, printer, job)
}

/// The first file called `name` in the folders of `path`.
fn find_program(name: &str, path: &OsStr) -> Option<PathBuf> {
    std::env::split_paths(path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Runs `program` with `args` under the C locale, with no input.
fn run<I, S>(program: &Path, args: I) -> Result<Output, PrintError>
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    Command::new(program)
        .args(args.into_iter().map(Into::into))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .stdin(Stdio::null())
        .output()
        .map_err(|source| PrintError::Run {
            program: program.to_owned(),
            source,
        })
}

/// A successful command's standard output, or what it said when it failed.
fn answer(output: Output) -> Result<String, PrintError> {
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(PrintError::Query {
            detail: said(&output),
        })
    }
}

/// What a failed command said: its error output, else its output, else its status.
fn said(output: &Output) -> String {
    [&output.stderr, &output.stdout]
        .into_iter()
        .map(|bytes| String::from_utf8_lossy(bytes).trim().to_owned())
        .find(|text| !text.is_empty())
        .unwrap_or_else(|| format!("it ended with {}", output.status))
}
