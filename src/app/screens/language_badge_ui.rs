//! "También en español" / "Also in English" on a library card whose handout
//! has a member in another language. Each badge is written in the other
//! language, whatever the desk's language, because it speaks to the reader of
//! that language: the text is that language's `also-in-this-language` message.

use crate::app::i18n::{DeskLanguage, Texts};
use crate::app::theme::{Palette, badge_ui};
use crate::strings::language_name;
use crate::template::{LoadedTemplate, TemplateLibrary};

/// A badge for each other language `loaded`'s handout comes in.
pub fn language_badge_ui(
    ui: &mut egui::Ui,
    loaded: &LoadedTemplate,
    library: &TemplateLibrary,
    palette: &Palette,
) {
    for text in other_languages(loaded, library) {
        badge_ui(ui, &text, (palette.accent, palette.card));
    }
}

/// The badges' texts: "También en español" on an English handout with a
/// Spanish member, and so on.
pub fn other_languages(loaded: &LoadedTemplate, library: &TemplateLibrary) -> Vec<String> {
    let own = &loaded.template.language;
    library
        .family(&loaded.template.id)
        .into_iter()
        .map(|member| member.template.language.as_str())
        .filter(|tag| !tag.eq_ignore_ascii_case(own))
        .map(|tag| match DeskLanguage::of_tag(tag) {
            Some(language) => Texts::for_language(language).tr("also-in-this-language"),
            None => language_name(tag).to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_member_points_to_the_other_language_in_that_language() {
        let library = TemplateLibrary::shipped();
        let english = library.get("kratom-risks", "en-US").unwrap();
        let spanish = library.get("kratom-risks", "es-US").unwrap();
        assert_eq!(other_languages(english, &library), ["También en español"]);
        assert_eq!(other_languages(spanish, &library), ["Also in English"]);
    }
}
