//! National helplines used as fallbacks beneath a clinic's own local services.
//!
//! Only services that `facts.md` Section B lists as confirmed from an official
//! page are here. Every number is time-sensitive: re-check before each release
//! (last checked against the fact base compiled November 2026).

/// The national numbers for one country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NationalLines {
    /// ISO 3166 two-letter code.
    pub country: &'static str,
    /// Emergency services number, e.g. `911`.
    pub emergency: &'static str,
    /// The national crisis line, as printed.
    pub crisis_name: &'static str,
    /// How to reach the crisis line, as printed, e.g. "call or text 988".
    pub crisis_how: &'static str,
    /// The crisis line's number for a `tel:` link.
    pub crisis_number: &'static str,
    /// Where to chat with the crisis line online, if confirmed (a web address).
    pub crisis_chat: Option<&'static str>,
    /// Other confirmed routes to the crisis line, each a sentence as printed,
    /// e.g. the Spanish and Veterans options of 988 (facts.md Section B).
    pub crisis_routes: &'static [&'static str],
    /// The national poison line, if confirmed: (name, number as printed).
    pub poison: Option<(&'static str, &'static str)>,
    /// The national treatment referral line, if confirmed: (name, number as printed).
    pub treatment: Option<(&'static str, &'static str)>,
}

/// The confirmed national lines (facts.md Section B).
pub const NATIONAL_LINES: &[NationalLines] = &[
    NationalLines {
        country: "US",
        emergency: "911",
        crisis_name: "988 Suicide & Crisis Lifeline",
        crisis_how: "call or text 988",
        crisis_number: "988",
        crisis_chat: Some("988lifeline.org"),
        // 988lifeline.org "What to expect", checked 2026-12-02. "Press 3" and
        // "text PRIDE" ended on 17 July 2025 and must never be printed.
        crisis_routes: &[
            "In Spanish, call 988 and press 2, or text AYUDA to 988.",
            "Veterans, call 988 and press 1, or text 838255.",
        ],
        poison: Some(("Poison Help", "1-800-222-1222")),
        treatment: Some(("SAMHSA National Helpline", "1-800-662-4357")),
    },
    NationalLines {
        country: "CA",
        emergency: "911",
        crisis_name: "9-8-8 Suicide Crisis Helpline",
        crisis_how: "call or text 9-8-8",
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
        crisis_how: "call 116 123, free, day or night",
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
        crisis_how: "call 116 123, free, day or night",
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
        crisis_how: "call 13 11 14",
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
        crisis_how: "call or text 1737",
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
