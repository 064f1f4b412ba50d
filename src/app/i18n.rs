//! The desk's own words in the desk's language, from Project Fluent files.
//!
//! The desk language (Display ▸ Desk language) is the language of the app's
//! buttons, labels and messages. It is independent of a handout's language:
//! a clinician can keep the desk in English and print a Spanish handout. The
//! words live in `locales/<lang>/*.ftl`, compiled into the binary, one
//! message per id: `desk.ftl` for the screens' own words, `problems.ftl` for
//! the problems the library's checks find (by their [`ProblemText`] keys) and
//! `library.ftl` for the names of the library's rules, places, topics and so
//! on (see [`words`]). A screen asks for them by id:
//!
//! ```ignore
//! let t = Texts::of(state);
//! ui.button(t.tr("patient-clear"));
//! ui.label(t.tr_args("preview-page-of", &[("page", 2.into()), ("total", 3.into())]));
//! ```
//!
//! A missing id prints as the id itself, so a mistake shows on screen in
//! review; the tests check that every id used in `src/app` is in every
//! language's file and that no message in the files is unused. A problem with
//! no message in a language shows the library's English, never an id.
//!
//! [`ProblemText`]: crate::problem::ProblemText

mod words;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::app::state::AppState;

/// The language of the desk app's own words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeskLanguage {
    /// English (United States).
    #[default]
    English,
    /// Spanish (United States).
    Spanish,
}

impl DeskLanguage {
    /// Every desk language, in menu order.
    pub const ALL: [DeskLanguage; 2] = [DeskLanguage::English, DeskLanguage::Spanish];

    /// Its BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            DeskLanguage::English => "en-US",
            DeskLanguage::Spanish => "es-US",
        }
    }

    /// The desk language of a handout's language tag (`es-MX` is Spanish),
    /// if the desk has one.
    pub fn of_tag(tag: &str) -> Option<DeskLanguage> {
        let primary = crate::strings::primary_language(tag);
        Self::ALL
            .into_iter()
            .find(|l| crate::strings::primary_language(l.tag()) == primary)
    }

    /// Its name in itself, as the menu shows it whatever the desk's language,
    /// so that someone who reads only that language can find it.
    pub fn name(self) -> &'static str {
        match self {
            DeskLanguage::English => "English",
            DeskLanguage::Spanish => "Español",
        }
    }

    /// The Fluent sources of its words, each with its file name; every
    /// language has the same files, in the same order.
    fn sources(self) -> [(&'static str, &'static str); 3] {
        match self {
            DeskLanguage::English => [
                ("desk.ftl", include_str!("../../locales/en-US/desk.ftl")),
                (
                    "problems.ftl",
                    include_str!("../../locales/en-US/problems.ftl"),
                ),
                (
                    "library.ftl",
                    include_str!("../../locales/en-US/library.ftl"),
                ),
            ],
            DeskLanguage::Spanish => [
                ("desk.ftl", include_str!("../../locales/es-US/desk.ftl")),
                (
                    "problems.ftl",
                    include_str!("../../locales/es-US/problems.ftl"),
                ),
                (
                    "library.ftl",
                    include_str!("../../locales/es-US/library.ftl"),
                ),
            ],
        }
    }

    fn index(self) -> usize {
        match self {
            DeskLanguage::English => 0,
            DeskLanguage::Spanish => 1,
        }
    }
}

/// The desk's words in one language.
pub struct Texts {
    bundle: FluentBundle<FluentResource>,
    /// What did not parse in its file (empty when the file is sound; a test
    /// keeps it so).
    problems: Vec<String>,
}

impl Texts {
    /// The words of `language`, parsed once per run.
    pub fn for_language(language: DeskLanguage) -> &'static Texts {
        static TEXTS: [OnceLock<Texts>; 2] = [OnceLock::new(), OnceLock::new()];
        TEXTS[language.index()].get_or_init(|| Texts::parse(language))
    }

    /// The words in the language the desk is set to.
    pub fn of(state: &AppState) -> &'static Texts {
        Self::for_language(state.settings.desk_language)
    }

    /// The words in the desk's language, for a screen drawn without the app's
    /// state (it reads what [`share_language`] left in `ui`'s context).
    pub fn of_ui(ui: &egui::Ui) -> &'static Texts {
        let language = ui.data(|d| d.get_temp::<DeskLanguage>(language_id()));
        Self::for_language(language.unwrap_or_default())
    }

    fn parse(language: DeskLanguage) -> Texts {
        let mut problems = Vec::new();
        let id: LanguageIdentifier = language.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: egui would draw them as
        // boxes, and the desk's arguments are names and numbers, not
        // right-to-left text.
        bundle.set_use_isolating(false);
        // All files in one bundle, so an id is found whichever file has it; an
        // id in two files is a problem (the second is not added).
        for (file, source) in language.sources() {
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    problems.extend(errors.iter().map(|e| format!("{file}: {e}")));
                    resource
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{file}: {e}")));
            }
        }
        Texts { bundle, problems }
    }

    /// The message `id`; the id itself when there is none.
    pub fn tr(&self, id: &str) -> String {
        self.tr_args(id, &[])
    }

    /// The message `id` with its `{ $name }` arguments filled in: text
    /// (`"Clinic".into()`) or numbers (`3.into()`, which also pick plural forms).
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// The message `id` (or its attribute `attribute`) with `args`, when the
    /// files have it and it formats without error; `None` otherwise, for the
    /// caller to fall back on English.
    fn format(&self, id: &str, attribute: Option<&str>, args: &FluentArgs<'_>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned();
        errors.is_empty().then_some(text)
    }

    /// Whether the file defines message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// What did not parse in its file.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }
}

fn language_id() -> egui::Id {
    egui::Id::unique("handout-desk-desk-language")
}

/// Leaves the desk's language in `ctx` for [`Texts::of_ui`]; the app does it
/// at the start of every frame.
pub fn share_language(ctx: &egui::Context, language: DeskLanguage) {
    ctx.data_mut(|d| d.insert_temp(language_id(), language));
}

/// The ids of the messages in a Fluent source, in file order (for the tests
/// that keep the languages' files in step).
pub fn message_ids(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every source file of the app but this one, with its path.
    fn app_sources() -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/app"
        ))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    // This file's own examples and tests are not the app's use.
                    && !path.ends_with("i18n.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    out.push((path.display().to_string(), text));
                }
            }
        }
        out
    }

    /// The ids passed to `.tr("…")` or `.tr_args("…"` in `text`.
    fn used_ids(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for call in [".tr(\"", ".tr_args(\""] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                if let Some(end) = rest.find('"') {
                    out.push(&rest[..end]);
                }
            }
        }
        out
    }

    #[test]
    fn every_file_parses_and_has_the_same_messages() {
        let english = DeskLanguage::English.sources();
        assert!(message_ids(english[0].1).len() > 20);
        for language in DeskLanguage::ALL {
            let texts = Texts::for_language(language);
            assert!(
                texts.problems().is_empty(),
                "{language:?}: {:?}",
                texts.problems()
            );
            for ((file, source), (english_file, english_source)) in
                language.sources().into_iter().zip(english)
            {
                assert_eq!(file, english_file);
                assert_eq!(
                    message_ids(source),
                    message_ids(english_source),
                    "{language:?} {file} has the English messages, in order"
                );
                assert_eq!(
                    attribute_names(source),
                    attribute_names(english_source),
                    "{language:?} {file} has the English hints, in order"
                );
            }
        }
    }

    /// The names of the attributes (`.hint`) in a Fluent source, in order.
    fn attribute_names(source: &str) -> Vec<&str> {
        source
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix('.'))
            .filter_map(|l| l.split_once('=').map(|(name, _)| name.trim()))
            .collect()
    }

    #[test]
    fn every_id_the_app_uses_is_in_every_language() {
        for (file, text) in app_sources() {
            for id in used_ids(&text) {
                for language in DeskLanguage::ALL {
                    assert!(
                        Texts::for_language(language).has(id),
                        "{file}: `{id}` missing in {}",
                        language.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn no_message_is_unused() {
        let sources = app_sources();
        let built = words::built_ids();
        for (file, source) in DeskLanguage::English.sources() {
            for id in message_ids(source) {
                let quoted = format!("\"{id}\"");
                assert!(
                    built.iter().any(|b| b == id)
                        || sources.iter().any(|(_, text)| text.contains(&quoted)),
                    "`{id}` is in {file} but no screen uses it and no library key makes it"
                );
            }
        }
    }

    #[test]
    fn every_id_built_from_the_library_is_in_every_language() {
        let built = words::built_ids();
        assert!(built.len() > 100, "{}", built.len());
        for id in built {
            for language in DeskLanguage::ALL {
                assert!(
                    Texts::for_language(language).has(&id),
                    "`{id}` missing in {}",
                    language.tag()
                );
            }
        }
    }

    #[test]
    fn arguments_and_plurals_are_filled_in() {
        let es = Texts::for_language(DeskLanguage::Spanish);
        assert_eq!(
            es.tr_args(
                "preview-page-of",
                &[("page", 2.into()), ("total", 3.into())]
            ),
            "Página 2 de 3"
        );
        let en = Texts::for_language(DeskLanguage::English);
        assert_eq!(en.tr("no-such-message"), "no-such-message");
    }
}
