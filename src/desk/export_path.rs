//! Where the desk app puts an exported PDF: the name it suggests, the folder it
//! offers, and what a typed path means (a folder gets the suggested name; a
//! name without `.pdf` gets it). The command line writes exactly where `--out`
//! says and does not use this.

use std::path::{Path, PathBuf};

use crate::date::Date;

/// A file name such as `kratom-risks_riverside-community-clinic_2026-11-22.pdf`.
pub fn default_file_name(template_id: &str, clinic_name: &str, date: Date) -> String {
    let clinic = slug(clinic_name);
    let template = slug(template_id);
    match (template.is_empty(), clinic.is_empty()) {
        (_, true) => format!("{template}_{date}.pdf"),
        _ => format!("{template}_{clinic}_{date}.pdf"),
    }
}

/// Lower-case ASCII words joined by hyphens, at most 48 characters; common
/// accented letters lose their accents.
fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for ch in text.chars().flat_map(char::to_lowercase) {
        let plain = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        };
        if plain.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(plain);
        } else if plain != '\'' && plain != '’' {
            pending_hyphen = true;
        }
        if out.len() >= 48 {
            break;
        }
    }
    out
}

/// The folder to offer: the last one used if it still exists, else Documents,
/// else the home folder, else the current folder.
pub fn default_export_dir(last_used: Option<&Path>) -> PathBuf {
    if let Some(dir) = last_used.filter(|d| d.is_dir()) {
        return dir.to_path_buf();
    }
    let Some(user) = directories::UserDirs::new() else {
        return PathBuf::from(".");
    };
    // Without XDG user-dirs settings `document_dir` is None even when
    // ~/Documents exists, so look for that too.
    let home = user.home_dir();
    [
        user.document_dir().map(Path::to_path_buf),
        Some(home.join("Documents")),
    ]
    .into_iter()
    .flatten()
    .find(|d| d.is_dir())
    .unwrap_or_else(|| home.to_path_buf())
}

/// Why a typed path cannot take the PDF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The folder {} does not exist. Choose another folder; nothing was saved.", .0.display())]
pub struct MissingFolder(pub PathBuf);

/// The PDF file a typed path means: relative to `folder`; a folder gets
/// `suggested_name`; a name without `.pdf` gets it. The folder must exist.
pub fn resolve_export_path(
    typed: &Path,
    folder: &Path,
    suggested_name: &str,
) -> Result<PathBuf, MissingFolder> {
    let mut path = if typed.is_relative() {
        folder.join(typed)
    } else {
        typed.to_path_buf()
    };
    if path.is_dir() {
        path = path.join(suggested_name);
    }
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
    {
        path.as_mut_os_string().push(".pdf");
    }
    match path.parent().filter(|p| !p.is_dir()) {
        Some(parent) => Err(MissingFolder(parent.to_path_buf())),
        None => Ok(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_template_clinic_and_date() {
        let date = Date::parse("2026-11-22").unwrap();
        assert_eq!(
            default_file_name("kratom-risks", "Riverside Community Clinic", date),
            "kratom-risks_riverside-community-clinic_2026-11-22.pdf"
        );
        assert_eq!(
            default_file_name("self-harm-support", "Clínica San José / Norte", date),
            "self-harm-support_clinica-san-jose-norte_2026-11-22.pdf"
        );
        assert_eq!(
            default_file_name("moud-medicines", "  ", date),
            "moud-medicines_2026-11-22.pdf"
        );
        assert_eq!(slug("St. Mary's Health"), "st-marys-health");
    }

    #[test]
    fn default_folder_exists() {
        assert!(default_export_dir(None).is_dir() || default_export_dir(None) == Path::new("."));
        let here = std::env::temp_dir();
        assert_eq!(default_export_dir(Some(&here)), here);
    }

    #[test]
    fn a_typed_path_becomes_a_pdf_in_a_folder_that_exists() {
        let here = std::env::temp_dir();
        assert_eq!(
            resolve_export_path(Path::new("k"), &here, "x.pdf"),
            Ok(here.join("k.pdf"))
        );
        assert_eq!(
            resolve_export_path(&here, &here, "x.pdf"),
            Ok(here.join("x.pdf"))
        );
        let missing = here.join("no-such-folder-for-handout-desk");
        assert_eq!(
            resolve_export_path(&missing.join("k.pdf"), &here, "x.pdf"),
            Err(MissingFolder(missing))
        );
    }
}
