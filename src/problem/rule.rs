//! The checks that find problems, each with a stable id for scripts: the
//! quality rules of `handout-desk check` and the loading problems they cover.

use serde::Serialize;

/// The checks, each with a stable id for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// The whole text reads above its template's maximum grade.
    ReadingGrade,
    /// One prose block reads above the template's maximum grade.
    BlockReadingGrade,
    /// The whole text's SMOG grade is above the template's maximum grade.
    SmogGrade,
    /// A sentence of more than 20 words.
    LongSentence,
    /// Passive voice (heuristic).
    PassiveVoice,
    /// A medical word with no plain explanation where it is first used.
    Jargon,
    /// A name the handout cannot avoid (naloxone, kratom …) not explained where
    /// it is first used.
    UnexplainedTerm,
    /// A word that shames people who use drugs.
    StigmatisingLanguage,
    /// Wording about suicide or self-harm that safe-messaging guidance advises against.
    UnsafeSuicideLanguage,
    /// A character no embedded font can draw; it would print as an empty box.
    UnprintableCharacter,
    /// A self-harm handout with a page that has no crisis contact.
    MissingCrisisContact,
    /// The clinic's country has no confirmed national lines, so no national
    /// crisis line can be printed.
    NoNationalLines,
    /// An opioid or kratom handout with no naloxone information.
    MissingNaloxone,
    /// A clinical block that cites no source.
    UnsourcedBlock,
    /// A source more than five years old, not confirmed current in the last year.
    SourceAge,
    /// A source whose citation gives no year.
    SourceYearMissing,
    /// A placeholder or gap left unfilled.
    UnfilledPlaceholder,
    /// A local resource not checked for over a year.
    StaleResource,
    /// A resource's hours or note with no Spanish version: Spanish handouts
    /// print the English text.
    UntranslatedClinicText,
    /// The review date has passed.
    ReviewOverdue,
    /// A group meant to stay on one page (steps, an urgent box, a keep-together
    /// section…) is too tall for any page and prints split.
    SplitGroup,
    /// The handout lays out to more pages than a handout should have.
    TooManyPages,
    /// A problem that stops the template loading (see the message).
    #[serde(rename = "invalid-template")]
    Invalid,
    /// A problem in a clinic profile's details, such as a phone number that
    /// cannot be dialled (see the message).
    InvalidProfile,
}

impl Rule {
    /// Every rule, in the order of the README's table.
    pub const ALL: [Rule; 24] = [
        Rule::ReadingGrade,
        Rule::BlockReadingGrade,
        Rule::SmogGrade,
        Rule::LongSentence,
        Rule::PassiveVoice,
        Rule::Jargon,
        Rule::UnexplainedTerm,
        Rule::StigmatisingLanguage,
        Rule::UnsafeSuicideLanguage,
        Rule::UnprintableCharacter,
        Rule::MissingCrisisContact,
        Rule::NoNationalLines,
        Rule::MissingNaloxone,
        Rule::UnsourcedBlock,
        Rule::SourceAge,
        Rule::SourceYearMissing,
        Rule::UnfilledPlaceholder,
        Rule::StaleResource,
        Rule::UntranslatedClinicText,
        Rule::ReviewOverdue,
        Rule::SplitGroup,
        Rule::TooManyPages,
        Rule::Invalid,
        Rule::InvalidProfile,
    ];

    /// The rule's id, e.g. `long-sentence`.
    pub fn id(self) -> &'static str {
        match self {
            Rule::ReadingGrade => "reading-grade",
            Rule::BlockReadingGrade => "block-reading-grade",
            Rule::SmogGrade => "smog-grade",
            Rule::LongSentence => "long-sentence",
            Rule::PassiveVoice => "passive-voice",
            Rule::Jargon => "jargon",
            Rule::UnexplainedTerm => "unexplained-term",
            Rule::StigmatisingLanguage => "stigmatising-language",
            Rule::UnsafeSuicideLanguage => "unsafe-suicide-language",
            Rule::UnprintableCharacter => "unprintable-character",
            Rule::MissingCrisisContact => "missing-crisis-contact",
            Rule::NoNationalLines => "no-national-lines",
            Rule::MissingNaloxone => "missing-naloxone",
            Rule::UnsourcedBlock => "unsourced-block",
            Rule::SourceAge => "source-age",
            Rule::SourceYearMissing => "source-year-missing",
            Rule::UnfilledPlaceholder => "unfilled-placeholder",
            Rule::StaleResource => "stale-resource",
            Rule::UntranslatedClinicText => "untranslated-clinic-text",
            Rule::ReviewOverdue => "review-overdue",
            Rule::SplitGroup => "split-group",
            Rule::TooManyPages => "too-many-pages",
            Rule::Invalid => INVALID_TEMPLATE,
            Rule::InvalidProfile => "invalid-profile",
        }
    }

    /// The rule with id `id`, e.g. the quality rule a loading problem is also
    /// known by.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// The rule id for a loading problem that no quality rule covers.
pub const INVALID_TEMPLATE: &str = "invalid-template";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_own_id_and_is_found_by_it() {
        for rule in Rule::ALL {
            assert_eq!(Rule::from_id(rule.id()), Some(rule));
            let json = serde_json::to_string(&rule).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", rule.id()), "serde and id() agree");
        }
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
    }
}
