//! The PEMAT-P items a program can judge, scored; the rest as a reviewer's
//! checklist (AHRQ PEMAT-P, facts.md D3; item numbers are AHRQ's).
//!
//! Scored here: active voice (5), chunked sections (8), informative headings (9),
//! a summary (11), a clear action (20), steps as a numbered list (22) and a
//! tangible tool (23). Score = items met ÷ items judged × 100, apart for
//! understandability and actionability. These are heuristics that point a
//! reviewer at the page, not a verdict; where unsure they say "not met", so the
//! score never claims more than the page shows:
//!
//! - a summary (11) counts only when it names the handout's key action: an
//!   opening before the first heading, a first callout or a first paragraph,
//!   early in the handout and short, with an instruction in it ("Call 988 …");
//!   an opening that only describes ("Kratom is a plant …") is not a summary
//!   of what to do;
//! - an instruction is a sentence that starts with an action verb, perhaps
//!   after "If …," or "Do not" ("If they will not wake, give naloxone.");
//!   in a Spanish template, an usted imperative or an instruction led by an
//!   infinitive ("Si no despierta, dé naloxona.", "No mezclar con alcohol."),
//!   judged by [`crate::quality::spanish::instructions`], and vague headings
//!   come from the Spanish list too;
//! - a tangible tool (23) is a fill-in plan (FillIn blocks): the safety plan,
//!   or an overdose and naloxone checklist (facts.md D3).

use serde::Serialize;

use crate::problem::{ProblemText, keys};
use crate::quality::passive::passive_phrase;
use crate::quality::spanish::{self, instructions, lints::fold, word_lists as spanish_words};
use crate::quality::text::{block_sentences, word_iter};
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
    /// The same reason as a message key and arguments, for the desk in
    /// another language (not in the JSON report, which gives `why`).
    #[serde(skip)]
    pub why_text: ProblemText,
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
];

/// Headings that say nothing about what follows (English; the Spanish are in
/// [`spanish_words::VAGUE_HEADINGS`]).
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
    "shout", "roll", "start", "stop", "see", "visit", "come", "wait", "watch", "look", "let",
    "avoid", "remove", "leave", "follow", "plan", "reach", "contact", "spray", "push", "lay",
    "turn", "rest", "mix", "throw", "dispose", "save", "share", "read", "show", "fill",
];

/// Words that open a condition before an instruction ("If they will not wake, give …").
const CONDITIONS: &[&str] = &[
    "if", "when", "before", "after", "once", "while", "until", "whenever",
];

/// Whether a sentence tells the reader to do something: it starts with an
/// action verb ("Call 988."), perhaps after a condition ending in a comma ("If
/// they will not wake, give naloxone.") or "Do not", "Don't", "Never", "Please",
/// "Always" ("Never use alone.").
pub fn is_instruction(sentence: &str) -> bool {
    let mut rest = sentence.trim();
    let first = |s: &str| {
        s.split_whitespace()
            .next()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                    .to_lowercase()
                    .replace('’', "'")
            })
            .unwrap_or_default()
    };
    if CONDITIONS.contains(&first(rest).as_str())
        && let Some((_, after)) = rest.split_once(',')
    {
        rest = after.trim_start();
    }
    let mut words = rest.split_whitespace();
    let mut word = first(rest);
    if matches!(
        word.as_str(),
        "do" | "don't" | "never" | "please" | "always" | "then" | "and"
    ) {
        let _ = words.next();
        let mut next = words.next().map(first).unwrap_or_default();
        if word == "do" && next == "not" {
            next = words.next().map(first).unwrap_or_default();
        }
        word = next;
    }
    ACTION_VERBS.contains(&word.as_str())
}

/// The language-dependent parts of the judgement: how an instruction is told
/// from a description, and which headings are vague. Chosen by the
/// template's language tag.
#[derive(Clone, Copy)]
struct Wording {
    is_instruction: fn(&str) -> bool,
    vague_headings: &'static [&'static str],
}

impl Wording {
    fn of(template: &Template) -> Self {
        if spanish::is_spanish(&template.language) {
            Self {
                is_instruction: instructions::is_instruction,
                vague_headings: spanish_words::VAGUE_HEADINGS,
            }
        } else {
            Self {
                is_instruction,
                vague_headings: VAGUE_HEADINGS,
            }
        }
    }

    fn is_vague(&self, heading: &str) -> bool {
        let heading = fold(heading.trim().trim_end_matches(':'));
        self.vague_headings.iter().any(|v| fold(v) == heading)
    }
}

const SUMMARY_WORDS: usize = 80;
const MAX_WORDS_PER_SECTION: usize = 200;

/// Judges the items PEMAT-P lets a program judge, with sentences split the
/// way the template's language needs (Spanish "¿…?", "p. ej.").
pub fn score(template: &Template) -> PematScore {
    let split = if spanish::is_spanish(&template.language) {
        spanish::text::block_sentences
    } else {
        block_sentences
    };
    let sentences: Vec<Vec<String>> = template.blocks.iter().map(split).collect();
    score_with(template, &sentences)
}

/// [`score`] with each block's sentences worked out by the caller.
pub fn score_with(template: &Template, block_sentences: &[Vec<String>]) -> PematScore {
    let blocks = &template.blocks;
    let wording = Wording::of(template);
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    // Each block's sentences and word count, worked out once.
    let per_block: Vec<(&Vec<String>, usize)> = block_sentences
        .iter()
        .map(|sentences| {
            let words = sentences.iter().map(|s| word_iter(s).count()).sum();
            (sentences, words)
        })
        .collect();
    let sentences: Vec<&String> = per_block.iter().flat_map(|(s, _)| s.iter()).collect();

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
        why_text: ProblemText::new(keys::PEMAT_PASSIVE)
            .arg("passive", passive)
            .arg("total", sentences.len()),
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
        why_text: ProblemText::new(keys::PEMAT_SECTIONS)
            .arg("headings", headings.len())
            .arg("longest", longest_run)
            .arg("max", MAX_WORDS_PER_SECTION),
    };

    let vague: Vec<&str> = headings
        .iter()
        .copied()
        .filter(|h| wording.is_vague(h))
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
        why_text: if headings.is_empty() {
            ProblemText::new(keys::PEMAT_NO_HEADINGS)
        } else if vague.is_empty() {
            ProblemText::new(keys::PEMAT_CLEAR_HEADINGS).arg("count", headings.len())
        } else {
            ProblemText::new(keys::PEMAT_VAGUE_HEADINGS).arg("headings", vague.join(", "))
        },
    };

    let summary = summary_item(blocks, &per_block, wording.is_instruction);

    let action_sentence = sentences.iter().find(|s| (wording.is_instruction)(s));
    let action = AutoItem {
        number: 20,
        item: "At least one action the reader can take is clearly identified",
        met: action_sentence.is_some(),
        why: action_sentence.map_or_else(
            || "no sentence tells the reader what to do".to_owned(),
            |s| format!("e.g. “{s}”"),
        ),
        why_text: action_sentence.map_or_else(
            || ProblemText::new(keys::PEMAT_NO_ACTION),
            |s| ProblemText::new(keys::PEMAT_ACTION).arg("sentence", s.as_str()),
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
        why_text: ProblemText::new(if steps {
            keys::PEMAT_STEPS
        } else {
            keys::PEMAT_NO_STEPS
        }),
    };

    let fill_ins: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::FillIn { label, .. } => Some(label.as_str()),
            _ => None,
        })
        .collect();
    let tool = AutoItem {
        number: 23,
        item: "A tangible tool (checklist, planner, fill-in form) is given",
        met: !fill_ins.is_empty(),
        why: match fill_ins.as_slice() {
            [] => "no fill-in plan or checklist (FillIn blocks) to write on".to_owned(),
            [one] => format!("a fill-in plan: “{one}”"),
            [first, ..] => format!("a fill-in plan of {} parts, from “{first}”", fill_ins.len()),
        },
        why_text: match fill_ins.as_slice() {
            [] => ProblemText::new(keys::PEMAT_NO_TOOL),
            [one] => ProblemText::new(keys::PEMAT_ONE_TOOL).arg("label", *one),
            [first, ..] => ProblemText::new(keys::PEMAT_TOOLS)
                .arg("count", fill_ins.len())
                .arg("first", *first),
        },
    };

    let understand = [active, chunked, informative, summary];
    let act = [action, numbered, tool];
    let percent = |items: &[AutoItem]| {
        100.0 * items.iter().filter(|i| i.met).count() as f64 / items.len() as f64
    };
    PematScore {
        understandability: percent(&understand),
        actionability: percent(&act),
        items: understand.into_iter().chain(act).collect(),
    }
}

/// Item 11: a short, early summary that names the key action. The candidates
/// are the opening before the first heading, the first callout and the first
/// paragraph, each only if it comes before the second heading.
fn summary_item(
    blocks: &[Block],
    per_block: &[(&Vec<String>, usize)],
    is_instruction: fn(&str) -> bool,
) -> AutoItem {
    let mut headings = 0;
    let early = blocks
        .iter()
        .position(|b| {
            if matches!(b, Block::Heading { .. }) {
                headings += 1;
            }
            headings == 2
        })
        .unwrap_or(blocks.len());
    let opening_end = blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { .. }))
        .unwrap_or(blocks.len());
    let first_of = |is: fn(&Block) -> bool| blocks[..early].iter().position(is).map(|i| i..i + 1);
    let candidates = [
        (
            ("the opening", "opening"),
            (opening_end > 0).then_some(0..opening_end),
        ),
        (
            ("the first callout", "callout"),
            first_of(|b| matches!(b, Block::Callout { .. })),
        ),
        (
            ("the first paragraph", "paragraph"),
            first_of(|b| matches!(b, Block::Paragraph { .. })),
        ),
    ];
    let mut too_long = None;
    for ((name, part), range) in candidates {
        let Some(range) = range else { continue };
        let words: usize = per_block[range.clone()].iter().map(|(_, w)| w).sum();
        let instruction = per_block[range]
            .iter()
            .flat_map(|(s, _)| s.iter())
            .find(|s| is_instruction(s));
        match instruction {
            Some(s) if words <= SUMMARY_WORDS => {
                return AutoItem {
                    number: 11,
                    item: "There is a summary",
                    met: true,
                    why: format!("{name} ({words} words) names the key action: “{s}”"),
                    why_text: ProblemText::new(keys::PEMAT_SUMMARY)
                        .arg("part", part)
                        .arg("words", words)
                        .arg("sentence", s.as_str()),
                };
            }
            Some(_) => too_long = too_long.or(Some((name, part, words))),
            None => {}
        }
    }
    AutoItem {
        number: 11,
        item: "There is a summary",
        met: false,
        why_text: match too_long {
            Some((_, part, words)) => ProblemText::new(keys::PEMAT_SUMMARY_LONG)
                .arg("part", part)
                .arg("words", words)
                .arg("max", SUMMARY_WORDS),
            None => ProblemText::new(keys::PEMAT_NO_SUMMARY).arg("max", SUMMARY_WORDS),
        },
        why: match too_long {
            Some((name, _, words)) => format!(
                "{name} names an action but runs to {words} words (a summary has at most {SUMMARY_WORDS})"
            ),
            None => format!(
                "no short summary near the top names the key action (an opening, first callout or first paragraph of at most {SUMMARY_WORDS} words, with an instruction such as “Call …”)"
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateLibrary;

    #[test]
    fn shipped_handouts_are_understandable_and_name_an_action() {
        // Actionability is not held to a bar here: a handout without numbered
        // steps or a fill-in tool honestly scores low, and the content is
        // rewritten separately; the score is printed for the reviewer.
        // PEMAT-P is scored on English text; the Spanish members of the
        // families are read by the Spanish checks instead.
        let english = TemplateLibrary::load(&[])
            .templates
            .into_iter()
            .filter(|t| t.template.language == "en-US");
        for loaded in english {
            let s = score(&loaded.template);
            let failed: Vec<String> = s
                .items
                .iter()
                .filter(|i| !i.met)
                .map(|i| format!("{} {}: {}", i.number, i.item, i.why))
                .collect();
            println!(
                "{}: understandability {:.0}%, actionability {:.0}%; not met: {failed:?}",
                loaded.template.id, s.understandability, s.actionability
            );
            let action = s.items.iter().find(|i| i.number == 20).map(|i| i.met);
            assert!(
                s.understandability >= 75.0 && action == Some(true),
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
    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            text: text.to_owned(),
            sources: vec![1],
        }
    }

    fn heading(text: &str) -> Block {
        Block::Heading {
            text: text.to_owned(),
            keep_together: false,
        }
    }

    fn item(blocks: Vec<Block>, number: u8) -> AutoItem {
        let mut t = TemplateLibrary::load(&[]).templates[0].template.clone();
        t.blocks = blocks;
        score(&t)
            .items
            .into_iter()
            .find(|i| i.number == number)
            .expect("item judged")
    }

    #[test]
    fn instructions_are_told_from_descriptions() {
        for s in [
            "Call 988 now.",
            "If they will not wake up, give naloxone.",
            "Do not use alone.",
            "Don't mix it with alcohol.",
            "Never stop your medicine suddenly.",
            "Keep it locked up.",
        ] {
            assert!(is_instruction(s), "{s}");
        }
        for s in [
            "Kratom is a plant.",
            "If you use kratom, your liver may suffer.",
            "Naloxone can reverse an overdose.",
            "Do you feel unsafe?",
        ] {
            assert!(!is_instruction(s), "{s}");
        }
    }

    #[test]
    fn a_summary_must_name_the_key_action() {
        // An opening that only describes is not a summary of what to do.
        let describes = item(
            vec![
                paragraph("Kratom is a plant from Southeast Asia. It is sold in stores."),
                heading("Risks"),
                paragraph("It can harm your liver."),
            ],
            11,
        );
        assert!(!describes.met, "{}", describes.why);
        // An opening that says what to do is.
        let acts = item(
            vec![
                paragraph("Kratom can harm you. If you want to stop, ask your clinic for help."),
                heading("Risks"),
                paragraph("It can harm your liver."),
            ],
            11,
        );
        assert!(acts.met, "{}", acts.why);
        // So is a first callout early on, even after a heading.
        let callout = item(
            vec![
                heading("After an overdose"),
                Block::Callout {
                    kind: crate::template::CalloutKind::Urgent,
                    title: "Get help now".into(),
                    text: Some("Call 911 and give naloxone.".into()),
                    items: vec![],
                    sources: vec![1],
                },
                heading("More"),
            ],
            11,
        );
        assert!(callout.met, "{}", callout.why);
        // But not one far down the handout.
        let late = item(
            vec![
                heading("One"),
                paragraph("Opioids are strong drugs."),
                heading("Two"),
                paragraph("Call 911 in an overdose."),
            ],
            11,
        );
        assert!(!late.met, "{}", late.why);
    }

    fn item_in(language: &str, blocks: Vec<Block>, number: u8) -> AutoItem {
        let mut t = TemplateLibrary::load(&[]).templates[0].template.clone();
        t.language = language.to_owned();
        t.blocks = blocks;
        score(&t)
            .items
            .into_iter()
            .find(|i| i.number == number)
            .expect("item judged")
    }

    #[test]
    fn a_spanish_template_is_judged_with_spanish_instructions_and_headings() {
        let spanish_action = || {
            vec![
                heading("Si alguien no despierta"),
                paragraph("Si no despierta, dé naloxona. Llame al 911."),
                heading("Después"),
                paragraph("Quédese con la persona."),
            ]
        };
        for number in [11, 20] {
            let es = item_in("es-US", spanish_action(), number);
            assert!(es.met, "{number}: {}", es.why);
            // The same words in an English template name no English action.
            let en = item_in("en-US", spanish_action(), number);
            assert!(!en.met, "{number}: {}", en.why);
        }
        let describes = item_in(
            "es",
            vec![paragraph(
                "El kratom es un árbol. Dejar el kratom de golpe es difícil.",
            )],
            20,
        );
        assert!(!describes.met, "{}", describes.why);
        let vague = item_in(
            "es-MX",
            vec![heading("Más información"), paragraph("Llame al 911.")],
            9,
        );
        assert!(!vague.met, "{}", vague.why);
        assert!(vague.why.contains("Más información"), "{}", vague.why);
    }

    #[test]
    fn a_fill_in_plan_is_a_tangible_tool() {
        let with = item(
            vec![Block::FillIn {
                label: "My warning signs".into(),
                hint: None,
                lines: 3,
                fields: vec![],
                resources: None,
            }],
            23,
        );
        assert!(with.met, "{}", with.why);
        assert!(with.why.contains("My warning signs"));
        let without = item(vec![paragraph("Call 911.")], 23);
        assert!(!without.met);
        assert!(
            !REVIEWER_ITEMS.iter().any(|(n, _)| *n == 23),
            "judged by the program now"
        );
    }
}
