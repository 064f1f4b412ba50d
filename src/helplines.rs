//! National helplines used as fallbacks beneath a clinic's own local services.
//!
//! Only services that `facts.md` Section B lists as confirmed from an official
//! page are here. Every number is time-sensitive: re-check before each release
//! (last checked against the fact base compiled November 2026).
//!
//! These are facts: names as the services call themselves, numbers, and how
//! each line can be reached. The words around them ("call or text 988", "In
//! Spanish, call 988 and press 2") are printed in the handout's language from
//! the tables in [`crate::strings`].

/// The national numbers for one country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NationalLines {
    /// ISO 3166 two-letter code.
    pub country: &'static str,
    /// Emergency services number, e.g. `911`.
    pub emergency: &'static str,
    /// The national crisis line, as the service calls itself.
    pub crisis_name: &'static str,
    /// How the crisis line can be reached.
    pub crisis_reach: Reach,
    /// The crisis line's number for a `tel:` link.
    pub crisis_number: &'static str,
    /// Where to chat with the crisis line online, if confirmed (a web address).
    pub crisis_chat: Option<&'static str>,
    /// Other confirmed routes to the crisis line, e.g. the Spanish and Veterans
    /// options of 988 (facts.md Section B).
    pub crisis_routes: &'static [CrisisRoute],
    /// The national poison line, if confirmed: (name, number as printed).
    pub poison: Option<(&'static str, &'static str)>,
    /// The national treatment referral line, if confirmed: (name, number as printed).
    pub treatment: Option<(&'static str, &'static str)>,
}

/// How a line can be reached, with its number as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// By phone call.
    Call(&'static str),
    /// By phone call or text message to the same number.
    CallOrText(&'static str),
    /// By a free phone call, day or night.
    CallFreeDayAndNight(&'static str),
}

/// A confirmed route to a crisis line for some callers, beyond the main number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrisisRoute {
    /// Crisis support in Spanish: call `number` and press `key`, or text
    /// `word` to `number`.
    Spanish {
        /// The number to call or text.
        number: &'static str,
        /// The key to press after calling.
        key: &'static str,
        /// The word to text.
        word: &'static str,
    },
    /// The line for veterans: call `number` and press `key`, or text `text_to`.
    Veterans {
        /// The number to call.
        number: &'static str,
        /// The key to press after calling.
        key: &'static str,
        /// The number to text.
        text_to: &'static str,
    },
}

/// The confirmed national lines (facts.md Section B).
pub const NATIONAL_LINES: &[NationalLines] = &[
    NationalLines {
        country: "US",
        emergency: "911",
        crisis_name: "988 Suicide & Crisis Lifeline",
        crisis_reach: Reach::CallOrText("988"),
        crisis_number: "988",
        crisis_chat: Some("988lifeline.org"),
        // 988lifeline.org "What to expect", checked 2026-12-02. "Press 3" and
        // "text PRIDE" ended on 17 July 2025 and must never be printed.
        crisis_routes: &[
            CrisisRoute::Spanish {
                number: "988",
                key: "2",
                word: "AYUDA",
            },
            CrisisRoute::Veterans {
                number: "988",
                key: "1",
                text_to: "838255",
            },
        ],
        poison: Some(("Poison Help", "1-800-222-1222")),
        treatment: Some(("SAMHSA National Helpline", "1-800-662-4357")),
    },
    NationalLines {
        country: "CA",
        emergency: "911",
        crisis_name: "9-8-8 Suicide Crisis Helpline",
        crisis_reach: Reach::CallOrText("9-8-8"),
        crisis_number: "988",
        crisis_chat: None,
        crisis_routes: &[],
        poison: Some(("Poison centre", "1-844-764-7669")),
        treatment: None,
    },
    NationalLines {
        country: "GB",
        emergency: "999",
        crisis_name: "Samaritans",
        crisis_reach: Reach::CallFreeDayAndNight("116 123"),
        crisis_number: "116123",
        crisis_chat: None,
        crisis_routes: &[],
        poison: None,
        treatment: None,
    },
    NationalLines {
        country: "IE",
        emergency: "112",
        crisis_name: "Samaritans",
        crisis_reach: Reach::CallFreeDayAndNight("116 123"),
        crisis_number: "116123",
        crisis_chat: None,
        crisis_routes: &[],
        poison: None,
        treatment: None,
    },
    NationalLines {
        country: "AU",
        emergency: "000",
        crisis_name: "Lifeline",
        crisis_reach: Reach::Call("13 11 14"),
        crisis_number: "131114",
        crisis_chat: None,
        crisis_routes: &[],
        poison: Some(("Poisons Information Centre", "13 11 26")),
        treatment: Some(("National Alcohol and Other Drug Hotline", "1800 250 015")),
    },
    NationalLines {
        country: "NZ",
        emergency: "111",
        crisis_name: "Need to talk? 1737",
        crisis_reach: Reach::CallOrText("1737"),
        crisis_number: "1737",
        crisis_chat: None,
        crisis_routes: &[],
        poison: None,
        treatment: None,
    },
];

/// The national lines for a country code (case-insensitive; `UK` means `GB`).
pub fn national_lines(country: &str) -> Option<&'static NationalLines> {
    let code = country.trim().to_ascii_uppercase();
    let code = if code == "UK" { "GB".to_owned() } else { code };
    NATIONAL_LINES.iter().find(|l| l.country == code)
}
