//! The system print service, found on the `PATH` and run as commands.
//!
//! CUPS (Linux, macOS and other Unix systems) is driven through its command
//! line, `lpstat` and `lp`: a stable interface every CUPS installation has,
//! that needs no C library at build time and fails with a message rather than
//! a missing symbol. Each command gets its arguments one by one (no shell) and
//! runs under the C locale, so its answers read the same everywhere.
//!
//! On Windows (chosen at run time from `std::env::consts::OS`, so the same
//! code is compiled and tested everywhere) the service is Windows PowerShell:
//! `Get-Printer` lists the printers and the shell's `PrintTo` verb hands the
//! PDF to the default PDF app (see `windows`). This route is untested on
//! Windows itself.
//!
//! Where the commands are missing (a machine without CUPS, a Windows without
//! PowerShell) the service is [`PrintError::NoPrintService`], and the desk
//! offers Save PDF.
//!
//! Every command has a bounded wait ([`PrintService::with_timeout`]): a CUPS
//! that hangs (a stuck scheduler, a network printer that does not answer) ends
//! in [`PrintError::TimedOut`], never in a desk that waits for ever.

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use super::PrintError;
use super::cups::{self, PrintJob, PrinterList};
use super::temp_pdf::TempPdf;
use super::windows;

/// How long one `lpstat` or `lp` may take before the desk gives up on it. A
/// local CUPS answers in milliseconds; `lp` returns once the scheduler has
/// the file, not when the paper is out.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(20);

/// A print service that answers: CUPS's `lpstat` and `lp`, or on Windows
/// PowerShell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintService {
    route: Route,
    timeout: Duration,
}

/// The commands a print service is driven through.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Route {
    /// CUPS: `lpstat` lists, `lp` prints.
    Cups { lpstat: PathBuf, lp: PathBuf },
    /// Windows: `powershell.exe` lists the printers and runs the print verb.
    Windows { powershell: PathBuf },
}

/// How long the Windows route watches the PDF app it started before it stops
/// watching (the app is left to finish): inside [`COMMAND_TIMEOUT`], so the
/// PowerShell that watches is never the one stopped for hanging.
const PDF_APP_WAIT: Duration = Duration::from_secs(10);

/// A job the print service took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    /// The printer it went to.
    pub printer: String,
    /// The print service's id for it ("HandoutPDF-12"), when `lp` said one.
    pub job_id: Option<String>,
}

impl PrintService {
    /// Finds this system's print service on this process's `PATH`: PowerShell
    /// on Windows, CUPS elsewhere.
    pub fn find() -> Result<Self, PrintError> {
        let path = std::env::var_os("PATH").unwrap_or_default();
        Self::find_for(std::env::consts::OS, &path)
    }

    /// Finds the print service of the system `os` (as `std::env::consts::OS`
    /// names it) in the folders of `path`: on `"windows"` Windows PowerShell,
    /// also looked for in its fixed place under `%SystemRoot%`.
    pub fn find_for(os: &str, path: &OsStr) -> Result<Self, PrintError> {
        if os != "windows" {
            return Self::find_in(path);
        }
        let fixed = std::env::var_os("SystemRoot")
            .map(|root| Path::new(&root).join(r"System32\WindowsPowerShell\v1.0\powershell.exe"));
        let powershell = find_program("powershell.exe", path)
            .or_else(|| fixed.filter(|p| p.is_file()))
            .ok_or(PrintError::NoPrintService)?;
        Ok(Self {
            route: Route::Windows { powershell },
            timeout: COMMAND_TIMEOUT,
        })
    }

    /// Finds CUPS in the folders of `path` (a `PATH`-style list).
    pub fn find_in(path: &OsStr) -> Result<Self, PrintError> {
        let lpstat = find_program("lpstat", path).ok_or(PrintError::NoPrintService)?;
        let lp = find_program("lp", path).ok_or(PrintError::NoPrintService)?;
        Ok(Self {
            route: Route::Cups { lpstat, lp },
            timeout: COMMAND_TIMEOUT,
        })
    }

    /// The same service, giving each command at most `timeout`.
    pub fn with_timeout(self, timeout: Duration) -> Self {
        Self { timeout, ..self }
    }

    /// The printers, and which one is the default. A service that does not
    /// answer is [`PrintError::ServiceNotRunning`]: `lpstat -e` alone lists no
    /// printers then, which would read as "no printer is set up".
    pub fn printers(&self) -> Result<PrinterList, PrintError> {
        let lpstat = match &self.route {
            Route::Cups { lpstat, .. } => lpstat,
            Route::Windows { powershell } => {
                let args = windows::powershell_args(windows::LIST_SCRIPT);
                let listed = answer(self.run(powershell, args, [])?)?;
                return Ok(windows::parse_printers(&listed));
            }
        };
        let running = self.run(lpstat, ["-r"], [])?;
        if !cups::scheduler_is_running(&String::from_utf8_lossy(&running.stdout)) {
            return Err(PrintError::ServiceNotRunning);
        }
        let names = answer(self.run(lpstat, ["-e"], [])?)?;
        // `lpstat -d` exits 0 with "no system default destination" when none is set.
        let default = answer(self.run(lpstat, ["-d"], [])?)?;
        Ok(PrinterList::parse(&names, &default))
    }

    /// Prints the PDF file `file` on `printer`, exactly as it is.
    pub fn print_file(
        &self,
        file: &Path,
        printer: &str,
        job: &PrintJob,
    ) -> Result<Printed, PrintError> {
        let program = match &self.route {
            Route::Cups { lp, .. } => lp,
            Route::Windows { powershell } => powershell,
        };
        // An absolute path: a file named "-x.pdf" must not read as an option,
        // and the PDF app the shell starts has a working folder of its own.
        let file = std::path::absolute(file).map_err(|source| PrintError::Run {
            program: program.clone(),
            source,
        })?;
        let output = match &self.route {
            Route::Cups { lp, .. } => self.run(lp, cups::lp_args(printer, job, &file), [])?,
            Route::Windows { powershell } => {
                let env = windows::print_env(&file, Some(printer), PDF_APP_WAIT)?;
                let args = windows::powershell_args(windows::PRINT_SCRIPT);
                let output = self.run(powershell, args, env)?;
                if output.status.code() == Some(windows::NO_PRINT_VERB) {
                    return Err(PrintError::NoPrintVerb {
                        detail: said(&output),
                    });
                }
                output
            }
        };
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

    /// Runs `program` with `args` and the variables `env` under the C locale,
    /// with no input, for at most this service's timeout.
    fn run<I, S, E>(&self, program: &Path, args: I, env: E) -> Result<Output, PrintError>
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
        E: IntoIterator<Item = (&'static str, OsString)>,
    {
        let child = Command::new(program)
            .args(args.into_iter().map(Into::into))
            .env("LC_ALL", "C")
            .env("LANG", "C")
            .envs(env)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|source| PrintError::Run {
                program: program.to_owned(),
                source,
            })?;
        wait_bounded(child, program, self.timeout)
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

/// Waits for `child` for at most `timeout`, reading its output meanwhile (on
/// two threads, so a full pipe cannot stall it). On time out the child is
/// killed; the readers are left to end when the pipes close, as a child's own
/// children may hold them open a while longer.
fn wait_bounded(mut child: Child, program: &Path, timeout: Duration) -> Result<Output, PrintError> {
    let deadline = Instant::now() + timeout;
    let stdout = read_on_thread(child.stdout.take());
    let stderr = read_on_thread(child.stderr.take());
    let status = match wait_until(&mut child, deadline) {
        Ok(Some(status)) => status,
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(PrintError::TimedOut {
                program: program.to_owned(),
                after: timeout,
            });
        }
        Err(source) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(PrintError::Run {
                program: program.to_owned(),
                source,
            });
        }
    };
    // Output still held open by a grandchild is not waited for past the deadline.
    let rest = |reader: mpsc::Receiver<Vec<u8>>| {
        reader
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_default()
    };
    Ok(Output {
        status,
        stdout: rest(stdout),
        stderr: rest(stderr),
    })
}

/// The child's exit status, or `None` when it is still running at `deadline`.
fn wait_until(child: &mut Child, deadline: Instant) -> std::io::Result<Option<ExitStatus>> {
    // Short sleeps first: a local CUPS answers within a few milliseconds.
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(25));
    }
}

/// Reads `pipe` to its end on a thread of its own; the bytes arrive on the
/// returned channel (none if the pipe is missing or cannot be read).
fn read_on_thread(pipe: Option<impl Read + Send + 'static>) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    if let Some(mut pipe) = pipe {
        let spawned = thread::Builder::new()
            .name("print-output".into())
            .spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                let _ = sender.send(bytes);
            });
        // No thread: the output is lost, the exit status still counts.
        drop(spawned);
    } else {
        let _ = sender.send(Vec::new());
    }
    receiver
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
