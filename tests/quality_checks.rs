//! The plain-language and safety checks as clinics meet them: `handout-desk
//! check` on the shipped templates and on templates that break each rule, with
//! the JSON form scripts read.

mod common;

use std::path::Path;

use common::tempdir::TempDir;
use handout_desk::clinic::adapt::template_text;
use handout_desk::compose::HandoutOptions;
use handout_desk::date::Date;
use handout_desk::profile::ClinicProfile;
use handout_desk::quality::content::CheckContext;
use handout_desk::quality::report::{FindingSeverity, Rule, TemplateReport, check_template};
use handout_desk::template::validate::validate_template;
use handout_desk::template::{Block, Template, TemplateLibrary};

use common::run;

fn shipped(id: &str) -> Template {
    TemplateLibrary::load(&[])
        .get(id)
        .expect("shipped")
        .template
        .clone()
}

fn today() -> Date {
    Date::parse("2026-12-01").expect("date")
}

fn report_with(template: &Template, profile: &ClinicProfile) -> TemplateReport {
    let problems = validate_template(template, "", Path::new("t.ron"));
    let options = HandoutOptions::default();
    let ctx = CheckContext {
        profile,
        options: &options,
        today: today(),
    };
    check_template(template, "t.ron", &problems, &ctx)
}

fn report(template: &Template) -> TemplateReport {
    report_with(template, &common::example_profile())
}

fn rules(report: &TemplateReport) -> Vec<(Rule, FindingSeverity)> {
    report
        .findings
        .iter()
        .map(|f| (f.rule, f.severity))
        .collect()
}

fn has_error(report: &TemplateReport, rule: Rule) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.rule == rule && f.severity == FindingSeverity::Error)
}

#[test]
fn shipped_templates_pass_with_no_errors_and_print_their_grade() {
    let out = run(&["check", "handouts"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("0 errors"), "{text}");
    for id in ["self-harm-support", "moud-medicines", "kratom-risks"] {
        let file = format!("handouts/{id}.ron");
        let line = text
            .lines()
            .find(|l| l.starts_with("ok") && l.contains(&file))
            .unwrap_or_else(|| panic!("{id} not ok:\n{text}"));
        assert!(line.contains("grade "), "{line}");
        let r = report(&shipped(id));
        assert!(
            r.errors() == 0,
            "{id}: {:?}",
            r.findings
                .iter()
                .filter(|f| f.severity == FindingSeverity::Error)
                .collect::<Vec<_>>()
        );
        let grade = r.scores.flesch_kincaid_grade;
        assert!((1.0..=8.0).contains(&grade), "{id} grade {grade}");
    }
}

#[test]
fn addicts_who_relapse_is_an_error_with_a_better_wording() {
    let mut t = shipped("moud-medicines");
    t.blocks.insert(
        1,
        Block::Paragraph {
            text: "Many addicts who relapse feel ashamed.".into(),
            sources: vec![2],
        },
    );
    let r = report(&t);
    let found: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::StigmatisingLanguage)
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|f| f.block == Some(1) && f.severity == FindingSeverity::Error)
    );
    let advice: String = found.iter().filter_map(|f| f.suggestion.clone()).collect();
    assert!(
        advice.contains("people with a substance use disorder"),
        "{advice}"
    );
    assert!(advice.contains("return to use"), "{advice}");

    // And from the command line: exit 1, file and block named.
    let dir = TempDir::new();
    let file = dir.path().join("moud-edit.ron");
    std::fs::write(&file, template_text(&t).expect("text")).expect("write");
    let out = run(&["check", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("moud-edit.ron: block 2: error[stigmatising-language]: “addicts”"),
        "{text}"
    );
}

#[test]
fn each_content_rule_fails_a_template_that_breaks_it() {
    // No naloxone in an opioid handout.
    let mut t = shipped("moud-medicines");
    t.blocks.retain(|b| {
        !b.texts().iter().any(|x| x.to_lowercase().contains("naloxone"))
            && !matches!(b, Block::Resources { category, .. } if *category == handout_desk::template::ResourceCategory::Naloxone)
    });
    let r = report(&t);
    assert!(has_error(&r, Rule::MissingNaloxone), "{:?}", rules(&r));
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == Rule::MissingNaloxone && f.message.contains("naloxone"))
    );

    // A clinical paragraph with no source.
    let mut t = shipped("kratom-risks");
    t.blocks.push(Block::Paragraph {
        text: "Kratom can harm your liver.".into(),
        sources: vec![],
    });
    let r = report(&t);
    let last = t.blocks.len() - 1;
    assert!(
        r.findings.iter().any(|f| f.rule == Rule::UnsourcedBlock
            && f.block == Some(last)
            && f.severity == FindingSeverity::Error),
        "{:?}",
        rules(&r)
    );

    // A gap left for later, and a placeholder the profile cannot fill.
    let mut t = shipped("kratom-risks");
    t.blocks.push(Block::Callout {
        kind: Default::default(),
        title: "Our hours".into(),
        text: Some("We are open [add hours here]. Call {clinic.phone}.".into()),
        items: vec![],
        sources: vec![],
    });
    let mut no_phone = common::example_profile();
    no_phone.phone = None;
    let r = report_with(&t, &no_phone);
    let gaps: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::UnfilledPlaceholder)
        .collect();
    assert!(
        gaps.iter().any(|f| f.message.contains("[add hours here]")),
        "{gaps:?}"
    );
    assert!(gaps.iter().any(|f| f.message.contains("phone")), "{gaps:?}");

    // A self-harm handout for a clinic with no crisis line it can print.
    let t = shipped("self-harm-support");
    let mut nowhere = common::example_profile();
    nowhere.country = "ZZ".into();
    nowhere
        .resources
        .retain(|r| r.category != handout_desk::template::ResourceCategory::CrisisLine);
    let r = report_with(&t, &nowhere);
    let missing: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::MissingCrisisContact)
        .collect();
    assert!(!missing.is_empty(), "{:?}", rules(&r));
    assert!(
        missing[0].message.starts_with("Page 1 of"),
        "{}",
        missing[0].message
    );
    assert!(
        report(&t)
            .findings
            .iter()
            .all(|f| f.rule != Rule::MissingCrisisContact)
    );

    // A resource last checked over a year ago, and an overdue review.
    let mut old = common::example_profile();
    for r in &mut old.resources {
        r.last_checked = Date::parse("2025-01-02").ok();
    }
    let mut t = shipped("moud-medicines");
    t.review.next_review_due = Date::parse("2026-06-01").ok();
    let r = report_with(&t, &old);
    assert!(r.findings.iter().any(|f| f.rule == Rule::StaleResource
        && f.severity == FindingSeverity::Warning
        && f.message.contains("2025-01-02")));
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == Rule::ReviewOverdue && f.message.contains("2026-06-01"))
    );

    // A grade above the template's maximum.
    let mut t = shipped("kratom-risks");
    t.blocks.insert(0, Block::Paragraph {
        text: "Pharmacological characterisation demonstrates considerable interindividual variability regarding physiological responsiveness, necessitating individualised therapeutic monitoring.".into(),
        sources: vec![1],
    });
    t.reading_level.max_grade = 5.0;
    t.reading_level.target_grade = 4.0;
    let r = report(&t);
    assert!(has_error(&r, Rule::ReadingGrade), "{:?}", rules(&r));
}

#[test]
fn json_output_is_one_object_with_the_documented_fields() {
    let dir = TempDir::new();
    let mut t = shipped("self-harm-support");
    t.blocks.insert(
        1,
        Block::Paragraph {
            text: "Her uncle committed suicide.".into(),
            sources: vec![1],
        },
    );
    let file = dir.path().join("edited.ron");
    std::fs::write(&file, template_text(&t).expect("text")).expect("write");
    let out = run(&[
        "check",
        "handouts",
        file.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1), "an error exits 1");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let templates = json["templates"].as_array().expect("templates");
    // The three English handouts, their Spanish drafts in es-US/ and the edit.
    assert_eq!(templates.len(), 7);
    for t in templates {
        for key in ["id", "file", "language", "findings"] {
            assert!(t.get(key).is_some(), "{key} missing in {t}");
        }
        if t["language"] == "es-US" {
            // Spanish templates carry Spanish scores instead (tests/spanish_checks.rs).
            assert!(t["spanish"]["scores"]["szigriszt_pazos"].is_number(), "{t}");
            continue;
        }
        for key in ["flesch_kincaid_grade", "smog_grade", "flesch_reading_ease"] {
            assert!(t["scores"][key].is_number(), "{key}");
        }
        let blocks = t["block_scores"].as_array().expect("per-block scores");
        assert!(!blocks.is_empty());
        for b in blocks {
            assert!(
                b["block"].is_u64() && b["flesch_kincaid_grade"].is_number(),
                "{b}"
            );
        }
        for f in t["findings"].as_array().expect("findings") {
            for key in ["rule", "severity", "block", "message", "suggestion"] {
                assert!(f.get(key).is_some(), "{key} missing in {f}");
            }
            assert!(["error", "warning"].contains(&f["severity"].as_str().expect("severity")));
        }
    }
    let edited = templates
        .iter()
        .find(|t| {
            t["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("edited.ron"))
        })
        .expect("the edited file");
    let unsafe_words = edited["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "unsafe-suicide-language")
        .expect("the finding");
    assert_eq!(unsafe_words["severity"], "error");
    assert_eq!(unsafe_words["block"], 1);
    assert!(
        unsafe_words["suggestion"]
            .as_str()
            .is_some_and(|s| s.contains("died by suicide"))
    );

    // Warnings alone exit 0.
    let out = run(&["check", "handouts", "--format", "json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(json["templates"].as_array().is_some_and(|t| t.len() == 6));
}
