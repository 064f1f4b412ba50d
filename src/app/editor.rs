//! The block editor's session: undo and redo, the checks shown at each block,
//! and saving the copy soon after each edit. The edits themselves, adapting and
//! saving are the desk's ([`crate::desk::Desk::edit_template`] and friends);
//! the undo history is a stack of templates, kept here.
//!
//! Shipped and shared templates are read-only; "Adapt for my clinic" makes an
//! editable copy in the clinic's templates folder (never under `handouts/`).

use std::time::{Duration, Instant};

use crate::app::i18n::Texts;
use crate::app::state::{AppState, MessageKind, StatusMessage, Subject};
use crate::clinic::edit::{BlockField, TemplateEdit};
use crate::desk::DeskError;
use crate::problem::Problem;
use crate::template::validate::validate_template;
use crate::template::{LoadedTemplate, Template, TemplateKey, TemplateOrigin};

/// How long after the last edit a clinic template is saved.
pub const TEMPLATE_SAVE_DELAY: Duration = Duration::from_millis(400);

/// The most undo steps kept.
const UNDO_LIMIT: usize = 200;

type TypingKey = (Option<usize>, Option<BlockField>);

/// What the block editor keeps between frames.
#[derive(Debug, Default)]
pub struct EditorState {
    /// Whether "Edit blocks" is on.
    pub on: bool,
    /// Whether the differences from a newer original are showing.
    pub show_base_diff: bool,
    /// Why the last save failed, while the edits are only in memory.
    pub save_error: Option<String>,
    /// The block (from 0) chosen from the quality panel, framed in the editor.
    pub selected_block: Option<usize>,
    /// Counts the choices from the quality panel, so the editor scrolls to the
    /// block once per choice (it keeps the last count it scrolled for).
    pub select_serial: u64,
    /// The template the undo history belongs to.
    session: Option<String>,
    undo: Vec<Template>,
    redo: Vec<Template>,
    last_typing: Option<TypingKey>,
    /// Templates edited since they were last saved, and since when.
    unsaved: Vec<TemplateKey>,
    unsaved_since: Option<Instant>,
    /// The checks of a template: its id, the layout generation they were made at, the problems.
    checks: Option<(String, u64, Vec<Problem>)>,
}

impl EditorState {
    /// Whether there is an edit of `id` to undo.
    pub fn can_undo(&self, id: &str) -> bool {
        self.session.as_deref() == Some(id) && !self.undo.is_empty()
    }

    /// Whether there is an undone edit of `id` to redo.
    pub fn can_redo(&self, id: &str) -> bool {
        self.session.as_deref() == Some(id) && !self.redo.is_empty()
    }

    /// Whether edits are waiting to be saved.
    pub fn has_unsaved(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// The problems found in template `id` at the last check.
    pub fn checks(&self, id: &str) -> &[Problem] {
        match &self.checks {
            Some((checked, _, found)) if checked == id => found,
            _ => &[],
        }
    }

    /// The problems found in template `id` when the last check was made at
    /// layout generation `generation`; `None` when there is no such check.
    pub fn checks_at(&self, id: &str, generation: u64) -> Option<&[Problem]> {
        match &self.checks {
            Some((checked, g, found)) if checked == id && *g == generation => Some(found),
            _ => None,
        }
    }

    fn start(&mut self, id: &str) {
        if self.session.as_deref() != Some(id) {
            self.session = Some(id.to_owned());
            self.undo.clear();
            self.redo.clear();
            self.last_typing = None;
        }
    }

    fn mark_unsaved(&mut self, key: &TemplateKey) {
        if !self.unsaved.contains(key) {
            self.unsaved.push(key.clone());
        }
        self.unsaved_since.get_or_insert_with(Instant::now);
    }
}

/// The chosen template, when it is one of this desk's clinic templates.
pub fn editable(state: &AppState) -> Option<&LoadedTemplate> {
    state
        .selected_template()
        .filter(|t| t.origin == TemplateOrigin::Clinic)
}

/// Makes `edit` to the chosen clinic template, as one undo step (consecutive
/// typing into one field is one step).
pub fn edit(state: &mut AppState, edit: TemplateEdit) {
    let Some(chosen) = state.selected.clone() else {
        return;
    };
    let Ok(Some(before)) = state.desk.edit_template(&chosen, &edit) else {
        return;
    };
    let editor = &mut state.editor;
    editor.start(&chosen.id);
    let key = edit.typing_key();
    if key.is_none() || key != editor.last_typing || editor.undo.is_empty() {
        editor.undo.push(before);
        if editor.undo.len() > UNDO_LIMIT {
            editor.undo.remove(0);
        }
    }
    editor.last_typing = key;
    editor.redo.clear();
    editor.mark_unsaved(&chosen);
    state.handout_changed();
}

/// Undoes (`back`) or redoes the last edit of the chosen clinic template.
pub fn undo_redo(state: &mut AppState, back: bool) {
    let Some(chosen) = state.selected.clone() else {
        return;
    };
    let editor = &mut state.editor;
    if editor.session.as_deref() != Some(chosen.id.as_str()) {
        return;
    }
    let (from, to) = if back {
        (&mut editor.undo, &mut editor.redo)
    } else {
        (&mut editor.redo, &mut editor.undo)
    };
    let Some(snapshot) = from.pop() else {
        return;
    };
    match state.desk.restore_template(&chosen, snapshot) {
        Ok(replaced) => to.push(replaced),
        Err(_) => return,
    }
    editor.last_typing = None;
    editor.mark_unsaved(&chosen);
    state.handout_changed();
}

/// Checks the chosen clinic template again when it changed, so each problem can
/// be shown at its block while the editor is open.
pub fn refresh_checks(state: &mut AppState) {
    if !state.editor.on {
        return;
    }
    let generation = state.generation();
    let Some(loaded) = editable(state) else {
        return;
    };
    let id = &loaded.template.id;
    if matches!(&state.editor.checks, Some((c, g, _)) if c == id && *g == generation) {
        return;
    }
    let found = validate_template(&loaded.template, "", &loaded.file);
    state.editor.checks = Some((id.clone(), generation, found));
}

/// Asks the desk for the clinic's own editable copy of the chosen template,
/// then chooses it and opens the editor.
pub fn adapt_selected(state: &mut AppState) {
    let Some(base) = state.selected.clone() else {
        return;
    };
    let t = Texts::of(state);
    let adapted = match state.desk.adapt(&base) {
        Ok(adapted) => adapted,
        Err(e) => {
            let text = match e {
                DeskError::NoStorage => t.tr("notice-copy-no-storage"),
                e => t.tr_args("notice-copy-failed", &[("detail", e.to_string().into())]),
            };
            state.say(StatusMessage::new(MessageKind::Error, text).about(Subject::ClinicCopy));
            return;
        }
    };
    let mut text = t.tr_args(
        "notice-copy-made",
        &[
            ("title", adapted.title.as_str().into()),
            ("id", adapted.key.id.as_str().into()),
            ("path", adapted.file.display().to_string().into()),
        ],
    );
    if !adapted.earlier.is_empty() {
        text.push(' ');
        text.push_str(&t.tr_args(
            "notice-copy-earlier",
            &[("copies", adapted.earlier.join(", ").into())],
        ));
    }
    state.say(StatusMessage::new(MessageKind::Success, text).about(Subject::ClinicCopy));
    state.settings.last_template = Some(adapted.key.id.clone());
    state.settings.last_language = Some(adapted.key.language.clone());
    state.selected = Some(adapted.key);
    state.settings_dirty = true;
    state.page = 0;
    state.editor.on = true;
    state.handout_changed();
}

/// Saves the edited clinic templates once [`TEMPLATE_SAVE_DELAY`] has passed
/// since the first unsaved edit, or at once when `now`. Returns how long to wait
/// before calling again, when edits are still waiting.
pub fn save_edits(state: &mut AppState, now: bool) -> Option<Duration> {
    if state.editor.unsaved.is_empty() {
        return None;
    }
    if !now {
        // After a failed save, wait for the next edit (or exit) to try again.
        let waited = state.editor.unsaved_since?.elapsed();
        if waited < TEMPLATE_SAVE_DELAY {
            return Some(TEMPLATE_SAVE_DELAY - waited);
        }
    }
    let mut failed = Vec::new();
    for key in std::mem::take(&mut state.editor.unsaved) {
        match state.desk.save_template(&key) {
            Ok(()) => {}
            // Gone from the library (the folder was read again): nothing to save.
            Err(
                DeskError::NoSuchTemplate { .. }
                | DeskError::NotLoaded { .. }
                | DeskError::NoSuchLanguage { .. },
            ) => {}
            Err(e) => failed.push((key, e.to_string())),
        }
    }
    state.editor.unsaved_since = None;
    state.editor.save_error = None;
    if let Some((_, e)) = failed.first() {
        let text =
            Texts::of(state).tr_args("notice-edits-not-saved", &[("detail", e.as_str().into())]);
        state.editor.save_error = Some(text.clone());
        state.say(StatusMessage::new(MessageKind::Error, text).about(Subject::ClinicCopy));
        // Try again after the next edit, or on exit.
        for (key, _) in failed {
            state.editor.unsaved.push(key);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::Settings;
    use crate::clinic::adapt::template_file;
    use crate::date::Date;
    use crate::desk::{Desk, SignOffRequest};
    use crate::storage::Storage;
    use crate::template::{Block, ReviewStatus};
    use std::path::PathBuf;

    fn day() -> Date {
        Date::parse("2026-11-22").unwrap()
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("hd-editor-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    /// A state on a desk in `dir`, with English `id` chosen.
    fn state_in(dir: &PathBuf, id: &str) -> AppState {
        let (desk, _) = Desk::open(Some(Storage::in_dir(dir)), Vec::new(), day());
        let mut state = AppState::new(desk, Settings::default());
        state.selected = Some(TemplateKey::new(id, "en-US"));
        state
    }

    /// A state with a clinic copy of the MOUD handout chosen, kept in `dir`.
    fn state_with_copy(dir: &PathBuf) -> (AppState, String) {
        let mut state = state_in(dir, "moud-medicines");
        adapt_selected(&mut state);
        let id = selected_id(&state).unwrap().to_owned();
        assert_ne!(id, "moud-medicines", "the copy is chosen");
        (state, id)
    }

    fn selected_id(state: &AppState) -> Option<&str> {
        state.selected.as_ref().map(|key| key.id.as_str())
    }

    fn title(state: &AppState, id: &str) -> String {
        state
            .library()
            .get(id, "en-US")
            .unwrap()
            .template
            .title
            .clone()
    }

    #[test]
    fn typing_into_one_field_is_one_undo_step() {
        let dir = temp_dir("undo");
        let (mut state, id) = state_with_copy(&dir);
        let original = title(&state, &id);
        edit(&mut state, TemplateEdit::Title(format!("{original} a")));
        edit(&mut state, TemplateEdit::Title(format!("{original} ab")));
        edit(&mut state, TemplateEdit::Remove(0));
        undo_redo(&mut state, true);
        assert_eq!(title(&state, &id), format!("{original} ab"));
        undo_redo(&mut state, true);
        assert_eq!(title(&state, &id), original, "both keystrokes at once");
        assert!(!state.editor.can_undo(&id));
        undo_redo(&mut state, false);
        assert_eq!(title(&state, &id), format!("{original} ab"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_edit_makes_an_approved_copy_a_draft_and_undo_restores_it() {
        let dir = temp_dir("approved");
        let (mut state, id) = state_with_copy(&dir);
        let request = SignOffRequest {
            reviewer: "R".into(),
            role: "Role".into(),
            on: day(),
            next_review: None,
            checked: Vec::new(),
            translation: None,
        };
        let key = TemplateKey::new(id.clone(), "en-US");
        state.desk.approve(&key, &request).unwrap();
        let status = |s: &AppState| s.library().get_key(&key).unwrap().template.review.status;
        assert_eq!(status(&state), ReviewStatus::Approved);
        let i = state
            .library()
            .get_key(&key)
            .unwrap()
            .template
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Paragraph { .. }))
            .unwrap();
        edit(
            &mut state,
            TemplateEdit::BlockText {
                block: i,
                field: BlockField::Text,
                value: "Walk-in hours are Monday to Friday.".into(),
            },
        );
        assert_eq!(status(&state), ReviewStatus::Draft);
        undo_redo(&mut state, true);
        assert_eq!(
            status(&state),
            ReviewStatus::Approved,
            "the approved text is back, and so is its approval"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_save_keeps_the_edits_and_says_so() {
        let dir = temp_dir("failed-save");
        let (mut state, id) = state_with_copy(&dir);
        // The templates folder becomes a file: the copy cannot be saved.
        let templates = Storage::in_dir(&dir).templates_dir();
        std::fs::remove_dir_all(&templates).unwrap();
        std::fs::write(&templates, b"not a folder").unwrap();
        edit(&mut state, TemplateEdit::Title("Kept in memory".into()));
        assert!(
            save_edits(&mut state, false).is_some(),
            "waits a moment first"
        );
        assert_eq!(save_edits(&mut state, true), None);
        assert!(state.editor.save_error.is_some());
        assert!(state.editor.has_unsaved(), "tried again later");
        assert_eq!(title(&state, &id), "Kept in memory");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn adapting_never_writes_over_a_file_that_failed_to_load() {
        let dir = temp_dir("adapt");
        let storage = Storage::in_dir(&dir);
        let broken = template_file(&storage.templates_dir(), "kratom-risks-clinic");
        std::fs::create_dir_all(storage.templates_dir()).unwrap();
        std::fs::write(&broken, "Template(id: \"kratom-risks-clinic\", half-typed").unwrap();
        let mut state = state_in(&dir, "kratom-risks");
        adapt_selected(&mut state);
        assert_eq!(selected_id(&state), Some("kratom-risks-clinic-2"));
        assert!(
            std::fs::read_to_string(&broken)
                .unwrap()
                .ends_with("half-typed")
        );
        state.selected = Some(TemplateKey::new("kratom-risks", "en-US"));
        adapt_selected(&mut state);
        assert_eq!(selected_id(&state), Some("kratom-risks-clinic-3"));
        let said = &state.messages.last().unwrap().text;
        assert!(
            said.contains("You already had kratom-risks-clinic-2"),
            "{said}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
