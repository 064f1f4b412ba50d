//! Reading and checking clinic profiles.

use std::path::Path;

use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::fonts::{self, FontStyle};
use crate::profile::ClinicProfile;
use crate::profile::contact::{check_phone, normalise_url};
use crate::template::load::{is_blank, parse_ron, read_text_file};
use crate::template::source_map::{SourceMap, find_from};

/// How many days a resource may go unchecked before it is flagged.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Parses and checks a profile's text; `file` names it in messages.
pub fn parse_profile(text: &str, file: &Path) -> Result<ClinicProfile, Diagnostics> {
    if is_blank(text) {
        return Err(Diagnostics(vec![Diagnostic::error(file, "the file is empty").at(Some(Position { line: 1, column: 1 })).with_hint(
            "a clinic profile starts with `ClinicProfile(`; see handouts/README.md for the format",
        )]));
    }
    let profile: ClinicProfile = parse_ron(text, file).map_err(|d| Diagnostics(vec![d]))?;
    let errors: Vec<Diagnostic> = validate_profile(&profile, Some(text), file)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if errors.is_empty() {
        Ok(profile)
    } else {
        Err(Diagnostics(errors))
    }
}

/// Reads, parses and checks a profile file.
pub fn read_profile_file(path: &Path) -> Result<ClinicProfile, Diagnostics> {
    let text = read_text_file(path).map_err(|d| Diagnostics(vec![d]))?;
    parse_profile(&text, path)
}

/// Every problem in a profile. With the file's `text`, problems are placed by
/// line and column; without it (a profile being edited in the app), they name
/// the field.
pub fn validate_profile(
    profile: &ClinicProfile,
    text: Option<&str>,
    file: &Path,
) -> Vec<Diagnostic> {
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
            Diagnostic::error(file, "the clinic's `name` is empty")
                .at(place(field_pos("name"), "name"))
                .with_hint("write the clinic's name as patients know it"),
        );
    }
    if profile.country.len() != 2 || !profile.country.chars().all(|c| c.is_ascii_alphabetic()) {
        out.push(
            Diagnostic::error(
                file,
                format!(
                    "`country: \"{}\"` is not a two-letter country code",
                    profile.country
                ),
            )
            .at(place(field_pos("country"), "country"))
            .with_hint(
                "write an ISO code such as \"US\", \"CA\", \"GB\", \"IE\", \"AU\" or \"NZ\"",
            ),
        );
    }
    check_text_fields(
        "the clinic",
        [Some(&profile.name), profile.address.as_ref()],
        file,
        &mut out,
    );
    if let Some(phone) = &profile.phone
        && let Err(e) = check_phone(phone)
    {
        out.push(
            Diagnostic::error(file, format!("clinic `phone`: {e}"))
                .at(place(field_pos("phone"), "phone"))
                .with_hint("write it as people dial it, e.g. (555) 010-2000"),
        );
    }
    if let Some(url) = &profile.website
        && let Err(e) = normalise_url(url)
    {
        out.push(
            Diagnostic::error(file, format!("clinic `website`: {e}"))
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
                Diagnostic::error(file, format!("{who} has no `name`"))
                    .at(place(start, "name"))
                    .with_hint("write the service's name"),
            );
        }
        if let Some(phone) = &r.phone
            && let Err(e) = check_phone(phone)
        {
            out.push(
                Diagnostic::error(file, format!("{who} `phone`: {e}"))
                    .at(place(start, "phone"))
                    .with_hint("write it as people dial it, e.g. (555) 010-2100"),
            );
        }
        if let Some(url) = &r.website
            && let Err(e) = normalise_url(url)
        {
            out.push(
                Diagnostic::error(file, format!("{who} `website`: {e}"))
                    .at(place(start, "website"))
                    .with_hint("write it like https://service.example"),
            );
        }
        check_text_fields(
            &who,
            [
                Some(&r.name),
                r.address.as_ref(),
                r.hours.as_ref(),
                r.notes.as_ref(),
            ],
            file,
            &mut out,
        );
        match r.last_checked {
            None => out.push(
                Diagnostic::warning(file, format!("{who} has no `last_checked` date"))
                    .at(place(start, "name"))
                    .with_hint("check the details and add last_checked: \"YYYY-MM-DD\""),
            ),
            Some(d) if d.days_until(today) > STALE_AFTER_DAYS => out.push(
                Diagnostic::warning(
                    file,
                    format!("{who} was last checked on {d}, over a year ago"),
                )
                .at(place(start, "last_checked"))
                .with_hint("call or visit to check the details, then update last_checked"),
            ),
            Some(d) if d > today => out.push(
                Diagnostic::warning(
                    file,
                    format!("{who} says it was last checked on {d}, which is in the future"),
                )
                .at(place(start, "last_checked"))
                .with_hint("use the date the details were actually checked"),
            ),
            Some(_) => {}
        }
    }
    out
}

fn check_text_fields<'a>(
    who: &str,
    fields: impl IntoIterator<Item = Option<&'a String>>,
    file: &Path,
    out: &mut Vec<Diagnostic>,
) {
    let regular = fonts::metrics(FontStyle::Regular);
    for text in fields.into_iter().flatten() {
        if let Some(ch) = text
            .chars()
            .find(|&c| !c.is_control() && !regular.has_glyph(c))
        {
            out.push(
                Diagnostic::error(
                    file,
                    format!("{who}: the character {ch:?} cannot be printed in the handout font"),
                )
                .with_hint("replace it with plain letters"),
            );
        }
    }
}
