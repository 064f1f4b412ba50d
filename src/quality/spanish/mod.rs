//! Plain-language and safety checks for Spanish templates (language `es`,
//! `es-US`, `es-419`, …), so that Spanish handouts are held to the same
//! standard as English ones.
//!
//! [`text`] splits Spanish sentences (`¿ ¡ « »`, "p. ej.", "a. m."), reusing the
//! English word splitter; [`syllables`] counts syllables by the spelling rules
//! of the Real Academia Española; [`readability`] scores Fernández-Huerta and
//! Szigriszt-Pazos on the INFLESZ scale (target 55 or more); [`lints`] finds
//! stigmatising and unsafe-suicide wording from the lists in [`word_lists`];
//! [`instructions`] tells an instruction to the reader ("Llame al 911.") from
//! a description, for the PEMAT-P items that need one.
//!
//! [`crate::quality::report::check_template`] and
//! [`crate::quality::pemat::score`] pick these instead of the English ones
//! when [`is_spanish`] says so. The English-only heuristics (passive voice,
//! jargon and unexplained terms) are not run on Spanish text.

pub mod instructions;
pub mod lints;
pub mod readability;
pub mod syllables;
pub mod text;
pub mod word_lists;

/// Whether a template's BCP 47 language tag is Spanish: its primary subtag
/// is `es` ("es", "es-US", "es-419", "ES_mx").
pub fn is_spanish(language_tag: &str) -> bool {
    language_tag
        .trim()
        .split(['-', '_'])
        .next()
        .is_some_and(|primary| primary.eq_ignore_ascii_case("es"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_tags_are_recognised() {
        for tag in ["es", "es-US", "es-419", "ES_mx", " es-MX "] {
            assert!(is_spanish(tag), "{tag}");
        }
        for tag in ["en-US", "est", "eu", "", "pt-BR"] {
            assert!(!is_spanish(tag), "{tag}");
        }
    }
}
