//! Spanish syllables, counted by rule: Spanish spelling says where its vowels
//! are, so no dictionary is needed.
//!
//! # Rules
//!
//! A syllable has exactly one vowel nucleus, so counting syllables is counting
//! nuclei; where the consonants go does not change the count.
//!
//! 1. **Vowels** are `a e i o u`, `á é í ó ú` and `ü`. The **strong** vowels are
//!    `a e o` (with or without an accent) and the accented weak vowels `í ú`;
//!    the **weak** ones are unaccented `i u ü`, and `y` where it is a vowel.
//! 2. **`y`** is a vowel at the end of a word ("hoy", "muy", "ley", and "y"
//!    alone) and before a consonant; before a vowel it is a consonant ("ayuda",
//!    "yo", "leyes").
//! 3. **`qu`, `gu`:** the `u` of `que qui gue gui` (and `qué quí guí`) is not
//!    pronounced and is not a vowel ("queso", "quien", "guerra", "guía" = 2).
//!    Written `ü` ("pingüino", "vergüenza") it is pronounced and is a weak vowel.
//! 4. **Diphthongs and triphthongs:** vowels next to each other share one
//!    syllable unless rule 5 splits them: weak + strong, strong + weak and two
//!    different weak vowels ("bien", "aire", "ciudad", "cuidado" = 3), and weak
//!    + strong + weak ("buey", "opioide" = 3, "Uruguay" = 3).
//! 5. **Hiatus:** two strong vowels belong to different syllables ("leer",
//!    "poeta", "línea" = 3, "océano" = 4). An accented `í` or `ú` is strong, so
//!    it breaks the diphthong it would form: "día" = 2, "país" = 2, "baúl" = 2,
//!    "aún" = 2, "reúne" = 3. A weak vowel between two strong ones starts the
//!    next syllable ("cacahuete" = 4).
//! 6. **`h`** between vowels does not separate them (Real Academia Española,
//!    *Ortografía* 2010: "prohi-bir", "ahu-mar"); rules 4 and 5 still apply
//!    across it ("ahora" = 3, "búho" = 2, "ahí" = 2).
//! 7. **Not ordinary words:** a number, phone number or link counts as one
//!    syllable (one short word, as in English; see [`crate::quality::text`]);
//!    common abbreviations count as the words they stand for ("Dr." 2 for
//!    "doctor", "Sra." 3, "Ud." 2, "p. ej." 4, "EE. UU." 6); a dotted
//!    initialism ("a. m.") or capitals with no vowel ("VIH" is read as letters
//!    too) count the syllables of the letters' Spanish names ("eme" = 2). A
//!    hyphenated word is the sum of its parts. Every word has at least one
//!    syllable.
//!
//! These are the spelling rules of the Real Academia Española; where speech
//! often merges a hiatus ("teatro" said in two syllables) the count follows
//! the spelling, as readability formulas for Spanish expect.

use crate::quality::text::{WordKind, word_kind};

/// Syllables in one word as returned by [`crate::quality::text::words`] (see the
/// module documentation for the rules).
pub fn syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    let bare = lower.trim_end_matches('.');
    if let Some(n) = abbreviation(bare) {
        return n;
    }
    match word_kind(word) {
        WordKind::Number | WordKind::Link => return 1,
        WordKind::Initialism => return spelled_letters(&lower),
        WordKind::Word => {}
    }
    if let Some(n) = read_as_letters(word) {
        return n;
    }
    lower
        .split('-')
        .filter(|part| part.chars().any(char::is_alphanumeric))
        .map(|part| {
            if part.chars().any(|c| c.is_ascii_digit()) {
                1
            } else {
                nuclei(part)
            }
        })
        .sum::<usize>()
        .max(1)
}

/// Abbreviations read as the words they stand for, with those words'
/// syllables. The keys are lower case, without the final full stop; spaced
/// forms ("p. ej.") arrive joined by [`super::text::split_sentences`].
const ABBREVIATIONS: &[(&str, usize)] = &[
    ("dr", 2),    // doctor
    ("dra", 3),   // doctora
    ("sr", 2),    // señor
    ("sra", 3),   // señora
    ("srta", 4),  // señorita
    ("ud", 2),    // usted
    ("uds", 3),   // ustedes
    ("lic", 4),   // licenciado
    ("p.ej", 4),  // por ejemplo
    ("ej", 3),    // ejemplo
    ("etc", 4),   // etcétera
    ("ee.uu", 6), // Estados Unidos
    ("tel", 4),   // teléfono
    ("núm", 3),   // número
    ("aprox", 7), // aproximadamente
    ("pág", 3),   // página
];

fn abbreviation(word: &str) -> Option<usize> {
    ABBREVIATIONS
        .iter()
        .find(|(abbreviation, _)| *abbreviation == word)
        .map(|(_, n)| *n)
}

/// Syllables of a letter's Spanish name as said in the Americas ("a", "be",
/// "eme", "ve", "doble ve").
fn letter_name_syllables(letter: char) -> usize {
    match letter {
        'f' | 'h' | 'j' | 'l' | 'm' | 'n' | 'ñ' | 'r' | 's' | 'x' | 'z' => 2,
        'w' => 3,
        _ => 1,
    }
}

/// A dotted initialism ("a.m", "p.m") read letter by letter.
fn spelled_letters(lower: &str) -> usize {
    lower
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(letter_name_syllables)
        .sum::<usize>()
        .max(1)
}

/// Initialisms read as letters: capitals with no vowel ("VIH" aside, a word of
/// capitals with a vowel is usually said as a word: "SIDA", "OMS" is an
/// exception listed here).
const SPELLED_INITIALISMS: &[&str] = &["VIH", "OMS", "FDA", "EEUU", "UCI", "ETS"];

/// Syllables of capitals read letter by letter (two to five capitals with no
/// vowel, or a listed initialism).
fn read_as_letters(word: &str) -> Option<usize> {
    let n = word.chars().count();
    let capitals = word.chars().all(|c| c.is_uppercase());
    let no_vowel = !word
        .chars()
        .any(|c| is_vowel_letter(c.to_lowercase().next().unwrap_or(c)));
    (capitals && (2..=5).contains(&n) && (no_vowel || SPELLED_INITIALISMS.contains(&word)))
        .then(|| spelled_letters(&word.to_lowercase()))
}

fn is_vowel_letter(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü'
    )
}

/// What a letter is for syllable counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sound {
    /// `a e o á é ó í ú`: two of them are never in one syllable.
    Strong,
    /// `i u ü` and a vowel `y`: they join a neighbouring vowel.
    Weak,
    /// `h`: silent; vowels on either side may still join (rule 6).
    Silent,
    /// Any other letter, and the silent `u` of `que qui gue gui`.
    Consonant,
}

fn sounds(w: &[char]) -> Vec<Sound> {
    (0..w.len())
        .map(|i| {
            let prev = i.checked_sub(1).map(|j| w[j]);
            let next = w.get(i + 1).copied();
            match w[i] {
                'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Sound::Strong,
                'u' if matches!(prev, Some('q' | 'g'))
                    && matches!(next, Some('e' | 'i' | 'é' | 'í')) =>
                {
                    Sound::Consonant
                }
                'i' | 'u' | 'ü' => Sound::Weak,
                'y' if next.is_some_and(is_vowel_letter) => Sound::Consonant,
                'y' => Sound::Weak,
                'h' => Sound::Silent,
                _ => Sound::Consonant,
            }
        })
        .collect()
}

/// Vowel nuclei of one lower-case word without hyphens (rules 1–6).
fn nuclei(word: &str) -> usize {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let sounds = sounds(&letters);
    // Runs of vowels, joined across a silent `h` between two vowels (rule 6).
    let mut runs: Vec<Vec<Sound>> = Vec::new();
    let mut current: Vec<Sound> = Vec::new();
    for (i, &sound) in sounds.iter().enumerate() {
        match sound {
            Sound::Strong | Sound::Weak => current.push(sound),
            Sound::Silent
                if !current.is_empty()
                    && sounds
                        .get(i + 1)
                        .is_some_and(|s| matches!(s, Sound::Strong | Sound::Weak)) => {}
            _ => {
                if !current.is_empty() {
                    runs.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs.iter()
        .map(|run| run_syllables(run))
        .sum::<usize>()
        .max(1)
}

/// Syllables in one run of adjacent vowels (rules 4 and 5).
fn run_syllables(run: &[Sound]) -> usize {
    let mut count = 1;
    for k in 1..run.len() {
        let hiatus = run[k - 1] == Sound::Strong && run[k] == Sound::Strong;
        let glide_onset = run[k] == Sound::Weak
            && run[k - 1] == Sound::Strong
            && run.get(k + 1) == Some(&Sound::Strong);
        if hiatus || glide_onset {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words with their syllable counts by the Real Academia Española's rules
    /// (syllable breaks shown where they teach a rule).
    const WORD_LIST: &[(&str, usize)] = &[
        // Health words.
        ("medicamento", 5),
        ("medicamentos", 5),
        ("medicina", 4),
        ("naloxona", 4),
        ("buprenorfina", 5),
        ("metadona", 4),
        ("naltrexona", 4),
        ("sobredosis", 4),
        ("opioide", 3), // o-pioi-de
        ("opioides", 3),
        ("opiáceo", 4), // o-piá-ce-o
        ("ayuda", 3),   // a-yu-da
        ("línea", 3),   // lí-ne-a
        ("crisis", 2),
        ("suicidio", 3), // sui-ci-dio
        ("suicida", 3),
        ("emergencia", 4),
        ("emergencias", 4),
        ("tratamiento", 4), // tra-ta-mien-to
        ("recuperación", 5),
        ("respiración", 4),
        ("abstinencia", 4),
        ("dependencia", 4),
        ("sustancia", 3),
        ("trastorno", 3),
        ("consumo", 3),
        ("pastilla", 3),
        ("jeringa", 3),
        ("aguja", 3),     // a-gu-ja: gu before a, the u is heard
        ("inyección", 3), // in-yec-ción
        ("farmacia", 3),
        ("farmacéutico", 5), // far-ma-céu-ti-co
        ("clínica", 3),
        ("teléfono", 4),
        ("familia", 3),
        ("hígado", 3),
        ("náuseas", 3), // náu-se-as
        ("vómito", 3),
        ("fentanilo", 4),
        ("xilacina", 4),
        ("oxígeno", 4),
        ("tóxico", 3),
        ("intoxicación", 5),
        ("kratom", 2),
        ("ansiedad", 3),
        ("seguridad", 4),
        ("peligroso", 4),
        ("esperanza", 4),
        ("apoyo", 3),  // a-po-yo
        ("diario", 2), // dia-rio
        ("sueño", 2),
        ("riesgo", 2),
        ("dolor", 2),
        // Hiatus: two strong vowels, or an accented í/ú.
        ("día", 2),
        ("días", 2),
        ("país", 2),
        ("baúl", 2),
        ("aún", 2),
        ("reúne", 3),
        ("tía", 2),
        ("río", 2),
        ("reír", 2),
        ("oír", 2),
        ("todavía", 4),
        ("policía", 4),
        ("maíz", 2),
        ("oído", 3),
        ("leer", 2),
        ("creer", 2),
        ("poeta", 3),
        ("teatro", 3),
        ("océano", 4),
        ("cooperar", 4),
        ("Israel", 3),
        // Diphthongs and triphthongs.
        ("bien", 1),
        ("puede", 2),
        ("nuevo", 2),
        ("fuerte", 2),
        ("tiempo", 2),
        ("ciudad", 2),  // ciu-dad
        ("cuidado", 3), // cui-da-do
        ("ruido", 2),
        ("huir", 1),
        ("construir", 2),
        ("reunión", 2), // reu-nión
        ("estadounidense", 6),
        ("buey", 1),
        ("Uruguay", 3),
        ("averiguáis", 4),
        ("agua", 2),
        ("antiguo", 3),
        ("cacahuete", 4), // ca-ca-hue-te
        // qu, gu, gü.
        ("que", 1),
        ("quien", 1),
        ("quiero", 2),
        ("química", 3),
        ("guerra", 2),
        ("guía", 2), // guí-a
        ("guion", 1),
        ("seguir", 2),
        ("sigue", 2),
        ("pingüino", 3), // pin-güi-no
        ("vergüenza", 3),
        ("averigüe", 4),
        // y as a vowel at the end, a consonant before a vowel.
        ("y", 1),
        ("hoy", 1),
        ("muy", 1),
        ("ley", 1),
        ("hay", 1),
        ("leyes", 2),
        ("yo", 1),
        ("mayo", 2),
        // h between vowels.
        ("ahora", 3),
        ("alcohol", 3),
        ("búho", 2),
        ("ahí", 2),
        ("prohíbe", 3),
        ("prohibir", 2), // prohi-bir
        ("ahumado", 3),
        ("vehículo", 4),
        ("zanahoria", 4),
        ("hielo", 2),
        ("huevo", 2),
        ("deshielo", 3),
        // Capitals and one-letter words.
        ("Naloxona", 4),
        ("ÁNIMO", 3),
        ("a", 1),
        ("o", 1),
        ("e", 1),
    ];

    #[test]
    fn syllables_match_a_fixed_word_list() {
        assert!(WORD_LIST.len() >= 80, "{} words", WORD_LIST.len());
        let wrong: Vec<String> = WORD_LIST
            .iter()
            .filter(|(w, n)| syllables(w) != *n)
            .map(|(w, n)| format!("{w}: {} (want {n})", syllables(w)))
            .collect();
        assert!(wrong.is_empty(), "wrong syllable counts: {wrong:?}");
    }

    #[test]
    fn abbreviations_numbers_and_initialisms_count_as_read() {
        assert_eq!(syllables("Dr"), 2);
        assert_eq!(syllables("Sra"), 3);
        assert_eq!(syllables("p.ej"), 4);
        assert_eq!(syllables("EE.UU"), 6);
        assert_eq!(syllables("a.m"), 3); // a, eme
        assert_eq!(syllables("VIH"), 4); // ve, i, ha-che
        assert_eq!(syllables("988"), 1);
        assert_eq!(syllables("555-0100"), 1);
        assert_eq!(syllables("clinica.example"), 1);
        assert_eq!(syllables("bien-estar"), 3);
    }
}
