//! The checks that apply to a clinic profile's own text, which prints on every
//! handout beside the vetted template: the clinic's name and address, and each
//! local resource's name, address, hours and notes.
//!
//! The same word lists as for templates (stigmatising and unsafe wording), the
//! same font coverage, and whether the clinic's country has confirmed national
//! lines at all. Used by `handout-desk check PROFILE.ron` and by the desk app's
//! quality panel, so that both report the same findings.

use crate::fonts::find_unprintable;
use crate::helplines::{NATIONAL_LINES, national_lines};
use crate::problem::text::unprintable_text;
use crate::problem::{
    ClinicField, Field, Problem, ProblemText, ResourceField, Rule, Severity, keys,
};
use crate::profile::ClinicProfile;
use crate::quality::lints::wording_findings;
use crate::quality::spanish;
use crate::quality::text::split_sentences;

/// Every finding about the profile's own text and country.
pub fn check_profile(profile: &ClinicProfile) -> Vec<Problem> {
    let mut out = Vec::new();
    for (field, text) in printed_text(profile) {
        text_findings(text, field, &mut out);
    }
    out.extend(untranslated_findings(profile));
    if national_lines(&profile.country).is_none() {
        let codes: Vec<&str> = NATIONAL_LINES.iter().map(|l| l.country).collect();
        out.push(
            Problem::finding(
                Rule::NoNationalLines,
                Severity::Warning,
                None,
                format!(
                    "There are no confirmed national helplines for country “{}”, so handouts will print no national crisis line: only the crisis services in this profile.",
                    profile.country.trim()
                ),
                Some(format!(
                    "Check the country code (lines are confirmed for {}), and list your local 24/7 crisis service as a CrisisLine resource.",
                    codes.join(", ")
                )),
            )
            .keyed(
                ProblemText::new(keys::NO_NATIONAL_LINES)
                    .arg("country", profile.country.trim())
                    .arg("codes", codes.join(", ")),
            )
            .on_field(Field::Clinic(ClinicField::Country)),
        );
    }
    out
}

/// A warning for each resource's hours or note that has no Spanish version:
/// the shipped library has Spanish handouts, and they print the English text
/// where the profile gives no Spanish one.
pub fn untranslated_findings(profile: &ClinicProfile) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, r) in profile.resources.iter().enumerate() {
        for (english, spanish) in ResourceField::TRANSLATED {
            if r.text(english).is_none() || r.text(spanish).is_some() {
                continue;
            }
            let name = english.key();
            out.push(
                Problem::finding(
                    Rule::UntranslatedClinicText,
                    Severity::Warning,
                    None,
                    format!(
                        "Resource {} “{}” has {name} but no `{}`: Spanish handouts print its {name} in English.",
                        i + 1,
                        r.name.trim(),
                        spanish.key()
                    ),
                    Some(format!(
                        "Add `{}: \"…\"` to this resource with its {name} in plain Spanish, checked by a qualified translator.",
                        spanish.key()
                    )),
                )
                .keyed(
                    ProblemText::new(keys::UNTRANSLATED_CLINIC_TEXT)
                        .arg("number", i + 1)
                        .arg("name", r.name.trim())
                        .arg("field", name)
                        .arg("key", spanish.key()),
                )
                .on_field(Field::Resource(i, spanish)),
            );
        }
    }
    out
}

/// The profile's text that prints on handouts, each with its field.
fn printed_text(profile: &ClinicProfile) -> Vec<(Field, &str)> {
    let clinic = [
        ClinicField::Name,
        ClinicField::Address,
        ClinicField::Website,
    ]
    .into_iter()
    .filter_map(|f| Some((Field::Clinic(f), profile.text(f)?)));
    let resources = profile.resources.iter().enumerate().flat_map(|(i, r)| {
        [
            ResourceField::Name,
            ResourceField::Address,
            ResourceField::Hours,
            ResourceField::Website,
            ResourceField::Notes,
            ResourceField::HoursEs,
            ResourceField::NotesEs,
        ]
        .into_iter()
        .filter_map(move |f| Some((Field::Resource(i, f), r.text(f)?)))
    });
    clinic.chain(resources).collect()
}

/// The profile findings about the text in `field`, as [`check_profile`] gives
/// them, for the checks that look at some fields only.
pub fn text_findings(text: &str, field: Field, out: &mut Vec<Problem>) {
    let in_spanish = matches!(
        field,
        Field::Resource(_, ResourceField::HoursEs | ResourceField::NotesEs)
    );
    let wording = if in_spanish {
        spanish::lints::wording_findings(&spanish::text::split_sentences(text), None)
    } else {
        wording_findings(&split_sentences(text), None)
    };
    for f in wording {
        out.push(f.on_field(field));
    }
    if let Some(found) = find_unprintable(text) {
        let place = capitalise(&field.to_string());
        out.push(
            Problem::finding(
                Rule::UnprintableCharacter,
                Severity::Error,
                None,
                format!("{}.", capitalise(&found.message(&field.to_string()))),
                Some(capitalise(found.hint()) + "."),
            )
            .keyed(unprintable_text(keys::UNPRINTABLE_TEXT, &place, &found))
            .on_field(field),
        );
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::LocalResource;
    use crate::template::ResourceCategory;

    fn clinic() -> ClinicProfile {
        let mut p = ClinicProfile::blank();
        p.name = "Lakeside Clinic".into();
        p.address = Some("1 Lake Road".into());
        p.resources.push(LocalResource {
            phone: Some("(555) 010-2100".into()),
            hours: Some("24/7".into()),
            notes: Some("Call or walk in any time.".into()),
            hours_es: Some("Las 24 horas".into()),
            notes_es: Some("Llame o venga en cualquier momento.".into()),
            ..LocalResource::new("Lakeside Crisis Team", ResourceCategory::CrisisLine)
        });
        p
    }

    fn rules_and_fields(p: &ClinicProfile) -> Vec<(Rule, String)> {
        check_profile(p)
            .into_iter()
            .map(|f| {
                (
                    f.rule.unwrap(),
                    f.field().map(Field::path).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_plain_profile_has_no_findings() {
        assert_eq!(rules_and_fields(&clinic()), []);
    }

    #[test]
    fn shaming_and_unsafe_words_in_the_clinic_s_text_are_errors_with_their_field() {
        let mut p = clinic();
        p.name = "Lakeside Addicts Clinic".into();
        p.resources[0].notes =
            Some("For people who committed suicide attempts. Cutters welcome.".into());
        p.resources[0].hours = Some("Open to drug users 24/7".into());
        let found = check_profile(&p);
        let got: Vec<(Rule, String)> = found
            .iter()
            .map(|f| {
                (
                    f.rule.unwrap(),
                    f.field().map(Field::path).unwrap_or_default(),
                )
            })
            .collect();
        assert!(
            got.contains(&(Rule::StigmatisingLanguage, "name".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(Rule::UnsafeSuicideLanguage, "resources[0].notes".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(Rule::StigmatisingLanguage, "resources[0].hours".into())),
            "{got:?}"
        );
        assert!(found.iter().all(|f| f.severity == Severity::Error));
        let notes = found
            .iter()
            .find(|f| f.field() == Some(Field::Resource(0, ResourceField::Notes)))
            .expect("notes finding");
        assert_eq!(notes.place.part.to_string(), "resource 1 notes");
    }

    #[test]
    fn an_emoji_or_joiner_in_the_profile_is_an_error_naming_the_character() {
        let mut p = clinic();
        p.resources[0].notes = Some("Walk in 👍".into());
        p.address = Some("1 Lake\u{200D}Road".into());
        let found = check_profile(&p);
        let emoji = found
            .iter()
            .find(|f| f.field() == Some(Field::Resource(0, ResourceField::Notes)))
            .expect("emoji finding");
        assert_eq!(emoji.rule, Some(Rule::UnprintableCharacter));
        assert_eq!(emoji.severity, Severity::Error);
        assert!(emoji.message.contains("U+1F44D “👍”"), "{}", emoji.message);
        assert!(
            emoji.message.starts_with("Resource 1 notes has"),
            "{}",
            emoji.message
        );
        assert!(emoji.hint.as_deref().is_some_and(|s| s.contains("emoji")));
        let joiner = found
            .iter()
            .find(|f| f.field() == Some(Field::Clinic(ClinicField::Address)))
            .expect("joiner finding");
        assert!(
            joiner.message.contains("U+200D zero-width joiner"),
            "{}",
            joiner.message
        );
    }

    #[test]
    fn a_note_with_no_spanish_version_is_a_warning_naming_resource_and_field() {
        let mut p = clinic();
        p.resources[0].notes_es = None;
        let found = check_profile(&p);
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!(f.rule, Some(Rule::UntranslatedClinicText));
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(
            f.field().map(Field::path).as_deref(),
            Some("resources[0].notes_es")
        );
        assert!(
            f.message.contains("“Lakeside Crisis Team”"),
            "{}",
            f.message
        );
        assert!(f.hint.as_deref().is_some_and(|h| h.contains("notes_es")));
    }

    #[test]
    fn spanish_notes_are_linted_in_spanish() {
        let mut p = clinic();
        p.resources[0].notes_es = Some("Ayuda para adictos.".into());
        let got = rules_and_fields(&p);
        assert!(
            got.contains(&(Rule::StigmatisingLanguage, "resources[0].notes_es".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_country_with_no_confirmed_lines_is_a_warning() {
        let mut p = clinic();
        p.country = "ZZ".into();
        let found = check_profile(&p);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, Some(Rule::NoNationalLines));
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].field(), Some(Field::Clinic(ClinicField::Country)));
        assert!(found[0].message.contains("“ZZ”"));
        for code in ["US", "gb", "UK", "NZ"] {
            p.country = code.into();
            assert!(check_profile(&p).is_empty(), "{code}");
        }
    }
}
