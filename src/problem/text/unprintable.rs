//! The arguments of a message about characters no handout font can print,
//! shared by the clinic profile's checks and the template's.

use crate::fonts::{LISTED_CHARS, Unprintable, UnprintableKind, describe_char};
use crate::problem::text::{Arg, CHAR_PREFIX, ProblemText, phrase_key};

/// The key and arguments of a message about `found` in `who` (see
/// [`PROFILE_UNPRINTABLE`](super::keys::PROFILE_UNPRINTABLE)): the characters as [`Unprintable::message`]
/// lists them, how many more there are, and what kind the first one is, which
/// picks the hint ([`UnprintableKind::id`]).
pub fn unprintable_text(key: &'static str, who: &str, found: &Unprintable) -> ProblemText {
    let listed: Vec<Arg> = found
        .chars
        .iter()
        .take(LISTED_CHARS)
        .map(|&c| {
            let described = describe_char(c);
            // A quoted character reads the same in every language; an
            // invisible one is named, and its name is a phrase.
            if described.contains('“') {
                Arg::Text(described)
            } else {
                Arg::Phrase {
                    key: phrase_key(CHAR_PREFIX, &described),
                    english: described,
                }
            }
        })
        .collect();
    ProblemText::new(key)
        .arg("who", who)
        .arg("count", found.chars.len())
        .arg("chars", Arg::List(listed))
        .arg("more", found.chars.len().saturating_sub(LISTED_CHARS))
        .arg("kind", found.kind().map_or("other", UnprintableKind::id))
}
