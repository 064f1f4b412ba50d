//! What every command does first: open this desk, and say what could not be
//! read on the way (as warnings: a command goes on without it).

use std::path::PathBuf;

use crate::date::Date;
use crate::desk::Desk;
use crate::problem::Problem;
use crate::storage::Storage;

/// This desk's data folder, its configuration, sign-offs, templates (with
/// `templates_dirs` too) and profile, on today's date.
/// ([`StorageError::NoHome`](crate::storage::StorageError::NoHome) says all
/// there is to say when there is no data folder.)
pub fn open_desk(templates_dirs: &[PathBuf]) -> anyhow::Result<Desk> {
    let storage = Storage::locate()?;
    let (desk, problems) = Desk::open(Some(storage), templates_dirs.to_vec(), Date::today());
    print_warnings(problems.iter());
    Ok(desk)
}

/// Prints problems that stop nothing on standard error, one `warning:` each.
pub fn print_warnings<'p>(problems: impl Iterator<Item = &'p Problem>) {
    for p in problems {
        eprintln!("handout-desk: {}", p.as_list_item());
    }
}
