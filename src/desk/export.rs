//! Exporting a handout: the checks first, then the PDF, then a line in the
//! handout log saying which text went out (never anything about the patient).

use std::path::Path;

use crate::clinic::handout_log::{self, LogEntry, LogError};
use crate::compose::{HandoutOptions, PatientEntries};
use crate::date::Date;
use crate::desk::preflight::{Preflight, preflight};
use crate::desk::{Desk, DeskError, Refused};
use crate::export::{ExportError, ExportSummary, export_pdf_for_patient};
use crate::pdf::save_pdf_atomically;
use crate::problem::Problem;
use crate::profile::ClinicProfile;
use crate::template::{LoadedTemplate, TemplateKey, content_hash};

/// One export: which handout, where, dated when, and what is typed on its lines.
#[derive(Debug, Clone, Copy)]
pub struct ExportJob<'a> {
    /// The template: its id and language.
    pub template: &'a TemplateKey,
    /// The PDF file to write (atomically: a failed export leaves what was there).
    pub path: &'a Path,
    /// The date printed in the PDF.
    pub created: Date,
    /// What was typed with the patient; printed on the writing lines, never
    /// logged or saved.
    pub patient: &'a PatientEntries,
    /// A profile to print with instead of the desk's (`--profile FILE`).
    pub profile: Option<&'a ClinicProfile>,
    /// Options to print with instead of the desk's for this handout.
    pub options: Option<&'a HandoutOptions>,
}

/// What an export did.
#[derive(Debug)]
pub struct Exported {
    /// Pages and bytes of the PDF.
    pub summary: ExportSummary,
    /// What the checks found that stops nothing (a stale resource, an overdue
    /// review, wording to look at).
    pub warnings: Vec<Problem>,
    /// Why the log line could not be written, if it could not; the PDF is saved.
    pub log_error: Option<LogError>,
}

/// Templates with at most this many blocks are checked and made at once, on two
/// threads; every real handout has well under 100.
const PARALLEL_BLOCKS: usize = 400;

/// The export refused by what `checked` found.
fn refused(job: &ExportJob<'_>, checked: Preflight) -> DeskError {
    DeskError::Refused {
        action: Refused::Export,
        id: job.template.id.clone(),
        problems: checked.problems,
    }
}

impl Desk {
    /// Checks handout `job.template` as it will print, and, when nothing
    /// stops it, writes the PDF and a line in the handout log.
    pub fn export(&self, job: &ExportJob<'_>) -> Result<Exported, DeskError> {
        let (loaded, options, made) = self.checked_pdf(job)?;
        save_pdf_atomically(&made.pdf, job.path).map_err(ExportError::from)?;
        let log_error = self.log_handout(loaded, &options);
        Ok(Exported {
            summary: ExportSummary {
                pages: made.pages,
                bytes: made.pdf.len(),
            },
            warnings: made.warnings,
            log_error,
        })
    }

    /// Checks handout `job.template` as `export` does and, when nothing stops
    /// it, makes the PDF in memory, for a caller that sends it on (printing).
    /// `job.path` is not written; log the handout with [`Desk::log_handout`]
    /// once it has really gone out.
    pub fn export_bytes(&self, job: &ExportJob<'_>) -> Result<Made, DeskError> {
        self.checked_pdf(job).map(|(_, _, made)| made)
    }

    /// The pre-flight, then the PDF in memory: what `export` and
    /// `export_bytes` share, with the template and options it was made with.
    fn checked_pdf(
        &self,
        job: &ExportJob<'_>,
    ) -> Result<(&LoadedTemplate, HandoutOptions, Made), DeskError> {
        let loaded = self.template(job.template)?;
        let profile = job.profile.unwrap_or(&self.profile);
        let options = job
            .options
            .cloned()
            .unwrap_or_else(|| self.options(&job.template.id));
        let template = &loaded.template;
        // The library holds the review that applies at this clinic: approved
        // only by a sign-off in the register.
        let make = || {
            export_pdf_for_patient(
                template,
                &template.review,
                profile,
                &options,
                job.patient,
                job.created,
            )
        };
        let check = || preflight(loaded, profile, &options, self.today);
        // The checks and the PDF do not depend on each other, so for a handout
        // of ordinary size the PDF is made on a second core while this one
        // checks (about a millisecond of the 8 an export takes); it only leaves
        // if the checks pass. A big template, or a system that will not start a
        // thread, goes one step after the other, so that a big one never holds
        // two layouts in memory at once.
        let at_once = (template.blocks.len() <= PARALLEL_BLOCKS)
            .then(|| {
                std::thread::scope(|scope| {
                    let pdf = std::thread::Builder::new().spawn_scoped(scope, make).ok()?;
                    let checked = check();
                    let made = pdf
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    Some((checked, made))
                })
            })
            .flatten();
        let (checked, made) = match at_once {
            Some(both) => both,
            None => {
                let checked = check();
                if !checked.is_clear() {
                    return Err(refused(job, checked));
                }
                (checked, make())
            }
        };
        if !checked.is_clear() {
            return Err(refused(job, checked));
        }
        let (pdf, pages) = made?;
        let made = Made {
            pdf,
            pages,
            warnings: checked.problems,
        };
        Ok((loaded, options, made))
    }

    /// Adds a line to the handout log saying which text went out, made as
    /// `options` say; the reason when it could not be written. Built without
    /// the patient's words, so it cannot hold them.
    pub fn log_handout(
        &self,
        loaded: &LoadedTemplate,
        options: &HandoutOptions,
    ) -> Option<LogError> {
        let template = &loaded.template;
        let entry = LogEntry::new(
            handout_log::utc_now(),
            template.id.clone(),
            template.version.clone(),
            content_hash(template),
            template.review.status,
            template.language.clone(),
            options.page,
        );
        self.storage
            .as_ref()
            .and_then(|s| handout_log::append(&s.handout_log_path(), &entry).err())
    }
}

/// A checked handout made in memory.
#[derive(Debug)]
pub struct Made {
    /// The PDF.
    pub pdf: Vec<u8>,
    /// Its pages.
    pub pages: usize,
    /// What the checks found that stops nothing.
    pub warnings: Vec<Problem>,
}
