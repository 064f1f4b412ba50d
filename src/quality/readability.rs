//! Readability scores with the constants in the fact base (facts.md D2).

use crate::quality::text::words;

/// Words, sentences, syllables and polysyllabic words (3 or more syllables).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Syllables.
    pub syllables: usize,
    /// Words of three or more syllables.
    pub polysyllables: usize,
}

impl Counts {
    /// The counts of these sentences.
    pub fn of_sentences(sentences: &[String]) -> Self {
        let mut counts = Self::default();
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

    /// These counts and `other`'s together.
    pub fn add(self, other: Counts) -> Self {
        Self {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            syllables: self.syllables + other.syllables,
            polysyllables: self.polysyllables + other.polysyllables,
        }
    }
}

/// The three scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Scores {
    /// Flesch–Kincaid grade level.
    pub flesch_kincaid_grade: f64,
    /// SMOG grade (0 with fewer than 3 sentences).
    pub smog_grade: f64,
    /// Flesch Reading Ease (higher is easier).
    pub flesch_reading_ease: f64,
}

impl Scores {
    /// The scores of `counts`; all 0 when there are no words.
    pub fn from_counts(c: &Counts) -> Self {
        if c.words == 0 || c.sentences == 0 {
            return Self::default();
        }
        let wps = c.words as f64 / c.sentences as f64;
        let spw = c.syllables as f64 / c.words as f64;
        let smog = if c.sentences < 3 {
            0.0
        } else {
            1.0430 * (c.polysyllables as f64 * 30.0 / c.sentences as f64).sqrt() + 3.1291
        };
        Self {
            flesch_kincaid_grade: 0.39 * wps + 11.8 * spw - 15.59,
            smog_grade: smog,
            flesch_reading_ease: 206.835 - 1.015 * wps - 84.6 * spw,
        }
    }
}

/// Syllables in one word (a heuristic: vowel groups, less a silent final e).
pub fn syllables(word: &str) -> usize {
    let w = word.to_lowercase();
    let mut count = 0;
    let mut previous_vowel = false;
    for c in w.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}
