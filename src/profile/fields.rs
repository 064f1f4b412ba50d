//! Reading and writing a profile's text fields by name ([`ClinicField`],
//! [`ResourceField`]), so the form, the rules and the checks agree on which
//! field is which.

use crate::problem::{ClinicField, ResourceField};
use crate::profile::{ClinicProfile, LocalResource};

/// `None` for text that is only white space: an empty optional field is no field.
fn optional(value: String) -> Option<String> {
    (!value.trim().is_empty()).then_some(value)
}

impl ClinicProfile {
    /// The text of one of the clinic's details, `None` when it is not filled in.
    pub fn text(&self, field: ClinicField) -> Option<&str> {
        match field {
            ClinicField::Name => Some(&self.name),
            ClinicField::Country => Some(&self.country),
            ClinicField::Address => self.address.as_deref(),
            ClinicField::Phone => self.phone.as_deref(),
            ClinicField::Website => self.website.as_deref(),
        }
    }

    /// Sets one of the clinic's details as typed; optional details left empty
    /// are removed.
    pub fn set_text(&mut self, field: ClinicField, value: String) {
        match field {
            ClinicField::Name => self.name = value,
            ClinicField::Country => self.country = value,
            ClinicField::Address => self.address = optional(value),
            ClinicField::Phone => self.phone = optional(value),
            ClinicField::Website => self.website = optional(value),
        }
    }
}

impl LocalResource {
    /// The text of one of the resource's details, `None` when it is not filled
    /// in (and for its date, which is not text).
    pub fn text(&self, field: ResourceField) -> Option<&str> {
        match field {
            ResourceField::Name => Some(&self.name),
            ResourceField::Phone => self.phone.as_deref(),
            ResourceField::Address => self.address.as_deref(),
            ResourceField::Hours => self.hours.as_deref(),
            ResourceField::Website => self.website.as_deref(),
            ResourceField::Notes => self.notes.as_deref(),
            ResourceField::HoursEs => self.hours_es.as_deref(),
            ResourceField::NotesEs => self.notes_es.as_deref(),
            ResourceField::LastChecked => None,
        }
    }

    /// The text of `field` as a handout in `language` prints it: the Spanish
    /// version on a Spanish handout where there is one, else the English.
    pub fn printed_text(&self, field: ResourceField, language: &str) -> Option<&str> {
        self.text(field.in_language(language))
            .or_else(|| self.text(field))
    }

    /// Sets one of the resource's text details as typed; optional details left
    /// empty are removed. The date is set on its own field, not here.
    pub fn set_text(&mut self, field: ResourceField, value: String) {
        match field {
            ResourceField::Name => self.name = value,
            ResourceField::Phone => self.phone = optional(value),
            ResourceField::Address => self.address = optional(value),
            ResourceField::Hours => self.hours = optional(value),
            ResourceField::Website => self.website = optional(value),
            ResourceField::Notes => self.notes = optional(value),
            ResourceField::HoursEs => self.hours_es = optional(value),
            ResourceField::NotesEs => self.notes_es = optional(value),
            ResourceField::LastChecked => {}
        }
    }
}
