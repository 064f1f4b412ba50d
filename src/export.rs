//! The whole pipeline in one call: template + profile + options → PDF file.
//!
//! Each step comes in two forms: the `_for_patient` one prints what was typed
//! with the patient ([`PatientEntries`], held in memory only) on the handout's
//! writing lines; the plain one prints blank lines, for the command line, the
//! quality checks and anything else that never sees a patient.
//!
//! Every step takes the review that holds for the template where it is printed
//! (`review`): the caller knows the clinic's sign-offs, the pipeline does not.

use std::path::Path;

use crate::compose::{ComposeError, HandoutOptions, PatientEntries, compose_for_patient};
use crate::date::Date;
use crate::layout::{LaidOutDocument, LayoutWarning, Paper, lay_out_wallet_cards, layout};
use crate::page_setup::{PageSetup, PrintFormat};
use crate::pdf::{PdfError, PdfOptions, save_pdf_atomically, write_pdf};
use crate::profile::ClinicProfile;
use crate::template::{Review, Template};

/// Why a handout could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The template could not be filled in from the profile.
    #[error(transparent)]
    Compose(#[from] ComposeError),
    /// The PDF could not be made or saved.
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

/// What an export produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSummary {
    /// Pages in the PDF.
    pub pages: usize,
    /// Size of the PDF in bytes.
    pub bytes: usize,
}

/// Composes and lays out a handout with blank writing lines: the pages the
/// preview shows and the PDF holds.
pub fn render(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
) -> Result<LaidOutDocument, ComposeError> {
    render_for_patient(template, review, profile, options, &PatientEntries::none())
}

/// Composes and lays out a handout with `patient`'s words on its writing lines.
pub fn render_for_patient(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    patient: &PatientEntries,
) -> Result<LaidOutDocument, ComposeError> {
    let resolved = compose_for_patient(template, review, profile, options, patient)?;
    Ok(match options.page.format {
        PrintFormat::Standard | PrintFormat::LargePrint => layout(&resolved, options),
        PrintFormat::WalletCard => lay_out_wallet_cards(&resolved, options.page.paper),
    })
}

/// Makes the PDF bytes of a handout with blank writing lines; `created` is
/// recorded as its date. Returns the bytes and the page count.
pub fn export_pdf(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    created: Date,
) -> Result<(Vec<u8>, usize), ExportError> {
    let none = PatientEntries::none();
    export_pdf_for_patient(template, review, profile, options, &none, created)
}

/// Makes the PDF bytes of a handout with `patient`'s words on its writing lines.
pub fn export_pdf_for_patient(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    patient: &PatientEntries,
    created: Date,
) -> Result<(Vec<u8>, usize), ExportError> {
    let document = render_for_patient(template, review, profile, options, patient)?;
    let bytes = write_pdf(&document, &PdfOptions { created })?;
    Ok((bytes, document.pages.len()))
}

/// Makes a handout's PDF with blank writing lines and writes it to `path`
/// atomically (see [`export_to_file_for_patient`]).
pub fn export_to_file(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    created: Date,
    path: &Path,
) -> Result<ExportSummary, ExportError> {
    let none = PatientEntries::none();
    export_to_file_for_patient(template, review, profile, options, &none, created, path)
}

/// Makes a handout's PDF with `patient`'s words and writes it to `path`
/// atomically: a failed export never leaves a half-written file, and an existing
/// file is replaced only on success. The words go into the PDF and nowhere else.
pub fn export_to_file_for_patient(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    options: &HandoutOptions,
    patient: &PatientEntries,
    created: Date,
    path: &Path,
) -> Result<ExportSummary, ExportError> {
    let (bytes, pages) =
        export_pdf_for_patient(template, review, profile, options, patient, created)?;
    save_pdf_atomically(&bytes, path)?;
    Ok(ExportSummary {
        pages,
        bytes: bytes.len(),
    })
}

/// Composes and lays out a sheet of wallet cards for `template` on `paper`,
/// with the safety plan in `patient`'s words where they were typed.
pub fn render_wallet_cards(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    paper: Paper,
    patient: &PatientEntries,
) -> Result<LaidOutDocument, ComposeError> {
    let options = HandoutOptions::with_page(PageSetup::new(paper, PrintFormat::WalletCard));
    render_for_patient(template, review, profile, &options, patient)
}

/// Makes the PDF bytes of a sheet of wallet cards (see [`render_wallet_cards`]);
/// returns them with the parts of the card that did not fit, which the caller
/// must show: they are printed whole and run past the card's edge.
pub fn export_wallet_cards_pdf(
    template: &Template,
    review: &Review,
    profile: &ClinicProfile,
    paper: Paper,
    patient: &PatientEntries,
    created: Date,
) -> Result<(Vec<u8>, Vec<LayoutWarning>), ExportError> {
    let document = render_wallet_cards(template, review, profile, paper, patient)?;
    let bytes = write_pdf(&document, &PdfOptions { created })?;
    Ok((bytes, document.warnings))
}
