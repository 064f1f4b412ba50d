//! A page content stream as bytes, written operator by operator.
//!
//! The page writer used to hand printpdf a list of operations per page, which
//! printpdf turned into lopdf operations and then bytes; for a long document that
//! held every page three times over. Writing the bytes directly and compressing
//! each page as soon as it is drawn keeps one compressed copy per page.
//!
//! The syntax is the one printpdf and lopdf wrote, so files stay the same byte
//! for byte: one operator per line, operands followed by a space, numbers as
//! Rust prints an `f32` (shortest form, no exponent for our range), and glyph
//! codes as literal strings (half the size of hex strings before compression
//! and about 7% less after it), one byte a glyph in a simple font.

use std::io::Write as _;

use flate2::Compression;
use printpdf_lopdf::{Dictionary, Object, Stream};

use super::deflate;

/// One operand of a content-stream operator.
#[derive(Debug, Clone, Copy)]
pub(super) enum Operand<'a> {
    Real(f32),
    Integer(i64),
    Name(&'a str),
    /// Glyph codes, written as a literal string.
    Codes(&'a [u8]),
    /// A dictionary of names and numbers (marked-content properties), keys in
    /// the order given.
    Dict(&'a [(&'a str, Operand<'a>)]),
}

/// The bytes of one content stream, before compression.
#[derive(Debug, Default)]
pub(super) struct ContentBytes {
    bytes: Vec<u8>,
}

impl ContentBytes {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        Self {
            bytes: Vec::with_capacity(capacity),
        }
    }

    /// Writes `operands` then `operator`, on a line of its own.
    pub(super) fn op(&mut self, operands: &[Operand], operator: &str) {
        if !self.bytes.is_empty() {
            self.bytes.push(b'\n');
        }
        for operand in operands {
            self.operand(*operand);
            self.bytes.push(b' ');
        }
        self.bytes.extend_from_slice(operator.as_bytes());
    }

    fn operand(&mut self, operand: Operand) {
        // Writing into a Vec cannot fail.
        match operand {
            Operand::Real(value) => {
                let _ = write!(self.bytes, "{value}");
            }
            Operand::Integer(value) => {
                let _ = write!(self.bytes, "{value}");
            }
            Operand::Name(name) => {
                self.bytes.push(b'/');
                self.bytes.extend_from_slice(name.as_bytes());
            }
            Operand::Codes(codes) => literal(codes, &mut self.bytes),
            Operand::Dict(entries) => {
                self.bytes.extend_from_slice(b"<<");
                for (key, value) in entries {
                    self.bytes.push(b'/');
                    self.bytes.extend_from_slice(key.as_bytes());
                    if matches!(value, Operand::Real(_) | Operand::Integer(_)) {
                        self.bytes.push(b' ');
                    }
                    self.operand(*value);
                }
                self.bytes.extend_from_slice(b">>");
            }
        }
    }

    /// The finished stream object, compressed (see [`deflated`]).
    pub(super) fn into_stream(self) -> Stream {
        deflated(Dictionary::new(), self.bytes)
    }

    #[cfg(test)]
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// A stream of `bytes` with `dict`, compressed at the best level when that
/// saves more than the filter entry costs.
pub(super) fn deflated(dict: Dictionary, bytes: Vec<u8>) -> Stream {
    let packed = deflate::zlib(&[&bytes], Compression::best()).ok();
    match packed {
        Some(packed) if packed.len() + 19 < bytes.len() => {
            let mut stream = Stream::new(dict, packed);
            stream
                .dict
                .set("Filter", Object::Name(b"FlateDecode".to_vec()));
            stream
        }
        _ => Stream::new(dict, bytes),
    }
}

/// `codes` as a PDF literal string: parentheses, backslashes and line ends escaped,
/// every other byte as it is.
fn literal(codes: &[u8], out: &mut Vec<u8>) {
    out.push(b'(');
    for &byte in codes {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(byte),
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_follow_their_operands_one_a_line() {
        let mut content = ContentBytes::default();
        content.op(&[], "BT");
        content.op(
            &[
                Operand::Name("P"),
                Operand::Dict(&[("MCID", Operand::Integer(12))]),
            ],
            "BDC",
        );
        content.op(&[Operand::Name("R"), Operand::Real(11.0)], "Tf");
        content.op(&[Operand::Real(54.0), Operand::Real(-12.5)], "Td");
        content.op(
            &[Operand::Codes(&[
                0, 0x28, 0, 0x0d, 0, 0x29, 0, 0x5c, 0, 0x0a,
            ])],
            "Tj",
        );
        content.op(
            &[
                Operand::Name("Artifact"),
                Operand::Dict(&[
                    ("Subtype", Operand::Name("Footer")),
                    ("Type", Operand::Name("Pagination")),
                ]),
            ],
            "BDC",
        );
        content.op(&[Operand::Real(0.102)], "g");
        assert_eq!(
            content.as_bytes(),
            b"BT\n/P <</MCID 12>> BDC\n/R 11 Tf\n54 -12.5 Td\n(\0\\(\0\\r\0\\)\0\\\\\0\\n) Tj\n\
              /Artifact <</Subtype/Footer/Type/Pagination>> BDC\n0.102 g"
        );
    }

    #[test]
    fn streams_are_compressed_only_when_it_pays() {
        let mut short = ContentBytes::default();
        short.op(&[], "q");
        let stream = short.into_stream();
        assert!(stream.dict.get(b"Filter").is_err());
        assert_eq!(stream.content, b"q");

        let mut long = ContentBytes::default();
        for _ in 0..100 {
            long.op(&[Operand::Real(1.5), Operand::Real(2.0)], "Td");
        }
        let stream = long.into_stream();
        assert_eq!(
            stream.dict.get(b"Filter").and_then(Object::as_name).ok(),
            Some(b"FlateDecode".as_slice())
        );
        assert!(stream.content.len() < 100);
    }
}
