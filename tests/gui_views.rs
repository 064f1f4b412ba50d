//! The clinician view and the lead view, the first-start clinic setup, and the
//! nurse's task (a kratom handout for her clinic with one local treatment
//! provider), with the mouse and with the keyboard alone. Each task counts its
//! interactions: a click, a key (or shortcut) press, or typing one word or
//! path into a field counts one.

mod common;

use std::path::Path;

use common::gui::{
    assert_in_window, assert_on_screen, clear_text, click, fresh_desk_with, replace_text,
    select_template,
};
use common::tempdir::TempDir;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use handout_desk::app::DeskApp;
use handout_desk::app::settings::DeskView;
use handout_desk::template::ResourceCategory;

const TODAY: &str = "2026-11-22";

/// The most interactions the nurse's task may take after setup (issue: under 12).
const NURSE_BUDGET: usize = 11;

/// A clinic profile as the setup saves it: two treatment providers, so the
/// nurse has one to leave out.
const HILLTOP: &str = r#"(
    name: "Hilltop Health Center",
    country: "US",
    phone: Some("(555) 010-4000"),
    resources: [
        (id: 1, name: "Hilltop Recovery Clinic", category: TreatmentProvider,
         phone: Some("(555) 010-4100"), last_checked: Some("2026-11-01")),
        (id: 2, name: "Valley Opioid Treatment Program", category: TreatmentProvider,
         phone: Some("(555) 010-4200"), last_checked: Some("2026-11-01")),
    ],
)"#;

/// A harness that counts what the user does.
struct Counted {
    harness: Harness<'static, DeskApp>,
    interactions: usize,
}

impl Counted {
    fn new(harness: Harness<'static, DeskApp>) -> Self {
        Self {
            harness,
            interactions: 0,
        }
    }

    fn click(&mut self, label: &str) {
        click(&mut self.harness, label);
        self.interactions += 1;
    }

    /// Clicks into field `label` and types `text` over what it holds: two.
    fn fill(&mut self, label: &str, text: &str) {
        replace_text(&mut self.harness, label, text);
        self.interactions += 2;
    }

    /// Clicks the library card whose title starts with `title`.
    fn choose(&mut self, title: &str) {
        select_template(&mut self.harness, title);
        self.interactions += 1;
    }

    fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
        self.interactions += 1;
    }

    fn shortcut(&mut self, key: Key) {
        self.harness.key_press_modifiers(Modifiers::COMMAND, key);
        self.harness.run();
        self.interactions += 1;
    }

    /// Types `text` into the focused field (found by its `label`, which the
    /// keyboard user does not need: it is only how the test reaches it).
    fn type_into_focused(&mut self, label: &str, text: &str) {
        let node = self.harness.get_by_label(label);
        assert!(node.is_focused(), "{label} has the keyboard focus");
        node.type_text(text);
        self.harness.run();
        self.interactions += 1;
    }

    fn focused_label(&self) -> String {
        self.harness
            .get_by(|n| n.is_focused())
            .accesskit_node()
            .label()
            .unwrap_or_default()
    }
}

fn pdf_words(path: &Path) -> String {
    let pdf = lopdf::Document::load(path).expect("the PDF reads back");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).expect("text extracts");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn selected_id(harness: &Harness<'_, DeskApp>) -> Option<String> {
    harness
        .state()
        .state()
        .selected
        .as_ref()
        .map(|k| k.id.clone())
}

fn has_resource_box(harness: &Harness<'_, DeskApp>, name: &str) -> bool {
    harness
        .query_by(|n| n.role() == Role::CheckBox && n.label().as_deref() == Some(name))
        .is_some()
}

/// Types the clinic's details into the setup screen and saves them.
fn set_up_hilltop(harness: &mut Harness<'static, DeskApp>) {
    replace_text(harness, "Clinic name", "Hilltop Health Center");
    replace_text(harness, "Phone", "(555) 010-4000");
    click(harness, "Add treatment provider");
    replace_text(
        harness,
        "Name of Treatment provider 1",
        "Hilltop Recovery Clinic",
    );
    replace_text(harness, "Phone of Treatment provider 1", "(555) 010-4100");
    click(harness, "Add treatment provider");
    replace_text(
        harness,
        "Name of Treatment provider 2",
        "Valley Opioid Treatment Program",
    );
    replace_text(harness, "Phone of Treatment provider 2", "(555) 010-4200");
    click(harness, "Save clinic details");
}

#[test]
fn first_start_setup_checks_each_field_and_saves_the_clinic() {
    let data = TempDir::new();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    assert!(harness.query_by_label("Set up your clinic").is_some());
    // Nothing is judged before anything is typed.
    assert!(
        harness
            .query_by_label_contains("Enter the clinic's name")
            .is_none(),
        "the empty name is not marked before anything is typed"
    );
    // Saving with no name says so at the field, and saves nothing.
    click(&mut harness, "Save clinic details");
    assert!(
        harness
            .query_by_label_contains("Enter the clinic's name")
            .is_some()
    );
    assert!(harness.state().state().using_example_profile());

    // A bad website is caught at the field as it is typed.
    replace_text(&mut harness, "Website (optional)", "clinic dot org");
    let state = harness.state().state();
    let website = state
        .setup
        .issue(
            handout_desk::problem::Field::Clinic(handout_desk::problem::ClinicField::Website),
            state.today(),
        )
        .expect("the website is flagged");
    assert!(website.is_error(), "{website:?}");
    clear_text(&mut harness, "Website (optional)");

    // The categories the handouts print are offered.
    for category in [
        ResourceCategory::CrisisLine,
        ResourceCategory::TreatmentProvider,
        ResourceCategory::Naloxone,
    ] {
        let label = format!("Add {}", category.label().to_lowercase());
        assert!(harness.query_by_label(&label).is_some(), "{label}");
    }
    set_up_hilltop(&mut harness);

    let state = harness.state().state();
    assert!(!state.setup.open, "the setup closes once saved");
    assert!(!state.using_example_profile());
    assert_eq!(state.profile().name, "Hilltop Health Center");
    assert_eq!(state.profile().resources.len(), 2);
    assert_eq!(state.settings.view, DeskView::Clinician);
    // The clinician view shows the clinic, read-only, and its resources to tick.
    assert!(harness.query_by_label("Hilltop Health Center").is_some());
    assert!(
        harness
            .query_by_label("None yet: add one with Edit clinic.")
            .is_some(),
        "the self-harm handout prints crisis lines, and the clinic has none yet"
    );
    select_template(&mut harness, "Kratom: know the risks");
    assert!(has_resource_box(&harness, "Hilltop Recovery Clinic"));

    harness.state_mut().save_now();
    let saved = std::fs::read_to_string(data.path().join("clinic-profile.ron")).unwrap();
    assert!(saved.contains("Valley Opioid Treatment Program"), "{saved}");
    drop(harness);
    let again = fresh_desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    assert!(again.query_by_label("Set up your clinic").is_none());

    // "Edit clinic" opens the setup again, with the clinic's details to change.
    let mut again = again;
    click(&mut again, "Edit clinic");
    assert_eq!(
        again.state().state().setup.draft.name,
        "Hilltop Health Center"
    );
    click(&mut again, "Cancel");
    assert!(!again.state().state().setup.open);
}

#[test]
fn the_nurse_task_with_the_mouse() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    set_up_hilltop(&mut harness);
    let mut nurse = Counted::new(harness);

    nurse.fill("Search handouts", "kratom");
    nurse.choose("Kratom: know the risks");
    assert_eq!(selected_id(&nurse.harness).as_deref(), Some("kratom-risks"));
    // At 1280×720 all she needs is in view, without scrolling.
    for label in [
        "Hilltop Recovery Clinic",
        "Valley Opioid Treatment Program",
        "Save PDF…",
    ] {
        assert_in_window(&nurse.harness, label);
    }
    // Both providers are included until she leaves one out.
    nurse.click("Valley Opioid Treatment Program");
    nurse.click("Save PDF…");
    let target = out.path().join("kratom-hilltop.pdf");
    nurse.fill("Save to", &target.display().to_string());
    nurse.click("Save PDF");

    assert!(
        target.is_file(),
        "{:?}",
        nurse.harness.state().state().messages
    );
    let words = pdf_words(&target);
    assert!(words.contains("Hilltop Recovery Clinic"), "{words}");
    assert!(!words.contains("Valley Opioid"), "left out: {words}");
    assert!(words.contains("Hilltop Health Center"));
    assert_eq!(nurse.interactions, 8, "the mouse task's count");
    assert!(nurse.interactions <= NURSE_BUDGET);
}

#[test]
fn the_nurse_task_by_keyboard_alone() {
    let data = TempDir::new();
    let out = TempDir::new();
    std::fs::write(data.path().join("clinic-profile.ron"), HILLTOP).unwrap();
    let harness = fresh_desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    assert!(harness.query_by_label("Set up your clinic").is_none());
    let mut nurse = Counted::new(harness);

    nurse.shortcut(Key::F);
    nurse.type_into_focused("Search handouts", "kratom");
    nurse.key(Key::Enter);
    assert_eq!(selected_id(&nurse.harness).as_deref(), Some("kratom-risks"));
    assert_eq!(
        nurse.focused_label(),
        "Hilltop Recovery Clinic",
        "Enter hands the focus to the handout's first resource"
    );
    nurse.key(Key::Tab);
    assert_eq!(nurse.focused_label(), "Valley Opioid Treatment Program");
    nurse.key(Key::Space);
    nurse.shortcut(Key::S);
    nurse.shortcut(Key::A);
    let target = out.path().join("kratom-by-keyboard.pdf");
    nurse.type_into_focused("Save to", &target.display().to_string());
    nurse.key(Key::Enter);

    assert!(
        target.is_file(),
        "{:?}",
        nurse.harness.state().state().messages
    );
    let words = pdf_words(&target);
    assert!(words.contains("Hilltop Recovery Clinic"), "{words}");
    assert!(!words.contains("Valley Opioid"), "left out: {words}");
    assert_eq!(nurse.interactions, 9, "the keyboard task's count");
    assert!(nurse.interactions <= NURSE_BUDGET);
}

#[test]
fn the_view_switch_is_remembered_across_a_restart() {
    let data = TempDir::new();
    std::fs::write(data.path().join("clinic-profile.ron"), HILLTOP).unwrap();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1600.0, 1000.0));
    // The clinician view: no lead tools in the way.
    assert_eq!(harness.state().state().settings.view, DeskView::Clinician);
    assert!(harness.query_by_label("Approve for patient use…").is_none());
    assert!(harness.query_by_label("Save PDF…").is_some());

    click(&mut harness, "Lead view");
    assert!(harness.query_by_label("Approve for patient use…").is_some());
    assert!(
        harness.query_by_label("Clinic name").is_some(),
        "the full form"
    );
    assert!(harness.query_by_label("Save PDF…").is_none());
    harness.state_mut().save_now();
    drop(harness);

    let mut again = fresh_desk_with(data.path(), vec![], TODAY, (1600.0, 1000.0));
    assert_eq!(again.state().state().settings.view, DeskView::Lead);
    assert!(again.query_by_label("Approve for patient use…").is_some());
    click(&mut again, "Clinician view");
    assert!(again.query_by_label("Approve for patient use…").is_none());
}

#[test]
fn search_finds_by_synonym_and_enter_opens_the_top_match() {
    let data = TempDir::new();
    std::fs::write(data.path().join("clinic-profile.ron"), HILLTOP).unwrap();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1600.0, 1000.0));
    for (query, id) in [
        ("suboxone", "moud-medicines"),
        ("narcan", "moud-medicines"),
        ("7-oh", "kratom-risks"),
        ("safety plan", "self-harm-support"),
    ] {
        replace_text(&mut harness, "Search handouts", query);
        harness.key_press(Key::Enter);
        harness.run();
        assert_eq!(selected_id(&harness).as_deref(), Some(id), "{query}");
    }
}

#[test]
fn recently_used_handouts_come_first() {
    let data = TempDir::new();
    let out = TempDir::new();
    std::fs::write(data.path().join("clinic-profile.ron"), HILLTOP).unwrap();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1600.0, 1000.0));
    replace_text(&mut harness, "Search handouts", "kratom");
    harness.key_press(Key::Enter);
    harness.run();
    click(&mut harness, "Save PDF…");
    replace_text(
        &mut harness,
        "Save to",
        &out.path().join("k.pdf").display().to_string(),
    );
    click(&mut harness, "Save PDF");
    clear_text(&mut harness, "Search handouts");
    let first = harness
        .state()
        .state()
        .visible_templates()
        .next()
        .map(|t| t.template.id.clone());
    assert_eq!(first.as_deref(), Some("kratom-risks"));
    assert!(harness.query_by_label("Recently used").is_some());
    harness.state_mut().save_now();
    let settings = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    let recent = settings.split("recent:").nth(1).unwrap_or_default();
    assert!(
        recent
            .trim_start()
            .starts_with("[\n        \"kratom-risks\"")
            || recent.trim_start().starts_with("[\"kratom-risks\""),
        "{settings}"
    );
}

#[test]
fn a_clinic_copy_is_listed_with_the_clinic_name() {
    let data = TempDir::new();
    std::fs::write(data.path().join("clinic-profile.ron"), HILLTOP).unwrap();
    std::fs::write(data.path().join("settings.ron"), "(view: Lead)").unwrap();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1600.0, 1000.0));
    select_template(&mut harness, "Kratom: know the risks");
    click(&mut harness, "Adapt for my clinic");
    assert_eq!(
        harness
            .query_all_by_label("Kratom: know the risks — Hilltop Health Center copy")
            .count(),
        1,
        "the clinic copy's card says whose it is"
    );
    assert_eq!(
        harness.query_all_by_label("Kratom: know the risks").count(),
        2,
        "the shipped card keeps its title (and the top bar names the chosen copy's original title)"
    );
}

/// At 175% on a 1280×720 laptop every control of the nurse task in the
/// clinician view can be reached inside the window: search, the handout, the
/// resource tick boxes, the print format and both actions.
#[test]
fn the_nurse_task_is_reachable_at_175_percent_on_a_small_screen() {
    let data = TempDir::new();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    set_up_hilltop(&mut harness);
    harness.ctx.set_zoom_factor(1.75);
    harness.run();
    select_template(&mut harness, "Kratom: know the risks");
    for label in [
        "Search handouts",
        "Hilltop Recovery Clinic",
        "Valley Opioid Treatment Program",
        "Large print",
        "Wallet cards",
        "QR codes",
        "Print…",
        "Save PDF…",
    ] {
        assert_on_screen(&mut harness, label);
    }
    click(&mut harness, "Save PDF…");
    assert!(harness.state().state().export.open);
}

/// The least window size the desk asks for, in points, in the last frame.
fn least_window_asked(harness: &Harness<'_, DeskApp>) -> Option<egui::Vec2> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)?
        .commands
        .iter()
        .rev()
        .find_map(|c| match c {
            egui::ViewportCommand::MinInnerSize(size) => Some(*size),
            _ => None,
        })
}

/// At 175% a 1280×720 laptop still holds the window: the least window size
/// stays the same in pixels, instead of growing with the text size past the
/// screen (which cut off the right-hand panel and the status bar).
#[test]
fn the_window_may_still_fit_a_small_screen_at_175_percent() {
    let data = TempDir::new();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    harness.ctx.set_zoom_factor(1.75);
    harness.step();
    let least = least_window_asked(&harness).expect("a least window size for the new text size");
    let pixels = least * 1.75;
    assert!(
        pixels.x <= 1280.0 && pixels.y <= 720.0,
        "the least window is {pixels:?} pixels at 175%"
    );
}

/// At 175% on a 1280×720 laptop the preview's toolbar wraps inside the
/// preview, and the page fits its width: neither runs on under the side
/// panel, where the panel would cover "Zoom in" and the page's right edge.
#[test]
fn the_preview_keeps_to_its_own_column_at_175_percent() {
    let data = TempDir::new();
    let mut harness = fresh_desk_with(data.path(), vec![], TODAY, (1280.0, 720.0));
    set_up_hilltop(&mut harness);
    harness.ctx.set_zoom_factor(1.75);
    harness.run();
    select_template(&mut harness, "Kratom: know the risks");
    // The side panel's heading, just inside its left edge.
    let panel = harness.get_by_label("Your clinic").rect().left();
    let zoom_in = harness.get_by_label("Zoom in").rect();
    assert!(
        zoom_in.right() <= panel,
        "Zoom in at {zoom_in:?}, the panel from x = {panel}"
    );
    let page = harness.get_by_label_contains("Preview of page 1 of").rect();
    assert!(
        page.right() <= panel,
        "the page at {page:?}, the panel from x = {panel}"
    );

    // The lead view adds the paper and format row, which wraps too.
    click(&mut harness, "Lead view");
    let panel = harness.get_by_label("Quality checks").rect().left();
    for label in ["Zoom in", "Wallet cards", "QR codes"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            rect.right() <= panel,
            "{label} at {rect:?}, the panel from x = {panel}"
        );
    }
}
