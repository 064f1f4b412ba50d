//! `print` and `printers`: a handout on paper from the command line, through
//! the system print service (see [`crate::print`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::PrintArgs;
use crate::cli::commands::{HandoutInputs, draft_note, find_handout, print_desk_warnings};
use crate::cli::open::open_desk;
use crate::compose::PatientEntries;
use crate::print::{PrintError, PrintJob, PrintService, Sides};

/// Prints one handout: the PDF `export` would write with the same options and
/// the same checks first, through a temporary file removed once the print
/// service has it. The handout log gets its line only when the print service
/// took the job.
pub fn print(
    args: &PrintArgs,
    templates_dirs: &[PathBuf],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let desk = open_desk(templates_dirs)?;
    let loaded = find_handout(&args.handout, &desk, "printing")?;
    let key = loaded.key();
    let inputs = HandoutInputs::read(&args.handout, &desk)?;
    // The printer is checked before the PDF is made: a desk with no printer
    // says so at once.
    let service = PrintService::find().map_err(explained)?;
    let printers = service.printers().map_err(explained)?;
    let printer = printers
        .choose(args.printer.as_deref())
        .map_err(explained)?;
    let patient = PatientEntries::none();
    // The path is not written: the PDF is made in memory.
    let made = desk.export_bytes(&inputs.job(&key, Path::new(""), &patient))?;
    let job = PrintJob {
        title: loaded.template.id.clone(),
        paper: inputs.options().page.paper,
        sides: if args.two_sided {
            Sides::TwoSidedLongEdge
        } else {
            Sides::OneSided
        },
    };
    let printed = service
        .print_pdf(&made.pdf, printer, &job)
        .map_err(explained)?;
    if let Some(e) = desk.log_handout(loaded, inputs.options()) {
        eprintln!("handout-desk: warning: {e}");
    }
    print_desk_warnings(&made.warnings);
    let pages = made.pages;
    writeln!(
        out,
        "Sent {} ({} page{}) to the printer {}{}",
        loaded.template.id,
        pages,
        if pages == 1 { "" } else { "s" },
        printed.printer,
        printed
            .job_id
            .map_or_else(String::new, |id| format!(" as job {id}"))
    )?;
    draft_note(loaded, out)
}

/// Lists the printers, one per line, the default marked.
pub fn printers(out: &mut impl Write) -> anyhow::Result<()> {
    let service = PrintService::find().map_err(explained)?;
    let printers = service.printers().map_err(explained)?;
    if printers.names.is_empty() {
        return Err(explained(PrintError::NoPrinter));
    }
    for name in &printers.names {
        let default = printers.default.as_deref() == Some(name.as_str());
        writeln!(out, "{name}{}", if default { "  (default)" } else { "" })?;
    }
    Ok(())
}

/// A print problem as the command line shows every problem: what is wrong,
/// then a hint line.
fn explained(error: PrintError) -> anyhow::Error {
    let hint = error.hint();
    anyhow::anyhow!("{error}\n  hint: {hint}")
}
