//! Findings with stable rule ids, gathered for one template, and their JSON form.

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::profile::ClinicProfile;
use crate::quality::content::{self, CheckContext};
use crate::quality::pemat::{self, PematScore};
use crate::quality::profile::check_profile;
use crate::quality::readability::{Scores, scores_of};
use crate::quality::spanish::{self, readability::SpanishReadability};
use crate::quality::text::{block_sentences, plain, split_sentences};
use crate::quality::{grades, lints, passive, sources, terms};
use crate::template::{Block, Template};

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
    pub const ALL: [Rule; 21] = [
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
        Rule::ReviewOverdue,
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
            Rule::ReviewOverdue => "review-overdue",
            Rule::SplitGroup => "split-group",
            Rule::TooManyPages => "too-many-pages",
            Rule::Invalid => INVALID_TEMPLATE,
            Rule::InvalidProfile => "invalid-profile",
        }
    }

    /// The rule with id `id`, e.g. the quality rule a loading problem is also
    /// known by ([`Diagnostic::code`]).
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// Where a finding is when it is not in a block: a template field or a clinic
/// profile field. In JSON it is written as a path into the file, e.g. `title`,
/// `sources[0]` or `resources[2].notes` (indices from 0, as `block` is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The template's title.
    Title,
    /// The template's subtitle.
    Subtitle,
    /// A source of the template: its place in `sources` (from 0) and its number.
    Source {
        /// Place in the template's `sources` list, from 0.
        index: usize,
        /// The number blocks cite it by.
        id: u32,
    },
    /// A clinic detail in the profile, by its RON field name (`name`, `address`,
    /// `country` …).
    Clinic(&'static str),
    /// A field (`name`, `notes` …) of the profile's resource at this index (from 0).
    Resource(usize, &'static str),
}

impl Field {
    /// The path into the file, e.g. `resources[2].notes`.
    pub fn path(self) -> String {
        match self {
            Field::Title => "title".to_owned(),
            Field::Subtitle => "subtitle".to_owned(),
            Field::Source { index, .. } => format!("sources[{index}]"),
            Field::Clinic(name) => name.to_owned(),
            Field::Resource(i, name) => format!("resources[{i}].{name}"),
        }
    }

    /// Whether the field is in a clinic profile rather than a template.
    pub fn in_profile(self) -> bool {
        matches!(self, Field::Clinic(_) | Field::Resource(..))
    }
}

impl std::fmt::Display for Field {
    /// The field for people, e.g. "resource 3 notes" (counting from 1).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Field::Title => write!(f, "the title"),
            Field::Subtitle => write!(f, "the subtitle"),
            Field::Source { id, .. } => write!(f, "source {id}"),
            Field::Clinic(name) => write!(f, "clinic {name}"),
            Field::Resource(i, name) => write!(f, "resource {} {name}", i + 1),
        }
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.path())
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
    /// The field outside the blocks (title, a source, a profile field) it is
    /// about, when it is about one.
    pub field: Option<Field>,
    /// What was found and why it matters.
    pub message: String,
    /// A better wording or what to do.
    pub suggestion: Option<String>,
}

impl Finding {
    /// Where the finding is, for people: "block 3", "the title", "resource 2
    /// notes" or "the whole handout".
    pub fn place(&self) -> String {
        match (self.block, self.field) {
            (Some(b), _) => format!("block {}", b + 1),
            (None, Some(field)) => field.to_string(),
            (None, None) => "the whole handout".to_owned(),
        }
    }
}

/// Readability of the whole handout and of each block with prose.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemplateScores {
    /// The whole handout.
    pub whole: Scores,
    /// Per block (from 0) with enough words for a grade, its heading's words
    /// included (see [`crate::quality::readability::template_scores`]).
    pub blocks: Vec<(usize, Scores)>,
}

/// Everything found in one template.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemplateReport {
    /// Template id (empty when the file could not be read as a template).
    pub id: String,
    /// The file it came from.
    pub file: String,
    /// BCP 47 language tag.
    pub language: String,
    /// Readability of the whole handout (English templates; left out of the
    /// JSON, and all 0, for a Spanish template or one with no prose).
    #[serde(skip_serializing_if = "is_unscored")]
    pub scores: Scores,
    /// Readability per block (from 0) with enough words to grade, each scored
    /// with its heading, in the JSON output as
    /// `[{"block", "flesch_kincaid_grade", "smog_grade", "flesch_reading_ease"}]`
    /// (English templates; left out for a Spanish template).
    #[serde(
        serialize_with = "block_scores_json",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub block_scores: Vec<(usize, Scores)>,
    /// The grade the template aims at and the most it may reach (Flesch–Kincaid;
    /// a Spanish template is held to INFLESZ 55 instead, see `quality::spanish`).
    #[serde(skip)]
    pub grade_target: (f32, f32),
    /// Fernández-Huerta and Szigriszt-Pazos/INFLESZ scores, for a template in
    /// Spanish (language `es…`) only; in the JSON output as `"spanish":
    /// {"scores": {"fernandez_huerta", "szigriszt_pazos", "inflesz"},
    /// "block_scores": [{"block", …}], "words"}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spanish: Option<SpanishReadability>,
    /// Every finding, by block.
    pub findings: Vec<Finding>,
    /// The PEMAT-P items a program can judge.
    pub pemat: PematScore,
}

impl TemplateReport {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == FindingSeverity::Error)
            .count()
    }

    /// The findings about block `block` (from 0).
    pub fn findings_in(&self, block: usize) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.block == Some(block))
    }
}

/// English scores that were not worked out (a Spanish template, or no prose).
fn is_unscored(scores: &Scores) -> bool {
    *scores == Scores::default()
}

fn block_scores_json<S: serde::Serializer>(
    scores: &[(usize, Scores)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct BlockScores<'a> {
        block: usize,
        #[serde(flatten)]
        scores: &'a Scores,
    }
    serializer.collect_seq(scores.iter().map(|(block, scores)| BlockScores {
        block: *block,
        scores,
    }))
}

/// The rule id for a loading problem that no quality rule covers.
pub const INVALID_TEMPLATE: &str = "invalid-template";

/// Checks `template` as printed with `ctx`: readability, language lints, content
/// checks, source ages and PEMAT-P. `problems` are its loading errors (see
/// [`crate::template::validate::validate_template`]), reported as findings too:
/// under their quality rule when they have one (`unprintable-character`), else
/// as `invalid-template`. The clinic profile's own text is checked apart, by
/// [`crate::quality::profile::check_profile`], so that a folder of templates
/// does not repeat the profile's findings once per template.
pub fn check_template(
    template: &Template,
    file: &str,
    problems: &[Diagnostic],
    ctx: &CheckContext<'_>,
) -> TemplateReport {
    let mut findings = Vec::new();
    for d in problems.iter().filter(|d| d.is_error()) {
        let rule = d.code.and_then(Rule::from_id);
        if rule == Some(Rule::UnsourcedBlock) {
            continue; // Found again by the content checks, with advice.
        }
        findings.push(Finding {
            rule: rule.unwrap_or(Rule::Invalid),
            severity: FindingSeverity::Error,
            block: d.block,
            field: None,
            message: d.message.clone(),
            suggestion: d.hint.clone(),
        });
    }
    // ---- Language hook (Spanish, issue 13). A template whose language tag is
    // Spanish ("es", "es-US", …) is split, linted and scored by
    // `quality::spanish`: Spanish sentences and word lists, Fernández-Huerta
    // and Szigriszt-Pazos/INFLESZ instead of Flesch–Kincaid. The English-only
    // heuristics (passive voice, jargon, unexplained terms, grades) are not run on it.
    let in_spanish = spanish::is_spanish(&template.language);
    let wording = |sentences: &[String], block: Option<usize>| {
        if in_spanish {
            spanish::lints::wording_findings(sentences, block)
        } else {
            lints::wording_findings(sentences, block)
        }
    };
    for (field, text) in [
        (Field::Title, Some(&template.title)),
        (Field::Subtitle, template.subtitle.as_ref()),
    ] {
        let Some(text) = text else { continue };
        for mut f in wording(&split_sentences(&plain(text)), None) {
            f.field = Some(field);
            findings.push(f);
        }
    }
    // Each block's sentences, worked out once for the lints, grades and PEMAT-P.
    let sentences: Vec<Vec<String>> = template
        .blocks
        .iter()
        .map(|b| {
            if in_spanish {
                spanish::text::block_sentences(b)
            } else {
                block_sentences(b)
            }
        })
        .collect();
    let mut read_through = Vec::new();
    for (i, (block, sentences)) in template.blocks.iter().zip(&sentences).enumerate() {
        findings.extend(wording(sentences, Some(i)));
        if matches!(block, Block::Sources { .. }) {
            continue;
        }
        findings.extend(lints::long_sentence_findings(sentences, Some(i)));
        if !in_spanish {
            findings.extend(passive::passive_findings(sentences, Some(i)));
            read_through.push((i, sentences.as_slice()));
        }
    }
    findings.extend(terms::term_findings(&read_through));
    findings.extend(content::content_findings(template, ctx));
    findings.extend(sources::source_findings(template, ctx.today));
    let level = template.reading_level;
    let spanish_readability =
        in_spanish.then(|| spanish::readability::template_readability(template));
    let scores = if in_spanish {
        TemplateScores {
            whole: Scores::default(),
            blocks: Vec::new(),
        }
    } else {
        scores_of(&template.blocks, &sentences)
    };
    if let Some(readability) = &spanish_readability {
        findings.extend(spanish::readability::reading_finding(readability));
    }
    // ---- End of the language hook.
    if !in_spanish {
        findings.extend(grades::grade_findings(&template.blocks, &scores, level));
    }
    findings.sort_by_key(|f| (f.block.map_or(0, |b| b + 1), f.severity));
    TemplateReport {
        id: template.id.clone(),
        file: file.to_owned(),
        language: template.language.clone(),
        scores: scores.whole,
        block_scores: scores.blocks,
        grade_target: (level.target_grade, level.max_grade),
        spanish: spanish_readability,
        findings,
        pemat: pemat::score_with(template, &sentences),
    }
}

/// Everything found in one clinic profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileReport {
    /// The file it came from.
    pub file: String,
    /// The clinic's name.
    pub name: String,
    /// The clinic's country code.
    pub country: String,
    /// Every finding: its loading problems (under their rule when they have one,
    /// `stale-resource`, else `invalid-profile`), then the checks of its text.
    pub findings: Vec<Finding>,
}

impl ProfileReport {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == FindingSeverity::Error)
            .count()
    }
}

/// Checks a clinic profile: `problems` are what
/// [`crate::profile::validate_profile`] found (phones, links, dates, characters
/// the fonts lack), then [`crate::quality::profile::check_profile`] checks its
/// printed text and country.
pub fn check_profile_report(
    profile: &ClinicProfile,
    file: &str,
    problems: &[Diagnostic],
) -> ProfileReport {
    let mut findings: Vec<Finding> = problems
        .iter()
        .filter_map(|d| {
            let rule = d.code.and_then(Rule::from_id);
            // Found again, with its field, by `check_profile`.
            (rule != Some(Rule::UnprintableCharacter)).then(|| Finding {
                rule: rule.unwrap_or(Rule::InvalidProfile),
                severity: match d.severity {
                    Severity::Error => FindingSeverity::Error,
                    Severity::Warning => FindingSeverity::Warning,
                },
                block: None,
                field: None,
                message: d.message.clone(),
                suggestion: d.hint.clone(),
            })
        })
        .collect();
    findings.extend(check_profile(profile));
    ProfileReport {
        file: file.to_owned(),
        name: profile.name.clone(),
        country: profile.country.clone(),
        findings,
    }
}

/// The JSON that `handout-desk check --format json` prints: one object with a
/// report per template and one per clinic profile.
pub fn to_json(templates: &[TemplateReport], profiles: &[ProfileReport]) -> String {
    #[derive(Serialize)]
    struct Output<'a> {
        templates: &'a [TemplateReport],
        profiles: &'a [ProfileReport],
    }
    serde_json::to_string_pretty(&Output {
        templates,
        profiles,
    })
    .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

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

    #[test]
    fn fields_are_written_as_paths_and_named_for_people() {
        assert_eq!(Field::Resource(2, "notes").path(), "resources[2].notes");
        assert_eq!(Field::Resource(2, "notes").to_string(), "resource 3 notes");
        assert_eq!(Field::Source { index: 0, id: 4 }.path(), "sources[0]");
        assert_eq!(Field::Source { index: 0, id: 4 }.to_string(), "source 4");
        assert_eq!(
            serde_json::to_string(&Field::Clinic("name")).unwrap_or_default(),
            "\"name\""
        );
    }
}
