//! Tidies printpdf's document: no empty or default entries, plain document-info
//! strings. Nothing here changes what a reader shows; it makes the file smaller
//! and plainer.

use printpdf_lopdf::{Document, Object, ObjectId, StringFormat};

/// All of the tidying, in order.
pub(super) fn tidy(doc: &mut Document) {
    drop_defaults(doc);
    plain_info_strings(doc);
}

/// Document-info strings that are plain ASCII as such, rather than the UTF-16 that
/// printpdf writes for all of them; others stay UTF-16.
fn plain_info_strings(doc: &mut Document) {
    let Ok(info) = doc.trailer.get(b"Info").and_then(Object::as_reference) else {
        return;
    };
    let Ok(info) = doc.get_dictionary_mut(info) else {
        return;
    };
    for (_, value) in info.iter_mut() {
        let Object::String(bytes, format) = value else {
            continue;
        };
        let Some(utf16) = bytes.strip_prefix(&[0xfe, 0xff]) else {
            continue;
        };
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        if utf16.len() % 2 == 0 && units.iter().all(|&u| (0x20..0x7f).contains(&u)) {
            *bytes = units.iter().map(|&u| u as u8).collect();
            *format = StringFormat::Literal;
        }
    }
}

/// Removes what printpdf writes but is a default or empty: empty document-info
/// strings, empty annotation lists, the default page mode (`/UseNone`), page
/// boxes equal to the media box, and page
/// resources that point at empty dictionaries (no images, graphics states or
/// shadings are used); then the objects no longer referenced.
fn drop_defaults(doc: &mut Document) {
    let info = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    let empty: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, object)| matches!(object, Object::Dictionary(d) if d.is_empty()))
        .map(|(id, _)| *id)
        .collect();
    for (id, object) in &mut doc.objects {
        let Object::Dictionary(dict) = object else {
            continue;
        };
        let is_info = Some(*id) == info;
        let media_box = dict.get(b"MediaBox").ok().cloned();
        let pointless: Vec<Vec<u8>> = dict
            .iter()
            .filter(|(key, value)| match (key.as_slice(), value) {
                (_, Object::String(text, _)) => is_info && text.is_empty(),
                (b"Annots", Object::Array(items)) => items.is_empty(),
                (b"PageMode", Object::Name(mode)) => mode == b"UseNone",
                (b"TrimBox" | b"CropBox", _) => media_box.as_ref() == Some(*value),
                (b"XObject" | b"ExtGState" | b"Shading", Object::Reference(id)) => {
                    empty.contains(id)
                }
                _ => false,
            })
            .map(|(key, _)| key.clone())
            .collect();
        for key in pointless {
            dict.remove(&key);
        }
    }
    doc.prune_objects();
}
