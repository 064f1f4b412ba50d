//! Spanish template text made ready for counting: placeholders read as Spanish
//! words, and sentences split with Spanish punctuation and abbreviations.
//!
//! The English normaliser ([`crate::quality::text`]) does the rest: words are
//! split by [`crate::quality::text::words`] (which already drops `¿ ¡ « »` and
//! typographic quotes around a word, counts a phone number or link as one
//! word and a hyphenated word as one), and list markers are dropped the same
//! way. What differs in Spanish:
//!
//! - **Sentences** end at `.`, `?`, `!` or `…` at the end of a word, and at
//!   every line break, as in English. An opening `¿` or `¡` inside a sentence
//!   ("Si tiene dudas, ¿a quién llama?") does not start a new one; `»`, `”` and
//!   `’` after the final mark belong to the sentence.
//! - **Abbreviations** do not end a sentence: `Dr.`, `Dra.`, `Sr.`, `Sra.`,
//!   `Srta.`, `Ud.`, `Uds.`, `Lic.`, `Prof.`, `p. ej.`, `ej.`, `núm.`, `tel.`,
//!   `aprox.`, `pág.` and `vs.` never do; `a. m.`, `p. m.`, `EE. UU.`, `etc.`
//!   and other initials end a sentence only when the next word starts with a
//!   capital letter (after any `¿`, `¡` or quote): "Llame antes de las 5 p. m.
//!   ¿Tiene dudas?" is two sentences.
//! - **Spaced abbreviations** ("p. ej.", "a. m.", "p. m.", "EE. UU.", written
//!   with a space as the Real Academia Española recommends) are joined into
//!   one word first ("p.ej.", "a.m."), as English "a.m." is one word.
//! - **Placeholders** read as the Spanish words a Spanish handout will print,
//!   the same for every clinic: a phone number, "la línea de crisis
//!   (555-0100)", a link, or the word "clínica".

use crate::quality::text::strip_list_marker;
use crate::template::Block;
use crate::template::markup::{Piece, Placeholder, parse_markup};

/// The plain sentences of one block of a Spanish template, in reading order.
/// Headings, list items, callout titles and fill-in labels each count as a
/// sentence of their own.
pub fn block_sentences(block: &Block) -> Vec<String> {
    block
        .texts()
        .iter()
        .flat_map(|t| split_sentences(&plain(t)))
        .collect()
}

/// `text` without markup, placeholders read as Spanish words.
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

/// What a placeholder counts as in a Spanish handout (see the English
/// `placeholder_words` in `quality::text`, which this mirrors).
fn placeholder_words(placeholder: &Placeholder) -> &'static str {
    match placeholder {
        Placeholder::ClinicName | Placeholder::ClinicAddress => "clínica",
        Placeholder::ClinicWebsite => "clinica.example",
        Placeholder::ClinicPhone | Placeholder::Emergency | Placeholder::Tel(_) => "555-0100",
        Placeholder::CrisisLine => "la línea de crisis (555-0100)",
        Placeholder::CrisisOptions => "Línea de crisis: llame o envíe un texto al 555-0100.",
        Placeholder::PoisonLine => "la línea de envenenamientos (555-0100)",
        Placeholder::TreatmentLine => "la línea de tratamiento (555-0100)",
    }
}

/// Splits Spanish text into sentences (see the module documentation). Each
/// sentence is returned with its words joined by single spaces, spaced
/// abbreviations joined ("p.ej."); pieces with no letter or digit are dropped.
pub fn split_sentences(text: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    for line in text.lines() {
        let tokens = join_spaced_abbreviations(strip_list_marker(line.trim()));
        let mut current: Vec<&str> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            current.push(token);
            if ends_sentence(token, tokens.get(i + 1).map(String::as_str)) {
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

/// Abbreviations written as two dotted pieces with a space, lower case.
const SPACED: &[(&str, &str)] = &[("p.", "ej."), ("a.", "m."), ("p.", "m."), ("ee.", "uu.")];

/// The whitespace-separated tokens of `line`, with the two pieces of a spaced
/// abbreviation ("p." "ej.,") joined into one token ("p.ej.,").
fn join_spaced_abbreviations(line: &str) -> Vec<String> {
    let raw: Vec<&str> = line.split_whitespace().collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if let Some(next) = raw.get(i + 1) {
            let first = raw[i].trim_start_matches(is_opener).to_lowercase();
            let second = next
                .trim_end_matches(|c: char| is_closer(c) || matches!(c, ',' | ';' | ':'))
                .to_lowercase();
            if SPACED.iter().any(|(a, b)| *a == first && *b == second) {
                out.push(format!("{}{next}", raw[i]));
                i += 2;
                continue;
            }
        }
        out.push(raw[i].to_owned());
        i += 1;
    }
    out
}

/// Characters that may follow a sentence's final mark: closing quotes and brackets.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»')
}

/// Characters that may open a word: quotes, brackets and Spanish opening marks.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '¿' | '¡'
    )
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
    if NEVER_ENDS.contains(&word.as_str()) {
        return false;
    }
    let before_capital = word == "etc." || word == "ee.uu." || is_initials(&word);
    !before_capital
        || next.is_none_or(|n| {
            n.trim_start_matches(is_opener)
                .starts_with(char::is_uppercase)
        })
}

/// Abbreviations (lower case, with their full stop) always followed by more
/// of the same sentence.
const NEVER_ENDS: &[&str] = &[
    "dr.", "dra.", "sr.", "sra.", "srta.", "ud.", "uds.", "lic.", "prof.", "p.ej.", "ej.", "núm.",
    "tel.", "aprox.", "pág.", "vs.",
];

/// "a.", "a.m.", "p.m.": single letters each followed by a full stop.
fn is_initials(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    body.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::text::words;

    #[test]
    fn inverted_marks_and_quotes_stay_inside_their_sentence() {
        let s = split_sentences(
            "¿Tiene dudas? Llame hoy. Si se siente mal, ¿a quién puede llamar? «Llame al 988», dijo la enfermera. ¡Pida ayuda!",
        );
        assert_eq!(
            s,
            [
                "¿Tiene dudas?",
                "Llame hoy.",
                "Si se siente mal, ¿a quién puede llamar?",
                "«Llame al 988», dijo la enfermera.",
                "¡Pida ayuda!"
            ]
        );
        let s = split_sentences("Ella dijo: «No estoy sola». Luego llamó. “Gracias”. ‘Bien’.");
        assert_eq!(
            s,
            [
                "Ella dijo: «No estoy sola».",
                "Luego llamó.",
                "“Gracias”.",
                "‘Bien’."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = split_sentences(
            "La Dra. Ruiz y el Sr. Pérez la atienden. Traiga sus medicinas, p. ej. las pastillas, a su cita.",
        );
        assert_eq!(
            s,
            [
                "La Dra. Ruiz y el Sr. Pérez la atienden.",
                "Traiga sus medicinas, p.ej. las pastillas, a su cita."
            ]
        );
        let s = split_sentences(
            "Abrimos a las 9 a. m. y cerramos a las 5 p. m. ¿Tiene dudas? Llame antes de las 5 p. m. Luego descanse.",
        );
        assert_eq!(
            s,
            [
                "Abrimos a las 9 a.m. y cerramos a las 5 p.m.",
                "¿Tiene dudas?",
                "Llame antes de las 5 p.m.",
                "Luego descanse."
            ]
        );
        let s = split_sentences("En EE. UU. puede llamar al 988. Ud. puede pedir ayuda.");
        assert_eq!(
            s,
            ["En EE.UU. puede llamar al 988.", "Ud. puede pedir ayuda."]
        );
    }

    #[test]
    fn words_drop_spanish_punctuation() {
        let w = words("¿Tiene «naloxona» en casa? ¡Llame—ahora! p.ej. a.m.");
        assert_eq!(
            w,
            [
                "Tiene", "naloxona", "en", "casa", "Llame", "ahora", "p.ej", "a.m"
            ]
        );
    }

    #[test]
    fn line_breaks_list_markers_and_placeholders() {
        let s =
            split_sentences("Su plan de seguridad\n- Llame a un amigo\n1. Vaya a un lugar seguro.");
        assert_eq!(
            s,
            [
                "Su plan de seguridad",
                "Llame a un amigo",
                "Vaya a un lugar seguro."
            ]
        );
        assert_eq!(
            plain("Llame a **{clinic.name}** o a {crisis_line}."),
            "Llame a clínica o a la línea de crisis (555-0100)."
        );
    }
}
