//! Pours units onto pages, honouring how firmly each unit holds on to the next.
//!
//! Units joined by holds form a chain that goes to a new page when it does not
//! fit below what came before. A chain too tall for any page is split, but not
//! anywhere: its weakest holds give way first (a keep-together section lets go
//! of its blocks before a steps list lets go of its steps, before a heading lets
//! go of its first line), and it starts where it is, so no page is left half
//! empty. Chain ends and heights are precomputed, so this is linear in the units.

use crate::layout::flow::{Keep, Unit};

/// The page area units may fill.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageArea {
    /// Where content starts on the first page.
    pub first_top: f32,
    /// Where content starts on later pages (below the running header).
    pub top: f32,
    /// Where content must end.
    pub bottom: f32,
}

/// Lets heights that agree to a hundredth of a point count as fitting.
const SLACK: f32 = 0.01;

/// Places units on pages: for each page, (unit index, top y) in order.
///
/// Nothing is ever dropped: a single unit taller than the page is placed anyway.
pub fn paginate(units: &[Unit], area: PageArea) -> Vec<Vec<(usize, f32)>> {
    let chains = Chains::new(units);
    let page_height = area.bottom - area.top;
    let mut pages: Vec<Vec<(usize, f32)>> = vec![Vec::new()];
    let mut y = area.first_top;
    // Chains found too tall, innermost last: (last unit, the level honoured
    // inside it). Level `k` honours holds of `Keep::HOLDS[k]` or firmer; the
    // level past the last honours none.
    let mut split: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < units.len() {
        while split.last().is_some_and(|&(end, _)| end < i) {
            split.pop();
        }
        let mut level = split.last().map_or(0, |&(_, level)| level);
        let mut height = chains.height(i, level);
        while height > page_height + SLACK && level < Keep::HOLDS.len() {
            split.push((chains.end(i, level), level + 1));
            level += 1;
            height = chains.height(i, level);
        }
        let at_top = pages.last().is_none_or(Vec::is_empty);
        let gap = if at_top { 0.0 } else { units[i].gap_before };
        if !at_top && y + gap + height > area.bottom + SLACK {
            pages.push(Vec::new());
            y = area.top;
            continue;
        }
        if let Some(page) = pages.last_mut() {
            page.push((i, y + gap));
        }
        y += gap + units[i].height;
        i += 1;
    }
    pages
}

/// For each unit and hold level, where the chain starting there ends and how
/// tall it is.
struct Chains {
    /// `ends[k][i]`: the last unit held to unit `i` by holds of `Keep::HOLDS[k]` or firmer.
    ends: [Vec<usize>; Keep::HOLDS.len()],
    /// `before[i]`: the total gap and height of units `0..i`.
    before: Vec<f32>,
    gaps: Vec<f32>,
    heights: Vec<f32>,
}

impl Chains {
    fn new(units: &[Unit]) -> Self {
        let n = units.len();
        let ends = Keep::HOLDS.map(|level| {
            let mut end = vec![0; n];
            for i in (0..n).rev() {
                end[i] = if units[i].keep >= level && i + 1 < n {
                    end[i + 1]
                } else {
                    i
                };
            }
            end
        });
        let mut before = Vec::with_capacity(n + 1);
        let mut total = 0.0;
        before.push(total);
        for u in units {
            total += u.gap_before + u.height;
            before.push(total);
        }
        Self {
            ends,
            before,
            gaps: units.iter().map(|u| u.gap_before).collect(),
            heights: units.iter().map(|u| u.height).collect(),
        }
    }

    /// The last unit of the chain that starts at `i` at `level` (unit `i` itself
    /// past the last level).
    fn end(&self, i: usize, level: usize) -> usize {
        self.ends.get(level).map_or(i, |ends| ends[i])
    }

    /// The height of that chain, leaving out the gap above its first unit.
    fn height(&self, i: usize, level: usize) -> f32 {
        let end = self.end(i, level);
        if end == i {
            return self.heights[i];
        }
        self.before[end + 1] - self.before[i] - self.gaps[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(height: f32, keep: Keep) -> Unit {
        Unit {
            height,
            keep,
            ..Unit::default()
        }
    }

    const AREA: PageArea = PageArea {
        first_top: 0.0,
        top: 0.0,
        bottom: 100.0,
    };

    fn pages_of(units: &[Unit]) -> Vec<Vec<usize>> {
        paginate(units, AREA)
            .into_iter()
            .map(|p| p.into_iter().map(|(i, _)| i).collect())
            .collect()
    }

    #[test]
    fn moves_a_kept_group_to_the_next_page() {
        // A heading (kept with the next line) that would sit at the page foot.
        let units = [
            unit(80.0, Keep::Free),
            unit(10.0, Keep::Lines),
            unit(20.0, Keep::Free),
        ];
        assert_eq!(pages_of(&units), [vec![0], vec![1, 2]]);
    }

    #[test]
    fn splits_a_group_too_tall_for_any_page() {
        let units = [
            unit(60.0, Keep::Block),
            unit(60.0, Keep::Block),
            unit(60.0, Keep::Free),
        ];
        let pages = paginate(&units, AREA);
        let placed: usize = pages.iter().map(Vec::len).sum();
        assert_eq!(placed, 3);
        for page in &pages {
            for &(i, y) in page {
                assert!(y + units[i].height <= 100.0);
            }
        }
    }

    #[test]
    fn a_section_too_tall_lets_go_of_its_blocks_but_keeps_each_block_whole() {
        // A section of three blocks of 40 (each two units held as a block),
        // starting below 30 points of other text.
        let mut units = vec![unit(30.0, Keep::Free)];
        for _ in 0..3 {
            units.push(unit(20.0, Keep::Block));
            units.push(unit(20.0, Keep::Section));
        }
        units.last_mut().expect("units").keep = Keep::Free;
        // The section starts on page 1 where it is; the blocks stay whole.
        assert_eq!(pages_of(&units), [vec![0, 1, 2], vec![3, 4, 5, 6]]);
    }

    #[test]
    fn a_split_chain_fills_the_page_before_it_breaks() {
        // 15 units of 10 held as one block: page 1 takes 10 of them, not fewer.
        let mut units: Vec<Unit> = (0..15).map(|_| unit(10.0, Keep::Block)).collect();
        units[14].keep = Keep::Free;
        let pages = pages_of(&units);
        assert_eq!(pages[0].len(), 10);
        assert_eq!(pages[1].len(), 5);
    }
}
