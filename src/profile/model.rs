//! A clinic's profile: who the clinic is and the local resources it hands out.
//!
//! Holds no patient data: nothing here is about the person the handout is for.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::template::ResourceCategory;

/// The clinic and its local resources, as saved in a profile `.ron` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicProfile {
    /// The clinic's name, printed on every handout.
    pub name: String,
    /// ISO 3166 two-letter country code, e.g. `US`; picks the national helplines.
    pub country: String,
    /// Street address.
    #[serde(default)]
    pub address: Option<String>,
    /// Main phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Website, e.g. `https://clinic.example`.
    #[serde(default)]
    pub website: Option<String>,
    /// Local resources, in the order they are printed.
    #[serde(default)]
    pub resources: Vec<LocalResource>,
    /// The shipped example clinic, whose details are all made up: every page
    /// printed with it says "EXAMPLE — not a real clinic", so its numbers can
    /// never pass for real ones. Left out of files where it is false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub example: bool,
}

/// For `skip_serializing_if`: a clinic's own profile file never mentions the flag.
fn is_false(flag: &bool) -> bool {
    !*flag
}

/// A local resource's identity: it stays the same when the resource is
/// renamed, moved, or arrives again in another desk's clinic pack, so that
/// choices about it (such as leaving it out of one handout) follow it, not its
/// place in the list. Zero means "not given yet"; see [`ClinicProfile::give_ids`].
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct ResourceId(pub u64);

impl ResourceId {
    /// Whether no identity was given yet (a hand-written profile).
    pub fn is_unset(&self) -> bool {
        self.0 == 0
    }
}

/// One local service the clinic refers people to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalResource {
    /// Its identity; written by Handout Desk, never needed in a hand-written file.
    #[serde(default, skip_serializing_if = "ResourceId::is_unset")]
    pub id: ResourceId,
    /// Its name.
    pub name: String,
    /// What kind of help it gives.
    pub category: ResourceCategory,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Street address.
    #[serde(default)]
    pub address: Option<String>,
    /// Opening hours, e.g. "Mon–Fri 8 a.m. to 5 p.m." or "24/7".
    #[serde(default)]
    pub hours: Option<String>,
    /// Website.
    #[serde(default)]
    pub website: Option<String>,
    /// A short note for the patient, e.g. "Walk in, no appointment needed".
    #[serde(default)]
    pub notes: Option<String>,
    /// The hours in Spanish, printed on Spanish handouts instead of `hours`.
    /// Two flat fields rather than a map by language: they are the only
    /// clinic words that change with the handout's language, they name a
    /// field in a problem (`resources[2].hours_es`) like any other, and a
    /// file without them loads as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_es: Option<String>,
    /// The note in Spanish, printed on Spanish handouts instead of `notes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes_es: Option<String>,
    /// The day someone last checked these details were right.
    #[serde(default)]
    pub last_checked: Option<Date>,
}

impl LocalResource {
    /// A resource with only its name and category, every detail empty and
    /// never checked; the one place that lists the fields, so a field added
    /// to the profile is added here once.
    pub fn new(name: impl Into<String>, category: ResourceCategory) -> Self {
        Self {
            id: ResourceId::default(),
            name: name.into(),
            category,
            phone: None,
            address: None,
            hours: None,
            website: None,
            notes: None,
            hours_es: None,
            notes_es: None,
            last_checked: None,
        }
    }
}

impl ClinicProfile {
    /// An empty profile for a clinic that has not entered its details yet.
    pub fn blank() -> Self {
        Self {
            name: String::new(),
            country: "US".to_owned(),
            address: None,
            phone: None,
            website: None,
            resources: Vec::new(),
            example: false,
        }
    }

    /// The resources of one category, in profile order.
    pub fn resources_of(&self, category: ResourceCategory) -> impl Iterator<Item = &LocalResource> {
        self.resources
            .iter()
            .filter(move |r| r.category == category)
    }
}
