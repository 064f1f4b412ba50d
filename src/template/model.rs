//! The handout template as written in a `handouts/*.ron` file.
//!
//! The format is documented for clinic leads in `handouts/README.md`; keep the two
//! in step. Unknown fields are rejected so that a typo is reported, not ignored.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::template::content_hash::ContentHash;

/// One handout template: metadata, review record, sources and ordered blocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Stable identifier, lower-case words joined by hyphens, e.g. `kratom-risks`.
    pub id: String,
    /// The title printed at the top of the first page.
    pub title: String,
    /// An optional line under the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// What the handout is about.
    pub topic: Topic,
    /// BCP 47 language tag, e.g. `en-US` or `es-US`.
    pub language: String,
    /// Version of the content, e.g. `1.0.0`; raise it whenever the text changes.
    pub version: String,
    /// Who the handout is written for.
    pub audience: String,
    /// The reading level the text aims at.
    pub reading_level: ReadingLevel,
    /// Who checked the content, and when.
    pub review: Review,
    /// Terms under which the text may be used and adapted.
    pub licence: String,
    /// Numbered sources that the clinical blocks cite.
    pub sources: Vec<Source>,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
    /// For a clinic's copy: who adapted it, and the vetted template it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapted_from: Option<Adaptation>,
}

/// Where a clinic's copy of a template came from: the clinic, and a snapshot of
/// the vetted original as it was when the copy was made, so that what the clinic
/// changed can always be shown, even after the original moves on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adaptation {
    /// The clinic that adapted it, printed as "Adapted by <clinic>".
    pub clinic: String,
    /// The original's id.
    pub base_id: String,
    /// The original's version.
    pub base_version: String,
    /// The original's title.
    pub base_title: String,
    /// The content hash of the original.
    pub base_hash: ContentHash,
    /// The original's sources.
    pub base_sources: Vec<Source>,
    /// The original's blocks.
    pub base_blocks: Vec<Block>,
}

/// The topic a template belongs to, used to filter the library and pick checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Topic {
    /// Support after self-harm, safety planning.
    SelfHarm,
    /// Medicines for opioid use disorder, naloxone, overdose.
    OpioidUseDisorder,
    /// Kratom and its risks.
    Kratom,
    /// Anything else a clinic writes.
    Other,
}

impl Topic {
    /// Every topic, in display order.
    pub const ALL: [Topic; 4] = [
        Topic::SelfHarm,
        Topic::OpioidUseDisorder,
        Topic::Kratom,
        Topic::Other,
    ];

    /// A short name for people.
    pub fn label(self) -> &'static str {
        match self {
            Topic::SelfHarm => "Self-harm",
            Topic::OpioidUseDisorder => "Opioid use disorder",
            Topic::Kratom => "Kratom",
            Topic::Other => "Other",
        }
    }
}

/// The school grade the text aims at, and the most it may reach.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingLevel {
    /// The grade the writer aims at (Flesch–Kincaid), e.g. 6.
    pub target_grade: f32,
    /// The grade the text must not exceed, e.g. 8.
    pub max_grade: f32,
}

/// The clinical review record of a template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Draft until a named clinician approves the content.
    pub status: ReviewStatus,
    /// A sentence saying where the content stands.
    pub note: String,
    /// The reviewer's name, once reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The reviewer's role, e.g. "Addiction medicine physician".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_role: Option<String>,
    /// The day the review was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<Date>,
    /// The day the content should be reviewed again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review_due: Option<Date>,
    /// The content hash the approval covers. An approval whose hash no longer
    /// matches the text counts as a draft: an edited template needs a new sign-off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_hash: Option<ContentHash>,
}

impl Review {
    /// A draft review record with `note`.
    pub fn draft(note: impl Into<String>) -> Self {
        Self {
            status: ReviewStatus::Draft,
            note: note.into(),
            reviewer: None,
            reviewer_role: None,
            reviewed_on: None,
            next_review_due: None,
            content_hash: None,
        }
    }
}

/// Whether a template has been signed off for patient use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewStatus {
    /// Written, not yet signed off by a clinician.
    Draft,
    /// Signed off by the named reviewer.
    Approved,
}

/// One numbered source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The number blocks use to cite this source.
    pub id: u32,
    /// The citation: organisation, title, year and an identifier.
    pub citation: String,
    /// Where to read it, if online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day someone confirmed this is still the current version of the source
    /// and still says what the handout rests on. A source more than five years old
    /// is flagged for a fresh look unless it was confirmed within the last year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Date>,
}

/// One piece of content, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// A section heading. The section runs to the next heading or the sources.
    Heading {
        /// The heading text.
        text: String,
        /// Keep the whole section on one page: when it does not fit below what
        /// came before, it starts a new page instead of splitting (the safety plan).
        #[serde(default, skip_serializing_if = "is_false")]
        keep_together: bool,
    },
    /// A paragraph of running text.
    Paragraph {
        /// The text; `**bold**` and `{placeholders}` are allowed.
        text: String,
        /// The source numbers this clinical text rests on.
        #[serde(default)]
        sources: Vec<u32>,
    },
    /// A bulleted list.
    Bullets {
        /// One entry per bullet.
        items: Vec<String>,
        /// The source numbers the list rests on.
        #[serde(default)]
        sources: Vec<u32>,
    },
    /// A numbered list of steps to follow in order.
    Steps {
        /// One entry per step.
        items: Vec<String>,
        /// The source numbers the steps rest on.
        #[serde(default)]
        sources: Vec<u32>,
    },
    /// A boxed message that must stand out, such as "Get help now".
    Callout {
        /// How it is drawn.
        #[serde(default)]
        kind: CalloutKind,
        /// The box's title.
        title: String,
        /// Text under the title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        /// Bullets under the text.
        #[serde(default)]
        items: Vec<String>,
        /// The source numbers the callout rests on.
        #[serde(default)]
        sources: Vec<u32>,
    },
    /// The clinic's local resources of one category, filled in from the profile.
    Resources {
        /// Which resources to list.
        category: ResourceCategory,
        /// A heading above the list.
        heading: String,
        /// Printed instead of the list when the profile has none of this category.
        when_empty: String,
    },
    /// A prompt with ruled lines for the patient to write on. At the desk a
    /// clinician may type the patient's own words into it; they are printed on
    /// the lines and never stored (compose's `PatientEntries`).
    FillIn {
        /// What to write, e.g. "My warning signs".
        label: String,
        /// A short example or prompt in smaller type.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
        /// How many ruled lines, 1 to 12 (0 when `fields` gives the lines).
        #[serde(default)]
        lines: u8,
        /// Labelled lines, one each, e.g. "Date and time", "Who I will see".
        /// Printed before any free `lines`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        fields: Vec<String>,
        /// The clinic's local resources of this category, listed under the label
        /// (e.g. local crisis services with "Professionals I can contact").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        resources: Option<ResourceCategory>,
    },
    /// The numbered list of the template's sources.
    Sources {
        /// A heading above the list.
        heading: String,
    },
}

impl Block {
    /// The block's kind in words for people, e.g. "Fill-in section": what the
    /// editor and the messages on screen call it (the RON name is
    /// [`Self::kind_name`]).
    pub fn kind_label(&self) -> &'static str {
        match self {
            Block::Heading { .. } => "Heading",
            Block::Paragraph { .. } => "Paragraph",
            Block::Bullets { .. } => "Bulleted list",
            Block::Steps { .. } => "Numbered steps",
            Block::Callout { .. } => "Callout box",
            Block::Resources { .. } => "Local resources",
            Block::FillIn { .. } => "Fill-in section",
            Block::Sources { .. } => "Sources",
        }
    }

    /// The block's kind as written in RON, e.g. `Paragraph`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Block::Heading { .. } => "Heading",
            Block::Paragraph { .. } => "Paragraph",
            Block::Bullets { .. } => "Bullets",
            Block::Steps { .. } => "Steps",
            Block::Callout { .. } => "Callout",
            Block::Resources { .. } => "Resources",
            Block::FillIn { .. } => "FillIn",
            Block::Sources { .. } => "Sources",
        }
    }

    // Which kinds of block cite sources, and which must: the one place that
    // says so. The matches list every kind, so a new kind of block is a
    // compile error here until someone decides.

    /// The source numbers a block cites (empty for blocks that cite none).
    pub fn sources(&self) -> &[u32] {
        self.source_list().map_or(&[], Vec::as_slice)
    }

    /// Whether the block can cite sources (and so the editor offers it a
    /// "Sources" field).
    pub fn cites_sources(&self) -> bool {
        self.source_list().is_some()
    }

    fn source_list(&self) -> Option<&Vec<u32>> {
        match self {
            Block::Paragraph { sources, .. }
            | Block::Bullets { sources, .. }
            | Block::Steps { sources, .. }
            | Block::Callout { sources, .. } => Some(sources),
            Block::Heading { .. }
            | Block::Resources { .. }
            | Block::FillIn { .. }
            | Block::Sources { .. } => None,
        }
    }

    /// The block's list of cited sources, to change; `None` for kinds that
    /// cite none.
    pub fn sources_mut(&mut self) -> Option<&mut Vec<u32>> {
        match self {
            Block::Paragraph { sources, .. }
            | Block::Bullets { sources, .. }
            | Block::Steps { sources, .. }
            | Block::Callout { sources, .. } => Some(sources),
            Block::Heading { .. }
            | Block::Resources { .. }
            | Block::FillIn { .. }
            | Block::Sources { .. } => None,
        }
    }

    /// Whether the block states clinical content and so must cite a source.
    pub fn is_clinical(&self) -> bool {
        match self {
            Block::Paragraph { .. } | Block::Bullets { .. } | Block::Steps { .. } => true,
            Block::Heading { .. }
            | Block::Callout { .. }
            | Block::Resources { .. }
            | Block::FillIn { .. }
            | Block::Sources { .. } => false,
        }
    }

    /// Every piece of text in the block that may hold markup and placeholders.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => vec![text],
            Block::Bullets { items, .. } | Block::Steps { items, .. } => {
                items.iter().map(String::as_str).collect()
            }
            Block::Callout {
                title, text, items, ..
            } => std::iter::once(title.as_str())
                .chain(text.as_deref())
                .chain(items.iter().map(String::as_str))
                .collect(),
            Block::Resources {
                heading,
                when_empty,
                ..
            } => vec![heading, when_empty],
            Block::FillIn {
                label,
                hint,
                fields,
                ..
            } => std::iter::once(label.as_str())
                .chain(hint.as_deref())
                .chain(fields.iter().map(String::as_str))
                .collect(),
            Block::Sources { heading } => vec![heading],
        }
    }
}

/// For `skip_serializing_if`: leaves default `false` flags out of files and hashes,
/// so adding a flag never changes the content hash of a template that lacks it.
fn is_false(flag: &bool) -> bool {
    !*flag
}

/// How a callout box is drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CalloutKind {
    /// Urgent: a strong border, for "Get help now" boxes.
    #[default]
    Urgent,
    /// A calm tinted box for tips and notes.
    Note,
}

/// The kinds of local resource a clinic lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ResourceCategory {
    /// A local crisis line or crisis team.
    CrisisLine,
    /// A place that treats substance use, e.g. an opioid treatment program.
    TreatmentProvider,
    /// Where to get naloxone.
    Naloxone,
    /// A pharmacy.
    Pharmacy,
    /// A peer or mutual support group.
    SupportGroup,
    /// How to reach the clinic itself.
    ClinicContact,
    /// Anything else.
    Other,
}

impl ResourceCategory {
    /// Every category, in display order.
    pub const ALL: [ResourceCategory; 7] = [
        ResourceCategory::CrisisLine,
        ResourceCategory::TreatmentProvider,
        ResourceCategory::Naloxone,
        ResourceCategory::Pharmacy,
        ResourceCategory::SupportGroup,
        ResourceCategory::ClinicContact,
        ResourceCategory::Other,
    ];

    /// A short name for people.
    pub fn label(self) -> &'static str {
        match self {
            ResourceCategory::CrisisLine => "Crisis line",
            ResourceCategory::TreatmentProvider => "Treatment provider",
            ResourceCategory::Naloxone => "Naloxone",
            ResourceCategory::Pharmacy => "Pharmacy",
            ResourceCategory::SupportGroup => "Support group",
            ResourceCategory::ClinicContact => "Clinic contact",
            ResourceCategory::Other => "Other",
        }
    }
}
