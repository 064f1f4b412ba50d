//! Finishes printpdf's document before it is written: what printpdf cannot set.
//!
//! printpdf builds an lopdf document and saves it as is. It has no document language
//! (`/Lang`, which screen readers need to pick a voice), no `/ViewerPreferences`, and
//! it writes a random file identifier (`/ID`), so two runs never match. This works on
//! that same lopdf document (from [`printpdf::PdfDocument::to_lopdf_document`]) before
//! it is saved, which costs less than saving, re-parsing and saving again, and leaves
//! a plain file with no incremental update. [`save`] writes the bytes.

use printpdf_lopdf::{Dictionary, Document, Object, Stream, StringFormat};

use super::tagging::Tagging;
use super::{PdfError, save, structure_tree, tidy};
use crate::layout::DocumentInfo;

/// Sets the language and viewer preferences, puts in the compact `/ToUnicode` maps
/// (resource name → map), tidies up ([`tidy`]), adds the structure tree, outline
/// and metadata ([`structure_tree`]), compresses and saves `doc` ([`save`]).
pub(super) fn finish(
    mut doc: Document,
    contents: Vec<Stream>,
    info: &DocumentInfo,
    to_unicode: &[(String, Vec<u8>)],
    tagging: &Tagging,
) -> Result<Vec<u8>, PdfError> {
    let language = language_tag(&info.language)?;
    put_contents(&mut doc, contents)?;
    let catalog = doc.catalog_mut().map_err(assemble)?;
    if let Some(language) = language {
        catalog.set(
            "Lang",
            Object::String(language.into(), StringFormat::Literal),
        );
    }
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
    );
    replace_to_unicode(&mut doc, to_unicode)?;
    tidy::tidy(&mut doc);
    let structure = structure_tree::add(&mut doc, tagging, info)?;
    doc.compress();
    save::save(&doc, &structure)
}

fn assemble(error: impl std::fmt::Display) -> PdfError {
    PdfError::Assemble(error.to_string())
}

/// `None` for an empty tag (the PDF then has no /Lang); an error for one that is not
/// shaped like BCP 47: subtags of 1–8 ASCII letters or digits joined by `-`, the
/// first made of letters.
fn language_tag(tag: &str) -> Result<Option<&str>, PdfError> {
    let tag = tag.trim();
    if tag.is_empty() {
        return Ok(None);
    }
    let mut subtags = tag.split('-');
    let first_ok = subtags
        .next()
        .is_some_and(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(Some(tag))
    } else {
        Err(PdfError::BadLanguage(tag.to_owned()))
    }
}

/// Puts each page's content stream, written by `write`, in place of the empty one
/// printpdf made for it.
fn put_contents(doc: &mut Document, contents: Vec<Stream>) -> Result<(), PdfError> {
    let pages: Vec<_> = doc.get_pages().into_values().collect();
    if pages.len() != contents.len() {
        return Err(PdfError::Assemble(
            "the pages written do not match the laid-out pages".to_owned(),
        ));
    }
    for (page, content) in pages.into_iter().zip(contents) {
        let id = doc
            .get_dictionary(page)
            .and_then(|page| page.get(b"Contents"))
            .and_then(Object::as_reference)
            .map_err(assemble)?;
        doc.objects.insert(id, Object::Stream(content));
    }
    Ok(())
}

/// Swaps the content of each font's `/ToUnicode` stream for the given map. The fonts
/// are found by resource name in the (shared) font dictionary of the first page.
fn replace_to_unicode(doc: &mut Document, maps: &[(String, Vec<u8>)]) -> Result<(), PdfError> {
    let Some(&page) = doc.get_pages().values().next() else {
        return Ok(());
    };
    let fonts = doc.get_page_fonts(page).map_err(assemble)?;
    let mut targets = Vec::with_capacity(maps.len());
    for (name, map) in maps {
        let stream = fonts
            .get(name.as_bytes())
            .and_then(|font| font.get(b"ToUnicode").ok())
            .and_then(|o| o.as_reference().ok());
        // A face with no drawable character on any page has no font dictionary.
        if let Some(stream) = stream {
            targets.push((stream, map));
        }
    }
    for (id, map) in targets {
        if let Ok(Object::Stream(stream)) = doc.get_object_mut(id) {
            stream.set_plain_content(map.clone());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert_eq!(language_tag("en-US").unwrap(), Some("en-US"));
        assert_eq!(language_tag(" es ").unwrap(), Some("es"));
        assert_eq!(language_tag("es-419").unwrap(), Some("es-419"));
        assert_eq!(language_tag("").unwrap(), None);
        assert!(language_tag("en US").is_err());
        assert!(language_tag("en)/JS").is_err());
        assert!(language_tag("419").is_err());
        assert!(language_tag("en--US").is_err());
    }
}
