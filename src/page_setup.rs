//! How a handout is printed: the paper, and the print format the pages are
//! laid out in.
//!
//! This sits at the bottom of the crate, below `compose` and `layout`, so that
//! the handout options can name a page setup without `compose` importing
//! `layout`. Every `match` on [`PrintFormat`] is exhaustive on purpose: adding a
//! format (a wallet card, say) makes the compiler list each place that must
//! decide how to print it.

/// Paper sizes the handouts print on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    #[default]
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

impl Paper {
    /// Every paper size, in the order menus offer them.
    pub const ALL: [Paper; 2] = [Paper::Letter, Paper::A4];

    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (595.28, 841.89),
        }
    }

    /// The name used on the command line, in settings and in the export log.
    pub fn name(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }

    /// The name shown to a person choosing it.
    pub fn label(self) -> &'static str {
        match self {
            Paper::Letter => "Letter",
            Paper::A4 => "A4",
        }
    }
}

/// The print format: which type sizes and spacing the pages are laid out with.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum PrintFormat {
    /// Body text at 12 pt on full pages.
    #[default]
    Standard,
    /// Body text at 18 pt or more, for readers with low vision, reflowed onto
    /// more pages.
    LargePrint,
    /// A sheet of eight credit-card-size cards, fronts and backs, cut out
    /// along crop marks: the lines to call, and the safety plan or the
    /// overdose steps (see `layout::card`).
    WalletCard,
}

impl PrintFormat {
    /// Every print format, in the order menus offer them. Keep in step with
    /// [`PrintFormat::position`] (a test checks).
    pub const ALL: [PrintFormat; 3] = [
        PrintFormat::Standard,
        PrintFormat::LargePrint,
        PrintFormat::WalletCard,
    ];

    /// Where this format stands in [`PrintFormat::ALL`]: an exhaustive match,
    /// so a new format cannot be forgotten there.
    pub fn position(self) -> usize {
        match self {
            PrintFormat::Standard => 0,
            PrintFormat::LargePrint => 1,
            PrintFormat::WalletCard => 2,
        }
    }

    /// The name used on the command line (`--layout`).
    pub fn name(self) -> &'static str {
        match self {
            PrintFormat::Standard => "standard",
            PrintFormat::LargePrint => "large-print",
            PrintFormat::WalletCard => "wallet-card",
        }
    }

    /// The name shown to a person choosing it.
    pub fn label(self) -> &'static str {
        match self {
            PrintFormat::Standard => "Standard",
            PrintFormat::LargePrint => "Large print",
            PrintFormat::WalletCard => "Wallet cards",
        }
    }

    /// Whether this is large print: what records made before print formats
    /// (a desk's saved options, old log lines) said with `large_print`.
    pub fn is_large_print(self) -> bool {
        match self {
            PrintFormat::Standard | PrintFormat::WalletCard => false,
            PrintFormat::LargePrint => true,
        }
    }
}

/// The paper and the print format of one handout.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(default)]
pub struct PageSetup {
    /// The paper size.
    pub paper: Paper,
    /// How the pages are laid out on it.
    pub format: PrintFormat,
}

impl PageSetup {
    /// `format` on `paper`.
    pub fn new(paper: Paper, format: PrintFormat) -> Self {
        Self { paper, format }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_format_once_in_position_order() {
        for (i, format) in PrintFormat::ALL.into_iter().enumerate() {
            assert_eq!(format.position(), i, "{format:?}");
        }
    }

    #[test]
    fn names_are_distinct() {
        let names: Vec<&str> = PrintFormat::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(names, ["standard", "large-print", "wallet-card"]);
        let papers: Vec<&str> = Paper::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(papers, ["letter", "a4"]);
    }
}
