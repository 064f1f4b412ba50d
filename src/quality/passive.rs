//! Passive voice: finding "is sold", "can be given", "was not changed", and
//! suggesting the active sentence built from the one found.
//!
//! The suggestion turns the passive subject into the object and puts a doer in
//! front: "The spray is sold without a prescription" → "Stores sell the spray
//! without a prescription". The doer comes from a "by …" phrase when the
//! sentence has one ("given by a nurse" → "a nurse gives"), else from the
//! reviewed verb list ([`PASSIVE_VERBS`]: "sold" → "stores"), else it is left
//! as "[who]" for the writer to name: the program does not guess who acts.
//! Verbs not in the list get advice without a rewritten sentence.

use crate::problem::{ProblemText, keys};
use crate::quality::report::{Problem, Rule, Severity};
use crate::quality::word_lists::{
    ADJECTIVES_IN_ED, BE, DETERMINERS, IRREGULAR_PARTICIPLES, MODALS, PASSIVE_VERBS, PassiveVerb,
};

/// How many words after the verb the suggested sentence keeps.
const KEPT_WORDS: usize = 8;

/// A sentence's words: as written (with punctuation) and cleaned, lower-case.
struct Token<'a> {
    written: &'a str,
    word: String,
}

fn tokens(sentence: &str) -> Vec<Token<'_>> {
    sentence
        .split_whitespace()
        .map(|written| Token {
            written,
            word: written
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .replace('’', "'"),
        })
        .filter(|t| !t.word.is_empty())
        .collect()
}

/// Whether `word` looks like a past participle.
fn is_participle(word: &str) -> bool {
    if ADJECTIVES_IN_ED.contains(&word) {
        return false;
    }
    IRREGULAR_PARTICIPLES.contains(&word) || (word.len() > 4 && word.ends_with("ed"))
}

/// A passive phrase found in a sentence: token positions of the form of "be"
/// or "get" and of the participle.
struct Passive {
    aux: usize,
    negated: bool,
    participle: usize,
}

fn find(toks: &[Token<'_>]) -> Option<Passive> {
    for (i, t) in toks.iter().enumerate() {
        if !BE.contains(&t.word.as_str()) {
            continue;
        }
        let mut j = i + 1;
        let mut negated = false;
        while let Some(next) = toks.get(j) {
            if next.word == "not" {
                negated = true;
            } else if !(next.word == "often" || next.word.ends_with("ly")) {
                break;
            }
            j += 1;
        }
        if toks.get(j).is_some_and(|t| is_participle(&t.word)) {
            return Some(Passive {
                aux: i,
                negated,
                participle: j,
            });
        }
    }
    None
}

/// The passive phrase in `sentence`, if it has one: a form of "be" or "get",
/// perhaps an adverb or "not", then a past participle (a heuristic).
pub fn passive_phrase(sentence: &str) -> Option<String> {
    let toks = tokens(sentence);
    let p = find(&toks)?;
    Some(phrase(&toks, &p))
}

fn phrase(toks: &[Token<'_>], p: &Passive) -> String {
    toks[p.aux..=p.participle]
        .iter()
        .map(|t| t.written.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sentences in the passive voice, each with an active rewrite to consider.
pub fn passive_findings(sentences: &[String], block: Option<usize>) -> Vec<Problem> {
    let mut out = Vec::new();
    for sentence in sentences {
        let toks = tokens(sentence);
        let Some(p) = find(&toks) else { continue };
        out.push(
            Problem::finding(
                Rule::PassiveVoice,
                Severity::Warning,
                block,
                format!(
                    "“{}” is passive (in “{}”): readers follow who does what more easily.",
                    phrase(&toks, &p),
                    shorten(sentence)
                ),
                Some(suggestion(&toks, &p)),
            )
            .keyed(
                ProblemText::new(keys::PASSIVE_VOICE)
                    .arg("phrase", phrase(&toks, &p))
                    .arg("sentence", shorten(sentence)),
            ),
        );
    }
    out
}

fn shorten(sentence: &str) -> String {
    let ws: Vec<&str> = sentence.split_whitespace().collect();
    if ws.len() <= 12 {
        sentence.to_owned()
    } else {
        format!("{} …", ws[..10].join(" "))
    }
}

/// The active sentence to suggest, or advice when the verb is not in the list.
pub fn suggestion_for(sentence: &str) -> Option<String> {
    let toks = tokens(sentence);
    find(&toks).map(|p| suggestion(&toks, &p))
}

fn suggestion(toks: &[Token<'_>], p: &Passive) -> String {
    let participle = toks[p.participle].word.as_str();
    let object = object_of(toks, p);
    let Some(verb) = PASSIVE_VERBS.iter().find(|v| v.participle == participle) else {
        return format!(
            "Say who does it: name them first, then what they do to {} (not “{}”).",
            object.as_deref().unwrap_or("it"),
            phrase(toks, p)
        );
    };
    let (by_doer, rest) = by_phrase_and_rest(toks, p.participle);
    let (doer, plural) = match (&by_doer, verb.doer) {
        (Some(d), _) => (d.clone(), is_plural(d)),
        (None, Some((d, plural))) => (d.to_owned(), plural),
        (None, None) => ("[who]".to_owned(), false),
    };
    let Some(verb_phrase) = active_verb(toks, p, verb, plural) else {
        return format!(
            "Say who {} {}, and make them the subject.",
            third_person(verb.base),
            object.as_deref().unwrap_or("it")
        );
    };
    let Some(object) = object else {
        // The subject is out of reach ("…, cannot be woken"): show the verb only.
        return format!(
            "Start with who does it: “{} {verb_phrase} …”, not “{}”.",
            capitalise(&doer),
            phrase(toks, p)
        );
    };
    let mut sentence = format!("{} {verb_phrase} {object}", capitalise(&doer));
    if !rest.is_empty() {
        sentence.push(' ');
        sentence.push_str(&rest);
    }
    if !sentence.ends_with('…') {
        sentence.push('.');
    }
    format!(
        "Say who {} {}: “{sentence}”",
        third_person(verb.base),
        pronoun_for(&object)
    )
}

/// The pronoun for an object in the advice: "them" for people and plurals
/// ("the person", "some products"), the pronoun itself for a pronoun, else "it".
fn pronoun_for(object: &str) -> &str {
    let last = object.split_whitespace().last().unwrap_or(object);
    match last {
        "it" | "them" | "you" | "him" | "her" | "us" | "me" => last,
        "person" | "someone" | "child" | "baby" | "friend" | "patient" => "them",
        _ if is_plural(last) || last == "people" || last == "children" => "them",
        _ => "it",
    }
}

/// The helper verb before the form of "be" ("can", "should", "has"), whether
/// "not" stands between them ("should not be"), and where the verb group starts.
fn helper_before<'t>(toks: &'t [Token<'_>], aux: usize) -> (Option<&'t str>, bool, usize) {
    let mut i = aux;
    let mut not = false;
    if i > 0 && toks[i - 1].word == "not" {
        not = true;
        i -= 1;
    }
    match i.checked_sub(1).map(|j| toks[j].word.as_str()) {
        Some(h) if MODALS.contains(&h) || matches!(h, "has" | "have" | "had") => {
            (Some(h), not, i - 1)
        }
        _ => (None, false, aux),
    }
}

/// The active verb phrase for the passive found: "sell", "did not change",
/// "can give", "has changed"; `None` for forms it does not rewrite ("being").
fn active_verb(
    toks: &[Token<'_>],
    p: &Passive,
    verb: &PassiveVerb,
    plural: bool,
) -> Option<String> {
    let aux = toks[p.aux].word.as_str();
    let (before, not_before, _) = helper_before(toks, p.aux);
    let negated = p.negated || not_before;
    let not = if negated { " not" } else { "" };
    let present = |plural: bool| {
        if negated {
            format!("{} not {}", if plural { "do" } else { "does" }, verb.base)
        } else if plural {
            verb.base.to_owned()
        } else {
            third_person(verb.base)
        }
    };
    Some(match aux {
        "be" | "get" if before.is_some_and(|b| MODALS.contains(&b)) => {
            format!("{}{not} {}", before.unwrap_or_default(), verb.base)
        }
        "am" | "is" | "are" | "get" | "gets" => present(plural),
        "was" | "were" | "got" if negated => format!("did not {}", verb.base),
        "was" | "were" | "got" => verb.past().to_owned(),
        "be" if negated => format!("do not {}", verb.base),
        "been" | "gotten" => match before {
            Some("has" | "have") => format!(
                "{}{not} {}",
                if plural { "have" } else { "has" },
                verb.participle
            ),
            Some("had") => format!("had{not} {}", verb.participle),
            _ => return None,
        },
        _ => return None,
    })
}

/// The passive subject, as the object of the active sentence: the words of
/// its clause before the verb ("the spray"), or a pronoun in its object form
/// ("they" → "them"); `None` when the clause has no subject of its own
/// ("…, cannot be woken") or a long one.
fn object_of(toks: &[Token<'_>], p: &Passive) -> Option<String> {
    let (_, _, end) = helper_before(toks, p.aux);
    let mut start = end;
    while start > 0 {
        let prev = &toks[start - 1];
        if prev.written.ends_with([',', ';', ':']) || CLAUSE_STARTS.contains(&prev.word.as_str()) {
            break;
        }
        start -= 1;
    }
    let words: Vec<&str> = toks[start..end]
        .iter()
        .map(|t| t.written.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    Some(match words.as_slice() {
        [one] => match one.to_lowercase().as_str() {
            "it" => "it".to_owned(),
            "they" => "them".to_owned(),
            "you" => "you".to_owned(),
            "he" => "him".to_owned(),
            "she" => "her".to_owned(),
            "we" => "us".to_owned(),
            "i" => "me".to_owned(),
            _ => lower_first(one, start == 0),
        },
        [first, others @ ..] if words.len() <= 5 => {
            format!("{} {}", lower_first(first, start == 0), others.join(" "))
        }
        _ => return None,
    })
}

/// The first word of a subject as it reads mid-sentence: a determiner ("The",
/// "Your") in lower case, and so any word that was capitalised only because it
/// began the sentence ("Naloxone"); an acronym ("FDA") keeps its capitals.
fn lower_first(word: &str, starts_sentence: bool) -> String {
    let acronym = word.chars().filter(|c| c.is_uppercase()).count() > 1;
    if DETERMINERS.contains(&word.to_lowercase().as_str()) || (starts_sentence && !acronym) {
        word.to_lowercase()
    } else {
        word.to_owned()
    }
}

/// Words that, after a comma, start a new clause rather than a list item.
const NEW_CLAUSE: &[&str] = &[
    "and", "but", "or", "so", "because", "if", "when", "which", "then", "while",
];

/// Words that open a clause, where a passive subject starts after them.
const CLAUSE_STARTS: &[&str] = &[
    "if", "when", "that", "because", "so", "and", "but", "or", "until", "before", "after", "while",
    "unless", "where", "once", "since",
];

fn lower_determiner(word: &str) -> String {
    if DETERMINERS.contains(&word.to_lowercase().as_str()) {
        word.to_lowercase()
    } else {
        word.to_owned()
    }
}

/// A "by …" phrase right after the participle at `participle` (its doer) and
/// the rest of the clause after that, cut short; without "by", no doer and the
/// rest of the clause. The clause ends at a comma, semicolon or full stop.
fn by_phrase_and_rest(toks: &[Token<'_>], participle: usize) -> (Option<String>, String) {
    let ends_clause = |t: &Token<'_>| t.written.ends_with([',', ';', ':', '.', '!', '?']);
    if ends_clause(&toks[participle]) {
        return (None, String::new());
    }
    let mut i = participle + 1;
    let mut doer = None;
    if toks.get(i).is_some_and(|t| t.word == "by") {
        let mut words = Vec::new();
        i += 1;
        while let Some(t) = toks.get(i) {
            words.push(t.written.trim_end_matches(|c: char| !c.is_alphanumeric()));
            i += 1;
            if ends_clause(t) || words.len() >= 6 {
                break;
            }
        }
        if !words.is_empty() {
            doer = Some(lower_determiner_phrase(&words));
        }
        if toks.get(i - 1).is_some_and(ends_clause) {
            return (doer, String::new());
        }
    }
    // The clause goes on past a list's commas ("powder, capsules and …") but
    // ends at a comma before a new clause (", and people …") or a full stop.
    let mut rest: Vec<&str> = Vec::new();
    let rest_toks = toks.get(i..).unwrap_or_default();
    for (k, t) in rest_toks.iter().enumerate() {
        rest.push(t.written);
        let new_clause = t.written.ends_with(',')
            && rest_toks
                .get(k + 1)
                .is_some_and(|n| NEW_CLAUSE.contains(&n.word.as_str()));
        if new_clause || t.written.ends_with([';', ':', '.', '!', '?']) {
            break;
        }
    }
    let mut text = if rest.len() > KEPT_WORDS {
        format!("{} …", rest[..KEPT_WORDS].join(" "))
    } else {
        rest.join(" ")
    };
    while text.ends_with(['.', '!', '?', ',', ';', ':']) {
        text.pop();
    }
    (doer, text)
}

fn lower_determiner_phrase(words: &[&str]) -> String {
    match words {
        [first, others @ ..] => std::iter::once(lower_determiner(first))
            .chain(others.iter().map(|w| (*w).to_owned()))
            .collect::<Vec<_>>()
            .join(" "),
        [] => String::new(),
    }
}

fn is_plural(doer: &str) -> bool {
    let last = doer.split_whitespace().last().unwrap_or_default();
    last.ends_with('s') && !last.ends_with("ss") && !matches!(last, "this" | "us")
}

/// "sell" → "sells", "carry" → "carries", "mix" → "mixes".
pub fn third_person(base: &str) -> String {
    if let Some(stem) = base.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("sh") || base.ends_with("ch") {
        return format!("{base}es");
    }
    format!("{base}s")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggest(sentence: &str) -> String {
        suggestion_for(sentence).unwrap_or_else(|| panic!("no passive in {sentence}"))
    }

    #[test]
    fn passive_phrases_are_found_and_adjectives_are_not() {
        assert_eq!(
            passive_phrase("The spray is sold without a prescription.").as_deref(),
            Some("is sold")
        );
        assert_eq!(
            passive_phrase("The dose was not changed.").as_deref(),
            Some("was not changed")
        );
        assert_eq!(passive_phrase("I am worried about you."), None);
        assert_eq!(passive_phrase("You can give it."), None);
    }

    #[test]
    fn the_suggestion_rewrites_the_sentence_found() {
        assert_eq!(
            suggest("The spray is sold without a prescription."),
            "Say who sells it: “Stores sell the spray without a prescription.”"
        );
        assert_eq!(
            suggest("Naloxone is given by a friend or family member."),
            "Say who gives it: “A friend or family member gives naloxone.”"
        );
        assert_eq!(
            suggest("The dose was not changed."),
            "Say who changes it: “[who] did not change the dose.”"
        );
        assert_eq!(
            suggest("If you miss a dose, it should not be doubled."),
            "Say who doubles it: “[who] should not double it.”"
        );
        assert_eq!(
            suggest("Methadone is prescribed at a special clinic."),
            "Say who prescribes it: “Your prescriber prescribes methadone at a special clinic.”"
        );
        assert_eq!(
            suggest("Some products are made with 7-OH."),
            "Say who makes them: “[who] makes some products with 7-OH.”"
        );
        assert_eq!(
            suggest("The person cannot be woken."),
            "Say who wakes them: “[who] cannot wake the person.”"
        );
        assert_eq!(
            suggest("They have been tested."),
            "Say who tests them: “[who] has tested them.”"
        );
        assert_eq!(
            suggest("It can be treated, and people do recover."),
            "Say who treats it: “[who] can treat it.”"
        );
        assert_eq!(
            suggest("It is sold as powder, capsules, tablets, liquids and extracts."),
            "Say who sells it: “Stores sell it as powder, capsules, tablets, liquids and extracts.”"
        );
        assert_eq!(
            suggest("Someone is very drowsy, cannot be woken up, or is not breathing."),
            "Start with who does it: “[who] cannot wake …”, not “be woken”."
        );
    }

    #[test]
    fn a_verb_not_in_the_list_gets_advice_not_a_made_up_sentence() {
        let s = suggest("The cap is fastened first.");
        assert!(s.starts_with("Say who does it"), "{s}");
        assert!(s.contains("the cap"), "{s}");
        assert!(!s.contains("Stores"), "{s}");
    }

    #[test]
    fn third_person_forms() {
        assert_eq!(third_person("sell"), "sells");
        assert_eq!(third_person("carry"), "carries");
        assert_eq!(third_person("mix"), "mixes");
        assert_eq!(third_person("stay"), "stays");
    }
}
