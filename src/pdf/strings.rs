//! Rewrites a content stream's hexadecimal text strings as literal strings.
//!
//! printpdf writes every glyph code as four hex digits (`<0012>`); the same two bytes
//! as a literal string (`(\0\x12)`) take half the space before compression and about
//! 7% less after it. The rewrite only applies to streams made of numbers, names,
//! operators, hex strings and marked-content properties of names and numbers
//! (`<</MCID 3>>`), which is all the page writer emits; anything else (a nested
//! dictionary, a literal string, a comment) leaves the stream exactly as it was.

/// The stream with its hex strings as literal strings, or `None` to keep it.
pub(super) fn hex_to_literal(content: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(content.len() * 2 / 3);
    let mut rest = content;
    while let Some((&byte, tail)) = rest.split_first() {
        match byte {
            b'<' if tail.first() == Some(&b'<') => {
                let end = tail.windows(2).position(|w| w == b">>")?;
                let inside = &tail[1..end];
                let plain = |b: &u8| b.is_ascii_alphanumeric() || b" /.-\n".contains(b);
                if !inside.iter().all(plain) {
                    return None;
                }
                out.extend_from_slice(b"<<");
                out.extend_from_slice(inside);
                out.extend_from_slice(b">>");
                rest = tail.get(end + 2..)?;
            }
            b'<' => {
                let end = tail.iter().position(|&b| b == b'>')?;
                let hex = tail.get(..end)?;
                if hex.len() % 2 != 0 {
                    return None;
                }
                out.push(b'(');
                for pair in hex.chunks(2) {
                    let value = (digit(pair[0])? << 4) | digit(pair[1])?;
                    match value {
                        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', value]),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        b'\n' => out.extend_from_slice(b"\\n"),
                        _ => out.push(value),
                    }
                }
                out.push(b')');
                rest = tail.get(end + 1..)?;
            }
            b'>' | b'(' | b')' | b'%' | b'[' | b']' | b'{' | b'}' => return None,
            _ => {
                out.push(byte);
                rest = tail;
            }
        }
    }
    Some(out)
}

fn digit(byte: u8) -> Option<u8> {
    char::from(byte)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_strings_become_escaped_literals() {
        let stream = b"BT\n/R 11 Tf\n54 712 Td\n<0028000d0029005c000a> Tj\nET";
        let out = hex_to_literal(stream).unwrap();
        assert_eq!(
            out,
            b"BT\n/R 11 Tf\n54 712 Td\n(\0\\(\0\\r\0\\)\0\\\\\0\\n) Tj\nET"
        );
    }

    #[test]
    fn marked_content_properties_stay_as_they_are() {
        let stream = b"/P <</MCID 12>> BDC\n<0012> Tj\nEMC\n/Artifact <</Subtype /Footer /Type /Pagination>> BDC";
        let out = hex_to_literal(stream).unwrap();
        assert_eq!(
            out,
            b"/P <</MCID 12>> BDC\n(\0\x12) Tj\nEMC\n/Artifact <</Subtype /Footer /Type /Pagination>> BDC"
        );
    }

    #[test]
    fn anything_else_keeps_the_stream() {
        assert_eq!(hex_to_literal(b"/P <</A <</B 1>> >> BDC"), None);
        assert_eq!(hex_to_literal(b"/P <</T (x)>> BDC"), None);
        assert_eq!(hex_to_literal(b"(text) Tj"), None);
        assert_eq!(hex_to_literal(b"<123> Tj"), None);
        assert_eq!(hex_to_literal(b"<12zz> Tj"), None);
        assert_eq!(hex_to_literal(b"<0012 Tj"), None);
        assert_eq!(hex_to_literal(b"% note\n"), None);
    }
}
