//! `list` and `export`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context as _, bail};

use crate::cli::ExportArgs;
use crate::compose::HandoutOptions;
use crate::date::Date;
use crate::export::export_to_file;
use crate::profile::read_profile_file;
use crate::template::{ReviewStatus, TemplateLibrary};

/// Prints every template: id, topic, version, review status; then any that failed.
pub fn list(templates_dirs: &[PathBuf], out: &mut impl Write) -> anyhow::Result<bool> {
    let library = TemplateLibrary::load(templates_dirs);
    let today = Date::today();
    writeln!(out, "{:<22} {:<20} {:<8} REVIEW", "ID", "TOPIC", "VERSION")?;
    for loaded in &library.templates {
        let t = &loaded.template;
        let review = match (t.review.status, t.review.next_review_due) {
            (ReviewStatus::Approved, Some(due)) if due < today => {
                format!("review overdue (was due {due})")
            }
            (ReviewStatus::Approved, _) => "approved".to_owned(),
            (ReviewStatus::Draft, _) => "draft: awaiting clinical sign-off".to_owned(),
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
    let library = TemplateLibrary::load(templates_dirs);
    let Some(loaded) = library.get(&args.template) else {
        let ids: Vec<&str> = library
            .templates
            .iter()
            .map(|t| t.template.id.as_str())
            .collect();
        bail!(
            "there is no template with the id `{}`\n  hint: use one of: {}",
            args.template,
            ids.join(", ")
        );
    };
    let profile = read_profile_file(&args.profile)
        .map_err(|d| anyhow::anyhow!("{d}"))
        .with_context(|| format!("the clinic profile {} has problems", args.profile.display()))?;
    let options = HandoutOptions {
        paper: args.paper,
        large_print: args.large_print,
        ..HandoutOptions::default()
    };
    let created = args.date.unwrap_or_else(Date::today);
    let summary = export_to_file(&loaded.template, &profile, &options, created, &args.out)?;
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
            "Note: `{}` is a draft, not yet signed off by a clinician.",
            loaded.template.id
        )?;
    }
    Ok(())
}
