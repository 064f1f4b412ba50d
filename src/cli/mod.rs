//! The command line: `list`, `export`, `check`, `approve`, `pack` and `log`. The desk app starts when no
//! command is given. Parsing ([`parse_args`]) and running (the command functions) are
//! separate: `main.rs` matches the parsed [`Command`] and calls one function.

mod args;
mod broken_pipe;
pub mod check;
mod clinic;
mod commands;
mod desk;

pub use args::{ApproveArgs, Args, Command, ExportArgs, PackCommand, parse_args};
pub use broken_pipe::is_broken_pipe;
pub use check::{CheckFormat, check_paths};
pub use clinic::{approve, log, pack_export, pack_import};
pub use commands::{export, list};
pub use desk::Desk;
