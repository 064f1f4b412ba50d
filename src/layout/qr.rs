//! QR codes beside a resource's (or the clinic's) words, with `--qr`.
//!
//! A code encodes one target printed in words beside it: the web address when
//! there is one (long to type), otherwise the phone number. It is at least 2 cm
//! square, error correction level M, with a quiet zone of four modules that
//! nothing is drawn in; the words beside it are laid out in a narrower column and
//! the entry is made at least as tall as the code with its quiet zone, so the
//! code moves with its entry and never splits from it. In a fill-in (a safety
//! plan that must fit one page) the code stands instead at the foot of its
//! entry, beside the lines to write on, so the entry's words are not narrowed.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

use crate::compose::Span;
use crate::layout::flow::{FlowBuilder, Unit};
use crate::layout::page::{PageItem, QrSymbol};

/// Air between the words and a code's quiet zone.
const AIR: f32 = 6.0;

/// The smallest side of a symbol (without its quiet zone): 2 cm in points.
pub const MIN_SIDE: f32 = 72.0 * 20.0 / 25.4;

/// The target a QR code beside `text` encodes: its first `https:` link, or
/// failing that its first `tel:` link.
pub fn target(text: &[Span]) -> Option<&str> {
    let links = || text.iter().filter_map(|s| s.link.as_deref());
    links()
        .find(|l| l.starts_with("https:"))
        .or_else(|| links().find(|l| l.starts_with("tel:")))
}

/// The symbol for `target` at (0, 0), error correction exactly M (not raised
/// where a higher level would fit, so every code reads the same way); `None` if
/// the target is too long for any QR code.
pub fn symbol(target: &str) -> Option<QrSymbol> {
    let segments = QrSegment::make_segments(target);
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        None,
        false,
    )
    .ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let dark = (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    // Whole hundredths of a point, rounded up: the writer's precision, and
    // never under 2 cm.
    let module = (MIN_SIDE / size as f32 * 100.0).ceil() / 100.0;
    Some(QrSymbol {
        x: 0.0,
        y: 0.0,
        module,
        size,
        dark,
        target: target.to_owned(),
    })
}

impl FlowBuilder {
    /// Builds what `build` adds in a column narrowed on the right for a QR code
    /// of `target` (with `--qr` and a target), the code beside it at the top
    /// (or, `at_bottom`, beside the last lines, where a taller block prints its
    /// target), the last unit made tall enough for the code and its quiet zone.
    /// Without a code, `build` runs in the full column.
    pub(super) fn beside_qr(
        &mut self,
        target: Option<&str>,
        at_bottom: bool,
        build: impl FnOnce(&mut Self),
    ) {
        let symbol = target.filter(|_| self.qr_codes).and_then(symbol);
        let Some(mut symbol) = symbol else {
            build(self);
            return;
        };
        let footprint = symbol.side() + 2.0 * symbol.quiet();
        let first = self.units.len();
        let saved = self.width;
        // A little air between the words and the quiet zone.
        self.width -= footprint + AIR;
        build(self);
        self.width = saved;
        symbol.x = self.left + self.width - symbol.quiet() - symbol.side();
        let units = self.units.get_mut(first..).unwrap_or_default();
        let height: f32 = units.iter().map(|u| u.height).sum::<f32>()
            + units.iter().skip(1).map(|u| u.gap_before).sum::<f32>();
        // The bottom of the first line printing the target: a code at the top
        // comes down (the words beside it are all narrowed) until that line is
        // beside it, when many lines of words come before it.
        let mut top = 0.0;
        let mut target_bottom = None;
        for (i, unit) in units.iter().enumerate() {
            if i > 0 {
                top += unit.gap_before;
            }
            top += unit.height;
            let prints_target = unit
                .items
                .iter()
                .any(|item| matches!(item, PageItem::Link(l) if l.uri == symbol.target));
            if prints_target && target_bottom.is_none() {
                target_bottom = Some(top);
            }
        }
        let code_top = if at_bottom {
            (height - footprint).max(0.0)
        } else {
            target_bottom.map_or(0.0, |bottom| (bottom - footprint).max(0.0))
        };
        // Drawn after the words (in the last unit, which the entry keeps on the
        // same page), so that no text object or marked content is split for it.
        let above_last = height - units.last().map_or(0.0, |u| u.height);
        symbol.y = code_top + symbol.quiet() - above_last;
        if let Some(Unit {
            items, height: h, ..
        }) = units.last_mut()
        {
            *h += (code_top + footprint - height).max(0.0);
            items.push(PageItem::Qr(symbol));
        }
    }
}

impl FlowBuilder {
    /// Builds `words` (a resource entry) in the full column, then `foot` (lines
    /// to write on) narrowed for a QR code of `target` (with `--qr` and a
    /// target), the code beside the foot of the run: beside the ruled lines and
    /// as far up beside the words as it reaches. Words are not narrowed, so the
    /// code costs a must-fit group (a safety plan) no wrapped line and no
    /// height. Where a line of words would reach into the code's quiet zone the
    /// code moves down below it, and the last unit grows to hold the code, so
    /// that the code is measured as it is drawn. The code must still stand by
    /// its words: if it would start more than a line below them, the run is
    /// built again as [`Self::beside_qr`] builds it (code at the top, words
    /// narrowed).
    pub(super) fn beside_qr_at_foot(
        &mut self,
        target: Option<&str>,
        words: impl Fn(&mut Self),
        foot: impl Fn(&mut Self),
    ) {
        let symbol = target.filter(|_| self.qr_codes).and_then(symbol);
        let Some(mut symbol) = symbol else {
            words(self);
            foot(self);
            return;
        };
        // What building adds to, kept to build again if the code cannot stand
        // by its words at the foot.
        let first = self.units.len();
        let saved = (self.structure.clone(), self.groups.len(), self.next_frame);
        let footprint = symbol.side() + 2.0 * symbol.quiet();
        words(self);
        let foot_first = self.units.len();
        let width = self.width;
        self.width -= footprint + AIR;
        foot(self);
        self.width = width;
        // Where the words must end to leave the quiet zone and its air clear.
        let clear = self.left + self.width - footprint - AIR;
        symbol.x = self.left + self.width - symbol.quiet() - symbol.side();
        let units = self.units.get_mut(first..).unwrap_or_default();
        // The top of each unit from the top of the first; the lowest bottom of
        // a unit of words reaching past `clear`, and of one printing the target.
        let mut top = 0.0;
        let mut tops = Vec::with_capacity(units.len());
        let mut below_words: f32 = 0.0;
        let mut below_target = None;
        for (i, unit) in units.iter().enumerate() {
            if i > 0 {
                top += unit.gap_before;
            }
            tops.push(top);
            if first + i < foot_first {
                for item in &unit.items {
                    match item {
                        PageItem::Text(run) if run.x + run.width > clear => {
                            below_words = top + unit.height;
                        }
                        PageItem::Link(link) if link.uri == symbol.target => {
                            below_target = Some((top + unit.height, unit.height));
                        }
                        _ => {}
                    }
                }
            }
            top += unit.height;
        }
        let height = top;
        let code_top = (height - footprint).max(below_words).max(0.0);
        // By its words: the code starts no more than a line below them.
        if below_target.is_none_or(|(bottom, line)| code_top > bottom + line) {
            let (structure, groups, next_frame) = saved;
            self.units.truncate(first);
            self.structure = structure;
            self.groups.truncate(groups);
            self.next_frame = next_frame;
            self.beside_qr(target, false, |this| {
                words(this);
                foot(this);
            });
            return;
        }
        let above_last = tops.last().copied().unwrap_or(0.0);
        symbol.y = code_top + symbol.quiet() - above_last;
        if let Some(Unit {
            items, height: h, ..
        }) = units.last_mut()
        {
            *h += (code_top + footprint - height).max(0.0);
            items.push(PageItem::Qr(symbol));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_at_least_2_cm_at_level_m() {
        for target in [
            "tel:+15550102000",
            "https://riverside.example/help/after-hours",
        ] {
            let qr = symbol(target).unwrap();
            assert!(qr.side() >= MIN_SIDE && qr.side() < MIN_SIDE + 0.01 * qr.size as f32);
            let expected = QrCode::encode_segments_advanced(
                &QrSegment::make_segments(target),
                QrCodeEcc::Medium,
                Version::MIN,
                Version::MAX,
                None,
                false,
            )
            .unwrap();
            assert_eq!(qr.size as i32, expected.size());
            assert_eq!(qr.dark.iter().filter(|d| **d).count(), {
                let n = expected.size();
                (0..n * n)
                    .filter(|i| expected.get_module(i % n, i / n))
                    .count()
            });
        }
    }

    #[test]
    fn the_web_address_wins_over_the_phone() {
        let entry = [
            Span::plain("Call "),
            Span::link("(555) 010-2000", "tel:+15550102000"),
            Span::plain(" · "),
            Span::link("riverside.example", "https://riverside.example"),
        ];
        assert_eq!(target(&entry), Some("https://riverside.example"));
        assert_eq!(target(&entry[..2]), Some("tel:+15550102000"));
        assert_eq!(target(&[Span::plain("Walk in")]), None);
    }

    #[test]
    fn runs_cover_exactly_the_dark_modules() {
        let qr = symbol("tel:988").unwrap();
        let mut covered = vec![false; qr.size * qr.size];
        for (row, column, length) in qr.runs() {
            for c in column..column + length {
                assert!(!covered[row * qr.size + c]);
                covered[row * qr.size + c] = true;
            }
        }
        assert_eq!(covered, qr.dark);
    }
}
