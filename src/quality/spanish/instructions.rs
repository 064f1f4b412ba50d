//! Whether a Spanish sentence tells the reader to do something, for the
//! PEMAT-P items that need an instruction (11, a summary naming the key
//! action, and 20, a clear action): the Spanish counterpart of
//! [`crate::quality::pemat::is_instruction`], which knows only English verbs.
//!
//! Handouts speak to the reader as "usted", so an instruction starts with an
//! usted imperative from [`ACTION_VERBS`] ("Llame al 911.", "Dé naloxona."):
//! - after "no" and object pronouns ("No la mastique"), or an opener such as
//!   "nunca", "luego", "o", "mejor" ("O vaya a una sala de emergencias");
//! - after a condition or purpose ending in a comma ("Si no despierta, dé otra
//!   dosis.", "Para encontrar tratamiento, llame…");
//! - with enclitic pronouns ("Dígale", "Póngala", "Quédese"), which are taken
//!   off: a written accent on an imperative that has them is what marks them.
//!
//! A sentence led by an infinitive from [`ACTION_INFINITIVES`] ("Llamar al
//! 911.") counts too, and so does one from [`NEGATED_ACTION_INFINITIVES`]
//! after "no" ("No mezclar con alcohol."), unless the infinitive is the
//! subject of a statement ("Dejar el medicamento de golpe es arriesgado"),
//! which a finite verb from [`SUBJECT_INFINITIVE_VERBS`] after it shows. As
//! in English, these heuristics lean towards "not an instruction" when unsure:
//! a missed instruction only lowers the score.

use crate::quality::spanish::lints::fold;
use crate::quality::spanish::word_lists::{
    ACCENTED_ACTION_VERBS, ACTION_INFINITIVES, ACTION_VERBS, CLITICS, ENCLITICS,
    INSTRUCTION_CONDITIONS, INSTRUCTION_OPENERS, NEGATED_ACTION_INFINITIVES,
    SUBJECT_INFINITIVE_VERBS,
};
use crate::quality::text::words;

/// Whether folded `word` is in `list` (compared folded).
fn listed(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| fold(w) == word)
}

/// `word` (lower case, as written) without enclitic pronouns, folded: the
/// bare imperative or infinitive. Pronouns are taken off an imperative only
/// when it carries a written accent ("dígale", not "hable"), and off an
/// infinitive when an `r` is left ("quedarse", "dárselo").
fn bare(word: &str) -> String {
    let folded = fold(word);
    let accented = folded != word;
    for enclitic in ENCLITICS {
        // Two pronouns at most: "dígaselo" is "diga" + "selo".
        let Some(stem) = folded.strip_suffix(enclitic) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        if stem.ends_with('r') || accented {
            return stem.to_owned();
        }
    }
    folded
}

/// Whether `word`, as written, is an usted imperative that starts an instruction.
fn is_action_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    ACCENTED_ACTION_VERBS.contains(&lower.as_str())
        || listed(&fold(&lower), ACTION_VERBS)
        || listed(&bare(&lower), ACTION_VERBS)
}

/// Whether `word` is an infinitive that can start an instruction, after
/// "no" when `negated`.
fn is_action_infinitive(word: &str, negated: bool) -> bool {
    let bare = bare(&word.to_lowercase());
    bare.ends_with('r')
        && (listed(&bare, ACTION_INFINITIVES)
            || (negated && listed(&bare, NEGATED_ACTION_INFINITIVES)))
}

/// Whether a Spanish sentence tells the reader to do something (see the
/// module documentation).
pub fn is_instruction(sentence: &str) -> bool {
    let sentence = sentence.trim();
    if starts_instruction(sentence) {
        return true;
    }
    // After a condition the instruction follows one of its commas: "Si no
    // despierta, dé …", "Si puede haber xilacina («tranq», un medicamento
    // para animales), dé …".
    let opens_condition = words(sentence)
        .first()
        .is_some_and(|w| listed(&fold(&w.to_lowercase()), INSTRUCTION_CONDITIONS));
    opens_condition
        && sentence
            .match_indices(',')
            .any(|(i, _)| starts_instruction(&sentence[i + 1..]))
}

/// Whether `text` starts with an instruction: openers and object pronouns,
/// then an usted imperative or an instruction's infinitive.
fn starts_instruction(text: &str) -> bool {
    let words = words(text);
    let folded = |i: usize| fold(&words[i].to_lowercase());
    let mut i = 0;
    let mut negated = false;
    while i < words.len() && listed(&folded(i), INSTRUCTION_OPENERS) {
        negated |= matches!(folded(i).as_str(), "no" | "nunca" | "jamas");
        i += 1;
    }
    while i > 0 && i < words.len() && listed(&folded(i), CLITICS) {
        i += 1;
    }
    let Some(verb) = words.get(i) else {
        return false;
    };
    if is_action_verb(verb) {
        return true;
    }
    if !is_action_infinitive(verb, negated) {
        return false;
    }
    // "Preguntar no le da la idea", "Dejar … es arriesgado": a statement.
    let after = &words[i + 1..];
    let next_is_no = after.first().is_some_and(|w| fold(w) == "no");
    !next_is_no
        && !after
            .iter()
            .any(|w| listed(&fold(&w.to_lowercase()), SUBJECT_INFINITIVE_VERBS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usted_imperatives_are_instructions() {
        for s in [
            "Llame al 911.",
            "Dé naloxona.",
            "Lleve naloxona con usted.",
            "Pregunte a su médico.",
            "Guarde su medicamento con llave.",
            "Vaya a la sala de emergencias.",
            "Hable con su equipo de salud.",
            "No tome más metadona.",
            "Quédese con la persona hasta que llegue ayuda.",
            "Pida ayuda para dejarlo.",
            "Busque un programa en FindTreatment.gov.",
            "Acuda a su próxima cita.",
            "Use equipo nuevo cada vez.",
            "Deje la película debajo de la lengua.",
            "Empiece el tratamiento.",
            "Actúe como si fuera una sobredosis:",
            "Escuche sin juzgar.",
            "Mantenga la calma.",
            "Trate de no usar drogas sin compañía.",
            "Envíe AYUDA al 988.",
        ] {
            assert!(is_instruction(s), "{s}");
        }
    }

    #[test]
    fn pronouns_openers_and_conditions_are_looked_past() {
        for s in [
            // Enclitic pronouns, marked by the written accent.
            "Dígale a su médico que usa kratom.",
            "Dígaselo a su médico.",
            "Póngala debajo de la lengua.",
            "Déjela ahí hasta que se deshaga.",
            "Pregúntele directamente.",
            "Ayúdele a comunicarse con la línea de crisis.",
            "Cuídese usted también.",
            "Tráguelo.",
            "Hágalo con su equipo de salud.",
            // "No", object pronouns and openers.
            "No la mastique, no la trague y no la mueva.",
            "No le exija que deje de hacerlo de una vez.",
            "Nunca use muchos opioides para vencer a la naltrexona.",
            "Luego tome un sorbo grande de agua.",
            "O vaya a una sala de emergencias.",
            "Mejor dígale a la clínica cómo se siente.",
            "¡Llame ahora!",
            "«Llame al 988».",
            // Conditions and purposes before a comma.
            "Si no despierta en 2 a 3 minutos, dé otra dosis.",
            "Si los usa, dígaselo a su médico.",
            "Aunque todavía sienta abstinencia, no use más metadona.",
            "Para encontrar tratamiento cerca de usted, llame a la línea.",
            "Cuando las cosas se pongan difíciles, siga los pasos en orden.",
            "Si puede haber xilacina («tranq», un medicamento para animales), dé naloxona.",
            "Aun así, no use más metadona.",
        ] {
            assert!(is_instruction(s), "{s}");
        }
    }

    #[test]
    fn infinitive_led_instructions_count_but_infinitive_subjects_do_not() {
        for s in [
            "Llamar al 911.",
            "No mezclar con alcohol.",
            "No dejar al alcance de los niños.",
            "Nunca usar sin compañía.",
            "Guardar con llave, lejos de los niños.",
            "Llamar al 911 si la persona no despierta.",
            "Pedirle a alguien de confianza que le acompañe.",
        ] {
            assert!(is_instruction(s), "{s}");
        }
        for s in [
            "Dejar el medicamento de golpe es arriesgado.",
            "Seguir con metadona o buprenorfina baja el riesgo de morir.",
            "Hablar del suicidio puede salvar una vida.",
            "Preguntar no le da la idea.",
            "Llamar puede salvar una vida.",
            "Poner tiempo y distancia entre usted y las cosas que hacen daño salva vidas.",
            // An infinitive naming a situation in a list, not an instruction.
            "Dejar su medicamento, o saltarse dosis.",
            "Usar kratom todos los días.",
            "Tomar más de lo recetado.",
        ] {
            assert!(!is_instruction(s), "{s}");
        }
    }

    #[test]
    fn descriptions_and_questions_are_not_instructions() {
        for s in [
            "El kratom es un árbol del sudeste de Asia.",
            "La naloxona puede revertir una sobredosis de opioides.",
            "Si usa kratom, su hígado puede sufrir.",
            "De 7 a 14 días, por lo general.",
            "De todos modos, hay ayuda.",
            "¿Tiene dudas?",
            "Su médico le dirá cuándo tomar la primera dosis.",
            "Muchas personas pueden empezar el tratamiento el mismo día.",
            "Hable",
            "En Estados Unidos, las farmacias venden algunos aerosoles sin receta.",
            "Se vende en polvo, cápsulas y tabletas.",
            "Así funcionan estos medicamentos.",
            "Si la toma muy pronto, después de otros opioides, puede tener abstinencia.",
            "Las reglas cambian de un estado a otro.",
        ] {
            let expected = s == "Hable";
            assert_eq!(is_instruction(s), expected, "{s}");
        }
    }

    #[test]
    fn enclitics_are_taken_off_only_where_spelling_marks_them() {
        assert_eq!(bare("dígaselo"), "diga");
        assert_eq!(bare("póngala"), "ponga");
        assert_eq!(bare("quédese"), "quede");
        assert_eq!(bare("quedarse"), "quedar");
        assert_eq!(bare("dárselo"), "dar");
        // No accent, no enclitic: "hable" is not "hab" + "le".
        assert_eq!(bare("hable"), "hable");
        assert_eq!(bare("llame"), "llame");
    }
}
