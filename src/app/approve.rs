//! "Approve for patient use…": a named clinician signs off the chosen template's
//! exact text for this clinic. Approving is always an explicit step in this dialog.

use std::collections::BTreeSet;

use crate::app::action::refusal_headline;
use crate::app::i18n::Texts;
use crate::app::screens::sentence;
use crate::app::state::{AppState, MessageKind, StatusMessage, Subject};
use crate::clinic::sign_off::{
    DEFAULT_REVIEW_YEARS, SignOffError, TranslationCheck, needs_translator,
};
use crate::date::Date;
use crate::desk::{DeskError, SignOffRequest};
use crate::problem::Problem;
use crate::template::TemplateKey;

/// The approve dialog's typed values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApproveDialog {
    /// Whether the dialog is showing.
    pub open: bool,
    /// The template being approved: one language of a handout.
    pub template: TemplateKey,
    /// The reviewer's name.
    pub reviewer: String,
    /// The reviewer's role.
    pub role: String,
    /// The approval date, as typed (YYYY-MM-DD).
    pub date: String,
    /// The next review date, as typed (YYYY-MM-DD).
    pub due: String,
    /// Why the last attempt failed.
    pub error: Option<String>,
    /// What the checks refused in the last attempt, each with its field or block.
    pub problems: Vec<Problem>,
    /// The PEMAT-P reviewer items ticked, by AHRQ item number
    /// (see [`crate::quality::pemat::REVIEWER_ITEMS`]).
    pub checked: BTreeSet<u8>,
    /// The qualified medical translator's name, for a template in another
    /// language than English.
    pub translator: String,
    /// Whether the translation was back-translated and compared.
    pub back_translated: bool,
}

impl ApproveDialog {
    /// Whether the template being approved is a translation, whose sign-off
    /// names a translator too.
    pub fn is_translation(&self) -> bool {
        needs_translator(&self.template.language)
    }

    /// The fields to show: the translator's only for a translation.
    pub fn fields(&self) -> &'static [ApproveField] {
        if self.is_translation() {
            &ApproveField::ALL
        } else {
            &ApproveField::ALL[..4]
        }
    }
}

/// A field of the approve dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApproveField {
    /// "Reviewer name".
    Reviewer,
    /// "Reviewer role".
    Role,
    /// "Approval date".
    Date,
    /// "Next review due".
    Due,
    /// "Translator name", for a handout in another language than English.
    Translator,
}

impl ApproveField {
    /// Every field, in the order shown.
    pub const ALL: [ApproveField; 5] = [
        ApproveField::Reviewer,
        ApproveField::Role,
        ApproveField::Date,
        ApproveField::Due,
        ApproveField::Translator,
    ];

    /// The field's label in the desk's language, which is also its
    /// accessible name.
    pub fn label(self, t: &Texts) -> String {
        t.tr(match self {
            ApproveField::Reviewer => "approve-reviewer",
            ApproveField::Role => "approve-role",
            ApproveField::Date => "approve-date",
            ApproveField::Due => "approve-due",
            ApproveField::Translator => "approve-translator",
        })
    }

    /// Faint example text, in the desk's language.
    pub fn hint(self, t: &Texts) -> String {
        t.tr(match self {
            ApproveField::Reviewer => "approve-reviewer-hint",
            ApproveField::Role => "approve-role-hint",
            ApproveField::Date | ApproveField::Due => "approve-date-hint",
            ApproveField::Translator => "approve-translator-hint",
        })
    }

    /// The typed value in `dialog`.
    pub fn value(self, dialog: &ApproveDialog) -> &str {
        match self {
            ApproveField::Reviewer => &dialog.reviewer,
            ApproveField::Role => &dialog.role,
            ApproveField::Date => &dialog.date,
            ApproveField::Due => &dialog.due,
            ApproveField::Translator => &dialog.translator,
        }
    }
}

/// Opens the dialog for the chosen template, dated today.
pub fn open(state: &mut AppState) {
    let Some(key) = state.selected.clone() else {
        return;
    };
    let dialog = &mut state.approve;
    if dialog.open && dialog.template == key {
        return;
    }
    dialog.open = true;
    dialog.template = key;
    let today = state.desk.today();
    let dialog = &mut state.approve;
    dialog.date = today.to_string();
    dialog.due = today.add_years(DEFAULT_REVIEW_YEARS).to_string();
    dialog.error = None;
    dialog.checked.clear();
    dialog.translator.clear();
    dialog.back_translated = false;
    // What would stop the sign-off, listed before anyone types a name.
    let key = dialog.template.clone();
    state.approve.problems = state
        .desk
        .preflight(&key)
        .map(|p| p.problems)
        .unwrap_or_default();
}

/// Changes one typed value.
pub fn set_field(dialog: &mut ApproveDialog, field: ApproveField, value: String) {
    match field {
        ApproveField::Reviewer => dialog.reviewer = value,
        ApproveField::Role => dialog.role = value,
        ApproveField::Date => dialog.date = value,
        ApproveField::Due => dialog.due = value,
        ApproveField::Translator => dialog.translator = value,
    }
}

/// The typed date of `field`, `None` when blank; what is wrong with it, in
/// the desk's language, when it is not a date.
fn parse_date(t: &Texts, field: ApproveField, text: &str) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text).map(Some).map_err(|_| {
        t.tr_args(
            "approve-bad-date",
            &[("field", field.label(t).into()), ("text", text.into())],
        )
    })
}

/// Why the desk did not sign the text off, as the dialog says it.
fn refusal_text(t: &Texts, e: &DeskError) -> String {
    match e {
        DeskError::NoStorage => t.tr("approve-no-storage"),
        DeskError::Refused { .. } => refusal_headline(t, e),
        DeskError::SignOff(SignOffError::NoReviewer) => t.tr("approve-no-reviewer"),
        DeskError::SignOff(SignOffError::NoRole) => t.tr("approve-no-role"),
        DeskError::SignOff(SignOffError::NoTranslator { language }) => t.tr_args(
            "approve-no-translator",
            &[("language", language.as_str().into())],
        ),
        DeskError::SignOff(SignOffError::DueBeforeApproval { on, due }) => t.tr_args(
            "approve-due-before",
            &[
                ("on", on.to_string().into()),
                ("due", due.to_string().into()),
            ],
        ),
        other => t.tr_args(
            "approve-failed",
            &[("detail", sentence(&other.to_string()).into())],
        ),
    }
}

/// Asks the desk to sign the template off with the typed values; a problem
/// (a date, a missing name, or what the checks refused) stays in the dialog.
pub fn approve(state: &mut AppState) {
    let t = Texts::of(state);
    let dialog = &state.approve;
    let today = state.desk.today();
    let dates = parse_date(t, ApproveField::Date, &dialog.date).and_then(|on| {
        Ok((
            on.unwrap_or(today),
            parse_date(t, ApproveField::Due, &dialog.due)?,
        ))
    });
    let (on, next_review) = match dates {
        Ok(dates) => dates,
        Err(e) => {
            state.approve.error = Some(e);
            return;
        }
    };
    let request = SignOffRequest {
        reviewer: dialog.reviewer.clone(),
        role: dialog.role.clone(),
        on,
        next_review,
        checked: SignOffRequest::reviewer_items(&dialog.checked),
        translation: dialog.is_translation().then(|| TranslationCheck {
            translator: dialog.translator.clone(),
            back_translated: dialog.back_translated,
        }),
    };
    let key = dialog.template.clone();
    match state.desk.approve(&key, &request) {
        Ok(sign_off) => {
            state.approve = ApproveDialog::default();
            let title = state
                .library()
                .get_key(&key)
                .map_or(key.id.clone(), |t| t.template.title.clone());
            let text = t.tr_args(
                "notice-approved",
                &[
                    ("title", title.into()),
                    ("reviewer", sign_off.reviewer.as_str().into()),
                    ("role", sign_off.role.as_str().into()),
                    ("due", sign_off.next_review_due.to_string().into()),
                ],
            );
            state.say(StatusMessage::new(MessageKind::Success, text).about(Subject::Approval));
            state.handout_changed();
        }
        Err(e) => {
            state.approve.problems = e.problems().to_vec();
            state.approve.error = Some(refusal_text(t, &e));
        }
    }
}
