//! The faces a document uses, subset to the characters it draws, as PDF fonts.
//!
//! Each face is subset with `subsetter` and slimmed (see [`sfnt`]); the font
//! dictionaries, descriptors, widths and `/ToUnicode` maps are written here,
//! straight into the finished document, rather than through printpdf (which
//! only knows two-byte CID fonts and builds its widths and maps from a page of
//! sample text).
//!
//! A face whose subset has at most 256 glyphs (any handout in the Latin
//! alphabets the faces cover) becomes a *simple* TrueType font, one byte a
//! character in the page content; one byte a glyph instead of two makes the page
//! content about an eighth smaller after compression. Which simple font:
//!
//! - When every character the face draws has a WinAnsiEncoding code (all of the
//!   English and Spanish handouts; see [`winansi`]), a *non-symbolic* font with
//!   `/Encoding /WinAnsiEncoding`: each character's code is its Windows-1252 byte,
//!   and the program's one (3,1) `cmap` maps each character to its glyph. A reader
//!   gets the text back from the encoding's glyph names (ISO 32000-1, 9.10.2), so
//!   the font has no `/ToUnicode` map; PDF/UA-1 (7.21.6) allows such a font. On
//!   the two-page anchor handout (issue 12) that took the file from 17,688 to
//!   16,816 bytes: the two maps (698 bytes compressed) and their streams went,
//!   the (3,1) `cmap`s and the `/Widths` over the code span cost about 300, and
//!   the page content came out about 260 smaller, its codes now mostly the
//!   ASCII bytes of the words, which deflate alongside the operators.
//! - Otherwise a *symbolic* font whose codes are the subset's glyph ids, read
//!   through a one-subtable (3,0) `cmap` in the program as PDF/UA-1 (7.21.6) asks
//!   of a symbolic TrueType font, with a `/ToUnicode` map for the text.
//!
//! A bigger subset falls back to a two-byte CID font (`Type0`, `Identity-H`)
//! with a `/ToUnicode` map.

use std::collections::{BTreeMap, BTreeSet};

use printpdf_lopdf::{Dictionary, Document, Object};

use super::{PdfError, cmap, content, hash, sfnt, winansi};
use crate::fonts::{FontStyle, metrics};
use crate::layout::LaidOutDocument;

/// The most glyphs a simple font can reach with one-byte codes.
const SIMPLE_FONT_GLYPHS: usize = 256;

/// The subset faces of one document, each under its PDF resource name.
pub(super) struct EmbeddedFonts {
    faces: Vec<Face>,
}

/// How a face's characters become codes in the page content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codes {
    /// A non-symbolic simple font: a character's code is its Windows-1252 byte.
    WinAnsi,
    /// A symbolic simple font: the code is the character's glyph id, one byte.
    GlyphByte,
    /// A CID font: the code is the character's glyph id, two bytes.
    GlyphPair,
}

struct Face {
    style: FontStyle,
    codes: Codes,
    /// Character → its glyph id in the subset, the code of the glyph encodings.
    ascii: [Option<u16>; 128],
    others: BTreeMap<char, u16>,
    /// The slimmed subset font program.
    program: Vec<u8>,
    /// Subset glyph id → the character it draws, for the `/ToUnicode` map
    /// (empty with WinAnsi codes, which need none).
    text: BTreeMap<u16, char>,
    /// The first code with a width (`/FirstChar`, or the first CID of `/W`).
    first_code: usize,
    /// The advance of each code from `first_code` on, in 1/1000 em.
    widths: Vec<i64>,
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
    /// simple font, two in a CID font; .notdef for a character the face lacks);
    /// `false` when the document has no such face. `text` is drawn in `style`
    /// in the document, so with WinAnsi codes each character has one.
    pub(super) fn encode(&self, style: FontStyle, text: &str, codes: &mut Vec<u8>) -> bool {
        let Some(face) = self.faces.iter().find(|face| face.style == style) else {
            return false;
        };
        for ch in text.chars() {
            if face.codes == Codes::WinAnsi {
                // Code 0 has no glyph name: .notdef, like a missing character.
                codes.push(winansi::code(ch).unwrap_or(0));
                continue;
            }
            let gid = match usize::try_from(u32::from(ch)) {
                Ok(cp) if cp < 128 => face.ascii[cp],
                _ => face.others.get(&ch).copied(),
            }
            .unwrap_or(0);
            if face.codes == Codes::GlyphByte {
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
        // Symbolic (bit 3): the codes are glyph ids, not a standard character
        // set; Nonsymbolic (bit 6) otherwise.
        let flags = if self.codes == Codes::GlyphByte {
            4
        } else {
            32
        };
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
        let first = self.first_code;
        let widths: Vec<Object> = self.widths.iter().map(|&w| Object::Integer(w)).collect();
        // How a reader gets from a code back to text: a WinAnsi font's codes
        // are characters already; the others carry a map.
        let to_text = if self.codes == Codes::WinAnsi {
            ("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()))
        } else {
            let map = cmap::to_unicode(&self.text, self.codes == Codes::GlyphByte);
            let map = doc.add_object(content::deflated(Dictionary::new(), map));
            ("ToUnicode", Object::Reference(map))
        };
        if self.codes != Codes::GlyphPair {
            let last = (first + widths.len()).saturating_sub(1);
            return doc.add_object(Dictionary::from_iter([
                ("Type", Object::Name(b"Font".to_vec())),
                ("Subtype", Object::Name(b"TrueType".to_vec())),
                ("BaseFont", name()),
                ("FirstChar", Object::Integer(first as i64)),
                ("LastChar", Object::Integer(last as i64)),
                ("Widths", Object::Array(widths)),
                ("FontDescriptor", Object::Reference(descriptor)),
                to_text,
            ]));
        }
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
            to_text,
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

    // Character → original glyph id in character order, and the original ids.
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
    let winansi = chars.iter().all(|&ch| winansi::code(ch).is_some());
    // WinAnsi: glyphs numbered in character order, so runs of consecutive
    // characters are runs of consecutive glyphs, one `cmap` segment each.
    // Otherwise in ascending original id. Either way the output is deterministic.
    let mut remapper = subsetter::GlyphRemapper::new();
    if winansi {
        for &(_, gid) in &char_glyphs {
            remapper.remap(gid);
        }
    } else {
        for &gid in &originals {
            remapper.remap(gid);
        }
    }
    let hinted =
        subsetter::subset(style.bytes(), 0, &remapper).map_err(|e| error(e.to_string()))?;
    let subset = ttf_parser::Face::parse(&hinted, 0).map_err(|e| error(e.to_string()))?;
    let glyph_count = usize::from(subset.number_of_glyphs());
    let codes = match (glyph_count <= SIMPLE_FONT_GLYPHS, winansi) {
        (true, true) => Codes::WinAnsi,
        (true, false) => Codes::GlyphByte,
        (false, _) => Codes::GlyphPair,
    };
    let upem = i64::from(face_metrics.units_per_em.max(1));
    let per_mille = |v: i64| (v * 1000 + upem / 2).div_euclid(upem);
    let glyph_widths: Vec<i64> = (0..subset.number_of_glyphs())
        .map(|gid| {
            per_mille(i64::from(
                subset
                    .glyph_hor_advance(ttf_parser::GlyphId(gid))
                    .unwrap_or(0),
            ))
        })
        .collect();

    // Character → subset glyph id, in character order.
    let new_glyphs: Vec<(char, u16)> = char_glyphs
        .iter()
        .filter_map(|&(ch, gid)| remapper.get(gid).map(|new_gid| (ch, new_gid)))
        .collect();
    let mut ascii = [None; 128];
    let mut others = BTreeMap::new();
    let mut text = BTreeMap::new();
    let unicode_cmap: Vec<(char, u16)>;
    let (program_cmap, first_code, widths);
    if codes == Codes::WinAnsi {
        // The glyph of each character, and of the character each code is read
        // as where that differs (no-break space as space).
        let mut cmap: BTreeMap<char, u16> = new_glyphs.iter().copied().collect();
        for &(ch, gid) in &new_glyphs {
            cmap.entry(winansi::drawn_as(ch)).or_insert(gid);
        }
        // Each code's width is the advance of the glyph a reader draws for it.
        let code_widths: BTreeMap<usize, i64> = chars
            .iter()
            .filter_map(|&ch| {
                let gid = cmap.get(&winansi::drawn_as(ch)).copied().unwrap_or(0);
                let width = glyph_widths.get(usize::from(gid)).copied().unwrap_or(0);
                winansi::code(ch).map(|code| (usize::from(code), width))
            })
            .collect();
        first_code = code_widths.keys().next().copied().unwrap_or(0);
        let last_code = code_widths.keys().next_back().copied().unwrap_or(0);
        widths = (first_code..=last_code)
            .map(|code| code_widths.get(&code).copied().unwrap_or(0))
            .collect();
        unicode_cmap = cmap.into_iter().collect();
        program_cmap = sfnt::Cmap::Unicode(&unicode_cmap);
    } else {
        for &(ch, new_gid) in &new_glyphs {
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
        first_code = usize::from(!draws_notdef);
        widths = glyph_widths.get(first_code..).unwrap_or_default().to_vec();
        program_cmap = if codes == Codes::GlyphByte {
            sfnt::Cmap::Symbol {
                glyphs: glyph_count,
            }
        } else {
            sfnt::Cmap::None
        };
    }
    let program = sfnt::slim(&hinted, program_cmap, draws_notdef).unwrap_or(hinted);

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
        codes,
        ascii,
        others,
        program,
        text,
        first_code,
        widths,
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
    use crate::pdf::sfnt::tests::Outline;

    fn code(face: &Face, ch: char) -> u16 {
        let cp = u32::from(ch) as usize;
        if cp < 128 {
            face.ascii[cp].unwrap()
        } else {
            face.others[&ch]
        }
    }

    fn width(face: &Face, code: usize) -> i64 {
        face.widths[code - face.first_code]
    }

    fn advance(style: FontStyle, ch: char) -> i64 {
        let m = metrics(style);
        i64::from(m.glyph(ch).unwrap().1) * 1000 / i64::from(m.units_per_em)
    }

    /// The program's only `cmap` subtable.
    fn only_subtable(program: &[u8]) -> ttf_parser::cmap::Subtable<'_> {
        let program = ttf_parser::Face::parse(program, 0).unwrap();
        let subtables: Vec<_> = program
            .tables()
            .cmap
            .unwrap()
            .subtables
            .into_iter()
            .collect();
        assert_eq!(subtables.len(), 1);
        subtables[0]
    }

    /// The number of segments of a `cmap` table with one format 4 subtable.
    fn segments(program: &[u8]) -> u16 {
        let program = ttf_parser::Face::parse(program, 0).unwrap();
        let cmap = program
            .raw_face()
            .table(ttf_parser::Tag::from_bytes(b"cmap"))
            .unwrap();
        assert_eq!(&cmap[12..14], [0, 4], "format 4");
        u16::from_be_bytes([cmap[18], cmap[19]]) / 2
    }

    #[test]
    fn winansi_codes_draw_each_character_with_its_own_outline_and_advance() {
        let text = "Se habla español — “¿Qué?” ¡Sí! • ü… 988 (now)";
        let chars: BTreeSet<char> = text.chars().collect();
        for style in FontStyle::ALL {
            let face = subset_face(style, &chars).unwrap();
            assert_eq!(face.codes, Codes::WinAnsi);
            assert!(face.text.is_empty(), "no /ToUnicode map");
            let fonts = EmbeddedFonts {
                faces: vec![subset_face(style, &chars).unwrap()],
            };
            let mut codes = Vec::new();
            assert!(fonts.encode(style, "¿Qué—“ñ”?", &mut codes));
            assert_eq!(
                codes,
                [0xBF, b'Q', b'u', 0xE9, 0x97, 0x93, 0xF1, 0x94, b'?']
            );

            let original = ttf_parser::Face::parse(style.bytes(), 0).unwrap();
            let program = ttf_parser::Face::parse(&face.program, 0).unwrap();
            let subtable = only_subtable(&face.program);
            assert_eq!(
                (subtable.platform_id, subtable.encoding_id),
                (ttf_parser::PlatformId::Windows, 1)
            );
            let mut last_gid = 0;
            for &ch in &chars {
                let gid = subtable.glyph_index(u32::from(ch)).unwrap();
                assert!(gid.0 > last_gid, "glyphs in character order: {ch}");
                last_gid = gid.0;
                let (mut drawn, mut wanted) = (Outline::default(), Outline::default());
                program.outline_glyph(gid, &mut drawn);
                original.outline_glyph(original.glyph_index(ch).unwrap(), &mut wanted);
                assert_eq!(drawn.0, wanted.0, "{style:?} {ch}");
                let code = usize::from(winansi::code(ch).unwrap());
                assert_eq!(width(&face, code), advance(style, ch), "{style:?} {ch}");
            }
            // /FirstChar..=/LastChar span the codes used; the rest have no width.
            assert_eq!(face.first_code, usize::from(b' '));
            assert_eq!(face.first_code + face.widths.len() - 1, 0xFC, "ü");
            assert_eq!(width(&face, usize::from(b'#')), 0);
        }
    }

    #[test]
    fn runs_of_consecutive_characters_are_one_cmap_segment() {
        let chars: BTreeSet<char> = "abcdef XYZ—".chars().collect();
        let face = subset_face(FontStyle::Regular, &chars).unwrap();
        // Space, X–Z, a–f, em dash and the closing 0xFFFF segment.
        assert_eq!(segments(&face.program), 5);
    }

    #[test]
    fn a_no_break_space_draws_the_glyph_its_code_is_read_as() {
        // Code 0xA0 is named `space` in WinAnsiEncoding: a reader looks up
        // U+0020, so the program maps it even where only U+00A0 is drawn.
        let chars: BTreeSet<char> = "5\u{A0}0".chars().collect();
        let face = subset_face(FontStyle::Bold, &chars).unwrap();
        assert_eq!(face.codes, Codes::WinAnsi);
        let subtable = only_subtable(&face.program);
        let nbsp = subtable.glyph_index(0xA0).unwrap();
        assert_eq!(subtable.glyph_index(0x20), Some(nbsp));
        assert_eq!(width(&face, 0xA0), advance(FontStyle::Bold, '\u{A0}'));
        // Sharing a glyph with the space, it keeps a code of its own.
        let chars: BTreeSet<char> = "5 \u{A0}0".chars().collect();
        let fonts = EmbeddedFonts {
            faces: vec![subset_face(FontStyle::Bold, &chars).unwrap()],
        };
        let mut codes = Vec::new();
        fonts.encode(FontStyle::Bold, "5 5\u{A0}0", &mut codes);
        assert_eq!(codes, [b'5', b' ', b'5', 0xA0, b'0']);
    }

    #[test]
    fn a_character_outside_winansi_makes_a_symbolic_font_of_glyph_ids() {
        let chars: BTreeSet<char> = "ñá“”•–≥".chars().collect();
        let face = subset_face(FontStyle::Regular, &chars).unwrap();
        assert_eq!(face.codes, Codes::GlyphByte);
        let mut drawn: Vec<char> = face.text.values().copied().collect();
        drawn.sort_unstable();
        assert_eq!(drawn, chars.iter().copied().collect::<Vec<_>>());
        let mut new_ids: Vec<u16> = chars.iter().map(|&c| code(&face, c)).collect();
        new_ids.sort_unstable();
        assert_eq!(
            new_ids,
            (1..=7).collect::<Vec<_>>(),
            "dense ids after .notdef"
        );
        for ch in chars {
            assert_eq!(
                width(&face, usize::from(code(&face, ch))),
                advance(FontStyle::Regular, ch),
                "{ch}"
            );
        }
        let sub = ttf_parser::Face::parse(&face.program, 0).unwrap();
        // Accented letters may pull in their component glyphs after these.
        assert!(sub.number_of_glyphs() >= 8);
        assert_eq!(face.first_code, 1, "no .notdef drawn");
        let (tag, rest) = face.base_font.split_once('+').unwrap();
        assert_eq!(rest, "AtkinsonHyperlegible-Regular");
        assert!(tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()));
    }

    #[test]
    fn symbolic_codes_are_one_byte_glyph_ids_the_program_maps_back() {
        let chars: BTreeSet<char> = "Call 988 (now) ≥ 2\\".chars().collect();
        let fonts = EmbeddedFonts {
            faces: vec![subset_face(FontStyle::Bold, &chars).unwrap()],
        };
        let mut codes = Vec::new();
        assert!(fonts.encode(FontStyle::Bold, "Call 988", &mut codes));
        assert_eq!(codes.len(), 8, "one byte a character");
        assert!(!fonts.encode(FontStyle::Regular, "a", &mut codes));
        // The program's (3,0) cmap maps 0xF000 + code to the glyph drawn.
        let face = &fonts.faces[0];
        let subtable = only_subtable(&face.program);
        assert_eq!(
            (subtable.platform_id, subtable.encoding_id),
            (ttf_parser::PlatformId::Windows, 0)
        );
        for ch in chars {
            let c = code(face, ch);
            assert_eq!(
                subtable.glyph_index(0xF000 + u32::from(c)),
                Some(ttf_parser::GlyphId(c)),
                "{ch}"
            );
        }
    }

    #[test]
    fn a_character_the_face_lacks_draws_notdef() {
        let chars: BTreeSet<char> = "a\u{4E2D}".chars().collect();
        let face = subset_face(FontStyle::Regular, &chars).unwrap();
        assert_eq!(face.first_code, 0, ".notdef drawn");
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
