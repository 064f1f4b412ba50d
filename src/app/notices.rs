//! The status bar's messages: what each is about, and how long it stays.
//!
//! A message that says something worked (or is only for information) fades
//! after a few seconds; a warning or an error stays until it is dismissed or a
//! newer message on the same [`Subject`] replaces it, so "Could not save the
//! PDF" goes away once the PDF is saved. Times are on egui's clock (seconds
//! since the app started), which tests advance frame by frame.

use std::path::PathBuf;

/// How a message in the status bar should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// Something worth knowing.
    Info,
    /// Something that worked, such as an export.
    Success,
    /// Something that needs attention but stopped nothing.
    Warning,
    /// Something that failed.
    Error,
}

/// What a message is about: a newer message on the same subject replaces the
/// older one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// Saving, opening or finding the handout's PDF.
    Pdf,
    /// A local resource removed (and its undo).
    Removal,
    /// Saving the clinic's details.
    ClinicDetails,
    /// Making, editing or saving a clinic copy of a template.
    ClinicCopy,
    /// Approving a template for patient use.
    Approval,
    /// What was typed with the patient.
    PatientEntries,
}

/// A message for the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusMessage {
    /// How it looks.
    pub kind: MessageKind,
    /// What it says.
    pub text: String,
    /// A file the message offers to open (an exported PDF).
    pub open_path: Option<PathBuf>,
    /// A folder the message offers to show (where a PDF was saved).
    pub show_folder: Option<PathBuf>,
    /// Whether the message offers to undo a removal.
    pub offers_undo: bool,
    /// What it is about; `None` for a message that replaces nothing.
    pub subject: Option<Subject>,
    /// When it was shown, on egui's clock.
    pub shown_at: f64,
}

/// How long a success or information message stays, in seconds.
pub const NOTICE_SECONDS: f64 = 6.0;
/// How long one with a button (Open PDF, Undo) stays: long enough to reach it.
pub const NOTICE_WITH_BUTTON_SECONDS: f64 = 15.0;
/// How long a message takes to fade out at the end of its time.
pub const FADE_SECONDS: f64 = 1.0;
/// The most messages shown at once.
const KEEP: usize = 3;

impl StatusMessage {
    /// A message with no buttons and no subject.
    pub fn new(kind: MessageKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            open_path: None,
            show_folder: None,
            offers_undo: false,
            subject: None,
            shown_at: 0.0,
        }
    }

    /// The same message, about `subject`.
    pub fn about(self, subject: Subject) -> Self {
        Self {
            subject: Some(subject),
            ..self
        }
    }

    /// When the message goes away by itself, on egui's clock; `None` for a
    /// warning or an error, which stay until dismissed or replaced.
    pub fn expires_at(&self) -> Option<f64> {
        let has_button = self.open_path.is_some() || self.offers_undo;
        let lasts = match self.kind {
            MessageKind::Warning | MessageKind::Error => return None,
            MessageKind::Success | MessageKind::Info if has_button => NOTICE_WITH_BUTTON_SECONDS,
            MessageKind::Success | MessageKind::Info => NOTICE_SECONDS,
        };
        Some(self.shown_at + lasts)
    }

    /// How opaque it is drawn at `now`: 1 until it starts to fade, then down to 0.
    pub fn opacity(&self, now: f64) -> f32 {
        self.expires_at().map_or(1.0, |end| {
            ((end - now) / FADE_SECONDS).clamp(0.0, 1.0) as f32
        })
    }
}

/// Adds `message`, shown at `now`, to `messages` (newest last): it replaces
/// messages on its subject and any with the same words, and only the last few stay.
pub fn push(messages: &mut Vec<StatusMessage>, mut message: StatusMessage, now: f64) {
    message.shown_at = now;
    messages.retain(|m| {
        m.text != message.text && (message.subject.is_none() || m.subject != message.subject)
    });
    messages.push(message);
    let extra = messages.len().saturating_sub(KEEP);
    messages.drain(..extra);
}

/// Removes the messages whose time is up at `now`. Returns how long until the
/// next frame is needed for the rest: soon while one fades, else when the next
/// starts to fade; `None` when nothing will change by itself.
pub fn expire(messages: &mut Vec<StatusMessage>, now: f64) -> Option<f64> {
    messages.retain(|m| m.expires_at().is_none_or(|end| end > now));
    messages
        .iter()
        .filter_map(StatusMessage::expires_at)
        .map(|end| {
            let fade_from = end - FADE_SECONDS;
            if now >= fade_from {
                1.0 / 30.0
            } else {
                fade_from - now
            }
        })
        .min_by(f64::total_cmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved() -> StatusMessage {
        StatusMessage::new(MessageKind::Success, "Saved the PDF").about(Subject::Pdf)
    }

    #[test]
    fn success_fades_and_goes_but_an_error_stays() {
        let mut messages = Vec::new();
        push(&mut messages, saved(), 10.0);
        let error = StatusMessage::new(MessageKind::Error, "Settings not saved");
        push(&mut messages, error, 10.0);
        assert_eq!(expire(&mut messages, 11.0), Some(4.0), "fades from 15 s");
        assert_eq!(messages[0].opacity(15.5), 0.5);
        assert_eq!(messages[1].opacity(1e6), 1.0);
        assert_eq!(expire(&mut messages, 16.0), None);
        assert_eq!(messages.len(), 1);
        assert_eq!(messages[0].kind, MessageKind::Error);
    }

    #[test]
    fn a_newer_message_on_the_same_subject_replaces_the_older() {
        let mut messages = Vec::new();
        let failed =
            StatusMessage::new(MessageKind::Error, "Could not save the PDF").about(Subject::Pdf);
        push(&mut messages, failed, 1.0);
        push(
            &mut messages,
            StatusMessage::new(MessageKind::Info, "Removed “Hilltop”.").about(Subject::Removal),
            2.0,
        );
        push(&mut messages, saved(), 3.0);
        let texts: Vec<&str> = messages.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Removed “Hilltop”.", "Saved the PDF"]);
        assert_eq!(messages[1].shown_at, 3.0);
    }
}
