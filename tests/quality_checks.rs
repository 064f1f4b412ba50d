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
        .in_default_language(id)
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

    // A grade above the template's maximum: a ceiling just above the
    // handout's own grade, then a hard paragraph that pushes it over (a fixed
    // ceiling would depend on how plainly the shipped text happens to read).
    let mut t = shipped("kratom-risks");
    let own = report(&t).scores.flesch_kincaid_grade as f32;
    t.reading_level.max_grade = own + 0.2;
    t.reading_level.target_grade = own;
    assert!(!has_error(&report(&t), Rule::ReadingGrade));
    t.blocks.insert(0, Block::Paragraph {
        text: "Pharmacological characterisation demonstrates considerable interindividual variability regarding physiological responsiveness, necessitating individualised therapeutic monitoring.".into(),
        sources: vec![1],
    });
    let r = report(&t);
    assert!(
        has_error(&r, Rule::ReadingGrade),
        "grade {:.2} (own {own:.2}): {:?}",
        r.scores.flesch_kincaid_grade,
        rules(&r)
    );
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
            for key in [
                "rule",
                "severity",
                "block",
                "field",
                "message",
                "suggestion",
            ] {
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

#[test]
fn a_profile_s_own_words_are_checked_with_file_line_and_field() {
    let text = std::fs::read_to_string(common::repo("handouts/profiles/example-clinic.ron"))
        .expect("example profile")
        .replace(
            "Free and open to all. Family members welcome.",
            "Free for addicts and their families. 👍",
        )
        .replace("country: \"US\"", "country: \"ZZ\"");
    let (_dir, file) = common::temp_file("clinic.ron", text.as_bytes());
    let out = run(&["check", file.to_str().expect("utf-8")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .expect("needle in file")
    };
    let notes = line_of("Free for addicts");
    let stigma = stdout
        .lines()
        .find(|l| l.contains("error[stigmatising-language]"))
        .unwrap_or_else(|| panic!("no stigma finding:\n{stdout}"));
    assert!(
        stigma.contains(&format!("clinic.ron:{notes}:")) && stigma.contains("resource 6 notes"),
        "{stigma}"
    );
    assert!(stigma.contains("“addicts”"), "{stigma}");
    let emoji = stdout
        .lines()
        .find(|l| l.contains("U+1F44D “👍”"))
        .unwrap_or_else(|| panic!("no emoji error:\n{stdout}"));
    assert!(
        emoji.contains(&format!("clinic.ron:{notes}:")) && emoji.contains("error"),
        "{emoji}"
    );
    assert!(
        stdout.contains("hint: write it in words instead"),
        "{stdout}"
    );
    let national = stdout
        .lines()
        .find(|l| l.contains("warning[no-national-lines]"))
        .unwrap_or_else(|| panic!("no national-lines warning:\n{stdout}"));
    assert!(
        national.contains(&format!("clinic.ron:{}:", line_of("country:"))),
        "{national}"
    );

    // The same findings in JSON, one entry per profile.
    let out = run(&["check", file.to_str().expect("utf-8"), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let profiles = json["profiles"].as_array().expect("profiles");
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0]["name"], "Riverside Community Clinic");
    let findings = profiles[0]["findings"].as_array().expect("findings");
    let rule_at = |rule: &str| {
        findings
            .iter()
            .find(|f| f["rule"] == rule)
            .map(|f| f["field"].clone())
    };
    assert_eq!(
        rule_at("stigmatising-language"),
        Some(serde_json::json!("resources[5].notes"))
    );
    assert_eq!(
        rule_at("unprintable-character"),
        Some(serde_json::json!("resources[5].notes"))
    );
    assert_eq!(
        rule_at("no-national-lines"),
        Some(serde_json::json!("country"))
    );
}

#[test]
fn the_shipped_profile_has_no_findings_of_its_own() {
    let out = run(&["check", "handouts/profiles/example-clinic.ron"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains(
            "ok      handouts/profiles/example-clinic.ron (profile `Riverside Community Clinic`)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("0 errors, 0 warnings"), "{stdout}");
}

#[test]
fn an_unprintable_character_anywhere_in_a_template_is_placed_and_named() {
    let text = std::fs::read_to_string(common::repo("tests/fixtures/golden-template.ron"))
        .expect("fixture")
        .replace("A fixed handout for layout tests", "A fixed handout 😀")
        .replace("Fixture source two.", "Fixture source two, 中文.")
        .replace("Give naloxone.", "Give\u{200D}naloxone.");
    let (_dir, file) = common::temp_file("chars.ron", text.as_bytes());
    let out = run(&["check", file.to_str().expect("utf-8")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let at = |needle: &str| {
        text.lines()
            .enumerate()
            .find_map(|(i, l)| l.find(needle).map(|c| (i + 1, l[..c].chars().count() + 1)))
            .expect("needle in file")
    };
    for (needle, named, hint) in [
        ("😀", "the title has the character U+1F600 “😀”", "emoji"),
        (
            "中",
            "source 2 has 2 characters no handout font can draw (U+4E2D “中”, U+6587 “文”)",
            "Latin",
        ),
        ("\u{200D}", "U+200D zero-width joiner", "invisible"),
    ] {
        let (line, column) = at(needle);
        let found = stdout
            .lines()
            .position(|l| l.contains(named))
            .unwrap_or_else(|| panic!("{named} not reported:\n{stdout}"));
        let lines: Vec<&str> = stdout.lines().collect();
        assert!(
            lines[found].contains(&format!("chars.ron:{line}:{column}: error:")),
            "{}",
            lines[found]
        );
        assert!(lines[found + 1].contains(hint), "{}", lines[found + 1]);
    }
    // And as findings of their own rule.
    let t: Template =
        handout_desk::template::load::parse_ron(&text, Path::new("chars.ron")).expect("RON");
    let problems = validate_template(&t, &text, Path::new("chars.ron"));
    let options = HandoutOptions::default();
    let profile = common::example_profile();
    let ctx = CheckContext {
        profile: &profile,
        options: &options,
        today: today(),
    };
    let r = check_template(&t, "chars.ron", &problems, &ctx);
    let unprintable: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::UnprintableCharacter)
        .collect();
    assert_eq!(unprintable.len(), 3, "{unprintable:?}");
    assert!(
        unprintable
            .iter()
            .all(|f| f.severity == FindingSeverity::Error)
    );
}
