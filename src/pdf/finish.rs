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
use super::{PdfError, hash, save, structure_tree, tidy};
use crate::layout::DocumentInfo;

/// Sets the language and viewer preferences, puts in the compact `/ToUnicode` maps
/// (resource name → map), tidies up ([`tidy`]), adds the structure tree, outline
/// and metadata ([`structure_tree`]), compresses and saves `doc` ([`save`]) with
/// a file identifier derived from its contents.
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

    // The same input gives the same file, and a different input another identifier.
    let id = Object::String(
        fingerprint(&doc, &structure).to_vec(),
        StringFormat::Hexadecimal,
    );
    doc.trailer.set("ID", vec![id.clone(), id]);

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

/// A fingerprint of every object as it will be written, in id order, hashed one
/// object at a time.
fn fingerprint(doc: &Document, lazy: &impl save::LazyObjects) -> [u8; 16] {
    let mut fingerprint = hash::Fingerprint::new();
    let mut bytes = Vec::with_capacity(64 * 1024);
    for ((number, generation), source) in save::all_objects(doc, lazy) {
        bytes.clear();
        bytes.extend_from_slice(&number.to_be_bytes());
        bytes.extend_from_slice(&generation.to_be_bytes());
        match source {
            save::Source::Document(object) => flatten(object, &mut bytes),
            save::Source::Lazy(index) => flatten(&lazy.object(index), &mut bytes),
        }
        fingerprint.update(&bytes);
    }
    fingerprint.finish()
}

/// An unambiguous byte form of `object` for hashing (not PDF syntax).
fn flatten(object: &Object, out: &mut Vec<u8>) {
    match object {
        Object::Null => out.push(0),
        Object::Boolean(b) => out.extend_from_slice(&[1, u8::from(*b)]),
        Object::Integer(i) => with_len(2, &i.to_be_bytes(), out),
        Object::Real(r) => with_len(3, &r.to_be_bytes(), out),
        Object::Name(name) => with_len(4, name, out),
        Object::String(text, _) => with_len(5, text, out),
        Object::Array(items) => {
            with_len(6, &(items.len() as u64).to_be_bytes(), out);
            items.iter().for_each(|item| flatten(item, out));
        }
        Object::Dictionary(dict) => flatten_dict(dict, out),
        Object::Stream(stream) => {
            flatten_dict(&stream.dict, out);
            with_len(7, &stream.content, out);
        }
        Object::Reference((number, generation)) => {
            out.push(8);
            out.extend_from_slice(&number.to_be_bytes());
            out.extend_from_slice(&generation.to_be_bytes());
        }
    }
}

fn flatten_dict(dict: &Dictionary, out: &mut Vec<u8>) {
    out.push(9);
    out.extend_from_slice(&(dict.len() as u64).to_be_bytes());
    for (key, value) in dict.iter() {
        with_len(4, key, out);
        flatten(value, out);
    }
}

fn with_len(tag: u8, data: &[u8], out: &mut Vec<u8>) {
    out.push(tag);
    out.extend_from_slice(&(data.len() as u64).to_be_bytes());
    out.extend_from_slice(data);
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
