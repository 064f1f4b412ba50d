//! Finds where things are in a RON file, so that problems found after parsing
//! (a missing source, an unknown placeholder) can name a line and column.
//!
//! A small scanner, not a parser: it skips strings and comments, tracks nesting,
//! and records where each element of a top-level list field starts.

/// Where the top-level fields of a RON struct, and the elements of its top-level
/// lists, start in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    fields: Vec<(String, usize)>,
    lists: Vec<(String, Vec<usize>)>,
}

impl SourceMap {
    /// Scans `text`.
    pub fn scan(text: &str) -> Self {
        scan(text)
    }

    /// The offset where top-level field `field` is written (`field:`), if it is.
    pub fn field(&self, field: &str) -> Option<usize> {
        self.fields
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, o)| *o)
    }

    /// Offsets where each element of the top-level list `field` starts.
    pub fn elements(&self, field: &str) -> &[usize] {
        self.lists
            .iter()
            .find(|(f, _)| f == field)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    /// Where element `index` of list `field` starts, else where the field starts.
    pub fn element(&self, field: &str, index: usize) -> Option<usize> {
        self.elements(field)
            .get(index)
            .copied()
            .or_else(|| self.field(field))
    }
}

fn scan(text: &str) -> SourceMap {
    let bytes = text.as_bytes();
    let mut map = SourceMap::default();
    let mut depth = 0usize;
    let mut last_ident: Option<(usize, usize)> = None;
    let mut current_field: Option<String> = None;
    let mut in_list = false;
    let mut expecting = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if in_list && depth == 2 && expecting && b != b']' && b != b',' {
            if let Some((_, list)) = map.lists.last_mut() {
                list.push(i);
            }
            expecting = false;
        }
        match b {
            b'"' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                i = skip_raw_string(bytes, i);
                continue;
            }
            b'(' | b'[' | b'{' => {
                if b == b'['
                    && depth == 1
                    && let Some(field) = current_field.take()
                {
                    map.lists.push((field, Vec::new()));
                    in_list = true;
                    expecting = true;
                }
                depth += 1;
            }
            b')' | b']' | b'}' => {
                if in_list && depth == 2 {
                    in_list = false;
                }
                depth = depth.saturating_sub(1);
            }
            b',' => {
                if in_list && depth == 2 {
                    expecting = true;
                }
                if depth == 1 {
                    current_field = None;
                }
            }
            b':' if depth == 1 => {
                if let Some((s, e)) = last_ident {
                    let name = text.get(s..e).unwrap_or_default().to_owned();
                    map.fields.push((name.clone(), s));
                    current_field = Some(name);
                }
            }
            _ if b.is_ascii_alphanumeric() || b == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                last_ident = Some((start, i));
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    map
}

/// The offset of `needle` at or after `from`, or `from` itself when absent.
pub fn find_from(text: &str, from: usize, needle: &str) -> usize {
    text.get(from..)
        .and_then(|rest| rest.find(needle))
        .map_or(from, |at| from + at)
}

fn skip_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

fn skip_raw_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    let mut hashes = 0;
    while bytes.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    i += 1; // the opening quote
    while i < bytes.len() {
        if bytes[i] == b'"'
            && bytes[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == b'#')
                .count()
                == hashes
        {
            return i + 1 + hashes;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_block_start() {
        let text = r#"Template(
    id: "x", // a comment with [brackets], and "quotes"
    blocks: [
        Heading(text: "A [tricky], \"string\""),
        /* Paragraph(text: "commented out") */
        Paragraph(text: "b", sources: [1, 2]),
    ],
    sources: [],
)"#;
        let map = SourceMap::scan(text);
        let offsets = map.elements("blocks");
        assert_eq!(offsets.len(), 2);
        assert!(text[offsets[0]..].starts_with("Heading"));
        assert!(text[offsets[1]..].starts_with("Paragraph"));
        assert!(map.elements("sources").is_empty());
        assert!(text[map.field("sources").unwrap()..].starts_with("sources: []"));
        assert!(text[map.field("id").unwrap()..].starts_with("id:"));
    }
}
