//! The clinic setup: the first thing a desk with no clinic profile shows, and
//! where "Edit clinic" in the clinician view goes. It edits a draft, so the
//! preview keeps showing a whole handout (the example clinic's, marked
//! EXAMPLE) until the clinic's details are saved, and a field is judged only
//! once something was typed in it or saving was tried.

use std::collections::BTreeSet;

use crate::app::state::{AppState, MessageKind, StatusMessage};
use crate::date::Date;
use crate::problem::{ClinicField, Field, Problem, ResourceField};
use crate::profile::printed::printed_categories;
use crate::profile::{ClinicProfile, field_problems, profile_problems};
use crate::template::ResourceCategory;

/// The setup screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Setup {
    /// Whether the setup screen is showing.
    pub open: bool,
    /// The details being typed; the desk's profile is unchanged until saved.
    pub draft: ClinicProfile,
    /// The fields typed in so far: only these show their problems.
    pub touched: BTreeSet<Field>,
    /// Whether saving was tried: then every field shows its problems.
    pub tried: bool,
}

impl Default for Setup {
    fn default() -> Self {
        Self {
            open: false,
            draft: ClinicProfile::blank(),
            touched: BTreeSet::new(),
            tried: false,
        }
    }
}

impl Setup {
    /// The problem to show beside `field`, if it was typed in or saving was tried.
    pub fn issue(&self, field: Field, today: Date) -> Option<Problem> {
        if !self.tried && !self.touched.contains(&field) {
            return None;
        }
        field_problems(&self.draft, field, today).into_iter().next()
    }
}

/// What the setup screen asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupAction {
    /// Change one of the clinic's details in the draft.
    EditClinic(ClinicField, String),
    /// Add an empty resource of this category to the draft.
    AddResource(ResourceCategory),
    /// Change a text field of the draft's resource `index`.
    EditResource(usize, ResourceField, String),
    /// Take the draft's resource `index` out again.
    RemoveResource(usize),
    /// Save the draft as the clinic's profile, when nothing in it blocks.
    Save,
    /// Leave without saving: on first start, look around with the example clinic.
    Close,
}

/// The categories of local resource the library's handouts print, in the
/// order [`ResourceCategory::ALL`] gives them.
pub fn categories_in_use(state: &AppState) -> Vec<ResourceCategory> {
    let used: BTreeSet<ResourceCategory> = state
        .library()
        .templates
        .iter()
        .flat_map(|t| printed_categories(&t.template, &state.setup.draft))
        .map(|(category, _)| category)
        .collect();
    ResourceCategory::ALL
        .into_iter()
        .filter(|c| used.contains(c))
        .collect()
}

/// Opens the setup: with a blank draft while the example clinic is shown,
/// otherwise with the clinic's own details to change.
pub fn open(state: &mut AppState) {
    let draft = if state.using_example_profile() {
        ClinicProfile::blank()
    } else {
        state.profile().clone()
    };
    state.setup = Setup {
        open: true,
        draft,
        touched: BTreeSet::new(),
        tried: false,
    };
}

/// Does what the setup screen asked.
pub fn apply(action: SetupAction, state: &mut AppState) {
    let today = state.today();
    let setup = &mut state.setup;
    match action {
        SetupAction::EditClinic(field, value) => {
            setup.draft.set_text(field, value);
            setup.touched.insert(Field::Clinic(field));
        }
        SetupAction::AddResource(category) => setup.draft.add_blank_resource(category, today),
        SetupAction::EditResource(index, field, value) => {
            if let Some(r) = setup.draft.resources.get_mut(index) {
                r.set_text(field, value);
                setup.touched.insert(Field::Resource(index, field));
            }
        }
        SetupAction::RemoveResource(index) => {
            if index < setup.draft.resources.len() {
                setup.draft.resources.remove(index);
                // Later resources moved up: their fields are judged afresh.
                setup
                    .touched
                    .retain(|f| !matches!(f, Field::Resource(i, _) if *i >= index));
            }
        }
        SetupAction::Save => save(state),
        SetupAction::Close => {
            state.setup.open = false;
            state.settings.welcome_dismissed = true;
            state.settings_dirty = true;
        }
    }
}

fn save(state: &mut AppState) {
    let today = state.today();
    let blocking = profile_problems(&state.setup.draft, today)
        .into_iter()
        .filter(Problem::is_error)
        .count();
    if blocking > 0 {
        state.setup.tried = true;
        return;
    }
    let draft = std::mem::replace(&mut state.setup.draft, ClinicProfile::blank());
    let name = draft.name.trim().to_owned();
    if state.using_example_profile() {
        // The example's left-out resources were the example's.
        state.desk.start_blank_profile();
    }
    *state.profile_mut() = draft;
    state.setup = Setup::default();
    state.removed = None;
    state.settings.welcome_dismissed = true;
    state.settings_dirty = true;
    state.config_dirty = true;
    state.say(StatusMessage::new(
        MessageKind::Success,
        crate::app::i18n::Texts::of(state)
            .tr_args("setup-saved", &[("name", name.as_str().into())]),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::Settings;
    use crate::desk::Desk;

    fn state_on_example() -> AppState {
        let (desk, _) = Desk::open(None, Vec::new(), Date::parse("2026-11-22").unwrap());
        AppState::new(desk, Settings::default())
    }

    #[test]
    fn typing_changes_the_draft_only_until_saved() {
        let mut state = state_on_example();
        open(&mut state);
        assert!(state.setup.draft.name.is_empty(), "a blank draft");
        let name = Field::Clinic(ClinicField::Name);
        assert_eq!(
            state.setup.issue(name, state.today()),
            None,
            "nothing judged yet"
        );

        apply(SetupAction::Save, &mut state);
        assert!(state.setup.open, "an empty name blocks saving");
        assert!(state.setup.issue(name, state.today()).is_some());
        assert!(state.using_example_profile());

        apply(
            SetupAction::EditClinic(ClinicField::Name, "Hilltop".into()),
            &mut state,
        );
        apply(
            SetupAction::AddResource(ResourceCategory::TreatmentProvider),
            &mut state,
        );
        apply(
            SetupAction::EditResource(0, ResourceField::Name, "Hilltop Recovery".into()),
            &mut state,
        );
        assert!(
            state.using_example_profile(),
            "the preview keeps the example"
        );
        assert_ne!(state.profile().name, "Hilltop");

        apply(SetupAction::Save, &mut state);
        assert!(!state.setup.open);
        assert!(!state.using_example_profile());
        assert_eq!(state.profile().name, "Hilltop");
        assert_eq!(state.profile().resources.len(), 1);
        assert!(state.settings.welcome_dismissed);
        assert!(state.refresh_layout());
        assert!(
            matches!(state.layout(), Some(Ok(_))),
            "the saved clinic's handout can be shown"
        );
    }

    #[test]
    fn removing_a_resource_forgets_what_was_judged_after_it() {
        let mut state = state_on_example();
        open(&mut state);
        for _ in 0..2 {
            apply(
                SetupAction::AddResource(ResourceCategory::CrisisLine),
                &mut state,
            );
        }
        apply(
            SetupAction::EditResource(1, ResourceField::Phone, "call us".into()),
            &mut state,
        );
        let phone = Field::Resource(1, ResourceField::Phone);
        assert!(state.setup.issue(phone, state.today()).is_some());
        apply(SetupAction::RemoveResource(0), &mut state);
        assert_eq!(state.setup.draft.resources.len(), 1);
        assert!(!state.setup.touched.contains(&phone));
    }
}
