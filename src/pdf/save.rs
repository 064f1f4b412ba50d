//! Writes the finished document as compactly as PDF 1.5 allows.
//!
//! lopdf can put objects in object streams, but writes its cross-reference stream
//! uncompressed at seven bytes an object: with the few hundred small objects of a
//! tagged handout (one per structure element) that was 1.5 KB of a 25 KB file. So
//! this writes the file itself: the objects renumbered densely, every object that
//! is not a stream in one compressed object stream, the streams (fonts, page
//! content, maps, metadata) as they are, and a cross-reference stream with the
//! narrowest field widths, compressed with the PNG "up" predictor, as qpdf does.
//! Whitespace is written only where two tokens would otherwise run together.

use std::collections::BTreeMap;
use std::io::Write as _;

use flate2::Compression;
use printpdf_lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use super::deflate::{Deflater, zlib};
use super::{PdfError, hash};

/// The PDF version written: 1.7 (ISO 32000-1, which PDF/UA-1 builds on). Object
/// and cross-reference streams need 1.5.
const HEADER: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";

/// Plain objects (never streams) that are not in the lopdf document but made
/// when they are written, one at a time, so that a long document's many small
/// objects never all exist at once (see `structure_tree`).
pub(super) trait LazyObjects {
    /// How many there are.
    fn count(&self) -> usize;
    /// The id of the object at `index`; ascending with `index`, and none of
    /// them in the document.
    fn id(&self, index: usize) -> ObjectId;
    /// The object at `index`.
    fn object(&self, index: usize) -> LazyObject<'_>;
}

/// A lazy object as it is made for writing.
pub(super) enum LazyObject<'a> {
    /// Made whole.
    Whole(Object),
    /// A number tree with all its keys in one leaf, `<</Nums[key value …]>>`,
    /// its keys and values made one at a time as they are written: the
    /// parent tree of a long document, as one object, is megabytes.
    Nums(Box<dyn Iterator<Item = Object> + 'a>),
}

/// Where an object to write is.
#[derive(Clone, Copy)]
pub(super) enum Source<'a> {
    Document(&'a Object),
    Lazy(usize),
}

/// Every object of `doc` and `lazy` in ascending id, merged.
pub(super) fn all_objects<'a>(
    doc: &'a Document,
    lazy: &impl LazyObjects,
) -> Vec<(ObjectId, Source<'a>)> {
    let mut all: Vec<(ObjectId, Source)> = doc
        .objects
        .iter()
        .map(|(id, object)| (*id, Source::Document(object)))
        .chain((0..lazy.count()).map(|index| (lazy.id(index), Source::Lazy(index))))
        .collect();
    all.sort_by_key(|(id, _)| *id);
    all
}

/// The bytes of `doc` and `lazy`, `doc`'s trailer's `/Root` and `/Info` kept,
/// with a file identifier (`/ID`) that is a fingerprint of everything written
/// before the cross-reference stream: every object, each serialised once, so
/// the same input gives the same file and a different input another identifier.
pub(super) fn save(doc: &Document, lazy: &impl LazyObjects) -> Result<Vec<u8>, PdfError> {
    // Plain objects first (they share the object stream), then streams; each
    // group in its old order, which is the order they were made in.
    let is_stream = |source: &Source| matches!(source, Source::Document(Object::Stream(_)));
    let mut order = all_objects(doc, lazy);
    order.sort_by_key(|(id, source)| (is_stream(source), *id));
    let renumber: BTreeMap<ObjectId, u32> = order
        .iter()
        .enumerate()
        .map(|(n, (id, _))| (*id, n as u32 + 1))
        .collect();
    let plain = order.iter().take_while(|(_, o)| !is_stream(o)).count();
    let object_stream = order.len() as u32 + 1;
    let xref_number = object_stream + 1;

    // The object stream: "number offset" pairs, then the objects. The header
    // needs every object's offset before the first object, so the objects are
    // serialised twice, one at a time into one scratch buffer: once to learn
    // their lengths, once into the compressor. The serialised body (8 MB for
    // a 5 MB template) is never held whole beside its compressed copy.
    let mut scratch = Vec::new();
    let serialise = |n: usize, scratch: &mut Vec<u8>| {
        scratch.clear();
        if n > 0 {
            scratch.push(b'\n');
        }
        match order[n].1 {
            Source::Document(object) => Serializer::new(scratch, &renumber).object(object),
            Source::Lazy(index) => {
                let mut serializer = Serializer::new(scratch, &renumber);
                match lazy.object(index) {
                    LazyObject::Whole(object) => serializer.object(&object),
                    LazyObject::Nums(items) => serializer.nums(items),
                }
            }
        }
    };
    let mut header = Vec::with_capacity(plain * 8);
    let mut offset = 0;
    for n in 0..plain {
        serialise(n, &mut scratch);
        if n > 0 {
            header.push(b' ');
            offset += 1; // the newline before this object
        }
        write!(header, "{} {}", n + 1, offset).map_err(assemble)?;
        offset += scratch.len() - usize::from(n > 0);
    }
    header.push(b'\n');
    let first = header.len();
    let size = first + offset;
    let mut encoder = Deflater::new(level(size), size / 3);
    encoder.write(&header)?;
    // End the deflate block after the header: its digits and the objects' text
    // compress better with a Huffman code each than with one for both (60 bytes
    // less on the two-page anchor, for the 5 bytes of an empty stored block).
    encoder.end_block()?;
    drop(header);
    // Handed to the compressor a chunk at a time rather than an object at a
    // time: each call into it has its cost.
    let mut chunk = Vec::with_capacity(CHUNK + 4096);
    for n in 0..plain {
        serialise(n, &mut scratch);
        chunk.extend_from_slice(&scratch);
        if chunk.len() >= CHUNK {
            encoder.write(&chunk)?;
            chunk.clear();
        }
    }
    encoder.write(&chunk)?;
    drop((scratch, chunk));
    let packed = encoder.finish()?;

    // Room for everything at once: growing by doubling would briefly need the
    // file twice over.
    let streams: usize = order
        .iter()
        .skip(plain)
        .map(|(_, source)| match source {
            Source::Document(Object::Stream(stream)) => stream.content.len() + 128,
            _ => 0,
        })
        .sum();
    let mut out = Vec::with_capacity(packed.len() + streams + order.len() * 8 + 1024);
    out.extend_from_slice(HEADER);
    // Cross-reference entries by new number: (type, field 2, field 3).
    let mut entries: Vec<(u8, usize, usize)> =
        (0..plain).map(|n| (2, object_stream as usize, n)).collect();

    for (n, (_, source)) in order.iter().enumerate().skip(plain) {
        let Source::Document(Object::Stream(stream)) = source else {
            continue;
        };
        entries.push((1, out.len(), 0));
        let mut dict = stream.dict.clone();
        dict.set("Length", Object::Integer(stream.content.len() as i64));
        writeln!(out, "{} 0 obj", n + 1).map_err(assemble)?;
        Serializer::new(&mut out, &renumber).dictionary(&dict);
        out.extend_from_slice(b"stream\n");
        out.extend_from_slice(&stream.content);
        out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    entries.push((1, out.len(), 0));
    let objstm_dict = Dictionary::from_iter([
        ("Type", Object::Name(b"ObjStm".to_vec())),
        ("N", Object::Integer(plain as i64)),
        ("First", Object::Integer(first as i64)),
        ("Filter", Object::Name(b"FlateDecode".to_vec())),
        ("Length", Object::Integer(packed.len() as i64)),
    ]);
    writeln!(out, "{object_stream} 0 obj").map_err(assemble)?;
    Serializer::new(&mut out, &renumber).dictionary(&objstm_dict);
    out.extend_from_slice(b"stream\n");
    out.extend_from_slice(&packed);
    out.extend_from_slice(b"\nendstream\nendobj\n");

    let xref_offset = out.len();
    entries.push((1, xref_offset, 0));
    let widths = [
        1,
        byte_width(entries.iter().map(|e| e.1).max().unwrap_or(0)),
        byte_width(entries.iter().map(|e| e.2).max().unwrap_or(0)),
    ];
    let rows = xref_rows(&entries, widths);
    let columns = widths.iter().sum::<usize>();
    let packed_xref = deflate(&[&up_predicted(&rows, columns)])?;
    let mut trailer = Dictionary::from_iter([
        ("Type", Object::Name(b"XRef".to_vec())),
        ("Size", Object::Integer(i64::from(xref_number) + 1)),
        (
            "W",
            Object::Array(widths.iter().map(|&w| Object::Integer(w as i64)).collect()),
        ),
        (
            "Index",
            Object::Array(vec![
                Object::Integer(1),
                Object::Integer(i64::from(xref_number)),
            ]),
        ),
    ]);
    for key in [b"Root".as_slice(), b"Info"] {
        if let Ok(value) = doc.trailer.get(key) {
            trailer.set(key.to_vec(), value.clone());
        }
    }
    let mut fingerprint = hash::Fingerprint::new();
    fingerprint.update(&out);
    // As a literal string: 18 bytes or so against the 34 of hex digits, twice,
    // in the one part of the file that is never compressed.
    let id = Object::String(fingerprint.finish().to_vec(), StringFormat::Literal);
    trailer.set("ID", Object::Array(vec![id.clone(), id]));
    trailer.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    trailer.set(
        "DecodeParms",
        Dictionary::from_iter([
            ("Columns", Object::Integer(columns as i64)),
            ("Predictor", Object::Integer(12)),
        ]),
    );
    trailer.set("Length", Object::Integer(packed_xref.len() as i64));
    writeln!(out, "{xref_number} 0 obj").map_err(assemble)?;
    Serializer::new(&mut out, &renumber).dictionary(&trailer);
    out.extend_from_slice(b"stream\n");
    out.extend_from_slice(&packed_xref);
    write!(
        out,
        "\nendstream\nendobj\nstartxref\n{xref_offset}\n%%EOF\n"
    )
    .map_err(assemble)?;
    Ok(out)
}

/// The fewest bytes that hold `value` (at least one).
fn byte_width(value: usize) -> usize {
    let bits = usize::BITS - value.leading_zeros();
    (bits as usize).div_ceil(8).max(1)
}

/// The cross-reference entries as fixed-width big-endian rows.
fn xref_rows(entries: &[(u8, usize, usize)], widths: [usize; 3]) -> Vec<u8> {
    let mut rows = Vec::with_capacity(entries.len() * widths.iter().sum::<usize>());
    for &(kind, second, third) in entries {
        rows.push(kind);
        for (value, width) in [(second, widths[1]), (third, widths[2])] {
            let bytes = value.to_be_bytes();
            rows.extend_from_slice(&bytes[bytes.len() - width..]);
        }
    }
    rows
}

/// The PNG "up" predictor: each row as its difference from the row above, with
/// the filter-type byte (2) in front. Entries of one object stream then differ
/// by a single byte, which deflate packs to almost nothing.
fn up_predicted(rows: &[u8], columns: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows.len() + rows.len() / columns.max(1) + 1);
    let mut previous = vec![0u8; columns];
    for row in rows.chunks(columns) {
        out.push(2);
        for (byte, above) in row.iter().zip(&mut previous) {
            out.push(byte.wrapping_sub(*above));
            *above = *byte;
        }
    }
    out
}

/// Above this many bytes, a stream is compressed at zlib's default level, not
/// its best: on the megabytes of near-identical structure elements of a long
/// document the best level searches long match chains for a few percent of
/// size (see BENCHMARKS.md, "Size curve"). Every shipped handout's object
/// stream is far smaller, so its bytes stay as they were.
const BEST_COMPRESSION_UP_TO: usize = 256 * 1024;

/// How much serialised object text goes to the compressor at a time.
const CHUNK: usize = 64 * 1024;

/// zlib's best level for `size` bytes up to [`BEST_COMPRESSION_UP_TO`], its
/// default above.
fn level(size: usize) -> Compression {
    if size <= BEST_COMPRESSION_UP_TO {
        Compression::best()
    } else {
        Compression::default()
    }
}

/// The parts, one after the other, compressed as one.
fn deflate(parts: &[&[u8]]) -> Result<Vec<u8>, PdfError> {
    let size: usize = parts.iter().map(|part| part.len()).sum();
    zlib(parts, level(size))
}

fn assemble(error: impl std::fmt::Display) -> PdfError {
    PdfError::Assemble(error.to_string())
}

/// Writes objects in PDF syntax with their references renumbered, putting a space
/// only between two tokens that would otherwise merge (`/K 3`, `[1 0 R 2 0 R]`).
struct Serializer<'a> {
    out: &'a mut Vec<u8>,
    renumber: &'a BTreeMap<ObjectId, u32>,
}

impl<'a> Serializer<'a> {
    fn new(out: &'a mut Vec<u8>, renumber: &'a BTreeMap<ObjectId, u32>) -> Self {
        Self { out, renumber }
    }

    /// Writes a token that starts with a regular character (a number, keyword or
    /// reference), with a space before it if the last byte was one too.
    fn regular(&mut self, token: &[u8]) {
        if self.out.last().is_some_and(|&b| is_regular(b)) {
            self.out.push(b' ');
        }
        self.out.extend_from_slice(token);
    }

    fn object(&mut self, object: &Object) {
        match object {
            Object::Null => self.regular(b"null"),
            Object::Boolean(true) => self.regular(b"true"),
            Object::Boolean(false) => self.regular(b"false"),
            Object::Integer(value) => self.regular(value.to_string().as_bytes()),
            Object::Real(value) => self.regular(real(*value).as_bytes()),
            Object::Name(name) => self.name(name),
            Object::String(text, StringFormat::Literal) => self.literal(text),
            Object::String(text, StringFormat::Hexadecimal) => {
                self.out.push(b'<');
                for byte in text {
                    let _ = write!(self.out, "{byte:02X}");
                }
                self.out.push(b'>');
            }
            Object::Array(items) => {
                self.out.push(b'[');
                for item in items {
                    self.object(item);
                }
                self.out.push(b']');
            }
            Object::Dictionary(dict) => self.dictionary(dict),
            // Streams are written as objects of their own, never inside another.
            Object::Stream(stream) => self.dictionary(&stream.dict),
            Object::Reference(id) => {
                let number = self.renumber.get(id).copied().unwrap_or(0);
                self.regular(format!("{number} 0 R").as_bytes());
            }
        }
    }

    /// `<</Nums[…]>>`, as [`Self::dictionary`] writes it, from `items`.
    fn nums(&mut self, items: impl Iterator<Item = Object>) {
        self.out.extend_from_slice(b"<<");
        self.name(b"Nums");
        self.out.push(b'[');
        for item in items {
            self.object(&item);
        }
        self.out.extend_from_slice(b"]>>");
    }

    fn dictionary(&mut self, dict: &Dictionary) {
        self.out.extend_from_slice(b"<<");
        for (key, value) in dict.iter() {
            self.name(key);
            self.object(value);
        }
        self.out.extend_from_slice(b">>");
    }

    fn name(&mut self, name: &[u8]) {
        self.out.push(b'/');
        for &byte in name {
            if is_regular(byte) && byte != b'#' && (33..=126).contains(&byte) {
                self.out.push(byte);
            } else {
                let _ = write!(self.out, "#{byte:02X}");
            }
        }
    }

    fn literal(&mut self, text: &[u8]) {
        self.out.push(b'(');
        for &byte in text {
            match byte {
                b'(' | b')' | b'\\' => self.out.extend_from_slice(&[b'\\', byte]),
                b'\r' => self.out.extend_from_slice(b"\\r"),
                _ => self.out.push(byte),
            }
        }
        self.out.push(b')');
    }
}

/// Whether `byte` is a regular character: neither white space nor a delimiter.
fn is_regular(byte: u8) -> bool {
    !matches!(
        byte,
        b' ' | b'\t'
            | b'\n'
            | b'\r'
            | b'\x0c'
            | 0
            | b'('
            | b')'
            | b'<'
            | b'>'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'/'
            | b'%'
    )
}

/// A real number with no exponent and no trailing zeros ("748.74", "54", "0.5").
fn real(value: f32) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let text = format!("{:.4}", value);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        "-0" | "" => "0".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_separated_only_where_they_would_merge() {
        let renumber = BTreeMap::from([((7, 0), 2)]);
        let mut out = Vec::new();
        let dict = Dictionary::from_iter([
            ("S", Object::Name(b"P".to_vec())),
            ("P", Object::Reference((7, 0))),
            (
                "K",
                Object::Array(vec![
                    Object::Integer(0),
                    Object::Integer(1),
                    Object::Real(2.5),
                ]),
            ),
            (
                "T",
                Object::String(b"a (b) \\".to_vec(), StringFormat::Literal),
            ),
            ("N", Object::Name(b"A B#".to_vec())),
        ]);
        Serializer::new(&mut out, &renumber).dictionary(&dict);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<</S/P/P 2 0 R/K[0 1 2.5]/T(a \\(b\\) \\\\)/N/A#20B#23>>"
        );
        assert_eq!(real(748.74), "748.74");
        assert_eq!(real(-0.0), "0");
        assert_eq!(real(54.0), "54");
    }

    #[test]
    fn a_number_tree_made_piece_by_piece_is_written_as_a_whole_one() {
        let renumber = BTreeMap::from([((7, 0), 2), ((8, 0), 3)]);
        let items = vec![
            Object::Integer(0),
            Object::Array(vec![Object::Reference((7, 0)), Object::Null]),
            Object::Integer(1),
            Object::Reference((8, 0)),
        ];
        let mut whole = Vec::new();
        Serializer::new(&mut whole, &renumber).dictionary(&Dictionary::from_iter([(
            "Nums",
            Object::Array(items.clone()),
        )]));
        let mut pieces = Vec::new();
        Serializer::new(&mut pieces, &renumber).nums(items.into_iter());
        assert_eq!(
            String::from_utf8(pieces).unwrap(),
            "<</Nums[0[2 0 R null]1 3 0 R]>>"
        );
        assert_eq!(whole, b"<</Nums[0[2 0 R null]1 3 0 R]>>");
    }

    #[test]
    fn only_large_streams_give_up_the_best_compression() {
        assert_eq!(level(24_000).level(), Compression::best().level());
        assert_eq!(level(BEST_COMPRESSION_UP_TO).level(), 9);
        assert_eq!(level(BEST_COMPRESSION_UP_TO + 1).level(), 6);
    }

    #[test]
    fn the_up_predictor_and_widths() {
        assert_eq!(byte_width(0), 1);
        assert_eq!(byte_width(255), 1);
        assert_eq!(byte_width(256), 2);
        assert_eq!(byte_width(70_000), 3);
        let rows = xref_rows(&[(2, 9, 0), (2, 9, 1)], [1, 1, 1]);
        assert_eq!(rows, [2, 9, 0, 2, 9, 1]);
        assert_eq!(up_predicted(&rows, 3), [2, 2, 9, 0, 2, 0, 0, 1]);
    }
}
