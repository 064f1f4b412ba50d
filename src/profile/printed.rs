//! Which of the clinic's details and local resources a handout prints: what the
//! stale-resource check and the checks before an export look at.
//!
//! It follows what compose prints: the clinic's name, phone and website on every
//! handout ("From …"), its address where a block says `{clinic.address}`; the
//! resources of each category a Resources or FillIn block lists; crisis lines,
//! which the help band may print on any handout; and, for opioid and kratom
//! handouts in a country with no national treatment line, the treatment
//! providers the band offers instead.

use std::collections::BTreeSet;

use crate::helplines::national_lines;
use crate::problem::ClinicField;
use crate::profile::{ClinicProfile, ResourceId};
use crate::template::{Block, ResourceCategory, Template, Topic};

/// The resource categories `template` prints, with the first block (from 0)
/// that lists each, when a block does.
pub fn printed_categories(
    template: &Template,
    profile: &ClinicProfile,
) -> Vec<(ResourceCategory, Option<usize>)> {
    let mut out: Vec<(ResourceCategory, Option<usize>)> = Vec::new();
    let mut add = |category: ResourceCategory, block: Option<usize>| match out
        .iter_mut()
        .find(|(c, _)| *c == category)
    {
        Some((_, first)) => *first = first.or(block),
        None => out.push((category, block)),
    };
    // Resources blocks first: a category is listed there in full, so that is
    // the block a problem about one of its resources points at.
    for (i, block) in template.blocks.iter().enumerate() {
        if let Block::Resources { category, .. } = block {
            add(*category, Some(i));
        }
    }
    for (i, block) in template.blocks.iter().enumerate() {
        if let Block::FillIn {
            resources: Some(category),
            ..
        } = block
        {
            add(*category, Some(i));
        }
    }
    add(ResourceCategory::CrisisLine, None);
    let treatment_line = national_lines(&profile.country).and_then(|n| n.treatment);
    if matches!(template.topic, Topic::OpioidUseDisorder | Topic::Kratom)
        && treatment_line.is_none()
    {
        add(ResourceCategory::TreatmentProvider, None);
    }
    out
}

/// The resources (by index) that print on `template`'s handout, leaving out
/// those in `left_out`, each with the first block that lists its category.
pub fn printed_resources(
    template: &Template,
    profile: &ClinicProfile,
    left_out: &BTreeSet<ResourceId>,
) -> Vec<(usize, Option<usize>)> {
    let categories = printed_categories(template, profile);
    profile
        .resources
        .iter()
        .enumerate()
        .filter(|(_, r)| !left_out.contains(&r.id))
        .filter_map(|(i, r)| {
            let (_, block) = categories.iter().find(|(c, _)| *c == r.category)?;
            Some((i, *block))
        })
        .collect()
}

/// The clinic's own details that `template`'s handout prints.
pub fn printed_clinic_fields(template: &Template) -> Vec<ClinicField> {
    let mut fields = vec![
        ClinicField::Name,
        ClinicField::Country,
        ClinicField::Phone,
        ClinicField::Website,
    ];
    let address = template
        .blocks
        .iter()
        .any(|b| b.texts().iter().any(|t| t.contains("clinic.address")));
    if address {
        fields.push(ClinicField::Address);
    }
    fields
}
