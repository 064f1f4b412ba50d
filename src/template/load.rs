//! Reading template files: RON parsing with precise, fix-it error messages.

use std::path::{Path, PathBuf};

use crate::problem::{Position, Problem, Problems};
use crate::strings::{DEFAULT_LANGUAGE, primary_language};
use crate::template::{Template, validate};

/// Parses and checks one template's text; `file` names it in messages.
///
/// Returns every error at once. Warnings are not errors and are left to the
/// quality checks.
pub fn parse_template(text: &str, file: &Path) -> Result<Template, Problems> {
    if is_blank(text) {
        return Err(Problems(vec![
            Problem::error("the file is empty")
                .in_file(file)
                .at(Some(Position { line: 1, column: 1 }))
                .with_hint(
                    "a template starts with `Template(`; see handouts/README.md for the format",
                ),
        ]));
    }
    let template: Template = parse_ron(text, file).map_err(|d| Problems(vec![d]))?;
    let problems: Vec<Problem> = validate::validate_template(&template, text, file)
        .into_iter()
        .filter(Problem::is_error)
        .collect();
    if problems.is_empty() {
        Ok(template)
    } else {
        Err(Problems(problems))
    }
}

/// Whether `text` holds nothing but white space and comments.
pub fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with("//")
    })
}

/// Reads, parses and checks a template file.
pub fn read_template_file(path: &Path) -> Result<Template, Problems> {
    let text = read_text_file(path).map_err(|d| Problems(vec![d]))?;
    parse_template(&text, path)
}

/// Reads a file that must be UTF-8 text, with a clear message when it is not.
pub fn read_text_file(path: &Path) -> Result<String, Problem> {
    let bytes = std::fs::read(path).map_err(|e| {
        Problem::error(format!("cannot read the file: {e}"))
            .in_file(path)
            .with_hint("check that the file exists and that you may read it")
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Problem::error("the file is not UTF-8 text")
            .in_file(path)
            .at(Some(Position::of_offset(&prefix, valid)))
            .with_hint(
                "save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")",
            )
    })
}

/// Parses RON into `T`, turning RON's error into a diagnostic with a hint.
pub fn parse_ron<T: serde::de::DeserializeOwned>(text: &str, file: &Path) -> Result<T, Problem> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str(text).map_err(|e| {
        let position = Position {
            line: e.span.start.line.max(1),
            column: e.span.start.col.max(1),
        };
        let message = e.code.to_string();
        let hint = ron_hint(&e.code);
        let d = Problem::error(message).in_file(file).at(Some(position));
        match hint {
            Some(h) => d.with_hint(h),
            None => d,
        }
    })
}

fn ron_hint(code: &ron::Error) -> Option<String> {
    use ron::Error as E;
    Some(match code {
        E::NoSuchEnumVariant { expected, .. } => {
            format!("use one of: {}", expected.join(", "))
        }
        E::NoSuchStructField { expected, .. } => {
            format!("the fields allowed here are: {}", expected.join(", "))
        }
        E::MissingStructField { field, .. } => format!("add `{field}: …`"),
        E::DuplicateStructField { field, .. } => format!("remove one of the two `{field}` fields"),
        E::ExpectedDifferentStructName { expected, .. } => {
            format!("start the file with `{expected}(`")
        }
        E::Eof => "the file ends too early: check that every `(`, `[` and `\"` is closed".into(),
        E::ExpectedStringEnd | E::ExpectedString => {
            "check the quotes around the text: inside text, write \\\" for a quote mark".into()
        }
        E::TrailingCharacters => "remove what follows the closing `)` of the template".into(),
        E::Message(m) if m.contains("YYYY-MM-DD") => "write dates as \"YYYY-MM-DD\"".into(),
        _ => return None,
    })
}

/// Parses and checks the template in `file`, as a library from `origin` takes it.
fn parse_for(text: &str, file: &Path, origin: TemplateOrigin) -> Result<Template, Problems> {
    match parse_template(text, file) {
        // A clinic's own template that reads but has problems (say, a new
        // paragraph with no source yet) stays editable, so the work in it is
        // never out of reach; export and approval refuse it until it is fixed.
        Err(_) if origin == TemplateOrigin::Clinic && !is_blank(text) => {
            parse_ron::<Template>(text, file).map_err(|d| Problems(vec![d]))
        }
        other => other,
    }
}

/// A template that loaded, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedTemplate {
    /// The template.
    pub template: Template,
    /// Its file (for shipped templates, the path under `handouts/`).
    pub file: PathBuf,
    /// Whether it ships with Handout Desk or comes from a clinic folder.
    pub origin: TemplateOrigin,
}

/// Where a template comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateOrigin {
    /// Compiled into Handout Desk.
    Shipped,
    /// The clinic's own templates folder on this desk: editable in the app.
    Clinic,
    /// The clinic's shared folder that the clinic lead publishes to: read-only here.
    Shared,
    /// A folder named with `--templates-dir`.
    Folder,
}

impl TemplateOrigin {
    /// A short phrase for the library, e.g. "clinic copy".
    pub fn label(self) -> &'static str {
        match self {
            TemplateOrigin::Shipped => "shipped",
            TemplateOrigin::Clinic => "clinic template",
            TemplateOrigin::Shared => "shared by your clinic",
            TemplateOrigin::Folder => "from a templates folder",
        }
    }
}

/// A template file that could not be loaded, with every problem in it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailure {
    /// The file.
    pub file: PathBuf,
    /// The id the file declares, when it can be read that far: asking for that id
    /// can then say why the template is missing, not that it does not exist.
    pub id: Option<String>,
    /// What is wrong with it.
    pub problems: Problems,
}

/// Every template available, and every file that failed to load.
///
/// A handout is known by its id; it may come in several languages, each its own
/// template with its own version and sign-off (a family). The library holds one
/// template per id and language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TemplateLibrary {
    /// Templates that loaded, shipped ones first.
    pub templates: Vec<LoadedTemplate>,
    /// Files that did not load; they never stop the others.
    pub failures: Vec<LoadFailure>,
}

impl TemplateLibrary {
    /// The shipped templates plus every `*.ron` file in `folders`.
    pub fn load(folders: &[PathBuf]) -> Self {
        let mut library = Self::shipped();
        for folder in folders {
            library.add_folder(folder, TemplateOrigin::Folder);
        }
        library
    }

    /// The shipped templates alone.
    ///
    /// Reading and checking them is a quarter of opening a desk for one export,
    /// so every other one is read on a second thread; they join the library in
    /// their usual order either way.
    pub fn shipped() -> Self {
        let parse = |&(file, text): &(&str, &str)| {
            parse_for(text, Path::new(file), TemplateOrigin::Shipped)
        };
        let (even, odd): (Vec<_>, Vec<_>) = std::thread::scope(|scope| {
            let read_odd = || SHIPPED.iter().skip(1).step_by(2).map(parse).collect();
            // Where no thread can be started, this one reads them all.
            let odd = std::thread::Builder::new().spawn_scoped(scope, read_odd);
            let even = SHIPPED.iter().step_by(2).map(parse).collect();
            let odd = match odd {
                Ok(thread) => thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => read_odd(),
            };
            (even, odd)
        });
        let mut library = Self::default();
        let mut even = even.into_iter();
        let mut odd = odd.into_iter();
        for (i, (file, text)) in SHIPPED.iter().enumerate() {
            let parsed = if i % 2 == 0 { even.next() } else { odd.next() };
            if let Some(parsed) = parsed {
                library.insert(Path::new(file), text, parsed, TemplateOrigin::Shipped);
            }
        }
        library
    }

    /// Adds every `*.ron` file in `folder` (not its subfolders).
    pub fn add_folder(&mut self, folder: &Path, origin: TemplateOrigin) {
        let entries = match std::fs::read_dir(folder) {
            Ok(entries) => entries,
            Err(e) => {
                self.failures.push(LoadFailure {
                    file: folder.to_path_buf(),
                    id: None,
                    problems: Problems(vec![
                        Problem::error(format!("cannot read the templates folder: {e}"))
                            .in_file(folder)
                            .with_hint("check the folder exists and that you may read it"),
                    ]),
                });
                return;
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
            .collect();
        files.sort();
        for file in files {
            match read_text_file(&file) {
                Ok(text) => self.add(&file, &text, origin),
                Err(d) => self.failures.push(LoadFailure {
                    file,
                    id: None,
                    problems: Problems(vec![d]),
                }),
            }
        }
    }

    fn add(&mut self, file: &Path, text: &str, origin: TemplateOrigin) {
        let parsed = parse_for(text, file, origin);
        self.insert(file, text, parsed, origin);
    }

    /// Adds what `file` (holding `text`) parsed to: the template, or why not.
    fn insert(
        &mut self,
        file: &Path,
        text: &str,
        parsed: Result<Template, Problems>,
        origin: TemplateOrigin,
    ) {
        match parsed {
            Ok(template) => {
                if let Some(existing) = self.get(&template.id, &template.language) {
                    if existing.template == template {
                        // The same template in two folders, e.g. a clinic lead's own
                        // copy and the one they published: one entry is enough.
                        return;
                    }
                    let d = Problem::error(format!(
                        "the id `{}` in `{}` is already used by {}",
                        template.id,
                        template.language,
                        existing.file.display()
                    ))
                    .in_file(file)
                    .with_hint(
                        "give this template its own id, or remove one of the two files (one id may have one template per language)",
                    );
                    self.failures.push(LoadFailure {
                        file: file.to_path_buf(),
                        id: Some(template.id),
                        problems: Problems(vec![d]),
                    });
                    return;
                }
                self.templates.push(LoadedTemplate {
                    template,
                    file: file.to_path_buf(),
                    origin,
                });
            }
            Err(problems) => self.failures.push(LoadFailure {
                file: file.to_path_buf(),
                id: declared_id(text),
                problems,
            }),
        }
    }

    /// The template with this id in exactly this language (tags compared
    /// without regard to case).
    pub fn get(&self, id: &str, language: &str) -> Option<&LoadedTemplate> {
        self.templates
            .iter()
            .find(|t| t.template.id == id && t.template.language.eq_ignore_ascii_case(language))
    }

    /// The template a key names.
    pub fn get_key(&self, key: &TemplateKey) -> Option<&LoadedTemplate> {
        self.get(&key.id, &key.language)
    }

    /// Every language of the handout `id`: its family, in library order.
    pub fn family(&self, id: &str) -> Vec<&LoadedTemplate> {
        self.templates
            .iter()
            .filter(|t| t.template.id == id)
            .collect()
    }

    /// The handout `id` in the default language (English) when it has one,
    /// else in the first language it was loaded in: what a bare id means.
    pub fn in_default_language(&self, id: &str) -> Option<&LoadedTemplate> {
        self.get(id, DEFAULT_LANGUAGE)
            .or_else(|| self.family(id).into_iter().next())
    }

    /// The handout `id` in the language `asked` for: the member with that tag,
    /// else the first whose primary language matches (`es` finds `es-US`).
    /// `None` when the family has no member in that language: never another
    /// language in its place.
    pub fn in_language(&self, id: &str, asked: &str) -> Option<&LoadedTemplate> {
        self.get(id, asked.trim()).or_else(|| {
            let primary = primary_language(asked);
            self.family(id)
                .into_iter()
                .find(|t| primary_language(&t.template.language) == primary)
        })
    }
}

/// Names one member of a handout family: its id and its language.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TemplateKey {
    /// The handout's id, shared by every language of it.
    pub id: String,
    /// The BCP 47 language tag.
    pub language: String,
}

impl TemplateKey {
    /// The key of handout `id` in `language`.
    pub fn new(id: impl Into<String>, language: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            language: language.into(),
        }
    }
}

impl LoadedTemplate {
    /// The id and language that name this template in the library.
    pub fn key(&self) -> TemplateKey {
        self.template.key()
    }
}

impl Template {
    /// The id and language that name this template in a library.
    pub fn key(&self) -> TemplateKey {
        TemplateKey::new(self.id.clone(), self.language.clone())
    }
}

/// The `id` a template's text declares, even when the rest of it does not load.
pub fn declared_id(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    #[serde(rename = "Template")]
    struct IdOnly {
        id: String,
    }
    if let Ok(found) = parse_ron::<IdOnly>(text, Path::new("")) {
        return Some(found.id);
    }
    // Broken RON (say, a file cut short while copying): the id is written on a
    // line of its own, before the sources and blocks whose `(id: 1, …)` start with `(`.
    text.lines().find_map(|line| {
        let rest = line.trim_start().strip_prefix("id:")?.trim_start();
        let (id, _) = rest.strip_prefix('"')?.split_once('"')?;
        (!id.is_empty()).then(|| id.to_owned())
    })
}

/// The templates compiled into Handout Desk: (path under the repository, text).
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "handouts/self-harm-support.ron",
        include_str!("../../handouts/self-harm-support.ron"),
    ),
    (
        "handouts/moud-medicines.ron",
        include_str!("../../handouts/moud-medicines.ron"),
    ),
    (
        "handouts/kratom-risks.ron",
        include_str!("../../handouts/kratom-risks.ron"),
    ),
    (
        "handouts/es-US/self-harm-support.ron",
        include_str!("../../handouts/es-US/self-harm-support.ron"),
    ),
    (
        "handouts/es-US/moud-medicines.ron",
        include_str!("../../handouts/es-US/moud-medicines.ron"),
    ),
    (
        "handouts/es-US/kratom-risks.ron",
        include_str!("../../handouts/es-US/kratom-risks.ron"),
    ),
];

/// The example clinic profile compiled into Handout Desk: (path, text).
pub const EXAMPLE_PROFILE: (&str, &str) = (
    "handouts/profiles/example-clinic.ron",
    include_str!("../../handouts/profiles/example-clinic.ron"),
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_id_is_found_in_broken_templates() {
        let kratom = SHIPPED[2].1;
        assert_eq!(declared_id(kratom).as_deref(), Some("kratom-risks"));
        let cut_short = &kratom[..kratom.find("blocks:").unwrap_or(kratom.len())];
        assert_eq!(declared_id(cut_short).as_deref(), Some("kratom-risks"));
        assert_eq!(declared_id("Template(title: \"x\")"), None);
        assert_eq!(declared_id("not ron at all"), None);
    }

    #[test]
    fn a_failure_keeps_the_id_it_declares() {
        let mut library = TemplateLibrary::default();
        let broken = SHIPPED[2].1.replacen("Heading(", "Headline(", 1);
        library.add(Path::new("k.ron"), &broken, TemplateOrigin::Folder);
        assert!(library.get("kratom-risks", "en-US").is_none());
        assert_eq!(library.failures[0].id.as_deref(), Some("kratom-risks"));
    }

    #[test]
    fn one_id_holds_a_family_of_languages() {
        let library = TemplateLibrary::shipped();
        assert!(library.failures.is_empty(), "{:?}", library.failures);
        let languages: Vec<&str> = library
            .family("kratom-risks")
            .iter()
            .map(|t| t.template.language.as_str())
            .collect();
        assert_eq!(languages, ["en-US", "es-US"]);
        let spanish = library.get("kratom-risks", "es-us").unwrap();
        assert_eq!(spanish.file, Path::new("handouts/es-US/kratom-risks.ron"));
        assert_eq!(library.in_language("kratom-risks", "es").unwrap(), spanish);
        assert_eq!(
            library.in_language("kratom-risks", "es-MX").unwrap(),
            spanish
        );
        let english = library.in_default_language("kratom-risks").unwrap();
        assert_eq!(english.template.language, "en-US");
        assert_eq!(library.in_language("kratom-risks", "en").unwrap(), english);
        assert!(library.in_language("kratom-risks", "fr").is_none());
        assert_eq!(library.get_key(&spanish.key()), Some(spanish));
    }

    #[test]
    fn the_same_id_and_language_twice_is_refused_by_name() {
        let mut library = TemplateLibrary::shipped();
        let (file, text) = SHIPPED[5];
        assert_eq!(file, "handouts/es-US/kratom-risks.ron");
        let changed = text.replacen("version: \"", "version: \"9.", 1);
        library.add(Path::new("mine/k.ron"), &changed, TemplateOrigin::Folder);
        let failure = library.failures.last().unwrap();
        assert!(
            failure.problems.0[0].message.contains(
                "`kratom-risks` in `es-US` is already used by handouts/es-US/kratom-risks.ron"
            ),
            "{:?}",
            failure.problems
        );
    }
}
