//! Template text made ready for counting: markup and placeholders resolved to
//! plain words, and each heading, list item and paragraph split into sentences.
//!
//! # Normalisation rules
//!
//! Readability formulas count words and sentences, so anything that is not
//! running prose must not distort those counts:
//!
//! - **Sentences** end at `.`, `?`, `!` or `…` at the end of a word, and at
//!   every line break (a heading, a list item or a label is a sentence of its
//!   own even with no full stop). Template text is never hard-wrapped, so a
//!   line break is always the end of a unit.
//! - **Abbreviations** do not end a sentence: titles (`Dr.`, `Mr.`, `Mrs.`,
//!   `Ms.`, `St.`, `Prof.`), `e.g.`, `i.e.`, `vs.`, `cf.`, `approx.`, and
//!   country initialisms (`U.S.`, `U.K.`) never do; `a.m.`, `p.m.`, `etc.` and
//!   other dotted initialisms end a sentence only when the next word starts
//!   with a capital letter ("Call before 5 p.m. Then rest." is two sentences).
//!   A sentence that really ends in "U.S." is counted together with the next
//!   one; that is rare in patient prose and costs one sentence break.
//! - **List markers** at the start of a line (`-`, `*`, `•`, `1.`, `2)`) are
//!   dropped, so "1." is neither a word nor a sentence.
//! - **Phone numbers and links** each count as **one short word** (one
//!   syllable): "(555) 010-2000", "1-800-662-4357", "988",
//!   "https://x.example" and "clinic.example" are read as a single unit, and
//!   dropping them would make "Call 988." a one-word sentence. A phone number
//!   written as "(555) 010-2000" is joined into one word.
//! - **Hyphenated words** count as one word (SMOG counting rules, facts.md D2);
//!   em and en dashes separate words.
//! - **Placeholders** stand for what they print, the same for every clinic:
//!   `{clinic.phone}`, `{emergency}` and `{tel:…}` a phone number;
//!   `{crisis_line}`, `{poison_line}` and `{treatment_line}` (printed as a
//!   line's name and number) "the crisis line (555-0100)" and the like;
//!   `{clinic.website}` a link; `{clinic.name}` and `{clinic.address}` the
//!   word "clinic".
//!
//! Differences from the Python package textstat (whose counts the tests compare
//! with): textstat splits sentences at every `.`, `!` and `?` (so "Dr." ends a
//! sentence there), ignores line breaks, does not count a "sentence" of two
//! words or fewer, and turns "(555) 010-2000" into two words. These are intended
//! differences; on prose where every sentence has three or more words and no
//! abbreviation, both count the same words and sentences.

use std::borrow::Cow;

use crate::template::Block;
use crate::template::markup::{Piece, Placeholder, parse_markup};

/// The plain sentences of one block, in reading order. Headings, list items,
/// callout titles and fill-in labels each count as a sentence of their own.
pub fn block_sentences(block: &Block) -> Vec<String> {
    block
        .texts()
        .iter()
        .flat_map(|t| split_sentences(&plain(t)))
        .collect()
}

/// `text` without markup: `**bold**` unmarked, placeholders as the words they
/// stand for (a phone number or a link counts as one short word; see the
/// module documentation).
pub fn plain(text: &str) -> String {
    match parse_markup(text) {
        Ok(pieces) => pieces
            .into_iter()
            .map(|p| match p {
                Piece::Text { text, .. } => text,
                Piece::Placeholder { placeholder, .. } => {
                    placeholder_words(&placeholder).to_owned()
                }
            })
            .collect(),
        Err(_) => text.replace("**", ""),
    }
}

/// What a placeholder counts as, close to how it prints (see
/// `compose::resolve`) but the same for every clinic and country: a phone
/// number, a national line as a short name and its number, a link, or the
/// word "clinic".
fn placeholder_words(placeholder: &Placeholder) -> &'static str {
    match placeholder {
        Placeholder::ClinicName | Placeholder::ClinicAddress => "clinic",
        Placeholder::ClinicWebsite => "clinic.example",
        Placeholder::ClinicPhone | Placeholder::Emergency | Placeholder::Tel(_) => "555-0100",
        Placeholder::CrisisLine => "the crisis line (555-0100)",
        Placeholder::CrisisOptions => "Crisis line: call or text 555-0100.",
        Placeholder::PoisonLine => "the poison line (555-0100)",
        Placeholder::TreatmentLine => "the treatment line (555-0100)",
    }
}

/// Splits text into sentences (see the module documentation for the rules):
/// at `.`, `?`, `!` and `…` that end a word and are not an abbreviation's, and
/// at line breaks. Each sentence is returned with its words joined by single
/// spaces; pieces with no letter or digit are dropped.
pub fn split_sentences(text: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    for line in text.lines() {
        let tokens: Vec<&str> = strip_list_marker(line.trim()).split_whitespace().collect();
        let mut current: Vec<&str> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            current.push(token);
            if ends_sentence(token, tokens.get(i + 1).copied()) {
                push_sentence(&mut sentences, &current);
                current.clear();
            }
        }
        push_sentence(&mut sentences, &current);
    }
    sentences
}

fn push_sentence(sentences: &mut Vec<String>, tokens: &[&str]) {
    if tokens.iter().any(|t| t.chars().any(char::is_alphanumeric)) {
        sentences.push(tokens.join(" "));
    }
}

/// The line without a leading bullet or list number ("- ", "• ", "1. ", "2) ").
/// Shared with the Spanish splitter (`quality::spanish::text`).
pub(crate) fn strip_list_marker(line: &str) -> &str {
    for bullet in ["- ", "* ", "• ", "– ", "— "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return rest.trim_start();
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        for marker in [". ", ") "] {
            if let Some(rest) = rest.strip_prefix(marker) {
                return rest.trim_start();
            }
        }
    }
    line
}

/// Characters that may follow a sentence's final mark: closing quotes and brackets.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»')
}

/// Characters that may open a word: quotes and brackets.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«')
}

/// Whether `token` ends its sentence, given the token after it.
fn ends_sentence(token: &str, next: Option<&str>) -> bool {
    let core = token.trim_end_matches(is_closer);
    if core.ends_with(['?', '!', '…']) {
        return true;
    }
    if !core.ends_with('.') {
        return false;
    }
    if core.ends_with("..") {
        return true;
    }
    let word = core.trim_start_matches(is_opener).to_lowercase();
    match abbreviation(&word) {
        None => true,
        Some(Abbreviation::NeverEnds) => false,
        Some(Abbreviation::EndsBeforeCapital) => next.is_none_or(|n| {
            n.trim_start_matches(is_opener)
                .starts_with(char::is_uppercase)
        }),
    }
}

/// How an abbreviation's full stop behaves.
enum Abbreviation {
    /// Always followed by more of the same sentence ("Dr.", "e.g.").
    NeverEnds,
    /// Ends the sentence when a capital letter follows ("p.m.", "etc.").
    EndsBeforeCapital,
}

/// Titles and Latin abbreviations that are always followed by more words.
const NEVER_ENDS: &[&str] = &[
    "dr.", "mr.", "mrs.", "ms.", "st.", "prof.", "e.g.", "i.e.", "vs.", "cf.", "approx.", "u.s.",
    "u.k.",
];

/// The kind of abbreviation `word` (lower case, ending in ".") is, if any.
fn abbreviation(word: &str) -> Option<Abbreviation> {
    if NEVER_ENDS.contains(&word) {
        return Some(Abbreviation::NeverEnds);
    }
    if word == "etc." || is_dotted_initialism(word) {
        return Some(Abbreviation::EndsBeforeCapital);
    }
    None
}

/// "a.m.", "p.m.", "n.a.": single letters each followed by a full stop, at least two.
fn is_dotted_initialism(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    let parts: Vec<&str> = body.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// The words of a sentence, without surrounding punctuation. A phone number or
/// a link is one word; a hyphenated word is one word; em and en dashes separate
/// words; tokens with no letter or digit are not words.
pub fn words(sentence: &str) -> Vec<String> {
    word_iter(sentence).map(Cow::into_owned).collect()
}

/// [`words`] one at a time, borrowed from `sentence` (only a phone number
/// joined from two tokens is made anew): counting the words of a whole
/// template then allocates nothing per word.
pub fn word_iter(sentence: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let mut tokens = sentence
        .split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .filter(|t| !t.is_empty())
        .peekable();
    std::iter::from_fn(move || {
        loop {
            let token = tokens.next()?;
            // "(555) 010-2000": an area code in brackets joins the number after it.
            let word = if is_bracketed_area_code(token)
                && let Some(next) = tokens.next_if(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            {
                let joined = format!("{token} {next}");
                let word = trim_word(&joined);
                word.chars()
                    .any(char::is_alphanumeric)
                    .then(|| Cow::Owned(word.to_owned()))
            } else {
                let word = trim_word(token);
                word.chars()
                    .any(char::is_alphanumeric)
                    .then_some(Cow::Borrowed(word))
            };
            if word.is_some() {
                return word;
            }
        }
    })
}

/// "(555)" or "(555)," : a bracketed group of two to four digits.
fn is_bracketed_area_code(token: &str) -> bool {
    let Some(rest) = token.strip_prefix('(') else {
        return false;
    };
    let Some(digits) = rest.split(')').next() else {
        return false;
    };
    rest.contains(')')
        && (2..=4).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
}

/// A token without surrounding punctuation; a phone number keeps its brackets,
/// and a dotted abbreviation keeps its inner dots ("e.g", "a.m").
fn trim_word(token: &str) -> &str {
    let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric());
    if token.starts_with('(') && is_bracketed_area_code(token) {
        return token.trim_end_matches(|c: char| !c.is_alphanumeric());
    }
    trimmed
}

/// What a word is, for syllable counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// An ordinary word.
    Word,
    /// A number or phone number ("988", "(555) 010-2000", "1-800-662-4357").
    Number,
    /// A web address, domain or email address ("https://x.example", "clinic.example").
    Link,
    /// A dotted abbreviation or initialism ("e.g", "a.m", "U.S").
    Initialism,
}

/// The kind of a word as returned by [`words`].
pub fn word_kind(word: &str) -> WordKind {
    if word.chars().any(|c| c.is_ascii_digit())
        && word.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '(' | ')' | '-' | '.' | ' ' | '+' | ',' | '/' | ':')
        })
    {
        return WordKind::Number;
    }
    // A link needs "://", "www.", "@" or a dot; a dotted initialism a dot.
    // Most words have none of them and skip the copy below.
    if word.contains(['.', ':', '@'])
        && let Some(kind) = link_or_initialism(word)
    {
        return kind;
    }
    if word.chars().any(|c| c.is_ascii_digit()) && !word.chars().any(char::is_alphabetic) {
        return WordKind::Number;
    }
    WordKind::Word
}

/// [`word_kind`] for a word with a dot, colon or "@": a link, an initialism,
/// or neither.
fn link_or_initialism(word: &str) -> Option<WordKind> {
    let lower = word.to_lowercase();
    if lower.contains("://")
        || lower.starts_with("www.")
        || lower.contains('@')
        || is_domain(&lower)
    {
        return Some(WordKind::Link);
    }
    if is_dotted_initialism(&format!("{lower}.")) {
        return Some(WordKind::Initialism);
    }
    None
}

/// "clinic.example", "nida.nih.gov/kratom": dot-separated parts, the last of
/// two or more letters, and at least one part longer than one letter.
fn is_domain(word: &str) -> bool {
    let host = word.split('/').next().unwrap_or(word);
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && parts
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
        && parts.iter().any(|p| p.chars().count() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = split_sentences("Dr. Lee can help, e.g. with sleep. Call before 5 p.m. Then rest.");
        assert_eq!(
            s,
            [
                "Dr. Lee can help, e.g. with sleep.",
                "Call before 5 p.m.",
                "Then rest."
            ]
        );
        let s = split_sentences("Most people in the U.S. know this. Ask at 9 a.m. or later.");
        assert_eq!(
            s,
            [
                "Most people in the U.S. know this.",
                "Ask at 9 a.m. or later."
            ]
        );
    }

    #[test]
    fn line_breaks_and_list_markers_end_sentences() {
        let s = split_sentences("Your safety plan\n- Call a friend\n1. Go somewhere safe.");
        assert_eq!(
            s,
            ["Your safety plan", "Call a friend", "Go somewhere safe."]
        );
    }

    #[test]
    fn phone_numbers_and_links_are_one_word() {
        let w =
            words("Call (555) 010-2000, 1-800-662-4357 or 988, or visit https://x.example/help.");
        assert_eq!(
            w,
            [
                "Call",
                "(555) 010-2000",
                "1-800-662-4357",
                "or",
                "988",
                "or",
                "visit",
                "https://x.example/help"
            ]
        );
        assert_eq!(word_kind("(555) 010-2000"), WordKind::Number);
        assert_eq!(word_kind("988"), WordKind::Number);
        assert_eq!(word_kind("clinic.example"), WordKind::Link);
        assert_eq!(word_kind("https://x.example/help"), WordKind::Link);
        assert_eq!(word_kind("e.g"), WordKind::Initialism);
        assert_eq!(word_kind("U.S"), WordKind::Initialism);
        assert_eq!(word_kind("follow-up"), WordKind::Word);
        let s = split_sentences("Visit clinic.example today. Call 988.");
        assert_eq!(s, ["Visit clinic.example today.", "Call 988."]);
    }

    #[test]
    fn placeholders_become_a_phone_number_or_a_link() {
        assert_eq!(
            plain("Call **{clinic.phone}** or {crisis_line}."),
            "Call 555-0100 or the crisis line (555-0100)."
        );
        assert_eq!(plain("See {clinic.website}."), "See clinic.example.");
    }

    #[test]
    fn hyphens_join_and_dashes_split() {
        assert_eq!(
            words("a follow-up visit—soon"),
            ["a", "follow-up", "visit", "soon"]
        );
    }
}
