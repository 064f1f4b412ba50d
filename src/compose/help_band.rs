//! The help band printed at the foot of every page, chosen by topic.
//!
//! - Self-harm: hope ("You are not alone, and help works."), as safe-messaging
//!   guidance asks, then the clinic's own crisis line, the national crisis line
//!   and the emergency number.
//! - Opioid use disorder and kratom: what to do in an overdose (call the
//!   emergency number and give naloxone), the poison line and the treatment line.
//! - Anything else: the crisis lines and the emergency number, without the hope
//!   sentence, which belongs to the self-harm handout.
//!
//! Numbers come from the clinic profile and `helplines.rs`, so every country gets
//! its own; where a country has no confirmed line of a kind, the band says what
//! it can (the clinic's own number, "your local emergency number") rather than
//! print a number that may be wrong. Every number is a `tel:` link.

use crate::compose::resolve::join_parts;
use crate::compose::resolved::{RichText, Span};
use crate::helplines::NationalLines;
use crate::profile::contact::tel_uri;
use crate::profile::{ClinicProfile, LocalResource};
use crate::template::{ResourceCategory, Topic};

/// The hope sentence that opens a self-harm handout's band.
pub const HOPE: &str = "You are not alone, and help works.";

/// The help band for a handout on `topic` from `profile`, whose country's lines
/// are `national`, printing the local `resources` the handout includes.
pub fn help_band(
    topic: Topic,
    profile: &ClinicProfile,
    national: Option<&NationalLines>,
    resources: &[&LocalResource],
) -> RichText {
    let band = Band {
        profile,
        national,
        resources,
    };
    match topic {
        Topic::SelfHarm => {
            let mut line = vec![Span::bold(format!("{HOPE} "))];
            line.extend(band.crisis());
            line
        }
        Topic::OpioidUseDisorder | Topic::Kratom => band.overdose(),
        Topic::Other => band.crisis(),
    }
}

struct Band<'a> {
    profile: &'a ClinicProfile,
    national: Option<&'a NationalLines>,
    resources: &'a [&'a LocalResource],
}

impl Band<'_> {
    fn tel(&self, number: &str) -> Span {
        Span::link(number, tel_uri(number, &self.profile.country))
    }

    /// The first included local resource of `category` with a phone number.
    fn local(&self, category: ResourceCategory) -> Option<(&str, &str)> {
        self.resources.iter().find_map(|r| {
            (r.category == category)
                .then_some(r.phone.as_deref())
                .flatten()
                .map(|phone| (r.name.as_str(), phone))
        })
    }

    /// "Get help now: <local crisis line> · <national crisis line> · Emergency: 911".
    fn crisis(&self) -> RichText {
        let mut line = vec![Span::bold("Get help now: ")];
        let mut parts: Vec<Vec<Span>> = Vec::new();
        if let Some((name, phone)) = self.local(ResourceCategory::CrisisLine) {
            parts.push(vec![Span::plain(format!("{name} ")), self.tel(phone)]);
        }
        match self.national {
            Some(n) => {
                parts.push(vec![
                    Span::plain(format!("{}: ", n.crisis_name)),
                    Span::link(n.crisis_how, format!("tel:{}", n.crisis_number)),
                ]);
                parts.push(vec![Span::plain("Emergency: "), self.tel(n.emergency)]);
            }
            None => {
                if parts.is_empty()
                    && let Some(phone) = &self.profile.phone
                {
                    parts.push(vec![
                        Span::plain(format!("{} ", self.profile.name)),
                        self.tel(phone),
                    ]);
                }
                parts.push(vec![Span::plain(
                    "in an emergency, call your local emergency number",
                )]);
            }
        }
        line.extend(join_parts(parts));
        line
    }

    /// "Overdose? Call 911 and give naloxone · Poison Help … · Treatment: …".
    fn overdose(&self) -> RichText {
        let mut first = vec![Span::bold("Overdose? Call ")];
        match self.national {
            Some(n) => {
                let mut number = self.tel(n.emergency);
                number.bold = true;
                first.push(number);
            }
            None => first.push(Span::bold("your local emergency number")),
        }
        first.push(Span::bold(" and give naloxone"));
        let mut parts = vec![first];
        if let Some((name, number)) = self.national.and_then(|n| n.poison) {
            parts.push(vec![Span::plain(format!("{name} ")), self.tel(number)]);
        }
        let treatment = self
            .national
            .and_then(|n| n.treatment)
            .or_else(|| self.local(ResourceCategory::TreatmentProvider))
            .or_else(|| {
                self.profile
                    .phone
                    .as_deref()
                    .map(|phone| (self.profile.name.as_str(), phone))
            });
        if let Some((name, number)) = treatment {
            parts.push(vec![
                Span::plain(format!("Treatment: {name} ")),
                self.tel(number),
            ]);
        }
        join_parts(parts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compose::plain_text;
    use crate::helplines::national_lines;

    fn profile(country: &str) -> ClinicProfile {
        let mut p = ClinicProfile::blank();
        p.name = "Riverside Clinic".into();
        p.country = country.into();
        p.phone = Some("(555) 010-2000".into());
        p
    }

    fn band(topic: Topic, country: &str) -> RichText {
        let p = profile(country);
        help_band(topic, &p, national_lines(country), &[])
    }

    #[test]
    fn self_harm_opens_with_hope_then_crisis_and_emergency_numbers() {
        let text = plain_text(&band(Topic::SelfHarm, "US"));
        assert!(text.starts_with("You are not alone, and help works. Get help now: "));
        assert!(text.contains("988 Suicide & Crisis Lifeline: call or text 988"));
        assert!(text.contains("Emergency: 911"));
    }

    #[test]
    fn other_topics_get_the_crisis_lines_without_the_hope_sentence() {
        let text = plain_text(&band(Topic::Other, "US"));
        assert!(text.starts_with("Get help now: "), "{text}");
        assert!(!text.contains(HOPE));
    }

    #[test]
    fn opioid_and_kratom_bands_say_what_to_do_in_an_overdose() {
        for topic in [Topic::OpioidUseDisorder, Topic::Kratom] {
            let spans = band(topic, "US");
            assert_eq!(
                plain_text(&spans),
                "Overdose? Call 911 and give naloxone · Poison Help 1-800-222-1222 · Treatment: SAMHSA National Helpline 1-800-662-4357"
            );
            let links: Vec<&str> = spans.iter().filter_map(|s| s.link.as_deref()).collect();
            assert_eq!(links, ["tel:911", "tel:+18002221222", "tel:+18006624357"]);
        }
    }

    #[test]
    fn countries_without_a_poison_or_treatment_line_fall_back_gracefully() {
        // Samaritans are a crisis line; the UK has no national poison or
        // treatment line among the confirmed numbers: the clinic is the way in.
        let text = plain_text(&band(Topic::Kratom, "GB"));
        assert_eq!(
            text,
            "Overdose? Call 999 and give naloxone · Treatment: Riverside Clinic (555) 010-2000"
        );
        let text = plain_text(&band(Topic::OpioidUseDisorder, "ZZ"));
        assert!(
            text.starts_with("Overdose? Call your local emergency number and give naloxone"),
            "{text}"
        );
    }
}
