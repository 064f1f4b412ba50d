//! The word lists behind the language lints, kept apart so that a clinical
//! reviewer can read and amend them without reading code.
//!
//! Substance-use terms follow NIDA's *Words Matter* (facts.md D6); suicide and
//! self-harm wording follows the safe-messaging guides (facts.md D5); the jargon
//! list pairs medical words with the plain descriptions in facts.md A1–A3.

/// A word or phrase to avoid, with why and what to say instead.
pub struct Term {
    /// Lower-case words, matched whole and in order.
    pub words: &'static [&'static str],
    /// Why it harms, for the finding's message.
    pub why: &'static str,
    /// What to say instead.
    pub instead: &'static str,
}

/// Substance-use words that shame (NIDA *Words Matter*, facts.md D6).
pub const STIGMATISING: &[Term] = &[
    Term {
        words: &["addict"],
        why: "labels a person by an illness; it puts people off seeking treatment",
        instead: "person with a substance use disorder, or person who uses drugs",
    },
    Term {
        words: &["addicts"],
        why: "labels people by an illness; it puts people off seeking treatment",
        instead: "people with a substance use disorder, or people who use drugs",
    },
    Term {
        words: &["abuser"],
        why: "\"abuse\" words blame the person and raise stigma",
        instead: "person who uses drugs",
    },
    Term {
        words: &["abusers"],
        why: "\"abuse\" words blame the person and raise stigma",
        instead: "people who use drugs",
    },
    Term {
        words: &["drug", "abuse"],
        why: "\"abuse\" words blame the person and raise stigma",
        instead: "drug use, or harmful use",
    },
    Term {
        words: &["substance", "abuse"],
        why: "\"abuse\" words blame the person and raise stigma",
        instead: "substance use",
    },
    Term {
        words: &["opioid", "abuse"],
        why: "\"abuse\" words blame the person and raise stigma",
        instead: "opioid use, or opioid use disorder",
    },
    Term {
        words: &["junkie"],
        why: "a slur that shames the reader",
        instead: "person who uses drugs",
    },
    Term {
        words: &["junkies"],
        why: "a slur that shames the reader",
        instead: "people who use drugs",
    },
    Term {
        words: &["alcoholic"],
        why: "labels a person by an illness",
        instead: "person with alcohol use disorder",
    },
    Term {
        words: &["alcoholics"],
        why: "labels people by an illness",
        instead: "people with alcohol use disorder",
    },
    Term {
        words: &["drug", "habit"],
        why: "makes an illness sound like a choice",
        instead: "substance use disorder",
    },
    Term {
        words: &["replacement", "therapy"],
        why: "suggests treatment swaps one drug for another; it is medicine for an illness",
        instead: "medication for opioid use disorder (MOUD)",
    },
    Term {
        words: &["substitution", "therapy"],
        why: "suggests treatment swaps one drug for another; it is medicine for an illness",
        instead: "medication for opioid use disorder (MOUD)",
    },
    Term {
        words: &["opioid", "replacement"],
        why: "suggests treatment swaps one drug for another; it is medicine for an illness",
        instead: "medication for opioid use disorder (MOUD)",
    },
    Term {
        words: &["one", "drug", "for", "another"],
        why: "medicine for opioid use disorder is treatment, not trading drugs",
        instead: "medicine that treats opioid use disorder",
    },
    Term {
        words: &["relapse"],
        why: "often heard as a judgement of failure",
        instead: "return to use",
    },
    Term {
        words: &["relapses"],
        why: "often heard as a judgement of failure",
        instead: "returns to use",
    },
    Term {
        words: &["relapsed"],
        why: "often heard as a judgement of failure",
        instead: "returned to use",
    },
    Term {
        words: &["drug", "user"],
        why: "labels a person by what they do",
        instead: "person who uses drugs",
    },
    Term {
        words: &["drug", "users"],
        why: "labels people by what they do",
        instead: "people who use drugs",
    },
    Term {
        words: &["opioid", "users"],
        why: "labels people by what they do",
        instead: "people who use opioids",
    },
    Term {
        words: &["kratom", "users"],
        why: "labels people by what they do",
        instead: "people who use kratom",
    },
];

/// Suicide and self-harm wording that safe-messaging guidance advises against,
/// and method detail (facts.md D5).
pub const UNSAFE_SUICIDE: &[Term] = &[
    Term {
        words: &["committed", "suicide"],
        why: "\"committed\" links suicide with crime or sin",
        instead: "died by suicide, or took their own life",
    },
    Term {
        words: &["commit", "suicide"],
        why: "\"commit\" links suicide with crime or sin",
        instead: "die by suicide, or take their own life",
    },
    Term {
        words: &["commits", "suicide"],
        why: "\"commits\" links suicide with crime or sin",
        instead: "dies by suicide",
    },
    Term {
        words: &["committing", "suicide"],
        why: "\"committing\" links suicide with crime or sin",
        instead: "dying by suicide",
    },
    Term {
        words: &["successful", "suicide"],
        why: "presents death as a success",
        instead: "died by suicide",
    },
    Term {
        words: &["successful", "attempt"],
        why: "presents death as a success",
        instead: "died by suicide",
    },
    Term {
        words: &["unsuccessful", "attempt"],
        why: "presents surviving as a failure",
        instead: "suicide attempt, or survived an attempt",
    },
    Term {
        words: &["failed", "attempt"],
        why: "presents surviving as a failure",
        instead: "suicide attempt, or survived an attempt",
    },
    Term {
        words: &["failed", "suicide"],
        why: "presents surviving as a failure",
        instead: "suicide attempt",
    },
    Term {
        words: &["completed", "suicide"],
        why: "presents death as an achievement",
        instead: "died by suicide",
    },
    Term {
        words: &["suicide", "epidemic"],
        why: "makes suicide sound common and inevitable",
        instead: "say what help there is, without alarm words",
    },
    Term {
        words: &["self-harmer"],
        why: "labels a person by a behaviour",
        instead: "person who self-harms",
    },
    Term {
        words: &["self-harmers"],
        why: "labels people by a behaviour",
        instead: "people who self-harm",
    },
    Term {
        words: &["cutter"],
        why: "labels a person by a behaviour",
        instead: "person who self-harms",
    },
    Term {
        words: &["cutters"],
        why: "labels people by a behaviour",
        instead: "people who self-harm",
    },
    Term {
        words: &["attention-seeking"],
        why: "self-harm is a sign of distress; calling it attention-seeking stops people asking for help",
        instead: "a sign of deep distress",
    },
    Term {
        words: &["attention", "seeking"],
        why: "self-harm is a sign of distress; calling it attention-seeking stops people asking for help",
        instead: "a sign of deep distress",
    },
    // Method detail: never say how, with what, or how much (facts.md D5.1).
    Term {
        words: &["lethal", "dose"],
        why: "method detail: amounts that kill must never be printed",
        instead: "leave amounts out; say to get help right away",
    },
    Term {
        words: &["fatal", "dose"],
        why: "method detail: amounts that kill must never be printed",
        instead: "leave amounts out; say to get help right away",
    },
    Term {
        words: &["how", "many", "pills"],
        why: "method detail: amounts must never be printed",
        instead: "leave amounts out; say to get help right away",
    },
    Term {
        words: &["hanging"],
        why: "method detail: never name a method",
        instead: "leave the method out; focus on feelings, safety and help",
    },
    Term {
        words: &["noose"],
        why: "method detail: never name a method",
        instead: "leave the method out; focus on feelings, safety and help",
    },
    Term {
        words: &["slit"],
        why: "method detail: never describe a method",
        instead: "leave the method out; focus on feelings, safety and help",
    },
    Term {
        words: &["wrists"],
        why: "method detail: never describe where or how",
        instead: "leave the method out; focus on feelings, safety and help",
    },
    Term {
        words: &["razor", "blade"],
        why: "method detail: never name an implement",
        instead: "say \"put sharp items away\" without naming them",
    },
    Term {
        words: &["razor", "blades"],
        why: "method detail: never name an implement",
        instead: "say \"put sharp items away\" without naming them",
    },
    Term {
        words: &["painless", "way"],
        why: "method detail: never compare methods",
        instead: "leave the method out; focus on feelings, safety and help",
    },
];

/// Words that describe equipment, after which "clean" or "dirty" is fine.
pub const EQUIPMENT: &[&str] = &[
    "syringe",
    "syringes",
    "needle",
    "needles",
    "equipment",
    "supplies",
    "works",
    "gear",
    "water",
    "hands",
    "wound",
    "wounds",
    "cooker",
    "cookers",
    "swab",
    "swabs",
];

/// Words before "clean" or "dirty" that make it describe a person.
pub const PERSON_BEFORE: &[&str] = &[
    "stay", "stayed", "staying", "stays", "get", "got", "getting", "gets", "be", "been", "being",
    "is", "are", "was", "were", "am", "i'm", "you're", "he's", "she's", "they're", "remain",
    "remained",
];
/// Words after "clean" or "dirty" that make it describe a person or a test.
pub const PERSON_AFTER: &[&str] = &[
    "test", "tests", "urine", "screen", "screens", "sample", "samples", "time", "date", "for",
    "since", "now",
];

/// Forms of "be" and "get" that start a passive phrase.
pub const BE: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten",
    "getting",
];

/// Past participles that do not end in -ed.
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "given",
    "taken",
    "made",
    "done",
    "seen",
    "known",
    "shown",
    "written",
    "told",
    "found",
    "kept",
    "held",
    "left",
    "brought",
    "bought",
    "sold",
    "sent",
    "put",
    "set",
    "hurt",
    "born",
    "chosen",
    "driven",
    "eaten",
    "fallen",
    "forgotten",
    "hidden",
    "spoken",
    "stolen",
    "thrown",
    "woken",
    "worn",
    "paid",
    "said",
    "built",
    "caught",
    "taught",
    "meant",
    "run",
    "begun",
];

/// Words ending in -ed that are mostly adjectives after "be" ("I am worried").
pub const ADJECTIVES_IN_ED: &[&str] = &[
    "tired",
    "worried",
    "scared",
    "interested",
    "married",
    "excited",
    "bored",
    "confused",
    "ashamed",
    "pleased",
    "relieved",
    "based",
    "used",
    "supposed",
    "concerned",
    "involved",
    "prepared",
    "stressed",
    "isolated",
    "overwhelmed",
    "depressed",
    "frightened",
    "embarrassed",
    "limited",
    "detailed",
    "advanced",
    "qualified",
    "licensed",
    "trained",
];

/// A medical word and a plain way to say it.
pub struct Jargon {
    /// The word, lower-case.
    pub word: &'static str,
    /// Everyday words for it.
    pub plain: &'static str,
}

/// Medical words a reader may not know, each with everyday words (curated from
/// the fact base's plain descriptions, facts.md A1–A3 and D6). The medicines a
/// handout cannot avoid naming (buprenorphine, methadone, naltrexone, naloxone,
/// kratom) are not here: the templates define them on first use (facts.md D1).
pub const JARGON: &[Jargon] = &[
    Jargon {
        word: "sublingual",
        plain: "under the tongue",
    },
    Jargon {
        word: "buccal",
        plain: "inside the cheek",
    },
    Jargon {
        word: "intravenous",
        plain: "into a vein",
    },
    Jargon {
        word: "intramuscular",
        plain: "into a muscle (a shot)",
    },
    Jargon {
        word: "subcutaneous",
        plain: "under the skin",
    },
    Jargon {
        word: "agonist",
        plain: "a medicine that acts like an opioid",
    },
    Jargon {
        word: "antagonist",
        plain: "a medicine that blocks opioids",
    },
    Jargon {
        word: "induction",
        plain: "starting the medicine",
    },
    Jargon {
        word: "titrate",
        plain: "change the dose step by step",
    },
    Jargon {
        word: "taper",
        plain: "lower the dose slowly",
    },
    Jargon {
        word: "respiratory",
        plain: "breathing",
    },
    Jargon {
        word: "sedation",
        plain: "deep sleepiness",
    },
    Jargon {
        word: "sedative",
        plain: "a medicine that makes you sleepy",
    },
    Jargon {
        word: "sedatives",
        plain: "medicines that make you sleepy",
    },
    Jargon {
        word: "hepatotoxicity",
        plain: "liver damage",
    },
    Jargon {
        word: "hepatic",
        plain: "liver",
    },
    Jargon {
        word: "cardiac",
        plain: "heart",
    },
    Jargon {
        word: "contraindicated",
        plain: "not safe to use with",
    },
    Jargon {
        word: "adverse",
        plain: "harmful",
    },
    Jargon {
        word: "pharmacotherapy",
        plain: "medicine",
    },
    Jargon {
        word: "psychosocial",
        plain: "counseling and support",
    },
    Jargon {
        word: "comorbid",
        plain: "at the same time as",
    },
    Jargon {
        word: "ideation",
        plain: "thoughts",
    },
    Jargon {
        word: "lethality",
        plain: "danger",
    },
    Jargon {
        word: "efficacy",
        plain: "how well it works",
    },
    Jargon {
        word: "prophylaxis",
        plain: "prevention",
    },
    Jargon {
        word: "precipitated",
        plain: "sudden (as in sudden withdrawal)",
    },
    Jargon {
        word: "opioid-naive",
        plain: "who does not take opioids",
    },
    Jargon {
        word: "adulterated",
        plain: "mixed with other things",
    },
];

/// Words that, in the same sentence after a term, signal it is being explained.
pub const EXPLAINERS: &[&str] = &["means", "called", "which", "or", "like"];
