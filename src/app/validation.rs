//! Field-level messages for the fill-in form, shown next to each field as the
//! user types. They use the engine's own checks (`check_phone`, `normalise_url`,
//! the font's glyph coverage), worded for the person at the desk.

use crate::app::action::{ClinicField, ResourceField};
use crate::date::Date;
use crate::fonts;
use crate::profile::contact::{PhoneError, check_phone, normalise_url};
use crate::profile::load::STALE_AFTER_DAYS;
use crate::profile::{ClinicProfile, LocalResource};

/// How serious a field's problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueLevel {
    /// The handout will be wrong or cannot be made.
    Error,
    /// Worth a look.
    Warning,
}

/// A message about one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// How serious.
    pub level: IssueLevel,
    /// What to do, in a sentence.
    pub message: String,
}

impl Issue {
    fn error(message: impl Into<String>) -> Self {
        Self {
            level: IssueLevel::Error,
            message: message.into(),
        }
    }

    fn warning(message: impl Into<String>) -> Self {
        Self {
            level: IssueLevel::Warning,
            message: message.into(),
        }
    }
}

/// The problem with one of the clinic's details, if any.
pub fn clinic_issue(profile: &ClinicProfile, field: ClinicField) -> Option<Issue> {
    match field {
        ClinicField::Name if profile.name.trim().is_empty() => {
            Some(Issue::error("Enter the clinic's name as patients know it."))
        }
        ClinicField::Name => unprintable(&profile.name),
        ClinicField::Country => {
            let c = profile.country.trim();
            (c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic())).then(|| {
                Issue::error("Use a two-letter country code such as US, CA, GB, IE, AU or NZ.")
            })
        }
        ClinicField::Address => profile.address.as_deref().and_then(unprintable),
        ClinicField::Phone => profile.phone.as_deref().and_then(phone_issue),
        ClinicField::Website => profile.website.as_deref().and_then(website_issue),
    }
}

/// The problem with one text field of a resource, if any.
pub fn resource_issue(resource: &LocalResource, field: ResourceField) -> Option<Issue> {
    match field {
        ResourceField::Name if resource.name.trim().is_empty() => {
            Some(Issue::error("Enter the service's name."))
        }
        ResourceField::Name => unprintable(&resource.name),
        ResourceField::Phone => resource.phone.as_deref().and_then(phone_issue),
        ResourceField::Website => resource.website.as_deref().and_then(website_issue),
        ResourceField::Address => resource.address.as_deref().and_then(unprintable),
        ResourceField::Hours => resource.hours.as_deref().and_then(unprintable),
        ResourceField::Notes => resource.notes.as_deref().and_then(unprintable),
    }
}

/// The problem with a resource's "last checked" date, if any, on `today`.
pub fn last_checked_issue(resource: &LocalResource, today: Date) -> Option<Issue> {
    match resource.last_checked {
        None => Some(Issue::warning(
            "Add the date these details were last checked.",
        )),
        Some(d) if d.days_until(today) > STALE_AFTER_DAYS => Some(Issue::warning(format!(
            "Last checked {d}, over a year ago. Call to confirm the details, then update the date."
        ))),
        Some(d) if d > today => Some(Issue::warning("This date is in the future.")),
        Some(_) => None,
    }
}

/// Whether a resource was last checked over a year ago.
pub fn is_stale(resource: &LocalResource, today: Date) -> bool {
    resource
        .last_checked
        .is_some_and(|d| d.days_until(today) > STALE_AFTER_DAYS)
}

fn phone_issue(phone: &str) -> Option<Issue> {
    match check_phone(phone) {
        Ok(()) => None,
        Err(PhoneError::BadCharacters(_)) => Some(Issue::error(
            "Use digits, spaces and + ( ) - . only, e.g. (555) 010-2000 or 555-0100 ext. 12.",
        )),
        Err(PhoneError::DigitCount(_, n)) => Some(Issue::error(format!(
            "This has {n} digit{}; a phone number has 3 to 15.",
            if n == 1 { "" } else { "s" }
        ))),
    }
}

fn website_issue(url: &str) -> Option<Issue> {
    match normalise_url(url) {
        Ok(_) => unprintable(url),
        Err(_) => Some(Issue::error(
            "Write a web address such as https://clinic.example",
        )),
    }
}

fn unprintable(text: &str) -> Option<Issue> {
    fonts::unprintable_chars(text).first().map(|&(_, c)| {
        Issue::error(format!(
            "{} cannot be printed in the handout font; use plain letters.",
            fonts::describe_char(c)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_follow_the_engine_checks() {
        let mut p = ClinicProfile::blank();
        assert!(clinic_issue(&p, ClinicField::Name).is_some());
        p.name = "Lakeside".into();
        assert!(clinic_issue(&p, ClinicField::Name).is_none());
        p.phone = Some("555-01x".into());
        assert!(
            clinic_issue(&p, ClinicField::Phone)
                .unwrap()
                .message
                .contains("digits")
        );
        p.phone = Some("55".into());
        assert!(
            clinic_issue(&p, ClinicField::Phone)
                .unwrap()
                .message
                .contains("2 digits")
        );
        p.website = Some("not a site".into());
        assert!(clinic_issue(&p, ClinicField::Website).is_some());
        p.country = "USA".into();
        assert!(clinic_issue(&p, ClinicField::Country).is_some());
    }

    #[test]
    fn a_resource_goes_stale_after_a_year() {
        let today = Date::parse("2026-11-22").unwrap();
        let mut r = LocalResource {
            name: "Crisis team".into(),
            category: crate::template::ResourceCategory::CrisisLine,
            phone: None,
            address: None,
            hours: None,
            website: None,
            notes: None,
            last_checked: Some(Date::parse("2025-11-01").unwrap()),
        };
        assert!(is_stale(&r, today));
        assert!(
            last_checked_issue(&r, today)
                .unwrap()
                .message
                .contains("over a year")
        );
        r.last_checked = Some(Date::parse("2026-06-01").unwrap());
        assert!(last_checked_issue(&r, today).is_none());
    }
}
