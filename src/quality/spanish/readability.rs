//! Spanish readability: the Fernández-Huerta and Szigriszt-Pazos scores, with
//! Szigriszt-Pazos read on the INFLESZ scale, for a whole handout and for each
//! block.
//!
//! Let W = words, S = sentences, Y = syllables:
//!
//! - **Fernández-Huerta** (1959) = 206.84 − 60 × (Y/W) − 1.02 × (W/S). The form
//!   often quoted with "0.60 × P" is a misprint: with P as syllables per
//!   *word* the constant is 60 (Y/W is about 2 in Spanish, not 200).
//! - **Szigriszt-Pazos** (perspicuity, 1992) = 206.835 − 62.3 × (Y/W) − (W/S).
//! - **INFLESZ** (Barrio-Cantalejo et al., 2008) reads Szigriszt-Pazos in five
//!   bands: muy difícil up to 40, algo difícil 40–55, normal 55–65, bastante
//!   fácil 65–80, muy fácil above 80. A score on a boundary goes to the easier
//!   band, so that the band and the checks below agree.
//!
//! **Target.** A Spanish handout aims at INFLESZ 55 or more ("normal" or
//! easier, the band INFLESZ's authors set for general health information): the
//! `reading-grade` check warns below 55 and is an error below 40 ("muy
//! difícil"). The template's `reading_level` grades are Flesch–Kincaid grades
//! and do not apply to Spanish text.
//!
//! Words and sentences come from [`super::text`], syllables from
//! [`super::syllables`]. `tests/spanish_readability.rs` compares counts and
//! scores with the Python package legibilidad.

use serde::Serialize;

use crate::problem::{ProblemText, keys};
use crate::quality::readability::{Counts, is_scored};
use crate::quality::report::{Problem, Rule, Severity};
use crate::quality::spanish::syllables::syllables;
use crate::quality::spanish::text::{block_sentences, split_sentences};
use crate::quality::text::words;
use crate::template::Template;

/// The Szigriszt-Pazos score a Spanish handout aims at (INFLESZ "normal").
pub const INFLESZ_TARGET: f64 = 55.0;
/// The Szigriszt-Pazos score below which a Spanish handout must not go out
/// (INFLESZ "muy difícil").
pub const INFLESZ_FLOOR: f64 = 40.0;

/// The five INFLESZ bands, hardest first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InfleszBand {
    /// Below 40: "muy difícil".
    #[default]
    VeryDifficult,
    /// 40 to 55: "algo difícil".
    SomewhatDifficult,
    /// 55 to 65: "normal".
    Normal,
    /// 65 to 80: "bastante fácil".
    FairlyEasy,
    /// 80 and above: "muy fácil".
    VeryEasy,
}

impl InfleszBand {
    /// The band of a Szigriszt-Pazos score.
    pub fn of(szigriszt_pazos: f64) -> Self {
        match szigriszt_pazos {
            s if s < 40.0 => Self::VeryDifficult,
            s if s < 55.0 => Self::SomewhatDifficult,
            s if s < 65.0 => Self::Normal,
            s if s < 80.0 => Self::FairlyEasy,
            _ => Self::VeryEasy,
        }
    }

    /// The band's name on the INFLESZ scale, in Spanish as published.
    pub fn label(self) -> &'static str {
        match self {
            Self::VeryDifficult => "muy difícil",
            Self::SomewhatDifficult => "algo difícil",
            Self::Normal => "normal",
            Self::FairlyEasy => "bastante fácil",
            Self::VeryEasy => "muy fácil",
        }
    }
}

/// The Spanish scores of a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct SpanishScores {
    /// Fernández-Huerta reading ease (higher is easier).
    pub fernandez_huerta: f64,
    /// Szigriszt-Pazos perspicuity (higher is easier).
    pub szigriszt_pazos: f64,
    /// The INFLESZ band of the Szigriszt-Pazos score.
    pub inflesz: InfleszBand,
}

impl SpanishScores {
    /// The scores of `counts`; all 0 (and "muy difícil") when there are no words.
    pub fn from_counts(c: &Counts) -> Self {
        if c.words == 0 || c.sentences == 0 {
            return Self::default();
        }
        let wps = c.words as f64 / c.sentences as f64;
        let spw = c.syllables as f64 / c.words as f64;
        let szigriszt_pazos = 206.835 - 62.3 * spw - wps;
        Self {
            fernandez_huerta: 206.84 - 60.0 * spw - 1.02 * wps,
            szigriszt_pazos,
            inflesz: InfleszBand::of(szigriszt_pazos),
        }
    }
}

/// Words, sentences and Spanish syllables of these sentences (a sentence with
/// no words is not counted; polysyllables are words of 3 or more syllables).
pub fn counts_of_sentences(sentences: &[String]) -> Counts {
    let mut counts = Counts::default();
    for sentence in sentences {
        let ws = words(sentence);
        if ws.is_empty() {
            continue;
        }
        counts.sentences += 1;
        for w in &ws {
            let n = syllables(w);
            counts.words += 1;
            counts.syllables += n;
            if n >= 3 {
                counts.polysyllables += 1;
            }
        }
    }
    counts
}

/// The counts of plain Spanish text (no markup).
pub fn counts_of_text(plain_text: &str) -> Counts {
    counts_of_sentences(&split_sentences(plain_text))
}

/// The Spanish scores of plain text (no markup).
pub fn score_text(plain_text: &str) -> SpanishScores {
    SpanishScores::from_counts(&counts_of_text(plain_text))
}

/// The readability of a Spanish template, as the quality report carries it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpanishReadability {
    /// The whole handout, scored as one text.
    pub scores: SpanishScores,
    /// Per scored block (from 0) that has words, in the JSON output as
    /// `[{"block", "fernandez_huerta", "szigriszt_pazos", "inflesz"}]`.
    #[serde(serialize_with = "block_scores_json")]
    pub block_scores: Vec<(usize, SpanishScores)>,
    /// Words in the scored text (no finding is made on a handout without any).
    pub words: usize,
}

fn block_scores_json<S: serde::Serializer>(
    scores: &[(usize, SpanishScores)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct BlockScores<'a> {
        block: usize,
        #[serde(flatten)]
        scores: &'a SpanishScores,
    }
    serializer.collect_seq(scores.iter().map(|(block, scores)| BlockScores {
        block: *block,
        scores,
    }))
}

/// The readability of a Spanish template: the whole handout (title and
/// subtitle aside) and each scored block, as
/// [`crate::quality::readability::template_scores`] does for English.
pub fn template_readability(template: &Template) -> SpanishReadability {
    let mut whole = Counts::default();
    let mut block_scores = Vec::new();
    for (i, block) in template.blocks.iter().enumerate() {
        if !is_scored(block) {
            continue;
        }
        let counts = counts_of_sentences(&block_sentences(block));
        if counts.words > 0 {
            block_scores.push((i, SpanishScores::from_counts(&counts)));
            whole = whole.add(counts);
        }
    }
    SpanishReadability {
        scores: SpanishScores::from_counts(&whole),
        block_scores,
        words: whole.words,
    }
}

/// The `reading-grade` finding for a Spanish handout, if it scores below
/// [`INFLESZ_TARGET`] (a warning) or [`INFLESZ_FLOOR`] (an error).
pub fn reading_finding(readability: &SpanishReadability) -> Option<Problem> {
    let s = readability.scores;
    if readability.words == 0 || s.szigriszt_pazos >= INFLESZ_TARGET {
        return None;
    }
    Some(Problem::finding(Rule::ReadingGrade, if s.szigriszt_pazos < INFLESZ_FLOOR {
            Severity::Error
        } else {
            Severity::Warning
        }, None, format!(
            "The handout scores {:.1} on the Szigriszt-Pazos scale (INFLESZ “{}”); Spanish handouts aim at {INFLESZ_TARGET} or more (“normal”) and must not fall below {INFLESZ_FLOOR}.",
            s.szigriszt_pazos,
            s.inflesz.label()
        ), Some(
            "Shorten the long sentences and use shorter, everyday words; the per-block scores show where to start."
                .to_owned(),
        )).keyed(ProblemText::new(keys::SPANISH_READING)
            .arg("score", format!("{:.1}", s.szigriszt_pazos))
            .arg("band", s.inflesz.label())
            .arg("target", format!("{INFLESZ_TARGET}"))
            .arg("floor", format!("{INFLESZ_FLOOR}"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn known_text_has_known_scores() {
        // 3 sentences, 12 words. Syllables: Llame(2) a(1) la(1) clínica(3) /
        // Tome(2) su(1) medicina(4) hoy(1) / ¿Necesita(4) ayuda(3) ahora(3)
        // mismo(2) = 27.
        let text = "Llame a la clínica. Tome su medicina hoy. ¿Necesita ayuda ahora mismo?";
        let c = counts_of_text(text);
        assert_eq!((c.sentences, c.words, c.syllables), (3, 12, 27));
        let s = score_text(text);
        let (wps, spw) = (4.0, 27.0 / 12.0);
        assert!(close(s.fernandez_huerta, 206.84 - 60.0 * spw - 1.02 * wps));
        assert!(close(s.szigriszt_pazos, 206.835 - 62.3 * spw - wps));
        // By hand: FH = 206.84 - 135 - 4.08 = 67.76; SP = 206.835 - 140.175 - 4 = 62.66.
        assert!((s.fernandez_huerta - 67.76).abs() < 0.001);
        assert!((s.szigriszt_pazos - 62.66).abs() < 0.001);
        assert_eq!(s.inflesz, InfleszBand::Normal);
    }

    #[test]
    fn inflesz_bands_give_boundaries_to_the_easier_band() {
        assert_eq!(InfleszBand::of(39.9), InfleszBand::VeryDifficult);
        assert_eq!(InfleszBand::of(40.0), InfleszBand::SomewhatDifficult);
        assert_eq!(InfleszBand::of(54.99), InfleszBand::SomewhatDifficult);
        assert_eq!(InfleszBand::of(55.0), InfleszBand::Normal);
        assert_eq!(InfleszBand::of(65.0), InfleszBand::FairlyEasy);
        assert_eq!(InfleszBand::of(80.0), InfleszBand::VeryEasy);
        assert_eq!(InfleszBand::SomewhatDifficult.label(), "algo difícil");
    }

    #[test]
    fn abbreviations_do_not_shorten_sentences() {
        let c = counts_of_text("La Dra. Ruiz la ve a las 9 a. m. del lunes. Llame al 555-0100.");
        assert_eq!((c.sentences, c.words), (2, 14));
    }

    #[test]
    fn empty_text_scores_zero_and_makes_no_finding() {
        assert_eq!(score_text(""), SpanishScores::default());
        let empty = SpanishReadability {
            scores: SpanishScores::default(),
            block_scores: Vec::new(),
            words: 0,
        };
        assert!(reading_finding(&empty).is_none());
    }

    #[test]
    fn hard_text_is_a_warning_and_very_hard_text_an_error() {
        let with = |sp: f64| SpanishReadability {
            scores: SpanishScores {
                fernandez_huerta: sp,
                szigriszt_pazos: sp,
                inflesz: InfleszBand::of(sp),
            },
            block_scores: Vec::new(),
            words: 100,
        };
        assert!(reading_finding(&with(55.0)).is_none());
        let warning = reading_finding(&with(48.0)).expect("a warning");
        assert_eq!(warning.severity, Severity::Warning);
        assert!(
            warning.message.contains("algo difícil"),
            "{}",
            warning.message
        );
        let error = reading_finding(&with(39.0)).expect("an error");
        assert_eq!(error.severity, Severity::Error);
        assert_eq!(error.rule, Some(Rule::ReadingGrade));
    }
}
