//! The whole pipeline in one call: template + profile + options → PDF file.

use std::path::Path;

use crate::compose::{ComposeError, HandoutOptions, compose};
use crate::date::Date;
use crate::layout::{LaidOutDocument, layout};
use crate::pdf::{PdfError, PdfOptions, save_pdf_atomically, write_pdf};
use crate::profile::ClinicProfile;
use crate::template::Template;

/// Why a handout could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The template could not be filled in from the profile.
    #[error(transparent)]
    Compose(#[from] ComposeError),
    /// The PDF could not be made or saved.
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The template has problems to fix first (a clinic template being edited).
    #[error("the template has problems to fix first: {0}")]
    NeedsFixing(String),
}

/// What an export produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSummary {
    /// Pages in the PDF.
    pub pages: usize,
    /// Size of the PDF in bytes.
    pub bytes: usize,
}

/// Composes and lays out a handout: the pages the preview shows and the PDF holds.
pub fn render(
    template: &Template,
    profile: &ClinicProfile,
    options: &HandoutOptions,
) -> Result<LaidOutDocument, ComposeError> {
    let resolved = compose(template, profile, options)?;
    Ok(layout(&resolved, options))
}

/// Makes the PDF bytes of a handout; `created` is recorded as its date.
pub fn export_pdf(
    template: &Template,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    created: Date,
) -> Result<(Vec<u8>, usize), ExportError> {
    let document = render(template, profile, options)?;
    let bytes = write_pdf(&document, &PdfOptions { created })?;
    Ok((bytes, document.pages.len()))
}

/// Makes a handout's PDF and writes it to `path` atomically: a failed export never
/// leaves a half-written file, and an existing file is replaced only on success.
pub fn export_to_file(
    template: &Template,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    created: Date,
    path: &Path,
) -> Result<ExportSummary, ExportError> {
    let (bytes, pages) = export_pdf(template, profile, options, created)?;
    save_pdf_atomically(&bytes, path)?;
    Ok(ExportSummary {
        pages,
        bytes: bytes.len(),
    })
}
