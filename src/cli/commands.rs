//! `list` and `export`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::open::{open_desk, print_warnings};
use crate::cli::{ExportArgs, HandoutArgs};
use crate::compose::{HandoutOptions, PatientEntries};
use crate::date::Date;
use crate::desk::{Desk, DeskError, ExportJob, ProfileSource};
use crate::page_setup::{PageSetup, PrintFormat};
use crate::problem::Problem;
use crate::profile::{ClinicProfile, read_profile_file};
use crate::strings::{DEFAULT_LANGUAGE, language_name};
use crate::template::load::EXAMPLE_PROFILE;
use crate::template::{LoadedTemplate, ReviewStatus, TemplateKey};

/// Prints every template: id, language, topic, version, review status, each
/// language of a handout under the first; then any file that failed.
pub fn list(templates_dirs: &[PathBuf], out: &mut impl Write) -> anyhow::Result<bool> {
    let desk = open_desk(templates_dirs)?;
    let library = desk.library();
    let today = desk.today();
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
        let review = match (t.review.status, t.review.overdue_since(today)) {
            (ReviewStatus::Approved, Some(due)) => format!("review overdue (was due {due})"),
            (ReviewStatus::Approved, None) => "approved".to_owned(),
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
            failure.problems
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
    let desk = open_desk(templates_dirs)?;
    let loaded = find_handout(&args.handout, &desk, "exporting")?;
    let key = loaded.key();
    let inputs = HandoutInputs::read(&args.handout, &desk)?;
    let patient = PatientEntries::none();
    let job = inputs.job(&key, &args.out, &patient);
    let exported = desk.export(&job)?;
    if let Some(e) = &exported.log_error {
        eprintln!("handout-desk: warning: {e}");
    }
    print_desk_warnings(&exported.warnings);
    let summary = exported.summary;
    if inputs.options().page.format == PrintFormat::WalletCard {
        card_warnings(&desk, loaded, &inputs)?;
        writeln!(
            out,
            "Wrote {} (wallet cards, 8 to a sheet, {:.1} KB): print two-sided, flip on the long edge",
            args.out.display(),
            summary.bytes as f64 / 1024.0
        )?;
        return draft_note(loaded, out);
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

/// The handout `args` names in the language asked for. A handout missing in
/// that language prints in the default one, and says so where the clinician
/// sees it before handing it out (`doing`: "exporting", "printing").
pub(super) fn find_handout<'d>(
    args: &HandoutArgs,
    desk: &'d Desk,
    doing: &str,
) -> anyhow::Result<&'d LoadedTemplate> {
    match desk.template_in(&args.template, args.lang.as_deref()) {
        Ok(loaded) => Ok(loaded),
        Err(DeskError::NoSuchLanguage {
            id,
            language,
            available,
        }) => {
            let fallback = desk.template_in(&id, None)?;
            let used = &fallback.template.language;
            eprintln!(
                "handout-desk: note: `{id}` has no version in `{language}`; {doing} it in {} ({used}) instead.\n  It comes in {available}.",
                language_name(used)
            );
            Ok(fallback)
        }
        Err(other) => Err(other.into()),
    }
}

/// What `export` and `print` make a handout with, besides the template.
pub(super) struct HandoutInputs {
    /// `--profile FILE`, when given; otherwise the desk's own profile.
    profile: Option<ClinicProfile>,
    options: HandoutOptions,
    created: Date,
}

impl HandoutInputs {
    /// Reads `--profile`, or makes sure the desk has a real clinic profile.
    pub(super) fn read(args: &HandoutArgs, desk: &Desk) -> anyhow::Result<Self> {
        let profile = match &args.profile {
            Some(file) => Some(read_profile_file(file).map_err(|d| {
                anyhow::anyhow!("cannot use the clinic profile {}:\n{d}", file.display())
            })?),
            None => {
                stored_profile_or_why(desk)?;
                None
            }
        };
        let options = HandoutOptions {
            qr_codes: args.qr,
            ..HandoutOptions::with_page(PageSetup::new(args.paper, args.print_format()))
        };
        Ok(Self {
            profile,
            options,
            created: args.date.unwrap_or_else(Date::today),
        })
    }

    /// The desk's job for handout `key`, written to `path` (unused when printing).
    pub(super) fn job<'a>(
        &'a self,
        key: &'a TemplateKey,
        path: &'a Path,
        patient: &'a PatientEntries,
    ) -> ExportJob<'a> {
        ExportJob {
            template: key,
            path,
            created: self.created,
            patient,
            profile: self.profile.as_ref(),
            options: Some(&self.options),
        }
    }

    /// The options the handout is made with.
    pub(super) fn options(&self) -> &HandoutOptions {
        &self.options
    }
}

/// Names each part of a wallet card that did not fit, as `check` names a
/// problem, with what to do: a card has no second page to run onto.
fn card_warnings(
    desk: &Desk,
    loaded: &LoadedTemplate,
    inputs: &HandoutInputs,
) -> anyhow::Result<()> {
    let template = &loaded.template;
    let profile = inputs.profile.as_ref().unwrap_or(desk.profile());
    let sheet = crate::export::render(template, &template.review, profile, inputs.options())?;
    for warning in &sheet.warnings {
        eprintln!(
            "handout-desk: warning: {}: {warning}\n  hint: shorten it; a card has no second page",
            loaded.file.display()
        );
    }
    Ok(())
}

/// What the desk should look at after a handout went out: its own details and
/// the review, not the wording notes `check` gives template authors.
pub(super) fn print_desk_warnings(warnings: &[Problem]) {
    print_warnings(warnings.iter().filter(|p| {
        p.field().is_some_and(crate::problem::Field::in_profile)
            || p.rule == Some(crate::problem::Rule::ReviewOverdue)
            || p.rule == Some(crate::problem::Rule::StaleResource)
    }));
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
        let translator = if crate::clinic::sign_off::needs_translator(&t.language) {
            " --translator NAME [--back-translated]"
        } else {
            ""
        };
        writeln!(
            out,
            "Note: `{}` ({}) is a draft, not yet signed off by a clinician at this clinic: every page says DRAFT.\n  To sign it off: handout-desk approve --template {}{lang} --reviewer NAME --role ROLE{translator}",
            t.id,
            language_name(&t.language),
            t.id
        )?;
    }
    Ok(())
}

/// Without `--profile`, export needs the clinic profile saved on this desk:
/// the example clinic's numbers must never go out as the clinic's own.
fn stored_profile_or_why(desk: &Desk) -> anyhow::Result<()> {
    let hint = format!(
        "  hint: pass --profile FILE, or set up your clinic in the desk app (run `handout-desk` with no command); to try it out, use --profile {}",
        EXAMPLE_PROFILE.0
    );
    match desk.profile_source() {
        ProfileSource::Clinic => Ok(()),
        ProfileSource::Example => {
            let path = desk
                .storage()
                .map_or_else(String::new, |s| s.profile_path().display().to_string());
            anyhow::bail!(
                "no clinic profile is saved on this desk ({path} does not exist), so export does not know your clinic's local resources\n{hint}"
            )
        }
        ProfileSource::Unreadable(u) => match &u.kept_as {
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
    }
}
