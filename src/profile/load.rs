//! Reading and checking clinic profiles.

use std::path::Path;

use crate::date::Date;
use crate::fonts::find_unprintable;
use crate::problem::{Position, Problem, Problems, Rule};
use crate::profile::ClinicProfile;
use crate::profile::contact::{check_phone, normalise_url};
use crate::template::load::{is_blank, parse_ron, read_text_file};
use crate::template::source_map::{SourceMap, find_from};

/// How many days a resource may go unchecked before it is flagged.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Parses and checks a profile's text; `file` names it in messages.
pub fn parse_profile(text: &str, file: &Path) -> Result<ClinicProfile, Problems> {
    if is_blank(text) {
        return Err(Problems(vec![Problem::error("the file is empty").in_file(file).at(Some(Position { line: 1, column: 1 })).with_hint(
            "a clinic profile starts with `ClinicProfile(`; see handouts/README.md for the format",
        )]));
    }
    let profile: ClinicProfile = parse_ron(text, file).map_err(|d| Problems(vec![d]))?;
    let errors: Vec<Problem> = validate_profile(&profile, Some(text), file)
        .into_iter()
        .filter(Problem::is_error)
        .collect();
    if errors.is_empty() {
        Ok(profile)
    } else {
        Err(Problems(errors))
    }
}

/// Reads, parses and checks a profile file.
pub fn read_profile_file(path: &Path) -> Result<ClinicProfile, Problems> {
    let text = read_text_file(path).map_err(|d| Problems(vec![d]))?;
    parse_profile(&text, path)
}

/// Every problem in a profile. With the file's `text`, problems are placed by
/// line and column; without it (a profile being edited in the app), they name
/// the field.
pub fn validate_profile(profile: &ClinicProfile, text: Option<&str>, file: &Path) -> Vec<Problem> {
    let map = text.map(SourceMap::scan);
    let place = |from: Option<usize>, needle: &str| -> Option<Position> {
        let text = text?;
        let from = from?;
        Some(Position::of_offset(text, find_from(text, from, needle)))
    };
    let field_pos = |field: &str| map.as_ref().and_then(|m| m.field(field));
    let mut out = Vec::new();

    if profile.name.trim().is_empty() {
        out.push(
            Problem::error("the clinic's `name` is empty")
                .in_file(file)
                .at(place(field_pos("name"), "name"))
                .with_hint("write the clinic's name as patients know it"),
        );
    }
    if profile.country.len() != 2 || !profile.country.chars().all(|c| c.is_ascii_alphabetic()) {
        out.push(
            Problem::error(format!(
                "`country: \"{}\"` is not a two-letter country code",
                profile.country
            ))
            .in_file(file)
            .at(place(field_pos("country"), "country"))
            .with_hint(
                "write an ISO code such as \"US\", \"CA\", \"GB\", \"IE\", \"AU\" or \"NZ\"",
            ),
        );
    }
    for (field, value) in [
        ("name", Some(&profile.name)),
        ("address", profile.address.as_ref()),
        ("website", profile.website.as_ref()),
    ] {
        let start = field_pos(field);
        check_glyphs(&format!("clinic {field}"), value, file, &mut out, |ch| {
            place(start, ch)
        });
    }
    if let Some(phone) = &profile.phone
        && let Err(e) = check_phone(phone)
    {
        out.push(
            Problem::error(format!("clinic `phone`: {e}"))
                .in_file(file)
                .at(place(field_pos("phone"), "phone"))
                .with_hint("write it as people dial it, e.g. (555) 010-2000"),
        );
    }
    if let Some(url) = &profile.website
        && let Err(e) = normalise_url(url)
    {
        out.push(
            Problem::error(format!("clinic `website`: {e}"))
                .in_file(file)
                .at(place(field_pos("website"), "website"))
                .with_hint("write it like https://clinic.example"),
        );
    }

    let today = Date::today();
    for (i, r) in profile.resources.iter().enumerate() {
        let start = map.as_ref().and_then(|m| m.element("resources", i));
        let who = if r.name.trim().is_empty() {
            format!("resource {}", i + 1)
        } else {
            format!("resource {} ({})", i + 1, r.name)
        };
        if r.name.trim().is_empty() {
            out.push(
                Problem::error(format!("{who} has no `name`"))
                    .in_file(file)
                    .at(place(start, "name"))
                    .with_hint("write the service's name"),
            );
        }
        if let Some(phone) = &r.phone
            && let Err(e) = check_phone(phone)
        {
            out.push(
                Problem::error(format!("{who} `phone`: {e}"))
                    .in_file(file)
                    .at(place(start, "phone"))
                    .with_hint("write it as people dial it, e.g. (555) 010-2100"),
            );
        }
        if let Some(url) = &r.website
            && let Err(e) = normalise_url(url)
        {
            out.push(
                Problem::error(format!("{who} `website`: {e}"))
                    .in_file(file)
                    .at(place(start, "website"))
                    .with_hint("write it like https://service.example"),
            );
        }
        for (field, value) in [
            ("name", Some(&r.name)),
            ("address", r.address.as_ref()),
            ("hours", r.hours.as_ref()),
            ("website", r.website.as_ref()),
            ("notes", r.notes.as_ref()),
        ] {
            let at = start.and_then(|s| text.map(|t| find_from(t, s, field)));
            check_glyphs(&format!("{who} {field}"), value, file, &mut out, |ch| {
                place(at, ch)
            });
        }
        match r.last_checked {
            None => out.push(
                Problem::warning(format!("{who} has no `last_checked` date"))
                    .in_file(file)
                    .at(place(start, "name"))
                    .with_hint("check the details and add last_checked: \"YYYY-MM-DD\"")
                    .with_rule(Rule::StaleResource),
            ),
            Some(d) if d.days_until(today) > STALE_AFTER_DAYS => out.push(
                Problem::warning(format!("{who} was last checked on {d}, over a year ago"))
                    .in_file(file)
                    .at(place(start, "last_checked"))
                    .with_hint("call or visit to check the details, then update last_checked")
                    .with_rule(Rule::StaleResource),
            ),
            Some(d) if d > today => out.push(
                Problem::warning(format!(
                    "{who} says it was last checked on {d}, which is in the future"
                ))
                .in_file(file)
                .at(place(start, "last_checked"))
                .with_hint("use the date the details were actually checked")
                .with_rule(Rule::StaleResource),
            ),
            Some(_) => {}
        }
    }
    out
}

/// An error when `value` has characters the handout fonts cannot print, placed
/// by `place` (given the first such character) and named by `field`.
fn check_glyphs(
    field: &str,
    value: Option<&String>,
    file: &Path,
    out: &mut Vec<Problem>,
    place: impl Fn(&str) -> Option<Position>,
) {
    let Some(found) = value.and_then(|v| find_unprintable(v)) else {
        return;
    };
    let first = found.chars.first().map(char::to_string).unwrap_or_default();
    out.push(
        Problem::error(found.message(field))
            .in_file(file)
            .at(place(&first))
            .with_hint(found.hint())
            .with_rule(Rule::UnprintableCharacter),
    );
}
