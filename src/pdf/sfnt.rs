//! Slims a subset TrueType font program down to what a PDF font needs.
//!
//! - Hinting (the `fpgm`, `prep` and `cvt ` tables and each glyph's instructions) only
//!   sharpens small text on low-resolution screens; printers and PDF viewers at zoom
//!   do not need it, and WeasyPrint and others leave it out of embedded subsets. Here
//!   it is about 40% of a subset's bytes.
//! - `post` loses its glyph names. A CID font finds glyphs by id; a reader uses the
//!   names of a simple font's program only when it has no (3,1) or (3,0) `cmap`
//!   (ISO 32000-1, 9.6.6.4), and ours always has one.
//! - A simple PDF font (one-byte codes) gets a `cmap` with one subtable; the
//!   subsetter writes none, as CID fonts need none. A non-symbolic font
//!   (`/WinAnsiEncoding`) gets a Microsoft Unicode (3,1) subtable mapping each
//!   character to its glyph ([`unicode_cmap`]), 8 bytes a run of characters, which
//!   costs about 100 compressed bytes a face but lets the font go without a
//!   `/ToUnicode` map of about 350; a symbolic one (glyph ids as codes) gets a
//!   Microsoft Symbol (3,0) subtable of one range ([`symbol_cmap`]). PDF/UA-1
//!   (7.21.6) asks for exactly these.
//! - Glyph 0 (.notdef) keeps its outline only when the document draws it (a
//!   character the face lacks); otherwise it is empty, as fontTools' subsetter
//!   leaves it by default: 80 bytes a face, about 75 compressed.
//! - `name` keeps the copyright notice and the licence's address, and drops the
//!   rest (designer, vendor, version, licence summary; the PostScript name is the
//!   PDF font's `/BaseFont`). Each is one Macintosh Roman record, one byte a
//!   character, rather than the face's Windows record in UTF-16: about 120
//!   compressed bytes less a face, and no reader of an embedded PDF font looks
//!   at `name` at all.
//!
//! The subsetter keeps those as they were, so this is a byte-level rewrite of the
//! tables concerned and of the table directory, following the OpenType specification.

use std::collections::BTreeMap;

/// Tables dropped outright: the hinting programs and their control values.
const DROPPED: [&[u8; 4]; 3] = [b"cvt ", b"fpgm", b"prep"];

/// Name records kept: the copyright notice and the licence's address.
const KEPT_NAMES: [u16; 2] = [0, 14];

/// The `cmap` a slimmed program gets, for how its PDF font finds glyphs.
pub(super) enum Cmap<'a> {
    /// None: a CID font's codes are its glyph ids (`/CIDToGIDMap /Identity`).
    None,
    /// A symbolic simple font's one-byte codes are the ids of the first
    /// `glyphs` glyphs (see [`symbol_cmap`]).
    Symbol { glyphs: usize },
    /// A non-symbolic simple font (`/WinAnsiEncoding`) finds each glyph by the
    /// Unicode value of its code's name: (character, glyph id) pairs in
    /// character order (see [`unicode_cmap`]).
    Unicode(&'a [(char, u16)]),
}

/// Returns `font` slimmed, or `None` if it is not a TrueType font this rewrite
/// understands (the caller then embeds the subset as it is), with `cmap` as its
/// only `cmap` table; glyph 0 keeps its outline only if `notdef_drawn`.
pub(super) fn slim(font: &[u8], cmap: Cmap<'_>, notdef_drawn: bool) -> Option<Vec<u8>> {
    let tables = read_directory(font)?;
    let head = tables.get(b"head")?;
    let long_loca_in = read_u16(head, 50)? == 1;
    let glyph_count = usize::from(read_u16(tables.get(b"maxp")?, 4)?);
    let (glyf, loca) = strip_glyphs(
        tables.get(b"glyf")?,
        tables.get(b"loca")?,
        glyph_count,
        long_loca_in,
        notdef_drawn,
    )?;

    let mut out_tables: BTreeMap<[u8; 4], Vec<u8>> = BTreeMap::new();
    for (tag, data) in &tables {
        if !DROPPED.contains(&tag) {
            out_tables.insert(*tag, data.to_vec());
        }
    }
    let long_loca = loca.len() > 2 * (glyph_count + 1);
    if let Some(head) = out_tables.get_mut(b"head") {
        head.get_mut(50..52)?
            .copy_from_slice(&u16::from(long_loca).to_be_bytes());
    }
    if let Some(post) = out_tables.get_mut(b"post") {
        // Version 3.0: the same header, no glyph names.
        if post.len() >= 32 {
            post.truncate(32);
            post[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
        }
    }
    if let Some(name) = out_tables.get_mut(b"name")
        && let Some(kept) = keep_names(name)
    {
        *name = kept;
    }
    match cmap {
        Cmap::None => {}
        Cmap::Symbol { glyphs } => {
            out_tables.insert(*b"cmap", symbol_cmap(glyphs)?);
        }
        Cmap::Unicode(pairs) => {
            out_tables.insert(*b"cmap", unicode_cmap(pairs)?);
        }
    }
    out_tables.insert(*b"glyf", glyf);
    out_tables.insert(*b"loca", loca);
    Some(write_font(font.get(..4)?, &out_tables))
}

/// The table directory as tag → table bytes.
fn read_directory(font: &[u8]) -> Option<BTreeMap<[u8; 4], &[u8]>> {
    if font.get(..4)? != [0, 1, 0, 0] && font.get(..4)? != b"true" {
        return None;
    }
    let count = usize::from(read_u16(font, 4)?);
    let mut tables = BTreeMap::new();
    for i in 0..count {
        let record = font.get(12 + 16 * i..28 + 16 * i)?;
        let tag: [u8; 4] = record.get(..4)?.try_into().ok()?;
        let offset = usize::try_from(read_u32(record, 8)?).ok()?;
        let length = usize::try_from(read_u32(record, 12)?).ok()?;
        tables.insert(tag, font.get(offset..offset.checked_add(length)?)?);
    }
    Some(tables)
}

/// Rewrites `glyf` without instructions and returns it with its new `loca`
/// (short format when it fits); glyph 0 is left empty unless `notdef_drawn`.
fn strip_glyphs(
    glyf: &[u8],
    loca: &[u8],
    glyph_count: usize,
    long_loca: bool,
    notdef_drawn: bool,
) -> Option<(Vec<u8>, Vec<u8>)> {
    let offset = |i: usize| -> Option<usize> {
        if long_loca {
            usize::try_from(read_u32(loca, 4 * i)?).ok()
        } else {
            Some(usize::from(read_u16(loca, 2 * i)?) * 2)
        }
    };
    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut offsets = Vec::with_capacity(glyph_count + 1);
    for i in 0..glyph_count {
        offsets.push(new_glyf.len());
        let glyph = glyf.get(offset(i)?..offset(i + 1)?)?;
        if !glyph.is_empty() && (i > 0 || notdef_drawn) {
            strip_glyph(glyph, &mut new_glyf)?;
            if new_glyf.len() % 2 == 1 {
                new_glyf.push(0);
            }
        }
    }
    offsets.push(new_glyf.len());

    let short = new_glyf.len() / 2 <= usize::from(u16::MAX);
    let mut new_loca = Vec::with_capacity(offsets.len() * if short { 2 } else { 4 });
    for off in offsets {
        if short {
            new_loca.extend_from_slice(&u16::try_from(off / 2).ok()?.to_be_bytes());
        } else {
            new_loca.extend_from_slice(&u32::try_from(off).ok()?.to_be_bytes());
        }
    }
    Some((new_glyf, new_loca))
}

/// Appends `glyph` without its instructions to `out`.
fn strip_glyph(glyph: &[u8], out: &mut Vec<u8>) -> Option<()> {
    let contours = i16::from_be_bytes(glyph.get(..2)?.try_into().ok()?);
    if contours >= 0 {
        // Simple glyph: header, endPtsOfContours, instructionLength, instructions, rest.
        let end_points_end = 10 + 2 * usize::try_from(contours).ok()?;
        let instructions = usize::from(read_u16(glyph, end_points_end)?);
        let rest = glyph.get(end_points_end + 2 + instructions..)?;
        out.extend_from_slice(glyph.get(..end_points_end)?);
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(rest);
        return Some(());
    }
    // Composite glyph: components, then instructions if a component says so.
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAVE_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const HAVE_XY_SCALE: u16 = 0x0040;
    const HAVE_2X2: u16 = 0x0080;
    const HAVE_INSTRUCTIONS: u16 = 0x0100;
    let start = out.len();
    let mut pos = 10;
    loop {
        let flags = read_u16(glyph, pos)?;
        let flags_at = start + pos;
        let mut len = 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        if flags & HAVE_SCALE != 0 {
            len += 2;
        } else if flags & HAVE_XY_SCALE != 0 {
            len += 4;
        } else if flags & HAVE_2X2 != 0 {
            len += 8;
        }
        pos += len;
        if pos > glyph.len() {
            return None;
        }
        if out.len() == start {
            out.extend_from_slice(glyph.get(..10)?);
        }
        out.extend_from_slice(glyph.get(pos - len..pos)?);
        out.get_mut(flags_at..flags_at + 2)?
            .copy_from_slice(&(flags & !HAVE_INSTRUCTIONS).to_be_bytes());
        if flags & MORE_COMPONENTS == 0 {
            return Some(());
        }
    }
}

/// A `cmap` table with one subtable, Microsoft Symbol (3,0) format 4, that maps
/// 0xF000 + code to glyph `code` for the first `glyphs` glyphs: how a PDF reader
/// finds the glyph of a one-byte code in a symbolic TrueType font with no
/// `/Encoding` (ISO 32000-1, 9.6.6.4), the one encoding PDF/UA-1 (7.21.6) wants.
fn symbol_cmap(glyphs: usize) -> Option<Vec<u8>> {
    let last = 0xF000u16.checked_add(u16::try_from(glyphs.checked_sub(1)?).ok()?)?;
    let mut table = Vec::with_capacity(44);
    // Header: version 0, one encoding record at offset 12.
    for v in [0u16, 1, 3, 0] {
        table.extend_from_slice(&v.to_be_bytes());
    }
    table.extend_from_slice(&12u32.to_be_bytes());
    // Format 4 with two segments: 0xF000..=last, and the closing 0xFFFF.
    let seg_x2 = 4u16;
    for v in [
        4u16, 32, // length
        0,  // language
        seg_x2, 4, // searchRange: 2 × 2^floor(log2(2))
        1, // entrySelector
        0, // rangeShift
        last, 0xFFFF, // endCode
        0,      // reservedPad
        0xF000, 0xFFFF, // startCode
        0x1000, // idDelta: 0xF000 + code + 0x1000 = code (mod 2^16)
        1,      // idDelta of the closing segment
        0, 0, // idRangeOffset
    ] {
        table.extend_from_slice(&v.to_be_bytes());
    }
    Some(table)
}

/// A `cmap` table with one subtable, Microsoft Unicode (3,1) format 4, that maps
/// each character of `pairs` (in character order, all in the Basic Multilingual
/// Plane) to its glyph: what a non-symbolic TrueType font needs (ISO 32000-1,
/// 9.6.6.4; PDF/UA-1, 7.21.6). Each run of consecutive characters with
/// consecutive glyph ids is one segment with an `idDelta` and no `glyphIdArray`,
/// 8 bytes; the subset numbers its glyphs in character order so runs stay long.
fn unicode_cmap(pairs: &[(char, u16)]) -> Option<Vec<u8>> {
    // Segments as (first character, last character, glyph of the first).
    let mut segments: Vec<(u16, u16, u16)> = Vec::new();
    for &(ch, gid) in pairs {
        let cp = u16::try_from(u32::from(ch))
            .ok()
            .filter(|&cp| cp < 0xFFFF)?;
        match segments.last_mut() {
            Some((first, last, start))
                if cp == last.wrapping_add(1) && gid == start.wrapping_add(cp - *first) =>
            {
                *last = cp;
            }
            Some((_, last, _)) if cp <= *last => return None,
            _ => segments.push((cp, cp, gid)),
        }
    }
    // The closing segment every format 4 subtable ends with: 0xFFFF to glyph 0.
    segments.push((0xFFFF, 0xFFFF, 0));
    let count = u16::try_from(segments.len()).ok()?;
    let mut entry_selector = 0u16;
    while (2u32 << entry_selector) <= u32::from(count) {
        entry_selector += 1;
    }
    let search_range = 2u16 << entry_selector;
    let length = count.checked_mul(8)?.checked_add(16)?;
    let mut table = Vec::with_capacity(12 + usize::from(length));
    // Header: version 0, one encoding record (3,1) at offset 12.
    for v in [0u16, 1, 3, 1] {
        table.extend_from_slice(&v.to_be_bytes());
    }
    table.extend_from_slice(&12u32.to_be_bytes());
    let header = [
        4,
        length,
        0, // language
        2 * count,
        search_range,
        entry_selector,
        2 * count - search_range,
    ];
    let ends = segments.iter().map(|s| s.1);
    let starts = segments.iter().map(|s| s.0);
    // Glyph = character + idDelta (mod 2^16).
    let deltas = segments
        .iter()
        .map(|&(first, _, start)| start.wrapping_sub(first));
    let words = header
        .into_iter()
        .chain(ends)
        .chain([0]) // reservedPad
        .chain(starts)
        .chain(deltas)
        .chain(segments.iter().map(|_| 0)); // idRangeOffset
    for v in words {
        table.extend_from_slice(&v.to_be_bytes());
    }
    Some(table)
}

/// A format 0 `name` table with only the [`KEPT_NAMES`] records, each once, as a
/// Macintosh Roman (1,0) record where its text is ASCII (else as it was), or
/// `None` to keep the table as it is.
fn keep_names(name: &[u8]) -> Option<Vec<u8>> {
    if read_u16(name, 0)? != 0 {
        return None;
    }
    let count = usize::from(read_u16(name, 2)?);
    let storage = usize::from(read_u16(name, 4)?);
    // name id → (platform, encoding, language, text), the first record of each id.
    let mut kept: BTreeMap<u16, ([u16; 3], Vec<u8>)> = BTreeMap::new();
    for i in 0..count {
        let record = name.get(6 + 12 * i..18 + 12 * i)?;
        let id = read_u16(record, 6)?;
        if !KEPT_NAMES.contains(&id) || kept.contains_key(&id) {
            continue;
        }
        let ids = [
            read_u16(record, 0)?,
            read_u16(record, 2)?,
            read_u16(record, 4)?,
        ];
        let length = usize::from(read_u16(record, 8)?);
        let offset = storage + usize::from(read_u16(record, 10)?);
        let text = name.get(offset..offset + length)?;
        kept.insert(id, as_mac_roman(ids, text).unwrap_or((ids, text.to_vec())));
    }
    // Records sorted by platform, encoding, language, then name id, as the
    // specification asks.
    let mut records: Vec<(u16, [u16; 3], Vec<u8>)> = kept
        .into_iter()
        .map(|(id, (ids, text))| (id, ids, text))
        .collect();
    records.sort_by_key(|(id, ids, _)| (*ids, *id));
    let mut out = Vec::with_capacity(6 + 12 * records.len() + 128);
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&u16::try_from(records.len()).ok()?.to_be_bytes());
    out.extend_from_slice(&u16::try_from(6 + 12 * records.len()).ok()?.to_be_bytes());
    let mut offset = 0usize;
    for (id, ids, text) in &records {
        for v in [ids[0], ids[1], ids[2], *id, u16::try_from(text.len()).ok()?]
            .into_iter()
            .chain([u16::try_from(offset).ok()?])
        {
            out.extend_from_slice(&v.to_be_bytes());
        }
        offset += text.len();
    }
    for (_, _, text) in &records {
        out.extend_from_slice(text);
    }
    Some(out)
}

/// A Windows Unicode (3,1) name's UTF-16BE `text` as a Macintosh Roman (1,0),
/// English record, when every character is ASCII (the same byte in both).
fn as_mac_roman(ids: [u16; 3], text: &[u8]) -> Option<([u16; 3], Vec<u8>)> {
    if ids[0] != 3 || ids[1] != 1 || !text.len().is_multiple_of(2) {
        return None;
    }
    let ascii: Option<Vec<u8>> = text
        .chunks_exact(2)
        .map(|unit| match unit {
            [0, byte] if byte.is_ascii() && !byte.is_ascii_control() => Some(*byte),
            _ => None,
        })
        .collect();
    Some(([1, 0, 0], ascii?))
}

/// Writes a font file with `tables`, in tag order, with fresh checksums.
fn write_font(version: &[u8], tables: &BTreeMap<[u8; 4], Vec<u8>>) -> Vec<u8> {
    let count = tables.len();
    let mut entry_selector = 0u16;
    while (2usize << entry_selector) <= count {
        entry_selector += 1;
    }
    let search_range = (1u16 << entry_selector) * 16;
    let count16 = u16::try_from(count).unwrap_or(u16::MAX);
    let range_shift = count16.saturating_mul(16).saturating_sub(search_range);

    let total = 12 + 16 * count + tables.values().map(|t| (t.len() + 3) & !3).sum::<usize>();
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(version);
    for v in [count16, search_range, entry_selector, range_shift] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * count;
    let mut head_offset = None;
    for (tag, data) in tables {
        if tag == b"head" {
            head_offset = Some(offset);
        }
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data, tag == b"head").to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).unwrap_or(0).to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(0).to_be_bytes());
        offset += (data.len() + 3) & !3;
    }
    for data in tables.values() {
        out.extend_from_slice(data);
        out.resize((out.len() + 3) & !3, 0);
    }
    if let Some(head) = head_offset
        && let Some(adjust) = out.get_mut(head + 8..head + 12)
    {
        adjust.fill(0);
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out, false));
        if let Some(adjust) = out.get_mut(head + 8..head + 12) {
            adjust.copy_from_slice(&adjustment.to_be_bytes());
        }
    }
    out
}

/// The OpenType table checksum; for `head`, with checkSumAdjustment counted as zero.
fn checksum(data: &[u8], is_head: bool) -> u32 {
    let mut sum = 0u32;
    for (i, chunk) in data.chunks(4).enumerate() {
        if is_head && i == 2 {
            continue;
        }
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum = sum.wrapping_add(u32::from_be_bytes(word));
    }
    sum
}

fn read_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::fonts::FontStyle;

    fn subset(style: FontStyle, text: &str) -> Vec<u8> {
        let metrics = crate::fonts::metrics(style);
        let mut remapper = subsetter::GlyphRemapper::new();
        for ch in text.chars() {
            if let Some((gid, _)) = metrics.glyph(ch) {
                remapper.remap(gid);
            }
        }
        subsetter::subset(style.bytes(), 0, &remapper).unwrap()
    }

    #[test]
    fn slim_fonts_parse_and_keep_every_outline_and_the_copyright() {
        for style in FontStyle::ALL {
            let hinted = subset(style, "Se habla español — “quotes” • bullets Ññ 0123 Ǻ");
            let plain = slim(&hinted, Cmap::None, true).expect("strips");
            assert!(plain.len() < hinted.len() * 3 / 4, "{style:?}");
            let before = ttf_parser::Face::parse(&hinted, 0).unwrap();
            let after = ttf_parser::Face::parse(&plain, 0).unwrap();
            for tag in DROPPED {
                assert!(
                    after
                        .raw_face()
                        .table(ttf_parser::Tag::from_bytes(tag))
                        .is_none()
                );
            }
            assert_eq!(before.number_of_glyphs(), after.number_of_glyphs());
            for gid in 0..before.number_of_glyphs() {
                let gid = ttf_parser::GlyphId(gid);
                assert_eq!(
                    before.glyph_bounding_box(gid),
                    after.glyph_bounding_box(gid)
                );
                assert_eq!(before.glyph_hor_advance(gid), after.glyph_hor_advance(gid));
                let (mut a, mut b) = (Outline::default(), Outline::default());
                before.outline_glyph(gid, &mut a);
                after.outline_glyph(gid, &mut b);
                assert_eq!(a.0, b.0, "{style:?} glyph {gid:?}");
            }
            assert_eq!(checksum(&plain, false), 0xB1B0_AFBA, "whole-font checksum");
            let names: Vec<(u16, u16, u16)> = after
                .names()
                .into_iter()
                .map(|n| (n.platform_id as u16, n.encoding_id, n.name_id))
                .collect();
            assert_eq!(
                names,
                [(1, 0, 0), (1, 0, 14)],
                "Mac Roman copyright and licence"
            );
            let text = |id| {
                let name = after.names().into_iter().find(|n| n.name_id == id).unwrap();
                String::from_utf8(name.name.to_vec()).unwrap()
            };
            assert_eq!(text(0), "Copyright 2020 Braille Institute of America, Inc.");
            assert_eq!(text(14), "https://scripts.sil.org/OFL");
        }
    }

    #[test]
    fn notdef_keeps_its_outline_only_where_it_is_drawn() {
        let hinted = subset(FontStyle::Regular, "abc");
        let outline = |font: &[u8], gid| {
            let face = ttf_parser::Face::parse(font, 0).unwrap();
            let mut outline = Outline::default();
            face.outline_glyph(ttf_parser::GlyphId(gid), &mut outline);
            (
                outline.0.len(),
                face.glyph_hor_advance(ttf_parser::GlyphId(gid)),
            )
        };
        let drawn = slim(&hinted, Cmap::None, true).unwrap();
        let unused = slim(&hinted, Cmap::None, false).unwrap();
        assert!(outline(&drawn, 0).0 > 0, "the missing-glyph box");
        assert_eq!(outline(&unused, 0).0, 0, "an empty glyph");
        assert_eq!(outline(&drawn, 0).1, outline(&unused, 0).1, "same advance");
        assert_eq!(
            outline(&drawn, 1),
            outline(&unused, 1),
            "the others untouched"
        );
        assert!(unused.len() + 60 < drawn.len());
    }

    #[test]
    fn a_symbol_cmap_maps_codes_to_glyph_ids() {
        let hinted = subset(FontStyle::Regular, "abc");
        let plain = slim(&hinted, Cmap::Symbol { glyphs: 4 }, true).unwrap();
        let face = ttf_parser::Face::parse(&plain, 0).unwrap();
        let subtable = face.tables().cmap.unwrap().subtables.get(0).unwrap();
        assert_eq!(subtable.platform_id, ttf_parser::PlatformId::Windows);
        assert_eq!(subtable.encoding_id, 0);
        for code in 1..4u16 {
            assert_eq!(
                subtable.glyph_index(0xF000 + u32::from(code)),
                Some(ttf_parser::GlyphId(code))
            );
        }
        assert_eq!(subtable.glyph_index(0xF004), None);
        assert_eq!(checksum(&plain, false), 0xB1B0_AFBA, "whole-font checksum");
    }

    #[test]
    fn a_unicode_cmap_maps_characters_in_runs_of_one_segment() {
        let hinted = subset(FontStyle::Regular, "abc");
        let pairs = [('a', 1), ('b', 2), ('c', 3), ('e', 3), ('é', 1)];
        let plain = slim(&hinted, Cmap::Unicode(&pairs), true).unwrap();
        let face = ttf_parser::Face::parse(&plain, 0).unwrap();
        let subtable = face.tables().cmap.unwrap().subtables.get(0).unwrap();
        assert_eq!(subtable.platform_id, ttf_parser::PlatformId::Windows);
        assert_eq!(subtable.encoding_id, 1);
        for (ch, gid) in pairs {
            assert_eq!(
                subtable.glyph_index(u32::from(ch)),
                Some(ttf_parser::GlyphId(gid)),
                "{ch}"
            );
        }
        for ch in ['d', 'f', ' '] {
            assert_eq!(subtable.glyph_index(u32::from(ch)), None, "{ch:?}");
        }
        let table = unicode_cmap(&pairs).unwrap();
        // a–c, e, é and the closing segment: four, 8 bytes each after the header.
        assert_eq!(u16::from_be_bytes([table[18], table[19]]), 2 * 4);
        assert_eq!(table.len(), 12 + 16 + 8 * 4);
        assert_eq!(checksum(&plain, false), 0xB1B0_AFBA, "whole-font checksum");
    }

    #[test]
    fn a_unicode_cmap_needs_characters_in_order_inside_the_bmp() {
        assert!(unicode_cmap(&[('b', 1), ('a', 2)]).is_none());
        assert!(unicode_cmap(&[('a', 1), ('a', 2)]).is_none());
        assert!(unicode_cmap(&[('😀', 1)]).is_none());
        assert!(unicode_cmap(&[]).is_some());
    }

    #[test]
    fn rejects_what_it_does_not_understand() {
        assert!(slim(b"OTTO and more", Cmap::None, true).is_none());
        assert!(slim(&[0, 1, 0, 0, 0, 9], Cmap::Symbol { glyphs: 3 }, true).is_none());
    }

    /// A glyph's outline as text, to compare two fonts' drawings of it.
    #[derive(Default)]
    pub(in crate::pdf) struct Outline(pub(in crate::pdf) Vec<String>);

    impl ttf_parser::OutlineBuilder for Outline {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("M{x} {y}"));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("L{x} {y}"));
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0.push(format!("Q{x1} {y1} {x} {y}"));
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0.push(format!("C{x1} {y1} {x2} {y2} {x} {y}"));
        }
        fn close(&mut self) {
            self.0.push("Z".into());
        }
    }
}
