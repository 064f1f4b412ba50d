//! A desk's clinic data, read and changed the same way by the desk app and the
//! command line: which template folders it reads, its sign-offs, approving a
//! template, publishing it to the shared folder, and exporting with a log entry.

use std::path::{Path, PathBuf};

use crate::app::settings::Settings;
use crate::clinic::adapt::{save_template, template_file};
use crate::clinic::handout_log::{self, LogEntry, LogError};
use crate::clinic::sign_off::{SignOff, SignOffRegister, effective_review};
use crate::compose::{HandoutOptions, PatientEntries};
use crate::date::Date;
use crate::export::{ExportError, ExportSummary, export_to_file_for_patient};
use crate::profile::ClinicProfile;
use crate::storage::{Loaded, Storage, StorageError, load_ron, update_ron};
use crate::strings::language_name;
use crate::template::{LoadedTemplate, TemplateKey, TemplateLibrary, TemplateOrigin, content_hash};

/// Why a clinic-data step failed.
#[derive(Debug, thiserror::Error)]
pub enum ClinicError {
    /// No folder to keep clinic data in.
    #[error("there is no folder to keep the clinic's data in; set HANDOUT_DESK_DATA_DIR")]
    NoStorage,
    /// No template with this id.
    #[error(
        "there is no template with the id `{id}`{}\n  hint: use one of: {known}",
        closest.as_ref().map_or_else(String::new, |c| format!("; did you mean `{c}`?"))
    )]
    NoSuchTemplate {
        /// The id asked for.
        id: String,
        /// The ids there are.
        known: String,
        /// The known id closest to the one asked for, if any is close.
        closest: Option<String>,
    },
    /// The handout exists, but not in the language asked for. Never silently
    /// answered with another language: a clinician who asked for Spanish must
    /// not hand out English unawares. Signing off refuses; `export` prints the
    /// default language and says so.
    #[error(
        "there is no `{id}` handout in `{language}`; it comes in {available}\n  hint: choose one of those languages"
    )]
    NoSuchLanguage {
        /// The handout's id.
        id: String,
        /// The language asked for.
        language: String,
        /// The languages it comes in, e.g. "en-US (English), es-US (Español)".
        available: String,
    },
    /// A file declares this id but could not be loaded.
    #[error(
        "the template `{id}` in {} could not be loaded:\n{problems}\n  hint: fix the file; `handout-desk check {}` lists every problem",
        file.display(),
        file.display()
    )]
    NotLoaded {
        /// The id asked for.
        id: String,
        /// The file that declares it.
        file: PathBuf,
        /// The first problems in it, one a line.
        problems: String,
    },
    /// The template cannot be changed here.
    #[error("`{id}` is {where_}, so it cannot be changed on this desk\n  hint: {hint}")]
    ReadOnly {
        /// The template.
        id: String,
        /// Where it comes from.
        where_: &'static str,
        /// What to do instead.
        hint: &'static str,
    },
    /// The sign-off is incomplete.
    #[error(transparent)]
    SignOff(#[from] crate::clinic::sign_off::SignOffError),
    /// A file could not be saved.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A saved file could not be read.
    #[error("{0}")]
    Unreadable(String),
    /// The template has problems to fix before it can be approved.
    #[error("`{id}` has problems to fix before it can be approved: {problems}")]
    NeedsFixing {
        /// The template.
        id: String,
        /// What is wrong, in short.
        problems: String,
    },
}

/// The errors that stop `template` loading, in one line; `None` when it has none.
pub fn blocking_problems(loaded: &LoadedTemplate) -> Option<String> {
    let problems: Vec<String> =
        crate::template::validate::validate_template(&loaded.template, "", &loaded.file)
            .into_iter()
            .filter(crate::diagnostic::Diagnostic::is_error)
            .map(|d| d.message)
            .collect();
    (!problems.is_empty()).then(|| problems.join("; "))
}

/// The folders a desk reads templates from, in order: the clinic's own folder,
/// the shared folder from the settings, then `extra` (`--templates-dir`).
pub fn template_folders(
    storage: Option<&Storage>,
    settings: &Settings,
    extra: &[PathBuf],
) -> Vec<(PathBuf, TemplateOrigin)> {
    let mut folders = Vec::new();
    if let Some(own) = storage.map(Storage::templates_dir).filter(|d| d.is_dir()) {
        folders.push((own, TemplateOrigin::Clinic));
    }
    if let Some(shared) = &settings.shared_templates_dir {
        folders.push((shared.clone(), TemplateOrigin::Shared));
    }
    folders.extend(extra.iter().map(|d| (d.clone(), TemplateOrigin::Folder)));
    folders
}

/// The shipped templates and those in `folders`, each with the review that holds
/// at this clinic (see [`effective_review`]).
pub fn load_library(
    folders: &[(PathBuf, TemplateOrigin)],
    register: &SignOffRegister,
) -> TemplateLibrary {
    let mut library = TemplateLibrary::shipped();
    for (folder, origin) in folders {
        library.add_folder(folder, *origin);
    }
    apply_sign_offs(&mut library, register);
    library
}

/// Gives every template in `library` the review that holds at this clinic.
pub fn apply_sign_offs(library: &mut TemplateLibrary, register: &SignOffRegister) {
    for loaded in &mut library.templates {
        loaded.template.review = effective_review(&loaded.template, register).0;
    }
}

/// Reads the clinic's sign-offs; an unreadable file is put aside and explained.
pub fn load_register(storage: Option<&Storage>) -> (SignOffRegister, Option<String>) {
    let Some(storage) = storage else {
        return (SignOffRegister::default(), None);
    };
    match load_ron::<SignOffRegister>(&storage.sign_offs_path()) {
        Loaded::Found(register) => (register, None),
        Loaded::Missing => (SignOffRegister::default(), None),
        Loaded::Unreadable(u) => (
            SignOffRegister::default(),
            Some(u.message("sign-offs", "every template as a draft")),
        ),
    }
}

/// The file in a shared folder that holds the sign-offs a clinic lead published.
pub fn shared_sign_offs_file(shared_dir: &Path) -> PathBuf {
    shared_dir.join(crate::storage::SIGN_OFFS_FILE)
}

/// Reads this desk's sign-offs and, when the settings name a shared folder, the
/// ones published there (read-only: an unreadable shared file is reported and
/// left where it is, never moved aside).
pub fn load_sign_offs(
    storage: Option<&Storage>,
    settings: &Settings,
) -> (SignOffRegister, Vec<String>) {
    let (mut register, notice) = load_register(storage);
    let mut notices: Vec<String> = notice.into_iter().collect();
    if let Some(dir) = &settings.shared_templates_dir {
        let file = shared_sign_offs_file(dir);
        match std::fs::read_to_string(&file) {
            Ok(text) => match crate::template::load::parse_ron::<SignOffRegister>(&text, &file) {
                Ok(shared) => register.shared = shared.sign_offs,
                Err(d) => notices.push(format!(
                    "The sign-offs in the shared folder could not be read ({d}); templates they approve show as drafts."
                )),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => notices.push(format!(
                "Cannot read {}: {e}; templates approved there show as drafts.",
                file.display()
            )),
        }
    }
    (register, notices)
}

/// Publishes this desk's sign-offs to the shared folder, beside those already
/// there, so that every desk reading the folder sees the same approvals. The
/// shared file is re-read under its lock, so desks publishing at once all count.
/// Returns the file written and how many sign-offs it holds.
pub fn publish_sign_offs(
    register: &SignOffRegister,
    shared_dir: &Path,
) -> Result<(PathBuf, usize), ClinicError> {
    let file = shared_sign_offs_file(shared_dir);
    let own = SignOffRegister::of(register.sign_offs.clone());
    let (published, _) = update_ron(
        &file,
        "the shared sign-offs",
        |shared: &mut SignOffRegister| shared.merge(&own),
    )?;
    Ok((file, published.sign_offs.len()))
}

/// Changes the clinic's sign-offs on disk: under their lock, re-read, changed by
/// `change` and saved, so that desks and commands approving at once never undo
/// each other. Returns the register as saved (with no shared sign-offs) and what
/// `change` returned.
pub fn update_register<R>(
    storage: &Storage,
    change: impl FnOnce(&mut SignOffRegister) -> R,
) -> Result<(SignOffRegister, R), StorageError> {
    update_ron(&storage.sign_offs_path(), "the sign-offs", change)
}

/// Signs `id` off for this clinic: recorded in the clinic's sign-offs and, for the
/// clinic's own copies, in the template file too, so it stays approved when shared.
/// Updates `library` and `register` to match.
pub fn approve(
    storage: &Storage,
    library: &mut TemplateLibrary,
    register: &mut SignOffRegister,
    key: &TemplateKey,
    sign_off: impl FnOnce(&LoadedTemplate) -> Result<SignOff, crate::clinic::sign_off::SignOffError>,
) -> Result<SignOff, ClinicError> {
    let loaded = find_in_language(library, &key.id, Some(&key.language))?;
    if let Some(problems) = blocking_problems(loaded) {
        return Err(ClinicError::NeedsFixing {
            id: key.id.clone(),
            problems,
        });
    }
    let sign_off = sign_off(loaded)?;
    let (saved, ()) = update_register(storage, |on_disk| on_disk.record(sign_off.clone()))?;
    register.sign_offs = saved.sign_offs;
    if loaded.origin == TemplateOrigin::Clinic {
        let mut template = loaded.template.clone();
        template.review = sign_off.review();
        save_template(&template, &loaded.file)?;
    }
    apply_sign_offs(library, register);
    Ok(sign_off)
}

/// How many of a failed template's problems an error shows; `check` lists them all.
const PROBLEMS_SHOWN: usize = 3;

/// The handout `id` in `language` (`es` finds `es-US`), or with no language
/// in the default one; otherwise why not, as [`find`] says, or the languages
/// it comes in.
pub fn find_in_language<'l>(
    library: &'l TemplateLibrary,
    id: &str,
    language: Option<&str>,
) -> Result<&'l LoadedTemplate, ClinicError> {
    let any = find(library, id)?;
    let Some(language) = language else {
        return Ok(any);
    };
    library
        .in_language(id, language)
        .ok_or_else(|| ClinicError::NoSuchLanguage {
            id: id.to_owned(),
            language: language.trim().to_owned(),
            available: library
                .family(id)
                .iter()
                .map(|t| {
                    let tag = &t.template.language;
                    format!("{tag} ({})", language_name(tag))
                })
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// The template `id` in the default language (see
/// [`TemplateLibrary::in_default_language`]); or why a file declaring it did
/// not load; or the ids there are, with the closest one.
pub fn find<'l>(library: &'l TemplateLibrary, id: &str) -> Result<&'l LoadedTemplate, ClinicError> {
    if let Some(loaded) = library.in_default_language(id) {
        return Ok(loaded);
    }
    if let Some(failure) = library
        .failures
        .iter()
        .find(|f| f.id.as_deref() == Some(id))
    {
        let all = &failure.diagnostics.0;
        let mut problems: Vec<String> = all
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(ToString::to_string)
            .collect();
        if all.len() > PROBLEMS_SHOWN {
            problems.push(format!("… and {} more", all.len() - PROBLEMS_SHOWN));
        }
        return Err(ClinicError::NotLoaded {
            id: id.to_owned(),
            file: failure.file.clone(),
            problems: problems.join("\n"),
        });
    }
    let mut known: Vec<&str> = Vec::new();
    for t in &library.templates {
        if !known.contains(&t.template.id.as_str()) {
            known.push(&t.template.id);
        }
    }
    Err(ClinicError::NoSuchTemplate {
        id: id.to_owned(),
        closest: closest(id, &known).map(str::to_owned),
        known: known.join(", "),
    })
}

/// The candidate most like `typed`, when one is alike enough to be a likely typo
/// (the same measure and threshold clap uses for command names).
fn closest<'a>(typed: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro(typed, c), *c))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Copies a clinic template into the shared folder, atomically, so every desk
/// pointed at that folder sees it. Returns the file written.
pub fn publish(loaded: &LoadedTemplate, shared_dir: &Path) -> Result<PathBuf, ClinicError> {
    if loaded.origin != TemplateOrigin::Clinic {
        return Err(ClinicError::ReadOnly {
            id: loaded.template.id.clone(),
            where_: "not one of this desk's clinic templates",
            hint: "adapt it for your clinic first, then publish the copy",
        });
    }
    let path = template_file(shared_dir, &loaded.template.id);
    save_template(&loaded.template, &path)?;
    Ok(path)
}

/// What an export did besides writing the PDF.
#[derive(Debug)]
pub struct ExportOutcome {
    /// Pages and bytes.
    pub summary: ExportSummary,
    /// Why the log entry could not be written, if it could not; the PDF is saved.
    pub log_error: Option<LogError>,
}

/// Exports `loaded` as a PDF at `path`, with blank writing lines, and adds a
/// line to the handout log.
pub fn export_and_log(
    storage: Option<&Storage>,
    loaded: &LoadedTemplate,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    created: Date,
    path: &Path,
) -> Result<ExportOutcome, ExportError> {
    let none = PatientEntries::none();
    export_and_log_for_patient(storage, loaded, profile, options, &none, created, path)
}

/// Exports `loaded` as a PDF at `path` with `patient`'s words on its writing
/// lines, and adds a line to the handout log. The log line records the template
/// and how it was printed; it is built without `patient`, so it cannot hold them.
pub fn export_and_log_for_patient(
    storage: Option<&Storage>,
    loaded: &LoadedTemplate,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    patient: &PatientEntries,
    created: Date,
    path: &Path,
) -> Result<ExportOutcome, ExportError> {
    let template = &loaded.template;
    if let Some(problems) = blocking_problems(loaded) {
        return Err(ExportError::NeedsFixing(problems));
    }
    // The library already holds the review that applies here (see `apply_sign_offs`).
    let review = &template.review;
    let summary =
        export_to_file_for_patient(template, review, profile, options, patient, created, path)?;
    let entry = LogEntry {
        at: handout_log::utc_now(),
        template_id: template.id.clone(),
        version: template.version.clone(),
        content_hash: content_hash(template),
        status: template.review.status,
        language: template.language.clone(),
        paper: options.page.paper.name().to_owned(),
        large_print: options.page.format.is_large_print(),
    };
    let log_error = storage.and_then(|s| handout_log::append(&s.handout_log_path(), &entry).err());
    Ok(ExportOutcome { summary, log_error })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistyped_id_gets_the_closest_one() {
        let ids = ["self-harm-support", "moud-medicines", "kratom-risks"];
        assert_eq!(closest("kratom-risk", &ids), Some("kratom-risks"));
        assert_eq!(closest("kratom", &ids), Some("kratom-risks"));
        assert_eq!(closest("moud", &ids), Some("moud-medicines"));
        assert_eq!(closest("asthma", &ids), None);
    }

    #[test]
    fn a_template_that_failed_to_load_is_named_with_its_problems() {
        let mut library = TemplateLibrary::shipped();
        library.failures.push(crate::template::load::LoadFailure {
            file: PathBuf::from("clinic/asthma.ron"),
            id: Some("asthma".into()),
            diagnostics: crate::diagnostic::Diagnostics(
                (1..=5)
                    .map(|n| {
                        crate::diagnostic::Diagnostic::error(
                            Path::new("clinic/asthma.ron"),
                            format!("problem {n}"),
                        )
                    })
                    .collect(),
            ),
        });
        let message = find(&library, "asthma").unwrap_err().to_string();
        assert!(message.contains("`asthma` in clinic/asthma.ron could not be loaded"));
        assert!(message.contains("problem 3") && !message.contains("problem 4"));
        assert!(message.contains("… and 2 more"), "{message}");
    }
}
