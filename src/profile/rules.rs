//! The rules a clinic profile's details must follow, in one place: the desk
//! app's form (as the user types), `handout-desk check PROFILE`, loading a
//! profile file, clinic packs and the checks before an export all use them.
//!
//! Each problem names its field ([`Field::Clinic`] or [`Field::Resource`]), so
//! a screen can show it beside the field and a list can say where to go. Its
//! message names the field for a list ("resource 2 (Farmacia Comunitaria)
//! `phone`: …"); its hint says what to do in words that read on their own,
//! which is what the form shows beside the field.

use crate::date::Date;
use crate::fonts::find_unprintable;
use crate::problem::text::unprintable_text;
use crate::problem::{ClinicField, Field, Problem, ProblemText, ResourceField, Rule, keys};
use crate::profile::contact::{PhoneError, check_phone, normalise_url};
use crate::profile::{ClinicProfile, LocalResource};

/// How many days a resource may go unchecked before it counts as stale.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Whether a resource's details were checked lately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Never checked (no date).
    Unchecked,
    /// Checked within [`STALE_AFTER_DAYS`].
    Fresh,
    /// Last checked on this day, more than [`STALE_AFTER_DAYS`] ago.
    Stale(Date),
    /// The date is after today: a typing mistake.
    Future(Date),
}

impl LocalResource {
    /// How recently the details were checked, as of `today`. The one definition
    /// of a stale resource.
    pub fn freshness(&self, today: Date) -> Freshness {
        match self.last_checked {
            None => Freshness::Unchecked,
            Some(d) if d.days_until(today) > STALE_AFTER_DAYS => Freshness::Stale(d),
            Some(d) if d > today => Freshness::Future(d),
            Some(_) => Freshness::Fresh,
        }
    }
}

/// Every problem with the profile's details, clinic first, then each resource.
pub fn profile_problems(profile: &ClinicProfile, today: Date) -> Vec<Problem> {
    let mut out = clinic_problems(profile);
    for i in 0..profile.resources.len() {
        out.extend(resource_problems(profile, i, today));
    }
    out
}

/// The problems with `field` alone: what the form shows beside it.
pub fn field_problems(profile: &ClinicProfile, field: Field, today: Date) -> Vec<Problem> {
    let all = match field {
        Field::Clinic(_) => clinic_problems(profile),
        Field::Resource(i, _) => resource_problems(profile, i, today),
        Field::Title | Field::Subtitle | Field::Source { .. } => Vec::new(),
    };
    all.into_iter()
        .filter(|p| p.field() == Some(field))
        .collect()
}

/// The problems with the clinic's own details.
pub fn clinic_problems(profile: &ClinicProfile) -> Vec<Problem> {
    let at = |f: ClinicField| Field::Clinic(f);
    let mut out = Vec::new();
    if profile.name.trim().is_empty() {
        out.push(
            Problem::error("the clinic's `name` is empty")
                .on_field(at(ClinicField::Name))
                .with_hint("enter the clinic's name as patients know it")
                .keyed(ProblemText::new(keys::PROFILE_NAME_EMPTY)),
        );
    }
    if !is_country_code(&profile.country) {
        out.push(
            Problem::error(format!(
                "`country: \"{}\"` is not a two-letter country code",
                profile.country
            ))
            .on_field(at(ClinicField::Country))
            .with_hint(
                "use a two-letter country code such as \"US\", \"CA\", \"GB\", \"IE\", \"AU\" or \"NZ\"",
            )
            .keyed(ProblemText::new(keys::PROFILE_COUNTRY).arg("country", profile.country.as_str())),
        );
    }
    for field in [
        ClinicField::Name,
        ClinicField::Address,
        ClinicField::Website,
    ] {
        let who = format!("clinic {}", field.key());
        out.extend(unprintable(&who, profile.text(field), at(field)));
    }
    if let Some(phone) = &profile.phone {
        out.extend(phone_problem(
            "clinic `phone`",
            phone,
            "(555) 010-2000",
            at(ClinicField::Phone),
        ));
    }
    if let Some(url) = &profile.website {
        out.extend(website_problem(
            "clinic `website`",
            url,
            "https://clinic.example",
            at(ClinicField::Website),
        ));
    }
    out
}

/// The problems with resource `i`'s details, as of `today`.
pub fn resource_problems(profile: &ClinicProfile, i: usize, today: Date) -> Vec<Problem> {
    let Some(r) = profile.resources.get(i) else {
        return Vec::new();
    };
    let at = |f: ResourceField| Field::Resource(i, f);
    let who = if r.name.trim().is_empty() {
        format!("resource {}", i + 1)
    } else {
        format!("resource {} ({})", i + 1, r.name)
    };
    let mut out = Vec::new();
    if r.name.trim().is_empty() {
        out.push(
            Problem::error(format!("{who} has no `name`"))
                .on_field(at(ResourceField::Name))
                .with_hint("write the service's name")
                .keyed(ProblemText::new(keys::PROFILE_RESOURCE_NO_NAME).arg("who", who.as_str())),
        );
    }
    if let Some(phone) = &r.phone {
        out.extend(phone_problem(
            &format!("{who} `phone`"),
            phone,
            "(555) 010-2100",
            at(ResourceField::Phone),
        ));
    }
    if let Some(url) = &r.website {
        out.extend(website_problem(
            &format!("{who} `website`"),
            url,
            "https://service.example",
            at(ResourceField::Website),
        ));
    }
    for field in [
        ResourceField::Name,
        ResourceField::Address,
        ResourceField::Hours,
        ResourceField::Website,
        ResourceField::Notes,
        ResourceField::HoursEs,
        ResourceField::NotesEs,
    ] {
        let place = format!("{who} {}", field.key());
        out.extend(unprintable(&place, r.text(field), at(field)));
    }
    let stale = |message: String, hint: &str, text: ProblemText| {
        Problem::warning(message)
            .on_field(at(ResourceField::LastChecked))
            .with_rule(Rule::StaleResource)
            .with_hint(hint)
            .keyed(text.arg("who", who.as_str()))
    };
    match r.freshness(today) {
        Freshness::Unchecked => out.push(stale(
            format!("{who} has no `last_checked` date"),
            "check the details, then add the date they were last checked (YYYY-MM-DD)",
            ProblemText::new(keys::PROFILE_UNCHECKED),
        )),
        Freshness::Stale(d) => out.push(stale(
            format!("{who} was last checked on {d}, over a year ago"),
            "it was last checked over a year ago: call or visit to confirm the details, then update the date",
            ProblemText::new(keys::PROFILE_STALE).arg("date", d.to_string()),
        )),
        Freshness::Future(d) => out.push(stale(
            format!("{who} says it was last checked on {d}, which is in the future"),
            "use the date the details were actually checked",
            ProblemText::new(keys::PROFILE_CHECKED_IN_FUTURE).arg("date", d.to_string()),
        )),
        Freshness::Fresh => {}
    }
    out
}

/// Whether `country` (spaces around it aside, as the national lines read it)
/// is a two-letter code.
pub fn is_country_code(country: &str) -> bool {
    let code = country.trim();
    code.len() == 2 && code.chars().all(|c| c.is_ascii_alphabetic())
}

fn phone_problem(who: &str, phone: &str, example: &str, field: Field) -> Option<Problem> {
    let e = check_phone(phone).err()?;
    let (hint, text) = match &e {
        PhoneError::BadCharacters(written) => (
            format!(
                "use digits, spaces and + ( ) - . only, as people dial it, e.g. {example} or 555-0100 ext. 12"
            ),
            ProblemText::new(keys::PROFILE_PHONE_CHARACTERS).arg("phone", written.as_str()),
        ),
        PhoneError::DigitCount(written, count) => (
            format!(
                "a phone number has 3 to 15 digits: write it as people dial it, e.g. {example}"
            ),
            ProblemText::new(keys::PROFILE_PHONE_DIGITS)
                .arg("phone", written.as_str())
                .arg("count", *count),
        ),
    };
    Some(
        Problem::error(format!("{who}: {e}"))
            .on_field(field)
            .with_hint(hint)
            .keyed(text.arg("who", who).arg("example", example)),
    )
}

fn website_problem(who: &str, url: &str, example: &str, field: Field) -> Option<Problem> {
    let e = normalise_url(url).err()?;
    Some(
        Problem::error(format!("{who}: {e}"))
            .on_field(field)
            .with_hint(format!("write a web address such as {example}"))
            .keyed(
                ProblemText::new(keys::PROFILE_WEBSITE)
                    .arg("who", who)
                    .arg("url", e.0.as_str())
                    .arg("example", example),
            ),
    )
}

/// An error when `value` has characters the handout fonts cannot print.
fn unprintable(who: &str, value: Option<&str>, field: Field) -> Option<Problem> {
    let found = find_unprintable(value?)?;
    Some(
        Problem::error(found.message(who))
            .on_field(field)
            .with_rule(Rule::UnprintableCharacter)
            .with_hint(found.hint())
            .keyed(unprintable_text(keys::PROFILE_UNPRINTABLE, who, &found)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Arg;
    use crate::template::ResourceCategory;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn resource(last_checked: &str) -> LocalResource {
        LocalResource {
            last_checked: Date::parse(last_checked).ok(),
            ..LocalResource::new("Crisis team", ResourceCategory::CrisisLine)
        }
    }

    #[test]
    fn each_problem_names_its_field() {
        let mut p = ClinicProfile::blank();
        let name = Field::Clinic(ClinicField::Name);
        assert_eq!(field_problems(&p, name, day("2026-11-22")).len(), 1);
        p.name = "Lakeside".into();
        assert!(field_problems(&p, name, day("2026-11-22")).is_empty());
        p.phone = Some("555-CALL-NOW".into());
        let phone = field_problems(&p, Field::Clinic(ClinicField::Phone), day("2026-11-22"));
        assert!(
            phone[0]
                .hint
                .as_deref()
                .is_some_and(|h| h.contains("digits"))
        );
        assert!(phone[0].message.contains("`555-CALL-NOW`"), "{}", phone[0]);
        p.phone = Some("55".into());
        let phone = &clinic_problems(&p)[0];
        assert!(phone.message.contains("2 digits"), "{phone}");
        assert_eq!(phone.field(), Some(Field::Clinic(ClinicField::Phone)));
        p.website = Some("not a site".into());
        assert!(
            clinic_problems(&p)
                .iter()
                .any(|d| d.message.contains("`website`"))
        );
    }

    #[test]
    fn an_unprintable_character_is_keyed_with_its_kind_and_the_characters_listed() {
        let kind_of = |text: &str| {
            let found = find_unprintable(text).unwrap();
            let text = unprintable_text(keys::PROFILE_UNPRINTABLE, "clinic name", &found);
            text.args
                .iter()
                .find(|(name, _)| *name == "kind")
                .map(|(_, arg)| arg.clone())
        };
        for (text, kind) in [
            ("a\u{200D}b", "invisible"),
            ("Walk in 👍", "emoji"),
            ("中文", "east-asian"),
            ("Ж", "other"),
        ] {
            assert_eq!(kind_of(text), Some(Arg::Text(kind.into())), "{text:?}");
        }
        let found = find_unprintable("Ж Щ Ы Э Ю Я Ф").unwrap();
        let text = unprintable_text(keys::PROFILE_UNPRINTABLE, "clinic name", &found);
        assert!(text.args.contains(&("count", Arg::Number(7))));
        assert!(text.args.contains(&("more", Arg::Number(2))));
    }

    #[test]
    fn the_country_is_read_as_the_national_lines_read_it() {
        for (code, ok) in [("US", true), (" us ", true), ("USA", false), ("U1", false)] {
            assert_eq!(is_country_code(code), ok, "{code:?}");
        }
    }

    #[test]
    fn a_resource_goes_stale_after_a_year() {
        let today = day("2026-11-22");
        let r = resource("2025-11-01");
        assert_eq!(r.freshness(today), Freshness::Stale(day("2025-11-01")));
        assert_eq!(resource("2026-06-01").freshness(today), Freshness::Fresh);
        assert_eq!(resource("").freshness(today), Freshness::Unchecked);
        assert_eq!(
            resource("2027-01-01").freshness(today),
            Freshness::Future(day("2027-01-01"))
        );
        let mut p = ClinicProfile::blank();
        p.name = "Lakeside".into();
        p.resources.push(r);
        let found = resource_problems(&p, 0, today);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, Some(Rule::StaleResource));
        assert_eq!(
            found[0].field(),
            Some(Field::Resource(0, ResourceField::LastChecked))
        );
        assert!(found[0].message.contains("over a year ago"));
    }
}
