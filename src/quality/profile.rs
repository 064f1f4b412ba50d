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
use crate::profile::ClinicProfile;
use crate::quality::lints::wording_findings;
use crate::quality::report::{Field, Finding, FindingSeverity, Rule};
use crate::quality::text::split_sentences;

/// Every finding about the profile's own text and country.
pub fn check_profile(profile: &ClinicProfile) -> Vec<Finding> {
    let mut out = Vec::new();
    for (field, text) in printed_text(profile) {
        text_findings(text, field, &mut out);
    }
    if national_lines(&profile.country).is_none() {
        let codes: Vec<&str> = NATIONAL_LINES.iter().map(|l| l.country).collect();
        out.push(Finding {
            rule: Rule::NoNationalLines,
            severity: FindingSeverity::Warning,
            block: None,
            field: Some(Field::Clinic("country")),
            message: format!(
                "There are no confirmed national helplines for country “{}”, so handouts will print no national crisis line: only the crisis services in this profile.",
                profile.country.trim()
            ),
            suggestion: Some(format!(
                "Check the country code (lines are confirmed for {}), and list your local 24/7 crisis service as a CrisisLine resource.",
                codes.join(", ")
            )),
        });
    }
    out
}

/// The profile's text that prints on handouts, each with its field.
fn printed_text(profile: &ClinicProfile) -> Vec<(Field, &str)> {
    let mut fields = vec![(Field::Clinic("name"), profile.name.as_str())];
    for (name, value) in [("address", &profile.address), ("website", &profile.website)] {
        if let Some(v) = value {
            fields.push((Field::Clinic(name), v.as_str()));
        }
    }
    for (i, r) in profile.resources.iter().enumerate() {
        fields.push((Field::Resource(i, "name"), r.name.as_str()));
        for (name, value) in [
            ("address", &r.address),
            ("hours", &r.hours),
            ("website", &r.website),
            ("notes", &r.notes),
        ] {
            if let Some(v) = value {
                fields.push((Field::Resource(i, name), v.as_str()));
            }
        }
    }
    fields
}

fn text_findings(text: &str, field: Field, out: &mut Vec<Finding>) {
    for mut f in wording_findings(&split_sentences(text), None) {
        f.field = Some(field);
        out.push(f);
    }
    if let Some(found) = find_unprintable(text) {
        out.push(Finding {
            rule: Rule::UnprintableCharacter,
            severity: FindingSeverity::Error,
            block: None,
            field: Some(field),
            message: format!("{}.", capitalise(&found.message(&field.to_string()))),
            suggestion: Some(capitalise(found.hint()) + "."),
        });
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
            name: "Lakeside Crisis Team".into(),
            category: ResourceCategory::CrisisLine,
            phone: Some("(555) 010-2100".into()),
            address: None,
            hours: Some("24/7".into()),
            website: None,
            notes: Some("Call or walk in any time.".into()),
            last_checked: None,
        });
        p
    }

    fn rules_and_fields(p: &ClinicProfile) -> Vec<(Rule, String)> {
        check_profile(p)
            .into_iter()
            .map(|f| (f.rule, f.field.map(Field::path).unwrap_or_default()))
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
            .map(|f| (f.rule, f.field.map(Field::path).unwrap_or_default()))
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
        assert!(found.iter().all(|f| f.severity == FindingSeverity::Error));
        let notes = found
            .iter()
            .find(|f| f.field == Some(Field::Resource(0, "notes")))
            .expect("notes finding");
        assert_eq!(notes.place(), "resource 1 notes");
    }

    #[test]
    fn an_emoji_or_joiner_in_the_profile_is_an_error_naming_the_character() {
        let mut p = clinic();
        p.resources[0].notes = Some("Walk in 👍".into());
        p.address = Some("1 Lake\u{200D}Road".into());
        let found = check_profile(&p);
        let emoji = found
            .iter()
            .find(|f| f.field == Some(Field::Resource(0, "notes")))
            .expect("emoji finding");
        assert_eq!(emoji.rule, Rule::UnprintableCharacter);
        assert_eq!(emoji.severity, FindingSeverity::Error);
        assert!(emoji.message.contains("U+1F44D “👍”"), "{}", emoji.message);
        assert!(
            emoji.message.starts_with("Resource 1 notes has"),
            "{}",
            emoji.message
        );
        assert!(
            emoji
                .suggestion
                .as_deref()
                .is_some_and(|s| s.contains("emoji"))
        );
        let joiner = found
            .iter()
            .find(|f| f.field == Some(Field::Clinic("address")))
            .expect("joiner finding");
        assert!(
            joiner.message.contains("U+200D zero-width joiner"),
            "{}",
            joiner.message
        );
    }

    #[test]
    fn a_country_with_no_confirmed_lines_is_a_warning() {
        let mut p = clinic();
        p.country = "ZZ".into();
        let found = check_profile(&p);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, Rule::NoNationalLines);
        assert_eq!(found[0].severity, FindingSeverity::Warning);
        assert_eq!(found[0].field, Some(Field::Clinic("country")));
        assert!(found[0].message.contains("“ZZ”"));
        for code in ["US", "gb", "UK", "NZ"] {
            p.country = code.into();
            assert!(check_profile(&p).is_empty(), "{code}");
        }
    }
}
