//! The `/ToUnicode` map that turns a font's glyph codes back into text.
//!
//! Copying, searching and screen readers all read text through it, in the fonts
//! whose codes are glyph ids: a symbolic simple font, used when a face draws a
//! character outside WinAnsiEncoding (such as "≥"), and a CID font, used past 256
//! glyphs. A font with `/WinAnsiEncoding`, which every English and Spanish handout
//! gets today, has none: its codes' glyph names give the text (ISO 32000-1,
//! 9.10.2), and leaving the maps out saves about 700 bytes on the two-page anchor
//! handout (issue 12).
//!
//! printpdf writes one line per glyph under a long header; this writes runs of
//! consecutive glyphs with consecutive characters as one range, which is about
//! half the size. Tokens are separated by spaces even where PostScript would not
//! need them, for readers with stricter parsers.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The CMap for a font whose glyph `code` draws `char`; codes are one byte
/// (`one_byte`, a simple font's, all below 256) or two.
pub(super) fn to_unicode(glyphs: &BTreeMap<u16, char>, one_byte: bool) -> Vec<u8> {
    let mut ranges: Vec<(u16, u16, char)> = Vec::new();
    let mut singles: Vec<(u16, char)> = Vec::new();
    let mut pending: Option<(u16, u16, char)> = None;
    for (&code, &ch) in glyphs {
        if let Some((first, last, start)) = &mut pending
            && extends(*first, *last, *start, code, ch)
        {
            *last = code;
            continue;
        }
        flush(pending.take(), &mut ranges, &mut singles);
        pending = Some((code, code, ch));
    }
    flush(pending, &mut ranges, &mut singles);

    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n",
    );
    out.push_str(if one_byte {
        "<00> <FF>\n"
    } else {
        "<0000> <FFFF>\n"
    });
    out.push_str("endcodespacerange\n");
    let hex = |code: u16| {
        if one_byte {
            format!("<{code:02X}>")
        } else {
            format!("<{code:04X}>")
        }
    };
    // At most 100 entries per block (PDF 32000-1, 9.10.3).
    for block in ranges.chunks(100) {
        let _ = writeln!(out, "{} beginbfrange", block.len());
        for &(first, last, start) in block {
            let _ = writeln!(
                out,
                "{} {} <{:04X}>",
                hex(first),
                hex(last),
                u32::from(start)
            );
        }
        out.push_str("endbfrange\n");
    }
    for block in singles.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", block.len());
        for &(code, ch) in block {
            let _ = write!(out, "{} <", hex(code));
            for unit in ch.encode_utf16(&mut [0; 2]) {
                let _ = write!(out, "{unit:04X}");
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

/// Whether `code → ch` continues the range `first..=last → start..`. A range may only
/// vary in the last byte of both the code and the UTF-16 value (9.10.3), so neither
/// may cross a multiple of 256; characters outside the BMP are never in a range.
fn extends(first: u16, last: u16, start: char, code: u16, ch: char) -> bool {
    code == last.wrapping_add(1)
        && code >> 8 == first >> 8
        && u32::from(ch) == u32::from(start) + u32::from(code - first)
        && u32::from(ch) >> 8 == u32::from(start) >> 8
        && u32::from(ch) <= 0xFFFF
}

fn flush(
    pending: Option<(u16, u16, char)>,
    ranges: &mut Vec<(u16, u16, char)>,
    singles: &mut Vec<(u16, char)>,
) {
    match pending {
        Some((first, last, start)) if first != last => ranges.push((first, last, start)),
        Some((code, _, ch)) => singles.push((code, ch)),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_become_ranges_and_the_rest_single_entries() {
        let glyphs: BTreeMap<u16, char> = [
            (1, ' '),
            (2, 'a'),
            (3, 'b'),
            (4, 'c'),
            (5, 'e'),
            (6, 'ñ'),
            (7, '😀'),
        ]
        .into();
        let cmap = String::from_utf8(to_unicode(&glyphs, false)).unwrap();
        assert!(
            cmap.contains("1 beginbfrange\n<0002> <0004> <0061>\nendbfrange"),
            "{cmap}"
        );
        assert!(
            cmap.contains(
                "4 beginbfchar\n<0001> <0020>\n<0005> <0065>\n<0006> <00F1>\n<0007> <D83DDE00>\n"
            ),
            "{cmap}"
        );
    }

    /// PostScript needs no space between two hex strings, but at least one PDF/UA
    /// checker (page-validation's CMap parser) reads `<0001><0020>` as malformed.
    #[test]
    fn tokens_are_separated_for_strict_readers() {
        let glyphs: BTreeMap<u16, char> = [(1, ' '), (2, 'a'), (3, 'b')].into();
        let cmap = String::from_utf8(to_unicode(&glyphs, false)).unwrap();
        assert!(!cmap.contains("><"), "{cmap}");
        assert!(
            cmap.contains("<</Registry (Adobe) /Ordering (UCS) /Supplement 0>>"),
            "{cmap}"
        );
    }

    #[test]
    fn simple_fonts_have_one_byte_codes() {
        let glyphs: BTreeMap<u16, char> = [(1, ' '), (2, 'a'), (3, 'b'), (9, '\u{201C}')].into();
        let cmap = String::from_utf8(to_unicode(&glyphs, true)).unwrap();
        assert!(cmap.contains("begincodespacerange\n<00> <FF>\n"), "{cmap}");
        assert!(cmap.contains("<02> <03> <0061>"), "{cmap}");
        assert!(cmap.contains("<01> <0020>\n<09> <201C>\n"), "{cmap}");
    }

    #[test]
    fn ranges_do_not_cross_a_byte_boundary() {
        let glyphs: BTreeMap<u16, char> = [(0xFE, 'x'), (0xFF, 'y'), (0x100, 'z')].into();
        let cmap = String::from_utf8(to_unicode(&glyphs, false)).unwrap();
        assert!(cmap.contains("<00FE> <00FF> <0078>"), "{cmap}");
        assert!(cmap.contains("<0100> <007A>"), "{cmap}");
        let glyphs: BTreeMap<u16, char> = [(1, '\u{FF}'), (2, '\u{100}')].into();
        let cmap = String::from_utf8(to_unicode(&glyphs, false)).unwrap();
        assert!(cmap.contains("2 beginbfchar"), "{cmap}");
    }
}
