//! The templates a desk reads and the sign-offs that hold at this clinic:
//! shipped templates, the clinic's own folder, the shared folder and any
//! `--templates-dir`, each template given the review the sign-offs say.

use std::path::{Path, PathBuf};

pub use crate::clinic::sign_off::update_register;
use crate::clinic::sign_off::{SignOffRegister, effective_review};
use crate::problem::Problem;
use crate::storage::{Loaded, SIGN_OFFS_FILE, Storage, StorageError, load_ron, update_ron};
use crate::template::load::parse_ron;
use crate::template::{LoadedTemplate, TemplateLibrary, TemplateOrigin};

/// The folders a desk reads templates from, in order: the clinic's own folder,
/// the shared folder, then `extra` (`--templates-dir`).
pub fn template_folders(
    storage: Option<&Storage>,
    shared: Option<&Path>,
    extra: &[PathBuf],
) -> Vec<(PathBuf, TemplateOrigin)> {
    let mut folders = Vec::new();
    if let Some(own) = storage.map(Storage::templates_dir).filter(|d| d.is_dir()) {
        folders.push((own, TemplateOrigin::Clinic));
    }
    if let Some(shared) = shared {
        folders.push((shared.to_path_buf(), TemplateOrigin::Shared));
    }
    folders.extend(extra.iter().map(|d| (d.clone(), TemplateOrigin::Folder)));
    folders
}

/// The shipped templates and those in `folders`, each with the review that
/// holds at this clinic.
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
        give_review(loaded, register);
    }
}

/// Gives one template the review that holds at this clinic.
pub fn give_review(loaded: &mut LoadedTemplate, register: &SignOffRegister) {
    loaded.template.review = effective_review(&loaded.template, register).0;
}

/// The file in a shared folder that holds the sign-offs a clinic lead published.
pub fn shared_sign_offs_file(shared_dir: &Path) -> PathBuf {
    shared_dir.join(SIGN_OFFS_FILE)
}

/// Reads this desk's sign-offs and, with a shared folder, the ones published
/// there (read-only: an unreadable shared file is reported and left where it
/// is, never moved aside). What could not be read comes back as problems.
pub fn load_sign_offs(
    storage: Option<&Storage>,
    shared: Option<&Path>,
) -> (SignOffRegister, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut register = match storage.map(|s| load_ron::<SignOffRegister>(&s.sign_offs_path())) {
        Some(Loaded::Found(register)) => register,
        Some(Loaded::Unreadable(u)) => {
            problems.push(Problem::warning(
                u.message("sign-offs", "every template as a draft"),
            ));
            SignOffRegister::default()
        }
        Some(Loaded::Missing) | None => SignOffRegister::default(),
    };
    if let Some(dir) = shared {
        if !dir.is_dir() {
            problems.push(Problem::warning(format!(
                "The shared templates folder {} cannot be opened: its templates and sign-offs are not shown. Check that the network share is connected, or choose the folder again.",
                dir.display()
            )));
            return (register, problems);
        }
        let file = shared_sign_offs_file(dir);
        match std::fs::read_to_string(&file) {
            Ok(text) => match parse_ron::<SignOffRegister>(&text, &file) {
                Ok(shared) => register.shared = shared.sign_offs,
                Err(d) => problems.push(Problem::warning(format!(
                    "The sign-offs in the shared folder could not be read ({d}); templates they approve show as drafts."
                ))),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => problems.push(Problem::warning(format!(
                "Cannot read {}: {e}; templates approved there show as drafts.",
                file.display()
            ))),
        }
    }
    (register, problems)
}

/// Adds `sign_offs` to those published in the shared folder, under its lock,
/// so that desks publishing at once all count. Returns the file written and
/// how many sign-offs it now holds.
pub fn publish_sign_offs(
    sign_offs: &SignOffRegister,
    shared_dir: &Path,
) -> Result<(PathBuf, usize), StorageError> {
    let file = shared_sign_offs_file(shared_dir);
    let own = SignOffRegister::of(sign_offs.sign_offs.clone());
    let (published, _) = update_ron(
        &file,
        "the shared sign-offs",
        |shared: &mut SignOffRegister| shared.merge(&own),
    )?;
    Ok((file, published.sign_offs.len()))
}
