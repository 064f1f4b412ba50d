//! The Spanish handouts in `handouts/es-US/` (issue 13) as a clinical reviewer
//! and a medical translator read them: each belongs to its English handout's
//! family (same id and topic, the same blocks in the same order citing the
//! same sources, the same placeholders), stays an honest draft, scores
//! INFLESZ 55 or more with the project's own Spanish scorer, prints none of
//! the never-say wording in Spanish, and prints its urgent boxes on page 1 and
//! the safety plan on one page. The files are not compiled into the program
//! yet, so they are read from disk here.

mod common;

use std::path::Path;

use handout_desk::compose::HandoutOptions;
use handout_desk::date::Date;
use handout_desk::export::{export_pdf, render};
use handout_desk::layout::Paper;
use handout_desk::quality::content::CheckContext;
use handout_desk::quality::pemat;
use handout_desk::quality::report::{FindingSeverity, Rule, check_template};
use handout_desk::quality::spanish::readability::{INFLESZ_TARGET, template_readability};
use handout_desk::template::validate::validate_template;
use handout_desk::template::{Block, CalloutKind, ReviewStatus, Template, parse_template};
use lopdf::Document;

/// The families with a Spanish member, by file name (and id).
const FAMILIES: [&str; 3] = ["self-harm-support", "moud-medicines", "kratom-risks"];

/// Each Spanish member's own version: raised whenever its wording changes.
fn spanish_version(id: &str) -> &'static str {
    match id {
        "self-harm-support" => "1.0.0",
        _ => "1.1.0",
    }
}

const PAPERS: [Paper; 2] = [Paper::Letter, Paper::A4];

struct Member {
    file: String,
    text: String,
    template: Template,
}

fn load(file: &str) -> Member {
    let text = std::fs::read_to_string(common::repo(file)).expect("file reads");
    let template = parse_template(&text, Path::new(file))
        .unwrap_or_else(|d| panic!("{file} does not parse: {d:?}"));
    Member {
        file: file.to_owned(),
        text,
        template,
    }
}

/// Each Spanish handout with its English sibling.
fn families() -> Vec<(Member, Member)> {
    FAMILIES
        .iter()
        .map(|name| {
            (
                load(&format!("handouts/es-US/{name}.ron")),
                load(&format!("handouts/{name}.ron")),
            )
        })
        .collect()
}

#[test]
fn each_spanish_handout_is_a_draft_member_of_its_english_family() {
    for (es, en) in families() {
        let (t, sibling) = (&es.template, &en.template);
        assert_eq!(t.id, sibling.id, "{}: same id as the English", es.file);
        assert_eq!(t.topic, sibling.topic, "{}: same topic", es.file);
        assert_eq!(t.language, "es-US", "{}", es.file);
        assert_eq!(sibling.language, "en-US", "{}", en.file);
        assert_eq!(
            t.version,
            spanish_version(&t.id),
            "{}: its own version",
            es.file
        );
        assert_eq!(t.review.status, ReviewStatus::Draft, "{}", es.file);
        assert!(t.review.reviewer.is_none() && t.review.content_hash.is_none());
        for word in ["Borrador", "traductor", &sibling.version] {
            assert!(
                t.review.note.contains(word),
                "{}: the review note should say it is a draft awaiting a medical translator, made from English {}: {}",
                es.file,
                sibling.version,
                t.review.note
            );
        }
    }
}

/// What a block is, apart from its words: its kind, the sources it cites and
/// the structure a page and a reviewer rely on.
fn shape(block: &Block) -> String {
    let sources = block.sources();
    match block {
        Block::Heading { keep_together, .. } => format!("Heading keep_together={keep_together}"),
        Block::Paragraph { .. } => format!("Paragraph {sources:?}"),
        Block::Bullets { items, .. } => format!("Bullets×{} {sources:?}", items.len()),
        Block::Steps { items, .. } => format!("Steps×{} {sources:?}", items.len()),
        Block::Callout {
            kind, text, items, ..
        } => format!(
            "Callout {kind:?} text={} items×{} {sources:?}",
            text.is_some(),
            items.len()
        ),
        Block::Resources { category, .. } => format!("Resources {category:?}"),
        Block::FillIn {
            hint,
            lines,
            fields,
            resources,
            ..
        } => format!(
            "FillIn hint={} lines={lines} fields×{} resources={resources:?}",
            hint.is_some(),
            fields.len()
        ),
        Block::Sources { .. } => "Sources".to_owned(),
    }
}

/// The `{placeholders}` a block's texts use, sorted.
fn placeholders(block: &Block) -> Vec<String> {
    let mut found: Vec<String> = block
        .texts()
        .iter()
        .flat_map(|t| {
            t.split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| format!("{{{name}}}")))
                .collect::<Vec<_>>()
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_spanish_blocks_match_the_english_block_for_block() {
    for (es, en) in families() {
        let (t, sibling) = (&es.template, &en.template);
        assert_eq!(
            t.blocks.len(),
            sibling.blocks.len(),
            "{}: {} blocks, the English has {}",
            es.file,
            t.blocks.len(),
            sibling.blocks.len()
        );
        for (i, (b, e)) in t.blocks.iter().zip(&sibling.blocks).enumerate() {
            assert_eq!(shape(b), shape(e), "{} block {i}", es.file);
            assert_eq!(
                placeholders(b),
                placeholders(e),
                "{} block {i}: use the placeholders the English uses",
                es.file
            );
        }
    }
}

#[test]
fn the_spanish_handouts_cite_only_the_english_sources() {
    for (es, en) in families() {
        let problems: Vec<_> = validate_template(&es.template, &es.text, Path::new(&es.file))
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(problems.is_empty(), "{}: {problems:?}", es.file);
        let (t, sibling) = (&es.template, &en.template);
        assert_eq!(t.sources.len(), sibling.sources.len(), "{}", es.file);
        for source in &t.sources {
            let original = sibling
                .sources
                .iter()
                .find(|s| s.id == source.id)
                .unwrap_or_else(|| {
                    panic!("{}: source {} is not in the English", es.file, source.id)
                });
            assert_eq!(source.url, original.url, "{} source {}", es.file, source.id);
            assert_eq!(
                source.checked, original.checked,
                "{} source {}",
                es.file, source.id
            );
            let has_year = source
                .citation
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<u32>().ok())
                .any(|n| (1990..=2026).contains(&n));
            assert!(has_year, "{} source {}: no year", es.file, source.id);
        }
        for (i, block) in t.blocks.iter().enumerate() {
            for id in block.sources() {
                assert!(
                    t.sources.iter().any(|s| s.id == *id),
                    "{} block {i} cites unknown source {id}",
                    es.file
                );
            }
        }
    }
}

/// `text` in lower case without accents, as words separated by single
/// spaces, padded with a space at each end so a phrase matches whole words.
fn as_words(text: &str) -> String {
    let folded: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    format!(
        " {} ",
        folded.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// Word stems (accents dropped) that must begin no printed word: labels for
/// people who use drugs.
const NEVER_STEMS: &[&str] = &[
    "adict",
    "drogadict",
    "exadict",
    "toxicoman",
    "yonqui",
    "yonki",
];

/// Spanish wording from `never-say.md` and the safe-messaging and
/// person-first guides (facts.md D5, D6), as whole words, accents dropped.
const NEVER_PHRASES: &[&str] = &[
    // Unsafe suicide wording.
    "cometio suicidio",
    "cometer suicidio",
    "cometido suicidio",
    "suicidio exitoso",
    "suicidio fallido",
    "suicidio consumado",
    "intento fallido",
    "intento exitoso",
    // 988 routes that ended on 17 July 2025.
    "presione 3",
    "marque 3",
    "oprima 3",
    "pride",
    // Naloxone "can reverse", never "reverses".
    "siempre revierte",
    "revierte",
    // Medication treatment is not a swap of drugs.
    "terapia de reemplazo",
    "terapia de sustitucion",
    "tratamiento de sustitucion",
    "una droga por otra",
    "recaida",
    "recaidas",
    // Kratom: no dose advice, no "natural" treatment, no 7-OH legal status.
    "uso seguro",
    "dosis segura",
    "empiece con poco",
    "alternativa natural",
    "es legal",
    "prohibido en todo",
    "lista i",
    "la mayoria de las muertes",
    // Good Samaritan laws protect only in part; the X-waiver is gone.
    "no le pueden arrestar",
    "no lo pueden arrestar",
    "totalmente protegido",
    "exencion x",
    // Invented terms and mechanisms.
    "opms",
    "dopamina",
    "prolactina",
];

/// Every printed page of a handout for the example clinic, run together.
fn printed_text(template: &Template, paper: Paper) -> String {
    let options = common::page_options(paper, false);
    let document = render(
        template,
        &template.review,
        &common::example_profile(),
        &options,
    )
    .expect("renders");
    document
        .pages
        .iter()
        .flat_map(|page| page.text_runs().map(|r| r.text.clone()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn nothing_from_the_spanish_never_say_list_prints() {
    for (es, _) in families() {
        let printed = as_words(&printed_text(&es.template, Paper::Letter));
        for stem in NEVER_STEMS {
            assert!(
                !printed.contains(&format!(" {stem}")),
                "{} prints a word starting “{stem}”",
                es.file
            );
        }
        for phrase in NEVER_PHRASES {
            assert!(
                !printed.contains(&format!(" {phrase} ")),
                "{} prints “{phrase}”",
                es.file
            );
        }
    }
}

#[test]
fn the_spanish_handouts_are_plain_and_pass_the_spanish_checks() {
    let profile = common::example_profile();
    let options = HandoutOptions::default();
    let ctx = CheckContext {
        profile: &profile,
        options: &options,
        today: Date::parse("2026-12-02").expect("date"),
    };
    for (es, _) in families() {
        let readability = template_readability(&es.template);
        let s = readability.scores;
        assert!(
            s.szigriszt_pazos >= INFLESZ_TARGET,
            "{}: Szigriszt-Pazos {:.1} (INFLESZ {})",
            es.file,
            s.szigriszt_pazos,
            s.inflesz.label()
        );
        assert!(
            s.fernandez_huerta >= INFLESZ_TARGET,
            "{}: Fernández-Huerta {:.1}",
            es.file,
            s.fernandez_huerta
        );
        let problems = validate_template(&es.template, &es.text, Path::new(&es.file));
        let report = check_template(&es.template, &es.file, &problems, &ctx);
        assert!(report.spanish.is_some(), "{}: scored as Spanish", es.file);
        let wording: Vec<_> = report
            .findings
            .iter()
            .filter(|f| {
                f.severity == FindingSeverity::Error
                    || matches!(
                        f.rule,
                        Rule::StigmatisingLanguage | Rule::UnsafeSuicideLanguage
                    )
            })
            .map(|f| &f.message)
            .collect();
        assert!(wording.is_empty(), "{}: {wording:?}", es.file);
    }
}

#[test]
fn each_spanish_handout_meets_the_pemat_items_its_english_sibling_meets() {
    // The Spanish drafts say the same things to do in Spanish ("Llame al 911",
    // "Si no despierta, dé naloxona"), so the program should judge them alike.
    for (es, en) in families() {
        let (spanish, english) = (pemat::score(&es.template), pemat::score(&en.template));
        let met = |s: &pemat::PematScore| -> Vec<(u8, bool)> {
            s.items.iter().map(|i| (i.number, i.met)).collect()
        };
        assert_eq!(
            met(&spanish),
            met(&english),
            "{}: {:#?}",
            es.file,
            spanish.items
        );
        for number in [11, 20] {
            let why = spanish
                .items
                .iter()
                .find(|i| i.number == number)
                .map(|i| i.why.clone())
                .unwrap_or_default();
            assert!(why.contains('“'), "{} item {number}: {why}", es.file);
        }
    }
}

/// The text of each page, runs joined by single spaces.
fn page_texts(template: &Template, paper: Paper) -> Vec<String> {
    let options = common::page_options(paper, false);
    let document = render(
        template,
        &template.review,
        &common::example_profile(),
        &options,
    )
    .expect("renders");
    document
        .pages
        .iter()
        .map(|page| {
            let runs: Vec<&str> = page.text_runs().map(|r| r.text.as_str()).collect();
            runs.join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn every_spanish_urgent_box_prints_on_page_one_in_letter_and_a4() {
    for (es, _) in families() {
        let titles: Vec<String> = es
            .template
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Callout {
                    kind: CalloutKind::Urgent,
                    title,
                    ..
                } => Some(title.replace("{emergency}", "911")),
                _ => None,
            })
            .collect();
        assert!(!titles.is_empty(), "{} has no urgent box", es.file);
        for paper in PAPERS {
            let first = &page_texts(&es.template, paper)[0];
            for title in &titles {
                assert!(
                    first.contains(title.as_str()),
                    "{} {paper:?}: “{title}” is not on page 1",
                    es.file
                );
            }
        }
    }
}

#[test]
fn the_spanish_safety_plan_prints_whole_on_one_page_in_letter_and_a4() {
    let es = load("handouts/es-US/self-harm-support.ron");
    let labels: Vec<String> = es
        .template
        .blocks
        .iter()
        .skip_while(
            |b| !matches!(b, Block::Heading { text, keep_together: true } if text == "Mi plan de seguridad"),
        )
        .filter_map(|b| match b {
            Block::FillIn { label, .. } => Some(label.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(labels.len(), 7, "six steps and reasons for living");
    for paper in PAPERS {
        let pages = page_texts(&es.template, paper);
        let page_of = |text: &str| {
            pages
                .iter()
                .position(|p| p.contains(text))
                .unwrap_or_else(|| panic!("{paper:?}: “{text}” not printed"))
        };
        let plan = page_of("Mi plan de seguridad");
        for label in &labels {
            assert_eq!(page_of(label), plan, "{paper:?}: “{label}” split off");
        }
        assert!(
            pages[plan].contains("Riverside Crisis Team"),
            "{paper:?}: the local crisis line is listed with step 5"
        );
    }
}

#[test]
fn spanish_punctuation_and_accents_read_back_from_the_pdf() {
    let es = load("handouts/es-US/self-harm-support.ron");
    let created = Date::parse("2026-12-02").expect("date");
    let (bytes, _) = export_pdf(
        &es.template,
        &es.template.review,
        &common::example_profile(),
        &HandoutOptions::default(),
        created,
    )
    .expect("exports");
    let doc = Document::load_mem(&bytes).expect("parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text: String = doc
        .extract_text(&pages)
        .expect("text extracts")
        .split_whitespace()
        .collect();
    for needle in [
        "Despuésdehacersedaño",
        "«¿Estáspensandoensuicidarte?».",
        "¿Lepreocupaalguien?",
        "1.Misseñalesdealerta",
        "Misrazonesparavivir(personas,mascotas,planes,sueños)",
    ] {
        assert!(text.contains(needle), "{needle:?} not read back");
    }
}
