//! The embedded Atkinson Hyperlegible fonts and their glyph metrics.
//!
//! The four faces are compiled into the binary (SIL OFL 1.1, see `fonts/OFL.txt`),
//! so nothing is read from the system. Layout measures text with these metrics and
//! the PDF writer embeds subsets of the same bytes, so the two cannot disagree.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One of the four embedded faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    /// Atkinson Hyperlegible Regular.
    Regular,
    /// Atkinson Hyperlegible Bold.
    Bold,
    /// Atkinson Hyperlegible Italic.
    Italic,
    /// Atkinson Hyperlegible Bold Italic.
    BoldItalic,
}

impl FontStyle {
    /// All four faces.
    pub const ALL: [FontStyle; 4] = [
        FontStyle::Regular,
        FontStyle::Bold,
        FontStyle::Italic,
        FontStyle::BoldItalic,
    ];

    /// The TrueType bytes of this face.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontStyle::Regular => include_bytes!("../fonts/AtkinsonHyperlegible_400Regular.ttf"),
            FontStyle::Bold => include_bytes!("../fonts/AtkinsonHyperlegible_700Bold.ttf"),
            FontStyle::Italic => {
                include_bytes!("../fonts/AtkinsonHyperlegible_400Regular_Italic.ttf")
            }
            FontStyle::BoldItalic => {
                include_bytes!("../fonts/AtkinsonHyperlegible_700Bold_Italic.ttf")
            }
        }
    }

    /// The face's PostScript-style name, used in the PDF.
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontStyle::Regular => "AtkinsonHyperlegible-Regular",
            FontStyle::Bold => "AtkinsonHyperlegible-Bold",
            FontStyle::Italic => "AtkinsonHyperlegible-Italic",
            FontStyle::BoldItalic => "AtkinsonHyperlegible-BoldItalic",
        }
    }

    /// The face with bold added.
    pub fn bolder(self) -> Self {
        match self {
            FontStyle::Regular | FontStyle::Bold => FontStyle::Bold,
            FontStyle::Italic | FontStyle::BoldItalic => FontStyle::BoldItalic,
        }
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

static METRICS: OnceLock<[FaceMetrics; 4]> = OnceLock::new();

/// The metrics of a face, parsed once per process.
pub fn metrics(style: FontStyle) -> &'static FaceMetrics {
    let all = METRICS.get_or_init(|| FontStyle::ALL.map(|s| FaceMetrics::parse(s.bytes())));
    &all[style.index()]
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
}
