//! `list` and `export`, and the handout options `export` and `print` share.

use std::io::Write;
use std::path::PathBuf;

use crate::cli::Desk;
use crate::cli::{ExportArgs, HandoutArgs};
use crate::clinic::workspace::{self, ClinicError, export_and_log};
use crate::compose::HandoutOptions;
use crate::date::Date;
use crate::page_setup::PageSetup;
use crate::profile::{ClinicProfile, read_profile_file, validate_profile};
use crate::storage::{Loaded, Storage};
use crate::strings::{DEFAULT_LANGUAGE, language_name};
use crate::template::load::EXAMPLE_PROFILE;
use crate::template::{LoadedTemplate, ReviewStatus};

/// Prints every template: id, language, topic, version, review status, each
/// language of a handout under the first; then any file that failed.
pub fn list(templates_dirs: &[PathBuf], out: &mut impl Write) -> anyhow::Result<bool> {
    let library = Desk::open(templates_dirs)?.library;
    let today = Date::today();
    writeln!(
        out,
        "{:<22} {:<9} {:<20} {:<8} REVIEW",
        "ID", "LANGUAGE", "TOPIC", "VERSION"
    )?;
    let mut ids: Vec<&str> = Vec::new();
    for loaded in &library.templates {
        if !ids.contains(&loaded.template.id.as_str()) {
            ids.push(&loaded.template.id);
        }
    }
    for loaded in ids.into_iter().flat_map(|id| library.family(id)) {
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
            "{:<22} {:<9} {:<20} {:<8} {}",
            t.id,
            t.language,
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
    let loaded = find_handout(&args.handout, &desk, "exporting")?;
    let (profile, options, created) = handout_inputs(&args.handout, &desk)?;
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
        "Wrote {} ({}, {} page{}, {:.1} KB)",
        args.out.display(),
        language_name(&loaded.template.language),
        summary.pages,
        if summary.pages == 1 { "" } else { "s" },
        summary.bytes as f64 / 1024.0
    )?;
    draft_note(loaded, out)
}

/// The handout `export` and `print` make, in the language asked for. A
/// handout missing in that language is made in the default one, with a note
/// saying so (`doing` is "exporting" or "printing").
pub(super) fn find_handout<'d>(
    args: &HandoutArgs,
    desk: &'d Desk,
    doing: &str,
) -> anyhow::Result<&'d LoadedTemplate> {
    let loaded = match workspace::find_in_language(
        &desk.library,
        &args.template,
        args.lang.as_deref(),
    ) {
        Ok(loaded) => loaded,
        // A handout missing in the language asked for prints in the default
        // one, and says so where the clinician sees it before handing it out.
        Err(ClinicError::NoSuchLanguage {
            id,
            language,
            available,
        }) => {
            let fallback = workspace::find(&desk.library, &id)?;
            let used = &fallback.template.language;
            eprintln!(
                "handout-desk: note: `{id}` has no version in `{language}`; {doing} it in {} ({used}) instead.\n  It comes in {available}.",
                language_name(used)
            );
            fallback
        }
        Err(other) => return Err(other.into()),
    };
    Ok(loaded)
}

/// The clinic profile, handout options and date that `export` and `print`
/// make a handout with.
pub(super) fn handout_inputs(
    args: &HandoutArgs,
    desk: &Desk,
) -> anyhow::Result<(ClinicProfile, HandoutOptions, Date)> {
    let profile = match &args.profile {
        Some(file) => read_profile_file(file).map_err(|d| {
            anyhow::anyhow!("cannot use the clinic profile {}:\n{d}", file.display())
        })?,
        None => stored_profile(&desk.storage)?,
    };
    let options = HandoutOptions {
        qr_codes: args.qr,
        ..HandoutOptions::with_page(PageSetup::new(args.paper, args.print_format()))
    };
    Ok((profile, options, args.date.unwrap_or_else(Date::today)))
}

/// Says that a draft handout went out with DRAFT on every page, and how to
/// sign it off.
pub(super) fn draft_note(loaded: &LoadedTemplate, out: &mut impl Write) -> anyhow::Result<()> {
    if loaded.template.review.status == ReviewStatus::Draft {
        let t = &loaded.template;
        let lang = if t.language.eq_ignore_ascii_case(DEFAULT_LANGUAGE) {
            String::new()
        } else {
            format!(" --lang {}", t.language)
        };
        writeln!(
            out,
            "Note: `{}` ({}) is a draft, not yet signed off by a clinician: every page says so.\n  To sign it off: handout-desk approve --template {}{lang} --reviewer NAME --role ROLE",
            t.id,
            language_name(&t.language),
            t.id
        )?;
    }
    Ok(())
}

/// The clinic profile saved in the desk app, for `export` and `print` without `--profile`.
/// It is checked as a `--profile` file would be: a handout must not print with a
/// half-typed phone number.
fn stored_profile(storage: &Storage) -> anyhow::Result<ClinicProfile> {
    let path = storage.profile_path();
    let hint = format!(
        "  hint: pass --profile FILE, or set up your clinic in the desk app (run `handout-desk` with no command); to try it out, use --profile {}",
        EXAMPLE_PROFILE.0
    );
    let profile = match storage.load_profile() {
        Loaded::Found(profile) => profile,
        Loaded::Missing => anyhow::bail!(
            "no clinic profile is saved on this desk ({} does not exist), so the handout cannot show your clinic's local resources\n{hint}",
            path.display()
        ),
        Loaded::Unreadable(u) => match &u.kept_as {
            Some(kept) => anyhow::bail!(
                "the clinic profile saved on this desk could not be read ({}); it was kept as {}\n{hint}",
                u.reason,
                kept.display()
            ),
            None => anyhow::bail!(
                "the clinic profile saved on this desk, {}, could not be read ({}) and could not be moved aside\n{hint}",
                u.file.display(),
                u.reason
            ),
        },
    };
    let errors: Vec<String> = validate_profile(&profile, None, &path)
        .into_iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    if !errors.is_empty() {
        anyhow::bail!(
            "the clinic profile saved on this desk has problems to fix first:\n{}\n  hint: fix them on the desk app's clinic screen, or pass --profile FILE",
            errors.join("\n")
        );
    }
    Ok(profile)
}
