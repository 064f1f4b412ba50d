//! Handout Desk: vetted patient-education handouts to print-ready PDFs.
//!
//! The pipeline, one module per stage:
//! [`template`] + [`profile`] + options → [`compose`] (resolved handout) →
//! [`layout`] (pages of positioned text and shapes) → [`pdf`] (bytes on disk),
//! and the same laid-out pages painted by the desk app's preview.
//! [`export`] runs the whole pipeline; [`cli`] is the command line.

pub mod app;
pub mod cli;
pub mod clinic;
pub mod compose;
pub mod date;
pub mod diagnostic;
pub mod export;
pub mod fonts;
pub mod fs_safe;
pub mod helplines;
pub mod layout;
pub mod page_setup;
pub mod pdf;
pub mod profile;
pub mod quality;
pub mod storage;
pub mod strings;
pub mod template;
