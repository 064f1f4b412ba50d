//! Findings with stable rule ids, gathered for one template, and their JSON form.

use serde::Serialize;

use crate::quality::readability::Scores;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingSeverity {
    /// The handout must not go out like this.
    Error,
    /// A reviewer should look at this.
    Warning,
}

/// The checks, each with a stable id for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// The whole text reads above its template's maximum grade.
    ReadingGrade,
    /// A sentence of more than 20 words.
    LongSentence,
    /// Passive voice (heuristic).
    PassiveVoice,
    /// A medical word with no plain explanation nearby.
    Jargon,
    /// A word that shames people who use drugs.
    StigmatisingLanguage,
    /// Wording about suicide or self-harm that safe-messaging guidance advises against.
    UnsafeSuicideLanguage,
    /// A self-harm handout with a page that has no crisis contact.
    MissingCrisisContact,
    /// An opioid or kratom handout with no naloxone information.
    MissingNaloxone,
    /// A clinical block that cites no source.
    UnsourcedBlock,
    /// A placeholder or gap left unfilled.
    UnfilledPlaceholder,
    /// A local resource not checked for over a year.
    StaleResource,
    /// The review date has passed.
    ReviewOverdue,
}

impl Rule {
    /// The rule's id, e.g. `long-sentence`.
    pub fn id(self) -> &'static str {
        match self {
            Rule::ReadingGrade => "reading-grade",
            Rule::LongSentence => "long-sentence",
            Rule::PassiveVoice => "passive-voice",
            Rule::Jargon => "jargon",
            Rule::StigmatisingLanguage => "stigmatising-language",
            Rule::UnsafeSuicideLanguage => "unsafe-suicide-language",
            Rule::MissingCrisisContact => "missing-crisis-contact",
            Rule::MissingNaloxone => "missing-naloxone",
            Rule::UnsourcedBlock => "unsourced-block",
            Rule::UnfilledPlaceholder => "unfilled-placeholder",
            Rule::StaleResource => "stale-resource",
            Rule::ReviewOverdue => "review-overdue",
        }
    }
}

/// One thing found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Which check.
    pub rule: Rule,
    /// How serious.
    pub severity: FindingSeverity,
    /// The block (from 0), when it is about one.
    pub block: Option<usize>,
    /// What was found and why it matters.
    pub message: String,
    /// A better wording or what to do.
    pub suggestion: Option<String>,
}

/// Readability of the whole handout and of each block with prose.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemplateScores {
    /// The whole handout.
    pub whole: Scores,
    /// Per block (from 0) that has words.
    pub blocks: Vec<(usize, Scores)>,
}
