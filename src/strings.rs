//! The words Handout Desk prints itself, one table per language.
//!
//! A template carries its own words; everything around them (the DRAFT and
//! EXAMPLE marks, the help band, "Page N of M", the footer's review line, the
//! sentences that fill `{crisis_line}` and the other national-line
//! placeholders) comes from the table of the template's language, so a Spanish
//! handout prints no English but the services' own names. A Spanish table's
//! words follow the Spanish handouts: "usted", "Llame al …", "Fuentes".
//!
//! Patterns hold named slots in braces (`{number}`), filled by [`fill`] or, where
//! a slot becomes a link, split by `compose`.

/// The language a bare handout id means, and of sign-offs saved before
/// handouts came in several languages.
pub const DEFAULT_LANGUAGE: &str = "en-US";

/// The words printed around a handout's own text, in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct PrintedWords {
    /// The BCP 47 tag of the language.
    pub language: &'static str,
    /// The language's name in itself, e.g. "Español".
    pub language_name: &'static str,
    /// At the top of every page of a handout not approved where it is printed.
    pub draft_mark: &'static str,
    /// On every page printed with the example clinic's made-up details.
    pub example_mark: &'static str,
    /// The page number at the foot of each page: `{page}`, `{total}`.
    pub page_of: &'static str,
    /// Between the title and the clinic's name in the running header.
    pub header_separator: &'static str,
    /// The usual heading of the source list (the template sets its own; the
    /// shipped ones use this).
    pub sources: &'static str,
    /// The hope sentence that opens a self-harm handout's help band.
    pub hope: &'static str,
    /// Opens the crisis help band.
    pub get_help_now: &'static str,
    /// Before the emergency number in the help band.
    pub emergency_label: &'static str,
    /// The help band's last part where the country's emergency number is unknown.
    pub emergency_unknown: &'static str,
    /// The overdose help band's first part: `{number}` is the emergency number.
    pub overdose: &'static str,
    /// The overdose help band's first part where the emergency number is unknown.
    pub overdose_number_unknown: &'static str,
    /// Before the treatment line in the overdose help band.
    pub treatment_label: &'static str,
    /// The footer's review part for a draft.
    pub review_draft: &'static str,
    /// The footer's review part once approved: `{date}`.
    pub review_approved: &'static str,
    /// The footer's review part of an approved clinic adaptation: `{clinic}`,
    /// `{title}`, `{version}`, `{date}`.
    pub review_adapted: &'static str,
    /// The self-harm topic's name, for the PDF's keywords and subject.
    pub topic_self_harm: &'static str,
    /// The opioid use disorder topic's name.
    pub topic_opioid_use_disorder: &'static str,
    /// The kratom topic's name.
    pub topic_kratom: &'static str,
    /// The name of any other topic.
    pub topic_other: &'static str,
    /// The PDF's subject: `{topic}`.
    pub document_subject: &'static str,
    /// `{emergency}` where the country's emergency number is unknown.
    pub emergency_fallback: &'static str,
    /// `{crisis_line}`: `{name}` of the line and how to `{reach}` it.
    pub crisis_line: &'static str,
    /// `{crisis_line}` where the country has no confirmed line.
    pub crisis_line_fallback: &'static str,
    /// `{crisis_options}` where the country has no confirmed line.
    pub crisis_options_fallback: &'static str,
    /// Added to the crisis options when the line has a chat: `{chat}`.
    pub crisis_chat: &'static str,
    /// `{poison_line}` where the country has no confirmed poison line.
    pub poison_fallback: &'static str,
    /// `{treatment_line}`: `{name}` and `{number}`.
    pub treatment_line: &'static str,
    /// `{treatment_line}` where the country has no confirmed treatment line.
    pub treatment_fallback: &'static str,
    /// A local resource's phone: `{phone}`.
    pub resource_call: &'static str,
    /// Under the title: `{clinic}`.
    pub given_by: &'static str,
    /// How to reach a line by phone: `{number}`.
    pub reach_call: &'static str,
    /// How to reach a line by phone or text: `{number}`.
    pub reach_call_or_text: &'static str,
    /// How to reach a free line open day and night: `{number}`.
    pub reach_call_free_day_and_night: &'static str,
    /// The crisis line's Spanish route: `{number}`, `{key}`, `{word}`.
    pub route_spanish: &'static str,
    /// The crisis line's route for veterans: `{number}`, `{key}`, `{text_to}`.
    pub route_veterans: &'static str,
    /// The words of the wallet card.
    pub card: CardWords,
}

/// The words printed on a wallet card, in one language.
///
/// A card is read in a hard moment, long after the handout is gone, so its
/// words are the handout's own, cut short: the overdose steps of the handouts'
/// overdose boxes (facts MO-15, MO-17, MO-18 and MO-19 in
/// `../shared/clinical/facts.md`, as `handouts/moud-medicines.ron` and
/// `handouts/es-US/moud-medicines.ron` print them), the safety plan's parts as
/// the self-harm handouts name them, the help band's "Get help now". No number
/// or organisation is written here: they come from [`crate::helplines`] and
/// the clinic profile.
#[derive(Debug, PartialEq, Eq)]
pub struct CardWords {
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

/// English, as the shipped English handouts print it.
pub const EN_US: PrintedWords = PrintedWords {
    language: "en-US",
    language_name: "English",
    draft_mark: "DRAFT — not yet approved for patient use",
    example_mark: "EXAMPLE — not a real clinic",
    page_of: "Page {page} of {total}",
    header_separator: " · ",
    sources: "Sources",
    hope: "You are not alone, and help works.",
    get_help_now: "Get help now:",
    emergency_label: "Emergency:",
    emergency_unknown: "in an emergency, call your local emergency number",
    overdose: "Overdose? Call {number} and give naloxone",
    overdose_number_unknown: "Overdose? Call your local emergency number and give naloxone",
    treatment_label: "Treatment:",
    review_draft: "Draft: not yet clinically reviewed",
    review_approved: "Clinically reviewed {date}",
    review_adapted: "Adapted by {clinic} from {title} v{version}, approved {date}",
    topic_self_harm: "Self-harm",
    topic_opioid_use_disorder: "Opioid use disorder",
    topic_kratom: "Kratom",
    topic_other: "Other",
    document_subject: "{topic} — patient handout",
    emergency_fallback: "your local emergency number",
    crisis_line: "the {name} ({reach})",
    crisis_line_fallback: "a local crisis line",
    crisis_options_fallback: "Ask your care team for the crisis line where you live.",
    crisis_chat: ", or chat at {chat}",
    poison_fallback: "a poison center",
    treatment_line: "the {name} ({number})",
    treatment_fallback: "your clinic",
    resource_call: "Call {phone}",
    given_by: "From {clinic}",
    reach_call: "call {number}",
    reach_call_or_text: "call or text {number}",
    reach_call_free_day_and_night: "call {number}, free, day or night",
    route_spanish: "In Spanish, call {number} and press {key}, or text {word} to {number}.",
    route_veterans: "Veterans, call {number} and press {key}, or text {text_to}.",
    card: CardWords {
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
    },
};

/// Spanish for the US, in the words and the "usted" of the Spanish handouts
/// (`handouts/es-US/`): "Llame al 911", "Fuentes", "No está solo ni sola".
pub const ES_US: PrintedWords = PrintedWords {
    language: "es-US",
    language_name: "Español",
    draft_mark: "BORRADOR: todavía no está aprobado para pacientes",
    example_mark: "EJEMPLO: no es una clínica real",
    page_of: "Página {page} de {total}",
    header_separator: " · ",
    sources: "Fuentes",
    hope: "No está solo ni sola, y la ayuda sirve.",
    get_help_now: "Pida ayuda ahora:",
    emergency_label: "Emergencias:",
    emergency_unknown: "en una emergencia, llame al número de emergencias de su zona",
    overdose: "¿Sobredosis? Llame al {number} y dé naloxona",
    overdose_number_unknown: "¿Sobredosis? Llame al número de emergencias de su zona y dé naloxona",
    treatment_label: "Tratamiento:",
    review_draft: "Borrador: todavía sin revisión clínica",
    review_approved: "Revisión clínica: {date}",
    review_adapted: "Adaptado por {clinic} de {title} v{version}, aprobado el {date}",
    topic_self_harm: "Autolesión",
    topic_opioid_use_disorder: "Trastorno por consumo de opioides",
    topic_kratom: "Kratom",
    topic_other: "Otro tema",
    document_subject: "{topic}: folleto para pacientes",
    emergency_fallback: "número de emergencias de su zona",
    crisis_line: "la {name} ({reach})",
    crisis_line_fallback: "una línea de crisis de su zona",
    crisis_options_fallback: "Pregunte a su equipo de salud por la línea de crisis de su zona.",
    crisis_chat: ", o escriba por chat en {chat}",
    poison_fallback: "un centro de toxicología",
    treatment_line: "la {name} ({number})",
    treatment_fallback: "su clínica",
    resource_call: "Llame al {phone}",
    given_by: "De parte de {clinic}",
    reach_call: "llame al {number}",
    reach_call_or_text: "llame o envíe un mensaje de texto al {number}",
    reach_call_free_day_and_night: "llame gratis al {number}, de día o de noche",
    route_spanish: "En español, llame al {number} y marque el {key}, o envíe {word} por mensaje de texto al {number}.",
    route_veterans: "Si es veterano o veterana, llame al {number} y marque el {key}, o envíe un mensaje de texto al {text_to}.",
    card: CardWords {
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
    },
};

/// Every table, the default language first.
pub const TABLES: [&PrintedWords; 2] = [&EN_US, &ES_US];

impl PrintedWords {
    /// The table for the language tag `tag`: its own, or one of the same
    /// primary language (`es-MX` prints with `es-US`), or English.
    pub fn for_language(tag: &str) -> &'static PrintedWords {
        let exact = TABLES
            .into_iter()
            .find(|t| t.language.eq_ignore_ascii_case(tag.trim()));
        let primary = primary_language(tag);
        exact
            .or_else(|| {
                TABLES
                    .into_iter()
                    .find(|t| primary_language(t.language) == primary)
            })
            .unwrap_or(&EN_US)
    }

    /// "Page 2 of 3" in this language.
    pub fn page_of(&self, page: usize, total: usize) -> String {
        fill(
            self.page_of,
            &[("page", &page.to_string()), ("total", &total.to_string())],
        )
    }
}

/// `pattern` with each `{name}` slot replaced by its value in `values`; a slot
/// without a value stays as written, so a mistake shows on the page in review.
pub fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = pattern.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The primary language of a BCP 47 tag, lower case: `es` for `es-US`.
pub fn primary_language(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The name of the language of `tag` in itself ("English", "Español"), for
/// lists and messages; the tag itself for a language without a table.
pub fn language_name(tag: &str) -> &str {
    let primary = primary_language(tag);
    TABLES
        .into_iter()
        .find(|t| primary_language(t.language) == primary)
        .map_or(tag, |t| t.language_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_finds_its_table_or_its_primary_language_or_english() {
        assert_eq!(PrintedWords::for_language("es-US").language, "es-US");
        assert_eq!(PrintedWords::for_language("ES-us").language, "es-US");
        assert_eq!(PrintedWords::for_language("es-MX").language, "es-US");
        assert_eq!(PrintedWords::for_language("en-GB").language, "en-US");
        assert_eq!(PrintedWords::for_language("fr-FR").language, "en-US");
    }

    #[test]
    fn pages_are_numbered_in_the_handout_s_language() {
        assert_eq!(EN_US.page_of(2, 3), "Page 2 of 3");
        assert_eq!(ES_US.page_of(2, 3), "Página 2 de 3");
    }

    #[test]
    fn fill_replaces_every_slot_even_twice() {
        assert_eq!(
            fill(
                EN_US.route_spanish,
                &[("number", "988"), ("key", "2"), ("word", "AYUDA")]
            ),
            "In Spanish, call 988 and press 2, or text AYUDA to 988."
        );
    }

    #[test]
    fn language_names() {
        assert_eq!(language_name("en-US"), "English");
        assert_eq!(language_name("es"), "Español");
        assert_eq!(language_name("fr-FR"), "fr-FR");
        assert_eq!(primary_language(" es-US "), "es");
    }
}
