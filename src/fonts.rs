//! The embedded Atkinson Hyperlegible fonts and their glyph metrics.
//!
//! The two faces are compiled into the binary (SIL OFL 1.1, see `fonts/OFL.txt`),
//! so nothing is read from the system. Layout measures text with these metrics and
//! the PDF writer embeds subsets of the same bytes, so the two cannot disagree.
//! Handouts print nothing in italics (large-print guidance, and easier to read for
//! everyone), so the italic faces are not shipped at all.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One of the two embedded faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    /// Atkinson Hyperlegible Regular.
    Regular,
    /// Atkinson Hyperlegible Bold.
    Bold,
}

impl FontStyle {
    /// Both faces.
    pub const ALL: [FontStyle; 2] = [FontStyle::Regular, FontStyle::Bold];

    /// The TrueType bytes of this face.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontStyle::Regular => include_bytes!("../fonts/AtkinsonHyperlegible_400Regular.ttf"),
            FontStyle::Bold => include_bytes!("../fonts/AtkinsonHyperlegible_700Bold.ttf"),
        }
    }

    /// The face's PostScript-style name, used in the PDF.
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontStyle::Regular => "AtkinsonHyperlegible-Regular",
            FontStyle::Bold => "AtkinsonHyperlegible-Bold",
        }
    }

    /// The face with bold added.
    pub fn bolder(self) -> Self {
        FontStyle::Bold
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Metrics of one face, in font units.
#[derive(Debug)]
pub struct FaceMetrics {
    /// Font units per em.
    pub units_per_em: u16,
    /// Ascender above the baseline (positive).
    pub ascender: i16,
    /// Descender below the baseline (negative).
    pub descender: i16,
    ascii: [Option<(u16, u16)>; 128],
    others: HashMap<char, (u16, u16)>,
    missing_advance: u16,
}

impl FaceMetrics {
    fn parse(bytes: &[u8]) -> Self {
        let mut metrics = FaceMetrics {
            units_per_em: 1000,
            ascender: 800,
            descender: -200,
            ascii: [None; 128],
            others: HashMap::new(),
            missing_advance: 500,
        };
        // The faces are compiled in and checked by tests; a parse failure would leave
        // default metrics rather than panic.
        let Ok(face) = ttf_parser::Face::parse(bytes, 0) else {
            return metrics;
        };
        metrics.units_per_em = face.units_per_em();
        metrics.ascender = face.ascender();
        metrics.descender = face.descender();
        metrics.missing_advance = face
            .glyph_hor_advance(ttf_parser::GlyphId(0))
            .unwrap_or(500);
        if let Some(cmap) = face.tables().cmap {
            for subtable in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
                subtable.codepoints(|cp| {
                    let Some(ch) = char::from_u32(cp) else { return };
                    let Some(gid) = subtable.glyph_index(cp) else {
                        return;
                    };
                    let advance = face.glyph_hor_advance(gid).unwrap_or(0);
                    if cp < 128 {
                        metrics.ascii[cp as usize] = Some((gid.0, advance));
                    } else {
                        metrics.others.insert(ch, (gid.0, advance));
                    }
                });
            }
        }
        metrics
    }

    /// The glyph id and advance of `ch`, or `None` when the face has no glyph for it.
    pub fn glyph(&self, ch: char) -> Option<(u16, u16)> {
        let cp = ch as u32;
        if cp < 128 {
            self.ascii[cp as usize]
        } else {
            self.others.get(&ch).copied()
        }
    }

    /// Whether the face can draw `ch`.
    pub fn has_glyph(&self, ch: char) -> bool {
        self.glyph(ch).is_some()
    }

    /// The advance of `ch` in font units (the missing-glyph box's when absent).
    pub fn advance_units(&self, ch: char) -> u16 {
        self.glyph(ch).map_or(self.missing_advance, |(_, adv)| adv)
    }

    /// The width of `text` at `size` points, without kerning (the PDF has none either).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| u32::from(self.advance_units(c))).sum();
        units as f32 * size / f32::from(self.units_per_em)
    }

    /// The ascender at `size` points.
    pub fn ascent(&self, size: f32) -> f32 {
        f32::from(self.ascender) * size / f32::from(self.units_per_em)
    }

    /// The descender at `size` points (positive, below the baseline).
    pub fn descent(&self, size: f32) -> f32 {
        -f32::from(self.descender) * size / f32::from(self.units_per_em)
    }
}

static METRICS: OnceLock<[FaceMetrics; 2]> = OnceLock::new();

/// The metrics of a face, parsed once per process.
pub fn metrics(style: FontStyle) -> &'static FaceMetrics {
    let all = METRICS.get_or_init(|| FontStyle::ALL.map(|s| FaceMetrics::parse(s.bytes())));
    &all[style.index()]
}

/// Whether handout text can hold `ch` without printing an empty box: line
/// breaks and other control characters are layout's business, and every other
/// character must be in both faces: body text is set in Regular, headings,
/// titles and `**bold**` in Bold (the faces cover the same characters today; a
/// test says so).
pub fn can_print(ch: char) -> bool {
    ch.is_control()
        || FontStyle::ALL
            .iter()
            .all(|&style| metrics(style).has_glyph(ch))
}

/// Each character of `text` that [`can_print`] rejects, once, with the byte
/// offset of its first use, in order.
pub fn unprintable_chars(text: &str) -> Vec<(usize, char)> {
    let mut found: Vec<(usize, char)> = Vec::new();
    for (at, ch) in text.char_indices() {
        // ASCII is always covered; skip the lookup for the common case.
        if ch.is_ascii() || can_print(ch) || found.iter().any(|&(_, c)| c == ch) {
            continue;
        }
        found.push((at, ch));
    }
    found
}

/// How a message names a character the fonts cannot print: `U+1F600 “😀”`, or
/// for an invisible character its name (`U+200D zero-width joiner`), since
/// quoting it would show nothing.
pub fn describe_char(ch: char) -> String {
    let code = format!("U+{:04X}", ch as u32);
    match invisible_name(ch) {
        Some(name) => format!("{code} {name}"),
        None => format!("{code} “{ch}”"),
    }
}

/// The characters of one text that the fonts cannot print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprintable {
    /// Byte offset of the first of them in the text.
    pub offset: usize,
    /// Each of them once, in order of first use.
    pub chars: Vec<char>,
}

/// How many characters a message lists before "and N more".
pub const LISTED_CHARS: usize = 5;

impl Unprintable {
    /// The message, with the text's `place` (e.g. "block 3 (Paragraph)", "the
    /// title", "resource 2 notes"): each character by code point and as written.
    pub fn message(&self, place: &str) -> String {
        match self.chars.as_slice() {
            [one] => format!(
                "{place} has the character {}, which no handout font can draw: it would print as an empty box",
                describe_char(*one)
            ),
            many => {
                let mut listed: Vec<String> = many
                    .iter()
                    .take(LISTED_CHARS)
                    .map(|&c| describe_char(c))
                    .collect();
                if many.len() > LISTED_CHARS {
                    listed.push(format!("{} more", many.len() - LISTED_CHARS));
                }
                format!(
                    "{place} has {} characters no handout font can draw ({}): each would print as an empty box",
                    many.len(),
                    listed.join(", ")
                )
            }
        }
    }

    /// What to do, by the kind of the first character.
    pub fn hint(&self) -> &'static str {
        self.kind().map_or("", UnprintableKind::hint)
    }

    /// The kind of the first character, which the hint is about.
    pub fn kind(&self) -> Option<UnprintableKind> {
        self.chars.first().map(|&c| UnprintableKind::of(c))
    }
}

/// The characters of `text` that [`can_print`] rejects, if any.
pub fn find_unprintable(text: &str) -> Option<Unprintable> {
    let found = unprintable_chars(text);
    let &(offset, _) = found.first()?;
    Some(Unprintable {
        offset,
        chars: found.into_iter().map(|(_, c)| c).collect(),
    })
}

/// What kind of character the fonts cannot print, which says what to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnprintableKind {
    /// A zero-width or direction mark, usually pasted in unseen.
    Invisible,
    /// An emoji.
    Emoji,
    /// Chinese, Japanese or Korean script.
    EastAsian,
    /// Anything else outside the faces.
    Other,
}

impl UnprintableKind {
    /// The kind of `ch`.
    pub fn of(ch: char) -> Self {
        let cp = ch as u32;
        if invisible_name(ch).is_some() {
            Self::Invisible
        } else if is_emoji(cp) {
            Self::Emoji
        } else if is_east_asian(cp) {
            Self::EastAsian
        } else {
            Self::Other
        }
    }

    /// Its name in message arguments: `invisible`, `emoji`, `east-asian`, `other`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Invisible => "invisible",
            Self::Emoji => "emoji",
            Self::EastAsian => "east-asian",
            Self::Other => "other",
        }
    }

    /// What to do about a character of this kind.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Invisible => {
                "delete the invisible character (it often comes with text pasted from a phone or a web page)"
            }
            Self::Emoji => {
                "write it in words instead: the handout fonts have no emoji, so it would print as an empty box"
            }
            Self::EastAsian => {
                "the handout fonts cover Latin script only (English, Spanish and other Latin-alphabet languages); write it in Latin letters"
            }
            Self::Other => {
                "replace it with plain letters or common punctuation (the handout fonts cover Latin letters, accents, quotes and dashes)"
            }
        }
    }
}

/// What to do about a character the fonts cannot print, by kind.
pub fn unprintable_hint(ch: char) -> &'static str {
    UnprintableKind::of(ch).hint()
}

/// The invisible characters that come in with pasted text, with their names.
pub const INVISIBLE_CHARS: [(char, &str); 9] = [
    ('\u{200B}', "zero-width space"),
    ('\u{200C}', "zero-width non-joiner"),
    ('\u{200D}', "zero-width joiner"),
    ('\u{2060}', "word joiner"),
    ('\u{FEFF}', "zero-width no-break space (byte order mark)"),
    ('\u{FE0E}', "text presentation selector"),
    ('\u{FE0F}', "emoji presentation selector"),
    ('\u{200E}', "left-to-right mark"),
    ('\u{200F}', "right-to-left mark"),
];

/// The name of `ch` if it is one of [`INVISIBLE_CHARS`].
fn invisible_name(ch: char) -> Option<&'static str> {
    INVISIBLE_CHARS
        .iter()
        .find(|&&(c, _)| c == ch)
        .map(|&(_, name)| name)
}

fn is_emoji(cp: u32) -> bool {
    matches!(cp, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

fn is_east_asian(cp: u32) -> bool {
    matches!(cp, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses_and_covers_spanish_and_punctuation() {
        for style in FontStyle::ALL {
            let m = metrics(style);
            assert_eq!(m.units_per_em, 1000, "{style:?}");
            for ch in "aáéíóúñüÑ¿¡“”‘’–—•…0123456789".chars() {
                assert!(m.has_glyph(ch), "{style:?} lacks {ch:?}");
            }
        }
    }

    #[test]
    fn bold_is_wider_than_regular() {
        let text = "Get help now";
        assert!(
            metrics(FontStyle::Bold).width(text, 12.0)
                > metrics(FontStyle::Regular).width(text, 12.0)
        );
    }
    #[test]
    fn emoji_cjk_and_invisible_characters_cannot_print() {
        for ch in ['😀', '❤', '中', '한', '\u{200D}', '\u{200B}', '\u{FE0F}'] {
            assert!(!can_print(ch), "{ch:?} should not print");
        }
        for ch in "Aa ñ¿¡“”‘’–—•…é\n\t".chars() {
            assert!(can_print(ch), "{ch:?} should print");
        }
        assert_eq!(
            unprintable_chars("Hi 👍 and 👍 中"),
            vec![(3, '👍'), (17, '中')]
        );
        assert_eq!(describe_char('😀'), "U+1F600 “😀”");
        let found = find_unprintable("Call 中文 now 中").expect("found");
        assert_eq!(found.chars, ['中', '文']);
        assert_eq!(
            found.message("the title"),
            "the title has 2 characters no handout font can draw (U+4E2D “中”, U+6587 “文”): each would print as an empty box"
        );
        assert!(find_unprintable("Call 988 ¿qué?").is_none());
        assert_eq!(describe_char('\u{200D}'), "U+200D zero-width joiner");
        assert!(unprintable_hint('😀').contains("emoji"));
        assert!(unprintable_hint('中').contains("Latin"));
        assert!(unprintable_hint('\u{200D}').contains("invisible"));
    }

    #[test]
    fn the_text_faces_cover_the_same_characters() {
        // If a face ever gains or loses characters, `can_print` must say which
        // text is set in which face instead of asking both.
        let regular = metrics(FontStyle::Regular);
        let bold = metrics(FontStyle::Bold);
        let differ: Vec<char> = (0..0x3_0000u32)
            .filter_map(char::from_u32)
            .filter(|&c| regular.has_glyph(c) != bold.has_glyph(c))
            .collect();
        assert!(differ.is_empty(), "Bold differs from Regular: {differ:?}");
    }
}
