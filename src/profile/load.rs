//! Reading clinic profile files, with every problem placed in the file.

use std::path::Path;

use crate::date::Date;
use crate::fonts::find_unprintable;
use crate::problem::{Field, Position, Problem, Problems, ResourceField, Rule};
use crate::profile::ClinicProfile;
use crate::profile::rules::profile_problems;
use crate::template::load::{is_blank, parse_ron, read_text_file};
use crate::template::source_map::{SourceMap, find_from};

/// Parses and checks a profile's text; `file` names it in messages.
pub fn parse_profile(text: &str, file: &Path) -> Result<ClinicProfile, Problems> {
    if is_blank(text) {
        return Err(Problems(vec![Problem::error("the file is empty").in_file(file).at(Some(Position { line: 1, column: 1 })).with_hint(
            "a clinic profile starts with `ClinicProfile(`; see handouts/README.md for the format",
        )]));
    }
    let mut profile: ClinicProfile = parse_ron(text, file).map_err(|d| Problems(vec![d]))?;
    profile.give_ids();
    // Only errors stop a profile loading, and none depends on the date.
    let errors: Vec<Problem> = validate_profile(&profile, Some(text), file, Date::today())
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

/// Every problem in a profile ([`profile_problems`]), as of `today`. With the
/// file's `text`, each is placed by line and column too; without it (a profile
/// being edited in the app) its field says where it is.
pub fn validate_profile(
    profile: &ClinicProfile,
    text: Option<&str>,
    file: &Path,
    today: Date,
) -> Vec<Problem> {
    let map = text.map(SourceMap::scan);
    profile_problems(profile, today)
        .into_iter()
        .map(|p| {
            let position = match (text, &map) {
                (Some(text), Some(map)) => position_in_file(p.field(), p.rule, profile, text, map),
                _ => None,
            };
            p.in_file(file).at(position)
        })
        .collect()
}

/// Where in the file a problem about `field` is: at the field's name, or at the
/// first character the fonts cannot draw; a missing date at the resource's name.
fn position_in_file(
    field: Option<Field>,
    rule: Option<Rule>,
    profile: &ClinicProfile,
    text: &str,
    map: &SourceMap,
) -> Option<Position> {
    let (start, key, value) = match field? {
        Field::Clinic(f) => (map.field(f.key())?, f.key(), profile.text(f)),
        Field::Resource(i, f) => {
            let start = map.element("resources", i)?;
            let r = profile.resources.get(i)?;
            match f {
                ResourceField::LastChecked if r.last_checked.is_none() => (start, "name", None),
                _ => (start, f.key(), r.text(f)),
            }
        }
        Field::Title | Field::Subtitle | Field::Source { .. } => return None,
    };
    let at = find_from(text, start, key);
    let unprintable = (rule == Some(Rule::UnprintableCharacter))
        .then(|| find_unprintable(value?)?.chars.first().copied())
        .flatten();
    let at = match unprintable {
        Some(ch) => find_from(text, at, &ch.to_string()),
        None => at,
    };
    Some(Position::of_offset(text, at))
}
