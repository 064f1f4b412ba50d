//! Filling in the safety plan with the patient at the desk, driven headless with
//! egui_kittest by accessible labels: the words show on the laid-out pages and in
//! the exported PDF, and nowhere else. Nothing typed is saved: not in the
//! settings, the clinic profile, the handout log, egui's persisted memory, the
//! default file name or the app state's `Debug`.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::gui::{click, desk_with, replace_text, select_template};
use common::tempdir::TempDir;
use egui::text_edit::TextEditState;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use handout_desk::app::DeskApp;
use handout_desk::app::patient::{self, EntrySlot};
use handout_desk::layout::{LaidOutDocument, PageItem};
use handout_desk::template::{Block, read_template_file};

/// Distinctive words no file, name or message of the app could hold by chance.
const PLAN: &str = "ZEBRA-PLAN-4711";
const DATE: &str = "ZEBRA-DATE-0815";
const WHO: &str = "ZEBRA-WHO-2323";

const WARNING_SIGNS: &str = "1. My warning signs: what tells me a crisis may be starting";
const REASONS: &str = "My reasons for living (people, pets, plans, hopes)";

fn desk(data: &Path, templates_dirs: Vec<PathBuf>) -> Harness<'static, DeskApp> {
    desk_with(data, templates_dirs, "2026-11-22", (1600.0, 1400.0))
}

fn document<'h>(harness: &'h Harness<'_, DeskApp>) -> &'h LaidOutDocument {
    match harness.state().state().layout() {
        Some(Ok(document)) => document,
        other => panic!("no laid-out document: {other:?}"),
    }
}

/// Every word on every page, in order, as one line.
fn page_words(doc: &LaidOutDocument) -> String {
    doc.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            PageItem::Text(run) => Some(run.text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn rules(doc: &LaidOutDocument) -> usize {
    doc.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|item| matches!(item, PageItem::Rule(_)))
        .count()
}

fn pdf_words(path: &Path) -> String {
    let pdf = lopdf::Document::load(path).expect("the PDF reads back");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).expect("text extracts");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Saves the chosen handout as a PDF at `target` through the export dialog.
fn export_to(harness: &mut Harness<'_, DeskApp>, target: &Path) {
    click(harness, "Export PDF…");
    replace_text(harness, "Save to", &target.display().to_string());
    click(harness, "Save PDF");
    assert!(target.is_file(), "{:?}", harness.state().state().messages);
}

/// The shipped self-harm handout, with its "My next appointment" section of
/// labelled fields, as a clinic's template; written to `dir`.
fn plan_with_appointment(dir: &Path) {
    let mut template = read_template_file(&common::repo("handouts/self-harm-support.ron"))
        .expect("the shipped handout reads");
    template.id = "safety-plan-appointment".into();
    template.title = "Safety plan with appointment".into();
    assert!(
        template.blocks.iter().any(|b| matches!(
            b,
            Block::FillIn { label, fields, .. } if label == "My next appointment" && !fields.is_empty()
        )),
        "the shipped handout asks for the next appointment"
    );
    handout_desk::clinic::adapt::save_template(&template, &dir.join("safety-plan.ron"))
        .expect("the fixture saves");
}

/// What eframe's persistence would save at this moment: egui's memory and
/// whatever the app saves itself, written as eframe's file storage writes them.
/// Returns egui's memory as the next start would restore it.
fn persist_like_eframe(harness: &mut Harness<'_, DeskApp>, file: &Path) -> egui::Memory {
    #[derive(Default)]
    struct Recorded(BTreeMap<String, String>);
    impl eframe::Storage for Recorded {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }
    let mut storage = Recorded::default();
    let memory = harness.ctx.memory(|m| m.clone());
    eframe::set_value(&mut storage, "egui", &memory);
    eframe::App::save(harness.state_mut(), &mut storage);
    std::fs::write(file, ron::to_string(&storage.0).expect("serialises")).expect("writes");
    let mut restored: egui::Memory = eframe::get_value(&storage, "egui").expect("restores");
    // egui saves text fields' cursors: the clinic's own fields are there.
    // By the field's key, whatever the desk's language.
    let clinic_name = egui::Id::unique(("clinic", "name"));
    assert!(
        restored
            .data
            .get_persisted::<TextEditState>(clinic_name)
            .is_some()
    );
    restored
}

/// The ids of the chosen handout's patient text fields.
fn patient_field_ids(harness: &Harness<'_, DeskApp>) -> Vec<egui::Id> {
    let state = harness.state().state();
    let template = &state.selected_template().expect("chosen").template;
    patient::prompts(template)
        .iter()
        .flat_map(|p| {
            let fields = (0..p.fields.len()).map(EntrySlot::Field);
            std::iter::once(EntrySlot::Lines)
                .chain(fields)
                .map(|slot| patient::field_id(state.patient_session(), p.block, slot))
        })
        .collect()
}

/// Every file under `dir`, however deep.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(folder) = todo.pop() {
        for entry in std::fs::read_dir(&folder).expect("the folder reads") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                todo.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found
}

fn assert_nothing_holds(dir: &Path, needles: &[&str]) -> usize {
    let files = files_under(dir);
    for file in &files {
        let bytes = std::fs::read(file).expect("the file reads");
        let name = file.to_string_lossy();
        for needle in needles {
            assert!(!name.contains(needle), "{name} names {needle}");
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{name} holds {needle}"
            );
        }
    }
    files.len()
}

fn block_of(harness: &Harness<'_, DeskApp>, label: &str) -> usize {
    let template = &harness
        .state()
        .state()
        .selected_template()
        .expect("a handout is chosen")
        .template;
    template
        .blocks
        .iter()
        .position(|b| matches!(b, Block::FillIn { label: l, .. } if l == label))
        .expect("the fill-in block")
}

fn typed_text(harness: &Harness<'_, DeskApp>, block: usize) -> Option<String> {
    harness
        .state()
        .state()
        .patient_entries()
        .get(block)
        .map(|e| e.text.clone())
}

#[test]
fn typing_the_safety_plan_shows_it_on_the_page_and_in_the_pdf() {
    let data = TempDir::new();
    let out = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "After self-harm");
    assert!(harness.query_by_label("Fill in with the patient").is_some());
    assert!(
        harness
            .query_by_label("Not saved: cleared when you close this handout.")
            .is_some()
    );

    let before = rules(document(&harness));
    replace_text(
        &mut harness,
        WARNING_SIGNS,
        &format!("{PLAN} I stop answering texts\nI stay in bed all day"),
    );
    let block = block_of(&harness, WARNING_SIGNS);
    assert_eq!(
        typed_text(&harness, block).as_deref(),
        Some(format!("{PLAN} I stop answering texts\nI stay in bed all day").as_str())
    );
    let words = page_words(document(&harness));
    assert!(
        words.contains(&format!("{PLAN} I stop answering texts"))
            && words.contains("I stay in bed all day"),
        "the preview shows the words: {words}"
    );
    assert!(
        rules(document(&harness)) >= before,
        "the words are written on the lines, which stay"
    );
    replace_text(&mut harness, REASONS, "my dog Pepper");
    assert!(page_words(document(&harness)).contains("my dog Pepper"));

    let target = out.path().join("plan.pdf");
    export_to(&mut harness, &target);
    let text = pdf_words(&target);
    assert!(
        text.contains(&format!("{PLAN} I stop answering texts")),
        "{text}"
    );
    assert!(text.contains("I stay in bed all day") && text.contains("my dog Pepper"));
}

#[test]
fn a_blank_plan_still_prints_writing_lines() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "Kratom");
    assert!(
        harness.query_by_label("Fill in with the patient").is_none(),
        "a handout without fill-in sections has nothing to fill in"
    );
    select_template(&mut harness, "After self-harm");
    let state = harness.state().state();
    assert!(state.patient_entries().is_empty());
    let template = &state.selected_template().expect("chosen").template;
    let lines: usize = template
        .blocks
        .iter()
        .map(|b| match b {
            Block::FillIn { lines, fields, .. } => usize::from(*lines) + fields.len(),
            _ => 0,
        })
        .sum();
    assert!(lines >= 14, "the plan asks for writing lines");
    assert!(
        rules(document(&harness)) >= lines,
        "{} rules for {lines} writing lines",
        rules(document(&harness))
    );
    // The empty fields are there to type into, one per section.
    assert_eq!(
        harness.get_by_label(WARNING_SIGNS).value().as_deref(),
        Some("")
    );
}

#[test]
fn what_the_patient_said_is_never_written_anywhere() {
    let data = TempDir::new();
    let templates = TempDir::new();
    let out = TempDir::new();
    plan_with_appointment(templates.path());
    let mut harness = desk(data.path(), vec![templates.path().to_path_buf()]);
    select_template(&mut harness, "Safety plan with appointment");
    // The clinic's own details are saved as they are typed, beside the words.
    replace_text(&mut harness, "Clinic name", "Lakeside Family Health");

    replace_text(
        &mut harness,
        WARNING_SIGNS,
        &format!("{PLAN} pacing at night"),
    );
    replace_text(&mut harness, "Date and time", DATE);
    replace_text(&mut harness, "Who I will see", WHO);
    let words = page_words(document(&harness));
    for needle in [PLAN, DATE, WHO] {
        assert!(
            words.contains(needle),
            "{needle} is not on the page: {words}"
        );
    }

    // The export dialog suggests a name without them; the PDF holds them.
    click(&mut harness, "Export PDF…");
    let suggested = harness.state().state().export.path_text.clone();
    assert!(
        suggested.ends_with("safety-plan-appointment_lakeside-family-health_2026-11-22.pdf"),
        "{suggested}"
    );
    click(&mut harness, "Cancel");
    let target = out.path().join("plan.pdf");
    export_to(&mut harness, &target);
    let text = pdf_words(&target);
    for needle in [PLAN, DATE, WHO] {
        assert!(text.contains(needle), "{needle} is not in the PDF: {text}");
    }

    // Saved settings and profile, egui's memory and the handout log, while the
    // words are still typed …
    harness.state_mut().save_now();
    let ids = patient_field_ids(&harness);
    assert!(
        ids.iter().any(|&id| harness
            .ctx
            .data_mut(|d| d.get_persisted::<TextEditState>(id))
            .is_some()),
        "the patient's fields have state in egui's memory"
    );
    let mut restored =
        persist_like_eframe(&mut harness, &data.path().join("window-state-typed.ron"));
    for id in ids {
        assert!(
            restored.data.get_persisted::<TextEditState>(id).is_none(),
            "egui's saved memory keeps a patient field's state (its cursor tells the length)"
        );
    }
    let state = harness.state().state();
    let shown = format!("{state:?}");
    for needle in [PLAN, DATE, WHO, "pacing"] {
        assert!(
            !shown.contains(needle),
            "Debug of the app state shows {needle}"
        );
        assert!(
            state.messages.iter().all(|m| !m.text.contains(needle)),
            "{:?}",
            state.messages
        );
    }
    let log = std::fs::read_to_string(data.path().join("handout-log.ron-lines"))
        .expect("the export was logged");
    assert!(log.contains("safety-plan-appointment"), "{log}");

    // … and after the handout is closed by choosing another.
    select_template(&mut harness, "Kratom");
    assert!(harness.state().state().patient_entries().is_empty());
    harness.state_mut().save_now();
    persist_like_eframe(&mut harness, &data.path().join("window-state-closed.ron"));
    drop(harness);

    assert!(data.path().join("clinic-profile.ron").is_file());
    let files = assert_nothing_holds(data.path(), &[PLAN, DATE, WHO, "pacing"]);
    assert!(
        files >= 5,
        "settings, profile, log and the two persisted memories: {files}"
    );
    assert_nothing_holds(templates.path(), &[PLAN, DATE, WHO]);
}

#[test]
fn clear_and_switching_handout_forget_what_was_typed() {
    let data = TempDir::new();
    let mut harness = desk(data.path(), vec![]);
    select_template(&mut harness, "After self-harm");
    let block = block_of(&harness, WARNING_SIGNS);

    replace_text(&mut harness, WARNING_SIGNS, PLAN);
    assert_eq!(typed_text(&harness, block).as_deref(), Some(PLAN));
    click(&mut harness, "Clear");
    assert!(harness.state().state().patient_entries().is_empty());
    assert!(!page_words(document(&harness)).contains(PLAN));
    assert_eq!(
        harness.get_by_label(WARNING_SIGNS).value().as_deref(),
        Some("")
    );

    replace_text(&mut harness, WARNING_SIGNS, PLAN);
    assert!(page_words(document(&harness)).contains(PLAN));
    select_template(&mut harness, "Kratom");
    assert!(harness.state().state().patient_entries().is_empty());
    assert!(
        harness
            .state()
            .state()
            .messages
            .iter()
            .any(|m| m.text.contains("never saved")),
        "the status bar says the words were cleared"
    );

    // Back on the handout, the plan is blank, and undo in the field cannot bring
    // the last patient's words back.
    select_template(&mut harness, "After self-harm");
    assert_eq!(
        harness.get_by_label(WARNING_SIGNS).value().as_deref(),
        Some("")
    );
    click(&mut harness, WARNING_SIGNS);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().state().patient_entries().is_empty());
    assert!(!page_words(document(&harness)).contains(PLAN));
}
