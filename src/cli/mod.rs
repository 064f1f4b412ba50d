//! The command line: `list`, `export`, `check`, `approve`, `pack` and `log`. The desk app starts when no
//! command is given.

mod args;
pub mod check;
mod clinic;
mod commands;
mod desk;

pub use args::{ApproveArgs, Args, Command, ExportArgs, HELP, UsageError, parse_args};
pub use check::{CheckFormat, check_paths};
pub use clinic::{approve, log, pack_export, pack_import};
pub use commands::{export, list};
pub use desk::Desk;
