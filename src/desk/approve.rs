//! Signing a template off for this clinic: the same checks as an export first
//! (text with an error finding is never signed), then a sign-off of its exact
//! text in the clinic's register, which is what lets it print as approved.

use std::collections::BTreeSet;

use crate::clinic::adapt::save_template;
use crate::clinic::sign_off::{SignOff, TranslationCheck};
use crate::date::Date;
use crate::desk::library::{apply_sign_offs, update_register};
use crate::desk::preflight::preflight;
use crate::desk::{Desk, DeskError, Refused};
use crate::quality::pemat::REVIEWER_ITEMS;
use crate::template::{TemplateKey, TemplateOrigin};

/// Who signs a template off, when, and what they checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOffRequest {
    /// The clinician's name.
    pub reviewer: String,
    /// Their role, such as "Medical director".
    pub role: String,
    /// The day of the sign-off.
    pub on: Date,
    /// When the next review is due; a year on when `None`.
    pub next_review: Option<Date>,
    /// The review checklist items they ticked, as recorded.
    pub checked: Vec<String>,
    /// For a handout in another language than English: the qualified medical
    /// translator who checked it (required), and whether it was back-translated.
    pub translation: Option<TranslationCheck>,
}

impl SignOffRequest {
    /// The PEMAT-P reviewer items ticked (by AHRQ item number, see
    /// [`REVIEWER_ITEMS`]) as a sign-off records them, in the checklist's
    /// order: "PEMAT-P 3: Everyday words are used".
    pub fn reviewer_items(ticked: &BTreeSet<u8>) -> Vec<String> {
        REVIEWER_ITEMS
            .iter()
            .filter(|(n, _)| ticked.contains(n))
            .map(|&(n, item)| format!("PEMAT-P {n}: {item}"))
            .collect()
    }
}

impl Desk {
    /// Signs template `key` (one language of a handout) off for this clinic. Refused, with what to fix, when
    /// the checks before an export would refuse it with this desk's profile.
    /// A clinic copy's file records the approval too, as where its text stands;
    /// only the register makes it print as approved.
    pub fn approve(
        &mut self,
        key: &TemplateKey,
        request: &SignOffRequest,
    ) -> Result<SignOff, DeskError> {
        let storage = self.storage_or_err()?.clone();
        let loaded = self.template(key)?;
        let checked = preflight(loaded, &self.profile, &self.options(&key.id), self.today);
        if !checked.is_clear() {
            return Err(DeskError::Refused {
                action: Refused::Approve,
                id: key.id.clone(),
                problems: checked.problems,
            });
        }
        let mut sign_off = SignOff::new(
            &loaded.template,
            &request.reviewer,
            &request.role,
            request.on,
            request.next_review,
            request.translation.clone(),
        )?;
        sign_off.checked.clone_from(&request.checked);
        let (saved, ()) = update_register(&storage, |on_disk| on_disk.record(sign_off.clone()))?;
        if loaded.origin == TemplateOrigin::Clinic {
            let mut template = loaded.template.clone();
            template.review = sign_off.review();
            save_template(&template, &loaded.file)?;
        }
        self.register.sign_offs = saved.sign_offs;
        apply_sign_offs(&mut self.library, &self.register);
        Ok(sign_off)
    }
}
