//! The shipped handouts read as a clinical reviewer reads them (issue 9): the
//! urgent boxes print on page 1, nothing from the fact base's never-say list
//! prints anywhere, every source has a year, the safety plan (heading, steps
//! and the clinic's crisis lines) shares one page, and the plain-language
//! checks find nothing to explain or simplify.

mod common;

use handout_desk::compose::HandoutOptions;
use handout_desk::date::Date;
use handout_desk::export::render;
use handout_desk::layout::Paper;
use handout_desk::quality::content::CheckContext;
use handout_desk::quality::report::{Rule, check_template};
use handout_desk::template::{Block, CalloutKind, Template};

const PAPERS: [Paper; 2] = [Paper::Letter, Paper::A4];

/// The text of each page as printed for the example clinic (a US profile), in
/// normal print, with runs of white space made single.
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
            squash(&runs.join(" "))
        })
        .collect()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-case words separated by single spaces, padded with a space at each
/// end, so that a phrase can be found as whole words.
fn as_words(text: &str) -> String {
    let cleaned: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    format!(" {} ", squash(&cleaned))
}

#[test]
fn every_urgent_box_prints_on_page_one_in_letter_and_a4() {
    for template in common::shipped() {
        let titles: Vec<String> = template
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
        assert!(!titles.is_empty(), "{} has no urgent box", template.id);
        for paper in PAPERS {
            let pages = page_texts(&template, paper);
            for title in &titles {
                assert!(
                    pages[0].contains(title.as_str()),
                    "{} {paper:?}: “{title}” is not on page 1",
                    template.id
                );
            }
        }
    }
}

#[test]
fn the_crisis_line_stands_under_the_self_harm_box_on_page_one() {
    let template = common::shipped()
        .into_iter()
        .find(|t| t.id == "self-harm-support")
        .expect("shipped");
    for paper in PAPERS {
        let first = &page_texts(&template, paper)[0];
        let box_end = first
            .find("thinking about ending your life.")
            .expect("the box's last situation");
        let talk = first.find("To talk to someone now").expect("the 988 note");
        assert!(
            box_end < talk,
            "{paper:?}: the 988 note comes after the box"
        );
        for route in ["Call or text 988", "988lifeline.org", "AYUDA", "838255"] {
            assert!(
                first.contains(route),
                "{paper:?}: {route} missing on page 1"
            );
        }
    }
}

/// Wording from `never-say.md` (and the review of issue 9) that must never
/// print, as whole words.
const NEVER_PRINTED: &[&str] = &[
    "addict",
    "addicts",
    "abuser",
    "abusers",
    "junkie",
    "committed suicide",
    "successful",
    "failed attempt",
    "replacement therapy",
    "substitution therapy",
    "one drug for another",
    "start low",
    "safe kratom",
    "press 3",
    "text pride",
    "x waiver",
    "waivered",
    "cannot be arrested",
    "can t be arrested",
    "fully protected",
    "reverses",
    "schedule i",
    "banned nationwide",
    "7 oh is legal",
    "most deaths",
    "naltrexone self injury",
    "survivors of self injury",
    "issh",
    "opms",
    "black recall",
    "black recoil",
    "prolactin",
    "dopamine",
];

#[test]
fn nothing_from_the_never_say_list_prints() {
    for template in common::shipped() {
        for paper in PAPERS {
            let printed = as_words(&page_texts(&template, paper).join(" "));
            for phrase in NEVER_PRINTED {
                assert!(
                    !printed.contains(&format!(" {phrase} ")),
                    "{} {paper:?} prints “{phrase}”",
                    template.id
                );
            }
        }
    }
}

#[test]
fn every_source_names_its_year() {
    for template in common::shipped() {
        for source in &template.sources {
            let has_year = source
                .citation
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<u32>().ok())
                .any(|n| (1990..=2026).contains(&n));
            assert!(
                has_year,
                "{} source {} has no year: {}",
                template.id, source.id, source.citation
            );
        }
    }
}

#[test]
fn the_safety_plan_steps_share_one_page_in_letter_and_a4() {
    let template = common::shipped()
        .into_iter()
        .find(|t| t.id == "self-harm-support")
        .expect("shipped");
    let labels: Vec<String> = template
        .blocks
        .iter()
        .skip_while(|b| !matches!(b, Block::Heading { text, .. } if text == "My safety plan"))
        .filter_map(|b| match b {
            Block::FillIn { label, .. } => Some(squash(label)),
            _ => None,
        })
        .collect();
    assert_eq!(labels.len(), 7, "six steps and reasons for living");
    for paper in PAPERS {
        let pages = page_texts(&template, paper);
        let page_of = |label: &str| {
            pages
                .iter()
                .position(|p| p.contains(label))
                .unwrap_or_else(|| panic!("{paper:?}: “{label}” not printed"))
        };
        let first = page_of("My safety plan");
        for label in &labels {
            assert_eq!(
                page_of(label),
                first,
                "{paper:?}: “{label}” is not on the page of the plan's heading"
            );
        }
        assert!(
            pages[first].contains("Riverside Crisis Team"),
            "{paper:?}: the local crisis line is listed with step 5"
        );
    }
}

#[test]
fn every_name_and_medical_word_is_explained_and_each_block_reads_plainly() {
    // Naloxone, buprenorphine, opioids, 7-OH, xylazine, tolerance … are each
    // explained where the reader first meets them, no block reads above the
    // ceiling and SMOG stays at grade 8 or below. Only a source's age may be
    // left for the clinical reviewer.
    let profile = common::example_profile();
    let options = HandoutOptions::default();
    let ctx = CheckContext {
        profile: &profile,
        options: &options,
        today: Date::parse("2026-12-02").expect("date"),
    };
    for template in common::shipped() {
        let report = check_template(&template, &template.id, &[], &ctx);
        let plain_language: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.rule,
                    Rule::UnexplainedTerm
                        | Rule::Jargon
                        | Rule::SmogGrade
                        | Rule::ReadingGrade
                        | Rule::BlockReadingGrade
                        | Rule::LongSentence
                        | Rule::PassiveVoice
                )
            })
            .map(|f| f.message.as_str())
            .collect();
        assert!(
            plain_language.is_empty(),
            "{}: {plain_language:#?}",
            template.id
        );
        assert!(
            report.scores.smog_grade <= 8.0,
            "{}: SMOG {:.2}",
            template.id,
            report.scores.smog_grade
        );
    }
}
