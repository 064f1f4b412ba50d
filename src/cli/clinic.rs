//! `approve`, `pack export`, `pack import` and `log`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::cli::ApproveArgs;
use crate::cli::desk::{Desk, locate_storage};
use crate::clinic::handout_log::{self, status_word};
use crate::clinic::pack::{
    DeskData, apply_import, pack_of_desk, plan_import, read_pack, write_pack,
};
use crate::clinic::sign_off::SignOff;
use crate::clinic::workspace;
use crate::date::Date;
use crate::strings::language_name;

/// Signs a template off for this clinic.
pub fn approve(
    args: &ApproveArgs,
    templates_dirs: &[PathBuf],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut desk = Desk::open(templates_dirs)?;
    let on = args.date.unwrap_or_else(Date::today);
    let key =
        workspace::find_in_language(&desk.library, &args.template, args.lang.as_deref())?.key();
    let sign_off = workspace::approve(
        &desk.storage,
        &mut desk.library,
        &mut desk.register,
        &key,
        |loaded| {
            SignOff::new(
                &loaded.template,
                &args.reviewer,
                &args.role,
                on,
                args.next_review,
            )
        },
    )?;
    writeln!(
        out,
        "Approved {} v{} in {} ({}) for patient use: {}, {}, on {}. Next review due {}.",
        sign_off.template_id,
        sign_off.version,
        language_name(&sign_off.language),
        sign_off.content_hash.short(),
        sign_off.reviewer,
        sign_off.role,
        sign_off.approved_on,
        sign_off.next_review_due
    )?;
    writeln!(
        out,
        "This sign-off covers this exact text: any edit or new version needs a new sign-off."
    )?;
    Ok(())
}

/// Writes this clinic's pack.
pub fn pack_export(file: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    let storage = locate_storage()?;
    let pack = pack_of_desk(&DeskData::read(&storage), Date::today())?;
    let count = pack.contents.templates.len();
    let has_profile = pack.contents.profile.is_some();
    write_pack(&pack, file)?;
    writeln!(
        out,
        "Wrote {}: {count} clinic template(s), {}, {} sign-off(s).",
        file.display(),
        if has_profile {
            "the clinic profile"
        } else {
            "no clinic profile"
        },
        pack.contents.sign_offs.len()
    )?;
    Ok(())
}

/// Shows what a pack would change and, unless `dry_run`, does it.
pub fn pack_import(file: &Path, dry_run: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let storage = locate_storage()?;
    let pack = read_pack(file)?;
    let plan = plan_import(&pack, &DeskData::read(&storage));
    writeln!(
        out,
        "Clinic pack from {} made {}:",
        if pack.clinic.is_empty() {
            "an unnamed clinic"
        } else {
            &pack.clinic
        },
        pack.made_on
    )?;
    for line in plan.describe() {
        writeln!(out, "  {line}")?;
    }
    if dry_run {
        writeln!(out, "Dry run: nothing was changed.")?;
        return Ok(());
    }
    let report = apply_import(&pack, &plan, &storage)?;
    writeln!(out, "Done:")?;
    for line in &report.done {
        writeln!(out, "  {line}")?;
    }
    if report.done.is_empty() {
        writeln!(out, "  nothing to change")?;
    }
    Ok(())
}

/// Prints the handout log, as a table or as CSV.
pub fn log(csv: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let storage = locate_storage()?;
    let path = storage.handout_log_path();
    let log = handout_log::read(&path)
        .with_context(|| format!("cannot read the handout log {}", path.display()))?;
    if !log.unreadable_lines.is_empty() {
        eprintln!(
            "handout-desk: warning: skipped unreadable line(s) {} of {}",
            log.unreadable_lines
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            path.display()
        );
    }
    if csv {
        write!(out, "{}", handout_log::to_csv(&log.entries))?;
        return Ok(());
    }
    if log.entries.is_empty() {
        writeln!(out, "No handouts exported on this desk yet.")?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<20}  {:<24} {:<8} {:<12} {:<8} {:<6} {:<6} LARGE",
        "TIME (UTC)", "TEMPLATE", "VERSION", "HASH", "STATUS", "LANG", "PAPER"
    )?;
    for e in &log.entries {
        writeln!(
            out,
            "{:<20}  {:<24} {:<8} {:<12} {:<8} {:<6} {:<6} {}",
            e.at,
            e.template_id,
            e.version,
            e.content_hash.short(),
            status_word(e.status),
            e.language,
            e.paper,
            if e.large_print { "yes" } else { "no" }
        )?;
    }
    Ok(())
}
