//! The choices made for one handout at the desk: its page setup and which of
//! the clinic's resources it leaves out.

use std::collections::BTreeSet;

use crate::page_setup::{PageSetup, Paper, PrintFormat};

/// Choices made for one handout at the desk.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "StoredOptions")]
pub struct HandoutOptions {
    /// The paper and the print format.
    pub page: PageSetup,
    /// Indexes into the profile's resources that this handout leaves out.
    pub excluded_resources: BTreeSet<usize>,
    /// A QR code beside each resource (and the clinic) with a website or phone,
    /// encoding the web address or number printed beside it.
    pub qr_codes: bool,
}

impl HandoutOptions {
    /// Printing with `page`, every resource included.
    pub fn with_page(page: PageSetup) -> Self {
        Self {
            page,
            ..Self::default()
        }
    }
}

/// Options as settings files hold them: today's `page`, or the `paper` and
/// `large_print` saved before print formats, so a desk's saved choices survive
/// the update.
#[derive(serde::Deserialize, Default)]
#[serde(default, rename = "HandoutOptions")]
struct StoredOptions {
    page: Option<PageSetup>,
    paper: Option<Paper>,
    large_print: Option<bool>,
    excluded_resources: BTreeSet<usize>,
    qr_codes: bool,
}

impl From<StoredOptions> for HandoutOptions {
    fn from(stored: StoredOptions) -> Self {
        let page = stored.page.unwrap_or_else(|| {
            let format = match stored.large_print {
                Some(true) => PrintFormat::LargePrint,
                Some(false) | None => PrintFormat::Standard,
            };
            PageSetup::new(stored.paper.unwrap_or_default(), format)
        });
        Self {
            page,
            excluded_resources: stored.excluded_resources,
            qr_codes: stored.qr_codes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read as settings files are: `Some` left implicit.
    fn read(text: &str) -> HandoutOptions {
        ron::from_str(&format!("#![enable(implicit_some)]\n{text}")).expect("reads")
    }

    #[test]
    fn options_saved_before_print_formats_keep_their_choices() {
        let old = read("HandoutOptions(paper: A4, large_print: true, excluded_resources: [1])");
        assert_eq!(old.page, PageSetup::new(Paper::A4, PrintFormat::LargePrint));
        assert_eq!(old.excluded_resources, BTreeSet::from([1]));
        assert_eq!(read("()"), HandoutOptions::default());
    }

    #[test]
    fn options_round_trip_as_settings_files_write_them() {
        let options = HandoutOptions::with_page(PageSetup::new(Paper::A4, PrintFormat::LargePrint));
        let text = crate::storage::to_ron_text(&options, "options").expect("writes");
        assert!(!text.contains("large_print"), "{text}");
        let back: HandoutOptions = ron::from_str(&text).expect("reads");
        assert_eq!(back, options);
    }
}
