//! The block editor's session: the clinic's own copy being edited, undo and redo,
//! the checks shown at each block, and saving the copy soon after each edit.
//!
//! Shipped and shared templates are read-only; "Adapt for my clinic" makes an
//! editable copy in the clinic's templates folder (never under `handouts/`).

use std::time::{Duration, Instant};

use crate::app::state::{AppState, MessageKind, StatusMessage};
use crate::app::template_edit::{BlockField, TemplateEdit, apply_edit};
use crate::clinic::adapt::{adapt, save_template, template_file};
use crate::clinic::sign_off::effective_review;
use crate::diagnostic::Diagnostic;
use crate::storage::Storage;
use crate::template::validate::validate_template;
use crate::template::{LoadedTemplate, Template, TemplateKey, TemplateLibrary, TemplateOrigin};

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
    unsaved: Vec<String>,
    unsaved_since: Option<Instant>,
    /// The checks of a template: its id, the layout generation they were made at, the problems.
    checks: Option<(String, u64, Vec<Diagnostic>)>,
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
    pub fn checks(&self, id: &str) -> &[Diagnostic] {
        match &self.checks {
            Some((checked, _, found)) if checked == id => found,
            _ => &[],
        }
    }

    /// The problems found in template `id` when the last check was made at
    /// layout generation `generation`; `None` when there is no such check.
    pub fn checks_at(&self, id: &str, generation: u64) -> Option<&[Diagnostic]> {
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

    fn mark_unsaved(&mut self, id: &str) {
        if !self.unsaved.iter().any(|u| u == id) {
            self.unsaved.push(id.to_owned());
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

fn clinic_template<'s>(library: &'s TemplateLibrary, id: &str) -> Option<&'s LoadedTemplate> {
    library
        .templates
        .iter()
        .find(|t| t.template.id == id && t.origin == TemplateOrigin::Clinic)
}

fn editable_mut<'s>(library: &'s mut TemplateLibrary, id: &str) -> Option<&'s mut LoadedTemplate> {
    library
        .templates
        .iter_mut()
        .find(|t| t.template.id == id && t.origin == TemplateOrigin::Clinic)
}

/// Makes `edit` to the chosen clinic template, as one undo step (consecutive
/// typing into one field is one step).
pub fn edit(state: &mut AppState, edit: TemplateEdit) {
    let Some(id) = state.selected.as_ref().map(|key| key.id.clone()) else {
        return;
    };
    let Some(loaded) = editable_mut(&mut state.library, &id) else {
        return;
    };
    let before = loaded.template.clone();
    if !apply_edit(&mut loaded.template, &edit) {
        return;
    }
    loaded.template.review = effective_review(&loaded.template, &state.register).0;
    let editor = &mut state.editor;
    editor.start(&id);
    let key = edit.typing_key();
    if key.is_none() || key != editor.last_typing || editor.undo.is_empty() {
        editor.undo.push(before);
        if editor.undo.len() > UNDO_LIMIT {
            editor.undo.remove(0);
        }
    }
    editor.last_typing = key;
    editor.redo.clear();
    editor.mark_unsaved(&id);
    state.handout_changed();
}

/// Undoes (`back`) or redoes the last edit of the chosen clinic template.
pub fn undo_redo(state: &mut AppState, back: bool) {
    let Some(id) = state.selected.as_ref().map(|key| key.id.clone()) else {
        return;
    };
    let editor = &mut state.editor;
    if editor.session.as_deref() != Some(id.as_str()) {
        return;
    }
    let Some(loaded) = editable_mut(&mut state.library, &id) else {
        return;
    };
    let (from, to) = if back {
        (&mut editor.undo, &mut editor.redo)
    } else {
        (&mut editor.redo, &mut editor.undo)
    };
    let Some(snapshot) = from.pop() else {
        return;
    };
    to.push(std::mem::replace(&mut loaded.template, snapshot));
    loaded.template.review = effective_review(&loaded.template, &state.register).0;
    editor.last_typing = None;
    editor.mark_unsaved(&id);
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

/// Makes the clinic's own editable copy of the chosen template, saves it in the
/// clinic's templates folder, chooses it and opens the editor.
pub fn adapt_selected(state: &mut AppState, storage: Option<&Storage>) {
    let Some(base) = state.selected_template() else {
        return;
    };
    let Some(storage) = storage else {
        state.say(StatusMessage::new(
            MessageKind::Error,
            "There is no folder to keep your clinic's templates in, so no copy was made. \
             Set HANDOUT_DESK_DATA_DIR to a folder you may write to and start again.",
        ));
        return;
    };
    let library = &state.library;
    let dir = storage.templates_dir();
    // A file that failed to load still holds someone's work: never write over it.
    let copy = adapt(&base.template, &state.profile.name, |id| {
        !library.family(id).is_empty() || template_file(&dir, id).exists()
    });
    let earlier: Vec<String> = library
        .templates
        .iter()
        .filter(|t| {
            t.origin == TemplateOrigin::Clinic
                && t.template
                    .adapted_from
                    .as_ref()
                    .is_some_and(|a| a.base_id == base.template.id)
        })
        .map(|t| t.template.id.clone())
        .collect();
    let file = template_file(&dir, &copy.id);
    if let Err(e) = save_template(&copy, &file) {
        state.say(StatusMessage::new(
            MessageKind::Error,
            format!("Could not make the clinic copy: {e}"),
        ));
        return;
    }
    let id = copy.id.clone();
    let language = copy.language.clone();
    let also = if earlier.is_empty() {
        String::new()
    } else {
        format!(
            " You already had {} from the same handout.",
            earlier.join(", ")
        )
    };
    state.say(StatusMessage::new(
        MessageKind::Success,
        format!(
            "Made “{}” ({id}), your clinic's own copy, in {}. Edit it here; it prints as a draft until it is approved.{also}",
            copy.title,
            file.display()
        ),
    ));
    state.library.templates.push(LoadedTemplate {
        template: copy,
        file,
        origin: TemplateOrigin::Clinic,
    });
    state.selected = Some(TemplateKey::new(id.clone(), language));
    state.settings.last_template = Some(id);
    state.settings.last_language = state.selected.as_ref().map(|k| k.language.clone());
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
    for id in std::mem::take(&mut state.editor.unsaved) {
        let Some(loaded) = clinic_template(&state.library, &id) else {
            continue;
        };
        if let Err(e) = save_template(&loaded.template, &loaded.file) {
            failed.push((id, e.to_string()));
        }
    }
    state.editor.unsaved_since = None;
    state.editor.save_error = None;
    if let Some((_, e)) = failed.first() {
        let text = format!(
            "Your template edits were not saved: {e}. They are still here; keep the app open and try again."
        );
        state.editor.save_error = Some(text.clone());
        state.say(StatusMessage::new(MessageKind::Error, text));
        // Try again after the next edit, or on exit.
        for (id, _) in failed {
            state.editor.unsaved.push(id);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::Settings;
    use crate::clinic::sign_off::SignOff;
    use crate::date::Date;
    use crate::profile::ClinicProfile;
    use crate::template::{Block, ReviewStatus};
    use std::path::PathBuf;

    fn day() -> Date {
        Date::parse("2026-11-22").unwrap()
    }

    /// A state with a clinic copy of the MOUD handout chosen, kept at `file`.
    fn state_with_copy(file: PathBuf) -> (AppState, String) {
        let mut library = TemplateLibrary::shipped();
        let base = &library.get("moud-medicines", "en-US").unwrap().template;
        let copy = adapt(base, "Lakeside", |id| id == "moud-medicines");
        let id = copy.id.clone();
        library.templates.push(LoadedTemplate {
            template: copy,
            file,
            origin: TemplateOrigin::Clinic,
        });
        let mut state = AppState::new(
            library,
            None,
            ClinicProfile::blank(),
            Settings::default(),
            day(),
        );
        state.selected = Some(TemplateKey::new(id.clone(), "en-US"));
        (state, id)
    }

    fn selected_id(state: &AppState) -> Option<&str> {
        state.selected.as_ref().map(|key| key.id.as_str())
    }

    fn title(state: &AppState, id: &str) -> String {
        clinic_template(&state.library, id)
            .unwrap()
            .template
            .title
            .clone()
    }

    #[test]
    fn typing_into_one_field_is_one_undo_step() {
        let (mut state, id) = state_with_copy(PathBuf::from("unused.ron"));
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
    }

    #[test]
    fn an_edit_makes_an_approved_copy_a_draft_and_undo_restores_it() {
        let (mut state, id) = state_with_copy(PathBuf::from("unused.ron"));
        let loaded = editable_mut(&mut state.library, &id).unwrap();
        let sign_off = SignOff::new(&loaded.template, "R", "Role", day(), None).unwrap();
        loaded.template.review = sign_off.review();
        let status = |s: &AppState| {
            clinic_template(&s.library, &id)
                .unwrap()
                .template
                .review
                .status
        };
        let i = clinic_template(&state.library, &id)
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
    }

    #[test]
    fn a_failed_save_keeps_the_edits_and_says_so() {
        // A file inside a file: the folder cannot be made.
        let blocker = std::env::temp_dir().join(format!("hd-editor-{}", std::process::id()));
        std::fs::write(&blocker, b"not a folder").unwrap();
        let (mut state, id) = state_with_copy(blocker.join("copy.ron"));
        edit(&mut state, TemplateEdit::Title("Kept in memory".into()));
        assert!(
            save_edits(&mut state, false).is_some(),
            "waits a moment first"
        );
        assert_eq!(save_edits(&mut state, true), None);
        assert!(state.editor.save_error.is_some());
        assert!(state.editor.has_unsaved(), "tried again later");
        assert_eq!(title(&state, &id), "Kept in memory");
        let _ = std::fs::remove_file(&blocker);
    }

    #[test]
    fn adapting_never_writes_over_a_file_that_failed_to_load() {
        let dir = std::env::temp_dir().join(format!("handout-desk-adapt-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let storage = Storage::in_dir(&dir);
        let broken = template_file(&storage.templates_dir(), "kratom-risks-clinic");
        std::fs::create_dir_all(storage.templates_dir()).unwrap();
        std::fs::write(&broken, "Template(id: \"kratom-risks-clinic\", half-typed").unwrap();
        let mut state = AppState::new(
            TemplateLibrary::shipped(),
            None,
            ClinicProfile::blank(),
            Settings::default(),
            day(),
        );
        state.selected = Some(TemplateKey::new("kratom-risks", "en-US"));
        adapt_selected(&mut state, Some(&storage));
        assert_eq!(selected_id(&state), Some("kratom-risks-clinic-2"));
        assert!(
            std::fs::read_to_string(&broken)
                .unwrap()
                .ends_with("half-typed")
        );
        state.selected = Some(TemplateKey::new("kratom-risks", "en-US"));
        adapt_selected(&mut state, Some(&storage));
        assert_eq!(selected_id(&state), Some("kratom-risks-clinic-3"));
        let said = &state.messages.last().unwrap().text;
        assert!(
            said.contains("You already had kratom-risks-clinic-2"),
            "{said}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
