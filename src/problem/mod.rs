//! A problem found anywhere: in a template or profile file, by the quality
//! checks, in a field of the clinic form, or before an export or a sign-off.
//!
//! One type for all of them, modelled on typst's diagnostics: how serious it is,
//! the rule that found it (when a rule did), where it is ([`Place`]: a file
//! position and the part of the handout or profile it is about), what is wrong
//! and how to fix it. A clinic lead fixing a file wants every problem listed at
//! once; a screen wants to take the user to the field or block; a script wants
//! the rule id. All three read the same value.

mod field;
mod line_index;
mod place;
mod rule;
pub mod text;

use std::fmt;
use std::path::Path;

pub use field::{ClinicField, Field, ResourceField};
pub use line_index::LineIndex;
pub use place::{Part, Place, Position};
pub use rule::{INVALID_TEMPLATE, Rule};
pub use text::{Arg, ProblemText, keys};

/// How serious a problem is. Errors sort before warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The handout must not go out like this; the file cannot be used.
    Error,
    /// Someone should look at this; it stops nothing.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as the command line prints it.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// How serious it is.
    pub severity: Severity,
    /// The check that found it, when it has a stable id (see [`Rule`]).
    pub rule: Option<Rule>,
    /// Where it is.
    pub place: Place,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
    /// The message (and hint) as a key and arguments, for a screen in another
    /// language; `None` when only the English words exist.
    pub text: Option<ProblemText>,
}

impl Problem {
    /// An error about the whole file or handout; place it with the builders.
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            rule: None,
            place: Place::default(),
            message: message.into(),
            hint: None,
            text: None,
        }
    }

    /// A warning about the whole file or handout.
    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// A finding of quality rule `rule` about block `block` (or, with `None`,
    /// the whole handout), with a better wording or what to do.
    pub fn finding(
        rule: Rule,
        severity: Severity,
        block: Option<usize>,
        message: impl Into<String>,
        hint: Option<String>,
    ) -> Self {
        Self {
            severity,
            rule: Some(rule),
            place: Place::default(),
            message: message.into(),
            hint,
            text: None,
        }
        .in_block(block)
    }

    /// Says the problem is in `file`.
    pub fn in_file(mut self, file: &Path) -> Self {
        self.place.file = Some(file.to_path_buf());
        self
    }

    /// Places the problem at `position` in its file.
    pub fn at(mut self, position: Option<Position>) -> Self {
        self.place.position = position;
        self
    }

    /// Ties the problem to template block `block` (from 0); `None` leaves it as it is.
    pub fn in_block(mut self, block: Option<usize>) -> Self {
        if let Some(block) = block {
            self.place.part = Part::Block(block);
        }
        self
    }

    /// Ties the problem to a field of the template or the clinic profile.
    pub fn on_field(mut self, field: Field) -> Self {
        self.place.part = Part::Field(field);
        self
    }

    /// Ties the problem to printed page `page` (from 0).
    pub fn on_page(mut self, page: usize) -> Self {
        self.place.part = Part::Page(page);
        self
    }

    /// Names the rule that found it.
    pub fn with_rule(mut self, rule: Rule) -> Self {
        self.rule = Some(rule);
        self
    }

    /// Gives the message's key and arguments (see [`ProblemText`]); the English
    /// message and hint stay as they are.
    pub fn keyed(mut self, text: ProblemText) -> Self {
        self.text = Some(text);
        self
    }

    /// Adds how to fix it.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The problem as an item of a list: "block 14: error[stigmatising-language]:
    /// message", and its hint on the next line. The place comes first when it
    /// names a part; the file is left to the list's heading.
    pub fn as_list_item(&self) -> String {
        let place = match self.place.part {
            Part::Whole => String::new(),
            part => format!("{part}: "),
        };
        let rule = self
            .rule
            .map_or_else(String::new, |r| format!("[{}]", r.id()));
        let mut line = format!("{place}{}{rule}: {}", self.severity.label(), self.message);
        if let Some(hint) = &self.hint {
            line.push_str("\n    hint: ");
            line.push_str(hint);
        }
        line
    }

    /// Whether this problem stops the file or the handout from being used.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The id of the rule that found it, e.g. `long-sentence`; empty when no
    /// rule did.
    pub fn rule_id(&self) -> &'static str {
        self.rule.map_or("", Rule::id)
    }

    /// The template block it is about (from 0), when it is about one.
    pub fn block(&self) -> Option<usize> {
        match self.place.part {
            Part::Block(block) => Some(block),
            _ => None,
        }
    }

    /// The template or profile field it is about, when it is about one.
    pub fn field(&self) -> Option<Field> {
        match self.place.part {
            Part::Field(field) => Some(field),
            _ => None,
        }
    }
}

/// `file:line:column: error: message` (as much of the place as is known),
/// then `  hint: …` on a line of its own.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = &self.place;
        match &place.file {
            Some(file) => {
                write!(f, "{}", file.display())?;
                if let Some(p) = place.position {
                    write!(f, ":{}:{}", p.line, p.column)?;
                }
                write!(f, ": ")?;
            }
            None if place.part != Part::Whole => write!(f, "{}: ", place.part)?,
            None => {}
        }
        write!(f, "{}: {}", self.severity.label(), self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Every problem found in one or more files, reported at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Problem::is_error)
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_prints_its_file_place_and_hint() {
        let p = Problem::error("`{clinic.fax}` is not a placeholder")
            .in_file(Path::new("my.ron"))
            .at(Some(Position {
                line: 28,
                column: 33,
            }))
            .in_block(Some(3))
            .with_hint("use one of: clinic.name");
        assert_eq!(
            p.to_string(),
            "my.ron:28:33: error: `{clinic.fax}` is not a placeholder\n  hint: use one of: clinic.name"
        );
        assert_eq!(p.block(), Some(3));
        let q = Problem::warning("is empty").on_field(Field::Clinic(ClinicField::Name));
        assert_eq!(q.to_string(), "clinic name: warning: is empty");
        assert_eq!(q.field(), Some(Field::Clinic(ClinicField::Name)));
    }
}
