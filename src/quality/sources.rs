//! Whether a template's sources are recent enough to trust: a source more than
//! five years old gets a fresh look unless someone confirmed it is still current
//! in the last year (`Source.checked`), and a citation with no year cannot be
//! dated at all.
//!
//! A citation's year is the newest plausible year written in it (1900 to this
//! year, as four digits standing alone): "TIP 63 (2018, updated 2021)" is 2021;
//! "doi 10.17226/25310", "PMID 28446428" and "89 FR 7528" hold none.

use crate::date::Date;
use crate::problem::{ProblemText, keys};
use crate::quality::report::{Field, Problem, Rule, Severity};
use crate::template::Template;

/// How many years old a source may be before it is flagged.
pub const MAX_SOURCE_AGE_YEARS: i32 = 5;
/// How recently a `checked` date must be to vouch for an old source.
pub const CHECKED_WITHIN_DAYS: i64 = 365;

/// The newest plausible year (1900 to `this_year`) in a citation.
pub fn citation_year(citation: &str, this_year: i32) -> Option<i32> {
    let bytes = citation.as_bytes();
    let mut newest = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - start != 4 {
            continue;
        }
        let Ok(year) = citation[start..i].parse::<i32>() else {
            continue;
        };
        if (1900..=this_year).contains(&year) && newest.is_none_or(|n| year > n) {
            newest = Some(year);
        }
    }
    newest
}

/// Findings about the age of each source, as of `today`.
pub fn source_findings(template: &Template, today: Date) -> Vec<Problem> {
    let mut out = Vec::new();
    for (index, source) in template.sources.iter().enumerate() {
        let field = Field::Source {
            index,
            id: source.id,
        };
        let n = source.id;
        let Some(year) = citation_year(&source.citation, today.year()) else {
            out.push(Problem::finding(Rule::SourceYearMissing, Severity::Warning, None, format!(
                    "Source {n} gives no year, so no one can tell whether it is still current."
                ), Some(
                    "Add the year of the version you read (for a web page, the year it was last updated)."
                        .to_owned(),
                ))
            .keyed(ProblemText::new(keys::SOURCE_YEAR_MISSING).arg("number", n))
            .on_field(field),
            );
            continue;
        };
        if today.year() - year <= MAX_SOURCE_AGE_YEARS {
            continue;
        }
        let checked = source.checked.filter(|d| *d <= today);
        if checked.is_some_and(|d| d.days_until(today) <= CHECKED_WITHIN_DAYS) {
            continue;
        }
        let last = checked.map_or_else(String::new, |d| {
            format!(" It was last confirmed on {d}, over a year ago.")
        });
        out.push(Problem::finding(Rule::SourceAge, Severity::Warning, None, format!(
                "Source {n} ({year}) is more than five years old: check that it is still current, or cite a newer one; record `checked: \"YYYY-MM-DD\"` when you have.{last}"
            ), Some(format!(
                "Look for a newer edition or guideline; if this is still the current one, add `checked: \"{today}\"` to source {n}."
            )))
            .keyed(
                ProblemText::new(keys::SOURCE_AGE)
                    .arg("number", n)
                    .arg("year", year.to_string())
                    .arg("checked", checked.map_or_else(|| "none".to_owned(), |d| d.to_string()))
                    .arg("today", today.to_string()),
            )
            .on_field(field),
            );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{Source, TemplateLibrary};

    fn date(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    #[test]
    fn the_newest_plausible_year_is_the_citation_s_year() {
        let y = |c: &str| citation_year(c, 2026);
        assert_eq!(
            y("SAMHSA, TIP 63 (2018, updated 2021), PEP21-02-01-002"),
            Some(2021)
        );
        assert_eq!(
            y("Sordo L et al., BMJ 2017;357:j1550 (PMID 28446428)"),
            Some(2017)
        );
        assert_eq!(y("NASEM (2019), doi 10.17226/25310"), Some(2019));
        assert_eq!(y("Federal Register 89 FR 7528 (2 Feb 2024)"), Some(2024));
        assert_eq!(y("A guide for 2031 and beyond, 1850 edition"), None);
        assert_eq!(y("NIDA, Kratom research topic page"), None);
        assert_eq!(y("HHS Pub. SMA16-4993"), None);
    }

    fn template_with(sources: Vec<Source>) -> Template {
        let mut t = TemplateLibrary::shipped().templates[0].template.clone();
        t.sources = sources;
        t
    }

    fn source(id: u32, citation: &str, checked: Option<&str>) -> Source {
        Source {
            id,
            citation: citation.into(),
            url: None,
            checked: checked.map(date),
        }
    }

    #[test]
    fn old_sources_are_flagged_unless_confirmed_in_the_last_year() {
        let today = date("2026-12-01");
        let t = template_with(vec![
            source(1, "Old guide (2019)", None),
            source(2, "Old guide (2019)", Some("2026-03-01")),
            source(3, "Old guide (2019)", Some("2025-06-01")),
            source(4, "Recent guide (2021)", None),
            source(5, "Undated web page", None),
        ]);
        let found = source_findings(&t, today);
        let got: Vec<(Rule, Option<Field>)> =
            found.iter().map(|f| (f.rule.unwrap(), f.field())).collect();
        assert_eq!(
            got,
            [
                (Rule::SourceAge, Some(Field::Source { index: 0, id: 1 })),
                (Rule::SourceAge, Some(Field::Source { index: 2, id: 3 })),
                (
                    Rule::SourceYearMissing,
                    Some(Field::Source { index: 4, id: 5 })
                ),
            ]
        );
        assert!(found.iter().all(|f| f.severity == Severity::Warning));
        assert!(
            found[0].message.starts_with(
                "Source 1 (2019) is more than five years old: check that it is still current, or cite a newer one; record `checked: \"YYYY-MM-DD\"` when you have."
            ),
            "{}",
            found[0].message
        );
        assert!(
            found[1].message.contains("last confirmed on 2025-06-01"),
            "{}",
            found[1].message
        );
    }
}
