//! The desk app's model: what is chosen, what is typed, and the laid-out pages.
//!
//! Screens read it and return [`crate::app::action::Action`]s; only
//! [`crate::app::action::apply`] changes it.

use std::time::{Duration, Instant};

use crate::app::approve::ApproveDialog;
use crate::app::clinic_tools::ClinicTools;
use crate::app::editor::EditorState;
use crate::app::focus::FocusTarget;
use crate::app::patient::EntrySlot;
use crate::app::printing::PrintDialog;
use crate::app::quality_panel::QualityPanel;
use crate::app::settings::Settings;
use crate::app::setup::Setup;
use crate::clinic::sign_off::SignOffRegister;
use crate::compose::{HandoutOptions, PatientEntries};
use crate::date::Date;
use crate::desk::{Desk, ProfileSource};
use crate::layout::LaidOutDocument;
use crate::problem::Problem;
use crate::profile::{ClinicProfile, LocalResource};
use crate::template::search::{SearchScore, match_score};
use crate::template::{
    LoadedTemplate, ReviewStatus, Template, TemplateKey, TemplateLibrary, Topic,
};

pub use crate::app::notices::{MessageKind, StatusMessage, Subject};

/// Where a template stands clinically, as the library shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewBadge {
    /// Approved and within its review date.
    Approved,
    /// Not yet signed off.
    Draft,
    /// Approved, but the next review date has passed.
    ReviewOverdue,
}

impl ReviewBadge {
    /// The badge of `template` on `today`.
    pub fn of(template: &Template, today: Date) -> Self {
        let review = &template.review;
        match review.status {
            ReviewStatus::Draft => ReviewBadge::Draft,
            ReviewStatus::Approved if review.is_approved_but_overdue(today) => {
                ReviewBadge::ReviewOverdue
            }
            ReviewStatus::Approved => ReviewBadge::Approved,
        }
    }

    /// The badge's words.
    pub fn label(self) -> &'static str {
        match self {
            ReviewBadge::Approved => "Approved",
            ReviewBadge::Draft => "Draft",
            ReviewBadge::ReviewOverdue => "Review overdue",
        }
    }
}

/// The export dialog's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportDialog {
    /// Whether the dialog is showing.
    pub open: bool,
    /// The path typed (or chosen) for the PDF.
    pub path_text: String,
    /// Whether a native file dialog is open on another thread.
    pub browsing: bool,
    /// What stopped the last export, each problem with its field or block.
    pub problems: Vec<Problem>,
}

/// A resource removed a moment ago, kept so the removal can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedResource {
    /// Where it was.
    pub index: usize,
    /// The resource, with its identity: choices about it come back with it.
    pub resource: LocalResource,
}

/// The laid-out handout for the current inputs, or why there is none.
pub type LayoutResult = Result<LaidOutDocument, String>;

#[derive(Default)]
struct LayoutCache {
    /// The handout's generation and the patient entries' revision laid out.
    generation: Option<(u64, u64)>,
    result: Option<LayoutResult>,
    took: Duration,
}

/// Says how many pages, not what is on them: the pages carry the words typed
/// with the patient, which must not reach a log or a panic message.
impl std::fmt::Debug for LayoutCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let result = self.result.as_ref().map(|r| match r {
            Ok(document) => Ok(format!("{} pages", document.pages.len())),
            Err(e) => Err(e),
        });
        f.debug_struct("LayoutCache")
            .field("generation", &self.generation)
            .field("result", &result)
            .field("took", &self.took)
            .finish()
    }
}

/// Everything the desk app shows and edits.
#[derive(Debug)]
pub struct AppState {
    /// The desk: its templates, sign-offs, clinic profile, configuration and
    /// date. Every action on clinic data goes through it.
    pub desk: Desk,
    /// The chosen template: its id and language.
    pub selected: Option<TemplateKey>,
    /// How the app looks, saved between runs.
    pub settings: Settings,
    /// The library's search text.
    pub search: String,
    /// The library's topic filter.
    pub topic_filter: Option<Topic>,
    /// The preview page, from 0.
    pub page: usize,
    /// Status bar messages, newest last.
    pub messages: Vec<StatusMessage>,
    /// egui's clock (seconds) as of this frame, which dates new messages so
    /// that notices fade in time (see [`crate::app::notices`]).
    pub clock: f64,
    /// The export dialog.
    pub export: ExportDialog,
    /// The print dialog.
    pub print: PrintDialog,
    /// The last removed resource, for undo.
    pub removed: Option<RemovedResource>,
    /// Whether the profile changed since it was last saved, and when it changed.
    pub profile_dirty_since: Option<Instant>,
    /// Whether the settings changed since they were last saved.
    pub settings_dirty: bool,
    /// Whether the desk's configuration (handout choices, shared folder)
    /// changed since it was last saved.
    pub config_dirty: bool,
    /// The block editor's session.
    pub editor: EditorState,
    /// The "Approve for patient use…" dialog.
    pub approve: ApproveDialog,
    /// The clinic lead's windows: sharing, packs and the log.
    pub clinic_tools: ClinicTools,
    /// The quality panel: the chosen template's report, made once per change.
    pub quality: QualityPanel,
    /// The clinic setup screen.
    pub setup: Setup,
    /// A field to focus next frame, asked for by a "Fix" in a dialog.
    pub focus_target: Option<FocusTarget>,
    /// What was typed with the patient into the chosen handout's fill-in
    /// sections: in memory only, never saved (see [`crate::app::patient`]).
    /// Its `Debug` shows how much was typed, never the words.
    patient: PatientEntries,
    /// Counts changes to `patient`. Apart from `generation` so that typing with
    /// the patient lays the pages out again without re-running the checks of
    /// the template, which the words are not part of.
    patient_revision: u64,
    /// Counts the times `patient` was forgotten; the text fields' ids include it.
    patient_session: u64,
    generation: u64,
    layout: LayoutCache,
}

impl AppState {
    /// A state showing `desk`, looking as `settings` say.
    pub fn new(desk: Desk, settings: Settings) -> Self {
        let library = desk.library();
        let last = settings.last_template.as_deref().and_then(|id| {
            match settings.last_language.as_deref() {
                Some(language) => library.in_language(id, language),
                None => library.in_default_language(id),
            }
        });
        let selected = last
            .or_else(|| library.templates.first())
            .map(LoadedTemplate::key);
        Self {
            desk,
            selected,
            settings,
            search: String::new(),
            topic_filter: None,
            page: 0,
            messages: Vec::new(),
            clock: 0.0,
            export: ExportDialog::default(),
            print: PrintDialog::default(),
            removed: None,
            profile_dirty_since: None,
            settings_dirty: false,
            config_dirty: false,
            editor: EditorState::default(),
            approve: ApproveDialog::default(),
            clinic_tools: ClinicTools::default(),
            quality: QualityPanel::default(),
            setup: Setup::default(),
            focus_target: None,
            patient: PatientEntries::none(),
            patient_revision: 0,
            patient_session: 0,
            generation: 0,
            layout: LayoutCache::default(),
        }
    }

    /// Every template, with the review that holds at this clinic.
    pub fn library(&self) -> &TemplateLibrary {
        self.desk.library()
    }

    /// The clinic profile handouts print with.
    pub fn profile(&self) -> &ClinicProfile {
        self.desk.profile()
    }

    /// The clinic's sign-offs.
    pub fn register(&self) -> &SignOffRegister {
        self.desk.register()
    }

    /// Today's date, fixed at start so tests are repeatable.
    pub fn today(&self) -> Date {
        self.desk.today()
    }

    /// Whether the profile is not the clinic's own yet (the example is shown).
    pub fn using_example_profile(&self) -> bool {
        *self.desk.profile_source() != ProfileSource::Clinic
    }

    /// The chosen template.
    pub fn selected_template(&self) -> Option<&LoadedTemplate> {
        self.library().get_key(self.selected.as_ref()?)
    }

    /// The options of the chosen handout.
    pub fn options(&self) -> HandoutOptions {
        self.selected
            .as_ref()
            .map(|key| self.desk.options(&key.id))
            .unwrap_or_default()
    }

    /// The options of the chosen handout, for changing; `None` with no handout chosen.
    pub fn options_mut(&mut self) -> Option<&mut HandoutOptions> {
        let id = self.selected.as_ref()?.id.clone();
        self.config_dirty = true;
        self.generation += 1;
        Some(self.desk.options_mut(&id))
    }

    /// The clinic profile, for changing: lays out again and saves soon.
    pub fn profile_mut(&mut self) -> &mut ClinicProfile {
        self.profile_changed();
        self.desk.profile_mut()
    }

    /// The templates that match the search text and topic filter, best match
    /// first; among equals, the recently used ones first, then library order.
    /// The first is what Enter in the search field opens.
    pub fn visible_templates(&self) -> impl Iterator<Item = &LoadedTemplate> {
        self.visible_templates_for(&self.search)
    }

    /// The templates [`Self::visible_templates`] would list for `search`.
    pub fn visible_templates_for<'a>(
        &'a self,
        search: &'a str,
    ) -> impl Iterator<Item = &'a LoadedTemplate> {
        let recent = |t: &LoadedTemplate| {
            self.settings
                .recent
                .iter()
                .position(|id| *id == t.template.id)
                .unwrap_or(usize::MAX)
        };
        let mut found: Vec<(SearchScore, usize, &LoadedTemplate)> = self
            .library()
            .templates
            .iter()
            .filter(|t| {
                self.topic_filter
                    .is_none_or(|topic| t.template.topic == topic)
            })
            .filter_map(|t| Some((match_score(&t.template, search)?, recent(t), t)))
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, _, t)| t)
    }

    /// Notes that the handout's inputs changed, so the preview must be laid out again.
    pub fn handout_changed(&mut self) {
        self.generation += 1;
    }

    /// Notes that the profile changed: lay out again, and save soon.
    pub fn profile_changed(&mut self) {
        self.generation += 1;
        self.profile_dirty_since.get_or_insert_with(Instant::now);
    }

    /// What was typed with the patient into the chosen handout.
    pub fn patient_entries(&self) -> &PatientEntries {
        &self.patient
    }

    /// Sets what was typed with the patient into `slot` of fill-in block `block`.
    pub fn set_patient_entry(&mut self, block: usize, slot: EntrySlot, text: String) {
        let entry = self.patient.entry_mut(block);
        match slot {
            EntrySlot::Lines => entry.text = text,
            EntrySlot::Field(n) => {
                if entry.fields.len() <= n {
                    entry.fields.resize(n + 1, String::new());
                }
                entry.fields[n] = text;
            }
        }
        self.patient_revision += 1;
    }

    /// Forgets what was typed with the patient; returns whether anything had been.
    /// Use [`crate::app::patient::forget`], which clears the text fields too.
    pub fn clear_patient_entries(&mut self) -> bool {
        let had = !self.patient.is_empty();
        self.patient.clear();
        self.patient_revision += 1;
        self.patient_session += 1;
        had
    }

    /// Changes each time the patient entries are forgotten, so the text fields
    /// start afresh.
    pub fn patient_session(&self) -> u64 {
        self.patient_session
    }

    /// Lays the handout out again if its inputs changed since the last time.
    /// Returns whether it did.
    pub fn refresh_layout(&mut self) -> bool {
        let inputs = (self.generation, self.patient_revision);
        if self.layout.generation == Some(inputs) {
            return false;
        }
        let started = Instant::now();
        let result = match &self.selected {
            Some(key) => self
                .desk
                .render(key, &self.patient)
                .map_err(|e| e.to_string()),
            None => Err(crate::app::i18n::Texts::of(self).tr("editor-choose-handout")),
        };
        let pages = result.as_ref().map_or(0, |d| d.pages.len());
        self.page = self.page.min(pages.saturating_sub(1));
        self.layout = LayoutCache {
            generation: Some(inputs),
            result: Some(result),
            took: started.elapsed(),
        };
        true
    }

    /// The laid-out handout as of the last [`Self::refresh_layout`].
    pub fn layout(&self) -> Option<&LayoutResult> {
        self.layout.result.as_ref()
    }

    /// How long the last layout took.
    pub fn layout_time(&self) -> Duration {
        self.layout.took
    }

    /// The layout generation: it changes whenever the handout's inputs change.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Shows a message in the status bar, replacing any on its subject; the
    /// bar keeps the last few.
    pub fn say(&mut self, message: StatusMessage) {
        crate::app::notices::push(&mut self.messages, message, self.clock);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateLibrary;

    #[test]
    fn review_badges_follow_status_and_due_date() {
        let library = TemplateLibrary::load(&[]);
        let mut template = library.templates[0].template.clone();
        let today = Date::parse("2026-11-22").unwrap();
        template.review.status = ReviewStatus::Draft;
        assert_eq!(ReviewBadge::of(&template, today), ReviewBadge::Draft);
        template.review.status = ReviewStatus::Approved;
        template.review.next_review_due = Date::parse("2027-01-01").ok();
        assert_eq!(ReviewBadge::of(&template, today), ReviewBadge::Approved);
        template.review.next_review_due = Date::parse("2026-11-01").ok();
        assert_eq!(
            ReviewBadge::of(&template, today),
            ReviewBadge::ReviewOverdue
        );
    }

    /// A state with nothing saved: the shipped templates and the example clinic.
    fn state_on_example() -> AppState {
        let (desk, _) = Desk::open(None, Vec::new(), Date::parse("2026-11-22").unwrap());
        AppState::new(desk, Settings::default())
    }

    #[test]
    fn layout_is_redone_only_when_an_input_changes() {
        let mut state = state_on_example();
        assert!(state.refresh_layout());
        assert!(!state.refresh_layout(), "nothing changed");
        state.profile_mut().name = "Lakeside".into();
        assert!(state.refresh_layout());
        assert!(state.profile_dirty_since.is_some() && !state.using_example_profile());
    }

    #[test]
    fn typing_with_the_patient_lays_out_again_without_touching_the_template_checks() {
        let mut state = state_on_example();
        state.selected = Some(TemplateKey::new("self-harm-support", "en-US"));
        assert!(state.refresh_layout());
        let generation = state.generation();
        let block = state
            .selected_template()
            .unwrap()
            .template
            .blocks
            .iter()
            .position(|b| matches!(b, crate::template::Block::FillIn { .. }))
            .unwrap();
        state.set_patient_entry(block, EntrySlot::Lines, "ZEBRA-PLAN-4711".into());
        assert!(state.refresh_layout(), "the words are laid out");
        assert_eq!(
            state.generation(),
            generation,
            "the checks stay as they are"
        );
        let shown = format!("{state:?}");
        assert!(!shown.contains("ZEBRA"), "Debug shows no patient words");
        assert!(state.clear_patient_entries());
        assert!(state.patient_entries().is_empty());
        assert!(state.refresh_layout());
    }
}
