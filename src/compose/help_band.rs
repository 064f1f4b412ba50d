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
//! The words come from the handout language's table in [`crate::strings`].
//! Numbers come from the clinic profile and `helplines.rs`, so every country gets
//! its own; where a country has no confirmed line of a kind, the band says what
//! it can (the clinic's own number, "your local emergency number") rather than
//! print a number that may be wrong. Every number is a `tel:` link.

use crate::compose::printed::{reach, spans_of};
use crate::compose::resolve::join_parts;
use crate::compose::resolved::{RichText, Span};
use crate::helplines::NationalLines;
use crate::profile::contact::tel_uri;
use crate::profile::{ClinicProfile, LocalResource};
use crate::strings::PrintedWords;
use crate::template::{ResourceCategory, Topic};

/// The help band for a handout on `topic` from `profile`, whose country's lines
/// are `national`, printing the local `resources` the handout includes, in the
/// language of `words`. Printed with the example clinic's made-up details, it
/// opens with the EXAMPLE mark, so none of its numbers can pass for real ones.
pub fn help_band(
    topic: Topic,
    profile: &ClinicProfile,
    national: Option<&NationalLines>,
    resources: &[&LocalResource],
    words: &PrintedWords,
) -> RichText {
    let band = Band {
        profile,
        national,
        resources,
        words,
    };
    let mut line = Vec::new();
    if profile.example {
        line.push(Span::bold(format!("{}. ", words.example_mark)));
    }
    match topic {
        Topic::SelfHarm => {
            line.push(Span::bold(format!("{} ", words.hope)));
            line.extend(band.crisis());
        }
        Topic::OpioidUseDisorder | Topic::Kratom => line.extend(band.overdose()),
        Topic::Other => line.extend(band.crisis()),
    }
    line
}

struct Band<'a> {
    profile: &'a ClinicProfile,
    national: Option<&'a NationalLines>,
    resources: &'a [&'a LocalResource],
    words: &'a PrintedWords,
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
        let w = self.words;
        let mut line = vec![Span::bold(format!("{} ", w.get_help_now))];
        let mut parts: Vec<Vec<Span>> = Vec::new();
        if let Some((name, phone)) = self.local(ResourceCategory::CrisisLine) {
            parts.push(vec![Span::plain(format!("{name} ")), self.tel(phone)]);
        }
        match self.national {
            Some(n) => {
                parts.push(vec![
                    Span::plain(format!("{}: ", n.crisis_name)),
                    Span::link(reach(w, n.crisis_reach), format!("tel:{}", n.crisis_number)),
                ]);
                parts.push(vec![
                    Span::plain(format!("{} ", w.emergency_label)),
                    self.tel(n.emergency),
                ]);
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
                parts.push(vec![Span::plain(w.emergency_unknown)]);
            }
        }
        line.extend(join_parts(parts));
        line
    }

    /// "Overdose? Call 911 and give naloxone · Poison Help … · Treatment: …".
    fn overdose(&self) -> RichText {
        let w = self.words;
        let first = match self.national {
            Some(n) => spans_of(w.overdose, |_| vec![self.tel(n.emergency)]),
            None => vec![Span::plain(w.overdose_number_unknown)],
        }
        .into_iter()
        .map(|span| Span { bold: true, ..span })
        .collect();
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
                Span::plain(format!("{} {name} ", w.treatment_label)),
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
    use crate::strings::{EN_US, ES_US};

    fn profile(country: &str) -> ClinicProfile {
        let mut p = ClinicProfile::blank();
        p.name = "Riverside Clinic".into();
        p.country = country.into();
        p.phone = Some("(555) 010-2000".into());
        p
    }

    fn band(topic: Topic, country: &str) -> RichText {
        let p = profile(country);
        help_band(topic, &p, national_lines(country), &[], &EN_US)
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
        assert!(!text.contains(EN_US.hope));
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

    #[test]
    fn a_spanish_handout_gets_a_spanish_band_around_the_services_names() {
        let p = profile("US");
        let lines = national_lines("US");
        let text = plain_text(&help_band(Topic::SelfHarm, &p, lines, &[], &ES_US));
        assert_eq!(
            text,
            "No está solo ni sola, y la ayuda sirve. Pida ayuda ahora: 988 Suicide & Crisis Lifeline: llame o envíe un mensaje de texto al 988 · Emergencias: 911"
        );
        let text = plain_text(&help_band(Topic::Kratom, &p, lines, &[], &ES_US));
        assert_eq!(
            text,
            "¿Sobredosis? Llame al 911 y dé naloxona · Poison Help 1-800-222-1222 · Tratamiento: SAMHSA National Helpline 1-800-662-4357"
        );
    }

    #[test]
    fn the_example_clinic_s_band_opens_with_the_example_mark() {
        let mut p = profile("US");
        p.example = true;
        for (words, mark) in [
            (&EN_US, "EXAMPLE — not a real clinic. "),
            (&ES_US, "EJEMPLO: no es una clínica real. "),
        ] {
            for topic in Topic::ALL {
                let spans = help_band(topic, &p, national_lines("US"), &[], words);
                assert_eq!(spans[0].text, mark);
                assert!(spans[0].bold);
            }
        }
    }
}
