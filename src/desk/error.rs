//! Why something a desk was asked to do did not happen.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::clinic::handout_log::LogError;
use crate::clinic::pack::PackError;
use crate::clinic::sign_off::SignOffError;
use crate::export::ExportError;
use crate::problem::Problem;
use crate::storage::StorageError;

/// What the checks before an action refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Writing the PDF.
    Export,
    /// Signing the text off.
    Approve,
    /// Putting a clinic template in a clinic pack.
    PackTemplate,
    /// Putting the clinic profile in a clinic pack.
    PackProfile,
}

/// Why a desk operation failed. Nothing was changed unless it says so.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// No folder to keep clinic data in.
    #[error("there is no folder to keep the clinic's data in; set HANDOUT_DESK_DATA_DIR")]
    NoStorage,
    /// No template with this id.
    #[error(
        "there is no template with the id `{id}`{}\n  hint: use one of: {known}",
        closest.as_ref().map_or_else(String::new, |c| format!("; did you mean `{c}`?"))
    )]
    NoSuchTemplate {
        /// The id asked for.
        id: String,
        /// The ids there are.
        known: String,
        /// The known id closest to the one asked for, if any is close.
        closest: Option<String>,
    },
    /// The handout exists, but not in the language asked for. Never silently
    /// answered with another language: a clinician who asked for Spanish must
    /// not hand out English unawares. Signing off refuses; `export` prints the
    /// default language and says so.
    #[error(
        "there is no `{id}` handout in `{language}`; it comes in {available}\n  hint: choose one of those languages"
    )]
    NoSuchLanguage {
        /// The handout's id.
        id: String,
        /// The language asked for.
        language: String,
        /// The languages it comes in, e.g. "en-US (English), es-US (Español)".
        available: String,
    },
    /// A file declares this id but could not be loaded.
    #[error(
        "the template `{id}` in {} could not be loaded:\n{problems}\n  hint: fix the file; `handout-desk check {}` lists every problem",
        file.display(),
        file.display()
    )]
    NotLoaded {
        /// The id asked for.
        id: String,
        /// The file that declares it.
        file: PathBuf,
        /// The first problems in it, one a line.
        problems: String,
    },
    /// The template cannot be changed here.
    #[error("`{id}` is {where_}, so it cannot be changed on this desk\n  hint: {hint}")]
    ReadOnly {
        /// The template.
        id: String,
        /// Where it comes from.
        where_: &'static str,
        /// What to do instead.
        hint: &'static str,
    },
    /// The checks before an export, a sign-off or a pack found errors. Each
    /// problem names its field or block, for a screen to take the user there.
    #[error("{}", refusal(*action, id, problems))]
    Refused {
        /// What was refused.
        action: Refused,
        /// The template (or, for a pack, what was packed).
        id: String,
        /// What to fix: every error found, and the warnings beside them.
        problems: Vec<Problem>,
    },
    /// The typed folder is not one this computer can open.
    #[error(
        "{} is not a folder this computer can open\n  hint: check the path, or that the network share is connected",
        .0.display()
    )]
    NotAFolder(PathBuf),
    /// No shared folder is set.
    #[error("this desk reads no shared folder\n  hint: choose the shared templates folder first")]
    NoSharedFolder,
    /// The sign-off is incomplete.
    #[error(transparent)]
    SignOff(#[from] SignOffError),
    /// A file could not be saved or read.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The PDF could not be made or written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// A clinic pack could not be read or used.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// The handout log could not be read.
    #[error(transparent)]
    Log(#[from] LogError),
}

impl DeskError {
    /// The problems to fix, when the checks refused the action.
    pub fn problems(&self) -> &[Problem] {
        match self {
            DeskError::Refused { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// "`id` has problems to fix first:" and every error, one a line with its
/// place, rule and hint; then how many warnings there were besides.
fn refusal(action: Refused, id: &str, problems: &[Problem]) -> String {
    let mut out = match action {
        Refused::Export => format!("`{id}` has problems to fix first, so no PDF was made:"),
        Refused::Approve => {
            format!(
                "`{id}` has problems to fix before it can be approved, so nothing was signed off:"
            )
        }
        Refused::PackTemplate => format!(
            "template `{id}` has problems to fix first, so no pack was made (another desk would refuse the whole pack); fix it in the editor before packing:"
        ),
        Refused::PackProfile => "the clinic profile has problems to fix first, so no pack was made (another desk would refuse it); fix them in the desk app's \"Your clinic\" panel before packing:".to_string(),
    };
    for p in problems.iter().filter(|p| p.is_error()) {
        let _ = write!(out, "\n  {}", p.as_list_item());
    }
    out
}
