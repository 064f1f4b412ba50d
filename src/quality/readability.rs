//! Readability scores with the constants in the fact base (facts.md D2):
//! Flesch–Kincaid grade, Flesch Reading Ease and SMOG grade, for a whole
//! handout and for each block.
//!
//! Words and sentences come from [`crate::quality::text`] (which documents how
//! headings, abbreviations, phone numbers and links are counted); syllables
//! from [`syllables`], an English heuristic documented there. The test
//! `tests/readability.rs` checks the counts and grades against the Python
//! package textstat (0.7.8, which counts syllables with the CMU Pronouncing
//! Dictionary) on a corpus of patient-education text.

use std::borrow::Cow;

use crate::quality::report::TemplateScores;
use crate::quality::text::{self, WordKind, word_iter, word_kind};
use crate::template::{Block, Template};

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
    /// The counts of these sentences. A sentence with no words is not counted.
    pub fn of_sentences(sentences: &[String]) -> Self {
        let mut counts = Self::default();
        for sentence in sentences {
            let mut any = false;
            for w in word_iter(sentence) {
                any = true;
                let n = syllables(&w);
                counts.words += 1;
                counts.syllables += n;
                if n >= 3 {
                    counts.polysyllables += 1;
                }
            }
            counts.sentences += usize::from(any);
        }
        counts
    }

    /// The counts of plain text (no markup), split with [`text::split_sentences`].
    pub fn of_text(plain_text: &str) -> Self {
        Self::of_sentences(&text::split_sentences(plain_text))
    }

    /// The counts of one template block's text (markup resolved).
    pub fn of_block(block: &Block) -> Self {
        Self::of_sentences(&text::block_sentences(block))
    }

    /// These counts and `other`'s together.
    // The name is part of the module's interface (callers use `a.add(b)`).
    #[allow(clippy::should_implement_trait)]
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
    /// The scores of `counts`; all 0 when there are no words. SMOG is 0 with
    /// fewer than 3 sentences, as in textstat (facts.md D2).
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

/// The scores of plain text (no markup).
pub fn score_text(plain_text: &str) -> Scores {
    Scores::from_counts(&Counts::of_text(plain_text))
}

/// Whether a block's text is scored: every block but `Sources` and
/// `Resources`, whose text is citations and clinic contact details rather
/// than patient prose.
pub fn is_scored(block: &Block) -> bool {
    !matches!(block, Block::Sources { .. } | Block::Resources { .. })
}

/// The fewest words (with the block's heading) for which a block gets a grade
/// of its own. The formulas need running text: "Call 988." alone scores grade
/// −3.0 and one long word alone scores grade 12, and neither says anything
/// about how hard the block is to read. The whole-handout grade counts every word.
pub const MIN_WORDS_FOR_BLOCK_GRADE: usize = 10;

/// The readability of a template: the whole handout scored as one document
/// (so SMOG, which needs 3 sentences, has enough), and each scored block (see
/// [`is_scored`]) by its index in `template.blocks`. The title and subtitle are
/// not part of the score.
///
/// A heading is not graded alone: its words are scored with the block it
/// introduces (the next block), so "Naloxone" on its own does not show as
/// grade 12. A block with fewer than [`MIN_WORDS_FOR_BLOCK_GRADE`] words,
/// heading included, gets no grade of its own; an empty block never does.
pub fn template_scores(template: &Template) -> TemplateScores {
    let sentences: Vec<Vec<String>> = template.blocks.iter().map(text::block_sentences).collect();
    scores_of(&template.blocks, &sentences)
}

/// [`template_scores`] from each block's sentences, worked out once by the caller.
pub fn scores_of(blocks: &[Block], sentences: &[Vec<String>]) -> TemplateScores {
    let mut whole = Counts::default();
    let mut heading = Counts::default();
    let mut graded = Vec::new();
    for (i, (block, sentences)) in blocks.iter().zip(sentences).enumerate() {
        if !is_scored(block) {
            heading = Counts::default();
            continue;
        }
        let counts = Counts::of_sentences(sentences);
        whole = whole.add(counts);
        if matches!(block, Block::Heading { .. }) {
            heading = heading.add(counts);
            continue;
        }
        let with_heading = std::mem::take(&mut heading).add(counts);
        if counts.words > 0 && with_heading.words >= MIN_WORDS_FOR_BLOCK_GRADE {
            graded.push((i, Scores::from_counts(&with_heading)));
        }
    }
    TemplateScores {
        whole: Scores::from_counts(&whole),
        blocks: graded,
    }
}

/// Syllables in one word as returned by [`text::words`].
///
/// A number, phone number or link counts as one syllable (one short word, see
/// [`crate::quality::text`]); a dotted initialism ("e.g", "U.S") one syllable
/// per letter, as it is read aloud, and so do capitals with no vowel or a
/// known initialism ("CDC", "FDA", "HIV"); "Dr", "Mr", "Mrs" count as "doctor", "mister",
/// "missus". A hyphenated word is the sum of its parts; a `-n't` after a
/// consonant ("couldn't") adds one. Other words use an English heuristic, in
/// this order:
///
/// 1. a short table of words the rules get wrong (e.g. "suicide", "poison");
/// 2. a plural or third-person `-s` is dropped (not after `s`, `u`, `i` or `e`);
/// 3. the roots "some", "care", "home", "life", "safe", "time", "where",
///    "there", "guide", "frame" (one syllable) and "every" (two) start a
///    compound before a consonant ("something", "safety", "everyday"); then
///    `-ically` counts as `-ic` + 1 ("typically"), and the suffixes `-ing`,
///    `-ly`, `-ment`, `-ness`, `-ful`, `-less` count one syllable on top of
///    their stem ("safely" = "safe" + 1; "struggling" keeps the `-le` of
///    "struggle");
/// 4. the rest counts groups of vowels (`a e i o u`, and `y` unless it starts a
///    syllable before a vowel, as in "you" or "player"), then
///    - splits vowel pairs that are two syllables: `ia` ("media"; not after
///      `c t s g x`), `io` ("opioid", "ratio"; not in `-tion`, `-cious`
///      and the like, nor in a final `-lion`/`-nion`), `iu`
///      ("medium"), `ie` before `t`, `nt`/`nc` or a final `r`/`st` ("diet",
///      "client", "easier"; `-ient`/`-ience` not after `c t s g x`), `eo`
///      ("video"; not after `g`, nor in "people"), `ua` ("usual"; not after
///      `g q`), `ue` before `n l` ("fluent"; not after `g q`), a final `ea`
///      after another vowel ("area", not "tea"), and `y` before a vowel after
///      a consonant;
///    - drops a silent final `e` (not `-le` or `-re` after a consonant, as in
///      "table", "centre"), a silent `-es` (not after `s x z c g`, `ch`, `sh`,
///      or `-les`/`-res` after a consonant), a silent `-ed` (not after `t d`,
///      nor `-led`/`-red` after a consonant), and a silent `-gue` after a
///      vowel or `n` ("tongue", "fatigue");
///    - adds one for a final `-ism` ("alcoholism") and for a final `-ire`,
///      `-ires`, `-ired` ("fire", "tired", "require"), as the CMU
///      Pronouncing Dictionary counts them.
///
/// Every word has at least one syllable. The heuristic is tested against a
/// fixed word list below and agrees with the CMU Pronouncing Dictionary (via
/// textstat) on most words of the test corpus (`tests/readability.rs` prints
/// the figure).
pub fn syllables(word: &str) -> usize {
    match word_kind(word) {
        WordKind::Number | WordKind::Link => return 1,
        WordKind::Initialism => return word.chars().filter(|c| c.is_alphabetic()).count().max(1),
        WordKind::Word => {}
    }
    if let Some(n) = spelled_out(word) {
        return n;
    }
    // Most words are lower case already: only a word with capitals or a
    // curly apostrophe is copied.
    let lower: Cow<'_, str> = if word.chars().any(|c| c == '’' || changes_case(c)) {
        Cow::Owned(word.to_lowercase().replace('’', "'"))
    } else {
        Cow::Borrowed(word)
    };
    if lower.contains('-') {
        return lower
            .split('-')
            .filter(|p| p.chars().any(char::is_alphanumeric))
            .map(|p| {
                if p.chars().any(|c| c.is_ascii_digit()) {
                    1
                } else {
                    word_syllables(p)
                }
            })
            .sum::<usize>()
            .max(1);
    }
    word_syllables(&lower)
}

/// Whether lower-casing changes `c`.
pub(crate) fn changes_case(c: char) -> bool {
    let mut lower = c.to_lowercase();
    !(lower.next() == Some(c) && lower.next().is_none())
}

/// Syllables of one lower-case word without hyphens.
fn word_syllables(word: &str) -> usize {
    let letters: String = word
        .split('\'')
        .next()
        .unwrap_or(word)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    // Keep the letters after an apostrophe when they are a whole syllable ("we've" no, "o'clock" yes).
    let letters = if word.starts_with("o'") {
        word.replace('\'', "")
    } else {
        letters
    };
    if letters.is_empty() {
        return 1;
    }
    count_word(&letters, true).max(1) + usize::from(syllabic_nt(word))
}

/// "couldn't", "isn't": a `-n't` after a consonant is a syllable of its own
/// ("don't" and "can't" are not).
fn syllabic_nt(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("n't") else {
        return false;
    };
    stem.chars()
        .last()
        .is_some_and(|c| c.is_alphabetic() && !is_vowel_letter(c))
}

/// Initialisms with a vowel that are read letter by letter.
const SPELLED_INITIALISMS: &[&str] = &[
    "FDA", "HIV", "ICU", "IUD", "OUD", "AUD", "ER", "ID", "IV", "UK", "US", "EU", "EMS", "EMT",
    "ADHD",
];

/// "CDC", "PTSD", "FDA": capitals with no vowel (two to five of them), or a
/// known initialism, are read letter by letter (W is three syllables).
/// Capitals that can be said as a word ("NIDA", "ZIP") are ordinary words.
fn spelled_out(word: &str) -> Option<usize> {
    let n = word.chars().count();
    let capitals = word.chars().all(|c| c.is_ascii_uppercase());
    let no_vowel = !word
        .chars()
        .any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U'));
    (capitals && (2..=5).contains(&n) && (no_vowel || SPELLED_INITIALISMS.contains(&word)))
        .then(|| word.chars().map(|c| if c == 'W' { 3 } else { 1 }).sum())
}

/// Words the rules below count wrongly, with their syllables.
const EXCEPTIONS: &[(&str, usize)] = &[
    ("dr", 2),
    ("mr", 2),
    ("mrs", 2),
    ("ms", 1),
    ("st", 1),
    ("suicide", 3),
    ("suicidal", 4),
    ("poison", 2),
    ("poisoning", 3),
    ("science", 2),
    ("heroin", 3),
    ("business", 2),
    ("create", 2),
    ("created", 3),
    ("creating", 3),
    ("hour", 2),
    ("our", 2),
    ("aspirin", 2),
    ("aches", 1),
    ("wherever", 3),
    ("behavior", 3),
    ("behaviour", 3),
    ("behavioral", 4),
    ("behavioural", 4),
    ("sciences", 3),
    ("scientific", 4),
    ("scientist", 3),
    ("fluid", 2),
    ("headache", 2),
    ("headaches", 2),
    ("cooperate", 4),
    ("cooperation", 5),
    ("every", 3),
    ("everyone", 3),
    ("everything", 3),
    ("evening", 2),
    ("diabetes", 4),
    ("naive", 2),
    ("being", 2),
    ("maybe", 2),
    ("anyone", 3),
    ("someone", 2),
    ("one", 1),
    ("once", 1),
    ("done", 1),
    ("gone", 1),
    ("none", 1),
    ("the", 1),
    ("be", 1),
    ("he", 1),
    ("she", 1),
    ("we", 1),
    ("me", 1),
];

/// Suffixes that add one syllable to their stem.
const SUFFIXES: &[&str] = &["ing", "ment", "ness", "less", "ful", "ly"];

/// Roots that start compounds, with their syllables: mostly a silent `e`
/// ("something", "safety").
const ROOTS: &[(&str, usize)] = &[
    ("some", 1),
    ("care", 1),
    ("home", 1),
    ("life", 1),
    ("safe", 1),
    ("time", 1),
    ("where", 1),
    ("there", 1),
    ("guide", 1),
    ("frame", 1),
    ("every", 2),
];

fn exception(word: &str) -> Option<usize> {
    EXCEPTIONS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n)
}

fn has_vowel(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// Steps 1–3 of [`syllables`], then the vowel-group count. `plural` is false
/// for a stem left by a suffix ("increas" from "increasing"), which is not
/// a plural.
fn count_word(word: &str, plural: bool) -> usize {
    if let Some(n) = exception(word) {
        return n;
    }
    if let Some(stem) = word.strip_suffix('s')
        && plural
        && stem.len() >= 2
        && !stem.ends_with(['s', 'u', 'i', 'e'])
    {
        return count_word(stem, true);
    }
    for (root, n) in ROOTS {
        if let Some(rest) = word.strip_prefix(root)
            && rest.len() >= 2
            && has_vowel(rest)
            && rest.starts_with(|c: char| !is_vowel_letter(c))
        {
            return n + count_word(rest, true);
        }
    }
    if let Some(stem) = word.strip_suffix("ically") {
        // "typically" = "typic" + "ly": the "al" is not heard.
        return count_word(&format!("{stem}ic"), false) + 1;
    }
    for suffix in SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 2
            && has_vowel(stem)
        {
            return count_word(stem, false) + 1 + usize::from(*suffix == "ing" && syllabic_l(stem));
        }
    }
    vowel_groups(word).max(1)
}

/// "struggl" (from "struggling"): a stem ending in a consonant and `l`, the
/// `-le` of "struggle", keeps that syllable.
fn syllabic_l(stem: &str) -> bool {
    let w: Vec<char> = stem.chars().collect();
    let n = w.len();
    n >= 3 && w[n - 1] == 'l' && !is_vowel_letter(w[n - 2]) && !matches!(w[n - 2], 'l' | 'r' | 'y')
}

fn is_vowel_letter(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Which letters are vowels: `a e i o u`, and `y` unless it is followed by a
/// vowel at the start of the word or after a vowel ("you", "player").
fn vowel_mask(w: &[char]) -> Vec<bool> {
    (0..w.len())
        .map(|i| {
            let c = w[i];
            if c == 'y' {
                let next_vowel = w.get(i + 1).is_some_and(|&n| is_vowel_letter(n));
                let prev_vowel = i > 0 && is_vowel_letter(w[i - 1]);
                !(next_vowel && (i == 0 || prev_vowel))
            } else {
                is_vowel_letter(c) || (c.is_alphabetic() && !c.is_ascii())
            }
        })
        .collect()
}

/// Step 4 of [`syllables`]: vowel groups, split pairs, silent endings.
fn vowel_groups(word: &str) -> usize {
    let w: Vec<char> = word.chars().collect();
    let vowel = vowel_mask(&w);
    let mut count = 0usize;
    for i in 0..w.len() {
        let starts_group = i == 0 || !vowel[i - 1];
        if vowel[i] && (starts_group || splits(&w, i)) {
            count += 1;
        }
    }
    count = count.saturating_sub(silent_ending(&w, &vowel)).max(1);
    if ["ire", "ires", "ired"].iter().any(|e| word.ends_with(e)) && word.len() > 3 {
        count += 1;
    }
    if word.ends_with("ism") {
        count += 1;
    }
    count
}

/// Whether the vowel at `i` (after a vowel at `i - 1`) starts a new syllable.
fn splits(w: &[char], i: usize) -> bool {
    let prev = w[i - 1];
    let cur = w[i];
    let before = if i >= 2 { Some(w[i - 2]) } else { None };
    let after: String = w[i + 1..].iter().collect();
    let soft_before = before.is_some_and(|b| matches!(b, 'c' | 't' | 's' | 'g' | 'x'));
    match (prev, cur) {
        ('i', 'a') => !soft_before,
        ('i', 'o') => {
            let soft = soft_before && after.starts_with(['n', 'u']);
            let final_ion = (after == "n" || after == "ns")
                && before.is_some_and(|b| matches!(b, 'l' | 'n'))
                && w[..i - 1].iter().any(|&c| is_vowel_letter(c));
            !(soft || final_ion)
        }
        ('i', 'u') => true,
        ('i', 'e') => {
            after.starts_with('t')
                || ((after.starts_with("nt") || after.starts_with("nc")) && !soft_before)
                || (before.is_some_and(|b| !is_vowel_letter(b)) && (after == "r" || after == "st"))
        }
        ('e', 'o') => before != Some('g') && !after.starts_with('p'),
        ('u', 'a') => !before.is_some_and(|b| matches!(b, 'g' | 'q')),
        ('u', 'e') => {
            (after.starts_with('n') || after.starts_with('l'))
                && !before.is_some_and(|b| matches!(b, 'g' | 'q'))
        }
        ('e', 'a') => after.is_empty() && w[..i - 1].iter().any(|&c| is_vowel_letter(c)),
        ('y', _) => before.is_some_and(|b| !is_vowel_letter(b)),
        _ => false,
    }
}

/// "tongue", "fatigue", "league": a final `-gue(s)` after a vowel or `n` is silent.
fn silent_gue(w: &[char]) -> bool {
    let s: String = w.iter().collect();
    let body = s.strip_suffix('s').unwrap_or(&s);
    body.len() >= 5
        && body.ends_with("gue")
        && body[..body.len() - 3]
            .chars()
            .last()
            .is_some_and(|c| is_vowel_letter(c) || c == 'n')
}

/// 1 when the word ends in a silent `e`, `-es` or `-ed` and has another vowel group.
fn silent_ending(w: &[char], vowel: &[bool]) -> usize {
    if silent_gue(w) {
        return 1;
    }
    let n = w.len();
    if n < 3 {
        return 0;
    }
    let consonant = |i: usize| !vowel[i];
    let last = w[n - 1];
    let groups_before_end = (0..n - 1)
        .filter(|&i| vowel[i] && (i == 0 || !vowel[i - 1]))
        .count();
    if groups_before_end < 1 {
        return 0;
    }
    if last == 'e' {
        let p = n - 2;
        let le_after_consonant =
            matches!(w[p], 'l' | 'r') && p >= 1 && consonant(p - 1) && w[p - 1] != w[p];
        return usize::from(consonant(p) && !le_after_consonant && groups_before_end >= 1 && n > 2);
    }
    if n < 4 || w[n - 2] != 'e' || !consonant(n - 3) {
        return 0;
    }
    let p = n - 3;
    let c = w[p];
    let after_consonant_l = matches!(c, 'l' | 'r') && p >= 1 && consonant(p - 1) && w[p - 1] != c;
    match last {
        's' => {
            let keeps = matches!(c, 's' | 'x' | 'z' | 'c' | 'g')
                || (c == 'h' && p >= 1 && matches!(w[p - 1], 'c' | 's'))
                || after_consonant_l;
            usize::from(!keeps)
        }
        'd' => usize::from(!matches!(c, 't' | 'd') && !after_consonant_l),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words with their dictionary syllable counts.
    const WORD_LIST: &[(&str, usize)] = &[
        ("a", 1),
        ("the", 1),
        ("you", 1),
        ("help", 1),
        ("call", 1),
        ("safe", 1),
        ("take", 1),
        ("takes", 1),
        ("taking", 2),
        ("while", 1),
        ("whole", 1),
        ("used", 1),
        ("uses", 2),
        ("called", 1),
        ("needed", 2),
        ("wanted", 2),
        ("changes", 2),
        ("places", 2),
        ("lives", 1),
        ("table", 2),
        ("people", 2),
        ("little", 2),
        ("doctor", 2),
        ("water", 2),
        ("safely", 2),
        ("safety", 2),
        ("likely", 2),
        ("only", 2),
        ("really", 2),
        ("careful", 2),
        ("treatment", 2),
        ("sometimes", 2),
        ("someone", 2),
        ("player", 2),
        ("trying", 2),
        ("being", 2),
        ("doing", 2),
        ("family", 3),
        ("medicine", 3),
        ("medicines", 3),
        ("methadone", 3),
        ("naloxone", 3),
        ("naltrexone", 3),
        ("buprenorphine", 4),
        ("opioid", 3),
        ("opioids", 3),
        ("overdose", 3),
        ("media", 3),
        ("medium", 3),
        ("usual", 3),
        ("usually", 4),
        ("area", 3),
        ("idea", 3),
        ("video", 3),
        ("diet", 2),
        ("quiet", 2),
        ("client", 2),
        ("patient", 2),
        ("easier", 3),
        ("anxiety", 4),
        ("violence", 3),
        ("period", 3),
        ("serious", 3),
        ("previous", 3),
        ("anxious", 2),
        ("special", 2),
        ("nation", 2),
        ("question", 2),
        ("fluent", 2),
        ("influence", 3),
        ("issue", 2),
        ("continue", 3),
        ("tissue", 2),
        ("alcoholism", 5),
        ("recovery", 4),
        ("vegetable", 4),
        ("prescription", 3),
        ("withdrawal", 3),
        ("nausea", 3),
        ("suicide", 3),
        ("poison", 2),
        ("kratom", 2),
        ("tea", 1),
        ("something", 2),
        ("homeless", 2),
        ("fire", 2),
        ("require", 3),
        ("headaches", 2),
        ("typically", 3),
        ("everyday", 3),
        ("increasing", 3),
        ("wherever", 3),
        ("ratio", 3),
        ("criterion", 4),
        ("million", 2),
        ("opinion", 3),
        ("fatigue", 2),
        ("tongue", 1),
        ("centre", 2),
        ("struggling", 3),
        ("couldn't", 2),
        ("FDA", 3),
        ("HIV", 3),
        ("guideline", 2),
        ("don't", 1),
        ("clinic's", 2),
        ("follow-up", 3),
    ];

    #[test]
    fn syllables_match_a_fixed_word_list() {
        let wrong: Vec<String> = WORD_LIST
            .iter()
            .filter(|(w, n)| syllables(w) != *n)
            .map(|(w, n)| format!("{w}: {} (want {n})", syllables(w)))
            .collect();
        assert!(wrong.is_empty(), "wrong syllable counts: {wrong:?}");
    }

    #[test]
    fn numbers_links_and_initialisms_are_short() {
        assert_eq!(syllables("988"), 1);
        assert_eq!(syllables("(555) 010-2000"), 1);
        assert_eq!(syllables("https://x.example"), 1);
        assert_eq!(syllables("clinic.example"), 1);
        assert_eq!(syllables("a.m"), 2);
        assert_eq!(syllables("Dr"), 2);
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn known_text_has_known_grades() {
        // 3 sentences, 12 words; syllables: The(1) cat(1) sat(1) down(1) /
        // Take(1) your(1) medicine(3) daily(2) / Call(1) your(1) doctor(2)
        // today(2) = 17; polysyllables: medicine = 1.
        let text = "The cat sat down. Take your medicine daily. Call your doctor today.";
        let c = Counts::of_text(text);
        assert_eq!(
            c,
            Counts {
                words: 12,
                sentences: 3,
                syllables: 17,
                polysyllables: 1
            }
        );
        let s = score_text(text);
        let (wps, spw) = (12.0 / 3.0, 17.0 / 12.0);
        assert!(close(
            s.flesch_kincaid_grade,
            0.39 * wps + 11.8 * spw - 15.59
        ));
        assert!(close(
            s.flesch_reading_ease,
            206.835 - 1.015 * wps - 84.6 * spw
        ));
        assert!(close(
            s.smog_grade,
            1.0430 * (30.0_f64 / 3.0).sqrt() + 3.1291
        ));
        // By hand: FK = 1.56 + 16.7167 - 15.59 = 2.6867; FRE = 82.925; SMOG = 6.427.
        assert!((s.flesch_kincaid_grade - 2.687).abs() < 0.001);
        assert!((s.flesch_reading_ease - 82.925).abs() < 0.001);
        assert!((s.smog_grade - 6.427).abs() < 0.001);
    }

    #[test]
    fn normalisation_keeps_counts_honest() {
        // "Dr." and "p.m." do not end sentences; the phone number and link are one word each.
        let c = Counts::of_text(
            "Dr. Lee sees you before 5 p.m. on Monday. Call (555) 010-2000 or visit clinic.example.",
        );
        assert_eq!(c.sentences, 2);
        assert_eq!(c.words, 14);
    }

    #[test]
    fn short_texts_have_no_smog_and_empty_text_scores_zero() {
        assert!(close(score_text("Call us today.").smog_grade, 0.0));
        assert_eq!(score_text(""), Scores::default());
    }
    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            text: text.to_owned(),
            sources: vec![1],
        }
    }

    fn heading(text: &str) -> Block {
        Block::Heading {
            text: text.to_owned(),
            keep_together: false,
        }
    }

    fn scores(blocks: &[Block]) -> TemplateScores {
        let sentences: Vec<Vec<String>> = blocks.iter().map(text::block_sentences).collect();
        scores_of(blocks, &sentences)
    }

    #[test]
    fn a_heading_is_graded_with_the_block_it_introduces() {
        let body =
            "Naloxone can wake a person up after an overdose. Give it fast and call for help.";
        let s = scores(&[heading("Naloxone saves lives"), paragraph(body)]);
        assert_eq!(s.blocks.len(), 1, "one grade, for the paragraph");
        assert_eq!(s.blocks[0].0, 1);
        let with_heading = Counts::of_text(&format!("Naloxone saves lives\n{body}"));
        assert_eq!(s.blocks[0].1, Scores::from_counts(&with_heading));
        assert_eq!(s.whole, Scores::from_counts(&with_heading));
    }

    #[test]
    fn empty_and_tiny_blocks_get_no_grade() {
        let s = scores(&[paragraph(""), paragraph("Call 988."), heading("Get help")]);
        assert!(s.blocks.is_empty(), "{:?}", s.blocks);
        // The words still count towards the whole handout.
        assert_eq!(s.whole, score_text("Call 988.\nGet help"));
        let s = scores(&[heading("A heading of several words here"), paragraph("")]);
        assert!(
            s.blocks.is_empty(),
            "an empty block borrows no grade from its heading"
        );
    }
}
