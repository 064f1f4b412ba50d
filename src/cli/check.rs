//! `check`: validates template and profile files, reporting every problem at once.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Severity};
use crate::profile::{parse_profile, validate_profile};
use crate::template::load::{EXAMPLE_PROFILE, SHIPPED, read_text_file};
use crate::template::parse_template;

/// What kind of file a `.ron` file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Template,
    Profile,
}

/// Checks `paths` (files or folders; the shipped templates and example profile
/// when empty) and prints every problem. Returns whether there were no errors.
pub fn check_paths(paths: &[PathBuf], out: &mut impl Write) -> std::io::Result<bool> {
    let mut files: Vec<(PathBuf, Result<String, Diagnostic>)> = Vec::new();
    if paths.is_empty() {
        for (file, text) in SHIPPED.iter().chain(std::iter::once(&EXAMPLE_PROFILE)) {
            files.push((PathBuf::from(file), Ok((*text).to_owned())));
        }
    }
    for path in paths {
        if path.is_dir() {
            for file in ron_files(path) {
                let text = read_text_file(&file);
                files.push((file, text));
            }
        } else {
            files.push((path.clone(), read_text_file(path)));
        }
    }
    let (mut errors, mut warnings, mut templates, mut profiles) = (0, 0, 0, 0);
    for (file, text) in files {
        let diagnostics = match text {
            Err(d) => vec![d],
            Ok(text) => match kind_of(&text) {
                FileKind::Template => {
                    templates += 1;
                    match parse_template(&text, &file) {
                        Ok(t) => {
                            writeln!(
                                out,
                                "ok      {} (template `{}` v{})",
                                file.display(),
                                t.id,
                                t.version
                            )?;
                            Vec::new()
                        }
                        Err(d) => d.0,
                    }
                }
                FileKind::Profile => {
                    profiles += 1;
                    match parse_profile(&text, &file) {
                        Ok(p) => {
                            let warnings = validate_profile(&p, Some(&text), &file);
                            if warnings.is_empty() {
                                writeln!(out, "ok      {} (profile `{}`)", file.display(), p.name)?;
                            }
                            warnings
                        }
                        Err(d) => d.0,
                    }
                }
            },
        };
        for d in &diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            writeln!(out, "{d}")?;
        }
    }
    writeln!(
        out,
        "\nChecked {templates} template{} and {profiles} profile{}: {errors} error{}, {warnings} warning{}.",
        plural(templates),
        plural(profiles),
        plural(errors),
        plural(warnings)
    )?;
    Ok(errors == 0)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Every `.ron` file under `dir`, sorted, skipping hidden folders.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "ron") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A profile file starts with `ClinicProfile(`; anything else is read as a template.
fn kind_of(text: &str) -> FileKind {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("#![") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    if rest.starts_with("ClinicProfile") {
        FileKind::Profile
    } else {
        FileKind::Template
    }
}
