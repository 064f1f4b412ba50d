//! The fields of a template and of a clinic profile that a problem can be about,
//! outside the template's blocks. In JSON a field is a path into its file, e.g.
//! `title`, `sources[0]` or `resources[2].notes` (indices from 0, as blocks are);
//! for people it is "the title", "source 4" or "resource 3 notes" (from 1).

use std::fmt;

/// One of the clinic's own details in its profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClinicField {
    /// The clinic's name, printed on every handout.
    Name,
    /// The two-letter country code that picks the national lines.
    Country,
    /// Street address.
    Address,
    /// Main phone number.
    Phone,
    /// Website.
    Website,
}

impl ClinicField {
    /// Every clinic field, in the order the profile file writes them.
    pub const ALL: [ClinicField; 5] = [
        ClinicField::Name,
        ClinicField::Country,
        ClinicField::Address,
        ClinicField::Phone,
        ClinicField::Website,
    ];

    /// The field's name in a profile file, e.g. `country`.
    pub fn key(self) -> &'static str {
        match self {
            ClinicField::Name => "name",
            ClinicField::Country => "country",
            ClinicField::Address => "address",
            ClinicField::Phone => "phone",
            ClinicField::Website => "website",
        }
    }
}

/// One detail of a local resource in the clinic profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ResourceField {
    /// Its name.
    Name,
    /// Phone number.
    Phone,
    /// Street address.
    Address,
    /// Opening hours.
    Hours,
    /// Website.
    Website,
    /// A short note for the patient.
    Notes,
    /// Opening hours in Spanish, for Spanish handouts.
    HoursEs,
    /// The note in Spanish, for Spanish handouts.
    NotesEs,
    /// The day the details were last checked.
    LastChecked,
}

impl ResourceField {
    /// The text fields, in the order the form shows them.
    pub const TEXT: [ResourceField; 8] = [
        ResourceField::Name,
        ResourceField::Phone,
        ResourceField::Address,
        ResourceField::Hours,
        ResourceField::Website,
        ResourceField::Notes,
        ResourceField::HoursEs,
        ResourceField::NotesEs,
    ];

    /// The fields printed in the handout's language: each with its Spanish
    /// version.
    pub const TRANSLATED: [(ResourceField, ResourceField); 2] = [
        (ResourceField::Hours, ResourceField::HoursEs),
        (ResourceField::Notes, ResourceField::NotesEs),
    ];

    /// The field that holds this one's text for a handout in `language` (a
    /// BCP 47 tag): its Spanish version on a Spanish handout, else itself.
    pub fn in_language(self, language: &str) -> ResourceField {
        if crate::strings::primary_language(language) != "es" {
            return self;
        }
        Self::TRANSLATED
            .into_iter()
            .find(|(english, _)| *english == self)
            .map_or(self, |(_, spanish)| spanish)
    }

    /// The field's name in a profile file, e.g. `last_checked`.
    pub fn key(self) -> &'static str {
        match self {
            ResourceField::Name => "name",
            ResourceField::Phone => "phone",
            ResourceField::Address => "address",
            ResourceField::Hours => "hours",
            ResourceField::Website => "website",
            ResourceField::Notes => "notes",
            ResourceField::HoursEs => "hours_es",
            ResourceField::NotesEs => "notes_es",
            ResourceField::LastChecked => "last_checked",
        }
    }
}

/// A field of a template or of a clinic profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The template's title.
    Title,
    /// The template's subtitle.
    Subtitle,
    /// A source of the template: its place in `sources` (from 0) and its number.
    Source {
        /// Place in the template's `sources` list, from 0.
        index: usize,
        /// The number blocks cite it by.
        id: u32,
    },
    /// One of the clinic's own details.
    Clinic(ClinicField),
    /// A detail of the profile's resource at this index (from 0).
    Resource(usize, ResourceField),
}

impl Field {
    /// The path into the file, e.g. `resources[2].notes`.
    pub fn path(self) -> String {
        match self {
            Field::Title => "title".to_owned(),
            Field::Subtitle => "subtitle".to_owned(),
            Field::Source { index, .. } => format!("sources[{index}]"),
            Field::Clinic(field) => field.key().to_owned(),
            Field::Resource(i, field) => format!("resources[{i}].{}", field.key()),
        }
    }

    /// Whether the field is in a clinic profile rather than a template.
    pub fn in_profile(self) -> bool {
        matches!(self, Field::Clinic(_) | Field::Resource(..))
    }
}

/// The field for people, e.g. "resource 3 notes" (counting from 1).
impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Field::Title => write!(f, "the title"),
            Field::Subtitle => write!(f, "the subtitle"),
            Field::Source { id, .. } => write!(f, "source {id}"),
            Field::Clinic(field) => write!(f, "clinic {}", field.key()),
            Field::Resource(i, field) => {
                let name = match field {
                    ResourceField::HoursEs => "hours in Spanish".to_owned(),
                    ResourceField::NotesEs => "notes in Spanish".to_owned(),
                    _ => field.key().replace('_', " "),
                };
                write!(f, "resource {} {name}", i + 1)
            }
        }
    }
}

impl serde::Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_written_as_paths_and_named_for_people() {
        let notes = Field::Resource(2, ResourceField::Notes);
        assert_eq!(notes.path(), "resources[2].notes");
        assert_eq!(notes.to_string(), "resource 3 notes");
        assert_eq!(Field::Source { index: 0, id: 4 }.path(), "sources[0]");
        assert_eq!(Field::Source { index: 0, id: 4 }.to_string(), "source 4");
        assert_eq!(
            Field::Resource(0, ResourceField::LastChecked).to_string(),
            "resource 1 last checked"
        );
        assert_eq!(
            serde_json::to_string(&Field::Clinic(ClinicField::Name)).unwrap_or_default(),
            "\"name\""
        );
    }
}
