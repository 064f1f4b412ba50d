//! Clinic packs: one file holding a clinic's templates, its profile and its
//! sign-offs, for desks with no shared folder.
//!
//! The pack carries a SHA-256 checksum of its contents, so a file cut short in
//! copying, or changed by hand, is refused before anything is touched. Importing
//! is two steps: [`plan_import`] says what would be added, replaced or kept, and
//! [`apply_import`] does exactly that. A template that was edited on this desk is
//! never overwritten: the desk's version is kept under a new id beside the pack's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::clinic::adapt::{save_template, template_file};
use crate::clinic::sign_off::{SignOff, SignOffRegister};
use crate::clinic::workspace::update_register;
use crate::date::Date;
use crate::profile::ClinicProfile;
use crate::storage::{
    Loaded, Storage, StorageError, keep_aside, load_ron, save_text, timestamp, to_ron_text,
    update_ron,
};
use crate::template::validate::validate_template;
use crate::template::{
    ContentHash, Review, Template, TemplateLibrary, TemplateOrigin, content_hash,
};

/// The pack format this version writes and reads.
pub const PACK_FORMAT: u32 = 1;

/// A clinic pack as written to disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicPack {
    /// The pack format, [`PACK_FORMAT`].
    pub format: u32,
    /// The clinic that made it.
    pub clinic: String,
    /// The day it was made.
    pub made_on: Date,
    /// What it holds.
    pub contents: PackContents,
    /// SHA-256 of `contents` as canonical RON.
    pub checksum: ContentHash,
}

/// What a pack holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackContents {
    /// The clinic profile, if the pack carries one.
    pub profile: Option<ClinicProfile>,
    /// The clinic's templates.
    pub templates: Vec<Template>,
    /// The clinic's sign-offs (of its own and of shipped templates).
    pub sign_offs: Vec<SignOff>,
}

/// Why a pack cannot be read or imported.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// The file could not be read.
    #[error("cannot read the clinic pack {}: {reason}", path.display())]
    Read {
        /// The pack.
        path: PathBuf,
        /// The system's reason (in the message, so not chained as a `source`).
        reason: std::io::Error,
    },
    /// The file is not a whole pack.
    #[error(
        "{} is not a complete clinic pack (line {line}: {message}); nothing was changed\n  hint: the file may have been cut short while copying: export the pack again and copy it once more",
        path.display()
    )]
    Malformed {
        /// The pack.
        path: PathBuf,
        /// Where reading stopped.
        line: usize,
        /// What RON said.
        message: String,
    },
    /// A newer pack format.
    #[error(
        "{} is a format {found} clinic pack, and this Handout Desk reads format {PACK_FORMAT}; nothing was changed\n  hint: update Handout Desk on this desk",
        path.display()
    )]
    Format {
        /// The pack.
        path: PathBuf,
        /// Its format.
        found: u32,
    },
    /// The contents do not match the checksum.
    #[error(
        "{} was changed after it was made (its checksum does not match); nothing was changed\n  hint: ask your clinic lead for a fresh pack; do not edit pack files by hand",
        path.display()
    )]
    Tampered {
        /// The pack.
        path: PathBuf,
    },
    /// A template in the pack has problems.
    #[error(
        "template `{id}` in {} has problems: {problems}; nothing was changed",
        path.display()
    )]
    BadTemplate {
        /// The pack.
        path: PathBuf,
        /// The template.
        id: String,
        /// What is wrong.
        problems: String,
    },
    /// No folder to import into.
    #[error("there is no folder to keep the clinic's data in; set HANDOUT_DESK_DATA_DIR")]
    NoStorage,
    /// A file could not be written.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

fn checksum(contents: &PackContents) -> ContentHash {
    let canonical = ron::to_string(contents).unwrap_or_else(|_| format!("{contents:?}"));
    ContentHash::of_bytes(canonical.as_bytes())
}

/// A pack of `templates`, `profile` and `register`, made by `clinic` on `made_on`.
pub fn make_pack(
    clinic: &str,
    made_on: Date,
    profile: Option<ClinicProfile>,
    templates: Vec<Template>,
    register: &SignOffRegister,
) -> ClinicPack {
    let contents = PackContents {
        profile,
        templates,
        sign_offs: register.sign_offs.clone(),
    };
    ClinicPack {
        format: PACK_FORMAT,
        clinic: clinic.to_owned(),
        made_on,
        checksum: checksum(&contents),
        contents,
    }
}

/// Writes `pack` to `path` atomically.
pub fn write_pack(pack: &ClinicPack, path: &Path) -> Result<(), StorageError> {
    let body = to_ron_text(pack, "the clinic pack")?;
    let text = format!(
        "// A Handout Desk clinic pack. Import it with `handout-desk pack import FILE`\n// or from the desk app. Do not edit it: a changed pack is refused.\n{body}"
    );
    save_text(path, &text, "the clinic pack")
}

/// Reads and checks a pack: whole, of a known format, unchanged, valid templates.
pub fn read_pack(path: &Path) -> Result<ClinicPack, PackError> {
    let bytes = std::fs::read(path).map_err(|reason| PackError::Read {
        path: path.to_path_buf(),
        reason,
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let pack: ClinicPack = options.from_str(&text).map_err(|e| PackError::Malformed {
        path: path.to_path_buf(),
        line: e.span.start.line.max(1),
        message: e.code.to_string(),
    })?;
    if pack.format != PACK_FORMAT {
        return Err(PackError::Format {
            path: path.to_path_buf(),
            found: pack.format,
        });
    }
    if checksum(&pack.contents) != pack.checksum {
        return Err(PackError::Tampered {
            path: path.to_path_buf(),
        });
    }
    for template in &pack.contents.templates {
        let problems: Vec<String> = validate_template(template, "", path)
            .into_iter()
            .filter(|d| d.is_error())
            .map(|d| d.message)
            .collect();
        if !problems.is_empty() {
            return Err(PackError::BadTemplate {
                path: path.to_path_buf(),
                id: template.id.clone(),
                problems: problems.join("; "),
            });
        }
    }
    Ok(pack)
}

/// What each template on this desk was when it last arrived from a pack, so that
/// a later pack can tell an untouched import from local edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportLedger {
    /// Template id → content hash as imported.
    pub imported: BTreeMap<String, ContentHash>,
}

/// What importing will do with one template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateStep {
    /// New on this desk.
    Add,
    /// This desk already has exactly this text.
    Same,
    /// This desk's copy came from an earlier pack and was not edited: replace it.
    Replace {
        /// The version on this desk now.
        from_version: String,
    },
    /// This desk's copy has local edits (or was made here): keep it under `kept_as`
    /// as a draft, and add the pack's under the original id.
    KeepBoth {
        /// The new id of the desk's own version.
        kept_as: String,
    },
    /// The id belongs to a shipped template: not imported.
    Refuse,
}

/// One template in an import plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedTemplate {
    /// Its id.
    pub id: String,
    /// Its version in the pack.
    pub version: String,
    /// What will happen.
    pub step: TemplateStep,
}

/// What importing will do with the clinic profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileStep {
    /// The pack has none.
    None,
    /// This desk has none: add it.
    Add,
    /// This desk has the same one.
    Same,
    /// Replace this desk's profile; the old one is kept beside it.
    Replace,
}

/// Everything an import will do, to show before doing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    /// Per template.
    pub templates: Vec<PlannedTemplate>,
    /// The profile.
    pub profile: ProfileStep,
    /// Sign-offs this desk does not have yet.
    pub new_sign_offs: usize,
}

impl ImportPlan {
    /// One line per step, for people.
    pub fn describe(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .templates
            .iter()
            .map(|t| match &t.step {
                TemplateStep::Add => format!("add {} v{}", t.id, t.version),
                TemplateStep::Same => format!("keep {} v{} (already the same here)", t.id, t.version),
                TemplateStep::Replace { from_version } => format!(
                    "replace {} v{from_version} with v{} (not edited on this desk since it was imported)",
                    t.id, t.version
                ),
                TemplateStep::KeepBoth { kept_as } => format!(
                    "keep both: {} has edits on this desk, kept as {kept_as} (a draft); the pack's v{} takes the id {}",
                    t.id, t.version, t.id
                ),
                TemplateStep::Refuse => format!(
                    "skip {}: a shipped template has this id",
                    t.id
                ),
            })
            .collect();
        lines.push(match self.profile {
            ProfileStep::None => "clinic profile: not in the pack".to_owned(),
            ProfileStep::Add => "clinic profile: add".to_owned(),
            ProfileStep::Same => "clinic profile: already the same here".to_owned(),
            ProfileStep::Replace => {
                "clinic profile: replace (this desk's profile is kept beside it)".to_owned()
            }
        });
        lines.push(format!("sign-offs: {} new", self.new_sign_offs));
        lines
    }
}

/// This desk's side of an import: its own templates, ledger, profile and sign-offs.
#[derive(Debug, Clone)]
pub struct DeskData {
    /// The desk's own clinic templates folder and what is in it.
    pub own: TemplateLibrary,
    /// Which ids are shipped.
    pub shipped_ids: Vec<String>,
    /// What arrived in earlier packs.
    pub ledger: ImportLedger,
    /// The desk's clinic profile, if it has saved one.
    pub profile: Option<ClinicProfile>,
    /// The desk's sign-offs.
    pub register: SignOffRegister,
}

impl DeskData {
    /// Reads this desk's side from `storage`.
    pub fn read(storage: &Storage) -> Self {
        let mut own = TemplateLibrary::default();
        let dir = storage.templates_dir();
        if dir.is_dir() {
            own.add_folder(&dir, TemplateOrigin::Clinic);
        }
        let ledger = match load_ron(&storage.imports_path()) {
            Loaded::Found(l) => l,
            _ => ImportLedger::default(),
        };
        let profile = match storage.load_profile() {
            Loaded::Found(p) => Some(p),
            _ => None,
        };
        let register = match load_ron(&storage.sign_offs_path()) {
            Loaded::Found(r) => r,
            _ => SignOffRegister::default(),
        };
        Self {
            own,
            shipped_ids: TemplateLibrary::shipped()
                .templates
                .into_iter()
                .map(|t| t.template.id)
                .collect(),
            ledger,
            profile,
            register,
        }
    }

    fn id_taken(&self, id: &str) -> bool {
        !self.own.family(id).is_empty() || self.shipped_ids.iter().any(|s| s == id)
    }
}

/// The pack of this desk: its own clinic templates as their files say (with the
/// approval each carries), its saved clinic profile and its sign-offs. A
/// template that still has problems to fix is refused by name: another desk
/// would refuse the whole pack for it.
pub fn pack_of_desk(desk: &DeskData, made_on: Date) -> Result<ClinicPack, PackError> {
    if let Some((loaded, problems)) = desk
        .own
        .templates
        .iter()
        .find_map(|t| crate::clinic::workspace::blocking_problems(t).map(|p| (t, p)))
    {
        return Err(PackError::BadTemplate {
            path: loaded.file.clone(),
            id: loaded.template.id.clone(),
            problems: format!("{problems}; fix it in the editor before packing"),
        });
    }
    let clinic = desk
        .profile
        .as_ref()
        .map_or_else(String::new, |p| p.name.clone());
    let templates = desk
        .own
        .templates
        .iter()
        .map(|t| t.template.clone())
        .collect();
    Ok(make_pack(
        &clinic,
        made_on,
        desk.profile.clone(),
        templates,
        &desk.register,
    ))
}

/// What importing `pack` into `desk` would do.
pub fn plan_import(pack: &ClinicPack, desk: &DeskData) -> ImportPlan {
    let mut reserved: Vec<String> = Vec::new();
    let templates = pack
        .contents
        .templates
        .iter()
        .map(|incoming| {
            let step = if desk.shipped_ids.contains(&incoming.id) {
                TemplateStep::Refuse
            } else {
                match desk.own.in_default_language(&incoming.id) {
                    None => TemplateStep::Add,
                    Some(local) if local.template == *incoming => TemplateStep::Same,
                    Some(local) => {
                        let local_hash = content_hash(&local.template);
                        if desk.ledger.imported.get(&incoming.id) == Some(&local_hash) {
                            TemplateStep::Replace {
                                from_version: local.template.version.clone(),
                            }
                        } else {
                            let stem = format!("{}-local", incoming.id);
                            let kept_as = std::iter::once(stem.clone())
                                .chain((2..).map(|n| format!("{stem}-{n}")))
                                .find(|id| !desk.id_taken(id) && !reserved.contains(id))
                                .unwrap_or(stem);
                            reserved.push(kept_as.clone());
                            TemplateStep::KeepBoth { kept_as }
                        }
                    }
                }
            };
            PlannedTemplate {
                id: incoming.id.clone(),
                version: incoming.version.clone(),
                step,
            }
        })
        .collect();
    let profile = match (&pack.contents.profile, &desk.profile) {
        (None, _) => ProfileStep::None,
        (Some(_), None) => ProfileStep::Add,
        (Some(p), Some(mine)) if p == mine => ProfileStep::Same,
        (Some(_), Some(_)) => ProfileStep::Replace,
    };
    let mut register = desk.register.clone();
    let incoming = SignOffRegister::of(pack.contents.sign_offs.clone());
    let new_sign_offs = register.merge(&incoming);
    ImportPlan {
        templates,
        profile,
        new_sign_offs,
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// One line per thing done.
    pub done: Vec<String>,
}

/// Does what `plan` says with `pack` on the desk at `storage`. Each file is written
/// atomically, and a desk's own version is saved under its new id before the
/// pack's takes the old one, so nothing is lost at any point.
pub fn apply_import(
    pack: &ClinicPack,
    plan: &ImportPlan,
    storage: &Storage,
) -> Result<ImportReport, PackError> {
    let desk = DeskData::read(storage);
    let dir = storage.templates_dir();
    let mut report = ImportReport::default();
    let mut arrived = BTreeMap::new();
    for (incoming, planned) in pack.contents.templates.iter().zip(&plan.templates) {
        let target = template_file(&dir, &incoming.id);
        match &planned.step {
            TemplateStep::Same | TemplateStep::Refuse => continue,
            TemplateStep::KeepBoth { kept_as } => {
                if let Some(local) = desk.own.in_default_language(&incoming.id) {
                    let mut mine = local.template.clone();
                    mine.id = kept_as.clone();
                    mine.title = format!("{} (this desk's edits)", mine.title);
                    mine.review = Review::draft(format!(
                        "Kept from this desk when a clinic pack from {} replaced `{}`; not approved.",
                        pack.clinic, incoming.id
                    ));
                    save_template(&mine, &template_file(&dir, kept_as))?;
                    if local.file != target {
                        // The desk's file had another name: leave it, but it would
                        // now clash with the pack's id, so put it aside.
                        keep_aside(&local.file)?;
                    }
                    report
                        .done
                        .push(format!("kept this desk's {} as {kept_as}", incoming.id));
                }
            }
            TemplateStep::Replace { .. } => {
                if let Some(local) = desk.own.in_default_language(&incoming.id)
                    && local.file != target
                {
                    keep_aside(&local.file)?;
                }
            }
            TemplateStep::Add => {}
        }
        save_template(incoming, &target)?;
        arrived.insert(incoming.id.clone(), content_hash(incoming));
        report
            .done
            .push(format!("saved {} v{}", incoming.id, incoming.version));
    }
    // Re-read under the lock: another import may have recorded templates meanwhile.
    update_ron(
        &storage.imports_path(),
        "the import record",
        |ledger: &mut ImportLedger| {
            ledger.imported.extend(arrived);
        },
    )?;
    match (&pack.contents.profile, plan.profile) {
        (Some(profile), ProfileStep::Add) => {
            storage.save_profile(profile)?;
            report.done.push("added the clinic profile".to_owned());
        }
        (Some(profile), ProfileStep::Replace) => {
            let old = storage.profile_path();
            let kept = old.with_file_name(format!(
                "clinic-profile.before-import-{}.ron",
                timestamp(std::time::SystemTime::now())
            ));
            std::fs::copy(&old, &kept).map_err(|reason| StorageError::Io {
                action: "keep a copy of",
                path: old.clone(),
                reason,
            })?;
            storage.save_profile(profile)?;
            report.done.push(format!(
                "replaced the clinic profile (the old one is kept as {})",
                kept.display()
            ));
        }
        _ => {}
    }
    let incoming = SignOffRegister::of(pack.contents.sign_offs.clone());
    let (_, added) = update_register(storage, |register| register.merge(&incoming))?;
    if added > 0 {
        report.done.push(format!("added {added} sign-off(s)"));
    }
    Ok(report)
}
