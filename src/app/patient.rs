//! Filling in a handout with the patient at the desk: the safety plan in the
//! patient's own words, the next appointment.
//!
//! The words are patient data. They live in [`AppState`] only, as
//! [`PatientEntries`], for the handout that is open; choosing another handout,
//! the "Clear" button, or closing the app forgets them. They reach the preview
//! and the exported PDF and nothing else: not the settings, the clinic profile,
//! the handout log, egui's persisted memory or the default file name.
//!
//! Two less obvious places are covered here too. Actions carry the words in a
//! [`PatientText`], whose `Debug` hides them, so a logged or panicking action
//! cannot show them. And egui keeps each text field's undo history in memory
//! (not on disk: `TextEditState` persists only the cursor); [`forget`] removes
//! those histories and moves the fields to new ids, so undo in a blank plan
//! cannot bring back the last patient's words.

use std::fmt;

use crate::app::i18n::Texts;
use crate::app::state::{AppState, MessageKind, StatusMessage, Subject};
use crate::template::markup::{Piece, parse_markup};
use crate::template::{Block, Template};

/// Words typed with the patient, on their way from a text field to the state.
#[derive(Clone, PartialEq, Eq)]
pub struct PatientText(pub String);

impl fmt::Debug for PatientText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PatientText({} chars)", self.0.chars().count())
    }
}

/// Where in a fill-in section the words go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntrySlot {
    /// The free writing lines.
    Lines,
    /// Labelled field `n` (from 0), e.g. "Date and time".
    Field(usize),
}

/// One fill-in section as the form shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FillInPrompt {
    /// The block's index in the template.
    pub block: usize,
    /// The section's label, e.g. "1. My warning signs": heading and accessible
    /// name of the free lines' text field.
    pub label: String,
    /// The template's hint, shown faintly in the empty text field; `None` when
    /// there is none or it names clinic values only the preview fills in.
    pub hint: Option<String>,
    /// How many free writing lines (0: labelled fields only).
    pub lines: u8,
    /// The labelled fields' labels, as printed.
    pub fields: Vec<String>,
    /// Each field's accessible name: its label, or, when another section has a
    /// field of the same label, the label and the section's.
    pub field_names: Vec<String>,
}

/// The template's fill-in sections, in order.
pub fn prompts(template: &Template) -> Vec<FillInPrompt> {
    let mut prompts: Vec<FillInPrompt> = template
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(block, b)| match b {
            Block::FillIn {
                label,
                hint,
                lines,
                fields,
                ..
            } => Some(FillInPrompt {
                block,
                label: plain(label),
                hint: hint.as_deref().filter(|h| !h.contains('{')).map(plain),
                lines: *lines,
                fields: fields.iter().map(|f| plain(f)).collect(),
                field_names: Vec::new(),
            }),
            _ => None,
        })
        .collect();
    let all_fields: Vec<String> = prompts.iter().flat_map(|p| p.fields.clone()).collect();
    for prompt in &mut prompts {
        prompt.field_names = prompt
            .fields
            .iter()
            .map(|f| {
                if all_fields.iter().filter(|g| *g == f).count() > 1 {
                    format!("{f} ({})", prompt.label)
                } else {
                    f.clone()
                }
            })
            .collect();
    }
    prompts
}

/// Template text without its `**` marks; placeholders stay as written.
fn plain(text: &str) -> String {
    let Ok(pieces) = parse_markup(text) else {
        return text.to_owned();
    };
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Text { text, .. } => text,
            Piece::Placeholder { written, .. } => format!("{{{written}}}"),
        })
        .collect()
}

/// What the fill-in sections of the chosen handout look like: which handout,
/// and each section's block index and field count. When it changes, what was
/// typed no longer belongs where it was typed, so it is forgotten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FillInShape {
    template: Option<String>,
    sections: Vec<(usize, usize)>,
}

impl FillInShape {
    /// The shape of the chosen handout's fill-in sections.
    pub fn of(state: &AppState) -> Self {
        let template = state.selected_template();
        Self {
            template: template.map(|t| t.template.id.clone()),
            sections: template
                .map(|t| {
                    t.template
                        .blocks
                        .iter()
                        .enumerate()
                        .filter_map(|(i, b)| match b {
                            Block::FillIn { fields, .. } => Some((i, fields.len())),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// The id of the text field for `slot` of block `block`. `session` changes each
/// time the words are forgotten, so a field never starts from an old state.
pub fn field_id(session: u64, block: usize, slot: EntrySlot) -> egui::Id {
    egui::Id::unique(("patient-entry", session, block, slot))
}

/// Forgets everything typed with the patient: the words in the state, and the
/// text fields' undo histories in egui's memory (`shape` says which fields there
/// were). Says so in the status bar when anything had been typed.
pub fn forget(state: &mut AppState, ctx: &egui::Context, shape: &FillInShape) {
    let session = state.patient_session();
    ctx.data_mut(|data| {
        for &(block, fields) in &shape.sections {
            let slots = std::iter::once(EntrySlot::Lines).chain((0..fields).map(EntrySlot::Field));
            for slot in slots {
                data.remove::<egui::text_edit::TextEditState>(field_id(session, block, slot));
            }
        }
    });
    if state.clear_patient_entries() {
        let text = Texts::of(state).tr("notice-patient-cleared");
        state.say(StatusMessage::new(MessageKind::Info, text).about(Subject::PatientEntries));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateLibrary;

    #[test]
    fn patient_text_debug_hides_the_words() {
        let shown = format!("{:?}", PatientText("call my sister Ana".into()));
        assert!(!shown.contains("Ana"), "{shown}");
        assert!(shown.contains("18 chars"));
    }

    #[test]
    fn prompts_follow_the_fill_in_blocks() {
        let library = TemplateLibrary::load(&[]);
        let mut template = library
            .get("self-harm-support", "en-US")
            .expect("ships")
            .template
            .clone();
        for label in ["Call-back", "**My next appointment**"] {
            template.blocks.push(Block::FillIn {
                label: label.into(),
                hint: Some("With {clinic.name}".into()),
                lines: 0,
                fields: vec!["Date and time".into(), "Who I will see".into()],
                resources: None,
            });
        }
        let prompts = prompts(&template);
        let appointment = &prompts[0];
        assert_eq!(appointment.label, "My next appointment");
        assert!(!appointment.field_names.is_empty(), "labelled lines");
        assert!(
            prompts
                .iter()
                .any(|p| p.label.starts_with("1. My warning signs")),
            "the safety plan's steps follow"
        );
        let last = prompts.last().expect("the added block");
        assert_eq!(last.block, template.blocks.len() - 1);
        assert_eq!(last.label, "My next appointment");
        assert_eq!(last.hint, None, "the preview fills in clinic values");
        assert_eq!(
            last.field_names[0], "Date and time (My next appointment)",
            "ambiguous field names say their section"
        );
        assert_eq!(last.field_names[1], "Who I will see (My next appointment)");
    }
}
