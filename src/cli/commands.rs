//! `list` and `export`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::cli::Desk;
use crate::cli::ExportArgs;
use crate::clinic::workspace::{self, export_and_log};
use crate::compose::HandoutOptions;
use crate::date::Date;
use crate::profile::read_profile_file;
use crate::template::ReviewStatus;

/// Prints every template: id, topic, version, review status; then any that failed.
pub fn list(templates_dirs: &[PathBuf], out: &mut impl Write) -> anyhow::Result<bool> {
    let library = Desk::open(templates_dirs)?.library;
    let today = Date::today();
    writeln!(out, "{:<22} {:<20} {:<8} REVIEW", "ID", "TOPIC", "VERSION")?;
    for loaded in &library.templates {
        let t = &loaded.template;
        let review = match (t.review.status, t.review.next_review_due) {
            (ReviewStatus::Approved, Some(due)) if due < today => {
                format!("review overdue (was due {due})")
            }
            (ReviewStatus::Approved, _) => "approved".to_owned(),
            (ReviewStatus::Draft, _) => format!("draft: {}", t.review.note.trim_end_matches('.')),
        };
        writeln!(
            out,
            "{:<22} {:<20} {:<8} {}",
            t.id,
            t.topic.label(),
            t.version,
            review
        )?;
    }
    for failure in &library.failures {
        writeln!(
            out,
            "\nCould not load {}:\n{}",
            failure.file.display(),
            failure.diagnostics
        )?;
    }
    Ok(library.failures.is_empty())
}

/// Exports one handout and says where it went.
pub fn export(
    args: &ExportArgs,
    templates_dirs: &[PathBuf],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let desk = Desk::open(templates_dirs)?;
    let loaded = workspace::find(&desk.library, &args.template)?;
    let profile = read_profile_file(&args.profile)
        .map_err(|d| anyhow::anyhow!("{d}"))
        .with_context(|| format!("the clinic profile {} has problems", args.profile.display()))?;
    let options = HandoutOptions {
        paper: args.paper,
        large_print: args.large_print,
        ..HandoutOptions::default()
    };
    let created = args.date.unwrap_or_else(Date::today);
    let outcome = export_and_log(
        Some(&desk.storage),
        loaded,
        &profile,
        &options,
        created,
        &args.out,
    )?;
    let summary = outcome.summary;
    if let Some(e) = outcome.log_error {
        eprintln!("handout-desk: warning: {e}");
    }
    writeln!(
        out,
        "Wrote {} ({} page{}, {:.1} KB)",
        args.out.display(),
        summary.pages,
        if summary.pages == 1 { "" } else { "s" },
        summary.bytes as f64 / 1024.0
    )?;
    if loaded.template.review.status == ReviewStatus::Draft {
        writeln!(
            out,
            "Note: `{}` is a draft, not yet signed off by a clinician: every page says DRAFT.\n  To sign it off: handout-desk approve --template {} --reviewer NAME --role ROLE",
            loaded.template.id, loaded.template.id
        )?;
    }
    Ok(())
}
