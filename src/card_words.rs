//! The words printed on a wallet card, one table per language.
//!
//! A card is read in a hard moment, long after the handout is gone, so its
//! words are the handout's own, cut short: the overdose steps of the handouts'
//! overdose boxes (facts MO-15, MO-17, MO-18 and MO-19 in
//! `../shared/clinical/facts.md`, as `handouts/moud-medicines.ron` and
//! `handouts/es-US/moud-medicines.ron` print them), the safety plan's parts as
//! the self-harm handouts name them, the help band's "Get help now". No number
//! or organisation is written here: they come from [`crate::helplines`] and
//! the clinic profile. Patterns hold named slots in braces (`{number}`).
//!
//! Kept apart from the handouts' printed words so that it can move into a
//! shared table of printed words as one piece.

/// The words of a wallet card in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct CardWords {
    /// The BCP 47 tag of the language.
    pub language: &'static str,
    /// The PDF's title: `{title}` is the handout's.
    pub document_title: &'static str,
    /// The front's heading.
    pub get_help_now: &'static str,
    /// How to reach the national crisis line: `{reach}` as the line says it
    /// (e.g. "call or text 988"), `{chat}` its chat address.
    pub crisis_with_chat: &'static str,
    /// The same without a chat address.
    pub crisis_without_chat: &'static str,
    /// The 988 route in Spanish: `{key}` to press, `{word}` to text.
    pub spanish_route: &'static str,
    /// Before the emergency number.
    pub emergency: &'static str,
    /// Where the country's emergency number is not known.
    pub emergency_unknown: &'static str,
    /// Before the clinic's own crisis line.
    pub local_crisis: &'static str,
    /// The safety plan's heading on the back.
    pub safety_plan: &'static str,
    /// The safety plan's parts on the card, in the plan's order.
    pub plan_parts: [&'static str; 6],
    /// The overdose box's heading on the back.
    pub overdose: &'static str,
    /// The signs of an overdose.
    pub overdose_signs: &'static str,
    /// The steps: `{emergency}` is the emergency number or
    /// [`CardWords::emergency_unknown_step`].
    pub overdose_steps: [&'static str; 4],
    /// What to call where the emergency number is not known.
    pub emergency_unknown_step: &'static str,
    /// Where the patient keeps naloxone, before a writing line.
    pub naloxone_kept: &'static str,
    /// Before the treatment line.
    pub treatment: &'static str,
}

/// English, in the words of the English handouts.
pub const EN_US: CardWords = CardWords {
    language: "en-US",
    document_title: "Wallet cards: {title}",
    get_help_now: "Get help now",
    crisis_with_chat: "{reach}, or chat at {chat}",
    crisis_without_chat: "{reach}",
    // The Spanish route stays in Spanish's own word for itself: it is read by
    // someone who needs it in Spanish.
    spanish_route: "Español: press {key} or text {word}",
    emergency: "Emergency:",
    emergency_unknown: "In an emergency, call your local emergency number",
    local_crisis: "Crisis line:",
    safety_plan: "My safety plan",
    plan_parts: [
        "My warning signs",
        "Ways I can cope",
        "People I can call",
        "Professionals to call",
        "Making my space safe",
        "My reasons for living",
    ],
    overdose: "If someone may have overdosed",
    overdose_signs: "Signs: will not wake, or breathing is slow, noisy or stopped.",
    overdose_steps: [
        "**Call {emergency}.**",
        "**Give naloxone.** No waking in 2 to 3 minutes? Give a second dose.",
        "**Roll them onto their side** if they are breathing. If not, give rescue breaths if you know how.",
        "**Stay with them** until help comes.",
    ],
    emergency_unknown_step: "your local emergency number",
    naloxone_kept: "I keep my naloxone:",
    treatment: "Treatment:",
};

/// Spanish for the US, in the words and the "usted" of `handouts/es-US/`.
pub const ES_US: CardWords = CardWords {
    language: "es-US",
    document_title: "Tarjetas de bolsillo: {title}",
    get_help_now: "Pida ayuda ahora",
    crisis_with_chat: "{reach}, o escriba por chat en {chat}",
    crisis_without_chat: "{reach}",
    spanish_route: "En español, marque el {key} o envíe {word} por mensaje de texto",
    emergency: "Emergencias:",
    emergency_unknown: "En una emergencia, llame al número de emergencias de su zona",
    local_crisis: "Línea de crisis:",
    safety_plan: "Mi plan de seguridad",
    plan_parts: [
        "Mis señales de alerta",
        "Cómo puedo calmarme",
        "A quién puedo llamar",
        "Profesionales",
        "Mi casa más segura",
        "Mis razones para vivir",
    ],
    overdose: "Si cree que alguien tiene una sobredosis",
    overdose_signs: "Señales: no despierta, o respira lento, con ruido o no respira.",
    overdose_steps: [
        "**Llame al {emergency}.**",
        "**Dé naloxona.** Si no despierta en 2 a 3 minutos, dé otra dosis.",
        "**Ponga a la persona de lado** si respira. Si no, dele respiración de rescate si sabe cómo.",
        "**Quédese con la persona** hasta que llegue ayuda.",
    ],
    emergency_unknown_step: "número de emergencias de su zona",
    naloxone_kept: "Guardo mi naloxona en:",
    treatment: "Tratamiento:",
};

/// Every table, the default language first.
pub const TABLES: [&CardWords; 2] = [&EN_US, &ES_US];

impl CardWords {
    /// The table for the language tag `tag`: its own, or one of the same
    /// primary language (`es-MX` prints with `es-US`), or English.
    pub fn for_language(tag: &str) -> &'static CardWords {
        let primary = |t: &str| {
            t.trim()
                .split(['-', '_'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        TABLES
            .into_iter()
            .find(|t| t.language.eq_ignore_ascii_case(tag.trim()))
            .or_else(|| {
                TABLES
                    .into_iter()
                    .find(|t| primary(t.language) == primary(tag))
            })
            .unwrap_or(&EN_US)
    }
}

/// `pattern` with each `{name}` slot replaced by its value in `values`.
pub fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = pattern.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_finds_its_table_or_english() {
        assert_eq!(CardWords::for_language("es-US").language, "es-US");
        assert_eq!(CardWords::for_language("es-MX").language, "es-US");
        assert_eq!(CardWords::for_language("en-GB").language, "en-US");
        assert_eq!(CardWords::for_language("fr").language, "en-US");
    }

    #[test]
    fn every_table_fills_the_same_slots() {
        for table in TABLES {
            for step in table.overdose_steps.iter().take(1) {
                assert!(step.contains("{emergency}"), "{}", table.language);
            }
            assert!(table.spanish_route.contains("{key}"));
            assert!(table.spanish_route.contains("{word}"));
            assert!(table.document_title.contains("{title}"));
        }
    }
}
