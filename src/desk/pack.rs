//! Clinic packs from a desk's side: what goes into one (its clinic templates,
//! its clinic profile, its sign-offs), what importing one would do, and doing
//! it, so that each handout's choice of resources still names the same
//! services afterwards.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::clinic::pack::{
    ClinicPack, DeskData, ImportPlan, ImportReport, apply_import, make_pack, plan_import,
    profile_errors, read_pack, write_pack,
};
use crate::desk::preflight::load_errors;
use crate::desk::{Desk, DeskError, ProfileSource, Refused};
use crate::profile::{ClinicProfile, ResourceId};
use crate::storage::{Loaded, Unreadable};

/// What a pack says about the clinic profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackProfile {
    /// The clinic's profile is in it.
    Included,
    /// This desk has no profile of its own yet (it shows the example clinic).
    NoneSaved,
    /// This desk's profile could not be read (it was kept aside): the pack has
    /// none, and says so.
    Unreadable(Unreadable),
}

/// What a pack written from this desk holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackSummary {
    /// Where it was written.
    pub path: PathBuf,
    /// How many clinic templates.
    pub templates: usize,
    /// The clinic profile.
    pub profile: PackProfile,
    /// How many sign-offs.
    pub sign_offs: usize,
}

impl PackSummary {
    /// "the clinic profile", or why the pack has none.
    pub fn profile_words(&self) -> String {
        match &self.profile {
            PackProfile::Included => "the clinic profile".to_owned(),
            PackProfile::NoneSaved => "no clinic profile".to_owned(),
            PackProfile::Unreadable(u) => format!(
                "no clinic profile: the one saved on this desk could not be read ({}){}; enter the clinic's details again and export the pack once more to include them",
                u.reason,
                u.kept_as
                    .as_ref()
                    .map_or_else(String::new, |k| format!(" and was kept as {}", k.display()))
            ),
        }
    }
}

/// A pack read and checked, with what importing it would do.
#[derive(Debug, Clone)]
pub struct PendingImport {
    /// The pack file.
    pub file: PathBuf,
    /// The pack.
    pub pack: ClinicPack,
    /// What importing it would do.
    pub plan: ImportPlan,
}

impl Desk {
    /// The clinic's own profile, when the desk has one (not the example).
    fn own_profile(&self) -> Option<ClinicProfile> {
        (self.profile_source == ProfileSource::Clinic).then(|| self.profile.clone())
    }

    /// Writes this desk's clinic pack to `path`: its clinic templates as their
    /// files say, its clinic profile and its sign-offs. A template or a profile
    /// with problems to fix is refused by name (another desk would refuse the
    /// pack for it); a profile that could not be read is said, not silently
    /// left out.
    pub fn pack_export(&self, path: &Path) -> Result<PackSummary, DeskError> {
        let storage = self.storage_or_err()?;
        let desk = DeskData::read(storage, self.own_profile());
        if let Some((loaded, problems)) = desk.own.templates.iter().find_map(|t| {
            let errors = load_errors(t);
            (!errors.is_empty()).then_some((t, errors))
        }) {
            return Err(DeskError::Refused {
                action: Refused::PackTemplate,
                id: loaded.template.id.clone(),
                problems,
            });
        }
        if let Some(profile) = &desk.profile {
            let problems = profile_errors(profile, self.today);
            if !problems.is_empty() {
                return Err(DeskError::Refused {
                    action: Refused::PackProfile,
                    id: "the clinic profile".to_owned(),
                    problems,
                });
            }
        }
        let clinic = desk.profile.as_ref().map_or("", |p| p.name.as_str());
        let templates = desk
            .own
            .templates
            .iter()
            .map(|t| t.template.clone())
            .collect();
        let pack = make_pack(
            clinic,
            self.today,
            desk.profile.clone(),
            templates,
            &desk.register,
        );
        write_pack(&pack, path)?;
        let profile = match (&pack.contents.profile, &self.profile_source) {
            (Some(_), _) => PackProfile::Included,
            (None, ProfileSource::Unreadable(u)) => PackProfile::Unreadable(u.clone()),
            (None, _) => PackProfile::NoneSaved,
        };
        Ok(PackSummary {
            path: path.to_path_buf(),
            templates: pack.contents.templates.len(),
            profile,
            sign_offs: pack.contents.sign_offs.len(),
        })
    }

    /// Reads and checks the pack in `file` (whole, unchanged, valid templates
    /// and profile) and works out what importing it would do. Changes nothing.
    pub fn pack_plan(&self, file: &Path) -> Result<PendingImport, DeskError> {
        let storage = self.storage_or_err()?;
        let pack = read_pack(file)?;
        let plan = plan_import(&pack, &DeskData::read(storage, self.own_profile()));
        Ok(PendingImport {
            file: file.to_path_buf(),
            pack,
            plan,
        })
    }

    /// Does what `pending.plan` says. When the pack brings a profile, each
    /// handout's left-out resources are carried over to it by identity (or,
    /// for a resource the pack's profile knows by another identity, by its
    /// category and name); choices about resources the pack's profile does not
    /// have are dropped, and said. Then the desk reads its files again.
    pub fn pack_import(&mut self, pending: &PendingImport) -> Result<ImportReport, DeskError> {
        let storage = self.storage_or_err()?.clone();
        let mut report = apply_import(&pending.pack, &pending.plan, &storage)?;
        if let Loaded::Found(profile) = storage.load_profile()
            && (self.profile_source != ProfileSource::Clinic || profile != self.profile)
        {
            let old = std::mem::replace(&mut self.profile, profile);
            self.profile_source = ProfileSource::Clinic;
            let dropped = self.carry_choices_over(&old);
            if !dropped.is_empty() {
                report.done.push(format!(
                    "no longer left out, as the new profile does not list them: {}",
                    dropped.join(", ")
                ));
            }
            self.save_config()?;
        }
        self.reload();
        Ok(report)
    }

    /// Moves every handout's left-out resources from `old`'s resources to the
    /// same services in the desk's profile now. Returns the names of those
    /// that are gone.
    fn carry_choices_over(&mut self, old: &ClinicProfile) -> Vec<String> {
        let new = &self.profile;
        let mut dropped: Vec<String> = Vec::new();
        for options in self.config.handouts.values_mut() {
            let mut carried = BTreeSet::new();
            for id in &options.excluded_resources {
                match same_resource(*id, old, new) {
                    Some(now) => {
                        carried.insert(now);
                    }
                    None => {
                        if let Some(r) = old.resource(*id)
                            && !dropped.contains(&r.name)
                        {
                            dropped.push(r.name.clone());
                        }
                    }
                }
            }
            options.excluded_resources = carried;
        }
        dropped
    }
}

/// The identity in `new` of the resource `id` named in `old`: the same
/// identity when `new` has it, else a resource of the same category and name.
fn same_resource(id: ResourceId, old: &ClinicProfile, new: &ClinicProfile) -> Option<ResourceId> {
    if new.resource(id).is_some() {
        return Some(id);
    }
    let was = old.resource(id)?;
    new.resources
        .iter()
        .find(|r| r.category == was.category && r.name.trim().eq_ignore_ascii_case(was.name.trim()))
        .map(|r| r.id)
}
