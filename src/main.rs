//! `handout-desk`: the desk app, or the command line when given a command.

use std::process::ExitCode;

use handout_desk::cli::{self, Command, PackCommand};

fn main() -> ExitCode {
    let args = match cli::parse_args(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(e) => {
            // Help and version go to standard output, mistakes to standard error.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let dirs = &args.templates_dirs;
    let Some(command) = &args.command else {
        return match handout_desk::app::run(dirs.clone()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("handout-desk: cannot open the desk app's window: {e}");
                ExitCode::FAILURE
            }
        };
    };
    let mut stdout = std::io::stdout().lock();
    let out = &mut stdout;
    let result = match command {
        Command::List => cli::list(dirs, out),
        Command::Export(export) => cli::export(export, dirs, out).map(|()| true),
        Command::Print(print) => cli::print(print, dirs, out).map(|()| true),
        Command::Printers => cli::printers(out).map(|()| true),
        Command::Approve(approve) => cli::approve(approve, dirs, out).map(|()| true),
        Command::Pack(PackCommand::Export { out: file }) => {
            cli::pack_export(file, out).map(|()| true)
        }
        Command::Pack(PackCommand::Import { file, dry_run }) => {
            cli::pack_import(file, *dry_run, out).map(|()| true)
        }
        Command::Log { csv } => cli::log(*csv, out).map(|()| true),
        Command::Check { paths, format } => {
            cli::check_paths(paths, *format, out).map_err(anyhow::Error::from)
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("handout-desk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
