//! `print` and `printers`: a handout on paper from the command line, through
//! the system print service (see [`crate::print`]).

use std::io::Write;
use std::path::PathBuf;

use crate::cli::commands::{draft_note, find_handout, handout_inputs};
use crate::cli::{Desk, PrintArgs};
use crate::clinic::workspace;
use crate::export::{ExportError, export_pdf};
use crate::print::{PrintError, PrintJob, PrintService, Sides};

/// Prints one handout: the PDF `export` would write with the same options,
/// through a temporary file removed once the print service has it. The
/// handout log gets its line only when the print service took the job.
pub fn print(
    args: &PrintArgs,
    templates_dirs: &[PathBuf],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let desk = Desk::open(templates_dirs)?;
    let loaded = find_handout(&args.handout, &desk, "printing")?;
    let (profile, options, created) = handout_inputs(&args.handout, &desk)?;
    if let Some(problems) = workspace::blocking_problems(loaded) {
        return Err(ExportError::NeedsFixing(problems).into());
    }
    // The printer is checked before the PDF is made: a desk with no printer
    // says so at once.
    let service = PrintService::find().map_err(explained)?;
    let printers = service.printers().map_err(explained)?;
    let printer = printers
        .choose(args.printer.as_deref())
        .map_err(explained)?;
    let template = &loaded.template;
    let (pdf, pages) = export_pdf(template, &template.review, &profile, &options, created)?;
    let job = PrintJob {
        title: loaded.template.id.clone(),
        paper: options.page.paper,
        sides: if args.two_sided {
            Sides::TwoSidedLongEdge
        } else {
            Sides::OneSided
        },
    };
    let printed = service.print_pdf(&pdf, printer, &job).map_err(explained)?;
    if let Err(e) = workspace::log_handout(&desk.storage, loaded, &options) {
        eprintln!("handout-desk: warning: {e}");
    }
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
