//! Sign-off: a named clinician approves one exact text of a template for this clinic.
//!
//! A sign-off names the template's id, language, version and content hash: each
//! language of a handout is signed off on its own. Shipped templates
//! are drafts until the clinic signs them off here; an edited or updated template
//! has a new hash and so needs a new sign-off. Sign-offs live in the clinic's data
//! folder (`sign-offs.ron`); a clinic copy also carries its own approval inside
//! its file, so that it stays approved when it is shared with other desks.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::template::{ContentHash, Review, ReviewStatus, Template, content_hash};

/// How long an approval lasts before the next review is due, by default.
pub const DEFAULT_REVIEW_YEARS: i32 = 1;

/// One clinician's approval of one exact text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    /// The template's id.
    pub template_id: String,
    /// The template's language (BCP 47). Sign-offs saved before handouts came in
    /// several languages have none, and were all of English ones.
    #[serde(default = "default_language")]
    pub language: String,
    /// The template's version.
    pub version: String,
    /// The content hash of the text approved.
    pub content_hash: ContentHash,
    /// Who approved it.
    pub reviewer: String,
    /// Their role, e.g. "Addiction medicine physician".
    pub role: String,
    /// The day they approved it.
    pub approved_on: Date,
    /// The day it should be reviewed again.
    pub next_review_due: Date,
    /// The review checklist items the reviewer ticked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checked: Vec<String>,
}

/// The language of a sign-off saved without one.
fn default_language() -> String {
    crate::strings::DEFAULT_LANGUAGE.to_owned()
}

/// Why a sign-off cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignOffError {
    /// No reviewer name.
    #[error("the reviewer's name is empty: write the name of the clinician who approves it")]
    NoReviewer,
    /// No role.
    #[error("the reviewer's role is empty: write their role, e.g. \"Clinic medical director\"")]
    NoRole,
    /// The next review is not after the approval.
    #[error("the next review ({due}) must be after the approval date ({on})")]
    DueBeforeApproval {
        /// Approval date.
        on: Date,
        /// Next review date.
        due: Date,
    },
}

impl SignOff {
    /// A sign-off of `template` as it is now; the next review defaults to a year on.
    pub fn new(
        template: &Template,
        reviewer: &str,
        role: &str,
        approved_on: Date,
        next_review_due: Option<Date>,
    ) -> Result<Self, SignOffError> {
        let reviewer = reviewer.trim();
        let role = role.trim();
        if reviewer.is_empty() {
            return Err(SignOffError::NoReviewer);
        }
        if role.is_empty() {
            return Err(SignOffError::NoRole);
        }
        let due = next_review_due.unwrap_or_else(|| approved_on.add_years(DEFAULT_REVIEW_YEARS));
        if due <= approved_on {
            return Err(SignOffError::DueBeforeApproval {
                on: approved_on,
                due,
            });
        }
        Ok(Self {
            template_id: template.id.clone(),
            language: template.language.clone(),
            version: template.version.clone(),
            content_hash: content_hash(template),
            reviewer: reviewer.to_owned(),
            role: role.to_owned(),
            approved_on,
            next_review_due: due,
            checked: Vec::new(),
        })
    }

    /// Whether this sign-off covers `template` exactly as it is.
    pub fn covers(&self, template: &Template, hash: &ContentHash) -> bool {
        self.template_id == template.id
            && self.language.eq_ignore_ascii_case(&template.language)
            && self.version == template.version
            && &self.content_hash == hash
    }

    /// The review record this sign-off gives a template.
    pub fn review(&self) -> Review {
        Review {
            status: ReviewStatus::Approved,
            note: format!("Approved by {}, {}.", self.reviewer, self.role),
            reviewer: Some(self.reviewer.clone()),
            reviewer_role: Some(self.role.clone()),
            reviewed_on: Some(self.approved_on),
            next_review_due: Some(self.next_review_due),
            content_hash: Some(self.content_hash.clone()),
        }
    }
}

/// Every sign-off this clinic has made, kept in `sign-offs.ron`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignOffRegister {
    /// The sign-offs, oldest first.
    pub sign_offs: Vec<SignOff>,
    /// Sign-offs the clinic lead published to the shared folder: they count here
    /// too, but are read-only and never saved with this desk's own.
    #[serde(skip)]
    pub shared: Vec<SignOff>,
}

impl SignOffRegister {
    /// A register of these sign-offs, with none shared.
    pub fn of(sign_offs: Vec<SignOff>) -> Self {
        Self {
            sign_offs,
            shared: Vec::new(),
        }
    }

    /// The newest sign-off that covers `template` exactly as it is.
    pub fn find(&self, template: &Template, hash: &ContentHash) -> Option<&SignOff> {
        self.sign_offs
            .iter()
            .chain(&self.shared)
            .filter(|s| s.covers(template, hash))
            .max_by_key(|s| s.approved_on)
    }

    /// Adds a sign-off, replacing an older one of the same text.
    pub fn record(&mut self, sign_off: SignOff) {
        self.sign_offs.retain(|s| {
            !(s.template_id == sign_off.template_id
                && s.language == sign_off.language
                && s.version == sign_off.version
                && s.content_hash == sign_off.content_hash)
        });
        self.sign_offs.push(sign_off);
    }

    /// Adds every sign-off in `other` that this register lacks; returns how many.
    pub fn merge(&mut self, other: &SignOffRegister) -> usize {
        let mut added = 0;
        for s in &other.sign_offs {
            if !self.sign_offs.contains(s) {
                self.record(s.clone());
                added += 1;
            }
        }
        added
    }
}

/// Where a template stands once its file and the clinic's sign-offs are both read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Approved: by a sign-off in the register, or by the approval in its own file
    /// that still matches its text.
    Approved,
    /// Not approved yet.
    Draft,
    /// Approved once, but the text changed since: it needs a new sign-off.
    ChangedSinceApproval {
        /// When the old approval was given.
        approved_on: Option<Date>,
    },
}

/// The review record that holds for `template` at this clinic, and its standing.
///
/// A sign-off in `register` for the exact text wins. An approval written in the
/// file holds only as the record of a sign-off: with the `content_hash` a
/// sign-off writes, and while that still matches the text. A file that only
/// says `status: Approved` is a draft: typing a word never removes the DRAFT mark.
pub fn effective_review(template: &Template, register: &SignOffRegister) -> (Review, Standing) {
    let hash = content_hash(template);
    if let Some(sign_off) = register.find(template, &hash) {
        return (sign_off.review(), Standing::Approved);
    }
    let review = &template.review;
    match (review.status, &review.content_hash) {
        (ReviewStatus::Approved, Some(approved)) if *approved != hash => (
            Review::draft(format!(
                "Changed since it was approved{}: needs a new sign-off.",
                review
                    .reviewed_on
                    .map_or_else(String::new, |d| format!(" on {d}"))
            )),
            Standing::ChangedSinceApproval {
                approved_on: review.reviewed_on,
            },
        ),
        (ReviewStatus::Approved, Some(_)) => (review.clone(), Standing::Approved),
        (ReviewStatus::Approved, None) => (
            Review::draft(
                "Marked approved in its file, but never signed off: a clinician signs it off in Handout Desk.",
            ),
            Standing::Draft,
        ),
        (ReviewStatus::Draft, _) => (review.clone(), Standing::Draft),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{Block, TemplateLibrary};

    fn template() -> Template {
        TemplateLibrary::load(&[]).templates[1].template.clone()
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_sign_off_approves_that_text_only() {
        let mut t = template();
        let mut register = SignOffRegister::default();
        assert_eq!(effective_review(&t, &register).1, Standing::Draft);
        let s = SignOff::new(
            &t,
            "Dr. A. Rivera",
            "Medical director",
            day("2026-12-01"),
            None,
        )
        .unwrap();
        assert_eq!(s.next_review_due, day("2027-12-01"), "a year by default");
        register.record(s);
        let (review, standing) = effective_review(&t, &register);
        assert_eq!(standing, Standing::Approved);
        assert_eq!(review.reviewer.as_deref(), Some("Dr. A. Rivera"));
        if let Some(Block::Paragraph { text, .. }) = t.blocks.first_mut() {
            text.push_str(" Call us.");
        }
        assert_eq!(effective_review(&t, &register).1, Standing::Draft);
        t.blocks = template().blocks;
        t.version = "1.0.1".into();
        assert_eq!(
            effective_review(&t, &register).1,
            Standing::Draft,
            "a new version needs a new sign-off"
        );
    }

    #[test]
    fn an_approval_in_the_file_lapses_when_the_text_changes() {
        let mut t = template();
        let register = SignOffRegister::default();
        let s = SignOff::new(&t, "R", "Role", day("2026-12-01"), None).unwrap();
        t.review = s.review();
        assert_eq!(effective_review(&t, &register).1, Standing::Approved);
        t.title.push('!');
        let (review, standing) = effective_review(&t, &register);
        assert_eq!(review.status, ReviewStatus::Draft);
        assert!(matches!(standing, Standing::ChangedSinceApproval { .. }));
        assert!(review.note.contains("needs a new sign-off"));
    }

    #[test]
    fn a_file_that_only_says_approved_is_a_draft() {
        let mut t = template();
        t.review.status = ReviewStatus::Approved;
        t.review.reviewer = Some("Someone".into());
        t.review.reviewed_on = Some(day("2026-01-01"));
        t.review.content_hash = None;
        let (review, standing) = effective_review(&t, &SignOffRegister::default());
        assert_eq!(standing, Standing::Draft);
        assert_eq!(review.status, ReviewStatus::Draft);
        assert!(review.note.contains("never signed off"), "{}", review.note);
    }

    #[test]
    fn bad_sign_offs_are_refused() {
        let t = template();
        assert_eq!(
            SignOff::new(&t, " ", "Role", day("2026-12-01"), None),
            Err(SignOffError::NoReviewer)
        );
        assert_eq!(
            SignOff::new(&t, "R", "", day("2026-12-01"), None),
            Err(SignOffError::NoRole)
        );
        assert!(matches!(
            SignOff::new(&t, "R", "Role", day("2026-12-01"), Some(day("2026-01-01"))),
            Err(SignOffError::DueBeforeApproval { .. })
        ));
    }

    #[test]
    fn shared_sign_offs_count_but_are_never_saved_as_this_desks() {
        let t = template();
        let s = SignOff::new(&t, "R", "Role", day("2026-12-01"), None).unwrap();
        let mut register = SignOffRegister::default();
        register.shared.push(s);
        assert_eq!(effective_review(&t, &register).1, Standing::Approved);
        let text = ron::to_string(&register).unwrap();
        assert!(!text.contains("Role"), "{text}");
    }

    #[test]
    fn each_language_of_a_handout_is_signed_off_on_its_own() {
        let library = TemplateLibrary::shipped();
        let english = &library.get("kratom-risks", "en-US").unwrap().template;
        let spanish = &library.get("kratom-risks", "es-US").unwrap().template;
        let mut register = SignOffRegister::default();
        register.record(SignOff::new(english, "R", "Role", day("2026-12-01"), None).unwrap());
        assert_eq!(effective_review(english, &register).1, Standing::Approved);
        assert_eq!(effective_review(spanish, &register).1, Standing::Draft);
        let s = SignOff::new(spanish, "R", "Role", day("2026-12-02"), None).unwrap();
        assert_eq!(s.language, "es-US");
        register.record(s);
        assert_eq!(register.sign_offs.len(), 2, "both kept");
        assert_eq!(effective_review(spanish, &register).1, Standing::Approved);
    }

    #[test]
    fn sign_offs_saved_without_a_language_are_of_english_handouts() {
        let english = template();
        let s = SignOff::new(&english, "R", "Role", day("2026-12-01"), None).unwrap();
        let saved = ron::to_string(&s).unwrap();
        let old = saved.replace(",language:\"en-US\"", "");
        assert!(!old.contains("language"), "{old}");
        let read: SignOff = ron::from_str(&old).unwrap();
        assert_eq!(read, s);
    }
}
