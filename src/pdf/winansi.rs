//! PDF's `WinAnsiEncoding` (ISO 32000-1, Annex D.2): Windows-1252 with glyph names.
//!
//! A simple TrueType font with this encoding needs no `/ToUnicode` map: a reader
//! turns each one-byte code into its glyph name and the name into Unicode (9.10.2),
//! and finds the glyph through the program's (3,1) `cmap` (9.6.6.4). Every character
//! the handouts draw today, English and Spanish (á é í ó ú ü ñ ¿ ¡, “ ” ‘ ’ – — • · …),
//! has a code here.

/// Windows-1252 at 0x80..=0x9F, where it differs from Latin-1; `None` for the
/// five codes WinAnsiEncoding leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
const HIGH: [Option<char>; 32] = [
    Some('\u{20AC}'), // Euro
    None,
    Some('\u{201A}'), // quotesinglbase
    Some('\u{0192}'), // florin
    Some('\u{201E}'), // quotedblbase
    Some('\u{2026}'), // ellipsis
    Some('\u{2020}'), // dagger
    Some('\u{2021}'), // daggerdbl
    Some('\u{02C6}'), // circumflex
    Some('\u{2030}'), // perthousand
    Some('\u{0160}'), // Scaron
    Some('\u{2039}'), // guilsinglleft
    Some('\u{0152}'), // OE
    None,
    Some('\u{017D}'), // Zcaron
    None,
    None,
    Some('\u{2018}'), // quoteleft
    Some('\u{2019}'), // quoteright
    Some('\u{201C}'), // quotedblleft
    Some('\u{201D}'), // quotedblright
    Some('\u{2022}'), // bullet
    Some('\u{2013}'), // endash
    Some('\u{2014}'), // emdash
    Some('\u{02DC}'), // tilde
    Some('\u{2122}'), // trademark
    Some('\u{0161}'), // scaron
    Some('\u{203A}'), // guilsinglright
    Some('\u{0153}'), // oe
    None,
    Some('\u{017E}'), // zcaron
    Some('\u{0178}'), // Ydieresis
];

/// The one-byte WinAnsiEncoding code of `ch`, or `None` if it has none.
///
/// The soft hyphen (U+00AD) has none here: its code is named `hyphen`, so a reader
/// would draw and read back U+002D, a different glyph with another width in these
/// faces. Control characters and DEL have none either.
pub(super) fn code(ch: char) -> Option<u8> {
    match u32::from(ch) {
        cp @ (0x20..=0x7E | 0xA0..=0xAC | 0xAE..=0xFF) => u8::try_from(cp).ok(),
        _ => HIGH
            .iter()
            .position(|&c| c == Some(ch))
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// The character whose glyph a reader draws for `ch`'s code, and reads back:
/// the Unicode value of the code's glyph name. That is `ch` itself except for the
/// no-break space, whose code (0xA0) is named `space` (Annex D, note 5).
pub(super) fn drawn_as(ch: char) -> char {
    if ch == '\u{A0}' { ' ' } else { ch }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handout_characters_have_their_windows_1252_codes() {
        for (ch, expected) in [
            ('a', 0x61),
            (' ', 0x20),
            ('~', 0x7E),
            ('¡', 0xA1),
            ('¿', 0xBF),
            ('á', 0xE1),
            ('ñ', 0xF1),
            ('ü', 0xFC),
            ('·', 0xB7),
            ('\u{A0}', 0xA0),
            ('“', 0x93),
            ('”', 0x94),
            ('‘', 0x91),
            ('’', 0x92),
            ('–', 0x96),
            ('—', 0x97),
            ('•', 0x95),
            ('…', 0x85),
            ('€', 0x80),
            ('Ÿ', 0x9F),
        ] {
            assert_eq!(code(ch), Some(expected), "{ch}");
        }
    }

    #[test]
    fn characters_outside_windows_1252_have_no_code() {
        for ch in [
            '\n', '\u{7F}', '\u{81}', '\u{AD}', '≥', '→', '\u{2011}', '中',
        ] {
            assert_eq!(code(ch), None, "{ch:?}");
        }
    }

    #[test]
    fn codes_are_distinct() {
        let mut seen = std::collections::BTreeSet::new();
        for cp in 0..0x3000u32 {
            if let Some(c) = char::from_u32(cp).and_then(code) {
                assert!(seen.insert(c), "code {c:#X} twice");
            }
        }
        assert_eq!(
            seen.len(),
            95 + 27 + 95,
            "ASCII, 0x80..0x9F, Latin-1 less SHY"
        );
    }

    #[test]
    fn only_the_no_break_space_is_drawn_as_another_character() {
        assert_eq!(drawn_as('\u{A0}'), ' ');
        assert_eq!(drawn_as('ñ'), 'ñ');
        assert_eq!(drawn_as('-'), '-');
    }
}
