//! Findings with stable rule ids, gathered for one template, and their JSON form.
//!
//! A finding is a [`Problem`] that a quality rule found: it always has a rule,
//! and its place is a block, a field or the whole handout. The JSON form keeps
//! the shape the README documents: `{"rule", "severity", "block", "field",
//! "message", "suggestion"}`.

use serde::Serialize;
use serde::ser::SerializeStruct as _;

pub use crate::problem::{Field, INVALID_TEMPLATE, Problem, Rule, Severity};
use crate::profile::ClinicProfile;
use crate::quality::content::{self, CheckContext};
use crate::quality::pemat::{self, PematScore};
use crate::quality::profile::check_profile;
use crate::quality::readability::{Scores, scores_of};
use crate::quality::spanish::{self, readability::SpanishReadability};
use crate::quality::text::{block_sentences, plain, split_sentences};
use crate::quality::{grades, lints, passive, sources, terms};
use crate::template::{Block, Template};

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
    #[serde(serialize_with = "findings_json")]
    pub findings: Vec<Problem>,
    /// The PEMAT-P items a program can judge.
    pub pemat: PematScore,
}

impl TemplateReport {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.is_error()).count()
    }

    /// The findings about block `block` (from 0).
    pub fn findings_in(&self, block: usize) -> impl Iterator<Item = &Problem> {
        self.findings
            .iter()
            .filter(move |f| f.block() == Some(block))
    }
}

/// Findings as the JSON the README documents: `{"rule", "severity", "block",
/// "field", "message", "suggestion"}`, `block` and `field` `null` when the
/// finding is not about one.
fn findings_json<S: serde::Serializer>(
    findings: &[Problem],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Json<'a>(&'a Problem);
    impl Serialize for Json<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let f = self.0;
            let mut out = serializer.serialize_struct("Finding", 6)?;
            out.serialize_field("rule", &f.rule)?;
            out.serialize_field("severity", &f.severity)?;
            out.serialize_field("block", &f.block())?;
            out.serialize_field("field", &f.field())?;
            out.serialize_field("message", &f.message)?;
            out.serialize_field("suggestion", &f.hint)?;
            out.end()
        }
    }
    serializer.collect_seq(findings.iter().map(Json))
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
    problems: &[Problem],
    ctx: &CheckContext<'_>,
) -> TemplateReport {
    let mut findings = Vec::new();
    for d in problems.iter().filter(|d| d.is_error()) {
        if d.rule == Some(Rule::UnsourcedBlock) {
            continue; // Found again by the content checks, with advice.
        }
        findings.push(Problem {
            rule: Some(d.rule.unwrap_or(Rule::Invalid)),
            ..d.clone()
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
        for f in wording(&split_sentences(&plain(text)), None) {
            findings.push(f.on_field(field));
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
    findings.sort_by_key(|f| (f.block().map_or(0, |b| b + 1), f.severity));
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
    #[serde(serialize_with = "findings_json")]
    pub findings: Vec<Problem>,
}

impl ProfileReport {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.is_error()).count()
    }
}

/// Checks a clinic profile: `problems` are what
/// [`crate::profile::validate_profile`] found (phones, links, dates, characters
/// the fonts lack), then [`crate::quality::profile::check_profile`] checks its
/// printed text and country.
pub fn check_profile_report(
    profile: &ClinicProfile,
    file: &str,
    problems: &[Problem],
) -> ProfileReport {
    let mut findings: Vec<Problem> = problems
        .iter()
        // Found again, with its field, by `check_profile`.
        .filter(|d| d.rule != Some(Rule::UnprintableCharacter))
        .map(|d| Problem {
            rule: Some(d.rule.unwrap_or(Rule::InvalidProfile)),
            ..d.clone()
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
