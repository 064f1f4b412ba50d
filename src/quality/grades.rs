//! Findings about reading grades: the whole handout's Flesch–Kincaid grade
//! against the template's target and ceiling, its SMOG grade against the
//! ceiling, and each prose block's grade against the ceiling.
//!
//! SMOG usually reads 1–2 grades above Flesch–Kincaid (facts.md D2), so it is
//! held only to the ceiling (`max_grade`), never to the target, and is a
//! warning: the two formulas disagree often enough that a reviewer decides.

use crate::problem::{ProblemText, keys};
use crate::quality::report::{Problem, Rule, Severity, TemplateScores};
use crate::quality::text::plain;
use crate::template::{Block, ReadingLevel};

/// How many words of a block a finding quotes to name it.
const QUOTED_WORDS: usize = 6;

/// The grade findings for a handout with `scores` at `level`.
pub fn grade_findings(
    blocks: &[Block],
    scores: &TemplateScores,
    level: ReadingLevel,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let max = f64::from(level.max_grade);
    let grade = scores.whole.flesch_kincaid_grade;
    if grade > f64::from(level.target_grade) {
        out.push(Problem::finding(Rule::ReadingGrade, if grade > max {
                Severity::Error
            } else {
                Severity::Warning
            }, None, format!(
                "The handout reads at grade {grade:.1} (Flesch–Kincaid); it aims at grade {} and must not pass grade {}.",
                level.target_grade, level.max_grade
            ), Some(
                "Shorten the long sentences and use shorter, everyday words; the per-block grades show where to start."
                    .to_owned(),
            )).keyed(ProblemText::new(keys::READING_GRADE)
                .arg("grade", format!("{grade:.1}"))
                .arg("target", level.target_grade)
                .arg("max", level.max_grade)));
    }
    let smog = scores.whole.smog_grade;
    if smog > max {
        out.push(Problem::finding(Rule::SmogGrade, Severity::Warning, None, format!(
                "The handout's SMOG grade is {smog:.1}, above its ceiling of grade {}: SMOG counts words of three or more syllables.",
                level.max_grade
            ), Some(
                "Swap long words for short everyday ones (\"medicine\" is fine; \"medication-assisted\" is not), starting with the blocks graded highest."
                    .to_owned(),
            )).keyed(ProblemText::new(keys::SMOG_GRADE)
                .arg("grade", format!("{smog:.1}"))
                .arg("max", level.max_grade)));
    }
    for &(i, block_scores) in &scores.blocks {
        let Some(block) = blocks.get(i).filter(|b| is_prose(b)) else {
            continue;
        };
        let grade = block_scores.flesch_kincaid_grade;
        if grade > max {
            out.push(Problem::finding(Rule::BlockReadingGrade, Severity::Warning, Some(i), format!(
                    "Block {} ({}, “{}”) reads at grade {grade:.1} (Flesch–Kincaid, with its heading), above the handout's ceiling of grade {}.",
                    i + 1,
                    block.kind_name(),
                    opening_words(block),
                    level.max_grade
                ), Some(
                    "Split its long sentences and use shorter, everyday words.".to_owned(),
                )).keyed(ProblemText::new(keys::BLOCK_READING_GRADE)
                    .arg("number", i + 1)
                    .block_kind("kind", block.kind_name())
                    .arg("opening", opening_words(block))
                    .arg("grade", format!("{grade:.1}"))
                    .arg("max", level.max_grade)));
        }
    }
    out
}

/// Whether a block is running prose a reader reads through, as opposed to
/// labels (fill-ins), contact lists and citations.
pub fn is_prose(block: &Block) -> bool {
    matches!(
        block,
        Block::Paragraph { .. }
            | Block::Bullets { .. }
            | Block::Steps { .. }
            | Block::Callout { .. }
    )
}

/// The first few words of a block, to name it in a message.
fn opening_words(block: &Block) -> String {
    let text = block.texts().first().map(|t| plain(t)).unwrap_or_default();
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= QUOTED_WORDS {
        words.join(" ")
    } else {
        format!("{} …", words[..QUOTED_WORDS].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::readability::scores_of;
    use crate::quality::text::block_sentences;

    const LEVEL: ReadingLevel = ReadingLevel {
        target_grade: 6.0,
        max_grade: 8.0,
    };

    fn findings(blocks: &[Block]) -> Vec<Problem> {
        let sentences: Vec<Vec<String>> = blocks.iter().map(block_sentences).collect();
        grade_findings(blocks, &scores_of(blocks, &sentences), LEVEL)
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            text: text.to_owned(),
            sources: vec![1],
        }
    }

    const EASY: &str = "Keep naloxone with you. Give it if a person will not wake up. Then call 911 and stay with them.";
    const HARD: &str = "Pharmacological characterisation demonstrates considerable interindividual variability regarding physiological responsiveness to medication.";

    #[test]
    fn a_hard_prose_block_is_a_warning_that_names_it() {
        let found = findings(&[paragraph(EASY), paragraph(HARD)]);
        let block: Vec<&Problem> = found
            .iter()
            .filter(|f| f.rule == Some(Rule::BlockReadingGrade))
            .collect();
        assert_eq!(block.len(), 1, "{found:?}");
        assert_eq!(block[0].block(), Some(1));
        assert_eq!(block[0].severity, Severity::Warning);
        assert!(
            block[0]
                .message
                .contains("Block 2 (Paragraph, “Pharmacological characterisation"),
            "{}",
            block[0].message
        );
    }

    #[test]
    fn easy_tiny_and_non_prose_blocks_are_not_graded_findings() {
        let fill_in = Block::FillIn {
            label: "Pharmacological characterisation demonstrates considerable interindividual variability"
                .into(),
            hint: None,
            lines: 2,
            fields: vec![],
            resources: None,
        };
        let found = findings(&[paragraph(EASY), paragraph("Pharmacological."), fill_in]);
        assert!(
            found
                .iter()
                .all(|f| f.rule != Some(Rule::BlockReadingGrade)),
            "{found:?}"
        );
    }

    #[test]
    fn smog_above_the_ceiling_is_a_warning() {
        let hard = "Medication-assisted treatment is individualised. Interindividual variability is considerable. Physiological monitoring is recommended.";
        let found = findings(&[paragraph(hard)]);
        let smog = found.iter().find(|f| f.rule == Some(Rule::SmogGrade));
        assert!(
            smog.is_some_and(|f| f.severity == Severity::Warning && f.block().is_none()),
            "{found:?}"
        );
        let found = findings(&[paragraph(EASY)]);
        assert!(
            found.iter().all(|f| f.rule != Some(Rule::SmogGrade)),
            "{found:?}"
        );
    }
}
