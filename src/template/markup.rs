//! The small inline markup allowed in template text: `**bold**` and `{placeholders}`.

/// A named value filled in from the clinic profile or the clinic's country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placeholder {
    /// `{clinic.name}`
    ClinicName,
    /// `{clinic.phone}`
    ClinicPhone,
    /// `{clinic.address}`
    ClinicAddress,
    /// `{clinic.website}`
    ClinicWebsite,
    /// `{emergency}`: the emergency number.
    Emergency,
    /// `{crisis_line}`: the national crisis line.
    CrisisLine,
    /// `{crisis_options}`: every confirmed way to reach the national crisis line
    /// (call, text, chat, language and veterans routes), as whole sentences.
    CrisisOptions,
    /// `{poison_line}`: the national poison line.
    PoisonLine,
    /// `{treatment_line}`: the national treatment referral line.
    TreatmentLine,
    /// `{tel:NUMBER}`: a phone number printed as written, clickable.
    Tel(String),
}

/// The placeholder names a template may use, for error hints.
pub const PLACEHOLDER_NAMES: &[&str] = &[
    "clinic.name",
    "clinic.phone",
    "clinic.address",
    "clinic.website",
    "emergency",
    "crisis_line",
    "crisis_options",
    "poison_line",
    "treatment_line",
    "tel:NUMBER",
];

impl Placeholder {
    /// The placeholder for a name written between braces, if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.trim() {
            "clinic.name" => Self::ClinicName,
            "clinic.phone" => Self::ClinicPhone,
            "clinic.address" => Self::ClinicAddress,
            "clinic.website" => Self::ClinicWebsite,
            "emergency" => Self::Emergency,
            "crisis_line" => Self::CrisisLine,
            "crisis_options" => Self::CrisisOptions,
            "poison_line" => Self::PoisonLine,
            "treatment_line" => Self::TreatmentLine,
            other => {
                let number = other.strip_prefix("tel:")?.trim();
                if number.is_empty() || !number.chars().any(|c| c.is_ascii_digit()) {
                    return None;
                }
                Self::Tel(number.to_owned())
            }
        })
    }
}

/// A piece of marked-up text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal text.
    Text {
        /// The characters.
        text: String,
        /// Inside `**…**`.
        bold: bool,
    },
    /// A placeholder to fill in.
    Placeholder {
        /// Which value.
        placeholder: Placeholder,
        /// As written between the braces.
        written: String,
        /// Inside `**…**`.
        bold: bool,
    },
}

/// A mistake in marked-up text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarkupError {
    /// `**` opened and never closed.
    #[error("`**` starts bold text that is never closed")]
    UnclosedBold,
    /// `{` opened and never closed.
    #[error("`{{` starts a placeholder that is never closed with `}}`")]
    UnclosedPlaceholder,
    /// A name between braces that is not a placeholder.
    #[error("`{{{0}}}` is not a placeholder")]
    UnknownPlaceholder(String),
}

impl MarkupError {
    /// How to fix it.
    pub fn hint(&self) -> String {
        match self {
            MarkupError::UnclosedBold => "add the closing `**`, or remove the opening one".into(),
            MarkupError::UnclosedPlaceholder => "add the closing `}`".into(),
            MarkupError::UnknownPlaceholder(_) => {
                format!("use one of: {}", PLACEHOLDER_NAMES.join(", "))
            }
        }
    }

    /// The text to look for in the file to place the error.
    pub fn needle(&self) -> Option<String> {
        match self {
            MarkupError::UnknownPlaceholder(name) => Some(format!("{{{name}}}")),
            _ => None,
        }
    }
}

/// Splits marked-up text into pieces.
pub fn parse_markup(text: &str) -> Result<Vec<Piece>, MarkupError> {
    let mut pieces = Vec::new();
    let mut bold = false;
    let mut literal = String::new();
    let mut rest = text;
    while let Some(ch) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("**") {
            flush(&mut pieces, &mut literal, bold);
            bold = !bold;
            rest = after;
        } else if ch == '{' {
            let Some(end) = rest.find('}') else {
                return Err(MarkupError::UnclosedPlaceholder);
            };
            let written = &rest[1..end];
            let Some(placeholder) = Placeholder::from_name(written) else {
                return Err(MarkupError::UnknownPlaceholder(written.to_owned()));
            };
            flush(&mut pieces, &mut literal, bold);
            pieces.push(Piece::Placeholder {
                placeholder,
                written: written.to_owned(),
                bold,
            });
            rest = &rest[end + 1..];
        } else {
            literal.push(ch);
            rest = &rest[ch.len_utf8()..];
        }
    }
    if bold {
        return Err(MarkupError::UnclosedBold);
    }
    flush(&mut pieces, &mut literal, bold);
    Ok(pieces)
}

fn flush(pieces: &mut Vec<Piece>, literal: &mut String, bold: bool) {
    if !literal.is_empty() {
        pieces.push(Piece::Text {
            text: std::mem::take(literal),
            bold,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_bold_and_placeholders() {
        let pieces = parse_markup("Call **{emergency}** now or {tel:555-0100}.").unwrap();
        assert_eq!(pieces.len(), 5);
        assert!(matches!(
            &pieces[1],
            Piece::Placeholder {
                placeholder: Placeholder::Emergency,
                bold: true,
                ..
            }
        ));
        assert!(
            matches!(&pieces[3], Piece::Placeholder { placeholder: Placeholder::Tel(n), .. } if n == "555-0100")
        );
    }

    #[test]
    fn reports_mistakes() {
        assert_eq!(parse_markup("**oops"), Err(MarkupError::UnclosedBold));
        assert_eq!(
            parse_markup("{clinic.name"),
            Err(MarkupError::UnclosedPlaceholder)
        );
        assert_eq!(
            parse_markup("{clinic.fax}"),
            Err(MarkupError::UnknownPlaceholder("clinic.fax".into()))
        );
    }
}
