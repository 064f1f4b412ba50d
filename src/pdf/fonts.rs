//! The faces a document uses, subset to the characters it draws.
//!
//! printpdf without its `text_layout` feature embeds whatever font bytes it is given,
//! and builds the PDF's glyph widths (`/W`) and text extraction map (`/ToUnicode`) from
//! the `ParsedFont`'s character and width tables. So each face is subset here with
//! `subsetter`, slimmed (see [`sfnt`]), and described to printpdf in the subset's
//! own (renumbered) glyph ids.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    FontId, FontMetrics, FontType, Op, ParsedFont, PdfDocument, PdfFont, PdfFontHandle,
    PdfFontMetricsStub, Pt, TextItem,
};

use super::{PdfError, cmap, hash, sfnt};
use crate::fonts::{FontStyle, metrics};
use crate::layout::LaidOutDocument;

/// The subset faces of one document, each under its PDF resource name.
pub(super) struct EmbeddedFonts {
    faces: Vec<Face>,
}

struct Face {
    style: FontStyle,
    id: FontId,
    font: ParsedFont,
    /// Subset glyph id → the character it draws, for the `/ToUnicode` map.
    text: BTreeMap<u16, char>,
}

impl EmbeddedFonts {
    /// Subsets every face that `doc`'s text runs use.
    pub(super) fn for_document(doc: &LaidOutDocument) -> Result<Self, PdfError> {
        let mut used: BTreeMap<FontStyle, BTreeSet<char>> = BTreeMap::new();
        for run in doc.pages.iter().flat_map(|page| page.text_runs()) {
            used.entry(run.style).or_default().extend(run.text.chars());
        }
        let faces = used
            .into_iter()
            .filter(|(_, chars)| !chars.is_empty())
            .map(|(style, chars)| {
                let (font, text) = subset_face(style, &chars)?;
                let id = FontId(resource_name(style).to_owned());
                Ok(Face {
                    style,
                    id,
                    font,
                    text,
                })
            })
            .collect::<Result<_, PdfError>>()?;
        Ok(Self { faces })
    }

    /// Appends the glyph codes that draw `text` in `style` (two bytes a character,
    /// glyph 0 for one the face lacks); `false` when the document has no such face.
    pub(super) fn encode(&self, style: FontStyle, text: &str, codes: &mut Vec<u8>) -> bool {
        let Some(face) = self.faces.iter().find(|face| face.style == style) else {
            return false;
        };
        for ch in text.chars() {
            let gid = face
                .font
                .codepoint_to_glyph
                .get(&u32::from(ch))
                .copied()
                .unwrap_or(0);
            codes.extend_from_slice(&gid.to_be_bytes());
        }
        true
    }

    /// Operations that show every character of every face once. printpdf decides
    /// which glyphs get widths (`/W`) from the text its pages show; the pages it
    /// sees carry no drawing (their content is written by `write`), so the
    /// first one carries this inventory instead. Its content is replaced.
    pub(super) fn inventory(&self) -> Vec<Op> {
        let mut ops = vec![Op::StartTextSection];
        for face in &self.faces {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(face.id.clone()),
                size: Pt(1.0),
            });
            let text = face
                .font
                .codepoint_to_glyph
                .keys()
                .filter_map(|&c| char::from_u32(c))
                .collect();
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(text)],
            });
        }
        ops.push(Op::EndTextSection);
        ops
    }

    /// Hands the faces to printpdf, and returns each one's resource name with the
    /// compact `/ToUnicode` map to put in place of printpdf's.
    pub(super) fn register(self, pdf: &mut PdfDocument) -> Vec<(String, Vec<u8>)> {
        let mut maps = Vec::with_capacity(self.faces.len());
        for face in self.faces {
            maps.push((face.id.0.clone(), cmap::to_unicode(&face.text)));
            pdf.resources
                .fonts
                .map
                .insert(face.id, PdfFont::new(face.font));
        }
        maps
    }
}

/// Short, fixed resource names: they appear in every `Tf` of every content stream.
pub(super) fn resource_name(style: FontStyle) -> &'static str {
    match style {
        FontStyle::Regular => "R",
        FontStyle::Bold => "B",
    }
}

/// Subsets `style` to `chars` and describes the subset to printpdf; also returns
/// which character each subset glyph draws. Characters the face lacks are drawn as
/// glyph 0 (.notdef), which every subset keeps.
fn subset_face(
    style: FontStyle,
    chars: &BTreeSet<char>,
) -> Result<(ParsedFont, BTreeMap<u16, char>), PdfError> {
    let face_metrics = metrics(style);
    let error = |reason: String| PdfError::Font {
        face: style.postscript_name(),
        reason,
    };

    // Original glyph id → advance, and character → original glyph id.
    let mut advances: BTreeMap<u16, u16> = BTreeMap::new();
    let mut char_glyphs: Vec<(char, u16)> = Vec::with_capacity(chars.len());
    let mut missing = Vec::new();
    for &ch in chars {
        match face_metrics.glyph(ch) {
            Some((gid, advance)) => {
                advances.insert(gid, advance);
                char_glyphs.push((ch, gid));
            }
            None => missing.push(ch),
        }
    }
    // Ascending original ids, so the renumbering (and the output) is deterministic.
    let mut remapper = subsetter::GlyphRemapper::new();
    for &gid in advances.keys() {
        remapper.remap(gid);
    }
    let hinted =
        subsetter::subset(style.bytes(), 0, &remapper).map_err(|e| error(e.to_string()))?;
    let program = sfnt::slim(&hinted).unwrap_or(hinted);

    let mut codepoint_to_glyph = BTreeMap::new();
    let mut text = BTreeMap::new();
    for (ch, gid) in char_glyphs {
        if let Some(new_gid) = remapper.get(gid) {
            codepoint_to_glyph.insert(u32::from(ch), new_gid);
            // Where two characters share a glyph (space and no-break space), the
            // first, usually the plainer, is what copying gives back.
            text.entry(new_gid).or_insert(ch);
        }
    }
    let mut glyph_widths: BTreeMap<u16, u16> = advances
        .iter()
        .filter_map(|(&gid, &advance)| Some((remapper.get(gid)?, advance)))
        .collect();

    let face = ttf_parser::Face::parse(style.bytes(), 0).map_err(|e| error(e.to_string()))?;
    // Characters the face cannot draw show as its missing-glyph box, as they do in the
    // preview. Mapping them explicitly keeps the font in the PDF even when a face is
    // used for nothing else. (Layout and checks should not let it come to this.)
    for ch in missing {
        codepoint_to_glyph.insert(u32::from(ch), 0);
        let advance = face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0);
        glyph_widths.insert(0, advance);
    }
    let bbox = face.global_bounding_box();
    // hhea caretSlopeRise/Run (bytes 18–21): printpdf derives /ItalicAngle from them.
    let hhea = face.raw_face().table(ttf_parser::Tag::from_bytes(b"hhea"));
    let read_i16 = |at: usize| {
        hhea.and_then(|t| t.get(at..at + 2))
            .and_then(|b| b.try_into().ok())
            .map(i16::from_be_bytes)
    };

    let font = ParsedFont {
        original_bytes: program,
        font_index: 0,
        font_name: Some(format!(
            "{}+{}",
            subset_tag(style, advances.keys().copied()),
            style.postscript_name()
        )),
        codepoint_to_glyph,
        glyph_widths,
        units_per_em: face_metrics.units_per_em,
        font_metrics: FontMetrics {
            ascent: face_metrics.ascender,
            descent: face_metrics.descender,
        },
        font_type: FontType::TrueType,
        pdf_font_metrics: PdfFontMetricsStub {
            units_per_em: face_metrics.units_per_em,
            x_min: bbox.x_min,
            y_min: bbox.y_min,
            x_max: bbox.x_max,
            y_max: bbox.y_max,
            caret_slope_rise: read_i16(18).unwrap_or(1),
            caret_slope_run: read_i16(20).unwrap_or(0),
            us_weight_class: face.weight().to_number(),
        },
    };
    Ok((font, text))
}

/// The six capital letters that mark a subset font's name (ISO 32000-1, 9.6.4),
/// derived from the glyph set so the same text gives the same name.
fn subset_tag(style: FontStyle, glyphs: impl Iterator<Item = u16>) -> String {
    let mut state = hash::fnv1a(hash::FNV_OFFSET, style.postscript_name().as_bytes());
    for gid in glyphs {
        state = hash::fnv1a(state, &gid.to_be_bytes());
    }
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (state % 26) as u8);
            state /= 26;
            letter
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subset_maps_characters_to_new_glyphs_with_original_advances() {
        let chars: BTreeSet<char> = "ñá“”•–".chars().collect();
        let (font, text) = subset_face(FontStyle::Regular, &chars).unwrap();
        let mut drawn: Vec<char> = text.values().copied().collect();
        drawn.sort_unstable();
        assert_eq!(drawn, chars.iter().copied().collect::<Vec<_>>());
        let m = metrics(FontStyle::Regular);
        let mut new_ids: Vec<u16> = font.codepoint_to_glyph.values().copied().collect();
        new_ids.sort_unstable();
        assert_eq!(
            new_ids,
            (1..=6).collect::<Vec<_>>(),
            "dense ids after .notdef"
        );
        for ch in chars {
            let gid = font.codepoint_to_glyph[&u32::from(ch)];
            assert_eq!(font.glyph_widths[&gid], m.glyph(ch).unwrap().1, "{ch}");
        }
        let sub = ttf_parser::Face::parse(&font.original_bytes, 0).unwrap();
        // Accented letters may pull in their component glyphs after these.
        assert!(sub.number_of_glyphs() >= 7);
        let name = font.font_name.unwrap();
        let (tag, rest) = name.split_once('+').unwrap();
        assert_eq!(rest, "AtkinsonHyperlegible-Regular");
        assert!(tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()));
    }

    #[test]
    fn subset_tags_follow_the_glyph_set() {
        let a = subset_tag(FontStyle::Bold, [1, 2, 3].into_iter());
        assert_eq!(a, subset_tag(FontStyle::Bold, [1, 2, 3].into_iter()));
        assert_ne!(a, subset_tag(FontStyle::Bold, [1, 2, 4].into_iter()));
        assert_ne!(a, subset_tag(FontStyle::Regular, [1, 2, 3].into_iter()));
    }

    #[test]
    fn upright_faces_do_not_slant_and_bold_is_bold() {
        let chars: BTreeSet<char> = "a".chars().collect();
        let (regular, _) = subset_face(FontStyle::Regular, &chars).unwrap();
        assert_eq!(regular.pdf_font_metrics.caret_slope_run, 0);
        let (bold, _) = subset_face(FontStyle::Bold, &chars).unwrap();
        assert_eq!(bold.pdf_font_metrics.us_weight_class, 700);
    }
}
