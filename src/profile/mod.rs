//! Clinic profiles: the clinic's details and local resources.

pub mod contact;
mod fields;
mod identity;
pub mod load;
mod model;
pub mod printed;
pub mod rules;

pub use load::{parse_profile, read_profile_file, validate_profile};
pub use model::{ClinicProfile, LocalResource, ResourceId};
pub use rules::{Freshness, STALE_AFTER_DAYS, field_problems, profile_problems};
