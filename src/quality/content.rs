//! Content checks: help on every page, naloxone, sources, placeholders, stale
//! resources and overdue reviews. Unlike the language lints these need the clinic
//! profile and the date: a handout is checked as it would print today.

use crate::compose::{ComposeError, HandoutOptions};
use crate::date::Date;
use crate::export::render;
use crate::helplines::national_lines;
use crate::layout::LaidOutDocument;
use crate::page_setup::PrintFormat;
use crate::problem::{ClinicField, Field};
use crate::problem::{ProblemText, keys};
use crate::profile::printed::printed_resources;
use crate::profile::{ClinicProfile, Freshness};
use crate::quality::report::{Problem, Rule, Severity};
use crate::template::{Block, ResourceCategory, Template, Topic};

/// What a handout is checked against: the profile it prints with, how, and when.
#[derive(Debug, Clone, Copy)]
pub struct CheckContext<'a> {
    /// The clinic profile.
    pub profile: &'a ClinicProfile,
    /// Paper, print size and left-out resources.
    pub options: &'a HandoutOptions,
    /// Today.
    pub today: Date,
}

/// Words that mark a gap a writer meant to fill.
const GAP_MARKERS: &[&str] = &["TODO", "TBD", "XXX", "FIXME", "___"];

fn finding(
    rule: Rule,
    severity: Severity,
    block: Option<usize>,
    message: String,
    suggestion: &str,
) -> Problem {
    Problem::finding(rule, severity, block, message, Some(suggestion.to_owned()))
}

/// Every content finding for `template` printed with `ctx`.
pub fn content_findings(template: &Template, ctx: &CheckContext<'_>) -> Vec<Problem> {
    let mut out = Vec::new();
    unsourced(template, &mut out);
    gaps(template, &mut out);
    naloxone(template, &mut out);
    pages_and_placeholders(template, ctx, &mut out);
    stale_resources(template, ctx, &mut out);
    review_overdue(template, ctx.today, &mut out);
    out
}

fn unsourced(template: &Template, out: &mut Vec<Problem>) {
    for (i, block) in template.blocks.iter().enumerate() {
        if block.is_clinical() && block.sources().is_empty() {
            out.push(finding(
                Rule::UnsourcedBlock,
                Severity::Error,
                Some(i),
                format!(
                    "Block {} ({}) states clinical content but cites no source: a reviewer cannot check it.",
                    i + 1,
                    block.kind_name()
                ),
                "Cite the source it rests on, or move clinic details (hours, directions) into a Note callout.",
            ).keyed(ProblemText::new(keys::UNSOURCED_BLOCK).arg("number", i + 1).block_kind("kind", block.kind_name())));
        }
    }
}

fn gaps(template: &Template, out: &mut Vec<Problem>) {
    for (i, block) in template.blocks.iter().enumerate() {
        for text in block.texts() {
            let bracketed = text.find('[').and_then(|start| {
                text[start..]
                    .find(']')
                    .map(|end| &text[start..start + end + 1])
            });
            let marker = GAP_MARKERS.iter().find(|m| text.contains(*m)).copied();
            if let Some(gap) = bracketed.or(marker) {
                out.push(finding(
                    Rule::UnfilledPlaceholder,
                    Severity::Error,
                    Some(i),
                    format!("Block {} still has a gap to fill: “{gap}”.", i + 1),
                    "Write the words in, or use a placeholder such as {clinic.phone} that the profile fills.",
                ).keyed(ProblemText::new(keys::GAP).arg("number", i + 1).arg("gap", gap)));
            }
        }
    }
}

/// "Naloxone" in the languages templates are written in (English, Spanish).
const NALOXONE_WORDS: &[&str] = &["naloxone", "naloxona"];

fn naloxone(template: &Template, out: &mut Vec<Problem>) {
    if !matches!(template.topic, Topic::OpioidUseDisorder | Topic::Kratom) {
        return;
    }
    let mentions = template.blocks.iter().any(|b| {
        matches!(
            b,
            Block::Resources {
                category: ResourceCategory::Naloxone,
                ..
            }
        ) || b.texts().iter().any(|t| {
            let t = t.to_lowercase();
            NALOXONE_WORDS.iter().any(|w| t.contains(w))
        })
    });
    if !mentions {
        out.push(finding(
            Rule::MissingNaloxone,
            Severity::Error,
            None,
            format!(
                "A {} handout must say what naloxone is and where to get it: it reverses an opioid overdose.",
                template.topic.label().to_lowercase()
            ),
            "Add a short section on naloxone and a Resources(category: Naloxone) block.",
        ).keyed(ProblemText::new(keys::MISSING_NALOXONE).arg(
            "topic",
            if template.topic == Topic::Kratom { "kratom" } else { "opioid-use-disorder" },
        )));
    }
}

/// Lays the handout out with the profile: placeholders the profile cannot fill,
/// and, for self-harm handouts, pages with no crisis contact.
fn pages_and_placeholders(template: &Template, ctx: &CheckContext<'_>, out: &mut Vec<Problem>) {
    // The checks read the handout itself, even while the desk is set to print
    // its wallet cards (whose back carries no crisis line by design).
    let mut options = ctx.options.clone();
    if options.page.format == PrintFormat::WalletCard {
        options.page.format = PrintFormat::Standard;
    }
    let document = match render(template, &template.review, ctx.profile, &options) {
        Ok(document) => document,
        Err(ComposeError::MissingProfileValues(values)) => {
            for value in values {
                let problem = finding(
                    Rule::UnfilledPlaceholder,
                    Severity::Error,
                    None,
                    format!(
                        "The handout needs the clinic's {value}, and the clinic profile has none, so it cannot be printed."
                    ),
                    "Fill it in under \"Your clinic\", or remove the placeholder from the template.",
                );
                let text = |key| ProblemText::new(key).arg("value", value.as_str());
                // At the clinic field it needs, so a form can show it there,
                // with advice that reads beside the field.
                out.push(
                    match ClinicField::ALL.into_iter().find(|f| f.key() == value) {
                        Some(field) => problem
                            .on_field(Field::Clinic(field))
                            .with_hint(format!(
                                "fill in the clinic's {value}: this handout prints it"
                            ))
                            .keyed(text(keys::MISSING_CLINIC_FIELD)),
                        None => problem.keyed(text(keys::MISSING_PROFILE_VALUE)),
                    },
                );
            }
            return;
        }
        Err(ComposeError::Markup(_)) => return, // Reported by the template checks.
    };
    layout_findings(&document, out);
    if template.topic != Topic::SelfHarm {
        return;
    }
    let contacts = crisis_contacts(ctx);
    for (n, page) in document.pages.iter().enumerate() {
        let text: String = page
            .text_runs()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let digits = digits_of(&text);
        if !contacts.iter().any(|c| digits.contains(c.as_str())) {
            out.push(finding(
                Rule::MissingCrisisContact,
                Severity::Error,
                None,
                format!(
                    "Page {} of {} has no crisis line: safe-messaging guidance asks for a way to get help on every page.",
                    n + 1,
                    document.pages.len()
                ),
                "Set the clinic's country (for its national crisis line) or add a local crisis line to the clinic profile.",
            ).keyed(ProblemText::new(keys::MISSING_CRISIS_CONTACT).arg("page", n + 1).arg("pages", document.pages.len())));
        }
    }
}

/// Groups the layout had to split, and a handout too long to be one.
fn layout_findings(document: &LaidOutDocument, out: &mut Vec<Problem>) {
    for warning in &document.warnings {
        out.push(
            finding(
                Rule::SplitGroup,
                Severity::Warning,
                warning.block,
                format!(
                    "{}: a reader may miss what is on the next page.",
                    capitalised(&warning.to_string())
                ),
                "Shorten it, or split it into smaller parts with their own headings.",
            )
            .keyed(warning.problem_text()),
        );
    }
    let pages = document.pages.len();
    if pages > MAX_PAGES {
        out.push(finding(
            Rule::TooManyPages,
            Severity::Warning,
            None,
            format!(
                "A handout of {pages} pages is not a handout: it lays out to more than {MAX_PAGES} pages, and few readers will reach the end."
            ),
            "Keep to what the reader must know and do; move the rest to a second handout.",
        ).keyed(ProblemText::new(keys::TOO_MANY_PAGES).arg("pages", pages).arg("max", MAX_PAGES)));
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The most pages a handout may lay out to before `check` warns.
pub const MAX_PAGES: usize = 8;

/// The digits of every crisis contact the handout may print.
fn crisis_contacts(ctx: &CheckContext<'_>) -> Vec<String> {
    let mut contacts: Vec<String> = ctx
        .profile
        .resources
        .iter()
        .filter(|r| {
            r.category == ResourceCategory::CrisisLine
                && !ctx.options.excluded_resources.contains(&r.id)
        })
        .filter_map(|r| r.phone.as_deref())
        .map(digits_of)
        .collect();
    if let Some(lines) = national_lines(&ctx.profile.country) {
        contacts.push(digits_of(lines.crisis_number));
    }
    contacts.retain(|c| !c.is_empty());
    contacts
}

fn digits_of(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

fn stale_resources(template: &Template, ctx: &CheckContext<'_>, out: &mut Vec<Problem>) {
    let printed = printed_resources(template, ctx.profile, &ctx.options.excluded_resources);
    for (i, block) in printed {
        let r = &ctx.profile.resources[i];
        let name = if r.name.trim().is_empty() {
            "A resource"
        } else {
            r.name.trim()
        };
        let (message, text) = match r.freshness(ctx.today) {
            Freshness::Unchecked => (
                format!("“{name}” has never been checked: is its number still right?"),
                ProblemText::new(keys::RESOURCE_UNCHECKED).arg("name", name),
            ),
            Freshness::Stale(day) => (
                format!(
                    "“{name}” was last checked on {day}, over a year ago: a stale number can fail someone in crisis."
                ),
                ProblemText::new(keys::RESOURCE_STALE)
                    .arg("name", name)
                    .arg("date", day.to_string()),
            ),
            Freshness::Fresh | Freshness::Future(_) => continue,
        };
        out.push(
            finding(
                Rule::StaleResource,
                Severity::Warning,
                block,
                message,
                "Call it to check the details, then set \"Last checked\" to today.",
            )
            .keyed(text),
        );
    }
}

fn review_overdue(template: &Template, today: Date, out: &mut Vec<Problem>) {
    if let Some(due) = template.review.overdue_since(today) {
        out.push(
            finding(
                Rule::ReviewOverdue,
                Severity::Warning,
                None,
                format!(
                    "The clinical review was due on {due}: the facts or numbers may have changed."
                ),
                "Ask a clinician to review it again and approve it with a new date.",
            )
            .keyed(ProblemText::new(keys::REVIEW_OVERDUE).arg("date", due.to_string())),
        );
    }
}
