//! The faces a document uses, subset to the characters it draws, as PDF fonts.
//!
//! Each face is subset with `subsetter` and slimmed (see [`sfnt`]); the font
//! dictionaries, descriptors, widths and `/ToUnicode` maps are written here,
//! straight into the finished document, rather than through printpdf (which
//! only knows two-byte CID fonts and builds its widths and maps from a page of
//! sample text).
//!
//! A face whose subset has at most 256 glyphs (any handout in the Latin
//! alphabets the faces cover) becomes a *simple* TrueType font: each character
//! is one byte in the page content, the code being the subset's glyph id, read
//! through a one-subtable (3,0) `cmap` in the program as PDF/UA-1 (7.21.6)
//! asks of a symbolic TrueType font. One byte a glyph instead of two makes the
//! page content about an eighth smaller after compression. A bigger subset
//! falls back to a two-byte CID font (`Type0`, `Identity-H`).

use std::collections::{BTreeMap, BTreeSet};

use printpdf_lopdf::{Dictionary, Document, Object};

use super::{PdfError, cmap, content, hash, sfnt};
use crate::fonts::{FontStyle, metrics};
use crate::layout::LaidOutDocument;

/// The most glyphs a simple font can reach with one-byte codes.
const SIMPLE_FONT_GLYPHS: usize = 256;

/// The subset faces of one document, each under its PDF resource name.
pub(super) struct EmbeddedFonts {
    faces: Vec<Face>,
}

struct Face {
    style: FontStyle,
    /// Character → its glyph id in the subset, which is also its code.
    ascii: [Option<u16>; 128],
    others: BTreeMap<char, u16>,
    /// One byte a code (a simple font) rather than two (a CID font).
    one_byte: bool,
    /// The slimmed subset font program.
    program: Vec<u8>,
    /// Subset glyph id → the character it draws, for the `/ToUnicode` map.
    text: BTreeMap<u16, char>,
    /// The advance of every subset glyph, by glyph id, in 1/1000 em.
    widths: Vec<i64>,
    /// Whether glyph 0 (.notdef) is drawn for a character the face lacks.
    draws_notdef: bool,
    /// `/BaseFont` and `/FontName`: the subset tag and the PostScript name.
    base_font: String,
    descriptor: Descriptor,
}

/// The numbers of a font descriptor, in 1/1000 em.
struct Descriptor {
    ascent: i64,
    descent: i64,
    cap_height: i64,
    bbox: [i64; 4],
    stem_v: i64,
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
            .map(|(style, chars)| subset_face(style, &chars))
            .collect::<Result<_, PdfError>>()?;
        Ok(Self { faces })
    }

    /// Appends the codes that draw `text` in `style` (one byte a character in a
    /// simple font, two in a CID font; glyph 0 for a character the face lacks);
    /// `false` when the document has no such face.
    pub(super) fn encode(&self, style: FontStyle, text: &str, codes: &mut Vec<u8>) -> bool {
        let Some(face) = self.faces.iter().find(|face| face.style == style) else {
            return false;
        };
        for ch in text.chars() {
            let gid = match usize::try_from(u32::from(ch)) {
                Ok(cp) if cp < 128 => face.ascii[cp],
                _ => face.others.get(&ch).copied(),
            }
            .unwrap_or(0);
            if face.one_byte {
                codes.push(gid as u8);
            } else {
                codes.extend_from_slice(&gid.to_be_bytes());
            }
        }
        true
    }

    /// Adds the fonts to `doc`, a document from printpdf with no fonts of its
    /// own, under their resource names in the font dictionary its pages share.
    pub(super) fn add_to(self, doc: &mut Document) -> Result<(), PdfError> {
        let shared = shared_font_dictionary(doc)?;
        let mut entries = Vec::with_capacity(self.faces.len());
        for face in self.faces {
            let name = resource_name(face.style);
            let font = face.add_to(doc);
            entries.push((name, font));
        }
        let fonts = doc.get_dictionary_mut(shared).map_err(assemble)?;
        for (name, font) in entries {
            fonts.set(name, Object::Reference(font));
        }
        Ok(())
    }
}

impl Face {
    /// Adds this face's font dictionary and what it refers to; returns the
    /// font dictionary's id.
    fn add_to(self, doc: &mut Document) -> printpdf_lopdf::ObjectId {
        let name = || Object::Name(self.base_font.as_bytes().to_vec());
        let length = Object::Integer(self.program.len() as i64);
        let program = content::deflated(Dictionary::from_iter([("Length1", length)]), self.program);
        let program = doc.add_object(program);
        let d = &self.descriptor;
        // Symbolic (bit 3): the codes are glyph ids, not a standard character set.
        let flags = if self.one_byte { 4 } else { 32 };
        let descriptor = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"FontDescriptor".to_vec())),
            ("FontName", name()),
            ("Flags", Object::Integer(flags)),
            (
                "FontBBox",
                Object::Array(d.bbox.iter().map(|&v| Object::Integer(v)).collect()),
            ),
            ("ItalicAngle", Object::Integer(0)),
            ("Ascent", Object::Integer(d.ascent)),
            ("Descent", Object::Integer(d.descent)),
            ("CapHeight", Object::Integer(d.cap_height)),
            ("StemV", Object::Integer(d.stem_v)),
            ("FontFile2", Object::Reference(program)),
        ]));
        let map = cmap::to_unicode(&self.text, self.one_byte);
        let to_unicode = doc.add_object(content::deflated(Dictionary::new(), map));
        let first = if self.draws_notdef { 0 } else { 1 };
        if self.one_byte {
            let widths: Vec<Object> = self
                .widths
                .iter()
                .skip(first)
                .map(|&w| Object::Integer(w))
                .collect();
            let last = (first + widths.len()).saturating_sub(1);
            return doc.add_object(Dictionary::from_iter([
                ("Type", Object::Name(b"Font".to_vec())),
                ("Subtype", Object::Name(b"TrueType".to_vec())),
                ("BaseFont", name()),
                ("FirstChar", Object::Integer(first as i64)),
                ("LastChar", Object::Integer(last as i64)),
                ("Widths", Object::Array(widths)),
                ("FontDescriptor", Object::Reference(descriptor)),
                ("ToUnicode", Object::Reference(to_unicode)),
            ]));
        }
        let widths: Vec<Object> = self
            .widths
            .iter()
            .skip(first)
            .map(|&w| Object::Integer(w))
            .collect();
        let descendant = Dictionary::from_iter([
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"CIDFontType2".to_vec())),
            ("BaseFont", name()),
            (
                "CIDSystemInfo",
                Object::Dictionary(Dictionary::from_iter([
                    ("Registry", Object::string_literal(b"Adobe".to_vec())),
                    ("Ordering", Object::string_literal(b"Identity".to_vec())),
                    ("Supplement", Object::Integer(0)),
                ])),
            ),
            ("FontDescriptor", Object::Reference(descriptor)),
            (
                "W",
                Object::Array(vec![Object::Integer(first as i64), Object::Array(widths)]),
            ),
            ("CIDToGIDMap", Object::Name(b"Identity".to_vec())),
        ]);
        doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"Type0".to_vec())),
            ("BaseFont", name()),
            ("Encoding", Object::Name(b"Identity-H".to_vec())),
            (
                "DescendantFonts",
                Object::Array(vec![Object::Dictionary(descendant)]),
            ),
            ("ToUnicode", Object::Reference(to_unicode)),
        ]))
    }
}

/// The font dictionary printpdf made (empty) and every page's resources point at.
fn shared_font_dictionary(doc: &Document) -> Result<printpdf_lopdf::ObjectId, PdfError> {
    let page = doc
        .get_pages()
        .into_values()
        .next()
        .ok_or(PdfError::NoPages)?;
    let resources = doc
        .get_dictionary(page)
        .and_then(|page| page.get(b"Resources"))
        .and_then(|r| match r {
            Object::Reference(id) => doc.get_dictionary(*id),
            other => other.as_dict(),
        })
        .map_err(assemble)?;
    resources
        .get(b"Font")
        .and_then(Object::as_reference)
        .map_err(assemble)
}

fn assemble(error: impl std::fmt::Display) -> PdfError {
    PdfError::Assemble(error.to_string())
}

/// Short, fixed resource names: they appear in every `Tf` of every content stream.
pub(super) fn resource_name(style: FontStyle) -> &'static str {
    match style {
        FontStyle::Regular => "R",
        FontStyle::Bold => "B",
    }
}

/// Subsets `style` to `chars` and describes the subset. Characters the face
/// lacks are drawn as glyph 0 (.notdef), which every subset keeps.
fn subset_face(style: FontStyle, chars: &BTreeSet<char>) -> Result<Face, PdfError> {
    let face_metrics = metrics(style);
    let error = |reason: String| PdfError::Font {
        face: style.postscript_name(),
        reason,
    };

    // Character → original glyph id, and the original ids in ascending order.
    let mut originals: BTreeSet<u16> = BTreeSet::new();
    let mut char_glyphs: Vec<(char, u16)> = Vec::with_capacity(chars.len());
    let mut draws_notdef = false;
    for &ch in chars {
        match face_metrics.glyph(ch) {
            Some((gid, _)) => {
                originals.insert(gid);
                char_glyphs.push((ch, gid));
            }
            None => draws_notdef = true,
        }
    }
    // Ascending original ids, so the renumbering (and the output) is deterministic.
    let mut remapper = subsetter::GlyphRemapper::new();
    for &gid in &originals {
        remapper.remap(gid);
    }
    let hinted =
        subsetter::subset(style.bytes(), 0, &remapper).map_err(|e| error(e.to_string()))?;
    let subset = ttf_parser::Face::parse(&hinted, 0).map_err(|e| error(e.to_string()))?;
    let glyph_count = usize::from(subset.number_of_glyphs());
    let one_byte = glyph_count <= SIMPLE_FONT_GLYPHS;
    let upem = i64::from(face_metrics.units_per_em.max(1));
    let per_mille = |v: i64| (v * 1000 + upem / 2).div_euclid(upem);
    let widths: Vec<i64> = (0..subset.number_of_glyphs())
        .map(|gid| {
            per_mille(i64::from(
                subset
                    .glyph_hor_advance(ttf_parser::GlyphId(gid))
                    .unwrap_or(0),
            ))
        })
        .collect();
    let program = sfnt::slim(&hinted, one_byte.then_some(glyph_count)).unwrap_or(hinted);

    let mut ascii = [None; 128];
    let mut others = BTreeMap::new();
    let mut text = BTreeMap::new();
    for (ch, gid) in char_glyphs {
        if let Some(new_gid) = remapper.get(gid) {
            match usize::try_from(u32::from(ch)) {
                Ok(cp) if cp < 128 => ascii[cp] = Some(new_gid),
                _ => {
                    others.insert(ch, new_gid);
                }
            }
            // Where two characters share a glyph (space and no-break space), the
            // first, usually the plainer, is what copying gives back.
            text.entry(new_gid).or_insert(ch);
        }
    }

    let face = ttf_parser::Face::parse(style.bytes(), 0).map_err(|e| error(e.to_string()))?;
    let bbox = face.global_bounding_box();
    let ascent = per_mille(i64::from(face_metrics.ascender));
    let weight = f32::from(face.weight().to_number());
    let descriptor = Descriptor {
        ascent,
        descent: per_mille(i64::from(face_metrics.descender)),
        cap_height: face
            .capital_height()
            .map_or(ascent, |c| per_mille(i64::from(c))),
        bbox: [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max].map(|v| per_mille(i64::from(v))),
        // No table holds the stem width; the usual estimate from the weight.
        stem_v: 50 + (weight / 65.0).powi(2).round() as i64,
    };
    Ok(Face {
        style,
        ascii,
        others,
        one_byte,
        program,
        text,
        widths,
        draws_notdef,
        base_font: format!(
            "{}+{}",
            subset_tag(style, originals.iter().copied()),
            style.postscript_name()
        ),
        descriptor,
    })
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

    fn code(face: &Face, ch: char) -> u16 {
        let cp = u32::from(ch) as usize;
        if cp < 128 {
            face.ascii[cp].unwrap()
        } else {
            face.others[&ch]
        }
    }

    #[test]
    fn subset_maps_characters_to_new_glyphs_with_original_advances() {
        let chars: BTreeSet<char> = "ñá“”•–".chars().collect();
        let face = subset_face(FontStyle::Regular, &chars).unwrap();
        let mut drawn: Vec<char> = face.text.values().copied().collect();
        drawn.sort_unstable();
        assert_eq!(drawn, chars.iter().copied().collect::<Vec<_>>());
        let m = metrics(FontStyle::Regular);
        let mut new_ids: Vec<u16> = chars.iter().map(|&c| code(&face, c)).collect();
        new_ids.sort_unstable();
        assert_eq!(
            new_ids,
            (1..=6).collect::<Vec<_>>(),
            "dense ids after .notdef"
        );
        for ch in chars {
            let advance = i64::from(m.glyph(ch).unwrap().1) * 1000 / i64::from(m.units_per_em);
            assert_eq!(face.widths[usize::from(code(&face, ch))], advance, "{ch}");
        }
        let sub = ttf_parser::Face::parse(&face.program, 0).unwrap();
        // Accented letters may pull in their component glyphs after these.
        assert!(sub.number_of_glyphs() >= 7);
        assert!(face.one_byte && !face.draws_notdef);
        let (tag, rest) = face.base_font.split_once('+').unwrap();
        assert_eq!(rest, "AtkinsonHyperlegible-Regular");
        assert!(tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()));
    }

    #[test]
    fn codes_are_one_byte_glyph_ids_the_program_maps_back() {
        let chars: BTreeSet<char> = "Call 988 (now)\\".chars().collect();
        let fonts = EmbeddedFonts {
            faces: vec![subset_face(FontStyle::Bold, &chars).unwrap()],
        };
        let mut codes = Vec::new();
        assert!(fonts.encode(FontStyle::Bold, "Call 988", &mut codes));
        assert_eq!(codes.len(), 8, "one byte a character");
        assert!(!fonts.encode(FontStyle::Regular, "a", &mut codes));
        // The program's (3,0) cmap maps 0xF000 + code to the glyph drawn.
        let face = &fonts.faces[0];
        let program = ttf_parser::Face::parse(&face.program, 0).unwrap();
        let cmap = program.tables().cmap.unwrap();
        let subtables: Vec<_> = cmap.subtables.into_iter().collect();
        assert_eq!(subtables.len(), 1);
        assert_eq!(
            (subtables[0].platform_id, subtables[0].encoding_id),
            (ttf_parser::PlatformId::Windows, 0)
        );
        for ch in chars {
            let c = code(face, ch);
            assert_eq!(
                subtables[0].glyph_index(0xF000 + u32::from(c)),
                Some(ttf_parser::GlyphId(c)),
                "{ch}"
            );
        }
    }

    #[test]
    fn a_character_the_face_lacks_draws_notdef() {
        let chars: BTreeSet<char> = "a\u{4E2D}".chars().collect();
        let face = subset_face(FontStyle::Regular, &chars).unwrap();
        assert!(face.draws_notdef);
        let fonts = EmbeddedFonts { faces: vec![face] };
        let mut codes = Vec::new();
        fonts.encode(FontStyle::Regular, "\u{4E2D}a", &mut codes);
        assert_eq!(codes, [0, 1]);
    }

    #[test]
    fn subset_tags_follow_the_glyph_set() {
        let a = subset_tag(FontStyle::Bold, [1, 2, 3].into_iter());
        assert_eq!(a, subset_tag(FontStyle::Bold, [1, 2, 3].into_iter()));
        assert_ne!(a, subset_tag(FontStyle::Bold, [1, 2, 4].into_iter()));
        assert_ne!(a, subset_tag(FontStyle::Regular, [1, 2, 3].into_iter()));
    }
}
