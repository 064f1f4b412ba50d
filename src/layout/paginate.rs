//! Pours units onto pages, honouring `keep_with_next`.

use crate::layout::flow::Unit;

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

/// Places units on pages: for each page, (unit index, top y) in order.
///
/// A unit goes to a new page when it, together with the units it is kept with,
/// does not fit below the last one but would fit on an empty page. A group too
/// tall for any page is split where it must be, so nothing is ever dropped.
pub fn paginate(units: &[Unit], area: PageArea) -> Vec<Vec<(usize, f32)>> {
    let mut pages: Vec<Vec<(usize, f32)>> = vec![Vec::new()];
    let mut top = area.first_top;
    let mut y = top;
    let mut i = 0;
    while i < units.len() {
        let at_top = pages.last().is_none_or(Vec::is_empty);
        let unit = &units[i];
        let gap = if at_top { 0.0 } else { unit.gap_before };
        let group = group_height(units, i);
        let fits_alone = y + gap + unit.height <= area.bottom + 0.01;
        let group_fits = y + gap + group <= area.bottom + 0.01;
        let group_fits_page = group <= area.bottom - area.top + 0.01;
        if !at_top && (!fits_alone || (!group_fits && group_fits_page)) {
            pages.push(Vec::new());
            top = area.top;
            y = top;
            continue;
        }
        if let Some(page) = pages.last_mut() {
            page.push((i, y + gap));
        }
        y += gap + unit.height;
        i += 1;
    }
    pages
}

/// The height of unit `i` and every unit kept with it (gaps included).
fn group_height(units: &[Unit], i: usize) -> f32 {
    let mut height = units[i].height;
    let mut j = i;
    while units[j].keep_with_next && j + 1 < units.len() {
        j += 1;
        height += units[j].gap_before + units[j].height;
    }
    height
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(height: f32, keep: bool) -> Unit {
        Unit {
            height,
            keep_with_next: keep,
            ..Unit::default()
        }
    }

    const AREA: PageArea = PageArea {
        first_top: 0.0,
        top: 0.0,
        bottom: 100.0,
    };

    #[test]
    fn moves_a_kept_group_to_the_next_page() {
        // A heading (kept with the next line) that would sit at the page foot.
        let units = [unit(80.0, false), unit(10.0, true), unit(20.0, false)];
        let pages = paginate(&units, AREA);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[1][0].0, 1, "the heading moves with its text");
    }

    #[test]
    fn splits_a_group_too_tall_for_any_page() {
        let units = [unit(60.0, true), unit(60.0, true), unit(60.0, false)];
        let pages = paginate(&units, AREA);
        let placed: usize = pages.iter().map(Vec::len).sum();
        assert_eq!(placed, 3);
        for page in &pages {
            for &(i, y) in page {
                assert!(y + units[i].height <= 100.0);
            }
        }
    }
}
