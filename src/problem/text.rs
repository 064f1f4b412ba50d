//! A problem's words as a message key and named arguments, beside its English.
//!
//! The library writes every problem in English (the command line prints that,
//! unchanged). A screen in another language cannot translate a finished
//! sentence, so a problem can also carry a [`ProblemText`]: a stable key, such
//! as `problem-long-sentence`, and the values the sentence is made of (a
//! count, a quoted word, a name). The desk app looks the key up in its
//! language's message files and fills in the arguments; a key it has no
//! message for shows the English text instead. The keys are in [`keys`].

pub mod keys;
mod unprintable;

pub use unprintable::unprintable_text;

/// One value a problem's sentence is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is: a quoted word or sentence, a name, a date, a number
    /// already written out (`12.3`).
    Text(String),
    /// A whole number, which may also pick a plural form.
    Number(i64),
    /// A phrase of its own that a language translates (the reason a word
    /// shames, say): its message key and its English.
    Phrase {
        /// The phrase's message key, e.g. `why-a-slur-that-shames-the-reader`.
        key: String,
        /// The phrase in English, for a language that has no message for it.
        english: String,
    },
    /// Several values in a row, each as its own kind says, joined by ", ":
    /// the characters a message lists, some of them named by a phrase.
    List(Vec<Arg>),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

/// A fractional number is written out as Rust's `{}` writes it (`12`, `7.5`),
/// so the English message and the translated one show the same figure.
impl From<f32> for Arg {
    fn from(x: f32) -> Self {
        Arg::Text(x.to_string())
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Self {
        Arg::Number(i64::from(n))
    }
}

/// A problem's message as a key and its named arguments. The hint, when the
/// problem has one, is the same key's `hint` attribute, with the same arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemText {
    /// The message key, one of [`keys::ALL`].
    pub key: &'static str,
    /// The arguments by name, as the message writes them (`{ $count }`).
    pub args: Vec<(&'static str, Arg)>,
}

impl ProblemText {
    /// The message `key` with no arguments yet.
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// Adds argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Adds argument `name` as a reason to translate (see [`Arg::Phrase`]),
    /// keyed by [`phrase_key`] of its English with the prefix `why`.
    pub fn phrase(self, name: &'static str, english: &str) -> Self {
        self.phrase_in(name, "why", english)
    }

    /// Adds argument `name` as a phrase to translate, keyed by
    /// [`phrase_key`]`(prefix, english)`: the name of a kind of block
    /// (`kind-paragraph`) or of a layout group (`group-steps-list`), say.
    pub fn phrase_in(mut self, name: &'static str, prefix: &str, english: &str) -> Self {
        self.args.push((
            name,
            Arg::Phrase {
                key: phrase_key(prefix, english),
                english: english.to_owned(),
            },
        ));
        self
    }

    /// Adds argument `name` as the name of a kind of template block, as
    /// [`Block::kind_name`] writes it (`Paragraph`, `FillIn`): a phrase keyed
    /// `kind-paragraph`, `kind-fillin` (see [`BLOCK_KIND_PREFIX`]).
    ///
    /// [`Block::kind_name`]: crate::template::Block::kind_name
    pub fn block_kind(self, name: &'static str, kind_name: &str) -> Self {
        self.phrase_in(name, BLOCK_KIND_PREFIX, kind_name)
    }
}

/// The prefix of the message keys that name a kind of template block
/// (`kind-paragraph`); see [`ProblemText::block_kind`].
pub const BLOCK_KIND_PREFIX: &str = "kind";

/// The prefix of the message keys that name a character by its code point
/// and name (`char-u-200d-zero-width-joiner`), for the invisible characters
/// a message cannot show by quoting them.
pub const CHAR_PREFIX: &str = "char";

/// The prefix of the message keys that name a kind of layout group
/// (`group-urgent-box`), the phrase a split-group warning is worded with.
pub const GROUP_PREFIX: &str = "group";

/// The message key of an English phrase: `prefix` and its words, lower case,
/// joined by hyphens ("labels people by a behaviour" with prefix `why` is
/// `why-labels-people-by-a-behaviour`). The same phrase always has the same
/// key, so the word lists keep their plain English and a reviewer who edits a
/// reason sees its translation go missing in the tests, not on screen.
pub fn phrase_key(prefix: &str, english: &str) -> String {
    let mut key = prefix.to_owned();
    for word in english
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        key.push('-');
        key.push_str(&word.to_lowercase());
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_key_is_its_words_in_lower_case() {
        assert_eq!(
            phrase_key("why", "\"abuse\" words blame the person; and raise stigma"),
            "why-abuse-words-blame-the-person-and-raise-stigma"
        );
        let text = ProblemText::new(keys::LONG_SENTENCE)
            .arg("count", 23usize)
            .phrase("why", "a slur");
        assert_eq!(text.args[0], ("count", Arg::Number(23)));
        assert!(
            matches!(&text.args[1].1, Arg::Phrase { key, .. } if key == "why-a-slur"),
            "{text:?}"
        );
    }
}
