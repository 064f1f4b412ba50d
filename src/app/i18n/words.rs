//! The library's words in the desk's language: the problems its checks find,
//! the names of its rules, of the places a problem can be, of PEMAT-P items,
//! topics, resource categories and review badges.
//!
//! The library words all of these in English (the command line prints them as
//! they are). Here each gets a message id built from something stable: a
//! problem's [`ProblemText`] key, a rule's id (`rule-long-sentence`), an
//! item's number (`pemat-item-5`) and so on. A problem whose key a language
//! lacks shows the library's English; so does one the library gave no key.

use fluent_bundle::{FluentArgs, FluentValue};

use super::Texts;
use crate::app::state::ReviewBadge;
use crate::problem::{
    Arg, ClinicField, Field, Part, Problem, ProblemText, ResourceField, Rule, Severity,
};
use crate::quality::pemat::AutoItem;
use crate::template::{ResourceCategory, Topic};

impl Texts {
    /// The message `id` with no arguments, or `english` when there is none.
    fn tr_or(&self, id: &str, english: &str) -> String {
        self.format(id, None, &FluentArgs::new())
            .unwrap_or_else(|| english.to_owned())
    }

    /// The Fluent arguments of `text`, its phrases translated.
    fn args_of(&self, text: &ProblemText) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (name, arg) in &text.args {
            let value: FluentValue<'static> = match arg {
                Arg::Number(n) => (*n).into(),
                other => self.arg_text(other).into(),
            };
            args.set(*name, value);
        }
        args
    }

    /// An argument as text, its phrases translated and a list's items
    /// joined by ", ".
    fn arg_text(&self, arg: &Arg) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Number(n) => n.to_string(),
            Arg::Phrase { key, english } => self.tr_or(key, english),
            Arg::List(items) => items
                .iter()
                .map(|item| self.arg_text(item))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// What is wrong, in the desk's language (the library's English when this
    /// language has no message for it).
    pub fn problem_message(&self, problem: &Problem) -> String {
        problem
            .text
            .as_ref()
            .and_then(|text| self.format(text.key, None, &self.args_of(text)))
            .unwrap_or_else(|| problem.message.clone())
    }

    /// How to fix it, in the desk's language, when the problem says.
    pub fn problem_hint(&self, problem: &Problem) -> Option<String> {
        let english = problem.hint.as_ref()?;
        Some(
            problem
                .text
                .as_ref()
                .and_then(|text| self.format(text.key, Some("hint"), &self.args_of(text)))
                .unwrap_or_else(|| english.clone()),
        )
    }

    /// The problem as an item of a list, as [`Problem::as_list_item`] writes
    /// it, in the desk's language: "block 14: error[stigmatising-language]:
    /// message", and its hint on the next line. The rule stays its id, which
    /// the README and scripts use.
    pub fn problem_list_item(&self, problem: &Problem) -> String {
        let place = match problem.place.part {
            Part::Whole => String::new(),
            part => format!("{}: ", self.place(part)),
        };
        let rule = problem
            .rule
            .map_or_else(String::new, |r| format!("[{}]", r.id()));
        let mut line = format!(
            "{place}{}{rule}: {}",
            self.severity(problem.severity),
            self.problem_message(problem)
        );
        if let Some(hint) = self.problem_hint(problem) {
            line.push_str(&format!(
                "\n    {}: {hint}",
                self.tr_or("list-hint", "hint")
            ));
        }
        line
    }

    /// `error` or `warning`, lower case, as a list item begins.
    pub fn severity(&self, severity: Severity) -> String {
        self.tr_or(&format!("severity-{}", severity.label()), severity.label())
    }

    /// The rule's name as the quality panel shows it.
    pub fn rule_name(&self, rule: Rule) -> String {
        self.tr_or(&rule_id(rule), rule.id())
    }

    /// Where a problem is, for people: "block 3", "clinic phone", "resource 2
    /// notes", "the whole handout".
    pub fn place(&self, part: Part) -> String {
        let english = part.to_string();
        let (id, number) = match part {
            Part::Whole => ("place-whole".to_owned(), None),
            Part::Block(b) => ("place-block".to_owned(), Some(b + 1)),
            Part::Page(p) => ("place-page".to_owned(), Some(p + 1)),
            Part::Field(field) => match field {
                Field::Title => ("place-title".to_owned(), None),
                Field::Subtitle => ("place-subtitle".to_owned(), None),
                Field::Source { id, .. } => ("place-source".to_owned(), Some(id as usize)),
                Field::Clinic(f) => (clinic_field_id(f), None),
                Field::Resource(i, f) => (resource_field_id(f), Some(i + 1)),
            },
        };
        let mut args = FluentArgs::new();
        if let Some(number) = number {
            args.set("number", number);
        }
        self.format(&id, None, &args).unwrap_or(english)
    }

    /// A PEMAT-P item's question in the desk's language.
    pub fn pemat_item(&self, item: &AutoItem) -> String {
        self.tr_or(&format!("pemat-item-{}", item.number), item.item)
    }

    /// Why the program judges a PEMAT-P item met or not, in the desk's
    /// language (the library's English when this language has no message).
    pub fn pemat_why(&self, item: &AutoItem) -> String {
        let text = &item.why_text;
        self.format(text.key, None, &self.args_of(text))
            .unwrap_or_else(|| item.why.clone())
    }

    /// A handout topic's name.
    pub fn topic(&self, topic: Topic) -> String {
        self.tr_or(topic_id(topic), topic.label())
    }

    /// A resource category's name.
    pub fn category(&self, category: ResourceCategory) -> String {
        self.tr_or(category_id(category), category.label())
    }

    /// A review badge's words.
    pub fn badge(&self, badge: ReviewBadge) -> String {
        self.tr_or(badge_id(badge), badge.label())
    }
}

fn rule_id(rule: Rule) -> String {
    format!("rule-{}", rule.id())
}

fn clinic_field_id(field: ClinicField) -> String {
    format!("place-clinic-{}", field.key())
}

fn resource_field_id(field: ResourceField) -> String {
    format!("place-resource-{}", field.key().replace('_', "-"))
}

fn topic_id(topic: Topic) -> &'static str {
    match topic {
        Topic::SelfHarm => "topic-self-harm",
        Topic::OpioidUseDisorder => "topic-opioid-use-disorder",
        Topic::Kratom => "topic-kratom",
        Topic::Other => "topic-other",
    }
}

fn category_id(category: ResourceCategory) -> &'static str {
    match category {
        ResourceCategory::CrisisLine => "category-crisis-line",
        ResourceCategory::TreatmentProvider => "category-treatment-provider",
        ResourceCategory::Naloxone => "category-naloxone",
        ResourceCategory::Pharmacy => "category-pharmacy",
        ResourceCategory::SupportGroup => "category-support-group",
        ResourceCategory::ClinicContact => "category-clinic-contact",
        ResourceCategory::Other => "category-other",
    }
}

fn badge_id(badge: ReviewBadge) -> &'static str {
    match badge {
        ReviewBadge::Approved => "badge-approved",
        ReviewBadge::Draft => "badge-draft",
        ReviewBadge::ReviewOverdue => "badge-review-overdue",
    }
}

/// Every kind of block by the name [`Block::kind_name`] gives it, as the
/// problems that name a block's kind carry it.
///
/// [`Block::kind_name`]: crate::template::Block::kind_name
#[cfg(test)]
const BLOCK_KIND_NAMES: [&str; 8] = [
    "Heading",
    "Paragraph",
    "Bullets",
    "Steps",
    "Callout",
    "Resources",
    "FillIn",
    "Sources",
];

/// The invisible characters the fonts name rather than quote (see
/// [`describe_char`]), which a message names by a phrase.
///
/// [`describe_char`]: crate::fonts::describe_char
/// The PEMAT-P items the program judges, by AHRQ number.
#[cfg(test)]
const PEMAT_ITEMS: [u8; 7] = [5, 8, 9, 11, 20, 22, 23];

/// Every message id built from the library rather than written in a screen:
/// each problem key, each reason a word list gives, each rule, place, PEMAT-P
/// item, topic, category and badge. The tests check that every language has
/// them all and that the files hold no others.
#[cfg(test)]
pub fn built_ids() -> Vec<String> {
    use crate::layout::GroupKind;
    use crate::problem::keys;
    use crate::problem::text::{BLOCK_KIND_PREFIX, CHAR_PREFIX, GROUP_PREFIX, phrase_key};
    use crate::quality::spanish::word_lists as spanish;
    use crate::quality::word_lists as english;
    let mut ids: Vec<String> = keys::ALL.iter().map(|k| (*k).to_owned()).collect();
    let whys = english::STIGMATISING
        .iter()
        .chain(english::UNSAFE_SUICIDE)
        .map(|t| t.why)
        .chain(
            spanish::STIGMATISING
                .iter()
                .chain(spanish::UNSAFE_SUICIDE)
                .map(|t| t.why),
        );
    for why in whys {
        let id = phrase_key("why", why);
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.extend(
        BLOCK_KIND_NAMES
            .iter()
            .map(|k| phrase_key(BLOCK_KIND_PREFIX, k)),
    );
    ids.extend(
        GroupKind::ALL
            .into_iter()
            // A wallet card part has a message of its own, not a phrase.
            .filter(|&g| g != GroupKind::CardPart)
            .map(|g| phrase_key(GROUP_PREFIX, g.label())),
    );
    ids.extend(
        crate::fonts::INVISIBLE_CHARS
            .iter()
            .map(|&(c, _)| phrase_key(CHAR_PREFIX, &crate::fonts::describe_char(c))),
    );
    ids.extend(Rule::ALL.into_iter().map(rule_id));
    ids.extend(
        [
            "severity-error",
            "severity-warning",
            "list-hint",
            "place-whole",
            "place-block",
            "place-page",
            "place-title",
            "place-subtitle",
            "place-source",
        ]
        .map(str::to_owned),
    );
    ids.extend(ClinicField::ALL.into_iter().map(clinic_field_id));
    ids.extend(
        ResourceField::TEXT
            .into_iter()
            .chain([ResourceField::LastChecked])
            .map(resource_field_id),
    );
    ids.extend(PEMAT_ITEMS.iter().map(|n| format!("pemat-item-{n}")));
    ids.extend(Topic::ALL.into_iter().map(|t| topic_id(t).to_owned()));
    ids.extend(
        ResourceCategory::ALL
            .into_iter()
            .map(|c| category_id(c).to_owned()),
    );
    ids.extend(
        [
            ReviewBadge::Approved,
            ReviewBadge::Draft,
            ReviewBadge::ReviewOverdue,
        ]
        .map(|b| badge_id(b).to_owned()),
    );
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::DeskLanguage;
    use crate::problem::Problem;
    use crate::quality::pemat::score;
    use crate::template::TemplateLibrary;

    #[test]
    fn every_rule_and_pemat_item_has_its_words_in_both_languages() {
        let es = Texts::for_language(DeskLanguage::Spanish);
        let en = Texts::for_language(DeskLanguage::English);
        for rule in Rule::ALL {
            assert_eq!(en.rule_name(rule), rule.id(), "English keeps the id");
            assert!(es.has(&rule_id(rule)), "{}", rule.id());
            assert_ne!(es.rule_name(rule), rule.id(), "{} in Spanish", rule.id());
        }
        for loaded in TemplateLibrary::load(&[]).templates {
            for item in score(&loaded.template).items {
                assert!(PEMAT_ITEMS.contains(&item.number), "{}", item.number);
                assert_eq!(en.pemat_item(&item), item.item);
                assert_ne!(es.pemat_item(&item), item.item, "{}", item.number);
                assert_eq!(en.pemat_why(&item), item.why, "{}", item.why_text.key);
                assert_ne!(es.pemat_why(&item), item.why, "{}", item.why_text.key);
            }
        }
        assert_eq!(es.topic(Topic::SelfHarm), "Autolesión");
        assert_eq!(es.badge(ReviewBadge::Draft), "Borrador");
        assert_eq!(es.category(ResourceCategory::CrisisLine), "Línea de crisis");
        assert_eq!(en.badge(ReviewBadge::ReviewOverdue), "Review overdue");
    }

    #[test]
    fn a_problem_is_worded_in_the_desk_s_language_or_else_in_english() {
        let es = Texts::for_language(DeskLanguage::Spanish);
        let finding = crate::quality::lints::wording_findings(
            &["Some addicts feel better after a call.".to_owned()],
            Some(2),
        )
        .remove(0);
        assert_eq!(
            es.problem_list_item(&finding),
            "bloque 3: error[stigmatising-language]: “addicts”: define a las personas por una \
             enfermedad; hace que la gente evite buscar tratamiento.\n    sugerencia: Diga \
             “people with a substance use disorder, or people who use drugs”."
        );
        // No key: the library's English, never an id.
        let plain = Problem::error("the clinic's `name` is empty").with_hint("enter it");
        assert_eq!(es.problem_message(&plain), "the clinic's `name` is empty");
        assert_eq!(es.problem_hint(&plain).as_deref(), Some("enter it"));
        // A key no language has: English too.
        let unknown = plain
            .clone()
            .keyed(crate::problem::ProblemText::new("problem-no-such-key"));
        assert_eq!(es.problem_message(&unknown), "the clinic's `name` is empty");
    }

    #[test]
    fn a_block_s_kind_and_a_split_group_are_named_in_the_desk_s_language() {
        use crate::layout::{GroupKind, LayoutWarning};
        use crate::problem::keys;
        let es = Texts::for_language(DeskLanguage::Spanish);
        let en = Texts::for_language(DeskLanguage::English);
        let unsourced = Problem::error("Block 3 (FillIn) states clinical content").keyed(
            ProblemText::new(keys::UNSOURCED_BLOCK)
                .arg("number", 3usize)
                .block_kind("kind", "FillIn"),
        );
        assert!(
            en.problem_message(&unsourced)
                .starts_with("Block 3 (FillIn) states"),
            "{}",
            en.problem_message(&unsourced)
        );
        assert!(
            es.problem_message(&unsourced)
                .starts_with("El bloque 3 (Sección para llenar) da"),
            "{}",
            es.problem_message(&unsourced)
        );
        let split = LayoutWarning {
            group: GroupKind::Steps,
            description: "Call 988".into(),
            block: Some(4),
            pages: vec![2, 3],
        };
        let problem = Problem::warning(split.to_string()).keyed(split.problem_text());
        assert_eq!(
            es.problem_message(&problem),
            "Se tuvo que dividir la lista de pasos “Call 988” entre las páginas 2–3, porque no \
             cabe en una sola página: un lector podría pasar por alto lo que está en la página \
             siguiente."
        );
    }

    #[test]
    fn an_invisible_character_is_named_in_the_desk_s_language() {
        use crate::problem::{ClinicField, Field};
        let es = Texts::for_language(DeskLanguage::Spanish);
        let mut profile = crate::desk::example_profile();
        profile.address = Some("1 Lake\u{200B}Road 中".into());
        let today = crate::date::Date::parse("2026-11-22").unwrap();
        let found =
            crate::profile::field_problems(&profile, Field::Clinic(ClinicField::Address), today);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            es.problem_message(&found[0]),
            "Este texto tiene 2 caracteres que ninguna fuente del folleto puede imprimir \
             (U+200B espacio de ancho cero, U+4E2D “中”): cada uno saldría como un cuadro vacío."
        );
        assert_eq!(
            es.problem_hint(&found[0]).as_deref(),
            Some(
                "Borre el carácter invisible (suele venir con el texto que se copia de un \
                 teléfono o de una página web)."
            )
        );
    }

    #[test]
    fn a_template_check_is_worded_in_the_desk_s_language() {
        let es = Texts::for_language(DeskLanguage::Spanish);
        let found = template_check_findings();
        let said = |key: &str| {
            let problem = found
                .iter()
                .find(|p| p.text.as_ref().map(|t| t.key) == Some(key));
            problem.map(|p| (es.problem_message(p), es.problem_hint(p)))
        };
        let (message, hint) = said(crate::problem::keys::TEMPLATE_FIELD_EMPTY).unwrap();
        assert_eq!(message, "La plantilla no tiene versión (`version`).");
        assert_eq!(hint.as_deref(), Some("Complételo."));
        let (message, _) = said(crate::problem::keys::TEMPLATE_MISSING_SOURCE).unwrap();
        assert!(
            message.ends_with(
                "cita la fuente 99, que no está en la lista de fuentes de la plantilla."
            ),
            "{message}"
        );
    }

    /// Every finding the checks make of the shipped handouts, each spoiled
    /// with the faults the checks look for, printed with a spoiled profile on
    /// a date years ahead.
    fn findings_of_spoiled_handouts() -> Vec<Problem> {
        use crate::compose::HandoutOptions;
        use crate::date::Date;
        use crate::desk::example_profile;
        use crate::desk::preflight::preflight;
        use crate::page_setup::{PageSetup, Paper, PrintFormat};
        use crate::template::Block;
        let mut profile = example_profile();
        for r in &mut profile.resources {
            r.last_checked = None;
            r.hours = Some("Mon to Fri, 9 to 5".into());
            r.hours_es = None;
        }
        // The clinic's own details spoiled too, for the profile's checks.
        profile.phone = Some("555-CALL-NOW".into());
        profile.website = Some("not a web address".into());
        if let Some(r) = profile.resources.first_mut() {
            r.phone = Some("12".into());
            r.notes = Some("Walk in 👍".into());
        }
        // Characters no handout font prints, one of each kind, and more than
        // a message lists.
        profile.address = Some("1 Lake\u{200D}Road\u{FEFF}".into());
        if let Some(r) = profile.resources.get_mut(1) {
            r.notes = Some("Ж Щ Ы Э Ю Я Ф".into());
        }
        if let Some(r) = profile.resources.last_mut() {
            r.notes = Some("中文".into());
        }
        // The clinic form's own words for the profile's problems too.
        let mut found =
            crate::profile::profile_problems(&profile, Date::parse("2034-06-01").unwrap());
        for country in ["US", "ZZ"] {
            profile.country = country.into();
            for loaded in TemplateLibrary::load(&[]).templates {
                let mut loaded = loaded.clone();
                let spoil = if loaded.template.language == "en-US" {
                    " Some addicts stay clean. He committed suicide. The pills are given by the nurse \
                     every day. Buprenorphine and naloxone and the opioid agonist and the methadone \
                     clinic and the long list of words in this sentence go on and on and on and on \
                     to pass the limit. Call [add hours] TODO."
                } else {
                    " Los adictos siguen limpios. Cometió suicidio. Llame [add hours] TODO."
                };
                for block in &mut loaded.template.blocks {
                    if let Block::Paragraph { text, .. } = block {
                        text.push_str(spoil);
                    }
                    // Clinical steps with no source, which the checks name by kind.
                    if let Block::Steps { sources, .. } = block {
                        sources.clear();
                    }
                }
                let today = Date::parse("2034-06-01").unwrap();
                // Large print too, where a group is too tall for one page.
                for format in [PrintFormat::Standard, PrintFormat::LargePrint] {
                    let options = HandoutOptions::with_page(PageSetup::new(Paper::Letter, format));
                    found.extend(preflight(&loaded, &profile, &options, today).problems);
                }
            }
        }
        found.extend(template_check_findings());
        found
    }

    /// The template checks' findings of a shipped handout spoiled with the
    /// mistakes a clinic lead makes while editing one: an empty field, broken
    /// markup, a placeholder that is not one, an over-long word, a character
    /// no font prints, empty text, and clinical steps with no source.
    fn template_check_findings() -> Vec<Problem> {
        use crate::template::Block;
        use crate::template::validate::validate_template;
        let Some(loaded) = TemplateLibrary::load(&[]).templates.into_iter().next() else {
            return Vec::new();
        };
        let mut template = loaded.template.clone();
        template.id = "Bad ID".into();
        template.language = "english".into();
        template.reading_level.target_grade = 20.0;
        template.review.status = crate::template::ReviewStatus::Approved;
        template.review.reviewer = None;
        let day = crate::date::Date::parse("2026-01-01").ok();
        template.review.reviewed_on = day;
        template.review.next_review_due = day;
        if let Some(first) = template.sources.first().cloned() {
            template.sources.push(first);
        }
        if let Some(last) = template.sources.last_mut() {
            last.citation = " ".into();
            last.url = Some("ftp://example.org".into());
        }
        template.version = " ".into();
        template.title.push_str(" \u{200B}");
        let mut spoils = [
            " **Bold never closed.",
            " Call {clinic.fax} today.",
            " Call {clinic.phone today.",
            " Supercalifragilisticexpialidocious-and-then-some-more words.",
            " Ж",
        ]
        .into_iter();
        for block in &mut template.blocks {
            match block {
                Block::Paragraph { text, .. } => match spoils.next() {
                    Some(spoil) => text.push_str(spoil),
                    None => text.clear(),
                },
                Block::Steps { sources, .. } => sources.clear(),
                _ => {}
            }
        }
        template.blocks.push(Block::Paragraph {
            text: "Cited wrongly.".into(),
            sources: vec![99],
        });
        template.blocks.push(Block::FillIn {
            label: "My plan".into(),
            hint: None,
            lines: 13,
            fields: Vec::new(),
            resources: None,
        });
        let mut found = validate_template(&template, "", &loaded.file);
        template.blocks.clear();
        found.extend(validate_template(&template, "", &loaded.file));
        found
    }

    #[test]
    fn the_english_messages_say_what_the_library_says() {
        let en = Texts::for_language(DeskLanguage::English);
        let es = Texts::for_language(DeskLanguage::Spanish);
        let mut keys_seen: Vec<&str> = Vec::new();
        for problem in findings_of_spoiled_handouts() {
            let Some(text) = &problem.text else { continue };
            if !keys_seen.contains(&text.key) {
                keys_seen.push(text.key);
            }
            assert_eq!(
                en.problem_message(&problem),
                problem.message,
                "{}",
                text.key
            );
            assert_eq!(en.problem_hint(&problem), problem.hint, "{}", text.key);
            assert_eq!(en.problem_list_item(&problem), problem.as_list_item());
            assert_ne!(
                es.problem_message(&problem),
                problem.message,
                "{}",
                text.key
            );
        }
        assert!(keys_seen.len() >= 12, "{keys_seen:?}");
        // The clinic profile's own checks are worded by the desk too.
        for key in [
            crate::problem::keys::PROFILE_PHONE_CHARACTERS,
            crate::problem::keys::PROFILE_PHONE_DIGITS,
            crate::problem::keys::PROFILE_WEBSITE,
            crate::problem::keys::PROFILE_UNCHECKED,
            crate::problem::keys::PROFILE_UNPRINTABLE,
            crate::problem::keys::UNPRINTABLE_TEXT,
            crate::problem::keys::SPLIT_GROUP,
            crate::problem::keys::UNSOURCED_BLOCK,
            crate::problem::keys::TEMPLATE_FIELD_EMPTY,
            crate::problem::keys::TEMPLATE_UNCLOSED_BOLD,
            crate::problem::keys::TEMPLATE_UNCLOSED_PLACEHOLDER,
            crate::problem::keys::TEMPLATE_UNKNOWN_PLACEHOLDER,
            crate::problem::keys::TEMPLATE_LONG_WORD,
            crate::problem::keys::TEMPLATE_UNPRINTABLE,
            crate::problem::keys::TEMPLATE_UNSOURCED,
            crate::problem::keys::TEMPLATE_MISSING_SOURCE,
            crate::problem::keys::TEMPLATE_BAD_ID,
            crate::problem::keys::TEMPLATE_LANGUAGE,
            crate::problem::keys::TEMPLATE_READING_LEVEL,
            crate::problem::keys::TEMPLATE_APPROVED_UNNAMED,
            crate::problem::keys::TEMPLATE_REVIEW_DATES,
            crate::problem::keys::TEMPLATE_SOURCE_TWICE,
            crate::problem::keys::TEMPLATE_SOURCE_NO_CITATION,
            crate::problem::keys::TEMPLATE_SOURCE_URL,
            crate::problem::keys::TEMPLATE_NO_BLOCKS,
            crate::problem::keys::TEMPLATE_FILL_IN_LINES,
        ] {
            assert!(keys_seen.contains(&key), "{key} not seen in {keys_seen:?}");
        }
    }
}
