//! Sign-off: a named clinician approves one exact text of a template for this clinic.
//!
//! A sign-off names the template's id, language, version and content hash: each
//! language of a handout is signed off on its own. Shipped templates
//! are drafts until the clinic signs them off here; an edited or updated template
//! has a new hash and so needs a new sign-off. Sign-offs live in the clinic's data
//! folder (`sign-offs.ron`); a clinic copy also carries its own approval inside
//! its file, so that it stays approved when it is shared with other desks.
//!
//! A handout in another language than English is a translation: it is approved
//! only when the sign-off names both the clinician and the qualified medical
//! translator who checked it, and says whether a back-translation was done.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::storage::{Storage, StorageError, update_ron};
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
    /// For a translated handout, the translator's check. Registers saved before
    /// translations were signed off have none: such a sign-off of a Spanish
    /// handout no longer approves it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<TranslationCheck>,
}

/// The second role a translated handout's sign-off records: the qualified
/// medical translator who checked the text against the English one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationCheck {
    /// The translator's name.
    pub translator: String,
    /// Whether someone translated the text back into English to compare it
    /// with the original, the usual check for health materials.
    #[serde(default)]
    pub back_translated: bool,
}

/// Whether a handout in `language` is a translation, and so needs a
/// translator's check as well as a clinician's: every language but English,
/// in which the shipped handouts are written and sourced.
pub fn needs_translator(language: &str) -> bool {
    crate::strings::primary_language(language) != "en"
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
    /// A translated handout with no translator named.
    #[error(
        "a handout in {language} is approved by a clinician and a qualified medical translator: write the translator's name"
    )]
    NoTranslator {
        /// The language's name, e.g. "Español".
        language: String,
    },
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
        translation: Option<TranslationCheck>,
    ) -> Result<Self, SignOffError> {
        let reviewer = reviewer.trim();
        let role = role.trim();
        if reviewer.is_empty() {
            return Err(SignOffError::NoReviewer);
        }
        if role.is_empty() {
            return Err(SignOffError::NoRole);
        }
        let translation = if needs_translator(&template.language) {
            let Some(check) = translation.filter(|c| !c.translator.trim().is_empty()) else {
                return Err(SignOffError::NoTranslator {
                    language: crate::strings::language_name(&template.language).to_owned(),
                });
            };
            Some(TranslationCheck {
                translator: check.translator.trim().to_owned(),
                back_translated: check.back_translated,
            })
        } else {
            None
        };
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
            translation,
        })
    }

    /// Whether this sign-off covers `template` exactly as it is: the same
    /// text, and for a translation, both roles recorded.
    pub fn covers(&self, template: &Template, hash: &ContentHash) -> bool {
        self.is_of(template, hash) && self.has_every_role()
    }

    /// Whether this sign-off is of `template`'s exact text, whoever signed it.
    fn is_of(&self, template: &Template, hash: &ContentHash) -> bool {
        self.names(template) && &self.content_hash == hash
    }

    /// Whether this sign-off names `template`'s id, language and version:
    /// the cheap test before the content hash is worked out.
    fn names(&self, template: &Template) -> bool {
        self.template_id == template.id
            && self.language.eq_ignore_ascii_case(&template.language)
            && self.version == template.version
    }

    /// Whether it names every role its language needs: a clinician, and for a
    /// translation a translator too.
    pub fn has_every_role(&self) -> bool {
        !needs_translator(&self.language)
            || self
                .translation
                .as_ref()
                .is_some_and(|t| !t.translator.trim().is_empty())
    }

    /// The review record this sign-off gives a template.
    pub fn review(&self) -> Review {
        Review {
            status: ReviewStatus::Approved,
            note: match &self.translation {
                Some(t) => format!(
                    "Approved by {}, {}; translation checked by {}, qualified medical translator{}.",
                    self.reviewer,
                    self.role,
                    t.translator,
                    if t.back_translated {
                        ", with a back-translation"
                    } else {
                        ", no back-translation"
                    }
                ),
                None => format!("Approved by {}, {}.", self.reviewer, self.role),
            },
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

/// Changes the clinic's sign-offs on disk: under their lock, re-read, changed
/// by `change` and saved, so that desks and commands approving at once never
/// undo each other. Returns the register as saved (with no shared sign-offs)
/// and what `change` returned.
pub fn update_register<R>(
    storage: &Storage,
    change: impl FnOnce(&mut SignOffRegister) -> R,
) -> Result<(SignOffRegister, R), StorageError> {
    update_ron(&storage.sign_offs_path(), "the sign-offs", change)
}

/// Where a template stands once its file and the clinic's sign-offs are both read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Approved: a sign-off of its exact text is in the register (this desk's,
    /// or the one published in the shared folder).
    Approved,
    /// Not approved yet.
    Draft,
    /// Its file records an approval, but no sign-off of this text is in the
    /// register: the file says where the text came from, it is not a sign-off.
    NotSignedOffHere,
    /// Approved once, but the text changed since: it needs a new sign-off.
    ChangedSinceApproval {
        /// When the old approval was given.
        approved_on: Option<Date>,
    },
}

/// The review record that holds for `template` at this clinic, and its standing.
///
/// Only a sign-off in `register` of the exact text approves it. What the file
/// itself says (`review: (status: Approved, …)`) never does: anyone with a text
/// editor could write it. It still explains the draft: changed since that
/// approval, or approved elsewhere and not signed off here.
pub fn effective_review(template: &Template, register: &SignOffRegister) -> (Review, Standing) {
    // The hash (a canonical rendering of the whole text, then SHA-256) is
    // worked out only when something could match it: on a desk that opens
    // every template to export one, most have no sign-off to compare with.
    let hash = std::cell::OnceCell::new();
    let hash = || hash.get_or_init(|| content_hash(template));
    let named = register
        .sign_offs
        .iter()
        .chain(&register.shared)
        .any(|s| s.names(template));
    if named && let Some(sign_off) = register.find(template, hash()) {
        return (sign_off.review(), Standing::Approved);
    }
    if named
        && let Some(partial) = register
            .sign_offs
            .iter()
            .chain(&register.shared)
            .find(|s| s.is_of(template, hash()))
    {
        return (
            Review::draft(format!(
                "Signed off by {} on {}, but no qualified medical translator is recorded: a {} handout is approved by a clinician and a translator together.",
                partial.reviewer,
                partial.approved_on,
                crate::strings::language_name(&template.language)
            )),
            Standing::Draft,
        );
    }
    let review = &template.review;
    let on = review
        .reviewed_on
        .map_or_else(String::new, |d| format!(" on {d}"));
    match (review.status, &review.content_hash) {
        (ReviewStatus::Approved, Some(approved)) if approved != hash() => (
            Review::draft(format!(
                "Changed since it was approved{on}: needs a new sign-off."
            )),
            Standing::ChangedSinceApproval {
                approved_on: review.reviewed_on,
            },
        ),
        (ReviewStatus::Approved, _) => (
            Review::draft(format!(
                "Its file says it was approved{}{on}, but no sign-off of this text is in this clinic's register: a clinician here approves it before it prints without the DRAFT mark.",
                review
                    .reviewer
                    .as_deref()
                    .map_or_else(String::new, |r| format!(" by {r}"))
            )),
            Standing::NotSignedOffHere,
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
    fn an_approval_in_the_file_alone_approves_nothing() {
        let mut t = template();
        let mut register = SignOffRegister::default();
        let s = SignOff::new(&t, "R", "Role", day("2026-12-01"), None, None).unwrap();
        t.review = s.review();
        let (review, standing) = effective_review(&t, &register);
        assert_eq!(review.status, ReviewStatus::Draft);
        assert_eq!(standing, Standing::NotSignedOffHere);
        assert!(
            review.note.contains("approved by R on 2026-12-01"),
            "{}",
            review.note
        );
        register.record(s);
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
        assert_eq!(standing, Standing::NotSignedOffHere);
        assert_eq!(review.status, ReviewStatus::Draft);
        assert!(
            review.note.contains("no sign-off of this text"),
            "{}",
            review.note
        );
    }

    #[test]
    fn bad_sign_offs_are_refused() {
        let t = template();
        assert_eq!(
            SignOff::new(&t, " ", "Role", day("2026-12-01"), None, None),
            Err(SignOffError::NoReviewer)
        );
        assert_eq!(
            SignOff::new(&t, "R", "", day("2026-12-01"), None, None),
            Err(SignOffError::NoRole)
        );
        assert!(matches!(
            SignOff::new(
                &t,
                "R",
                "Role",
                day("2026-12-01"),
                Some(day("2026-01-01")),
                None
            ),
            Err(SignOffError::DueBeforeApproval { .. })
        ));
    }

    #[test]
    fn shared_sign_offs_count_but_are_never_saved_as_this_desks() {
        let t = template();
        let s = SignOff::new(&t, "R", "Role", day("2026-12-01"), None, None).unwrap();
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
        register.record(SignOff::new(english, "R", "Role", day("2026-12-01"), None, None).unwrap());
        assert_eq!(effective_review(english, &register).1, Standing::Approved);
        assert_eq!(effective_review(spanish, &register).1, Standing::Draft);
        let translated = Some(TranslationCheck {
            translator: "M. Ortega".into(),
            back_translated: true,
        });
        let s = SignOff::new(spanish, "R", "Role", day("2026-12-02"), None, translated).unwrap();
        assert_eq!(s.language, "es-US");
        register.record(s);
        assert_eq!(register.sign_offs.len(), 2, "both kept");
        assert_eq!(effective_review(spanish, &register).1, Standing::Approved);
    }

    #[test]
    fn sign_offs_saved_without_a_language_are_of_english_handouts() {
        let english = template();
        let s = SignOff::new(&english, "R", "Role", day("2026-12-01"), None, None).unwrap();
        let saved = ron::to_string(&s).unwrap();
        let old = saved.replace(",language:\"en-US\"", "");
        assert!(!old.contains("language"), "{old}");
        let read: SignOff = ron::from_str(&old).unwrap();
        assert_eq!(read, s);
    }

    #[test]
    fn a_translation_is_approved_only_with_a_named_translator() {
        let library = TemplateLibrary::shipped();
        let spanish = &library.get("kratom-risks", "es-US").unwrap().template;
        let on = day("2026-12-02");
        assert_eq!(
            SignOff::new(spanish, "R", "Role", on, None, None),
            Err(SignOffError::NoTranslator {
                language: "Español".into()
            })
        );
        let blank = TranslationCheck {
            translator: "  ".into(),
            back_translated: true,
        };
        assert!(SignOff::new(spanish, "R", "Role", on, None, Some(blank)).is_err());
        let check = TranslationCheck {
            translator: " M. Ortega ".into(),
            back_translated: false,
        };
        let s = SignOff::new(spanish, "R", "Role", on, None, Some(check)).unwrap();
        assert_eq!(s.translation.as_ref().unwrap().translator, "M. Ortega");
        assert!(s.review().note.contains("translation checked by M. Ortega"));
        assert!(s.review().note.contains("no back-translation"));
    }

    #[test]
    fn an_old_spanish_sign_off_with_no_translator_approves_nothing() {
        let library = TemplateLibrary::shipped();
        let spanish = &library.get("kratom-risks", "es-US").unwrap().template;
        let check = TranslationCheck {
            translator: "M. Ortega".into(),
            back_translated: true,
        };
        let mut s =
            SignOff::new(spanish, "R", "Role", day("2026-12-02"), None, Some(check)).unwrap();
        s.translation = None; // as a register written before translations were
        let old = ron::to_string(&SignOffRegister::of(vec![s])).unwrap();
        assert!(!old.contains("translation"), "{old}");
        let register: SignOffRegister = ron::from_str(&old).expect("an old register loads");
        let (review, standing) = effective_review(spanish, &register);
        assert_eq!(standing, Standing::Draft);
        assert!(
            review.note.contains("no qualified medical translator"),
            "{}",
            review.note
        );
    }
}
