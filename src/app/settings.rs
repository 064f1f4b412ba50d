//! The desk app's settings: how it looks and where it last was. No clinic or
//! patient data lives here: the clinic profile has its own file, and the desk's
//! configuration (shared folder, per-handout choices) is the library's
//! [`crate::desk::DeskConfig`]. Old settings files that still hold those are
//! read as they are (the desk moves them over once; their fields are ignored
//! here and dropped at the next save).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Light, dark, or whatever the system says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Dark text on light panels.
    Light,
    /// Light text on dark panels.
    Dark,
}

impl ThemeChoice {
    /// All choices, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// A name for people.
    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "System",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
        }
    }
}

/// How big the preview page is drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub enum Zoom {
    /// As wide as the preview area allows.
    #[default]
    FitWidth,
    /// The whole page in view.
    FitPage,
    /// A fixed size: 1.0 is the printed size on a 96 dpi screen.
    Percent(u16),
}

impl Zoom {
    /// The fixed zoom steps offered by "Zoom in" and "Zoom out", in percent.
    pub const STEPS: [u16; 8] = [50, 75, 100, 125, 150, 200, 250, 300];

    /// A label for the zoom menu.
    pub fn label(self) -> String {
        match self {
            Zoom::FitWidth => "Fit width".to_owned(),
            Zoom::FitPage => "Whole page".to_owned(),
            Zoom::Percent(p) => format!("{p}%"),
        }
    }
}

/// Which set of tools the desk shows: the clinician's (pick, include, save) or
/// the clinic lead's (checks, editing, sign-off, sharing). One desk, two views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeskView {
    /// The handout, the clinic's resources to include, and Save PDF.
    #[default]
    Clinician,
    /// Quality checks, PEMAT-P, the block editor, approval, sharing, packs, the log.
    Lead,
}

impl DeskView {
    /// Both views, in the order the switch shows them.
    pub const ALL: [DeskView; 2] = [DeskView::Clinician, DeskView::Lead];

    /// The switch's words.
    pub fn label(self) -> &'static str {
        match self {
            DeskView::Clinician => "Clinician view",
            DeskView::Lead => "Lead view",
        }
    }
}

/// How many recently used handouts the library lists first.
pub const RECENT_KEPT: usize = 5;

/// UI scale steps offered in the settings menu.
pub const UI_SCALES: [f32; 6] = [0.9, 1.0, 1.15, 1.3, 1.5, 1.75];

/// How the desk app looks and where it was, remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Scale of the whole interface, 1.0 by default.
    pub ui_scale: f32,
    /// How big the preview page is drawn.
    pub zoom: Zoom,
    /// Whether the first-start clinic setup was saved or skipped.
    pub welcome_dismissed: bool,
    /// The template shown last: its id.
    pub last_template: Option<String>,
    /// The language of the template shown last; none means English.
    pub last_language: Option<String>,
    /// The folder the last PDF was saved in.
    pub export_dir: Option<PathBuf>,
    /// The clinician's tools or the lead's.
    pub view: DeskView,
    /// Handouts opened lately, newest first: template ids only, which say
    /// nothing about a patient.
    pub recent: Vec<String>,
    /// The language of the desk's own words; handouts keep their own.
    pub desk_language: crate::app::i18n::DeskLanguage,
}

impl Settings {
    /// Puts handout `id` first among the recently used ones.
    pub fn note_used(&mut self, id: &str) {
        self.recent.retain(|r| r != id);
        self.recent.insert(0, id.to_owned());
        self.recent.truncate(RECENT_KEPT);
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            ui_scale: 1.0,
            zoom: Zoom::FitWidth,
            welcome_dismissed: false,
            last_template: None,
            last_language: None,
            export_dir: None,
            view: DeskView::Clinician,
            recent: Vec::new(),
            desk_language: crate::app::i18n::DeskLanguage::English,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_settings_files_still_load() {
        let settings: Settings = ron::from_str("(theme: Dark)").unwrap();
        assert_eq!(settings.theme, ThemeChoice::Dark);
        assert_eq!(settings.ui_scale, 1.0);
        // Desk data as settings files held it before desk.ron: still read.
        let settings: Settings = ron::from_str(
            "Settings(theme: Light, handout_options: {\"kratom-risks\": HandoutOptions(paper: A4, excluded_resources: [1])}, shared_templates_dir: \"/srv/share\")",
        )
        .unwrap();
        assert_eq!(settings.theme, ThemeChoice::Light);
        assert_eq!(
            settings.view,
            DeskView::Clinician,
            "the clinician view by default"
        );
    }

    #[test]
    fn recently_used_keeps_the_newest_first_without_repeats() {
        let mut settings = Settings::default();
        for id in ["a", "b", "a", "c", "d", "e", "f", "g"] {
            settings.note_used(id);
        }
        assert_eq!(settings.recent, ["g", "f", "e", "d", "c"]);
        settings.note_used("e");
        assert_eq!(settings.recent, ["e", "g", "f", "d", "c"]);
    }
}
