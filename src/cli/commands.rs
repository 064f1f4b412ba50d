//! `list` and `export`.

use std::io::Write;
use std::path::PathBuf;

use crate::cli::Desk;
use crate::cli::ExportArgs;
use crate::clinic::workspace::{self, ClinicError, export_and_log};
use crate::compose::{HandoutOptions, PatientEntries};
use crate::date::Date;
use crate::export::{ExportError, export_wallet_cards_pdf};
use crate::page_setup::{PageSetup, PrintFormat};
use crate::pdf::save_pdf_atomically;
use crate::profile::{ClinicProfile, read_profile_file, validate_profile};
use crate::storage::{Loaded, Storage};
use crate::strings::{DEFAULT_LANGUAGE, language_name};
use crate::template::ReviewStatus;
use crate::template::load::EXAMPLE_PROFILE;
use crate::template::load::LoadedTemplate;

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
                "handout-desk: note: `{id}` has no version in `{language}`; exporting it in {} ({used}) instead.\n  It comes in {available}.",
                language_name(used)
            );
            fallback
        }
        Err(other) => return Err(other.into()),
    };
    let profile = match &args.profile {
        Some(file) => read_profile_file(file).map_err(|d| {
            anyhow::anyhow!("cannot use the clinic profile {}:\n{d}", file.display())
        })?,
        None => stored_profile(&desk.storage)?,
    };
    if args.print_format() == PrintFormat::WalletCard {
        return export_wallet_cards(args, loaded, &profile, out);
    }
    let options = HandoutOptions {
        qr_codes: args.qr,
        ..HandoutOptions::with_page(PageSetup::new(args.paper, args.print_format()))
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
        "Wrote {} ({}, {} page{}, {:.1} KB)",
        args.out.display(),
        language_name(&loaded.template.language),
        summary.pages,
        if summary.pages == 1 { "" } else { "s" },
        summary.bytes as f64 / 1024.0
    )?;
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

/// Exports a sheet of wallet cards for one handout; names each part of the
/// card that does not fit, as `check` names a problem, with what to do.
fn export_wallet_cards(
    args: &ExportArgs,
    loaded: &LoadedTemplate,
    profile: &ClinicProfile,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let template = &loaded.template;
    if let Some(problems) = workspace::blocking_problems(loaded) {
        return Err(ExportError::NeedsFixing(problems).into());
    }
    let created = args.date.unwrap_or_else(Date::today);
    let none = PatientEntries::none();
    let (bytes, warnings) = export_wallet_cards_pdf(
        template,
        &template.review,
        profile,
        args.paper,
        &none,
        created,
    )?;
    save_pdf_atomically(&bytes, &args.out)?;
    for warning in &warnings {
        eprintln!(
            "handout-desk: warning: {}: {warning}\n  hint: shorten it; a card has no second page",
            loaded.file.display()
        );
    }
    writeln!(
        out,
        "Wrote {} (wallet cards, 8 to a sheet, {:.1} KB): print two-sided, flip on the long edge",
        args.out.display(),
        bytes.len() as f64 / 1024.0
    )?;
    if template.review.status == ReviewStatus::Draft {
        writeln!(
            out,
            "Note: `{}` is a draft, not yet signed off by a clinician.\n  To sign it off: handout-desk approve --template {} --reviewer NAME --role ROLE",
            template.id, template.id
        )?;
    }
    Ok(())
}

/// The clinic profile saved in the desk app, for `export` without `--profile`.
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
            "no clinic profile is saved on this desk ({} does not exist), so export does not know your clinic's local resources\n{hint}",
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
