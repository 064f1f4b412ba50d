//! TEMPORARY STUB: replaced by the real PDF writer.
#![allow(missing_docs, clippy::all)]
use std::path::Path;
use crate::layout::LaidOutDocument;
use crate::date::Date;
#[derive(Debug, Clone)]
pub struct PdfOptions { pub created: Date }
#[derive(Debug, thiserror::Error)]
#[error("pdf")]
pub struct PdfError;
pub fn write_pdf(_doc: &LaidOutDocument, _o: &PdfOptions) -> Result<Vec<u8>, PdfError> { Ok(b"%PDF-stub".to_vec()) }
pub fn save_pdf_atomically(bytes: &[u8], path: &Path) -> Result<(), PdfError> { std::fs::write(path, bytes).map_err(|_| PdfError) }
