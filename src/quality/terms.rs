//! Medical words and unavoidable names: explained where a reader first meets
//! them, or flagged once.
//!
//! Two lists in [`crate::quality::word_lists`]: [`JARGON`] (words with everyday
//! alternatives, rule `jargon`) and [`UNAVOIDABLE_TERMS`] (names a handout must
//! use, such as naloxone or kratom, rule `unexplained-term`). Each term is
//! looked at once per handout, at its first use in reading order (headings and
//! blocks; not the title, which names the topic the body explains). When that
//! first use has an explanation nearby, later uses need none; when it does not,
//! there is one finding, at the first use.
//!
//! An explanation nearby is, in the same sentence or the next one:
//! - a parenthesis right after the term, of two words or more ("sublingual
//!   (under the tongue)"), or the term in a parenthesis after plain words
//!   ("under the tongue (sublingual)");
//! - a definition after the term: "is a …", "are drugs …", "means …",
//!   ", which …", ", or …", a colon or a dash, "can …", "blocks …";
//! - a category word just before it: "the medicine naloxone", "a plant called kratom";
//! - in the next sentence: the term again with a definition, or "It is …",
//!   "This means …", "They are …" (a heading "What is naloxone?" followed by
//!   "Naloxone is a medicine …" passes).
//!
//! These are heuristics that point a reviewer at a word, not a verdict on the text.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::problem::{ProblemText, keys};
use crate::quality::readability::changes_case;
use crate::quality::report::{Problem, Rule, Severity};
use crate::quality::word_lists::{
    CATEGORY_NOUNS, DEFINERS, EXPLAINERS, JARGON, Jargon, UNAVOIDABLE_TERMS,
};

/// One word of a sentence: as written, and cleaned to lower case (borrowed
/// when it is lower case already, as most words are).
struct Token<'a> {
    written: &'a str,
    word: Cow<'a, str>,
}

fn tokens(sentence: &str) -> Vec<Token<'_>> {
    sentence
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .flat_map(split_dashes)
        .map(|written| {
            let word = written.trim_matches(|c: char| !c.is_alphanumeric());
            Token {
                written,
                word: if word.chars().any(changes_case) {
                    Cow::Owned(word.to_lowercase())
                } else {
                    Cow::Borrowed(word)
                },
            }
        })
        .collect()
}

/// "naloxone—a" → "naloxone", "—", "a": a dash is a token of its own.
fn split_dashes(token: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in token.char_indices() {
        if c == '—' || c == '–' {
            if start < i {
                out.push(&token[start..i]);
            }
            out.push(&token[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < token.len() {
        out.push(&token[start..]);
    }
    out
}

/// Which list a term comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Jargon,
    Unavoidable,
}

/// A form of a term, split into words, with its term.
struct Form {
    words: Vec<&'static str>,
    term: usize,
}

/// Every term of both lists, and their forms by first word (longest first).
struct Index {
    terms: Vec<(Kind, &'static Jargon)>,
    by_first_word: HashMap<&'static str, Vec<Form>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let terms: Vec<(Kind, &'static Jargon)> = JARGON
            .iter()
            .map(|j| (Kind::Jargon, j))
            .chain(UNAVOIDABLE_TERMS.iter().map(|j| (Kind::Unavoidable, j)))
            .collect();
        let mut by_first_word: HashMap<&'static str, Vec<Form>> = HashMap::new();
        for (term, (_, j)) in terms.iter().enumerate() {
            for form in j.forms {
                let words: Vec<&'static str> = form.split(' ').collect();
                if let Some(&first) = words.first() {
                    by_first_word
                        .entry(first)
                        .or_default()
                        .push(Form { words, term });
                }
            }
        }
        for forms in by_first_word.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        Index {
            terms,
            by_first_word,
        }
    })
}

/// Where a term is used: sentence (in reading order) and token span.
#[derive(Clone, Copy)]
struct Use {
    sentence: usize,
    start: usize,
    end: usize,
}

/// Jargon and unexplained-term findings for a handout's blocks, given as
/// (block index, its sentences) in reading order.
pub fn term_findings(blocks: &[(usize, &[String])]) -> Vec<Problem> {
    let sentences: Vec<(usize, Vec<Token<'_>>)> = blocks
        .iter()
        .flat_map(|(block, sentences)| sentences.iter().map(move |s| (*block, tokens(s))))
        .collect();
    let index = index();
    // Every use of every term, in reading order; a longer form claims its words.
    let mut uses: Vec<Vec<Use>> = index.terms.iter().map(|_| Vec::new()).collect();
    for (n, (_, toks)) in sentences.iter().enumerate() {
        let mut i = 0;
        while i < toks.len() {
            let matched = index
                .by_first_word
                .get(toks[i].word.as_ref())
                .and_then(|forms| {
                    forms.iter().find(|f| {
                        f.words.len() <= toks.len() - i
                            && f.words
                                .iter()
                                .zip(&toks[i..])
                                .all(|(w, t)| *w == t.word.as_ref())
                    })
                });
            match matched {
                Some(form) => {
                    let end = i + form.words.len();
                    uses[form.term].push(Use {
                        sentence: n,
                        start: i,
                        end,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    let mut out = Vec::new();
    for ((kind, term), uses) in index.terms.iter().zip(&uses) {
        let Some(first) = uses.first() else { continue };
        let explained_at = |u: &Use| explained(&sentences, u, term);
        if explained_at(first) {
            continue;
        }
        let (block, toks) = &sentences[first.sentence];
        let written: Vec<&str> = toks[first.start..first.end]
            .iter()
            .map(|t| t.written.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let written = written.join(" ");
        let later = uses[1..]
            .iter()
            .find(|u| explained_at(u))
            .map(|u| sentences[u.sentence].0);
        out.push(finding(*kind, term, &written, *block, uses.len(), later));
    }
    out.sort_by_key(Problem::block);
    out
}

fn finding(
    kind: Kind,
    term: &Jargon,
    written: &str,
    block: usize,
    count: usize,
    explained_later: Option<usize>,
) -> Problem {
    let times = if count > 1 {
        format!(" (used {count} times)")
    } else {
        String::new()
    };
    let later = explained_later.map_or_else(String::new, |b| {
        format!(
            " It is explained later, in block {}: move that explanation to the first use.",
            b + 1
        )
    });
    let key = match kind {
        Kind::Jargon => keys::JARGON,
        Kind::Unavoidable => keys::UNEXPLAINED_TERM,
    };
    let text = ProblemText::new(key)
        .arg("written", written)
        .arg("count", count)
        .arg("later", explained_later.map_or(0, |b| b + 1))
        .arg("plain", term.plain);
    let (rule, message, suggestion) = match kind {
        Kind::Jargon => (
            Rule::Jargon,
            format!(
                "“{written}”{times} is a medical word many readers do not know, and it is not explained where it is first used.{later}"
            ),
            format!(
                "Say “{}”, or explain it in plain words the first time: “{written} ({})”.",
                term.plain, term.plain
            ),
        ),
        Kind::Unavoidable => (
            Rule::UnexplainedTerm,
            format!(
                "“{written}”{times} is a name readers need to know, but the handout does not say what it is where it is first used.{later}"
            ),
            format!(
                "Explain it once, at its first use: “{written}, {}, …” or “{written} ({})”.",
                term.plain, term.plain
            ),
        ),
    };
    Problem::finding(
        rule,
        Severity::Warning,
        Some(block),
        message,
        Some(suggestion),
    )
    .keyed(text)
}

/// Whether the use of `term` has an explanation in its sentence or the next.
fn explained(sentences: &[(usize, Vec<Token<'_>>)], u: &Use, term: &Jargon) -> bool {
    let toks = &sentences[u.sentence].1;
    if explained_in_sentence(toks, u.start, u.end) {
        return true;
    }
    let Some((_, next)) = sentences.get(u.sentence + 1) else {
        return false;
    };
    let first_two: Vec<&str> = next.iter().take(2).map(|t| t.word.as_ref()).collect();
    if matches!(
        first_two.as_slice(),
        [
            "it" | "this" | "that" | "they" | "these",
            "is" | "are" | "means" | "mean"
        ] | ["it's" | "that's", _]
    ) {
        return true;
    }
    // The term again in the next sentence, explained there.
    term.forms.iter().any(|form| {
        let words: Vec<&str> = form.split(' ').collect();
        (0..next.len()).any(|i| {
            let end = i + words.len();
            end <= next.len()
                && next[i..end]
                    .iter()
                    .map(|t| t.word.as_ref())
                    .eq(words.iter().copied())
                && explained_in_sentence(next, i, end)
        })
    })
}

/// Whether the term at `start..end` is explained in its own sentence.
fn explained_in_sentence(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    let first = toks[start].written;
    let last = toks[end - 1].written;
    // "under the tongue (sublingual)": the plain words came first.
    if first.starts_with('(') && start > 0 {
        return true;
    }
    // "What is naloxone?": the text goes on to answer it.
    if start >= 2 && toks[0].word == "what" && matches!(toks[1].word.as_ref(), "is" | "are") {
        return true;
    }
    // "the medicine naloxone", "a plant called kratom", "drugs like fentanyl".
    let before = |n: usize| start.checked_sub(n).map(|i| toks[i].word.as_ref());
    let category = |w: Option<&str>| w.is_some_and(|w| CATEGORY_NOUNS.contains(&w));
    if category(before(1))
        || matches!(before(1), Some("called" | "named"))
        || (category(before(2)) && matches!(before(1), Some("like" | "such")))
    {
        return true;
    }
    // "tolerance: …", "tolerance, or how …", "fentanyl, a very strong opioid".
    if last.ends_with(':')
        || (last.ends_with(',')
            && ["or", "a", "an", "the"]
                .iter()
                .any(|w| next_is(toks, end, w)))
    {
        return true;
    }
    let mut i = end;
    // A parenthesis after the term: two words or more explain it; one word
    // (a brand name, "(Narcan)") does not, but a definition may follow it.
    if toks.get(i).is_some_and(|t| t.written.starts_with('(')) {
        let close = (i..toks.len())
            .find(|&j| toks[j].written.contains(')'))
            .unwrap_or(toks.len() - 1);
        if close > i {
            return true;
        }
        i = close + 1;
    }
    let Some(next) = toks.get(i) else {
        return false;
    };
    let after = toks.get(i + 1).map(|t| t.word.as_ref());
    match next.word.as_ref() {
        "" => next.written == "—" || next.written == "–",
        "is" | "are" | "was" => after.is_some_and(|a| DEFINERS.contains(&a)),
        w => EXPLAINERS.contains(&w),
    }
}

fn next_is(toks: &[Token<'_>], i: usize, word: &str) -> bool {
    toks.get(i).is_some_and(|t| t.word == word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::text::split_sentences;

    /// The findings for blocks of text, one block per string.
    fn found(blocks: &[&str]) -> Vec<(Rule, usize, String)> {
        let sentences: Vec<Vec<String>> = blocks.iter().map(|b| split_sentences(b)).collect();
        let blocks: Vec<(usize, &[String])> = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| (i, s.as_slice()))
            .collect();
        term_findings(&blocks)
            .into_iter()
            .map(|f| (f.rule.unwrap(), f.block().unwrap_or(99), f.message))
            .collect()
    }

    fn rules(blocks: &[&str]) -> Vec<Rule> {
        found(blocks).into_iter().map(|(r, _, _)| r).collect()
    }

    #[test]
    fn jargon_is_flagged_once_at_its_first_unexplained_use() {
        let f = found(&[
            "Your tolerance drops fast.",
            "Low tolerance is dangerous. Tolerance matters.",
        ]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, Rule::Jargon);
        assert_eq!(f[0].1, 0);
        assert!(f[0].2.contains("“tolerance” (used 3 times)"), "{}", f[0].2);
        for text in [
            "Take it as a sublingual film.",
            "Ask about benzodiazepines.",
            "This can cause agitation.",
            "Some people get precipitated withdrawal.",
            "It is an opioid agonist.",
            "Do not mix it with a sedative.",
            "Carry an overdose reversal medicine.",
            "Put the film in a buccal spot.",
        ] {
            assert!(rules(&[text]).contains(&Rule::Jargon), "{text}");
        }
    }

    #[test]
    fn explained_jargon_is_not_flagged() {
        for text in [
            "Take it as a sublingual (under the tongue) film.",
            "Put it under your tongue (sublingual).",
            "Tolerance means your body gets used to a drug.",
            "Tolerance is how used to a drug your body is.",
            "Your tolerance, or how used to opioids your body is, drops fast.",
            "Benzodiazepines are medicines for anxiety, like Xanax. Never mix them.",
            "Watch for agitation. This means feeling restless and upset.",
            "The film melts under your tongue.",
        ] {
            assert!(!rules(&[text]).contains(&Rule::Jargon), "{text}");
        }
        // Explained at first use: later uses need nothing.
        assert!(
            rules(&[
                "Tolerance means your body is used to it.",
                "Tolerance drops fast."
            ])
            .is_empty()
        );
    }

    #[test]
    fn physical_dependence_is_one_finding_not_two() {
        let f = found(&["Both medicines cause physical dependence."]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].2.contains("“physical dependence”"), "{}", f[0].2);
    }

    #[test]
    fn unavoidable_names_pass_when_explained_at_first_use() {
        for blocks in [
            &[
                "Naloxone is a medicine that can reverse an opioid overdose. Opioids are drugs like heroin.",
            ][..],
            &[
                "What is naloxone?",
                "Naloxone is a medicine. Opioids are drugs like fentanyl, a very strong opioid.",
            ],
            &[
                "Ask about the medicine buprenorphine.",
                "Buprenorphine works well.",
            ],
            &[
                "Kratom comes from a tree. It is a plant whose leaves act like an opioid (a strong painkiller).",
            ],
            &["7-OH is an opioid (a strong painkiller)."],
            &[
                "Xylazine — an animal sedative — is in street drugs. Opioids (drugs like heroin) are too.",
            ],
        ] {
            let r = rules(blocks);
            assert!(
                !r.contains(&Rule::UnexplainedTerm),
                "{blocks:?}: {:?}",
                found(blocks)
            );
        }
    }

    #[test]
    fn unavoidable_names_are_flagged_once_when_never_explained() {
        let f = found(&[
            "Ask your clinic about methadone.",
            "Methadone comes from a special clinic. Take methadone every day.",
        ]);
        let methadone: Vec<_> = f
            .iter()
            .filter(|(r, _, m)| *r == Rule::UnexplainedTerm && m.contains("methadone"))
            .collect();
        assert_eq!(methadone.len(), 1, "{f:?}");
        assert_eq!(methadone[0].1, 0, "at the first use");
        // Explained only later: flagged at the first use, saying where.
        let f = found(&[
            "Keep naloxone at home. Carry it with you.",
            "Naloxone is a medicine that can reverse an overdose.",
        ]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].2.contains("explained later, in block 2"), "{}", f[0].2);
    }
}
