//! Turning a language table's patterns into spans: the ways to reach a national
//! line, and patterns whose slots become links.

use crate::compose::resolved::Span;
use crate::helplines::{CrisisRoute, Reach};
use crate::strings::{PrintedWords, fill};

/// How to reach a line, in the language of `words`: "call or text 988".
pub(super) fn reach(words: &PrintedWords, reach: Reach) -> String {
    let (pattern, number) = match reach {
        Reach::Call(number) => (words.reach_call, number),
        Reach::CallOrText(number) => (words.reach_call_or_text, number),
        Reach::CallFreeDayAndNight(number) => (words.reach_call_free_day_and_night, number),
    };
    fill(pattern, &[("number", number)])
}

/// A confirmed extra route to a crisis line, as a sentence in the language of
/// `words`: "In Spanish, call 988 and press 2, or text AYUDA to 988."
pub(super) fn route(words: &PrintedWords, route: CrisisRoute) -> String {
    match route {
        CrisisRoute::Spanish { number, key, word } => fill(
            words.route_spanish,
            &[("number", number), ("key", key), ("word", word)],
        ),
        CrisisRoute::Veterans {
            number,
            key,
            text_to,
        } => fill(
            words.route_veterans,
            &[("number", number), ("key", key), ("text_to", text_to)],
        ),
    }
}

/// `text` with its first letter in capitals, for a phrase that opens a sentence.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The spans of `pattern`: its words as plain text, each `{slot}` replaced by
/// what `slot` returns for the slot's name (a link, a bold name, …). Plain
/// neighbours are joined, so the pages hold the same runs as for the words
/// written out in one piece.
pub(super) fn spans_of(pattern: &str, mut slot: impl FnMut(&str) -> Vec<Span>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        if open > 0 {
            out.push(Span::plain(&rest[..open]));
        }
        out.extend(slot(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Span::plain(rest));
    }
    join_alike(out)
}

/// `spans` with each run of neighbours alike in weight and without a link
/// made one span.
fn join_alike(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match out.last_mut() {
            Some(last) if last.link.is_none() && span.link.is_none() && last.bold == span.bold => {
                last.text.push_str(&span.text);
            }
            _ => out.push(span),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::{EN_US, ES_US};

    #[test]
    fn slots_become_the_spans_given_for_them() {
        let spans = spans_of("the {name} ({reach})", |slot| match slot {
            "name" => vec![Span::plain("Lifeline")],
            _ => vec![Span::link("call 988", "tel:988")],
        });
        let texts: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["the Lifeline (", "call 988", ")"]);
        assert_eq!(spans[1].link.as_deref(), Some("tel:988"));
    }

    #[test]
    fn reach_and_routes_in_both_languages() {
        assert_eq!(reach(&EN_US, Reach::CallOrText("988")), "call or text 988");
        assert_eq!(
            reach(&ES_US, Reach::CallOrText("988")),
            "llame o envíe un mensaje de texto al 988"
        );
        assert_eq!(capitalised("llame al 988"), "Llame al 988");
        let veterans = CrisisRoute::Veterans {
            number: "988",
            key: "1",
            text_to: "838255",
        };
        assert_eq!(
            route(&EN_US, veterans),
            "Veterans, call 988 and press 1, or text 838255."
        );
    }
}
