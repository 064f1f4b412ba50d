//! What must be read together stays on one page, and a QR code sits beside the
//! words it encodes (issues 9 and 12), read back from real PDFs.
//!
//! Every shipped handout, in English and Spanish, on Letter and A4, in standard
//! and large print, with and without QR codes, is exported with a profile whose
//! Spanish hours and notes are long (`tests/fixtures/long-spanish-notes-profile.ron`,
//! the example profile as it was at commit edc3ae7: the text that put a code on
//! a page of its own and split the Spanish safety plan). Each PDF is read back
//! with `pdftotext`, one page at a time, and:
//!
//! - each QR code (placed by the layout's own page records, as the code is a
//!   drawing, not text) is on a page that also prints its resource's name and
//!   the phone number or web address it encodes, and (in those records) that
//!   link stands beside the code, not on a line below it;
//! - each steps list, urgent or note box, fill-in, keep-together section (the
//!   safety plan) and lead-in with its first two items starts and ends on the
//!   same page.
//!
//! Text is compared with all white space taken out, so that line breaks (a web
//! address broken after "/" or ".") do not matter.

mod common;

use std::process::Command;

use handout_desk::compose::{
    HandoutOptions, ResolvedBlock, ResourceEntry, Span, compose, plain_text,
};
use handout_desk::date::Date;
use handout_desk::export::{export_pdf, render};
use handout_desk::layout::{LaidOutDocument, LaidOutPage, PageItem, QrSymbol};
use handout_desk::page_setup::{PageSetup, Paper};
use handout_desk::profile::{ClinicProfile, read_profile_file};
use handout_desk::template::{CalloutKind, Template, read_template_file};

const HANDOUTS: [&str; 3] = ["self-harm-support", "moud-medicines", "kratom-risks"];

fn long_notes_profile() -> ClinicProfile {
    read_profile_file(&common::repo(
        "tests/fixtures/long-spanish-notes-profile.ron",
    ))
    .expect("fixture profile loads")
}

fn templates() -> Vec<Template> {
    let mut all = Vec::new();
    for name in HANDOUTS {
        for folder in ["handouts", "handouts/es-US"] {
            let path = common::repo(&format!("{folder}/{name}.ron"));
            all.push(read_template_file(&path).expect("shipped template loads"));
        }
    }
    all
}

/// Each page's text from `pdftotext`, white space removed.
fn pages_text(pdf: &[u8], label: &str) -> Vec<String> {
    let (_dir, path) = common::temp_file("handout.pdf", pdf);
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success(), "{label}: pdftotext failed");
    let text = String::from_utf8_lossy(&output.stdout);
    let mut pages: Vec<String> = text.split('\u{c}').map(squeeze).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    pages
}

/// `text` with all white space taken out.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The words printed for `target` in `text`: the link's words.
fn link_words(text: &[Span], target: &str) -> Option<String> {
    text.iter()
        .find(|s| s.link.as_deref() == Some(target))
        .map(|s| s.text.clone())
}

/// The target a code beside `text` encodes (as `layout::qr::target`): the first
/// `https:` link, else the first `tel:` link.
fn code_target(text: &[Span]) -> Option<String> {
    let links = || text.iter().filter_map(|s| s.link.clone());
    links()
        .find(|l| l.starts_with("https:"))
        .or_else(|| links().find(|l| l.starts_with("tel:")))
}

/// For each code a handout may print: its target, the name it stands beside,
/// and the words that print its target.
fn code_words(blocks: &[ResolvedBlock]) -> Vec<(String, String, String)> {
    let mut entries: Vec<&ResourceEntry> = Vec::new();
    for block in blocks {
        match block {
            ResolvedBlock::Resources { entries: e, .. } => entries.extend(e),
            ResolvedBlock::FillIn { resources, .. } => entries.extend(resources),
            _ => {}
        }
    }
    entries
        .into_iter()
        .filter_map(|e| {
            let target = code_target(&e.contact)?;
            let words = link_words(&e.contact, &target)?;
            Some((target, e.name.clone(), words))
        })
        .collect()
}

/// A run that must be read on one page: a name, and a piece of text at its
/// start and at its end.
struct Together {
    what: String,
    start: String,
    end: String,
}

fn first_words(text: &[Span]) -> String {
    squeeze(&plain_text(text)).chars().take(24).collect()
}

fn last_words(text: &[Span]) -> String {
    let all: Vec<char> = squeeze(&plain_text(text)).chars().collect();
    all[all.len().saturating_sub(24)..].iter().collect()
}

/// The text that starts and ends a block, or `None` for a block that prints
/// no text of its own to find.
fn block_ends(block: &ResolvedBlock) -> Option<(String, String)> {
    match block {
        ResolvedBlock::Heading { text, .. } => {
            let t = vec![Span::plain(text.clone())];
            Some((first_words(&t), last_words(&t)))
        }
        ResolvedBlock::Paragraph(text) => Some((first_words(text), last_words(text))),
        ResolvedBlock::Bullets(items) | ResolvedBlock::Steps(items) => {
            Some((first_words(items.first()?), last_words(items.last()?)))
        }
        ResolvedBlock::Callout {
            title, text, items, ..
        } => {
            let last = items.last().or(text.as_ref()).unwrap_or(title);
            Some((first_words(title), last_words(last)))
        }
        // Its lines to write on are not text: its label is the last text.
        ResolvedBlock::FillIn { label, .. } => Some((first_words(label), last_words(label))),
        ResolvedBlock::Resources { .. } | ResolvedBlock::Sources { .. } => None,
    }
}

/// What the rules keep on one page, in reading order.
fn kept_together(blocks: &[ResolvedBlock]) -> Vec<Together> {
    let mut runs = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        match block {
            ResolvedBlock::Steps(items) if !items.is_empty() => runs.push(Together {
                what: format!("steps (block {i})"),
                start: first_words(&items[0]),
                end: last_words(&items[items.len() - 1]),
            }),
            ResolvedBlock::Callout { kind, title, .. } => {
                if let Some((start, end)) = block_ends(block) {
                    let kind = match kind {
                        CalloutKind::Urgent => "urgent box",
                        CalloutKind::Note => "note box",
                    };
                    runs.push(Together {
                        what: format!("{kind} “{}”", plain_text(title)),
                        start,
                        end,
                    });
                }
            }
            ResolvedBlock::Paragraph(text)
                if plain_text(text).trim_end().ends_with(':')
                    && matches!(
                        blocks.get(i + 1),
                        Some(ResolvedBlock::Bullets(_) | ResolvedBlock::Steps(_))
                    ) =>
            {
                if let Some(ResolvedBlock::Bullets(items) | ResolvedBlock::Steps(items)) =
                    blocks.get(i + 1)
                    && let Some(second) = items.get(1).or(items.first())
                {
                    // The lead-in is the paragraph's last sentence: the
                    // lines before it may break away (orphan and widow rules).
                    runs.push(Together {
                        what: format!("lead-in “{}” and its first items", plain_text(text)),
                        start: last_words(text),
                        end: last_words(second),
                    });
                }
            }
            ResolvedBlock::Heading {
                text,
                keep_together: true,
            } => {
                // The section runs to the next heading or the sources; its end
                // is the last block in it that prints text of its own.
                let section = blocks[i + 1..]
                    .iter()
                    .take_while(|b| {
                        !matches!(
                            b,
                            ResolvedBlock::Heading { .. } | ResolvedBlock::Sources { .. }
                        )
                    })
                    .filter_map(block_ends)
                    .last();
                let heading = vec![Span::plain(text.clone())];
                runs.push(Together {
                    what: format!("keep-together section “{text}”"),
                    start: first_words(&heading),
                    end: section.map_or_else(|| last_words(&heading), |(_, end)| end),
                });
            }
            _ => {}
        }
    }
    runs
}

/// The page (from 1) holding `needle` at or after `from` in the pages joined,
/// and where it starts.
fn find(pages: &[String], needle: &str, from: usize) -> Option<(usize, usize)> {
    let mut offset = 0;
    let mut joined = String::new();
    let mut starts = Vec::new();
    for page in pages {
        starts.push(offset);
        joined.push_str(page);
        offset += page.len();
    }
    let at = joined.get(from..)?.find(needle)? + from;
    let page = starts.iter().rposition(|&s| s <= at)? + 1;
    Some((page, at))
}

fn qr_pages(doc: &LaidOutDocument) -> Vec<(usize, QrSymbol)> {
    doc.pages
        .iter()
        .enumerate()
        .flat_map(|(n, page)| {
            page.items.iter().filter_map(move |item| match item {
                PageItem::Qr(q) => Some((n + 1, q.clone())),
                _ => None,
            })
        })
        .collect()
}

/// Whether a line of the link to `q`'s target stands by `q` in the layout's
/// records: left of it on the lines it spans, or on the line just above it
/// (a fill-in's code stands at the foot of its entry, right under its words).
fn link_beside(page: &LaidOutPage, q: &QrSymbol) -> bool {
    let (top, bottom) = (q.y - q.quiet(), q.y + q.side() + q.quiet());
    page.items.iter().any(|item| match item {
        PageItem::Link(l) if l.uri == q.target => {
            let left_of_it = l.x + l.width <= q.x && l.y < bottom && l.y + l.height > top;
            let just_above = l.y + l.height <= top + 0.01 && l.y + 2.0 * l.height > top;
            left_of_it || just_above
        }
        _ => false,
    })
}

/// Every handout × language × paper × format × codes on and off.
#[test]
fn what_must_be_read_together_is_on_one_page_and_codes_sit_by_their_words() {
    let profile = long_notes_profile();
    let created = Date::parse("2026-11-22").expect("date");
    let mut failures = Vec::new();
    let mut checked = 0;
    for template in templates() {
        for paper in [Paper::Letter, Paper::A4] {
            for large_print in [false, true] {
                // Which runs were whole without codes (exported first).
                let mut whole_without: Vec<(String, bool)> = Vec::new();
                for qr_codes in [false, true] {
                    let options = HandoutOptions {
                        qr_codes,
                        ..HandoutOptions::with_page(PageSetup::new(
                            paper,
                            common::format(large_print),
                        ))
                    };
                    let label = format!(
                        "{} {} {}{}{}",
                        template.id,
                        template.language,
                        paper.name(),
                        if large_print { " large" } else { "" },
                        if qr_codes { " qr" } else { "" }
                    );
                    let review = &template.review;
                    let handout = compose(&template, review, &profile, &options).expect("composes");
                    let doc = render(&template, review, &profile, &options).expect("lays out");
                    let pdf = export_pdf(&template, review, &profile, &options, created)
                        .expect("exports")
                        .0;
                    // The help band repeats on every page: taken out, so that
                    // a box that starts with its words is found where it is.
                    let band = squeeze(&plain_text(&handout.help_line));
                    let pages: Vec<String> = pages_text(&pdf, &label)
                        .into_iter()
                        .map(|p| p.replace(&band, ""))
                        .collect();
                    assert_eq!(pages.len(), doc.pages.len(), "{label}: page count");
                    checked += 1;

                    let words = code_words(&handout.blocks);
                    for (page, code) in qr_pages(&doc) {
                        let target = code.target.clone();
                        if !link_beside(&doc.pages[page - 1], &code) {
                            failures.push(format!(
                                "{label}: the code for {target} on page {page} has not its words beside it: code {:?} links {:?}",
                                (code.x, code.y - code.quiet(), code.y + code.side() + code.quiet()),
                                doc.pages[page - 1].items.iter().filter_map(|i| match i { PageItem::Link(l) if l.uri == target => Some((l.x, l.y, l.width, l.height)), _ => None }).collect::<Vec<_>>()
                            ));
                        }
                        let text = &pages[page - 1];
                        if let Some((_, name, printed)) = words.iter().find(|(t, ..)| *t == target)
                        {
                            if !text.contains(&squeeze(name)) || !text.contains(&squeeze(printed)) {
                                failures.push(format!(
                                    "{label}: the code for {target} is on page {page} without “{name}” and “{printed}” beside it"
                                ));
                            }
                        } else if let Some(printed) = link_words(&handout.given_by, &target) {
                            if !text.contains(&squeeze(&printed)) {
                                failures.push(format!(
                                    "{label}: the clinic's code for {target} is on page {page} without “{printed}”"
                                ));
                            }
                        } else {
                            failures
                                .push(format!("{label}: a code for {target} beside no resource"));
                        }
                    }

                    let mut from = 0;
                    let mut whole = Vec::new();
                    for run in kept_together(&handout.blocks) {
                        let Some((first, at)) = find(&pages, &run.start, from) else {
                            failures.push(format!("{label}: {} not found", run.what));
                            continue;
                        };
                        from = at;
                        let Some((last, _)) = find(&pages, &run.end, at) else {
                            failures.push(format!("{label}: the end of {} not found", run.what));
                            continue;
                        };
                        // In large print a group too tall for any page is
                        // split, and the layout says so; any other split is a
                        // fault, and so is one that codes alone caused.
                        let warned = doc.warnings.iter().any(|w| {
                            w.pages.first() == Some(&first) && w.pages.last() == Some(&last)
                        });
                        let whole_without_codes = qr_codes
                            && whole_without
                                .iter()
                                .any(|(what, whole)| *what == run.what && *whole);
                        if first != last && (!large_print || !warned || whole_without_codes) {
                            failures.push(format!(
                                "{label}: {} runs from page {first} to page {last}",
                                run.what
                            ));
                        }
                        whole.push((run.what, first == last));
                    }
                    if !qr_codes {
                        whole_without = whole;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 48);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
