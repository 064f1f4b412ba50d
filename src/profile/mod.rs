//! Clinic profiles: the clinic's details and local resources.

pub mod contact;
mod fields;
pub mod load;
mod model;

pub use load::{parse_profile, read_profile_file, validate_profile};
pub use model::{ClinicProfile, LocalResource};
