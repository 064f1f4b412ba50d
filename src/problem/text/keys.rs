//! The message keys of the problems the library words for people, one per
//! sentence it can write, and of the reasons it gives for its PEMAT-P
//! judgements. A desk in another language has a message for each
//! (the app's tests check every key here); the arguments each takes are named
//! beside it.

/// The handout's Flesch–Kincaid grade: `grade`, `target`, `max`.
pub const READING_GRADE: &str = "problem-reading-grade";
/// The handout's SMOG grade: `grade`, `max`.
pub const SMOG_GRADE: &str = "problem-smog-grade";
/// One block's grade: `number`, `kind`, `opening`, `grade`, `max`.
pub const BLOCK_READING_GRADE: &str = "problem-block-reading-grade";
/// A Spanish handout's Szigriszt-Pazos score: `score`, `band`, `target`, `floor`.
pub const SPANISH_READING: &str = "problem-spanish-reading";
/// Words that shame or that safe messaging avoids: `found`, `why` (a phrase), `instead`.
pub const WORDING: &str = "problem-wording";
/// "Clean" or "dirty" said of a person or a test: `written`, `instead`.
pub const CLEAN_DIRTY: &str = "problem-clean-dirty";
/// A long sentence: `count`, `sentence`, `max`.
pub const LONG_SENTENCE: &str = "problem-long-sentence";
/// Passive voice: `phrase`, `sentence`.
pub const PASSIVE_VOICE: &str = "problem-passive-voice";
/// A medical word not explained: `written`, `count`, `later` (a block number, 0
/// for none), `plain`.
pub const JARGON: &str = "problem-jargon";
/// A name the handout must use, not explained: as [`JARGON`].
pub const UNEXPLAINED_TERM: &str = "problem-unexplained-term";
/// A clinical block with no source: `number`, `kind`.
pub const UNSOURCED_BLOCK: &str = "problem-unsourced-block";
/// A gap left in a block: `number`, `gap`.
pub const GAP: &str = "problem-gap";
/// An opioid or kratom handout with no naloxone: `topic` (`kratom` or other).
pub const MISSING_NALOXONE: &str = "problem-missing-naloxone";
/// A clinic detail the handout needs and the profile lacks: `value`.
pub const MISSING_PROFILE_VALUE: &str = "problem-missing-profile-value";
/// The same, when the detail is a field of the clinic form: `value`.
pub const MISSING_CLINIC_FIELD: &str = "problem-missing-clinic-field";
/// A self-harm page with no crisis line: `page`, `pages`.
pub const MISSING_CRISIS_CONTACT: &str = "problem-missing-crisis-contact";
/// Too many pages: `pages`, `max`.
pub const TOO_MANY_PAGES: &str = "problem-too-many-pages";
/// A group too tall for one page, split across pages: `group` (a phrase, the
/// kind of group with the prefix `group`), `description`, `pages` ("2–3").
pub const SPLIT_GROUP: &str = "problem-split-group";
/// A wallet card part too big for the card even at its smallest size:
/// `description`, `pages`.
pub const CARD_PART_TOO_BIG: &str = "problem-card-part-too-big";
/// A printed resource never checked: `name`.
pub const RESOURCE_UNCHECKED: &str = "problem-resource-unchecked";
/// A printed resource checked over a year ago: `name`, `date`.
pub const RESOURCE_STALE: &str = "problem-resource-stale";
/// The clinic profile has no clinic name (no arguments).
pub const PROFILE_NAME_EMPTY: &str = "problem-profile-name-empty";
/// The profile's country is not a two-letter code: `country`.
pub const PROFILE_COUNTRY: &str = "problem-profile-country";
/// A resource with no name: `who` (the English place, "resource 2").
pub const PROFILE_RESOURCE_NO_NAME: &str = "problem-profile-resource-no-name";
/// A phone number with characters no phone number has: `who` (the English
/// place), `phone`, `example`.
pub const PROFILE_PHONE_CHARACTERS: &str = "problem-profile-phone-characters";
/// A phone number with too few or too many digits: `who`, `phone`, `count`,
/// `example`.
pub const PROFILE_PHONE_DIGITS: &str = "problem-profile-phone-digits";
/// A web address that is not one: `who`, `url`, `example`.
pub const PROFILE_WEBSITE: &str = "problem-profile-website";
/// Characters no handout font can print, in the clinic form's words: `who`
/// (the English place), `count`, `chars` (a list, at most five: each by code
/// point, quoted, or an invisible one named by a phrase keyed `char-…`),
/// `more` (how many more, 0 for none), `kind` (`invisible`, `emoji`,
/// `east-asian` or `other`: what the first one is, which picks the hint).
pub const PROFILE_UNPRINTABLE: &str = "problem-profile-unprintable";
/// A resource with no `last_checked` date: `who`.
pub const PROFILE_UNCHECKED: &str = "problem-profile-unchecked";
/// A resource last checked over a year ago: `who`, `date`.
pub const PROFILE_STALE: &str = "problem-profile-stale";
/// A resource "last checked" on a date still to come: `who`, `date`.
pub const PROFILE_CHECKED_IN_FUTURE: &str = "problem-profile-checked-in-future";
/// The clinical review is overdue: `date`.
pub const REVIEW_OVERDUE: &str = "problem-review-overdue";
/// A source with no year: `number`.
pub const SOURCE_YEAR_MISSING: &str = "problem-source-year-missing";
/// A source over five years old: `number`, `year`, `checked` (a date, or `none`),
/// `today`.
pub const SOURCE_AGE: &str = "problem-source-age";
/// No national lines for the clinic's country: `country`, `codes`.
pub const NO_NATIONAL_LINES: &str = "problem-no-national-lines";
/// A resource's hours or notes with no Spanish version: `number`, `name`,
/// `field` (`hours` or `notes`), `key`.
pub const UNTRANSLATED_CLINIC_TEXT: &str = "problem-untranslated-clinic-text";
/// The same as [`PROFILE_UNPRINTABLE`] in the quality checks' words (a
/// sentence, capitalised): the same arguments, `who` capitalised.
pub const UNPRINTABLE_TEXT: &str = "problem-unprintable-text";
/// A template field left empty: `field` (`title`, `version`, `audience` or
/// `licence`, as the file spells it).
pub const TEMPLATE_FIELD_EMPTY: &str = "problem-template-field-empty";
/// A template block whose text is empty: `number`, `kind`.
pub const TEMPLATE_EMPTY_TEXT: &str = "problem-template-empty-text";
/// A bulleted or numbered list with no items: `number`, `kind`.
pub const TEMPLATE_NO_ITEMS: &str = "problem-template-no-items";
/// A template block that states clinical content and cites no source:
/// `number`, `kind`.
pub const TEMPLATE_UNSOURCED: &str = "problem-template-unsourced";
/// A block citing a source the template does not list: `number`, `kind`,
/// `cited`, `ids` (the numbers it could cite, or `none`).
pub const TEMPLATE_MISSING_SOURCE: &str = "problem-template-missing-source";
/// `**` never closed in a block: `number`, `kind`.
pub const TEMPLATE_UNCLOSED_BOLD: &str = "problem-template-unclosed-bold";
/// `{` never closed in a block: `number`, `kind`.
pub const TEMPLATE_UNCLOSED_PLACEHOLDER: &str = "problem-template-unclosed-placeholder";
/// A name in braces that is not a placeholder: `number`, `kind`, `name`,
/// `names` (the placeholders there are).
pub const TEMPLATE_UNKNOWN_PLACEHOLDER: &str = "problem-template-unknown-placeholder";
/// A word too long to be one: `number`, `kind`, `count` (its characters),
/// `head` (its first 20).
pub const TEMPLATE_LONG_WORD: &str = "problem-template-long-word";
/// Characters no handout font can print, in a template's block, title or
/// source: as [`PROFILE_UNPRINTABLE`], `who` the English place ("block 3
/// (Paragraph)", "the title").
pub const TEMPLATE_UNPRINTABLE: &str = "problem-template-unprintable";
/// A template id that is not lower-case words joined by hyphens: `id`.
pub const TEMPLATE_BAD_ID: &str = "problem-template-bad-id";
/// A template language that is not a language tag: `language`.
pub const TEMPLATE_LANGUAGE: &str = "problem-template-language";
/// A reading level that is not a target at or below a maximum (no arguments).
pub const TEMPLATE_READING_LEVEL: &str = "problem-template-reading-level";
/// An approved template that does not say who approved it, or when (no
/// arguments).
pub const TEMPLATE_APPROVED_UNNAMED: &str = "problem-template-approved-unnamed";
/// A next review not after the review: `due`, `done` (dates).
pub const TEMPLATE_REVIEW_DATES: &str = "problem-template-review-dates";
/// Two sources with the same number: `number`.
pub const TEMPLATE_SOURCE_TWICE: &str = "problem-template-source-twice";
/// A source with no citation: `number`.
pub const TEMPLATE_SOURCE_NO_CITATION: &str = "problem-template-source-no-citation";
/// A source whose url is not a web address: `number`, `url`.
pub const TEMPLATE_SOURCE_URL: &str = "problem-template-source-url";
/// A template with no blocks (no arguments).
pub const TEMPLATE_NO_BLOCKS: &str = "problem-template-no-blocks";
/// A fill-in asking for no lines or too many: `number`, `kind`, `lines`.
pub const TEMPLATE_FILL_IN_LINES: &str = "problem-template-fill-in-lines";
/// PEMAT-P item 5, active voice: `passive`, `total`.
pub const PEMAT_PASSIVE: &str = "pemat-why-passive";
/// Item 8, short sections: `headings`, `longest`, `max`.
pub const PEMAT_SECTIONS: &str = "pemat-why-sections";
/// Item 9: no headings at all.
pub const PEMAT_NO_HEADINGS: &str = "pemat-why-no-headings";
/// Item 9: `count` headings, none vague.
pub const PEMAT_CLEAR_HEADINGS: &str = "pemat-why-clear-headings";
/// Item 9: the vague `headings`, listed.
pub const PEMAT_VAGUE_HEADINGS: &str = "pemat-why-vague-headings";
/// Item 11: a summary, `part` (`opening`, `callout` or `paragraph`) of
/// `words` words, naming the action in `sentence`.
pub const PEMAT_SUMMARY: &str = "pemat-why-summary";
/// Item 11: `part` names an action but runs to `words` words (`max`).
pub const PEMAT_SUMMARY_LONG: &str = "pemat-why-summary-long";
/// Item 11: no short summary (`max` words).
pub const PEMAT_NO_SUMMARY: &str = "pemat-why-no-summary";
/// Item 20: an action, e.g. `sentence`.
pub const PEMAT_ACTION: &str = "pemat-why-action";
/// Item 20: no action.
pub const PEMAT_NO_ACTION: &str = "pemat-why-no-action";
/// Item 22: numbered steps.
pub const PEMAT_STEPS: &str = "pemat-why-steps";
/// Item 22: no numbered steps.
pub const PEMAT_NO_STEPS: &str = "pemat-why-no-steps";
/// Item 23: no fill-in tool.
pub const PEMAT_NO_TOOL: &str = "pemat-why-no-tool";
/// Item 23: one fill-in, `label`.
pub const PEMAT_ONE_TOOL: &str = "pemat-why-one-tool";
/// Item 23: a fill-in plan of `count` parts, from `first`.
pub const PEMAT_TOOLS: &str = "pemat-why-tools";

/// Every key above.
pub const ALL: &[&str] = &[
    READING_GRADE,
    SMOG_GRADE,
    BLOCK_READING_GRADE,
    SPANISH_READING,
    WORDING,
    CLEAN_DIRTY,
    LONG_SENTENCE,
    PASSIVE_VOICE,
    JARGON,
    UNEXPLAINED_TERM,
    UNSOURCED_BLOCK,
    GAP,
    MISSING_NALOXONE,
    MISSING_PROFILE_VALUE,
    MISSING_CLINIC_FIELD,
    MISSING_CRISIS_CONTACT,
    TOO_MANY_PAGES,
    SPLIT_GROUP,
    CARD_PART_TOO_BIG,
    RESOURCE_UNCHECKED,
    RESOURCE_STALE,
    PROFILE_NAME_EMPTY,
    PROFILE_COUNTRY,
    PROFILE_RESOURCE_NO_NAME,
    PROFILE_PHONE_CHARACTERS,
    PROFILE_PHONE_DIGITS,
    PROFILE_WEBSITE,
    PROFILE_UNPRINTABLE,
    PROFILE_UNCHECKED,
    PROFILE_STALE,
    PROFILE_CHECKED_IN_FUTURE,
    REVIEW_OVERDUE,
    SOURCE_YEAR_MISSING,
    SOURCE_AGE,
    NO_NATIONAL_LINES,
    UNTRANSLATED_CLINIC_TEXT,
    UNPRINTABLE_TEXT,
    TEMPLATE_FIELD_EMPTY,
    TEMPLATE_EMPTY_TEXT,
    TEMPLATE_NO_ITEMS,
    TEMPLATE_UNSOURCED,
    TEMPLATE_MISSING_SOURCE,
    TEMPLATE_UNCLOSED_BOLD,
    TEMPLATE_UNCLOSED_PLACEHOLDER,
    TEMPLATE_UNKNOWN_PLACEHOLDER,
    TEMPLATE_LONG_WORD,
    TEMPLATE_UNPRINTABLE,
    TEMPLATE_BAD_ID,
    TEMPLATE_LANGUAGE,
    TEMPLATE_READING_LEVEL,
    TEMPLATE_APPROVED_UNNAMED,
    TEMPLATE_REVIEW_DATES,
    TEMPLATE_SOURCE_TWICE,
    TEMPLATE_SOURCE_NO_CITATION,
    TEMPLATE_SOURCE_URL,
    TEMPLATE_NO_BLOCKS,
    TEMPLATE_FILL_IN_LINES,
    PEMAT_PASSIVE,
    PEMAT_SECTIONS,
    PEMAT_NO_HEADINGS,
    PEMAT_CLEAR_HEADINGS,
    PEMAT_VAGUE_HEADINGS,
    PEMAT_SUMMARY,
    PEMAT_SUMMARY_LONG,
    PEMAT_NO_SUMMARY,
    PEMAT_ACTION,
    PEMAT_NO_ACTION,
    PEMAT_STEPS,
    PEMAT_NO_STEPS,
    PEMAT_NO_TOOL,
    PEMAT_ONE_TOOL,
    PEMAT_TOOLS,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_key_once() {
        let source = include_str!("keys.rs");
        let declared = source
            .lines()
            .filter(|l| l.starts_with("pub const ") && l.contains(": &str ="))
            .count();
        assert_eq!(declared, ALL.len(), "every key is in ALL");
        let mut keys = ALL.to_vec();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL.len(), "no key twice");
        assert!(
            ALL.iter()
                .all(|k| k.starts_with("problem-") || k.starts_with("pemat-why-"))
        );
    }
}
