//! What a clinic changed: a block-by-block comparison of two versions of a template.
//!
//! Blocks that stay the same are matched first (longest common subsequence); a
//! block found unchanged elsewhere counts as moved; a block of the same kind with
//! similar words counts as reworded; the rest were added or removed. Each change
//! says which sources the text lost or gained.

use std::collections::BTreeSet;

use crate::template::{Block, Source, Template};

/// How one block differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// The same text in the same order.
    Unchanged,
    /// New in the changed version.
    Added,
    /// Gone from the changed version.
    Removed,
    /// The same kind of block, with other words or sources.
    Reworded,
    /// The same text, somewhere else.
    Moved,
}

impl ChangeKind {
    /// A word for people.
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Unchanged => "Unchanged",
            ChangeKind::Added => "Added",
            ChangeKind::Removed => "Removed",
            ChangeKind::Reworded => "Reworded",
            ChangeKind::Moved => "Moved",
        }
    }
}

/// One block's change.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockChange {
    /// What happened.
    pub kind: ChangeKind,
    /// The block's place in the original (from 0), if it was there.
    pub before_index: Option<usize>,
    /// The block's place in the changed version (from 0), if it is there.
    pub after_index: Option<usize>,
    /// The block kind, e.g. `Paragraph`.
    pub block_kind: &'static str,
    /// The original text, when it was there.
    pub before: Option<String>,
    /// The new text, when it is there.
    pub after: Option<String>,
    /// Sources the original cited and the changed block no longer does.
    pub sources_lost: Vec<u32>,
    /// Sources the changed block cites and the original did not.
    pub sources_gained: Vec<u32>,
}

/// A change to the template's source list or its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// What changed, e.g. "title" or "source 3".
    pub field: String,
    /// Before, if it was there.
    pub before: Option<String>,
    /// After, if it is there.
    pub after: Option<String>,
}

/// Every difference between an original and a changed version.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateDiff {
    /// Block by block, in the changed version's order; removed blocks stand where they were.
    pub blocks: Vec<BlockChange>,
    /// Title, subtitle and source-list changes.
    pub fields: Vec<FieldChange>,
}

impl TemplateDiff {
    /// The changes other than unchanged blocks.
    pub fn changes(&self) -> impl Iterator<Item = &BlockChange> {
        self.blocks
            .iter()
            .filter(|c| c.kind != ChangeKind::Unchanged)
    }

    /// Whether the two versions say the same thing.
    pub fn is_empty(&self) -> bool {
        self.changes().next().is_none() && self.fields.is_empty()
    }

    /// How many blocks of each kind of change, e.g. "2 reworded, 1 added".
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        for kind in [
            ChangeKind::Added,
            ChangeKind::Removed,
            ChangeKind::Reworded,
            ChangeKind::Moved,
        ] {
            let n = self.blocks.iter().filter(|c| c.kind == kind).count();
            if n > 0 {
                parts.push(format!("{n} {}", kind.label().to_lowercase()));
            }
        }
        if !self.fields.is_empty() {
            parts.push(format!("{} other", self.fields.len()));
        }
        if parts.is_empty() {
            "no changes".to_owned()
        } else {
            parts.join(", ")
        }
    }
}

/// The text of a block as one string, for showing and comparing.
pub fn block_text(block: &Block) -> String {
    block.texts().join("\n")
}

/// How `after` differs from `before`.
pub fn diff_templates(before: &Template, after: &Template) -> TemplateDiff {
    let mut diff = diff_blocks(&before.blocks, &after.blocks);
    diff.fields = field_changes(
        (&before.title, before.subtitle.as_deref(), &before.sources),
        (&after.title, after.subtitle.as_deref(), &after.sources),
    );
    diff
}

/// How a clinic copy differs from the original it was adapted from; `None` for a
/// template that is not a clinic copy.
pub fn diff_from_base(copy: &Template) -> Option<TemplateDiff> {
    let base = copy.adapted_from.as_ref()?;
    let mut diff = diff_blocks(&base.base_blocks, &copy.blocks);
    diff.fields = field_changes(
        (&base.base_title, None, &base.base_sources),
        (&copy.title, None, &copy.sources),
    );
    Some(diff)
}

fn field_changes(
    (title_a, sub_a, sources_a): (&str, Option<&str>, &[Source]),
    (title_b, sub_b, sources_b): (&str, Option<&str>, &[Source]),
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut change = |field: String, a: Option<String>, b: Option<String>| {
        if a != b {
            out.push(FieldChange {
                field,
                before: a,
                after: b,
            });
        }
    };
    change("title".into(), Some(title_a.into()), Some(title_b.into()));
    if sub_a.is_some() || sub_b.is_some() {
        change(
            "subtitle".into(),
            sub_a.map(Into::into),
            sub_b.map(Into::into),
        );
    }
    let ids: BTreeSet<u32> = sources_a.iter().chain(sources_b).map(|s| s.id).collect();
    for id in ids {
        let find = |list: &[Source]| {
            list.iter().find(|s| s.id == id).map(|s| match &s.url {
                Some(url) => format!("{} {url}", s.citation),
                None => s.citation.clone(),
            })
        };
        change(format!("source {id}"), find(sources_a), find(sources_b));
    }
    out
}

/// Compares two block lists.
pub fn diff_blocks(before: &[Block], after: &[Block]) -> TemplateDiff {
    let (n, m) = (before.len(), after.len());
    // Longest common subsequence of equal blocks.
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if before[i] == after[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut pair_of_after: Vec<Option<(usize, ChangeKind)>> = vec![None; m];
    let mut before_used = vec![false; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if before[i] == after[j] {
            pair_of_after[j] = Some((i, ChangeKind::Unchanged));
            before_used[i] = true;
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    // The same block elsewhere: moved.
    for j in 0..m {
        if pair_of_after[j].is_some() {
            continue;
        }
        if let Some(i) = (0..n).find(|&i| !before_used[i] && before[i] == after[j]) {
            pair_of_after[j] = Some((i, ChangeKind::Moved));
            before_used[i] = true;
        }
    }
    // The same kind with similar words: reworded. Nearest place first among equals.
    for j in 0..m {
        if pair_of_after[j].is_some() {
            continue;
        }
        let words_after = words(&after[j]);
        let best = (0..n)
            .filter(|&i| !before_used[i] && before[i].kind_name() == after[j].kind_name())
            .map(|i| (i, similarity(&words(&before[i]), &words_after)))
            .filter(|&(i, s)| s >= 0.3 || (i == j && same_slot(before, after, i, j)))
            .max_by(|a, b| {
                a.1.total_cmp(&b.1)
                    .then_with(|| b.0.abs_diff(j).cmp(&a.0.abs_diff(j)))
            });
        if let Some((i, _)) = best {
            pair_of_after[j] = Some((i, ChangeKind::Reworded));
            before_used[i] = true;
        }
    }

    // Order: the changed version's blocks, with each removed block placed just after
    // its nearest predecessor that stayed in place (moved blocks are no anchor).
    let mut keyed: Vec<(f64, BlockChange)> = Vec::new();
    for (j, pair) in pair_of_after.iter().enumerate() {
        let change = match *pair {
            Some((i, kind)) => change(kind, Some((i, &before[i])), Some((j, &after[j]))),
            None => change(ChangeKind::Added, None, Some((j, &after[j]))),
        };
        keyed.push((j as f64, change));
    }
    let after_of_before: Vec<Option<usize>> = (0..n)
        .map(|i| {
            pair_of_after
                .iter()
                .position(|p| p.is_some_and(|(bi, kind)| bi == i && kind != ChangeKind::Moved))
        })
        .collect();
    for i in (0..n).filter(|&i| !before_used[i]) {
        let anchor = (0..i)
            .rev()
            .find_map(|k| after_of_before[k])
            .map_or(-1.0, |a| a as f64);
        keyed.push((
            anchor + 0.5 + i as f64 * 1e-6,
            change(ChangeKind::Removed, Some((i, &before[i])), None),
        ));
    }
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    TemplateDiff {
        blocks: keyed.into_iter().map(|(_, c)| c).collect(),
        fields: Vec::new(),
    }
}

/// Whether blocks `i` and `j` sit between the same unchanged neighbours, so a
/// complete rewrite of one block in place still reads as reworded.
fn same_slot(before: &[Block], after: &[Block], i: usize, j: usize) -> bool {
    let prev_same = i == 0 || (j > 0 && before[i - 1] == after[j - 1]);
    let next_same = before.get(i + 1) == after.get(j + 1);
    prev_same && next_same
}

fn change(
    kind: ChangeKind,
    before: Option<(usize, &Block)>,
    after: Option<(usize, &Block)>,
) -> BlockChange {
    let cited = |b: Option<(usize, &Block)>| -> BTreeSet<u32> {
        b.map(|(_, b)| b.sources().iter().copied().collect())
            .unwrap_or_default()
    };
    let (was, now) = (cited(before), cited(after));
    let (lost, gained) = match kind {
        ChangeKind::Unchanged | ChangeKind::Moved => (Vec::new(), Vec::new()),
        _ => (
            was.difference(&now).copied().collect(),
            now.difference(&was).copied().collect(),
        ),
    };
    let block_kind = after.or(before).map_or("Block", |(_, b)| b.kind_name());
    BlockChange {
        kind,
        before_index: before.map(|(i, _)| i),
        after_index: after.map(|(j, _)| j),
        block_kind,
        before: before.map(|(_, b)| block_text(b)),
        after: after.map(|(_, b)| block_text(b)),
        sources_lost: lost,
        sources_gained: gained,
    }
}

fn words(block: &Block) -> BTreeSet<String> {
    block
        .texts()
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn similarity(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let shared = a.intersection(b).count() as f64;
    shared / a.union(b).count() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str, sources: &[u32]) -> Block {
        Block::Paragraph {
            text: text.into(),
            sources: sources.to_vec(),
        }
    }

    fn heading(text: &str) -> Block {
        Block::Heading {
            text: text.into(),
            keep_together: false,
        }
    }

    fn kinds(diff: &TemplateDiff) -> Vec<(ChangeKind, Option<usize>, Option<usize>)> {
        diff.blocks
            .iter()
            .map(|c| (c.kind, c.before_index, c.after_index))
            .collect()
    }

    #[test]
    fn finds_added_removed_reworded_and_moved_blocks() {
        let before = vec![
            heading("Naloxone"),
            para("Naloxone reverses an opioid overdose within minutes.", &[5]),
            heading("Treatment"),
            para("Methadone is given at a clinic.", &[1]),
            heading("Sources"),
        ];
        let after = vec![
            heading("Treatment"),
            heading("Naloxone"),
            para(
                "Naloxone reverses an opioid overdose, often within minutes.",
                &[5, 2],
            ),
            para("Walk-in hours are Monday to Friday, 8 a.m. to noon.", &[]),
            heading("Sources"),
        ];
        let diff = diff_blocks(&before, &after);
        use ChangeKind::*;
        assert_eq!(
            kinds(&diff),
            // Two readings are equally short; on a tie the original's order of
            // the later blocks is kept, so the earlier "Naloxone" heading moved.
            vec![
                (Unchanged, Some(2), Some(0)),
                (Removed, Some(3), None),
                (Moved, Some(0), Some(1)),
                (Reworded, Some(1), Some(2)),
                (Added, None, Some(3)),
                (Unchanged, Some(4), Some(4)),
            ]
        );
        let reworded = &diff.blocks[3];
        assert_eq!(reworded.sources_gained, vec![2]);
        assert!(reworded.sources_lost.is_empty());
        assert_eq!(
            diff.blocks[1].sources_lost,
            vec![1],
            "removed text loses its source"
        );
        assert_eq!(diff.summary(), "1 added, 1 removed, 1 reworded, 1 moved");
    }

    #[test]
    fn identical_lists_have_no_changes() {
        let blocks = vec![heading("A"), para("B", &[1])];
        let diff = diff_blocks(&blocks, &blocks);
        assert!(diff.is_empty());
        assert_eq!(diff.summary(), "no changes");
    }

    #[test]
    fn a_rewrite_in_place_is_reworded_not_added() {
        let before = vec![heading("A"), para("Old words here.", &[1]), heading("C")];
        let after = vec![
            heading("A"),
            para("Completely new text.", &[1]),
            heading("C"),
        ];
        let diff = diff_blocks(&before, &after);
        assert_eq!(diff.blocks[1].kind, ChangeKind::Reworded);
    }
}
