//! `check`: validates template and profile files, reporting every problem at once.
//!
//! Templates get the plain-language and safety checks ([`check_template`]);
//! profiles get theirs ([`check_profile_report`]): the clinic's own text, its
//! characters and its country's national lines. Problems found while loading
//! are printed with file, line and column; findings about a field (a profile
//! field, a template's title or source) are placed at that field.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::compose::HandoutOptions;
use crate::date::Date;
use crate::problem::{Field, Position, Problem, Rule, Severity};
use crate::profile::{ClinicProfile, parse_profile, validate_profile};
use crate::quality::content::CheckContext;
use crate::quality::report::{
    ProfileReport, TemplateReport, check_profile_report, check_template, to_json,
};
use crate::quality::spanish::readability::{INFLESZ_FLOOR, INFLESZ_TARGET, SpanishReadability};
use crate::template::load::{EXAMPLE_PROFILE, SHIPPED, is_blank, parse_ron, read_text_file};
use crate::template::source_map::{SourceMap, find_from};
use crate::template::validate::validate_template;
use crate::template::{Template, parse_template};

/// What kind of file a `.ron` file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Template,
    Profile,
}

/// How `check` prints what it found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CheckFormat {
    /// Lines for people.
    #[default]
    Text,
    /// One JSON object for scripts.
    Json,
}

/// Checks `paths` (files or folders; the shipped templates and example profile
/// when empty): loading problems, then the plain-language and safety checks for
/// every template, printed as text or JSON. Templates are checked as they would
/// print today with the example clinic profile. Returns whether there were no
/// errors (warnings alone pass).
pub fn check_paths(
    paths: &[PathBuf],
    format: CheckFormat,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let mut files: Vec<(PathBuf, Result<String, Problem>)> = Vec::new();
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
    let example = parse_profile(EXAMPLE_PROFILE.1, Path::new(EXAMPLE_PROFILE.0))
        .unwrap_or_else(|_| ClinicProfile::blank());
    let options = HandoutOptions::default();
    let ctx = CheckContext {
        profile: &example,
        options: &options,
        today: Date::today(),
    };
    let text_out = format == CheckFormat::Text;
    let (mut errors, mut warnings, mut templates, mut profiles) = (0, 0, 0, 0);
    let mut reports = Vec::new();
    let mut profile_reports = Vec::new();
    for (file, text) in files {
        let mut diagnostics = Vec::new();
        match text {
            Err(d) => diagnostics.push(d),
            Ok(text) => match kind_of(&text) {
                FileKind::Template => {
                    templates += 1;
                    match check_template_file(&text, &file, &ctx) {
                        Ok((report, problems)) => {
                            errors += report.errors();
                            warnings += report.findings.len() - report.errors();
                            if text_out {
                                print_report(&report, &problems, &text, out)?;
                            }
                            reports.push(report);
                        }
                        Err(d) => diagnostics.push(*d),
                    }
                }
                FileKind::Profile => {
                    profiles += 1;
                    match check_profile_file(&text, &file, ctx.today) {
                        Ok((report, problems)) => {
                            errors += report.errors();
                            warnings += report.findings.len() - report.errors();
                            if text_out {
                                print_profile_report(&report, &problems, &text, out)?;
                            }
                            profile_reports.push(report);
                        }
                        Err(d) => diagnostics.extend(d),
                    }
                }
            },
        }
        for d in &diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            if text_out {
                writeln!(out, "{d}")?;
            }
        }
    }
    if text_out {
        writeln!(
            out,
            "\nChecked {templates} template{} and {profiles} profile{}: {errors} error{}, {warnings} warning{}.",
            plural(templates),
            plural(profiles),
            plural(errors),
            plural(warnings)
        )?;
    } else {
        writeln!(out, "{}", to_json(&reports, &profile_reports))?;
    }
    Ok(errors == 0)
}

/// Reads a template file and checks it, returning the report and the loading
/// problems (placed in the file); a file that is not a template at all (broken
/// RON) gives its one diagnostic instead.
fn check_template_file(
    text: &str,
    file: &Path,
    ctx: &CheckContext<'_>,
) -> Result<(TemplateReport, Vec<Problem>), Box<Problem>> {
    if is_blank(text) {
        return Err(Box::new(
            parse_template(text, file)
                .err()
                .and_then(|d| d.0.into_iter().next())
                .unwrap_or_else(|| Problem::error("the file is empty").in_file(file)),
        ));
    }
    let template: Template = parse_ron(text, file).map_err(Box::new)?;
    let problems = validate_template(&template, text, file);
    let report = check_template(&template, &file.display().to_string(), &problems, ctx);
    Ok((report, problems))
}

/// Reads a profile file and checks it, returning the report and its loading
/// problems (placed in the file); a file that is not a profile at all (broken
/// RON) gives its diagnostics instead.
fn check_profile_file(
    text: &str,
    file: &Path,
    today: Date,
) -> Result<(ProfileReport, Vec<Problem>), Vec<Problem>> {
    if is_blank(text) {
        return Err(parse_profile(text, file)
            .err()
            .map(|d| d.0)
            .unwrap_or_default());
    }
    let profile: ClinicProfile = parse_ron(text, file).map_err(|d| vec![d])?;
    let problems = validate_profile(&profile, Some(text), file, today);
    let report = check_profile_report(&profile, &file.display().to_string(), &problems);
    Ok((report, problems))
}

/// Prints a profile's loading problems with file, line and column, then the
/// findings about its text, each at its field.
fn print_profile_report(
    report: &ProfileReport,
    problems: &[Problem],
    text: &str,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let status = if report.errors() == 0 {
        "ok     "
    } else {
        "FAILED "
    };
    writeln!(out, "{status} {} (profile `{}`)", report.file, report.name)?;
    for d in problems {
        writeln!(out, "{d}")?;
    }
    let map = SourceMap::scan(text);
    // Problems are printed above; what is left are the text checks, each at its field.
    let checked = report.findings.iter().filter(|f| {
        f.field().is_some_and(Field::in_profile)
            && f.rule != Some(Rule::UnprintableCharacter)
            && !problems
                .iter()
                .any(|d| d.place == f.place && d.message == f.message)
    });
    for f in checked {
        let at = f
            .field()
            .and_then(|field| field_position(&map, text, field));
        print_finding(&report.file, at, f, out)?;
    }
    Ok(())
}

/// Where a field is written in a template or profile file.
fn field_position(map: &SourceMap, text: &str, field: Field) -> Option<Position> {
    let offset = match field {
        Field::Title => map.field("title"),
        Field::Subtitle => map.field("subtitle"),
        Field::Source { index, .. } => map.elements("sources").get(index).copied(),
        Field::Clinic(name) => map.field(name.key()),
        Field::Resource(i, name) => map
            .elements("resources")
            .get(i)
            .map(|&start| find_from(text, start, name.key())),
    }?;
    Some(Position::of_offset(text, offset))
}

/// One finding, as `file[:line:col]: place: severity[rule]: message`, and its suggestion.
fn print_finding(
    file: &str,
    at: Option<Position>,
    f: &Problem,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let severity = f.severity.label();
    let at = at.map_or_else(String::new, |p| format!(":{}:{}", p.line, p.column));
    let place = if f.block().is_some() || f.field().is_some() {
        format!("{}: ", f.place.part)
    } else {
        String::new()
    };
    let rule = f.rule.map_or("", Rule::id);
    writeln!(
        out,
        "  {file}{at}: {place}{severity}[{rule}]: {}",
        f.message
    )?;
    if let Some(s) = &f.hint {
        writeln!(out, "    suggestion: {s}")?;
    }
    Ok(())
}

/// Prints a template's scores, its loading problems with file, line and column,
/// then the other findings.
fn print_report(
    report: &TemplateReport,
    problems: &[Problem],
    text: &str,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let s = &report.scores;
    let status = if report.errors() == 0 {
        "ok     "
    } else {
        "FAILED "
    };
    if let Some(spanish) = &report.spanish {
        return print_spanish_report(report, spanish, status, problems, text, out);
    }
    writeln!(
        out,
        "{status} {} (template `{}`): grade {:.1} (Flesch–Kincaid; aims at {}, at most {}), SMOG {:.1}, reading ease {:.0}; PEMAT-P auto items: understandability {:.0}%, actionability {:.0}%",
        report.file,
        report.id,
        s.flesch_kincaid_grade,
        report.grade_target.0,
        report.grade_target.1,
        s.smog_grade,
        s.flesch_reading_ease,
        report.pemat.understandability,
        report.pemat.actionability
    )?;
    let above: Vec<String> = report
        .block_scores
        .iter()
        .filter(|(_, b)| b.flesch_kincaid_grade > f64::from(report.grade_target.0))
        .map(|(i, b)| format!("block {} at {:.1}", i + 1, b.flesch_kincaid_grade))
        .collect();
    if !above.is_empty() {
        writeln!(
            out,
            "  {}: blocks above the target grade: {}",
            report.file,
            above.join(", ")
        )?;
    }
    print_findings(report, problems, text, out)
}

/// A Spanish template's scores (Szigriszt-Pazos on the INFLESZ scale and
/// Fernández-Huerta instead of grades), then its findings.
fn print_spanish_report(
    report: &TemplateReport,
    spanish: &SpanishReadability,
    status: &str,
    problems: &[Problem],
    text: &str,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let s = &spanish.scores;
    writeln!(
        out,
        "{status} {} (template `{}`, Spanish): Szigriszt-Pazos {:.1} (INFLESZ “{}”; aims at {INFLESZ_TARGET} or more, at least {INFLESZ_FLOOR}), Fernández-Huerta {:.1}; PEMAT-P auto items: understandability {:.0}%, actionability {:.0}%",
        report.file,
        report.id,
        s.szigriszt_pazos,
        s.inflesz.label(),
        s.fernandez_huerta,
        report.pemat.understandability,
        report.pemat.actionability
    )?;
    let below: Vec<String> = spanish
        .block_scores
        .iter()
        .filter(|(_, b)| b.szigriszt_pazos < INFLESZ_TARGET)
        .map(|(i, b)| format!("block {} at {:.1}", i + 1, b.szigriszt_pazos))
        .collect();
    if !below.is_empty() {
        writeln!(
            out,
            "  {}: blocks below the INFLESZ target: {}",
            report.file,
            below.join(", ")
        )?;
    }
    print_findings(report, problems, text, out)
}

/// The loading problems with file, line and column, then the other findings.
fn print_findings(
    report: &TemplateReport,
    problems: &[Problem],
    text: &str,
    out: &mut impl Write,
) -> std::io::Result<()> {
    for d in problems.iter().filter(|d| d.is_error()) {
        writeln!(out, "{d}")?;
    }
    // Problems printed above, with their place in the file.
    let placed = |f: &&Problem| {
        f.rule == Some(Rule::Invalid)
            || problems.iter().any(|d| {
                d.is_error() && d.rule == f.rule && d.block() == f.block() && d.message == f.message
            })
            || (f.rule == Some(Rule::UnsourcedBlock)
                && problems
                    .iter()
                    .any(|d| d.rule == Some(Rule::UnsourcedBlock) && d.block() == f.block()))
    };
    let map = SourceMap::scan(text);
    for f in report.findings.iter().filter(|f| !placed(f)) {
        let at = f
            .field()
            .and_then(|field| field_position(&map, text, field));
        print_finding(&report.file, at, f, out)?;
    }
    Ok(())
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
