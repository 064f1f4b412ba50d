//! The CUPS command line as text: the arguments given to `lp` and the answers
//! read from `lpstat` and `lp`. No process is run here, so every rule is tested
//! without a print service.
//!
//! The commands run under the C locale (see `service`), so their answers are
//! the English ones parsed here on every system.

use std::ffi::OsString;
use std::path::Path;

use crate::layout::Paper;

/// How the sheets are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sides {
    /// One page per sheet.
    #[default]
    OneSided,
    /// Both sides, turned on the long edge, so a back page sits behind its
    /// front on a portrait sheet (wallet cards, two-page handouts).
    TwoSidedLongEdge,
}

/// How to print one PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintJob {
    /// The job's name in the printer queue, seen by anyone at the printer:
    /// the handout's id or title, never anything typed with a patient.
    pub title: String,
    /// The paper the PDF was laid out for; the printer is asked for the same.
    pub paper: Paper,
    /// One- or two-sided.
    pub sides: Sides,
}

/// The printers the print service knows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrinterList {
    /// Printer names as `lp -d` takes them, in the service's order.
    pub names: Vec<String>,
    /// The default printer, when one is set and it is in `names`.
    pub default: Option<String>,
}

/// The `media` value CUPS knows each paper by.
fn media(paper: Paper) -> &'static str {
    match paper {
        Paper::Letter => "Letter",
        Paper::A4 => "A4",
    }
}

/// The `sides` value of the IPP standard that CUPS takes.
fn sides(sides: Sides) -> &'static str {
    match sides {
        Sides::OneSided => "one-sided",
        Sides::TwoSidedLongEdge => "two-sided-long-edge",
    }
}

/// The arguments of `lp` that print `file` on `printer`. Each is a separate
/// argument (no shell reads them). No scaling option is given: the PDF is laid
/// out for the paper asked for, so it prints at its exact size.
pub(crate) fn lp_args(printer: &str, job: &PrintJob, file: &Path) -> Vec<OsString> {
    // The title shows in queue listings, one line each.
    let title: String = job.title.chars().filter(|c| !c.is_control()).collect();
    let mut args: Vec<OsString> = [
        "-d",
        printer,
        "-o",
        &format!("media={}", media(job.paper)),
        "-o",
        &format!("sides={}", sides(job.sides)),
        "-t",
        &title,
    ]
    .into_iter()
    .map(OsString::from)
    .collect();
    args.push(file.as_os_str().to_owned());
    args
}

/// Whether `lpstat -r` says the scheduler answers ("scheduler is running").
pub(crate) fn scheduler_is_running(lpstat_r: &str) -> bool {
    lpstat_r
        .lines()
        .any(|line| line.trim() == "scheduler is running")
}

/// The printer names in `lpstat -e`'s answer: one per line, `name` or
/// `name/instance`.
pub(crate) fn printer_names(lpstat_e: &str) -> Vec<String> {
    lpstat_e
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The default printer in `lpstat -d`'s answer ("system default destination:
/// NAME", or "no system default destination").
pub(crate) fn default_printer(lpstat_d: &str) -> Option<String> {
    lpstat_d.lines().find_map(|line| {
        let name = line
            .trim()
            .strip_prefix("system default destination:")?
            .trim();
        (!name.is_empty()).then(|| name.to_owned())
    })
}

/// The job id in `lp`'s answer ("request id is NAME-12 (1 file(s))").
pub(crate) fn job_id(lp_out: &str) -> Option<String> {
    lp_out.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("request id is ")?;
        rest.split_whitespace().next().map(str::to_owned)
    })
}

impl PrinterList {
    /// Reads the answers of `lpstat -e` and `lpstat -d`. A default that is not
    /// among the printers (a stale setting) counts as none.
    pub(crate) fn parse(lpstat_e: &str, lpstat_d: &str) -> Self {
        let names = printer_names(lpstat_e);
        let default = default_printer(lpstat_d).filter(|d| names.contains(d));
        Self { names, default }
    }

    /// The printer to print on: `requested` when given (it must exist), else the
    /// default, else the only printer there is.
    pub fn choose(&self, requested: Option<&str>) -> Result<&str, super::PrintError> {
        use super::PrintError;
        if self.names.is_empty() {
            return Err(PrintError::NoPrinter);
        }
        if let Some(name) = requested {
            return self
                .names
                .iter()
                .find(|n| n.as_str() == name)
                .map(String::as_str)
                .ok_or_else(|| PrintError::UnknownPrinter {
                    name: name.to_owned(),
                    available: self.names.clone(),
                });
        }
        match (&self.default, self.names.as_slice()) {
            (Some(default), _) => Ok(default),
            (None, [only]) => Ok(only),
            (None, _) => Err(PrintError::NoDefaultPrinter {
                available: self.names.clone(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::PrintError;

    #[test]
    fn lp_gets_each_option_as_its_own_argument() {
        let job = PrintJob {
            title: "kratom-risks".into(),
            paper: Paper::A4,
            sides: Sides::TwoSidedLongEdge,
        };
        let args = lp_args("Front Desk", &job, Path::new("/tmp/a b.pdf"));
        assert_eq!(
            args,
            [
                "-d",
                "Front Desk",
                "-o",
                "media=A4",
                "-o",
                "sides=two-sided-long-edge",
                "-t",
                "kratom-risks",
                "/tmp/a b.pdf"
            ]
            .map(OsString::from)
        );
        let letter = PrintJob {
            paper: Paper::Letter,
            sides: Sides::OneSided,
            ..job
        };
        let args = lp_args("P", &letter, Path::new("x.pdf"));
        assert!(args.contains(&"media=Letter".into()) && args.contains(&"sides=one-sided".into()));
    }

    #[test]
    fn reads_lpstat_answers() {
        assert!(scheduler_is_running("scheduler is running\n"));
        assert!(!scheduler_is_running("scheduler is not running\n"));
        let list = PrinterList::parse(
            "Front_Desk\nHandoutPDF\nHandoutPDF/duplex\n\n",
            "system default destination: HandoutPDF\n",
        );
        assert_eq!(
            list.names,
            ["Front_Desk", "HandoutPDF", "HandoutPDF/duplex"]
        );
        assert_eq!(list.default.as_deref(), Some("HandoutPDF"));
        let none = PrinterList::parse("Front_Desk\n", "no system default destination\n");
        assert_eq!(none.default, None);
        let stale = PrinterList::parse("Front_Desk\n", "system default destination: Gone\n");
        assert_eq!(stale.default, None, "a default that is not there is none");
        assert_eq!(
            job_id("request id is HandoutPDF-12 (1 file(s))\n").as_deref(),
            Some("HandoutPDF-12")
        );
        assert_eq!(job_id("something else"), None);
    }

    #[test]
    fn chooses_the_named_the_default_or_the_only_printer() {
        let two = PrinterList {
            names: vec!["A".into(), "B".into()],
            default: Some("B".into()),
        };
        assert_eq!(two.choose(None).unwrap(), "B");
        assert_eq!(two.choose(Some("A")).unwrap(), "A");
        assert!(matches!(
            two.choose(Some("C")),
            Err(PrintError::UnknownPrinter { name, available }) if name == "C" && available == ["A", "B"]
        ));
        let no_default = PrinterList {
            default: None,
            ..two
        };
        assert!(matches!(
            no_default.choose(None),
            Err(PrintError::NoDefaultPrinter { .. })
        ));
        let one = PrinterList {
            names: vec!["Only".into()],
            default: None,
        };
        assert_eq!(one.choose(None).unwrap(), "Only");
        assert!(matches!(
            PrinterList::default().choose(Some("A")),
            Err(PrintError::NoPrinter)
        ));
    }
}
