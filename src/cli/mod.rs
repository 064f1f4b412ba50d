//! The command line: `list`, `export` and `check`. The desk app starts when no
//! command is given.

mod args;
mod check;
mod commands;

pub use args::{Args, Command, ExportArgs, HELP, UsageError, parse_args};
pub use check::check_paths;
pub use commands::{export, list};
