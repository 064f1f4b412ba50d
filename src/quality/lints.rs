//! Language lints: stigmatising substance-use terms, unsafe suicide and self-harm
//! wording, and long sentences. (Passive voice is in [`crate::quality::passive`],
//! jargon and unexplained names in [`crate::quality::terms`].)
//!
//! Each finding quotes the words found, says why they matter and offers a better
//! wording. The word lists follow the fact base: NIDA's *Words Matter* (facts.md
//! D6) for substance use, and the safe-messaging guides (D5) for suicide and
//! self-harm.
//!
//! A judgement call, documented: "clean" and "dirty" are flagged only where they
//! describe a person or a test ("stay clean", "a dirty test"), not where they
//! describe equipment in harm-reduction advice ("a clean syringe program",
//! "clean needles"), which is the wording harm-reduction services use.

use std::borrow::Cow;

use crate::problem::{ProblemText, keys};
use crate::quality::readability::changes_case;
use crate::quality::report::{Problem, Rule, Severity};
use crate::quality::text::word_iter;
use crate::quality::word_lists::{
    EQUIPMENT, PERSON_AFTER, PERSON_BEFORE, STIGMATISING, Term, UNSAFE_SUICIDE,
};

/// The longest sentence, in words, before it is flagged.
pub const MAX_SENTENCE_WORDS: usize = 20;

/// A sentence's words as [`tokens`] gives them.
type Tokens<'a> = Vec<(Cow<'a, str>, Cow<'a, str>)>;

/// One sentence's words, lower-cased, with what each was as written. Both
/// borrow from the sentence unless lower-casing changes the word.
fn tokens(sentence: &str) -> Tokens<'_> {
    word_iter(sentence)
        .map(|w| {
            let lower = if w.chars().any(changes_case) {
                Cow::Owned(w.to_lowercase())
            } else {
                w.clone()
            };
            (lower, w)
        })
        .collect()
}

/// The error for listed wording found in a text, in English and as a message
/// key (`problem-wording`): what was written, why it harms, what to say
/// instead. The English and Spanish word lists both report through it.
pub(crate) fn wording_finding(
    rule: Rule,
    block: Option<usize>,
    found: &str,
    why: &'static str,
    instead: &'static str,
) -> Problem {
    Problem::finding(
        rule,
        Severity::Error,
        block,
        format!("“{found}”: {why}."),
        Some(format!("Say “{instead}”.")),
    )
    .keyed(
        ProblemText::new(keys::WORDING)
            .arg("found", found)
            .phrase("why", why)
            .arg("instead", instead),
    )
}

/// Finds the terms of `list` in `sentences` of block `block`.
fn term_findings(
    list: &[Term],
    rule: Rule,
    sentences: &[Tokens<'_>],
    block: Option<usize>,
    out: &mut Vec<Problem>,
) {
    for toks in sentences {
        let lower: Vec<&str> = toks.iter().map(|(l, _)| l.as_ref()).collect();
        for term in list {
            let n = term.words.len();
            if n == 0 || lower.len() < n {
                continue;
            }
            for start in 0..=lower.len() - n {
                if lower[start..start + n] == *term.words {
                    let found: Vec<&str> = toks[start..start + n]
                        .iter()
                        .map(|(_, w)| w.as_ref())
                        .collect();
                    out.push(wording_finding(
                        rule,
                        block,
                        &found.join(" "),
                        term.why,
                        term.instead,
                    ));
                }
            }
        }
    }
}

/// "clean" or "dirty" said of a person or a test.
fn clean_dirty_findings(sentences: &[Tokens<'_>], block: Option<usize>, out: &mut Vec<Problem>) {
    for toks in sentences {
        for (i, (word, written)) in toks.iter().enumerate() {
            if word != "clean" && word != "dirty" {
                continue;
            }
            let before = i.checked_sub(1).map(|j| toks[j].0.as_ref());
            let after = toks.get(i + 1).map(|t| t.0.as_ref());
            if after.is_some_and(|a| EQUIPMENT.contains(&a)) {
                continue;
            }
            let of_person = before.is_some_and(|b| PERSON_BEFORE.contains(&b))
                || after.is_some_and(|a| PERSON_AFTER.contains(&a));
            if !of_person {
                continue;
            }
            let test = after.is_some_and(|a| {
                [
                    "test", "tests", "urine", "screen", "screens", "sample", "samples",
                ]
                .contains(&a)
            });
            let instead = match (word.as_ref(), test) {
                ("clean", true) => "tested negative",
                ("dirty", true) => "tested positive",
                ("clean", false) => "in recovery, or not using drugs",
                _ => "currently using drugs",
            };
            out.push(Problem::finding(Rule::StigmatisingLanguage, Severity::Error, block, format!(
                    "“{written}”: said of a person or a test, it implies people who use drugs are dirty."
                ), Some(format!("Say “{instead}”."))).keyed(ProblemText::new(keys::CLEAN_DIRTY)
                    .arg("written", written.as_ref())
                    .arg("instead", instead)));
        }
    }
}

/// Stigmatising and unsafe wording in one block's sentences.
pub fn wording_findings(sentences: &[String], block: Option<usize>) -> Vec<Problem> {
    let mut out = Vec::new();
    let sentences: Vec<Tokens<'_>> = sentences.iter().map(|s| tokens(s)).collect();
    term_findings(
        STIGMATISING,
        Rule::StigmatisingLanguage,
        &sentences,
        block,
        &mut out,
    );
    clean_dirty_findings(&sentences, block, &mut out);
    term_findings(
        UNSAFE_SUICIDE,
        Rule::UnsafeSuicideLanguage,
        &sentences,
        block,
        &mut out,
    );
    out
}

/// Sentences of more than [`MAX_SENTENCE_WORDS`] words.
pub fn long_sentence_findings(sentences: &[String], block: Option<usize>) -> Vec<Problem> {
    sentences
        .iter()
        .filter_map(|s| {
            let n = word_iter(s).count();
            (n > MAX_SENTENCE_WORDS).then(|| {
                Problem::finding(
                    Rule::LongSentence,
                    Severity::Warning,
                    block,
                    format!(
                        "A sentence of {n} words: “{}”. Long sentences are hard to follow.",
                        shorten(s)
                    ),
                    Some(format!(
                        "Split it into sentences of {MAX_SENTENCE_WORDS} words or fewer."
                    )),
                )
                .keyed(
                    ProblemText::new(keys::LONG_SENTENCE)
                        .arg("count", n)
                        .arg("sentence", shorten(s))
                        .arg("max", MAX_SENTENCE_WORDS),
                )
            })
        })
        .collect()
}

fn shorten(sentence: &str) -> String {
    let ws: Vec<&str> = sentence.split_whitespace().collect();
    if ws.len() <= 12 {
        sentence.to_owned()
    } else {
        format!("{} …", ws[..10].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<Rule> {
        let sentences = crate::quality::text::split_sentences(text);
        let mut all = wording_findings(&sentences, Some(0));
        all.extend(long_sentence_findings(&sentences, Some(0)));
        all.into_iter().filter_map(|f| f.rule).collect()
    }

    #[test]
    fn stigmatising_words_are_found_with_a_better_wording() {
        let found = wording_findings(
            &["Many addicts who relapse feel shame.".to_owned()],
            Some(2),
        );
        assert_eq!(found.len(), 2);
        assert!(
            found
                .iter()
                .all(|f| f.rule == Some(Rule::StigmatisingLanguage)
                    && f.severity == Severity::Error
                    && f.block() == Some(2))
        );
        assert!(found[0].message.contains("“addicts”"));
        assert!(
            found[0]
                .hint
                .as_deref()
                .is_some_and(|s| s.contains("people with a substance use disorder"))
        );
        assert!(
            found[1]
                .hint
                .as_deref()
                .is_some_and(|s| s.contains("return to use"))
        );
        for text in [
            "He is an abuser.",
            "Drug abuse is common.",
            "Methadone is a replacement therapy.",
            "Stay clean for a year.",
            "She had a dirty urine test.",
            "The junkies were there.",
        ] {
            assert!(rules(text).contains(&Rule::StigmatisingLanguage), "{text}");
        }
    }

    #[test]
    fn person_first_and_harm_reduction_wording_is_not_flagged() {
        for text in [
            "People who use drugs can get help.",
            "A clean syringe program gives out new needles.",
            "Use clean needles and clean water every time.",
            "Medicine for opioid use disorder works.",
            "If you use opioids again, tell your clinician.",
            "Keep the area clean and dry.",
            "People with a substance use disorder recover.",
        ] {
            assert!(!rules(text).contains(&Rule::StigmatisingLanguage), "{text}");
        }
    }

    #[test]
    fn unsafe_suicide_wording_is_found() {
        for text in [
            "Her brother committed suicide last year.",
            "It was a failed attempt.",
            "He made a successful attempt.",
            "Do not look up the lethal dose.",
            "Cutters need help too.",
            "Self-harm is attention-seeking.",
        ] {
            assert!(rules(text).contains(&Rule::UnsafeSuicideLanguage), "{text}");
        }
        for text in [
            "Her brother died by suicide last year.",
            "He survived a suicide attempt.",
            "Put sharp items away, or give them to someone to keep.",
            "It is a sign of deep distress, not a way to get attention.",
        ] {
            assert!(
                !rules(text).contains(&Rule::UnsafeSuicideLanguage),
                "{text}"
            );
        }
    }

    #[test]
    fn long_sentences_are_warnings() {
        let long = "This sentence has far more than twenty words in it because it keeps going on and on about nothing much at all today.";
        assert!(rules(long).contains(&Rule::LongSentence));
        assert!(!rules("This one is short.").contains(&Rule::LongSentence));
    }
}
