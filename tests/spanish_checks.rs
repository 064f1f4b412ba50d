//! Spanish templates as clinics will meet them: `check` scores them with
//! Fernández-Huerta and Szigriszt-Pazos/INFLESZ and lints them with the Spanish
//! word lists, the embedded fonts draw every Spanish character, and a Spanish
//! handout exports to a PDF whose text reads back intact.

mod common;

use std::path::Path;
use std::process::Command;

use handout_desk::compose::HandoutOptions;
use handout_desk::date::Date;
use handout_desk::export::{export_pdf, export_to_file};
use handout_desk::fonts::{FontStyle, metrics};
use handout_desk::quality::content::CheckContext;
use handout_desk::quality::report::{FindingSeverity, Rule, TemplateReport, check_template};
use handout_desk::quality::spanish::readability::{INFLESZ_TARGET, InfleszBand};
use handout_desk::template::validate::validate_template;
use handout_desk::template::{Template, parse_template};
use lopdf::Document;

const FIXTURE: &str = "tests/fixtures/spanish-template.ron";

fn fixture_text() -> String {
    std::fs::read_to_string(common::repo(FIXTURE)).expect("fixture reads")
}

fn template_from(text: &str) -> Template {
    parse_template(text, Path::new(FIXTURE)).expect("the Spanish fixture parses")
}

fn report_of(text: &str) -> TemplateReport {
    let template = template_from(text);
    let problems = validate_template(&template, text, Path::new(FIXTURE));
    let profile = common::example_profile();
    let options = HandoutOptions::default();
    let ctx = CheckContext {
        profile: &profile,
        options: &options,
        today: Date::parse("2026-12-01").expect("date"),
    };
    check_template(&template, FIXTURE, &problems, &ctx)
}

/// The fixture with one sentence of its first paragraph replaced.
fn with_sentence(sentence: &str) -> String {
    let text = fixture_text();
    let old = "Cualquier persona puede aprender a usarla.";
    assert!(text.contains(old));
    text.replace(old, sentence)
}

fn found(report: &TemplateReport, rule: Rule) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.rule == rule && f.severity == FindingSeverity::Error && f.block == Some(0))
}

#[test]
fn the_spanish_fixture_is_scored_with_spanish_formulas_and_passes() {
    let report = report_of(&fixture_text());
    assert_eq!(report.language, "es-US");
    let spanish = report.spanish.as_ref().expect("Spanish scores");
    let s = spanish.scores;
    assert!(
        s.szigriszt_pazos >= INFLESZ_TARGET,
        "Szigriszt-Pazos {:.1}",
        s.szigriszt_pazos
    );
    assert!(s.inflesz >= InfleszBand::Normal, "{:?}", s.inflesz);
    assert!(s.fernandez_huerta > s.szigriszt_pazos);
    assert!(!spanish.block_scores.is_empty());
    assert_eq!(report.scores.flesch_kincaid_grade, 0.0, "no English grade");
    assert!(report.block_scores.is_empty());
    assert_eq!(
        report.errors(),
        0,
        "{:?}",
        report
            .findings
            .iter()
            .map(|f| &f.message)
            .collect::<Vec<_>>()
    );
    assert!(
        !report.findings.iter().any(|f| f.rule == Rule::ReadingGrade),
        "{:?}",
        report.findings
    );
}

#[test]
fn spanish_word_lists_are_used_for_spanish_templates() {
    for (sentence, rule) in [
        (
            "Muchos adictos no saben usarla.",
            Rule::StigmatisingLanguage,
        ),
        (
            "Un toxicomano tambien puede usarla.",
            Rule::StigmatisingLanguage,
        ),
        (
            "Si su prueba salió sucia, tenga naloxona.",
            Rule::StigmatisingLanguage,
        ),
        (
            "No es una terapia de sustitución.",
            Rule::StigmatisingLanguage,
        ),
        (
            "Su amigo cometió suicidio el año pasado.",
            Rule::UnsafeSuicideLanguage,
        ),
        ("Tuvo un intento fallido.", Rule::UnsafeSuicideLanguage),
    ] {
        let report = report_of(&with_sentence(sentence));
        assert!(found(&report, rule), "{sentence}: {:?}", report.findings);
    }
    let report = report_of(&with_sentence(
        "Use jeringas limpias y pida ayuda si vuelve a consumir.",
    ));
    assert_eq!(report.errors(), 0, "{:?}", report.findings);
}

#[test]
fn hard_spanish_text_warns_below_55_and_fails_below_40() {
    let hard = "La administración intranasal del antagonista opioide competitivo naloxona produce desplazamiento farmacológico inmediato de agonistas mu desde receptores centrales, restableciendo la ventilación espontánea en situaciones de depresión respiratoria inducida por sobredosificación.";
    let text = fixture_text();
    let mut all = text.clone();
    for sentence in [
        "La naloxona es un medicamento que puede revertir una sobredosis de opioides.",
        "Viene como un aerosol para la nariz.",
        "Cualquier persona puede aprender a usarla.",
    ] {
        all = all.replace(sentence, hard);
    }
    let report = report_of(&all);
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == Rule::ReadingGrade)
        .expect("a reading finding");
    let sp = report
        .spanish
        .as_ref()
        .expect("scores")
        .scores
        .szigriszt_pazos;
    let want = if sp < 40.0 {
        FindingSeverity::Error
    } else {
        FindingSeverity::Warning
    };
    assert_eq!(finding.severity, want, "{sp:.1}");
    assert!(
        finding.message.contains("Szigriszt-Pazos"),
        "{}",
        finding.message
    );
    assert!(finding.message.contains("INFLESZ"), "{}", finding.message);
    // One very hard sentence alone is below 40.
    let only_hard = text.replace(
        "Viene como un aerosol para la nariz. Cualquier persona puede aprender a usarla.",
        "",
    );
    let one_block = only_hard.replace(
        "La naloxona es un medicamento que puede revertir una sobredosis de opioides.",
        hard,
    );
    let block0 = report_of(&one_block)
        .spanish
        .expect("scores")
        .block_scores
        .into_iter()
        .find(|(b, _)| *b == 0)
        .expect("block 0 scored")
        .1;
    assert_eq!(block0.inflesz, InfleszBand::VeryDifficult, "{block0:?}");
}

#[test]
fn naloxona_counts_as_naming_naloxone() {
    let text = fixture_text().replace(
        "Resources(category: Naloxone, heading: \"Dónde conseguir naloxona\", when_empty: \"Pregunte en su clínica.\"),",
        "",
    );
    assert!(!text.contains("category: Naloxone"));
    let report = report_of(&text);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.rule == Rule::MissingNaloxone),
        "{:?}",
        report.findings
    );
}

#[test]
fn check_prints_spanish_scores_as_text_and_json() {
    let out = common::run(&["check", FIXTURE]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let line = text
        .lines()
        .find(|l| l.contains("`naloxona-prueba`"))
        .unwrap_or_else(|| panic!("no line for the fixture:\n{text}"));
    assert!(line.starts_with("ok"), "{line}");
    assert!(line.contains("Szigriszt-Pazos"), "{line}");
    assert!(line.contains("INFLESZ"), "{line}");
    assert!(line.contains("Fernández-Huerta"), "{line}");
    assert!(!line.contains("Flesch"), "{line}");

    let out = common::run(&["check", "--format", "json", FIXTURE]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let t = &json["templates"][0];
    assert_eq!(t["language"], "es-US");
    assert!(t.get("scores").is_none(), "no English scores: {t}");
    let spanish = &t["spanish"];
    for key in ["fernandez_huerta", "szigriszt_pazos"] {
        assert!(spanish["scores"][key].is_number(), "{key}: {spanish}");
    }
    assert!(spanish["scores"]["inflesz"].is_string(), "{spanish}");
    let blocks = spanish["block_scores"]
        .as_array()
        .expect("per-block scores");
    assert!(
        blocks
            .iter()
            .all(|b| b["block"].is_number() && b["szigriszt_pazos"].is_number())
    );
}

/// Every character Spanish needs.
const SPANISH_CHARACTERS: &str = "áéíóúüñÁÉÍÓÚÜÑ¿¡«»“”‘’—";

#[test]
fn every_embedded_face_draws_every_spanish_character() {
    for style in FontStyle::ALL {
        let missing: Vec<char> = SPANISH_CHARACTERS
            .chars()
            .filter(|&c| !metrics(style).has_glyph(c))
            .collect();
        assert!(missing.is_empty(), "{style:?} lacks {missing:?}");
    }
}

/// The Spanish strings of the fixture, in the order they print.
const IN_ORDER: &[&str] = &[
    "¿Qué es la naloxona?",
    "Cómo usarla para ayudar a alguien durante una sobredosis",
    "¿Cómo sé si es una sobredosis?",
    "Los labios o las uñas se ponen azules o grises.",
    "¡Actúe rápido!",
    "Quédese con la persona hasta que llegue la ayuda.",
    "Dígales dónde guarda la naloxona.",
    "La clínica «Salud Juntos» abre a las 9 a. m.",
    "Pregunte por la “caja azul” o la ‘bolsa roja’ — las dos tienen naloxona.",
    "No sienta vergüenza de pedir ayuda.",
];

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks that `text` holds [`IN_ORDER`] in order, comparing after `normal`
/// (lopdf runs lines together, so its text is compared without spaces).
fn assert_in_order(text: &str, reader: &str, normal: fn(&str) -> String) {
    let text = normal(text);
    let mut from = 0;
    for needle in IN_ORDER {
        let needle = normal(needle);
        let Some(at) = text[from..].find(&needle) else {
            panic!("{reader}: {needle:?} not found after byte {from} in:\n{text}");
        };
        from += at + needle.len();
    }
    for c in SPANISH_CHARACTERS
        .chars()
        .filter(|c| !"ÁÉÍÓÚÜÑ".contains(*c))
    {
        assert!(text.contains(c), "{reader}: {c:?} missing");
    }
}

#[test]
fn a_spanish_handout_exports_and_reads_back_intact() {
    let template = template_from(&fixture_text());
    let profile = common::example_profile();
    let created = Date::parse("2026-12-01").expect("date");
    let (bytes, _) = export_pdf(
        &template,
        &template.review,
        &profile,
        &HandoutOptions::default(),
        created,
    )
    .expect("exports");
    let doc = Document::load_mem(&bytes).expect("parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text extracts");
    assert_in_order(&text, "lopdf", |t| t.split_whitespace().collect());

    let have_pdftotext = Command::new("pdftotext").arg("-v").output().is_ok();
    if !have_pdftotext {
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "CI must install poppler-utils"
        );
        eprintln!("skipped the pdftotext read-back: pdftotext is not installed");
        return;
    }
    let dir = common::tempdir::TempDir::new();
    let path = dir.path().join("naloxona.pdf");
    export_to_file(
        &template,
        &template.review,
        &profile,
        &HandoutOptions::default(),
        created,
        &path,
    )
    .expect("exports");
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success());
    assert_in_order(&String::from_utf8_lossy(&out.stdout), "pdftotext", squash);
}
