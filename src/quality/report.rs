//! Findings with stable rule ids, gathered for one template, and their JSON form.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::quality::content::{self, CheckContext};
use crate::quality::lints;
use crate::quality::pemat::{self, PematScore};
use crate::quality::readability::{Scores, template_scores};
use crate::quality::spanish::{self, readability::SpanishReadability};
use crate::quality::text::block_sentences;
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
    /// A group meant to stay on one page (steps, an urgent box, a keep-together
    /// section…) is too tall for any page and prints split.
    SplitGroup,
    /// The handout lays out to more pages than a handout should have.
    TooManyPages,
    /// A problem that stops the template loading (see the message).
    #[serde(rename = "invalid-template")]
    Invalid,
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
            Rule::SplitGroup => "split-group",
            Rule::TooManyPages => "too-many-pages",
            Rule::Invalid => INVALID_TEMPLATE,
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
    /// Readability per block (from 0) with prose, in the JSON output as
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
/// checks and PEMAT-P. `problems` are its loading errors (see
/// [`crate::template::validate::validate_template`]), reported as findings too.
pub fn check_template(
    template: &Template,
    file: &str,
    problems: &[Diagnostic],
    ctx: &CheckContext<'_>,
) -> TemplateReport {
    let mut findings = Vec::new();
    for d in problems.iter().filter(|d| d.is_error()) {
        if d.code == Some(Rule::UnsourcedBlock.id()) {
            continue; // Found again by the content checks, with advice.
        }
        findings.push(Finding {
            rule: Rule::Invalid,
            severity: FindingSeverity::Error,
            block: d.block,
            message: d.message.clone(),
            suggestion: d.hint.clone(),
        });
    }
    // ---- Language hook (Spanish, issue 13). A template whose language tag is
    // Spanish ("es", "es-US", …) is split, linted and scored by
    // `quality::spanish`: Spanish sentences and word lists, Fernández-Huerta
    // and Szigriszt-Pazos/INFLESZ instead of Flesch–Kincaid. The English-only
    // heuristics (passive voice, jargon) are not run on it.
    let in_spanish = spanish::is_spanish(&template.language);
    for (i, block) in template.blocks.iter().enumerate() {
        if matches!(block, Block::Sources { .. }) {
            continue;
        }
        if in_spanish {
            let sentences = spanish::text::block_sentences(block);
            findings.extend(spanish::lints::wording_findings(&sentences, Some(i)));
            findings.extend(lints::long_sentence_findings(&sentences, Some(i)));
            continue;
        }
        let sentences = block_sentences(block);
        findings.extend(lints::wording_findings(&sentences, Some(i)));
        findings.extend(lints::long_sentence_findings(&sentences, Some(i)));
        findings.extend(lints::passive_findings(&sentences, Some(i)));
        findings.extend(lints::jargon_findings(&sentences, Some(i)));
    }
    findings.extend(content::content_findings(template, ctx));
    let level = template.reading_level;
    let spanish_readability =
        in_spanish.then(|| spanish::readability::template_readability(template));
    let scores = if in_spanish {
        TemplateScores {
            whole: Scores::default(),
            blocks: Vec::new(),
        }
    } else {
        template_scores(template)
    };
    if let Some(readability) = &spanish_readability {
        findings.extend(spanish::readability::reading_finding(readability));
    }
    // ---- End of the language hook.
    let grade = scores.whole.flesch_kincaid_grade;
    if !in_spanish && grade > f64::from(level.target_grade) {
        let over_max = grade > f64::from(level.max_grade);
        findings.push(Finding {
            rule: Rule::ReadingGrade,
            severity: if over_max {
                FindingSeverity::Error
            } else {
                FindingSeverity::Warning
            },
            block: None,
            message: format!(
                "The handout reads at grade {grade:.1} (Flesch–Kincaid); it aims at grade {} and must not pass grade {}.",
                level.target_grade, level.max_grade
            ),
            suggestion: Some(
                "Shorten the long sentences and use shorter, everyday words; the per-block grades show where to start."
                    .to_owned(),
            ),
        });
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
        pemat: pemat::score(template),
    }
}

/// The JSON that `handout-desk check --format json` prints.
pub fn to_json(reports: &[TemplateReport]) -> String {
    #[derive(Serialize)]
    struct Output<'a> {
        templates: &'a [TemplateReport],
    }
    serde_json::to_string_pretty(&Output { templates: reports })
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
