//! Spanish language lints: stigmatising substance-use terms and unsafe suicide
//! and self-harm wording, with the same rule ids and severities as English
//! (`stigmatising-language`, `unsafe-suicide-language`, errors).
//!
//! Words are compared without accents and in lower case ("toxicomano" matches
//! "toxicómano"); the lists in [`super::word_lists`] spell out each form
//! (masculine, feminine, plural, verb forms).
//!
//! As in English, "limpio" and "sucio" are flagged only where they describe a
//! person ("sigue limpio", "lleva dos años limpia") or a drug test ("una prueba
//! de orina sucia", "salió limpio"), not supplies ("jeringas limpias", "la
//! aguja está limpia"), which is how harm-reduction services use them.

use crate::problem::{ProblemText, keys};
use crate::quality::lints::wording_finding;
use crate::quality::report::{Problem, Rule, Severity};
use crate::quality::spanish::word_lists::{
    CLEAN, DIRTY, KEEP_VERBS, PERSON_VERBS, REFLEXIVE, STIGMATISING, SUPPLIES, SpanishTerm,
    TEST_VERBS, TEST_WORDS, TIME_WORDS, UNSAFE_SUICIDE,
};
use crate::quality::text::words;

/// `word` in lower case without accents (`ü` as `u`; `ñ` stays).
pub fn fold(word: &str) -> String {
    folded_chars(word).collect()
}

/// The characters of `word` folded as [`fold`] does, without building a string.
fn folded_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(char::to_lowercase).map(|c| match c {
        'á' | 'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        c => c,
    })
}

/// Whether `form`, folded, is the already folded `word`. Compared character
/// by character: the lists are folded afresh for every word of every text,
/// and a string each time made the clinic profile's check the slowest part of
/// exporting a sheet of wallet cards.
fn folds_to(form: &str, word: &str) -> bool {
    folded_chars(form).eq(word.chars())
}

/// One sentence's words, folded, with what each was as written.
fn tokens(sentence: &str) -> Vec<(String, String)> {
    words(sentence).into_iter().map(|w| (fold(&w), w)).collect()
}

/// Whether folded `word` is one of the `|`-separated forms of `pattern`.
fn is_form(word: &str, pattern: &str) -> bool {
    pattern.split('|').any(|form| folds_to(form, word))
}

/// Whether folded `word` is in `list` (compared folded).
fn listed(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| folds_to(w, word))
}

/// Finds the terms of `list` in `sentences` of block `block`.
fn term_findings(
    list: &[SpanishTerm],
    rule: Rule,
    sentences: &[String],
    block: Option<usize>,
    out: &mut Vec<Problem>,
) {
    for sentence in sentences {
        let toks = tokens(sentence);
        for term in list {
            let n = term.words.len();
            if n == 0 || toks.len() < n {
                continue;
            }
            for start in 0..=toks.len() - n {
                let matches = term
                    .words
                    .iter()
                    .zip(&toks[start..start + n])
                    .all(|(pattern, (word, _))| is_form(word, pattern));
                if !matches {
                    continue;
                }
                let excused = start
                    .checked_sub(1)
                    .is_some_and(|b| listed(&toks[b].0, term.unless_before))
                    || toks
                        .get(start + n)
                        .is_some_and(|(a, _)| listed(a, term.unless_after));
                if excused {
                    continue;
                }
                let found: Vec<&str> = toks[start..start + n]
                    .iter()
                    .map(|(_, w)| w.as_str())
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

/// What "limpio" or "sucio" describes where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CleanOf {
    Supplies,
    Test,
    Person,
    Unclear,
}

/// What the adjective at `i` describes, from the words before it (Spanish puts
/// the adjective after its noun or verb).
fn clean_of(toks: &[(String, String)], i: usize) -> CleanOf {
    let before = |k: usize| i.checked_sub(k).map(|j| toks[j].0.as_str());
    let window: Vec<&str> = (1..=3).filter_map(before).collect();
    if window.iter().any(|w| listed(w, SUPPLIES)) {
        return CleanOf::Supplies;
    }
    if window.iter().any(|w| listed(w, TEST_WORDS))
        || before(1).is_some_and(|w| listed(w, TEST_VERBS))
    {
        return CleanOf::Test;
    }
    let kept = before(1).is_some_and(|w| listed(w, KEEP_VERBS))
        && before(2).is_some_and(|w| listed(w, REFLEXIVE));
    if before(1).is_some_and(|w| listed(w, PERSON_VERBS) || listed(w, TIME_WORDS)) || kept {
        return CleanOf::Person;
    }
    CleanOf::Unclear
}

/// "Limpio" or "sucio" said of a person or a test.
fn clean_dirty_findings(sentences: &[String], block: Option<usize>, out: &mut Vec<Problem>) {
    for sentence in sentences {
        let toks = tokens(sentence);
        for (i, (word, written)) in toks.iter().enumerate() {
            let clean = listed(word, CLEAN);
            if !clean && !listed(word, DIRTY) {
                continue;
            }
            let instead = match (clean_of(&toks, i), clean) {
                (CleanOf::Test, true) => "resultado negativo",
                (CleanOf::Test, false) => "resultado positivo",
                (CleanOf::Person, true) => "en recuperación, o que no consume drogas",
                (CleanOf::Person, false) => "que consume drogas actualmente",
                (CleanOf::Supplies | CleanOf::Unclear, _) => continue,
            };
            out.push(Problem::finding(Rule::StigmatisingLanguage, Severity::Error, block, format!(
                    "“{written}”: said of a person or a test, it implies people who use drugs are dirty."
                ), Some(format!("Say “{instead}”."))).keyed(ProblemText::new(keys::CLEAN_DIRTY)
                    .arg("written", written.to_string())
                    .arg("instead", instead)));
        }
    }
}

/// Stigmatising and unsafe wording in one block's Spanish sentences.
pub fn wording_findings(sentences: &[String], block: Option<usize>) -> Vec<Problem> {
    let mut out = Vec::new();
    term_findings(
        STIGMATISING,
        Rule::StigmatisingLanguage,
        sentences,
        block,
        &mut out,
    );
    clean_dirty_findings(sentences, block, &mut out);
    term_findings(
        UNSAFE_SUICIDE,
        Rule::UnsafeSuicideLanguage,
        sentences,
        block,
        &mut out,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::spanish::text::split_sentences;

    fn rules(text: &str) -> Vec<Rule> {
        wording_findings(&split_sentences(text), Some(0))
            .into_iter()
            .filter_map(|f| f.rule)
            .collect()
    }

    fn suggestion(text: &str) -> String {
        wording_findings(&split_sentences(text), Some(0))
            .into_iter()
            .filter_map(|f| f.hint)
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn labels_are_found_in_every_form_with_or_without_accents() {
        for text in [
            "Muchos adictos sienten vergüenza.",
            "Ella era adicta a los opioides.",
            "Las adictas también merecen ayuda.",
            "No es un drogadicto.",
            "Los drogadictos no son malos.",
            "Un toxicómano puede cambiar.",
            "Un toxicomano puede cambiar.",
            "Las toxicómanas piden ayuda.",
            "Le decían yonqui.",
            "Los yonkis del barrio.",
            "Mi tío es alcohólico.",
            "Mi tío es alcoholico.",
            "Es un exadicto.",
            "Dejó el vicio hace un año.",
            "Es un abusador de drogas.",
            "El abuso de sustancias es común.",
            "No abuse de los medicamentos.",
            "Los usuarios de drogas tienen derechos.",
            "La metadona es una terapia de reemplazo.",
            "Es un tratamiento de sustitución.",
            "Es un tratamiento de sustitucion.",
            "No es una terapia sustitutiva.",
            "No es cambiar una droga por otra.",
            "Una recaída no es el fin.",
            "Las recaidas son parte del camino.",
            "Si recae, no se rinda.",
        ] {
            let found = rules(text);
            let want = !text.contains("recae,");
            assert_eq!(
                found.contains(&Rule::StigmatisingLanguage),
                want,
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn findings_say_what_to_write_instead() {
        assert!(
            suggestion("Muchos adictos sienten vergüenza.")
                .contains("persona con un trastorno por consumo")
        );
        assert!(suggestion("Evite una recaída.").contains("volver a consumir"));
        assert!(suggestion("Mi prueba salió limpia.").contains("resultado negativo"));
        assert!(suggestion("Tuvo una prueba de orina sucia.").contains("resultado positivo"));
        assert!(suggestion("Lleva dos años limpio.").contains("en recuperación"));
        assert!(suggestion("Su hermano cometió suicidio.").contains("murió por suicidio"));
        let found = wording_findings(&["Los drogadictos no son malos.".to_owned()], Some(3));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(found[0].block(), Some(3));
        assert!(
            found[0].message.contains("“drogadictos”"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn clean_and_dirty_are_flagged_of_people_and_tests_only() {
        for text in [
            "Quiero estar limpio.",
            "Ella sigue limpia desde mayo.",
            "Lleva dos años limpio.",
            "Mantente limpio un día a la vez.",
            "Él se mantiene limpio.",
            "Mi prueba salió limpia.",
            "Tuvo una prueba de orina sucia.",
            "El examen dio sucio.",
            "Estaba sucio cuando llegó.",
        ] {
            assert!(rules(text).contains(&Rule::StigmatisingLanguage), "{text}");
        }
        for text in [
            "Use jeringas limpias cada vez.",
            "Use siempre jeringas y agujas limpias.",
            "Lávese las manos con agua limpia.",
            "La aguja debe estar limpia.",
            "Mantenga la herida limpia y seca.",
            "El programa de jeringas limpias es gratis.",
            "No comparta material sucio.",
            "Guarde la naloxona en un lugar limpio y seco.",
            "Su prueba dio negativo.",
            "Las personas en recuperación merecen respeto.",
            "No tome bebidas alcohólicas con este medicamento.",
            "Alcohólicos Anónimos tiene grupos en español.",
            "Es un círculo vicioso.",
            "Si vuelve a consumir, hable con su médico.",
            "La decisión recae en usted.",
            "Las personas que consumen drogas pueden pedir ayuda.",
            "Las personas con un trastorno por consumo de opioides se recuperan.",
            "El medicamento para el trastorno por consumo de opioides funciona.",
        ] {
            assert!(
                !rules(text).contains(&Rule::StigmatisingLanguage),
                "{text}: {:?}",
                wording_findings(&split_sentences(text), None)
            );
        }
    }

    #[test]
    fn unsafe_suicide_wording_is_found() {
        for text in [
            "Su hermano cometió suicidio.",
            "Nadie debe cometer suicidio.",
            "Fue un suicidio consumado.",
            "Fue un suicidio exitoso.",
            "Tuvo un intento fallido.",
            "Después de dos intentos fallidos pidió ayuda.",
            "Una tentativa frustrada.",
            "Un suicidio fallido.",
            "No busque la dosis letal.",
            "¿Cuántas pastillas tomó?",
            "Se habla de ahorcamiento.",
            "Se cortó las venas.",
            "Tenía cortes en las muñecas.",
            "Guarde las cuchillas de afeitar.",
            "No hay una forma indolora.",
            "Es una epidemia de suicidios.",
        ] {
            assert!(rules(text).contains(&Rule::UnsafeSuicideLanguage), "{text}");
        }
        for text in [
            "Su hermano murió por suicidio.",
            "Se quitó la vida el año pasado.",
            "Sobrevivió a un intento de suicidio.",
            "Guarde los objetos filosos o déselos a alguien.",
            "Si piensa en el suicidio, llame al 988.",
            "No es una forma de llamar la atención.",
            "Intente dormir bien.",
        ] {
            assert!(
                !rules(text).contains(&Rule::UnsafeSuicideLanguage),
                "{text}"
            );
        }
    }

    #[test]
    fn folding_drops_accents_and_keeps_enye() {
        assert_eq!(fold("Toxicómano"), "toxicomano");
        assert_eq!(fold("VERGÜENZA"), "verguenza");
        assert_eq!(fold("Año"), "año");
    }
}
