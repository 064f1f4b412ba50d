//! The word lists behind the language lints, kept apart so that a clinical
//! reviewer can read and amend them without reading code.
//!
//! - [`STIGMATISING`]: substance-use terms, following NIDA's *Words Matter*
//!   (facts.md D6); [`UNSAFE_SUICIDE`]: suicide and self-harm wording, following
//!   the safe-messaging guides (facts.md D5). Both are errors wherever they print.
//! - [`JARGON`]: medical words with the plain descriptions of facts.md A1–A3, D1
//!   and D6; [`UNAVOIDABLE_TERMS`]: names a handout must use, each to be explained
//!   where it is first used (facts.md D1). Add a word's every form (singular,
//!   plural); a form may be several words.
//! - [`PASSIVE_VERBS`]: verbs the passive-voice suggestion can rewrite, with who
//!   usually does them where that is clear.
//!
//! All words are lower case. Lists are matched whole-word, in order.

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

/// Helper verbs that can come before "be" in a passive ("can be given").
pub const MODALS: &[&str] = &[
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "will",
    "would",
    "shall",
    "cannot",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "mustn't",
];

/// Words that open a noun phrase and are written in lower case mid-sentence.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "your", "my", "our", "their", "his", "her",
    "its", "some", "any", "most", "many", "each", "every", "all", "no",
];

/// A verb as the passive-voice suggestion needs it.
pub struct PassiveVerb {
    /// The past participle the passive uses ("sold").
    pub participle: &'static str,
    /// The plain form ("sell").
    pub base: &'static str,
    /// The past tense when it differs from the participle ("gave" for "given").
    pub irregular_past: Option<&'static str>,
    /// Who usually does it in a handout, and whether that is plural, when it is
    /// clear enough to suggest ("stores" sell); otherwise the suggestion leaves
    /// "[who]" for the writer to name.
    pub doer: Option<(&'static str, bool)>,
}

impl PassiveVerb {
    /// The past tense ("sold", "gave").
    pub fn past(&self) -> &'static str {
        self.irregular_past.unwrap_or(self.participle)
    }
}

const fn verb(participle: &'static str, base: &'static str) -> PassiveVerb {
    PassiveVerb {
        participle,
        base,
        irregular_past: None,
        doer: None,
    }
}

const fn irregular(
    participle: &'static str,
    base: &'static str,
    past: &'static str,
) -> PassiveVerb {
    PassiveVerb {
        participle,
        base,
        irregular_past: Some(past),
        doer: None,
    }
}

const fn done_by(
    participle: &'static str,
    base: &'static str,
    doer: &'static str,
    plural: bool,
) -> PassiveVerb {
    PassiveVerb {
        participle,
        base,
        irregular_past: None,
        doer: Some((doer, plural)),
    }
}

/// Verbs that patient handouts put in the passive, with their plain forms, so
/// that the passive-voice suggestion can rewrite the sentence found. A doer is
/// given only where it is nearly always the same; add verbs freely.
pub const PASSIVE_VERBS: &[PassiveVerb] = &[
    done_by("sold", "sell", "stores", true),
    done_by("prescribed", "prescribe", "your prescriber", false),
    done_by("dispensed", "dispense", "the pharmacy", false),
    irregular("given", "give", "gave"),
    irregular("taken", "take", "took"),
    irregular("made", "make", "made"),
    irregular("done", "do", "did"),
    irregular("seen", "see", "saw"),
    irregular("known", "know", "knew"),
    irregular("shown", "show", "showed"),
    irregular("written", "write", "wrote"),
    irregular("told", "tell", "told"),
    irregular("found", "find", "found"),
    irregular("kept", "keep", "kept"),
    irregular("held", "hold", "held"),
    irregular("left", "leave", "left"),
    irregular("brought", "bring", "brought"),
    irregular("bought", "buy", "bought"),
    irregular("sent", "send", "sent"),
    irregular("paid", "pay", "paid"),
    irregular("chosen", "choose", "chose"),
    irregular("broken", "break", "broke"),
    irregular("put", "put", "put"),
    irregular("set", "set", "set"),
    irregular("hurt", "hurt", "hurt"),
    irregular("thrown", "throw", "threw"),
    irregular("stolen", "steal", "stole"),
    irregular("woken", "wake", "woke"),
    verb("used", "use"),
    verb("needed", "need"),
    verb("treated", "treat"),
    verb("mixed", "mix"),
    verb("stored", "store"),
    verb("approved", "approve"),
    verb("required", "require"),
    verb("recommended", "recommend"),
    verb("advised", "advise"),
    verb("called", "call"),
    verb("tested", "test"),
    verb("injected", "inject"),
    verb("offered", "offer"),
    verb("covered", "cover"),
    verb("caused", "cause"),
    verb("linked", "link"),
    verb("reported", "report"),
    verb("asked", "ask"),
    verb("allowed", "allow"),
    verb("banned", "ban"),
    verb("checked", "check"),
    verb("changed", "change"),
    verb("stopped", "stop"),
    verb("started", "start"),
    verb("raised", "raise"),
    verb("lowered", "lower"),
    verb("increased", "increase"),
    verb("reduced", "reduce"),
    verb("doubled", "double"),
    verb("diagnosed", "diagnose"),
    verb("monitored", "monitor"),
    verb("reversed", "reverse"),
    verb("absorbed", "absorb"),
    verb("dissolved", "dissolve"),
    verb("contaminated", "contaminate"),
    verb("labelled", "label"),
    verb("labeled", "label"),
    verb("spiked", "spike"),
    verb("measured", "measure"),
    verb("followed", "follow"),
    verb("helped", "help"),
    verb("trained", "train"),
    verb("handled", "handle"),
    verb("controlled", "control"),
    verb("regulated", "regulate"),
    verb("studied", "study"),
    verb("removed", "remove"),
    verb("replaced", "replace"),
    verb("locked", "lock"),
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

/// A term a reader may not know, and plain words for it.
pub struct Jargon {
    /// The term in each form it takes, lower-case; a form may be several words
    /// ("physical dependence"). Longer forms are matched first, so "physical
    /// dependence" is one finding, not two.
    pub forms: &'static [&'static str],
    /// Everyday words for it, offered in the finding.
    pub plain: &'static str,
}

const fn term(forms: &'static [&'static str], plain: &'static str) -> Jargon {
    Jargon { forms, plain }
}

/// Medical words a reader may not know, each with everyday words (from the
/// fact base's plain descriptions: facts.md A1–A3, D1 and D6). A handout
/// should say the everyday words instead, or explain the term where it is first
/// used (see [`crate::quality::terms`] for what counts as explained).
pub const JARGON: &[Jargon] = &[
    // How medicine is taken (facts.md MO-2, MO-33).
    term(&["sublingual", "sublingually"], "under the tongue"),
    term(&["buccal", "buccally"], "inside the cheek"),
    term(&["intravenous", "intravenously"], "into a vein"),
    term(
        &["intramuscular", "intramuscularly"],
        "into a muscle (a shot)",
    ),
    term(&["subcutaneous", "subcutaneously"], "under the skin"),
    term(&["intranasal", "intranasally"], "in the nose"),
    term(
        &["extended-release"],
        "slow-release: it keeps working for a long time",
    ),
    // How the medicines act (MO-3).
    term(
        &[
            "opioid agonist",
            "opioid agonists",
            "full agonist",
            "agonist",
            "agonists",
        ],
        "a medicine that acts on the brain like an opioid",
    ),
    term(
        &["partial agonist", "partial opioid agonist"],
        "a medicine that acts partly like an opioid",
    ),
    term(
        &[
            "opioid antagonist",
            "opioid antagonists",
            "antagonist",
            "antagonists",
        ],
        "a medicine that blocks opioids",
    ),
    term(
        &["receptor", "receptors"],
        "the places in the brain that opioids act on",
    ),
    // Starting and changing doses (MO-10, MO-6).
    term(&["induction"], "starting the medicine"),
    term(
        &[
            "micro-induction",
            "microinduction",
            "micro-dosing",
            "microdosing",
        ],
        "starting with very small doses",
    ),
    term(&["titrate", "titration"], "change the dose step by step"),
    term(&["taper", "tapering", "tapered"], "lower the dose slowly"),
    term(&["precipitated withdrawal"], "sudden, strong withdrawal"),
    // The body and its risks (MO-12, MO-14, MO-34, KR-5, KR-8, KR-15).
    term(
        &["tolerance"],
        "your body gets used to a drug, so the same amount does less",
    ),
    term(
        &["physical dependence", "dependence"],
        "your body is used to the drug and feels sick without it",
    ),
    term(
        &["agitation", "agitated"],
        "feeling very restless and upset",
    ),
    term(&["respiratory depression"], "slow or stopped breathing"),
    term(&["respiratory"], "breathing"),
    term(&["sedation"], "deep sleepiness"),
    term(
        &["sedative", "sedatives"],
        "a medicine or drug that makes you very sleepy",
    ),
    term(
        &["benzodiazepine", "benzodiazepines", "benzos"],
        "anxiety or sleeping pills, like Xanax or Valium",
    ),
    term(
        &[
            "cns depressant",
            "cns depressants",
            "depressant",
            "depressants",
        ],
        "drugs that slow your breathing, like alcohol or sleeping pills",
    ),
    term(
        &["overdose reversal", "overdose-reversal"],
        "a medicine that can wake someone from an opioid overdose",
    ),
    term(
        &["recovery position"],
        "on their side, with the top knee bent",
    ),
    term(&["abstinence"], "not using at all"),
    term(
        &["neonatal abstinence syndrome"],
        "withdrawal in a newborn baby",
    ),
    term(&["neonatal"], "newborn"),
    term(&["jaundice"], "yellow skin or eyes"),
    term(&["hepatotoxicity"], "liver damage"),
    term(&["hepatic"], "liver"),
    term(&["cardiac"], "heart"),
    term(&["analgesic", "analgesics"], "painkiller"),
    term(&["stimulant", "stimulants"], "a drug that speeds you up"),
    // Kratom (KR-1, KR-3).
    term(&["alkaloid", "alkaloids"], "natural chemicals in the plant"),
    term(&["mitragynine"], "the main chemical in kratom"),
    // Care and evidence.
    term(&["telehealth", "telemedicine"], "a visit by video or phone"),
    term(&["contraindicated"], "not safe to use with"),
    term(&["adverse"], "harmful"),
    term(&["pharmacotherapy"], "medicine"),
    term(&["psychosocial"], "counseling and support"),
    term(&["comorbid"], "at the same time as"),
    term(&["ideation"], "thoughts"),
    term(&["lethality"], "danger"),
    term(&["efficacy"], "how well it works"),
    term(&["prophylaxis"], "prevention"),
    term(&["opioid-naive"], "who does not take opioids"),
    term(&["adulterated"], "mixed with other things"),
    term(&["paraphernalia"], "drug equipment"),
];

/// Names a handout cannot avoid, reviewed as unavoidable (facts.md D1: keep a
/// short, reviewed list of unavoidable terms, each defined on first use). They
/// are not jargon to replace: they are flagged only when the first use has no
/// explanation nearby, once per handout, with the plain explanation to give.
pub const UNAVOIDABLE_TERMS: &[Jargon] = &[
    term(
        &["naloxone"],
        "a medicine that can reverse an opioid overdose",
    ),
    term(
        &["nalmefene"],
        "a medicine like naloxone that can reverse an opioid overdose",
    ),
    term(
        &["buprenorphine"],
        "a medicine for opioid use disorder that eases withdrawal and craving",
    ),
    term(
        &["methadone"],
        "a daily medicine for opioid use disorder, from a special clinic",
    ),
    term(
        &["naltrexone"],
        "a medicine that blocks the effects of opioids",
    ),
    term(&["kratom"], "a plant whose leaves can act like an opioid"),
    term(
        &["7-oh", "7-hydroxymitragynine"],
        "a strong opioid made from a chemical in kratom",
    ),
    term(
        &["fentanyl"],
        "a very strong opioid, often mixed into street drugs",
    ),
    term(
        &["xylazine"],
        "an animal medicine that causes deep sleep, often mixed into street drugs (\"tranq\")",
    ),
    term(
        &["opioid", "opioids"],
        "drugs like heroin, fentanyl and oxycodone, including some strong painkillers",
    ),
    term(&["moud"], "medicine for opioid use disorder"),
];

/// Words that, right after a term, start its explanation: "tolerance means …",
/// "buprenorphine, which …", "naloxone can reverse …".
pub const EXPLAINERS: &[&str] = &[
    "means", "mean", "meaning", "which", "helps", "treats", "blocks", "reverses", "eases", "stops",
    "works", "acts", "lowers", "prevents", "can",
];

/// Words that, after "is" or "are" following a term, make it a definition
/// ("kratom is a plant", "tolerance is how …", "opioids are drugs …").
pub const DEFINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "one",
    "another",
    "how",
    "when",
    "what",
    "where",
    "made",
    "like",
    "medicine",
    "medicines",
    "drugs",
    "strong",
    "very",
];

/// Words naming what a thing is, which explain a term written right after
/// them ("the medicine naloxone", "the street drug xylazine") or after
/// "like" ("drugs like fentanyl"). "Called" and "named" do too ("a plant
/// called kratom").
pub const CATEGORY_NOUNS: &[&str] = &[
    "medicine",
    "medicines",
    "medication",
    "medications",
    "drug",
    "drugs",
    "plant",
    "spray",
    "shot",
    "opioid",
    "painkiller",
    "painkillers",
    "sedative",
    "chemical",
    "substance",
    "tree",
];
