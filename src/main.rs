//! `handout-desk`: the desk app, or the command line when given a command.

use std::io::Write;
use std::process::ExitCode;

use handout_desk::cli::{self, Command};

fn main() -> ExitCode {
    let args = match cli::parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("handout-desk: {e}");
            return ExitCode::from(2);
        }
    };
    let mut stdout = std::io::stdout().lock();
    let result = match &args.command {
        Command::Help => writeln!(stdout, "{}", cli::HELP)
            .map(|_| true)
            .map_err(anyhow::Error::from),
        Command::Version => writeln!(stdout, "handout-desk {}", env!("CARGO_PKG_VERSION"))
            .map(|_| true)
            .map_err(anyhow::Error::from),
        Command::List => cli::list(&args.templates_dirs, &mut stdout),
        Command::Export(export) => {
            cli::export(export, &args.templates_dirs, &mut stdout).map(|()| true)
        }
        Command::Approve(approve) => {
            cli::approve(approve, &args.templates_dirs, &mut stdout).map(|()| true)
        }
        Command::PackExport { out } => cli::pack_export(out, &mut stdout).map(|()| true),
        Command::PackImport { file, dry_run } => {
            cli::pack_import(file, *dry_run, &mut stdout).map(|()| true)
        }
        Command::Log { csv } => cli::log(*csv, &mut stdout).map(|()| true),
        Command::Check { paths, format } => {
            cli::check_paths(paths, *format, &mut stdout).map_err(anyhow::Error::from)
        }
        Command::Gui => handout_desk::app::run(args.templates_dirs.clone())
            .map(|()| true)
            .map_err(|e| anyhow::anyhow!("cannot open the desk app's window: {e}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("handout-desk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
