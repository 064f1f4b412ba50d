//! The checks before a handout is exported or signed off, the same for both
//! and for every caller (the desk app, the command line).
//!
//! An error stops the action: an error finding of the quality checks (shaming
//! words, a self-harm page with no crisis line, a gap such as `[add hours]`, a
//! placeholder the profile cannot fill …), a problem that stops the template
//! loading, or a problem with a clinic detail or local resource that this
//! handout prints (an empty clinic name, a phone number no one can dial, a bad
//! web address). Problems with details the handout does not print do not stop
//! it. Warnings come back too, and stop nothing.

use std::collections::BTreeSet;

use crate::compose::HandoutOptions;
use crate::date::Date;
use crate::problem::{Field, Problem, Rule};
use crate::profile::printed::{printed_clinic_fields, printed_resources};
use crate::profile::{ClinicProfile, profile_problems};
use crate::quality::content::CheckContext;
use crate::quality::profile::check_profile;
use crate::quality::report::check_template;
use crate::template::validate::validate_template;
use crate::template::{LoadedTemplate, Template};

/// What the checks before an action found, errors first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preflight {
    /// Every problem found, errors first, each with its place.
    pub problems: Vec<Problem>,
}

impl Preflight {
    /// Whether nothing stops the action.
    pub fn is_clear(&self) -> bool {
        !self.problems.iter().any(Problem::is_error)
    }

    /// The problems that stop the action.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    /// The problems worth a look that stop nothing.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }
}

/// The errors that stop `loaded` loading cleanly (a clinic template that reads
/// but still has problems to fix stays editable, but cannot go out).
pub fn load_errors(loaded: &LoadedTemplate) -> Vec<Problem> {
    validate_template(&loaded.template, "", &loaded.file)
        .into_iter()
        .filter(Problem::is_error)
        .collect()
}

/// Checks `loaded` as it would print with `profile` and `options` on `today`.
pub fn preflight(
    loaded: &LoadedTemplate,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    today: Date,
) -> Preflight {
    let ctx = CheckContext {
        profile,
        options,
        today,
    };
    let file = loaded.file.display().to_string();
    let report = check_template(&loaded.template, &file, &load_errors(loaded), &ctx);
    preflight_of_report(report.findings, &loaded.template, &ctx)
}

/// The pre-flight of a template whose quality report is already made (its
/// `findings`, from [`check_template`] with the same context): for a screen
/// that shows the report too, and so need not check the text twice.
pub fn preflight_of_report(
    findings: Vec<Problem>,
    template: &Template,
    ctx: &CheckContext<'_>,
) -> Preflight {
    let CheckContext {
        profile,
        options,
        today,
    } = *ctx;
    let mut problems = findings;

    let clinic_fields = printed_clinic_fields(template);
    let resources: BTreeSet<usize> =
        printed_resources(template, profile, &options.excluded_resources)
            .into_iter()
            .map(|(i, _)| i)
            .collect();
    let printed = |p: &Problem| match p.field() {
        Some(Field::Clinic(f)) => clinic_fields.contains(&f),
        Some(Field::Resource(i, _)) => resources.contains(&i),
        Some(Field::Title | Field::Subtitle | Field::Source { .. }) | None => true,
    };
    // The profile's rules; characters the fonts lack are found again, with
    // their field, by the checks of the profile's text.
    problems.extend(
        profile_problems(profile, today)
            .into_iter()
            .filter(|p| p.rule != Some(Rule::UnprintableCharacter) && printed(p)),
    );
    problems.extend(check_profile(profile).into_iter().filter(|p| printed(p)));
    problems.sort_by_key(|p| p.severity);
    Preflight { problems }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::{ClinicField, ResourceField};
    use crate::profile::parse_profile;
    use crate::template::load::EXAMPLE_PROFILE;
    use crate::template::{Block, TemplateLibrary};
    use std::path::Path;

    fn example() -> ClinicProfile {
        parse_profile(EXAMPLE_PROFILE.1, Path::new(EXAMPLE_PROFILE.0)).unwrap()
    }

    fn shipped(id: &str) -> LoadedTemplate {
        TemplateLibrary::shipped().get(id, "en-US").unwrap().clone()
    }

    fn day() -> Date {
        Date::parse("2026-11-22").unwrap()
    }

    #[test]
    fn the_shipped_handouts_are_clear_with_the_example_clinic() {
        for id in ["self-harm-support", "moud-medicines", "kratom-risks"] {
            let found = preflight(&shipped(id), &example(), &HandoutOptions::default(), day());
            assert!(
                found.is_clear(),
                "{id}: {:?}",
                found.errors().collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn an_empty_clinic_name_stops_every_handout() {
        let mut profile = example();
        profile.name = " ".into();
        let found = preflight(
            &shipped("kratom-risks"),
            &profile,
            &HandoutOptions::default(),
            day(),
        );
        assert!(
            found
                .errors()
                .any(|p| p.field() == Some(Field::Clinic(ClinicField::Name))),
            "{found:?}"
        );
    }

    #[test]
    fn only_a_bad_phone_that_prints_stops_the_handout() {
        let mut profile = example();
        let naloxone = profile
            .resources
            .iter()
            .position(|r| r.name == "Riverside Naloxone Desk")
            .unwrap();
        profile.resources[naloxone].phone = Some("555-CALL-NOW".into());
        let phone = Field::Resource(naloxone, ResourceField::Phone);
        let found = preflight(
            &shipped("moud-medicines"),
            &profile,
            &HandoutOptions::default(),
            day(),
        );
        assert!(
            found.errors().any(|p| p.field() == Some(phone)),
            "{found:?}"
        );
        let self_harm = preflight(
            &shipped("self-harm-support"),
            &profile,
            &HandoutOptions::default(),
            day(),
        );
        assert!(
            self_harm.is_clear(),
            "the self-harm handout lists no naloxone desk"
        );
        let options = HandoutOptions {
            excluded_resources: [profile.resources[naloxone].id].into(),
            ..HandoutOptions::default()
        };
        let left_out = preflight(&shipped("moud-medicines"), &profile, &options, day());
        assert!(
            left_out.is_clear(),
            "left out of this handout, so it does not print"
        );
    }

    #[test]
    fn an_error_finding_in_the_text_stops_it_at_its_block() {
        let mut loaded = shipped("kratom-risks");
        let i = loaded
            .template
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Paragraph { .. }))
            .unwrap();
        if let Block::Paragraph { text, .. } = &mut loaded.template.blocks[i] {
            text.push_str(" Some addicts feel better after a call.");
        }
        let found = preflight(&loaded, &example(), &HandoutOptions::default(), day());
        let shaming = found
            .errors()
            .find(|p| p.rule == Some(Rule::StigmatisingLanguage))
            .expect("the word is found");
        assert_eq!(shaming.block(), Some(i));
    }
}
