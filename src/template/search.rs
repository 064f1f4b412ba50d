//! Finding a handout by what a clinician would type: a title word, a topic, a
//! brand or street name ("suboxone", "bupe", "narcan"), or the Spanish word.
//!
//! The synonym table maps words to [`Topic`]s, never to handout ids, so a clinic
//! copy or a new handout on the same topic is found the same way. Self-harm
//! words are topic words only: the table names no method and the list shows
//! nothing but the handout's title (safe messaging).
//!
//! Matching folds case and Spanish accents, so "autolesión" and "autolesion"
//! find the same handouts.

use crate::template::{Template, Topic};

/// Words (already folded: lower case, no accents) that mean a topic.
const SYNONYMS: &[(&str, Topic)] = &[
    // Medicines for opioid use disorder, naloxone, overdose.
    ("moud", Topic::OpioidUseDisorder),
    ("mat", Topic::OpioidUseDisorder),
    ("oud", Topic::OpioidUseDisorder),
    ("opioid", Topic::OpioidUseDisorder),
    ("opiate", Topic::OpioidUseDisorder),
    ("buprenorphine", Topic::OpioidUseDisorder),
    ("bupe", Topic::OpioidUseDisorder),
    ("suboxone", Topic::OpioidUseDisorder),
    ("subutex", Topic::OpioidUseDisorder),
    ("sublocade", Topic::OpioidUseDisorder),
    ("zubsolv", Topic::OpioidUseDisorder),
    ("methadone", Topic::OpioidUseDisorder),
    ("naltrexone", Topic::OpioidUseDisorder),
    ("vivitrol", Topic::OpioidUseDisorder),
    ("naloxone", Topic::OpioidUseDisorder),
    ("narcan", Topic::OpioidUseDisorder),
    ("overdose", Topic::OpioidUseDisorder),
    ("fentanyl", Topic::OpioidUseDisorder),
    ("heroin", Topic::OpioidUseDisorder),
    ("oxycodone", Topic::OpioidUseDisorder),
    ("pain pills", Topic::OpioidUseDisorder),
    ("withdrawal", Topic::OpioidUseDisorder),
    ("addiction", Topic::OpioidUseDisorder),
    ("recovery", Topic::OpioidUseDisorder),
    ("opioides", Topic::OpioidUseDisorder),
    ("buprenorfina", Topic::OpioidUseDisorder),
    ("metadona", Topic::OpioidUseDisorder),
    ("naltrexona", Topic::OpioidUseDisorder),
    ("naloxona", Topic::OpioidUseDisorder),
    ("sobredosis", Topic::OpioidUseDisorder),
    ("fentanilo", Topic::OpioidUseDisorder),
    ("heroina", Topic::OpioidUseDisorder),
    ("adiccion", Topic::OpioidUseDisorder),
    ("abstinencia", Topic::OpioidUseDisorder),
    // Kratom and 7-OH.
    ("kratom", Topic::Kratom),
    ("7-oh", Topic::Kratom),
    ("7oh", Topic::Kratom),
    ("7 oh", Topic::Kratom),
    ("7-hydroxymitragynine", Topic::Kratom),
    ("mitragynine", Topic::Kratom),
    ("mitragyna", Topic::Kratom),
    ("ketum", Topic::Kratom),
    ("kakuam", Topic::Kratom),
    ("thang", Topic::Kratom),
    ("gas station", Topic::Kratom),
    ("mitraginina", Topic::Kratom),
    // Self-harm and suicide: topic words only.
    ("self-harm", Topic::SelfHarm),
    ("self harm", Topic::SelfHarm),
    ("selfharm", Topic::SelfHarm),
    ("self-injury", Topic::SelfHarm),
    ("self injury", Topic::SelfHarm),
    ("cutting", Topic::SelfHarm),
    ("suicide", Topic::SelfHarm),
    ("suicidal", Topic::SelfHarm),
    ("safety plan", Topic::SelfHarm),
    ("crisis", Topic::SelfHarm),
    ("988", Topic::SelfHarm),
    ("hopeless", Topic::SelfHarm),
    ("autolesion", Topic::SelfHarm),
    ("hacerse dano", Topic::SelfHarm),
    ("suicidio", Topic::SelfHarm),
    ("plan de seguridad", Topic::SelfHarm),
];

/// A search term shorter than this matches synonyms only whole, not as the
/// start of one, so "o" does not find every opioid word.
const PREFIX_MIN: usize = 3;

/// How well a template matches a query; higher is better. Compare only scores
/// of one query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SearchScore(u32);

/// `text` in lower case, without Spanish accents, for matching.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' => 'a',
            'é' | 'è' | 'ë' => 'e',
            'í' | 'ì' | 'ï' => 'i',
            'ó' | 'ò' | 'ö' => 'o',
            'ú' | 'ù' | 'ü' => 'u',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// The topics a (folded) term names through the synonym table: the term is a
/// synonym, or the start of one.
fn synonym_topics(term: &str) -> impl Iterator<Item = Topic> + '_ {
    SYNONYMS.iter().filter_map(move |&(word, topic)| {
        let hit = word == term || (term.len() >= PREFIX_MIN && word.starts_with(term));
        hit.then_some(topic)
    })
}

/// How well `template` matches one folded term: in the title, then through a
/// synonym or the topic's name, then anywhere in the subtitle or id.
fn term_score(template: &Template, term: &str) -> Option<u32> {
    if fold(&template.title).contains(term) {
        return Some(3);
    }
    if synonym_topics(term).any(|t| t == template.topic)
        || fold(template.topic.label()).contains(term)
    {
        return Some(2);
    }
    let subtitle = template.subtitle.as_deref().map(fold).unwrap_or_default();
    (subtitle.contains(term) || template.id.contains(term)).then_some(1)
}

/// How well `template` matches `query`, or `None` when it does not. An empty
/// query matches everything equally. The whole query is tried first as one
/// phrase ("safety plan", "7 oh"); otherwise every word must match.
pub fn match_score(template: &Template, query: &str) -> Option<SearchScore> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Some(SearchScore(0));
    }
    if let Some(score) = term_score(template, &query) {
        return Some(SearchScore(score * 10));
    }
    let mut total = 0;
    for word in query.split_whitespace() {
        total += term_score(template, word)?;
    }
    Some(SearchScore(total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateLibrary;

    /// The ids of the shipped handouts `query` finds, best first, one per id.
    fn found(query: &str) -> Vec<String> {
        let library = TemplateLibrary::load(&[]);
        let mut hits: Vec<(SearchScore, String)> = library
            .templates
            .iter()
            .filter_map(|t| Some((match_score(&t.template, query)?, t.template.id.clone())))
            .collect();
        hits.sort_by_key(|h| std::cmp::Reverse(h.0));
        let mut ids: Vec<String> = Vec::new();
        for (_, id) in hits {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    #[test]
    fn brand_and_street_names_find_the_medicines_handout() {
        for query in [
            "suboxone",
            "Suboxone",
            "bupe",
            "methadone",
            "narcan",
            "naloxone",
            "overdose",
            "fentanyl",
            "sobredosis",
            "naloxona",
        ] {
            assert_eq!(found(query), ["moud-medicines"], "{query}");
        }
    }

    #[test]
    fn kratom_and_7_oh_find_the_kratom_handout() {
        for query in ["kratom", "7-oh", "7-OH", "7 oh", "kra"] {
            assert_eq!(found(query), ["kratom-risks"], "{query}");
        }
    }

    #[test]
    fn self_harm_words_in_both_languages_find_the_support_handout() {
        for query in [
            "self-harm",
            "suicide",
            "cutting",
            "safety plan",
            "Safety Plan",
            "suicidio",
            "autolesión",
            "plan de seguridad",
        ] {
            assert_eq!(found(query), ["self-harm-support"], "{query}");
        }
    }

    #[test]
    fn title_words_and_several_words_match() {
        assert_eq!(found("medicines"), ["moud-medicines"]);
        assert_eq!(found("medicamentos"), ["moud-medicines"]);
        assert_eq!(found("kratom risks"), ["kratom-risks"]);
        assert!(found("zzz").is_empty());
        assert_eq!(found("").len(), 3, "an empty search shows everything");
    }

    #[test]
    fn folding_removes_case_and_spanish_accents() {
        assert_eq!(fold("Autolesión NIÑO"), "autolesion nino");
    }
}
