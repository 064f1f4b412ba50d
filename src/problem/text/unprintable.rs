//! The arguments of a message about characters no handout font can print,
//! shared by the clinic profile's checks and the template's.

use crate::fonts::{Unprintable, describe_char, unprintable_hint};
use crate::problem::text::{Arg, CHAR_PREFIX, ProblemText, phrase_key};

/// How many characters [`Unprintable::message`] lists before "and N more".
const LISTED_CHARS: usize = 5;

/// The key and arguments of a message about `found` in `who` (see
/// [`PROFILE_UNPRINTABLE`](super::keys::PROFILE_UNPRINTABLE)): the characters as [`Unprintable::message`]
/// lists them, how many more there are, and what kind the first one is, which
/// picks the hint.
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
        .arg("kind", unprintable_kind(found))
}

/// What the first of `found`'s characters is, as the messages' hints choose
/// between them: `invisible`, `emoji`, `east-asian` or `other`. The fonts say
/// it by their hint alone, so this asks which of their hints it is.
fn unprintable_kind(found: &Unprintable) -> &'static str {
    let hint = found.hint();
    [
        ('\u{200B}', "invisible"),
        ('😀', "emoji"),
        ('中', "east-asian"),
    ]
    .into_iter()
    .find(|&(example, _)| unprintable_hint(example) == hint)
    .map_or("other", |(_, kind)| kind)
}
