//! Giving local resources their [`ResourceId`]s.
//!
//! A resource written by hand has none. It gets one worked out from its
//! category and name (and how many before it share both), so the same
//! hand-written profile gives the same ids on every desk and at every start:
//! a choice made about "Riverside Crisis Team" still finds it next time. A
//! resource added in the app gets a fresh id no other desk is likely to have.
//! Once saved, an id never changes, whatever is renamed or moved.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::date::Date;
use crate::profile::{ClinicProfile, LocalResource, ResourceId};
use crate::template::ResourceCategory;

/// The first eight bytes of SHA-256 of `parts`, never zero.
fn id_of(parts: &[&[u8]]) -> ResourceId {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    let digest = hasher.finalize();
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    ResourceId(u64::from_le_bytes(bytes).max(1))
}

/// The id a hand-written resource gets: from its category, its name and how
/// many resources before it have both.
fn derived_id(r: &LocalResource, nth: usize) -> ResourceId {
    let name = r.name.trim().to_lowercase();
    id_of(&[
        r.category.label().as_bytes(),
        name.as_bytes(),
        &(nth as u64).to_le_bytes(),
    ])
}

impl ClinicProfile {
    /// Gives every resource without an id its derived one; ids already given
    /// are kept, and a clash (two resources copied with one id) is resolved so
    /// that each id names one resource.
    pub fn give_ids(&mut self) {
        let mut taken: Vec<ResourceId> = Vec::with_capacity(self.resources.len());
        for i in 0..self.resources.len() {
            let r = &self.resources[i];
            let mut id = r.id;
            if id.is_unset() || taken.contains(&id) {
                let nth = self.resources[..i]
                    .iter()
                    .filter(|o| {
                        o.category == r.category
                            && o.name.trim().eq_ignore_ascii_case(r.name.trim())
                    })
                    .count();
                id = derived_id(r, nth);
                while taken.contains(&id) {
                    id = ResourceId(id.0.wrapping_add(1).max(1));
                }
            }
            taken.push(id);
            self.resources[i].id = id;
        }
    }

    /// A new id for a resource about to be added, unlike any in this profile
    /// (and, being made from the time, unlike any another desk makes).
    pub fn new_resource_id(&self) -> ResourceId {
        static MADE: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let count = MADE.fetch_add(1, Ordering::Relaxed);
        let mut id = id_of(&[
            &nanos.to_le_bytes(),
            &std::process::id().to_le_bytes(),
            &count.to_le_bytes(),
        ]);
        while self.resources.iter().any(|r| r.id == id) {
            id = ResourceId(id.0.wrapping_add(1).max(1));
        }
        id
    }

    /// Adds an empty resource of `category` with a new id, last checked on
    /// `today` (the day its details are typed in): what the setup screen and
    /// the clinic form both add.
    pub fn add_blank_resource(&mut self, category: ResourceCategory, today: Date) {
        let id = self.new_resource_id();
        self.resources.push(LocalResource {
            id,
            last_checked: Some(today),
            ..LocalResource::new(String::new(), category)
        });
    }

    /// The resource with identity `id`.
    pub fn resource(&self, id: ResourceId) -> Option<&LocalResource> {
        self.resources.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::ResourceCategory;

    fn resource(name: &str, category: ResourceCategory) -> LocalResource {
        LocalResource::new(name, category)
    }

    #[test]
    fn hand_written_resources_get_the_same_ids_wherever_they_are() {
        let mut a = ClinicProfile::blank();
        a.resources = vec![
            resource("Crisis team", ResourceCategory::CrisisLine),
            resource("Pharmacy", ResourceCategory::Pharmacy),
            resource("Pharmacy", ResourceCategory::Pharmacy),
        ];
        let mut b = a.clone();
        b.resources.swap(0, 1);
        a.give_ids();
        b.give_ids();
        assert_eq!(a.resources[0].id, b.resources[1].id, "moved, same id");
        assert_ne!(a.resources[1].id, a.resources[2].id, "twins get their own");
        assert!(a.resources.iter().all(|r| !r.id.is_unset()));
        let before = a.resources[0].id;
        a.resources[0].name = "County crisis team".into();
        a.give_ids();
        assert_eq!(a.resources[0].id, before, "renaming keeps the id");
        let fresh = a.new_resource_id();
        assert!(a.resources.iter().all(|r| r.id != fresh) && !fresh.is_unset());
    }

    #[test]
    fn ids_are_written_only_once_given() {
        let mut p = ClinicProfile::blank();
        p.resources
            .push(resource("Crisis team", ResourceCategory::CrisisLine));
        let text = ron::to_string(&p).unwrap();
        assert!(!text.contains("id:"), "{text}");
        p.give_ids();
        let text = ron::to_string(&p).unwrap();
        assert!(text.contains("id:"), "{text}");
        let back: ClinicProfile = ron::from_str(&text).unwrap();
        assert_eq!(back, p);
    }
}
