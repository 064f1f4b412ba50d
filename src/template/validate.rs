//! Checks a parsed template for mistakes RON cannot catch, each placed in the file.

use std::collections::BTreeSet;
use std::path::Path;

use crate::fonts::{Unprintable, find_unprintable};
use crate::problem::text::unprintable_text;
use crate::problem::{LineIndex, Position, Problem, ProblemText, Rule, keys};
use crate::template::markup::{MarkupError, PLACEHOLDER_NAMES, parse_markup};
use crate::template::source_map::{SourceMap, find_from};
use crate::template::{Block, ReviewStatus, Template};

/// The longest word allowed that is not a web address; longer is surely a mistake.
pub const MAX_WORD_CHARS: usize = 40;
/// The longest web address allowed.
pub const MAX_URL_CHARS: usize = 300;

/// Every problem in `template`, placed using its source `text`.
pub fn validate_template(template: &Template, text: &str, file: &Path) -> Vec<Problem> {
    let map = SourceMap::scan(text);
    let lines = LineIndex::new(text);
    let mut out = Vec::new();
    let at_field = |field: &str| map.field(field).map(|o| lines.position(o));
    // The block being checked, so that the editor can show a problem at its block.
    let current_block = std::cell::Cell::new(None);
    // The quality rule of the next problem, when it has one.
    let next_rule: std::cell::Cell<Option<Rule>> = std::cell::Cell::new(None);
    // Each with its message's key and arguments, for a desk in another language.
    let mut error = |pos: Option<Position>, message: String, hint: &str, text: ProblemText| {
        let mut d = Problem::error(message)
            .in_file(file)
            .at(pos)
            .with_hint(hint)
            .in_block(current_block.get());
        d.rule = next_rule.take();
        d.text = Some(text);
        out.push(d);
    };

    if template.id.is_empty()
        || !template
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        error(
            at_field("id"),
            format!(
                "the id `{}` is not lower-case words joined by hyphens",
                template.id
            ),
            "write an id such as `kratom-risks`",
            ProblemText::new(keys::TEMPLATE_BAD_ID).arg("id", template.id.as_str()),
        );
    }
    for (field, value) in [
        ("title", &template.title),
        ("version", &template.version),
        ("audience", &template.audience),
        ("licence", &template.licence),
    ] {
        if value.trim().is_empty() {
            error(
                at_field(field),
                format!("`{field}` is empty"),
                "fill it in",
                ProblemText::new(keys::TEMPLATE_FIELD_EMPTY).arg("field", field),
            );
        }
    }
    for (field, value) in [
        ("title", Some(&template.title)),
        ("subtitle", template.subtitle.as_ref()),
    ] {
        let Some(value) = value else { continue };
        let start = map.field(field).unwrap_or(0);
        if let Some((at, found)) = glyph_problem(value, &lines, start) {
            next_rule.set(Some(Rule::UnprintableCharacter));
            let who = format!("the {field}");
            let text = unprintable_text(keys::TEMPLATE_UNPRINTABLE, &who, &found);
            error(at, found.message(&who), found.hint(), text);
        }
    }
    if !is_language_tag(&template.language) {
        error(
            at_field("language"),
            format!("`{}` is not a language tag", template.language),
            "write a BCP 47 tag such as `en-US` or `es-US`",
            ProblemText::new(keys::TEMPLATE_LANGUAGE).arg("language", template.language.as_str()),
        );
    }
    let level = template.reading_level;
    if !(1.0..=16.0).contains(&level.target_grade) || level.target_grade > level.max_grade {
        error(
            at_field("reading_level"),
            "the reading level is not a target grade at or below the maximum grade".into(),
            "for patient handouts use (target_grade: 6.0, max_grade: 8.0)",
            ProblemText::new(keys::TEMPLATE_READING_LEVEL),
        );
    }
    let review = &template.review;
    if review.status == ReviewStatus::Approved
        && (review.reviewer.is_none()
            || review.reviewer_role.is_none()
            || review.reviewed_on.is_none())
    {
        error(
            at_field("review"),
            "an approved template must name its reviewer, their role and the review date".into(),
            "fill in reviewer, reviewer_role and reviewed_on, or set status: Draft",
            ProblemText::new(keys::TEMPLATE_APPROVED_UNNAMED),
        );
    }
    if let (Some(done), Some(due)) = (review.reviewed_on, review.next_review_due)
        && due <= done
    {
        error(
            at_field("review"),
            format!("the next review ({due}) is not after the review date ({done})"),
            "set next_review_due after reviewed_on, usually a year later",
            ProblemText::new(keys::TEMPLATE_REVIEW_DATES)
                .arg("due", due.to_string())
                .arg("done", done.to_string()),
        );
    }

    let mut ids = BTreeSet::new();
    for (i, source) in template.sources.iter().enumerate() {
        let pos = map.element("sources", i).map(|o| lines.position(o));
        if !ids.insert(source.id) {
            error(
                pos,
                format!("source number {} is used twice", source.id),
                "give each source its own number",
                ProblemText::new(keys::TEMPLATE_SOURCE_TWICE).arg("number", source.id),
            );
        }
        if source.citation.trim().is_empty() {
            error(
                pos,
                format!("source {} has no citation", source.id),
                "write the organisation, title, year and an identifier",
                ProblemText::new(keys::TEMPLATE_SOURCE_NO_CITATION).arg("number", source.id),
            );
        }
        let start = map.element("sources", i).unwrap_or(0);
        let place = format!("source {}", source.id);
        for piece in std::iter::once(&source.citation).chain(source.url.as_ref()) {
            if let Some((at, found)) = glyph_problem(piece, &lines, start) {
                next_rule.set(Some(Rule::UnprintableCharacter));
                let text = unprintable_text(keys::TEMPLATE_UNPRINTABLE, &place, &found);
                error(at, found.message(&place), found.hint(), text);
            }
        }
        if let Some(url) = &source.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            error(
                pos,
                format!("source {}'s url `{url}` is not a web address", source.id),
                "start it with https://",
                ProblemText::new(keys::TEMPLATE_SOURCE_URL)
                    .arg("number", source.id)
                    .arg("url", url.as_str()),
            );
        }
    }

    if template.blocks.is_empty() {
        error(
            at_field("blocks").or(Some(Position { line: 1, column: 1 })),
            "the template has no blocks, so the handout would be empty".into(),
            "add content to `blocks: [ … ]`, e.g. Heading(text: \"…\") and Paragraph(text: \"…\", sources: [1])",
            ProblemText::new(keys::TEMPLATE_NO_BLOCKS),
        );
    }
    for (i, block) in template.blocks.iter().enumerate() {
        current_block.set(Some(i));
        let start = map.element("blocks", i).unwrap_or(0);
        let pos = Some(lines.position(start));
        let name = format!("block {} ({})", i + 1, block.kind_name());
        // Each keyed message about the block names it by number and kind.
        let about = |key: &'static str| {
            ProblemText::new(key)
                .arg("number", i + 1)
                .block_kind("kind", block.kind_name())
        };
        for &cited in block.sources() {
            if !ids.contains(&cited) {
                error(
                    Some(lines.position(find_from(text, start, "sources"))),
                    format!(
                        "{name} cites source {cited}, which is not in the template's source list"
                    ),
                    &format!(
                        "add a source with `id: {cited}` to `sources`, or cite one of {}",
                        list_ids(&ids)
                    ),
                    about(keys::TEMPLATE_MISSING_SOURCE)
                        .arg("cited", cited)
                        .arg(
                            "ids",
                            if ids.is_empty() {
                                "none".to_owned()
                            } else {
                                list_ids(&ids)
                            },
                        ),
                );
            }
        }
        if block.is_clinical() && block.sources().is_empty() {
            next_rule.set(Some(Rule::UnsourcedBlock));
            error(
                pos,
                format!("{name} states clinical content but cites no source"),
                "add `sources: [n]` naming the source(s) it rests on",
                about(keys::TEMPLATE_UNSOURCED),
            );
        }
        match block {
            Block::Bullets { items, .. } | Block::Steps { items, .. } if items.is_empty() => {
                error(
                    pos,
                    format!("{name} has no items"),
                    "add items, or remove the block",
                    about(keys::TEMPLATE_NO_ITEMS),
                );
            }
            Block::FillIn { lines, fields, .. }
                if *lines > 12 || (*lines == 0 && fields.is_empty()) =>
            {
                error(
                    pos,
                    format!("{name} asks for {lines} lines"),
                    "use 1 to 12 lines, or give `fields: [\"Date and time\", …]`",
                    about(keys::TEMPLATE_FILL_IN_LINES).arg("lines", *lines),
                );
            }
            _ => {}
        }
        for piece in block.texts() {
            if piece.trim().is_empty() {
                error(
                    pos,
                    format!("{name} has empty text"),
                    "fill it in, or remove the block",
                    about(keys::TEMPLATE_EMPTY_TEXT),
                );
            }
            if let Err(e) = parse_markup(piece) {
                let at = e.needle().map_or(start, |n| find_from(text, start, &n));
                let text = markup_text(about, &e);
                error(
                    Some(lines.position(at)),
                    format!("{name}: {e}"),
                    &e.hint(),
                    text,
                );
            }
            check_words(
                piece,
                &name,
                about(keys::TEMPLATE_LONG_WORD),
                &lines,
                start,
                &mut error,
            );
            if let Some((at, found)) = glyph_problem(piece, &lines, start) {
                next_rule.set(Some(Rule::UnprintableCharacter));
                let text = unprintable_text(keys::TEMPLATE_UNPRINTABLE, &name, &found);
                error(at, found.message(&name), found.hint(), text);
            }
        }
    }
    out
}

/// Reports each word of `piece` too long to be one; `about` is the keyed
/// message naming the block, to which the word's length and head are added.
fn check_words(
    piece: &str,
    name: &str,
    about: ProblemText,
    lines: &LineIndex<'_>,
    start: usize,
    error: &mut impl FnMut(Option<Position>, String, &str, ProblemText),
) {
    for word in piece.split_whitespace() {
        let is_url = word.contains("://") || word.starts_with("www.");
        let chars = word.chars().count();
        let limit = if is_url {
            MAX_URL_CHARS
        } else {
            MAX_WORD_CHARS
        };
        if chars > limit {
            let head: String = word.chars().take(20).collect();
            error(
                Some(lines.position(find_from(lines.text(), start, &head))),
                format!("{name} has a {chars}-character word starting `{head}…`"),
                "break it up with spaces; no word in a handout needs to be this long",
                about.clone().arg("count", chars).arg("head", head),
            );
        }
    }
}

/// The characters of `piece` the fonts cannot print, placed in the file at the
/// first of them at or after `start` (the field or block it is in).
fn glyph_problem(
    piece: &str,
    lines: &LineIndex<'_>,
    start: usize,
) -> Option<(Option<Position>, Unprintable)> {
    let found = find_unprintable(piece)?;
    let first = found.chars.first().map(char::to_string).unwrap_or_default();
    let at = find_from(lines.text(), start, &first);
    Some((Some(lines.position(at)), found))
}

/// The keyed message of markup error `e` in the block `about` names.
fn markup_text(about: impl Fn(&'static str) -> ProblemText, e: &MarkupError) -> ProblemText {
    match e {
        MarkupError::UnclosedBold => about(keys::TEMPLATE_UNCLOSED_BOLD),
        MarkupError::UnclosedPlaceholder => about(keys::TEMPLATE_UNCLOSED_PLACEHOLDER),
        MarkupError::UnknownPlaceholder(name) => about(keys::TEMPLATE_UNKNOWN_PLACEHOLDER)
            .arg("name", name.as_str())
            .arg("names", PLACEHOLDER_NAMES.join(", ")),
    }
}

fn list_ids(ids: &BTreeSet<u32>) -> String {
    if ids.is_empty() {
        return "(none yet)".into();
    }
    ids.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether `tag` looks like a BCP 47 language tag such as `en` or `es-US`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(primary) = parts.next() else {
        return false;
    };
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}
