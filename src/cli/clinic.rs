//! `approve`, `pack export`, `pack import` and `log`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::ApproveArgs;
use crate::cli::open::open_desk;
use crate::clinic::handout_log::{self, status_word};
use crate::clinic::sign_off::TranslationCheck;
use crate::date::Date;
use crate::desk::SignOffRequest;
use crate::strings::language_name;

/// Signs a template off for this clinic.
pub fn approve(
    args: &ApproveArgs,
    templates_dirs: &[PathBuf],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut desk = open_desk(templates_dirs)?;
    let request = SignOffRequest {
        reviewer: args.reviewer.clone(),
        role: args.role.clone(),
        on: args.date.unwrap_or_else(Date::today),
        next_review: args.next_review,
        checked: Vec::new(),
        translation: args.translator.as_ref().map(|name| TranslationCheck {
            translator: name.clone(),
            back_translated: args.back_translated,
        }),
    };
    // A language the handout does not come in is refused: never another
    // language signed off in its place.
    let key = desk
        .template_in(&args.template, args.lang.as_deref())?
        .key();
    let sign_off = desk.approve(&key, &request)?;
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
    if let Some(t) = &sign_off.translation {
        writeln!(
            out,
            "Translation checked by {}, qualified medical translator; back-translation: {}.",
            t.translator,
            if t.back_translated { "yes" } else { "no" }
        )?;
    }
    writeln!(
        out,
        "This sign-off covers this exact text: any edit or new version needs a new sign-off."
    )?;
    Ok(())
}

/// Writes this clinic's pack.
pub fn pack_export(file: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    let desk = open_desk(&[])?;
    let summary = desk.pack_export(file)?;
    writeln!(
        out,
        "Wrote {}: {} clinic template(s), {}, {} sign-off(s).",
        file.display(),
        summary.templates,
        summary.profile_words(),
        summary.sign_offs
    )?;
    Ok(())
}

/// Shows what a pack would change and, unless `dry_run`, does it.
pub fn pack_import(file: &Path, dry_run: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let mut desk = open_desk(&[])?;
    let pending = desk.pack_plan(file)?;
    let pack = &pending.pack;
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
    for line in pending.plan.describe() {
        writeln!(out, "  {line}")?;
    }
    if dry_run {
        writeln!(out, "Dry run: nothing was changed.")?;
        return Ok(());
    }
    let report = desk.pack_import(&pending)?;
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
    let desk = open_desk(&[])?;
    let log = desk.log()?;
    if !log.unreadable_lines.is_empty() {
        let path = desk
            .storage()
            .map_or_else(String::new, |s| s.handout_log_path().display().to_string());
        eprintln!(
            "handout-desk: warning: skipped unreadable line(s) {} of {path}",
            log.unreadable_lines
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", "),
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
        "{:<20}  {:<24} {:<8} {:<12} {:<8} {:<6} {:<6} FORMAT",
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
            e.format.name()
        )?;
    }
    Ok(())
}
