//! Property test: any text in any block lays out without panic, and no laid-out
//! line is wider than its column or falls off the page.

mod common;

use handout_desk::compose::compose;
use handout_desk::layout::{LayoutStyle, PageItem, Paper, layout};
use handout_desk::template::{Block, CalloutKind, ResourceCategory, Template};
use proptest::prelude::*;

fn template_with(text: String, words: Vec<String>) -> Template {
    let (mut template, _) = common::golden();
    let long = words.join(" ");
    template.title = text.clone();
    template.blocks = vec![
        Block::Heading {
            text: text.clone(),
            keep_together: false,
        },
        Block::Paragraph {
            text: text.clone(),
            sources: vec![1],
        },
        Block::Bullets {
            items: vec![text.clone(), long.clone()],
            sources: vec![1],
        },
        Block::Steps {
            items: vec![long.clone(), text.clone()],
            sources: vec![1],
        },
        Block::Callout {
            kind: CalloutKind::Urgent,
            title: text.clone(),
            text: Some(long.clone()),
            items: vec![text.clone()],
            sources: vec![],
        },
        Block::Resources {
            category: ResourceCategory::Pharmacy,
            heading: text.clone(),
            when_empty: long.clone(),
        },
        Block::FillIn {
            label: text.clone(),
            hint: Some(long),
            lines: 2,
            fields: vec![],
            resources: None,
        },
        Block::Sources { heading: text },
    ];
    template
}

/// Text without markup characters (markup is checked when a template loads).
fn any_text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[^*{}]{0,400}").expect("valid regex")
}

fn any_words() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        proptest::string::string_regex("[a-zA-Záéñ/.:-]{1,300}").expect("valid regex"),
        0..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_text_stays_inside_its_column(text in any_text(), words in any_words(), large_print: bool, a4: bool) {
        let (_, mut profile) = common::golden();
        profile.resources[1].notes = Some(text.clone());
        let template = template_with(text, words);
        let options = common::page_options(if a4 { Paper::A4 } else { Paper::Letter }, large_print);
        let resolved = compose(&template,
        &template.review, &profile, &options).expect("composes");
        let document = layout(&resolved, &options);
        let style = LayoutStyle::for_format(common::format(large_print));
        prop_assert!(!document.pages.is_empty());
        for page in &document.pages {
            let right = page.width - style.margin_x + 0.01;
            for item in &page.items {
                if let PageItem::Text(run) = item {
                    prop_assert!(run.x >= style.margin_x - 0.01, "run starts left of the margin: {run:?}");
                    prop_assert!(run.x + run.width <= right, "run ends past the margin: {run:?}");
                    prop_assert!(run.y > 0.0 && run.y <= page.height - style.footer_baseline_from_bottom + 0.01, "run below the footer line: {run:?}");
                }
            }
        }
    }
}
