//! Fills a template in from a clinic profile and the handout options.

use std::collections::BTreeSet;

use crate::compose::help_band::help_band;
use crate::compose::options::HandoutOptions;
use crate::compose::patient::PatientEntries;
use crate::compose::printed::{capitalised, reach, route, spans_of};
use crate::compose::resolved::{
    Contacts, FilledField, ResolvedBlock, ResolvedHandout, ResourceEntry, RichText, Span,
};
use crate::helplines::{NationalLines, national_lines};
use crate::problem::ResourceField;
use crate::profile::contact::{normalise_url, tel_uri};
use crate::profile::{ClinicProfile, LocalResource};
use crate::strings::{PrintedWords, fill};
use crate::template::markup::{Piece, Placeholder, parse_markup};
use crate::template::{Block, ResourceCategory, Review, ReviewStatus, Template, Topic};

/// Why a template cannot be filled in from a profile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeError {
    /// The template uses profile values the profile does not have.
    #[error("the handout needs {} from the clinic profile: fill in {}", .0.iter().map(|f| format!("the clinic's {f}")).collect::<Vec<_>>().join(", "), .0.join(", "))]
    MissingProfileValues(Vec<String>),
    /// Template text with broken markup (normally caught when the template loads).
    #[error("template text has a mistake: {0}")]
    Markup(String),
}

/// Fills `template` in from `profile`, with blank fill-in sections.
///
/// `review` is the review that holds for the template where it is printed (a
/// clinic's sign-off, or the record in the file): the caller decides it, this
/// prints it, as the DRAFT mark and the footer's review line.
pub fn compose(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
) -> Result<ResolvedHandout, ComposeError> {
    compose_for_patient(template, review, profile, options, &PatientEntries::none())
}

/// Fills `template` in from `profile`, printing what was typed with the patient
/// (`patient`, never stored) in its fill-in sections; `review` as in [`compose`].
pub fn compose_for_patient(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    patient: &PatientEntries,
) -> Result<ResolvedHandout, ComposeError> {
    let words = PrintedWords::for_language(&template.language);
    let mut ctx = Context {
        profile,
        national: national_lines(&profile.country),
        words,
        missing: BTreeSet::new(),
    };
    let included: Vec<&LocalResource> = profile
        .resources
        .iter()
        .filter(|r| !options.excluded_resources.contains(&r.id))
        .collect();

    let mut blocks = Vec::with_capacity(template.blocks.len());
    for (index, block) in template.blocks.iter().enumerate() {
        blocks.push(ctx.block(block, template, &included, patient, index)?);
    }
    let help_line = help_band(template.topic, profile, ctx.national, &included, words);
    let given_by = ctx.given_by();
    let contacts = Contacts {
        country: profile.country.clone(),
        clinic_phone: profile.phone.clone(),
        crisis_line: included.iter().find_map(|r| {
            (r.category == ResourceCategory::CrisisLine)
                .then(|| r.phone.clone().map(|phone| (r.name.clone(), phone)))
                .flatten()
        }),
    };
    if !ctx.missing.is_empty() {
        return Err(ComposeError::MissingProfileValues(
            ctx.missing.into_iter().map(str::to_owned).collect(),
        ));
    }
    let (status, review_line) = resolve_review(review, template, words);
    let topic_name = topic_name(template.topic, words).to_owned();
    Ok(ResolvedHandout {
        template_id: template.id.clone(),
        version: template.version.clone(),
        title: template.title.clone(),
        subtitle: template.subtitle.clone(),
        topic: template.topic,
        subject: fill(words.document_subject, &[("topic", &topic_name)]),
        topic_name,
        language: template.language.clone(),
        status,
        clinic_name: profile.name.clone(),
        given_by,
        help_line,
        review_line,
        contacts,
        draft_mark: match status {
            ReviewStatus::Draft => Some(words.draft_mark.to_owned()),
            ReviewStatus::Approved => None,
        },
        example_mark: profile.example.then(|| words.example_mark.to_owned()),
        words,
        blocks,
    })
}

/// The status printed and the footer's review line. Only an approval with a
/// date prints as one: anything less is a draft, in the safe direction.
fn resolve_review(
    review: &Review,
    template: &Template,
    words: &PrintedWords,
) -> (ReviewStatus, String) {
    match (review.status, review.reviewed_on, &template.adapted_from) {
        (ReviewStatus::Approved, Some(date), Some(from)) => (
            ReviewStatus::Approved,
            fill(
                words.review_adapted,
                &[
                    ("clinic", &from.clinic),
                    ("title", &from.base_title),
                    ("version", &from.base_version),
                    ("date", &date.to_string()),
                ],
            ),
        ),
        (ReviewStatus::Approved, Some(date), None) => (
            ReviewStatus::Approved,
            fill(words.review_approved, &[("date", &date.to_string())]),
        ),
        (ReviewStatus::Approved, None, _) | (ReviewStatus::Draft, _, _) => {
            (ReviewStatus::Draft, words.review_draft.to_owned())
        }
    }
}

/// The name of `topic` in the language of `words`.
fn topic_name(topic: Topic, words: &PrintedWords) -> &'static str {
    match topic {
        Topic::SelfHarm => words.topic_self_harm,
        Topic::OpioidUseDisorder => words.topic_opioid_use_disorder,
        Topic::Kratom => words.topic_kratom,
        Topic::Other => words.topic_other,
    }
}

struct Context<'a> {
    profile: &'a ClinicProfile,
    national: Option<&'static NationalLines>,
    words: &'static PrintedWords,
    missing: BTreeSet<&'static str>,
}

impl Context<'_> {
    fn block(
        &mut self,
        block: &Block,
        template: &Template,
        resources: &[&LocalResource],
        patient: &PatientEntries,
        index: usize,
    ) -> Result<ResolvedBlock, ComposeError> {
        Ok(match block {
            Block::Heading {
                text,
                keep_together,
            } => ResolvedBlock::Heading {
                text: crate::compose::plain_text(&self.text(text)?),
                keep_together: *keep_together,
            },
            Block::Paragraph { text, .. } => ResolvedBlock::Paragraph(self.text(text)?),
            Block::Bullets { items, .. } => ResolvedBlock::Bullets(self.texts(items)?),
            Block::Steps { items, .. } => ResolvedBlock::Steps(self.texts(items)?),
            Block::Callout {
                kind,
                title,
                text,
                items,
                ..
            } => ResolvedBlock::Callout {
                kind: *kind,
                title: self.text(title)?,
                text: text.as_deref().map(|t| self.text(t)).transpose()?,
                items: self.texts(items)?,
            },
            Block::Resources {
                category,
                heading,
                when_empty,
            } => ResolvedBlock::Resources {
                heading: crate::compose::plain_text(&self.text(heading)?),
                entries: resources
                    .iter()
                    .filter(|r| r.category == *category)
                    .map(|r| self.resource(r))
                    .collect(),
                when_empty: self.text(when_empty)?,
            },
            Block::FillIn {
                label,
                hint,
                lines,
                fields,
                resources: category,
            } => {
                let entry = patient.get(index);
                ResolvedBlock::FillIn {
                    label: self.text(label)?,
                    hint: hint.as_deref().map(|h| self.text(h)).transpose()?,
                    resources: category
                        .map(|c| {
                            resources
                                .iter()
                                .filter(|r| r.category == c)
                                .map(|r| self.resource(r))
                                .collect()
                        })
                        .unwrap_or_default(),
                    fields: fields
                        .iter()
                        .enumerate()
                        .map(|(i, f)| {
                            Ok(FilledField {
                                label: self.text(f)?,
                                value: entry.and_then(|e| e.field(i)).map(str::to_owned),
                            })
                        })
                        .collect::<Result<_, ComposeError>>()?,
                    lines: *lines,
                    written: entry.map(|e| e.text.trim().to_owned()).unwrap_or_default(),
                }
            }
            Block::Sources { heading } => ResolvedBlock::Sources {
                heading: crate::compose::plain_text(&self.text(heading)?),
                entries: template
                    .sources
                    .iter()
                    .map(|s| {
                        let mut line =
                            vec![Span::plain(format!("{}. {}", s.id, s.citation.trim()))];
                        if let Some(url) = &s.url {
                            line.push(Span::plain(" "));
                            line.push(Span::link(url.clone(), url.clone()));
                        }
                        line
                    })
                    .collect(),
            },
        })
    }

    fn texts(&mut self, items: &[String]) -> Result<Vec<RichText>, ComposeError> {
        items.iter().map(|i| self.text(i)).collect()
    }

    fn text(&mut self, text: &str) -> Result<RichText, ComposeError> {
        let pieces = parse_markup(text).map_err(|e| ComposeError::Markup(e.to_string()))?;
        let mut out = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Text { text, bold } => push_linked(&mut out, &text, bold),
                Piece::Placeholder {
                    placeholder, bold, ..
                } => {
                    for mut span in self.placeholder(&placeholder) {
                        span.bold |= bold;
                        out.push(span);
                    }
                }
            }
        }
        Ok(out)
    }

    fn placeholder(&mut self, placeholder: &Placeholder) -> Vec<Span> {
        let country = self.profile.country.as_str();
        let p = self.profile;
        let w = self.words;
        match placeholder {
            Placeholder::ClinicName => vec![Span::plain(p.name.clone())],
            Placeholder::ClinicPhone => match &p.phone {
                Some(phone) => vec![Span::link(phone.clone(), tel_uri(phone, country))],
                None => self.missing("phone"),
            },
            Placeholder::ClinicAddress => match &p.address {
                Some(a) => vec![Span::plain(a.clone())],
                None => self.missing("address"),
            },
            Placeholder::ClinicWebsite => match &p.website {
                Some(w) => vec![website_span(w)],
                None => self.missing("website"),
            },
            Placeholder::Emergency => match self.national {
                Some(n) => vec![Span::link(n.emergency, tel_uri(n.emergency, country))],
                None => vec![Span::plain(w.emergency_fallback)],
            },
            Placeholder::CrisisLine => match self.national {
                Some(n) => spans_of(w.crisis_line, |slot| match slot {
                    "name" => vec![Span::plain(n.crisis_name)],
                    _ => vec![Span::link(
                        reach(w, n.crisis_reach),
                        format!("tel:{}", n.crisis_number),
                    )],
                }),
                None => vec![Span::plain(w.crisis_line_fallback)],
            },
            Placeholder::CrisisOptions => match self.national {
                Some(n) => crisis_options(n, w),
                None => vec![Span::plain(w.crisis_options_fallback)],
            },
            Placeholder::PoisonLine => match self.national.and_then(|n| n.poison) {
                Some((name, number)) => vec![
                    Span::plain(format!("{name} (")),
                    Span::link(number, tel_uri(number, country)),
                    Span::plain(")"),
                ],
                None => vec![Span::plain(w.poison_fallback)],
            },
            Placeholder::TreatmentLine => match self.national.and_then(|n| n.treatment) {
                Some((name, number)) => spans_of(w.treatment_line, |slot| match slot {
                    "name" => vec![Span::plain(name)],
                    _ => vec![Span::link(number, tel_uri(number, country))],
                }),
                None => vec![Span::plain(w.treatment_fallback)],
            },
            Placeholder::Tel(number) => vec![Span::link(number.clone(), tel_uri(number, country))],
        }
    }

    fn missing(&mut self, field: &'static str) -> Vec<Span> {
        self.missing.insert(field);
        Vec::new()
    }

    fn resource(&self, r: &LocalResource) -> ResourceEntry {
        let country = &self.profile.country;
        let mut parts: Vec<Vec<Span>> = Vec::new();
        if let Some(phone) = &r.phone {
            parts.push(spans_of(self.words.resource_call, |_| {
                vec![Span::link(phone.clone(), tel_uri(phone, country))]
            }));
        }
        let language = self.words.language;
        if let Some(hours) = r.printed_text(ResourceField::Hours, language) {
            parts.push(vec![Span::plain(hours.to_owned())]);
        }
        if let Some(address) = &r.address {
            parts.push(vec![Span::plain(address.clone())]);
        }
        if let Some(site) = &r.website {
            parts.push(vec![website_span(site)]);
        }
        ResourceEntry {
            name: r.name.clone(),
            contact: join_parts(parts),
            notes: r
                .printed_text(ResourceField::Notes, language)
                .map(str::to_owned),
        }
    }

    fn given_by(&self) -> RichText {
        let mut line = spans_of(self.words.given_by, |_| {
            vec![Span::bold(self.profile.name.clone())]
        });
        if let Some(phone) = &self.profile.phone {
            line.push(Span::plain(" · "));
            line.push(Span::link(
                phone.clone(),
                tel_uri(phone, &self.profile.country),
            ));
        }
        if let Some(site) = &self.profile.website {
            line.push(Span::plain(" · "));
            line.push(website_span(site));
        }
        line
    }
}

/// Every way to reach the national crisis line, as sentences: "988 Suicide &
/// Crisis Lifeline: Call or text 988, or chat at 988lifeline.org. In Spanish, …".
fn crisis_options(n: &NationalLines, words: &PrintedWords) -> Vec<Span> {
    let mut out = vec![
        Span::plain(format!("{}: ", n.crisis_name)),
        Span::link(
            capitalised(&reach(words, n.crisis_reach)),
            format!("tel:{}", n.crisis_number),
        ),
    ];
    if let Some(chat) = n.crisis_chat {
        out.extend(spans_of(words.crisis_chat, |_| {
            vec![Span::link(chat, format!("https://{chat}"))]
        }));
    }
    out.push(Span::plain("."));
    for r in n.crisis_routes {
        out.push(Span::plain(format!(" {}", route(words, *r))));
    }
    out
}

/// Joins pieces of text with " · ".
pub(super) fn join_parts(parts: Vec<Vec<Span>>) -> RichText {
    let mut out = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(Span::plain(" · "));
        }
        out.extend(part);
    }
    out
}

fn website_span(site: &str) -> Span {
    let uri = normalise_url(site).unwrap_or_else(|_| site.to_owned());
    let shown = site
        .trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/');
    Span::link(shown.to_owned(), uri)
}

/// Pushes literal text, turning web addresses in it into links.
fn push_linked(out: &mut RichText, text: &str, bold: bool) {
    let mut rest = text;
    while !rest.is_empty() {
        let next = ["https://", "http://", "www."]
            .iter()
            .filter_map(|p| rest.find(p))
            .filter(|&at| {
                at == 0
                    || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '/' || c == '.')
            })
            .min();
        let Some(start) = next else {
            out.push(Span {
                bold,
                ..Span::plain(rest)
            });
            return;
        };
        if start > 0 {
            out.push(Span {
                bold,
                ..Span::plain(&rest[..start])
            });
        }
        let after = &rest[start..];
        let mut end = after.find(char::is_whitespace).unwrap_or(after.len());
        while end > 0 && after[..end].ends_with(['.', ',', ';', ':', ')', '!', '?', '"', '\'']) {
            end -= 1;
        }
        let url = &after[..end];
        let uri = if url.starts_with("www.") {
            format!("https://{url}")
        } else {
            url.to_owned()
        };
        out.push(Span {
            bold,
            ..Span::link(url, uri)
        });
        rest = &after[end..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_web_addresses_in_text() {
        let mut out = Vec::new();
        push_linked(
            &mut out,
            "See https://www.fda.gov/kratom. Or www.samhsa.gov, today",
            false,
        );
        assert_eq!(out.len(), 5);
        assert_eq!(out[1].link.as_deref(), Some("https://www.fda.gov/kratom"));
        assert_eq!(out[3].link.as_deref(), Some("https://www.samhsa.gov"));
        assert_eq!(out[4].text, ", today");
    }
}
