//! What a wallet card says: the resolved handout cut down to what fits in a
//! wallet, in the handout's language.
//!
//! The front, for every topic: the national crisis line and emergency number
//! of the clinic's country (from [`crate::helplines`]), the clinic's own crisis
//! line when the handout includes one, and the clinic. The back: for self-harm
//! the short safety plan, in the patient's words where they were typed at the
//! desk (the words of the handout's own plan, never stored), otherwise with
//! writing lines; for opioids and kratom the overdose signs and steps, where
//! the patient keeps naloxone, and the treatment line. Every word around the
//! numbers comes from the card's table in [`crate::strings`]; layout only places
//! what is here.

use crate::compose::printed::{capitalised, reach};
use crate::compose::resolved::{ResolvedBlock, ResolvedHandout, RichText, Span, plain_text};
use crate::helplines::{CrisisRoute, NationalLines, national_lines};
use crate::strings::{CardWords, PrintedWords, fill};
use crate::template::Topic;

/// Everything a sheet of wallet cards prints and says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct WalletCard {
    /// The PDF's title.
    pub title: String,
    /// The clinic, the PDF's author.
    pub clinic_name: String,
    /// BCP 47 language tag.
    pub language: String,
    /// The handout's template id, for the PDF's keywords.
    pub template_id: String,
    /// The DRAFT and EXAMPLE marks printed on each sheet, if any, in one line.
    pub marks: Option<String>,
    /// The front of the card.
    pub front: CardSide,
    /// The back; `None` for a topic that has none (the card is printed one-sided).
    pub back: Option<CardSide>,
}

/// One side of a card: a heading over columns of parts.
#[derive(Debug, Clone, PartialEq)]
pub struct CardSide {
    /// Printed across the top.
    pub heading: String,
    /// Parts in columns, read a column at a time, left to right.
    pub columns: Vec<Vec<CardPart>>,
}

/// One part of a side, e.g. the crisis line or one step of the safety plan.
#[derive(Debug, Clone, PartialEq)]
pub struct CardPart {
    /// What the part is, for a warning when it does not fit.
    pub name: String,
    /// A bold heading over it, if any.
    pub heading: Option<String>,
    /// Its paragraphs, each with a label hung to its left (a step number), if any.
    pub paragraphs: Vec<(Option<String>, RichText)>,
    /// What the patient writes on, if anything.
    pub writing: Writing,
}

/// Room for the patient to write in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    /// None: the part is all print.
    None,
    /// Ruled lines under the heading: as many as the column has room for, at
    /// least one.
    Lines,
    /// One ruled line after the last paragraph's words ("I keep my naloxone: ____").
    AfterText,
}

/// The wallet card of `handout`.
pub fn wallet_card(handout: &ResolvedHandout) -> WalletCard {
    let printed = handout.words;
    let words = &printed.card;
    let national = national_lines(&handout.contacts.country);
    let back = match handout.topic {
        Topic::SelfHarm => Some(safety_plan(handout, words)),
        Topic::OpioidUseDisorder | Topic::Kratom => Some(overdose(handout, words, national)),
        Topic::Other => None,
    };
    WalletCard {
        title: fill(words.document_title, &[("title", &handout.title)]),
        clinic_name: handout.clinic_name.clone(),
        language: handout.language.clone(),
        template_id: handout.template_id.clone(),
        marks: marks(handout),
        front: front(handout, printed, national),
        back,
    }
}

/// A part named `name` (a label such as "Emergency:" names it without its colon).
fn part(name: &str, paragraphs: Vec<RichText>) -> CardPart {
    CardPart {
        name: name.trim_end_matches(':').to_owned(),
        heading: None,
        paragraphs: paragraphs.into_iter().map(|p| (None, p)).collect(),
        writing: Writing::None,
    }
}

/// The crisis line, the emergency number, the clinic's crisis line, the clinic.
fn front(
    handout: &ResolvedHandout,
    printed: &PrintedWords,
    national: Option<&NationalLines>,
) -> CardSide {
    let words = &printed.card;
    let contacts = &handout.contacts;
    let mut parts = Vec::new();
    match national {
        Some(n) => {
            let reach = capitalised(&reach(printed, n.crisis_reach));
            let how = match n.crisis_chat {
                Some(chat) => fill(words.crisis_with_chat, &[("reach", &reach), ("chat", chat)]),
                None => fill(words.crisis_without_chat, &[("reach", &reach)]),
            };
            let mut paragraphs = vec![vec![Span::bold(n.crisis_name)], vec![Span::plain(how)]];
            if let Some((key, word)) = spanish_route(n) {
                let route = fill(words.spanish_route, &[("key", key), ("word", word)]);
                paragraphs.push(vec![Span::plain(route)]);
            }
            parts.push(part(n.crisis_name, paragraphs));
            parts.push(part(
                words.emergency,
                vec![vec![
                    Span::plain(format!("{} ", words.emergency)),
                    Span::bold(n.emergency),
                ]],
            ));
        }
        None => parts.push(part(
            words.emergency,
            vec![vec![Span::bold(words.emergency_unknown)]],
        )),
    }
    if let Some((name, phone)) = &contacts.crisis_line {
        parts.push(part(
            words.local_crisis,
            vec![vec![
                Span::plain(format!("{} {name} ", words.local_crisis)),
                Span::bold(unbroken(phone)),
            ]],
        ));
    }
    let mut clinic = vec![Span::plain(handout.clinic_name.clone())];
    if let Some(phone) = &contacts.clinic_phone {
        clinic.push(Span::plain(" "));
        clinic.push(Span::bold(unbroken(phone)));
    }
    parts.push(part(&handout.clinic_name, vec![clinic]));
    // A card cut from a draft or example sheet keeps its mark: the sheet's
    // margin, where the full marks print, is cut away.
    if let Some(short) = short_marks(handout) {
        parts.push(part(&short, vec![vec![Span::bold(short.clone())]]));
    }
    CardSide {
        heading: words.get_help_now.to_owned(),
        columns: vec![parts],
    }
}

/// The crisis line's route in Spanish: the key to press and the word to text.
fn spanish_route(n: &NationalLines) -> Option<(&'static str, &'static str)> {
    n.crisis_routes.iter().find_map(|route| match *route {
        CrisisRoute::Spanish { key, word, .. } => Some((key, word)),
        CrisisRoute::Veterans { .. } => None,
    })
}

/// The handout's DRAFT and EXAMPLE marks, joined as its pages print them.
fn marks(handout: &ResolvedHandout) -> Option<String> {
    let marks: Vec<&str> = [&handout.draft_mark, &handout.example_mark]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    (!marks.is_empty()).then(|| marks.join(" · "))
}

/// The first word of each mark ("DRAFT · EXAMPLE", "BORRADOR · EJEMPLO"),
/// short enough for every card.
fn short_marks(handout: &ResolvedHandout) -> Option<String> {
    let marks: Vec<&str> = [&handout.draft_mark, &handout.example_mark]
        .into_iter()
        .flatten()
        .filter_map(|mark| {
            mark.split(|c: char| !c.is_alphabetic())
                .find(|word| !word.is_empty())
        })
        .collect();
    (!marks.is_empty()).then(|| marks.join(" · "))
}

/// The safety plan's parts on the card, by the step of the handout's plan
/// they come from: Stanley and Brown's steps 1, 2, 4, 5 and 6 and the reasons
/// for living that follow step 6 (step 3, places and people that take the mind
/// off things, stays on the handout).
const PLAN_STEPS: [PlanStep; 6] = [
    PlanStep::Numbered(1),
    PlanStep::Numbered(2),
    PlanStep::Numbered(4),
    PlanStep::Numbered(5),
    PlanStep::Numbered(6),
    PlanStep::Reasons,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlanStep {
    /// The fill-in whose label starts with this number and a full stop ("4. …").
    Numbered(u8),
    /// The unnumbered fill-in after the last numbered one.
    Reasons,
}

/// The six parts of the short plan, in two columns of three, each with what
/// the patient wrote in the handout's plan or with writing lines.
fn safety_plan(handout: &ResolvedHandout, words: &CardWords) -> CardSide {
    let written = plan_words(&handout.blocks);
    let parts: Vec<CardPart> = PLAN_STEPS
        .iter()
        .zip(words.plan_parts)
        .map(|(step, name)| {
            let lines: Vec<&str> = written
                .iter()
                .find(|(s, _)| s == step)
                .map(|(_, text)| text.lines().map(str::trim).filter(|l| !l.is_empty()))
                .into_iter()
                .flatten()
                .collect();
            CardPart {
                name: name.to_owned(),
                heading: Some(name.to_owned()),
                writing: if lines.is_empty() {
                    Writing::Lines
                } else {
                    Writing::None
                },
                paragraphs: lines
                    .into_iter()
                    .map(|l| (None, vec![Span::plain(l)]))
                    .collect(),
            }
        })
        .collect();
    let (left, right) = parts.split_at(3);
    CardSide {
        heading: words.safety_plan.to_owned(),
        columns: vec![left.to_vec(), right.to_vec()],
    }
}

/// What the patient wrote in each step of the handout's safety plan: the
/// fill-ins without labelled fields, by the number their label starts with.
fn plan_words(blocks: &[ResolvedBlock]) -> Vec<(PlanStep, String)> {
    let mut out = Vec::new();
    let mut numbered = false;
    for block in blocks {
        let ResolvedBlock::FillIn {
            label,
            fields,
            written,
            ..
        } = block
        else {
            continue;
        };
        if !fields.is_empty() {
            continue;
        }
        let label = plain_text(label);
        let number = label
            .split_once('.')
            .and_then(|(n, _)| n.trim().parse::<u8>().ok());
        let step = match number {
            Some(n) => {
                numbered = true;
                PlanStep::Numbered(n)
            }
            None if numbered => PlanStep::Reasons,
            None => continue,
        };
        out.push((step, written.clone()));
    }
    out
}

/// The overdose signs and steps, where the naloxone is kept, the treatment line.
fn overdose(
    handout: &ResolvedHandout,
    words: &CardWords,
    national: Option<&NationalLines>,
) -> CardSide {
    let emergency = national.map_or(words.emergency_unknown_step, |n| n.emergency);
    let steps = words
        .overdose_steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let step = fill(step, &[("emergency", emergency)]);
            (Some(format!("{}.", i + 1)), bold_markup(&step))
        })
        .collect();
    let mut parts = vec![
        part(
            words.overdose,
            vec![vec![Span::plain(words.overdose_signs)]],
        ),
        CardPart {
            name: words.overdose.to_owned(),
            heading: None,
            paragraphs: steps,
            writing: Writing::None,
        },
        CardPart {
            writing: Writing::AfterText,
            ..part(
                words.naloxone_kept,
                vec![vec![Span::bold(words.naloxone_kept)]],
            )
        },
    ];
    let treatment = national.and_then(|n| n.treatment).or_else(|| {
        let phone = handout.contacts.clinic_phone.as_deref()?;
        Some((handout.clinic_name.as_str(), phone))
    });
    if let Some((name, number)) = treatment {
        parts.push(part(
            words.treatment,
            vec![vec![
                Span::plain(format!("{} {name} ", words.treatment)),
                Span::bold(unbroken(number)),
            ]],
        ));
    }
    CardSide {
        heading: words.overdose.to_owned(),
        columns: vec![parts],
    }
}

/// `text` with `**bold**` stretches as bold spans.
fn bold_markup(text: &str) -> RichText {
    text.split("**")
        .enumerate()
        .filter(|(_, piece)| !piece.is_empty())
        .map(|(i, piece)| {
            if i % 2 == 1 {
                Span::bold(piece)
            } else {
                Span::plain(piece)
            }
        })
        .collect()
}

/// A phone number that a line never breaks inside: "(555)" alone at the end of
/// a line reads as a whole number.
fn unbroken(phone: &str) -> String {
    phone.replace(' ', "\u{a0}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helplines::national_lines;

    #[test]
    fn the_spanish_route_is_read_from_the_crisis_routes() {
        let us = national_lines("US").expect("US lines");
        assert_eq!(spanish_route(us), Some(("2", "AYUDA")));
        let gb = national_lines("GB").expect("GB lines");
        assert_eq!(spanish_route(gb), None);
    }

    #[test]
    fn bold_markup_makes_bold_spans() {
        let spans = bold_markup("**Call 911.** Now");
        assert_eq!(spans, vec![Span::bold("Call 911."), Span::plain(" Now")]);
    }
}
