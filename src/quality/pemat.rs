//! The PEMAT-P items a program can judge, scored; the rest as a reviewer's
//! checklist (AHRQ PEMAT-P, facts.md D3; item numbers are AHRQ's).
//!
//! Scored here: active voice (5), chunked sections (8), informative headings (9),
//! a summary (11), a clear action (20) and steps as a numbered list (22). Score =
//! items met ÷ items judged × 100, apart for understandability and actionability.
//! These are heuristics that point a reviewer at the page, not a verdict.

use serde::Serialize;

use crate::quality::lints::passive_phrase;
use crate::quality::text::{block_sentences, words};
use crate::template::{Block, Template};

/// One PEMAT-P item judged by the program.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AutoItem {
    /// AHRQ item number.
    pub number: u8,
    /// What it asks, in short.
    pub item: &'static str,
    /// Whether the handout meets it.
    pub met: bool,
    /// Why the program thinks so.
    pub why: String,
}

/// The program's PEMAT-P judgement of a handout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PematScore {
    /// Understandability items met, in percent of those judged.
    pub understandability: f64,
    /// Actionability items met, in percent of those judged.
    pub actionability: f64,
    /// Each judged item.
    pub items: Vec<AutoItem>,
}

/// The PEMAT-P items only a person can judge, for the reviewer to tick when
/// approving (number, item).
pub const REVIEWER_ITEMS: &[(u8, &str)] = &[
    (1, "The purpose is obvious straight away"),
    (2, "Nothing distracts from that purpose"),
    (3, "Everyday words are used"),
    (
        4,
        "Medical terms are used only to familiarise, and are defined",
    ),
    (6, "Numbers are clear and easy to understand"),
    (7, "The reader is not asked to do calculations"),
    (10, "Information follows a logical order"),
    (12, "Visual cues point to the key points"),
    (
        21,
        "The reader is addressed directly (\"you\") when actions are described",
    ),
    (
        23,
        "A tangible tool (checklist, planner, fill-in form) is given where it helps",
    ),
];

/// Headings that say nothing about what follows.
const VAGUE_HEADINGS: &[&str] = &[
    "introduction",
    "information",
    "more",
    "other",
    "details",
    "overview",
    "notes",
    "misc",
];

/// Verbs that start an instruction to the reader.
const ACTION_VERBS: &[&str] = &[
    "call", "text", "give", "keep", "tell", "ask", "talk", "stay", "go", "get", "take", "put",
    "store", "lock", "use", "try", "write", "make", "find", "check", "bring", "carry", "learn",
    "shout", "roll", "start", "stop",
];

const SUMMARY_WORDS: usize = 80;
const MAX_WORDS_PER_SECTION: usize = 200;

/// Judges the items PEMAT-P lets a program judge.
pub fn score(template: &Template) -> PematScore {
    let blocks = &template.blocks;
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    // Each block's sentences and word count, worked out once.
    let per_block: Vec<(Vec<String>, usize)> = blocks
        .iter()
        .map(|b| {
            let sentences = block_sentences(b);
            let words = sentences.iter().map(|s| words(s).len()).sum();
            (sentences, words)
        })
        .collect();
    let sentences: Vec<&String> = per_block.iter().flat_map(|(s, _)| s).collect();

    let passive = sentences
        .iter()
        .filter(|s| passive_phrase(s).is_some())
        .count();
    let active = AutoItem {
        number: 5,
        item: "Active voice is used",
        met: passive * 10 <= sentences.len(),
        why: format!(
            "{passive} of {} sentences are passive (at most 1 in 10 passes)",
            sentences.len()
        ),
    };

    let mut longest_run = 0;
    let mut run = 0;
    for (block, (_, words)) in blocks.iter().zip(&per_block) {
        if matches!(block, Block::Heading { .. }) {
            run = 0;
        } else {
            run += words;
            longest_run = longest_run.max(run);
        }
    }
    let chunked = AutoItem {
        number: 8,
        item: "Information is broken into short sections",
        met: headings.len() >= 2 && longest_run <= MAX_WORDS_PER_SECTION,
        why: format!(
            "{} headings; the longest stretch without one is {longest_run} words (at most {MAX_WORDS_PER_SECTION})",
            headings.len()
        ),
    };

    let vague: Vec<&str> = headings
        .iter()
        .copied()
        .filter(|h| {
            VAGUE_HEADINGS.contains(&h.trim().trim_end_matches(':').to_lowercase().as_str())
        })
        .collect();
    let informative = AutoItem {
        number: 9,
        item: "Sections have informative headings",
        met: !headings.is_empty() && vague.is_empty(),
        why: if headings.is_empty() {
            "no headings".to_owned()
        } else if vague.is_empty() {
            format!("{} headings, none vague", headings.len())
        } else {
            format!("vague headings: {}", vague.join(", "))
        },
    };

    let opening: usize = blocks
        .iter()
        .zip(&per_block)
        .take_while(|(b, _)| !matches!(b, Block::Heading { .. }))
        .map(|(_, (_, words))| words)
        .sum();
    let summary = AutoItem {
        number: 11,
        item: "There is a summary",
        met: opening > 0 && opening <= SUMMARY_WORDS,
        why: if opening == 0 {
            "nothing before the first heading sums it up".to_owned()
        } else {
            format!(
                "an opening of {opening} words before the first heading (at most {SUMMARY_WORDS})"
            )
        },
    };

    let action_sentence = sentences.iter().find(|s| {
        words(s)
            .first()
            .is_some_and(|w| ACTION_VERBS.contains(&w.to_lowercase().as_str()))
    });
    let action = AutoItem {
        number: 20,
        item: "At least one action the reader can take is clearly identified",
        met: action_sentence.is_some(),
        why: action_sentence.map_or_else(
            || "no sentence tells the reader what to do".to_owned(),
            |s| format!("e.g. “{s}”"),
        ),
    };

    let steps = blocks.iter().any(|b| matches!(b, Block::Steps { .. }));
    let numbered = AutoItem {
        number: 22,
        item: "Actions are broken into explicit, numbered steps",
        met: steps,
        why: if steps {
            "has a numbered list of steps".to_owned()
        } else {
            "no Steps block".to_owned()
        },
    };

    let understand = [active, chunked, informative, summary];
    let act = [action, numbered];
    let percent = |items: &[AutoItem]| {
        100.0 * items.iter().filter(|i| i.met).count() as f64 / items.len() as f64
    };
    PematScore {
        understandability: percent(&understand),
        actionability: percent(&act),
        items: understand.into_iter().chain(act).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateLibrary;

    #[test]
    fn shipped_handouts_meet_the_items_a_program_can_judge() {
        for loaded in TemplateLibrary::load(&[]).templates {
            let s = score(&loaded.template);
            let failed: Vec<String> = s
                .items
                .iter()
                .filter(|i| !i.met)
                .map(|i| format!("{} {}: {}", i.number, i.item, i.why))
                .collect();
            assert!(
                s.actionability >= 50.0 && s.understandability >= 75.0,
                "{}: {failed:?}",
                loaded.template.id
            );
        }
    }

    #[test]
    fn a_wall_of_text_fails_chunking_headings_and_steps() {
        let mut t = TemplateLibrary::load(&[]).templates[2].template.clone();
        let wall = "Kratom is a plant. ".repeat(60);
        t.blocks = vec![Block::Paragraph {
            text: wall,
            sources: vec![1],
        }];
        let s = score(&t);
        let met = |n: u8| s.items.iter().find(|i| i.number == n).map(|i| i.met);
        assert_eq!(met(8), Some(false));
        assert_eq!(met(9), Some(false));
        assert_eq!(met(11), Some(false));
        assert_eq!(met(22), Some(false));
        assert_eq!(s.actionability, 0.0);
    }
}
