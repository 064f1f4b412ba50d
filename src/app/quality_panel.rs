//! The quality panel's model: the chosen template's quality report (readability,
//! PEMAT-P and findings), made again only when the handout's inputs change, so a
//! keystroke costs one check and an idle frame none.
//!
//! The report is checked as the handout prints: with the clinic profile, the
//! handout's options and today's date. The profile's own text (clinic name,
//! resource notes …) prints on the handout too, so its findings are listed here
//! as well ([`check_profile`]). The panel lists errors first; each row
//! carries its accessible label, worked out once per report rather than per frame.

use std::time::{Duration, Instant};

use crate::app::i18n::{DeskLanguage, Texts};
use crate::app::state::AppState;
use crate::desk::preflight::{Preflight, preflight_of_report};
use crate::problem::Problem;
use crate::problem::Severity;
use crate::quality::check_profile;
use crate::quality::content::CheckContext;
use crate::quality::report::{TemplateReport, check_template};
use crate::template::TemplateKey;
use crate::template::validate::validate_template;

/// One finding as the panel shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingRow {
    /// The finding.
    pub finding: Problem,
    /// Its accessible label, e.g. "Finding: stigmatising-language in block 3"; a
    /// second finding of the same rule in the same block adds " (2)".
    pub label: String,
    /// The suggestion as the panel words it, e.g. "Try saying “return to use”.".
    pub advice: Option<String>,
}

/// The report of one template at one layout generation.
#[derive(Debug, Clone, PartialEq)]
pub struct QualityView {
    /// The template checked: its id and language.
    pub template: TemplateKey,
    /// The layout generation it was checked at.
    pub generation: u64,
    /// The desk language its rows are worded in.
    pub language: DeskLanguage,
    /// The report; its findings are in `rows`, errors first.
    pub report: TemplateReport,
    /// The findings, errors first, then by block.
    pub rows: Vec<FindingRow>,
    /// The checks before export and approval, the same as the desk makes
    /// them, so what the panels say agrees with what an export would refuse.
    pub preflight: Preflight,
    /// How long the check took.
    pub took: Duration,
}

impl QualityView {
    /// How many findings are errors and how many warnings.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self
            .rows
            .iter()
            .filter(|r| r.finding.severity == Severity::Error)
            .count();
        (errors, self.rows.len() - errors)
    }

    /// The findings about block `block` (from 0), errors first.
    pub fn findings_in(&self, block: usize) -> impl Iterator<Item = &FindingRow> {
        self.rows
            .iter()
            .filter(move |r| r.finding.block() == Some(block))
    }
}

/// What the quality panel keeps between frames.
#[derive(Debug, Default)]
pub struct QualityPanel {
    /// Whether the panel is folded down to its title row.
    pub folded: bool,
    view: Option<QualityView>,
}

impl QualityPanel {
    /// The report of the chosen template, as of the last [`refresh_quality`];
    /// `None` before the first one or with no template chosen.
    pub fn view(&self) -> Option<&QualityView> {
        self.view.as_ref()
    }

    /// The report of template `key`, when the last check was of it.
    pub fn view_of(&self, key: &TemplateKey) -> Option<&QualityView> {
        self.view.as_ref().filter(|v| v.template == *key)
    }
}

/// Checks the chosen template again when the handout's inputs changed since the
/// last check (the layout generation moved, or another template was chosen).
/// Returns whether it did. Reuses the editor's checks when they are current.
pub fn refresh_quality(state: &mut AppState) -> bool {
    let generation = state.generation();
    let Some(loaded) = state.selected_template() else {
        let had = state.quality.view.is_some();
        state.quality.view = None;
        return had;
    };
    let key = loaded.key();
    let id = &key.id;
    let language = state.settings.desk_language;
    if matches!(&state.quality.view, Some(v) if v.generation == generation && v.template == key && v.language == language)
    {
        return false;
    }
    let started = Instant::now();
    let reused = state.editor.checks_at(id, generation);
    let computed;
    let problems: &[Problem] = match reused {
        Some(found) => found,
        None => {
            computed = validate_template(&loaded.template, "", &loaded.file);
            &computed
        }
    };
    let options = state.options();
    let ctx = CheckContext {
        profile: state.profile(),
        options: &options,
        today: state.today(),
    };
    let file = loaded.file.display().to_string();
    let mut report = check_template(&loaded.template, &file, problems, &ctx);
    let preflight = preflight_of_report(report.findings.clone(), &loaded.template, &ctx);
    report.findings.extend(check_profile(state.profile()));
    let rows = rows_of(Texts::for_language(language), &report.findings);
    state.quality.view = Some(QualityView {
        template: key.clone(),
        generation,
        language,
        report,
        rows,
        preflight,
        took: started.elapsed(),
    });
    true
}

/// The findings, errors first (each severity in block order), with unique
/// labels in the desk's language.
fn rows_of(t: &Texts, findings: &[Problem]) -> Vec<FindingRow> {
    let mut sorted: Vec<&Problem> = findings.iter().collect();
    sorted.sort_by_key(|f| f.severity);
    let mut seen: Vec<(&str, String)> = Vec::new();
    sorted
        .into_iter()
        .map(|f| {
            let place = t.place(f.place.part);
            let key = (f.rule_id(), place.clone());
            let repeat = seen.iter().filter(|k| **k == key).count();
            seen.push(key);
            let rule = f
                .rule
                .map_or_else(|| f.rule_id().to_owned(), |r| t.rule_name(r));
            let mut label = t.tr_args(
                "quality-finding-label",
                &[("rule", rule.into()), ("place", place.into())],
            );
            if repeat > 0 {
                label.push_str(&format!(" ({})", repeat + 1));
            }
            let advice = t.problem_hint(f).map(|s| match s.strip_prefix("Say ") {
                Some(rest) => t.tr_args("quality-try-saying", &[("words", rest.into())]),
                None => t.tr_args("quality-try", &[("advice", s.as_str().into())]),
            });
            FindingRow {
                finding: f.clone(),
                label,
                advice,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::Settings;
    use crate::date::Date;
    use crate::desk::Desk;

    fn state_on(id: &str) -> AppState {
        let (desk, _) = Desk::open(None, Vec::new(), Date::parse("2026-11-22").unwrap());
        let mut state = AppState::new(desk, Settings::default());
        state.selected = Some(TemplateKey::new(id, "en-US"));
        state
    }

    #[test]
    fn the_report_is_made_again_only_when_an_input_changes() {
        let mut state = state_on("moud-medicines");
        assert!(refresh_quality(&mut state));
        assert!(!refresh_quality(&mut state), "nothing changed");
        state.profile_changed();
        assert!(refresh_quality(&mut state));
        let view = state
            .quality
            .view_of(&TemplateKey::new("moud-medicines", "en-US"))
            .unwrap();
        assert_eq!(view.generation, state.generation());
        let (errors, warnings) = view.counts();
        assert_eq!(errors + warnings, view.rows.len());
    }

    #[test]
    fn errors_come_first_and_labels_are_unique() {
        let mut state = state_on("moud-medicines");
        refresh_quality(&mut state);
        let view = state.quality.view().unwrap();
        let severities: Vec<_> = view.rows.iter().map(|r| r.finding.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort();
        assert_eq!(severities, sorted);
        let mut labels: Vec<&str> = view.rows.iter().map(|r| r.label.as_str()).collect();
        labels.sort_unstable();
        let before = labels.len();
        labels.dedup();
        assert_eq!(labels.len(), before, "every row has its own label");
    }

    #[test]
    fn the_clinic_s_own_text_is_checked_too() {
        let mut state = state_on("moud-medicines");
        state.profile_mut().resources[0].notes =
            Some("Walk in any time, addicts welcome 👍".into());
        refresh_quality(&mut state);
        let view = state.quality.view().unwrap();
        let labels: Vec<&str> = view.rows.iter().map(|r| r.label.as_str()).collect();
        assert!(
            labels.contains(&"Finding: stigmatising-language in resource 1 notes"),
            "{labels:?}"
        );
        assert!(
            labels.contains(&"Finding: unprintable-character in resource 1 notes"),
            "{labels:?}"
        );
    }

    /// Times the quality check of the MOUD handout. Run with
    /// `cargo test --release --lib quality_check_time -- --ignored --nocapture`.
    #[test]
    #[ignore = "a measurement, not a check"]
    fn quality_check_time() {
        let mut state = state_on("moud-medicines");
        let mut took = Vec::new();
        for _ in 0..41 {
            state.handout_changed();
            refresh_quality(&mut state);
            took.push(state.quality.view().unwrap().took);
        }
        took.sort();
        println!(
            "quality check of moud-medicines: median {:?}, min {:?}, max {:?}",
            took[took.len() / 2],
            took[0],
            took[took.len() - 1]
        );
    }
}
