//! A desk's work on its templates: finding one by id, adapting a vetted one
//! for the clinic, editing and saving the clinic's copy, and sharing it
//! through the shared folder.

use std::path::{Path, PathBuf};

use crate::clinic::adapt::{adapt, save_template, template_file};
use crate::clinic::edit::{TemplateEdit, apply_edit};
use crate::clinic::sign_off::SignOffRegister;
use crate::desk::library::{give_review, publish_sign_offs};
use crate::desk::{Desk, DeskError};
use crate::strings::language_name;
use crate::template::{LoadedTemplate, Template, TemplateKey, TemplateLibrary, TemplateOrigin};

/// How many of a failed template's problems an error shows; `check` lists them all.
const PROBLEMS_SHOWN: usize = 3;

/// The handout `id` in `language` (`es` finds `es-US`), or with no language
/// in the default one; otherwise why not, as [`find`] says, or the languages
/// it comes in.
pub fn find_in_language<'l>(
    library: &'l TemplateLibrary,
    id: &str,
    language: Option<&str>,
) -> Result<&'l LoadedTemplate, DeskError> {
    let any = find(library, id)?;
    let Some(language) = language else {
        return Ok(any);
    };
    library
        .in_language(id, language)
        .ok_or_else(|| DeskError::NoSuchLanguage {
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

/// The template `id` in `library` in the default language (see
/// [`TemplateLibrary::in_default_language`]); or why a file declaring it did
/// not load; or the ids there are, with the closest one.
pub fn find<'l>(library: &'l TemplateLibrary, id: &str) -> Result<&'l LoadedTemplate, DeskError> {
    if let Some(loaded) = library.in_default_language(id) {
        return Ok(loaded);
    }
    if let Some(failure) = library
        .failures
        .iter()
        .find(|f| f.id.as_deref() == Some(id))
    {
        let all = &failure.problems.0;
        let mut problems: Vec<String> = all
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(ToString::to_string)
            .collect();
        if all.len() > PROBLEMS_SHOWN {
            problems.push(format!("… and {} more", all.len() - PROBLEMS_SHOWN));
        }
        return Err(DeskError::NotLoaded {
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
    Err(DeskError::NoSuchTemplate {
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

/// A clinic copy just made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adapted {
    /// The copy's id and language.
    pub key: TemplateKey,
    /// Its title.
    pub title: String,
    /// The file it is saved in.
    pub file: PathBuf,
    /// Copies this desk already had of the same original.
    pub earlier: Vec<String>,
}

fn read_only(loaded: &LoadedTemplate) -> DeskError {
    DeskError::ReadOnly {
        id: loaded.template.id.clone(),
        where_: "not one of this desk's clinic templates",
        hint: "adapt it for your clinic first, then change or publish the copy",
    }
}

impl Desk {
    /// Makes the clinic's own editable copy of template `key` (in its
    /// language), named after the clinic, and saves it in the clinic's
    /// templates folder (never over a file there, even one that failed to
    /// load: it still holds someone's work).
    pub fn adapt(&mut self, key: &TemplateKey) -> Result<Adapted, DeskError> {
        let dir = self.storage_or_err()?.templates_dir();
        let base = self.template(key)?;
        let library = &self.library;
        let copy = adapt(&base.template, &self.profile.name, |taken| {
            !library.family(taken).is_empty() || template_file(&dir, taken).exists()
        });
        let earlier: Vec<String> = library
            .templates
            .iter()
            .filter(|t| {
                t.origin == TemplateOrigin::Clinic
                    && t.template
                        .adapted_from
                        .as_ref()
                        .is_some_and(|a| a.base_id == base.template.id)
                    && t.template.language == base.template.language
            })
            .map(|t| t.template.id.clone())
            .collect();
        let file = template_file(&dir, &copy.id);
        save_template(&copy, &file)?;
        let adapted = Adapted {
            key: copy.key(),
            title: copy.title.clone(),
            file: file.clone(),
            earlier,
        };
        let mut loaded = LoadedTemplate {
            template: copy,
            file,
            origin: TemplateOrigin::Clinic,
        };
        give_review(&mut loaded, &self.register);
        self.library.templates.push(loaded);
        Ok(adapted)
    }

    /// Whether template `key` is one of this desk's clinic templates, which it
    /// may change.
    pub fn is_editable(&self, key: &TemplateKey) -> bool {
        self.library
            .get_key(key)
            .is_some_and(|t| t.origin == TemplateOrigin::Clinic)
    }

    fn editable_mut(&mut self, key: &TemplateKey) -> Result<&mut LoadedTemplate, DeskError> {
        let loaded = self.template(key)?;
        if loaded.origin != TemplateOrigin::Clinic {
            return Err(read_only(loaded));
        }
        self.library
            .templates
            .iter_mut()
            .find(|t| t.key() == *key)
            .ok_or_else(|| DeskError::ReadOnly {
                id: key.id.clone(),
                where_: "gone from the library",
                hint: "choose it again",
            })
    }

    /// Makes `edit` to clinic template `key` in memory. Returns the template as
    /// it was, when the edit changed it, for an undo history. Any change makes
    /// it a draft until its new text is signed off. Save with
    /// [`Desk::save_template`].
    pub fn edit_template(
        &mut self,
        key: &TemplateKey,
        edit: &TemplateEdit,
    ) -> Result<Option<Template>, DeskError> {
        let register = self.register.clone();
        let loaded = self.editable_mut(key)?;
        let before = loaded.template.clone();
        if !apply_edit(&mut loaded.template, edit) {
            return Ok(None);
        }
        give_review(loaded, &register);
        Ok(Some(before))
    }

    /// Puts clinic template `key` back as `template` (an undo or redo). Returns
    /// the template it replaced.
    pub fn restore_template(
        &mut self,
        key: &TemplateKey,
        template: Template,
    ) -> Result<Template, DeskError> {
        let register = self.register.clone();
        let loaded = self.editable_mut(key)?;
        let replaced = std::mem::replace(&mut loaded.template, template);
        give_review(loaded, &register);
        Ok(replaced)
    }

    /// Saves clinic template `key` to its file.
    pub fn save_template(&self, key: &TemplateKey) -> Result<(), DeskError> {
        let loaded = self.template(key)?;
        if loaded.origin != TemplateOrigin::Clinic {
            return Err(read_only(loaded));
        }
        Ok(save_template(&loaded.template, &loaded.file)?)
    }

    /// Uses `dir` as the shared templates folder (or, with `None`, none), saves
    /// the choice and reads the templates again. Returns how many templates the
    /// folder has, and what could not be read.
    pub fn set_shared_dir(
        &mut self,
        dir: Option<PathBuf>,
    ) -> Result<(usize, Vec<crate::problem::Problem>), DeskError> {
        if let Some(dir) = &dir
            && !dir.is_dir()
        {
            return Err(DeskError::NotAFolder(dir.clone()));
        }
        self.config.shared_templates_dir = dir;
        let saved = self.save_config();
        let problems = self.reload();
        saved?;
        let shared = self
            .library
            .templates
            .iter()
            .filter(|t| t.origin == TemplateOrigin::Shared)
            .count();
        Ok((shared, problems))
    }

    fn shared_dir(&self) -> Result<&Path, DeskError> {
        self.config
            .shared_templates_dir
            .as_deref()
            .ok_or(DeskError::NoSharedFolder)
    }

    /// Copies clinic template `key` into the shared folder, atomically, with its
    /// sign-off (so desks that read the folder print it approved too). Returns
    /// the file written.
    pub fn publish(&self, key: &TemplateKey) -> Result<PathBuf, DeskError> {
        let shared = self.shared_dir()?;
        let loaded = self.template(key)?;
        if loaded.origin != TemplateOrigin::Clinic {
            return Err(DeskError::ReadOnly {
                id: loaded.template.id.clone(),
                where_: "not one of this desk's clinic templates",
                hint: "adapt it for your clinic first, then publish the copy",
            });
        }
        let path = template_file(shared, &loaded.template.id);
        save_template(&loaded.template, &path)?;
        let hash = crate::template::content_hash(&loaded.template);
        let own = SignOffRegister::of(self.register.sign_offs.clone());
        if let Some(sign_off) = own.find(&loaded.template, &hash) {
            publish_sign_offs(&SignOffRegister::of(vec![sign_off.clone()]), shared)?;
        }
        Ok(path)
    }

    /// Publishes this desk's sign-offs to the shared folder, beside those already
    /// there. Returns the file written and how many sign-offs it holds.
    pub fn publish_sign_offs(&self) -> Result<(PathBuf, usize), DeskError> {
        let shared = self.shared_dir()?;
        Ok(publish_sign_offs(&self.register, shared)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Problem;
    use crate::problem::Problems;

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
            problems: Problems(
                (1..=5)
                    .map(|n| {
                        Problem::error(format!("problem {n}"))
                            .in_file(Path::new("clinic/asthma.ron"))
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
