//! The XMP metadata packet: the least PDF/UA-1 asks for, and nothing more.
//!
//! PDF/UA-1 identifies itself in XMP (`pdfuaid:part` 1) and wants the title there
//! (`dc:title`), which viewers show instead of the file name. The language rides
//! along (`dc:language`). Dates, producer and keywords stay in the document
//! information dictionary only: every byte counts toward the size target.

/// The metadata packet for a document titled `title` in `language` (a BCP 47
/// tag, or empty for none).
pub(super) fn packet(title: &str, language: &str) -> Vec<u8> {
    let language = if language.is_empty() {
        String::new()
    } else {
        format!(
            "<dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>",
            escape(language)
        )
    };
    format!(
        concat!(
            "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\"",
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">",
            "<pdfuaid:part>1</pdfuaid:part>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>",
            "{language}",
            "</rdf:Description></rdf:RDF></x:xmpmeta>",
            "<?xpacket end=\"r\"?>"
        ),
        title = escape(title),
        language = language,
    )
    .into_bytes()
}

/// `text` safe inside an XML element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_part_one_the_title_and_the_language() {
        let xmp = String::from_utf8(packet("Kratom & 7-OH <risks>", "en-US")).unwrap();
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert!(xmp.contains(">Kratom &amp; 7-OH &lt;risks&gt;</rdf:li>"));
        assert!(xmp.contains("<rdf:li>en-US</rdf:li>"));
        assert!(
            !String::from_utf8(packet("T", ""))
                .unwrap()
                .contains("language")
        );
    }
}
