//! The Spanish word lists behind the language lints, kept apart so that a
//! clinical reviewer can read and amend them without reading code.
//!
//! How to write an entry:
//!
//! - `words` are matched whole and in order. A word may list its forms
//!   separated by `|`: write every form that should match, masculine,
//!   feminine and plural ("adicto|adicta|adictos|adictas") and the verb forms
//!   that occur ("cometer|cometió|…").
//! - Write in lower case. Accents are optional on both sides: "toxicomano" in
//!   a template matches "toxicómano" here, and the other way round.
//! - `why` is shown to the writer (in English, like the rest of the checker);
//!   `instead` is the Spanish wording to use.
//! - `unless_before` and `unless_after` list words that, right before or right
//!   after the match, make it harmless ("bebidas alcohólicas", "Alcohólicos
//!   Anónimos", "círculo vicioso").
//!
//! Substance-use terms follow NIDA's *Words Matter* (facts.md D6) in their
//! usual Spanish forms; suicide and self-harm wording follows the
//! safe-messaging guides (facts.md D5). "Limpio" and "sucio" need context
//! (said of people and tests, not of supplies) and have their own lists at the
//! end of this file.

/// A Spanish word or phrase to avoid, with why and what to say instead.
pub struct SpanishTerm {
    /// Lower-case words, matched whole and in order; `|` separates forms.
    pub words: &'static [&'static str],
    /// Why it harms, for the finding's message.
    pub why: &'static str,
    /// What to say instead, in Spanish.
    pub instead: &'static str,
    /// Words right before the match that make it harmless.
    pub unless_before: &'static [&'static str],
    /// Words right after the match that make it harmless.
    pub unless_after: &'static [&'static str],
}

/// A term with no exceptions.
const fn term(
    words: &'static [&'static str],
    why: &'static str,
    instead: &'static str,
) -> SpanishTerm {
    SpanishTerm {
        words,
        why,
        instead,
        unless_before: &[],
        unless_after: &[],
    }
}

const LABEL_WHY: &str = "labels people by an illness; it puts people off seeking treatment";
const PERSON_FIRST: &str = "persona con un trastorno por consumo de sustancias, o persona que consume drogas (en plural: personas…)";
const SLUR_WHY: &str = "a slur that shames the reader";
const ABUSE_WHY: &str = "\"abuso\" words blame the person and raise stigma";
const REPLACEMENT_WHY: &str =
    "suggests treatment swaps one drug for another; it is medicine for an illness";
const MOUD: &str = "medicamento para el trastorno por consumo de opioides";
const RELAPSE_WHY: &str = "often heard as a judgement of failure";

/// Substance-use words that shame (NIDA *Words Matter*, facts.md D6).
pub const STIGMATISING: &[SpanishTerm] = &[
    // Labels for a person.
    term(&["adicto|adicta|adictos|adictas"], LABEL_WHY, PERSON_FIRST),
    term(
        &["drogadicto|drogadicta|drogadictos|drogadictas"],
        LABEL_WHY,
        PERSON_FIRST,
    ),
    term(
        &["toxicómano|toxicómana|toxicómanos|toxicómanas"],
        LABEL_WHY,
        PERSON_FIRST,
    ),
    term(
        &["exadicto|exadicta|exadictos|exadictas"],
        "labels a person by a past illness",
        "persona en recuperación",
    ),
    term(
        &["yonqui|yonquis|yonki|yonkis"],
        SLUR_WHY,
        "persona que consume drogas",
    ),
    // "Tecato" (US and Mexican Spanish) and "drogata" (Spain): slurs.
    term(
        &["tecato|tecata|tecatos|tecatas|drogata|drogatas"],
        SLUR_WHY,
        "persona que consume drogas",
    ),
    SpanishTerm {
        words: &["vicioso|viciosa|viciosos|viciosas"],
        why: "calls a person's illness a vice",
        instead: PERSON_FIRST,
        unless_before: &["círculo", "círculos"],
        unless_after: &[],
    },
    term(
        &["vicio|vicios"],
        "calls an illness a vice, a moral failing",
        "consumo de sustancias, o trastorno por consumo de sustancias",
    ),
    SpanishTerm {
        words: &["alcohólico|alcohólica|alcohólicos|alcohólicas"],
        why: "labels a person by an illness",
        instead: "persona con un trastorno por consumo de alcohol",
        // Drinks may be "alcohólicas"; the mutual-help group keeps its name.
        unless_before: &[
            "bebida",
            "bebidas",
            "trago",
            "tragos",
            "producto",
            "productos",
            "grado",
        ],
        unless_after: &["anónimos"],
    },
    term(
        &[
            "usuario|usuaria|usuarios|usuarias|consumidor|consumidora|consumidores|consumidoras",
            "de",
            "drogas|opioides|heroína|kratom|sustancias",
        ],
        "labels people by what they do",
        "persona que consume drogas (o opioides, o kratom)",
    ),
    // "Abuso".
    term(
        &["abusador|abusadora|abusadores|abusadoras"],
        ABUSE_WHY,
        "persona que consume drogas",
    ),
    term(
        &[
            "abuso",
            "de",
            "drogas|sustancias|opioides|opiáceos|alcohol|medicamentos|fármacos|kratom",
        ],
        ABUSE_WHY,
        "consumo de drogas, o uso nocivo",
    ),
    term(
        &[
            "abusar|abusa|abusan|abusó|abusaba|abusando|abuse|abusen",
            "de",
            "drogas|sustancias|opioides|opiáceos|alcohol|medicamentos|fármacos|kratom",
        ],
        ABUSE_WHY,
        "consumir, o hacer un uso nocivo de",
    ),
    term(
        &[
            "abusar|abusa|abusan|abusó|abusaba|abusando|abuse|abusen",
            "de",
            "las|los|el|la",
            "drogas|sustancias|opioides|opiáceos|alcohol|medicamentos|fármacos",
        ],
        ABUSE_WHY,
        "consumir, o hacer un uso nocivo de",
    ),
    // Medicine for opioid use disorder is treatment, not a swap.
    term(
        &[
            "terapia|terapias|tratamiento|tratamientos",
            "de",
            "reemplazo|sustitución",
        ],
        REPLACEMENT_WHY,
        MOUD,
    ),
    term(
        &[
            "terapia|terapias|tratamiento|tratamientos",
            "sustitutiva|sustitutivas|sustitutivo|sustitutivos",
        ],
        REPLACEMENT_WHY,
        MOUD,
    ),
    term(
        &[
            "reemplazo|reemplazos|sustitución|sustituto|sustitutos|sustituta|sustitutas",
            "de",
            "opioides|opiáceos|heroína|drogas",
        ],
        REPLACEMENT_WHY,
        MOUD,
    ),
    term(
        &[
            "sustituto|sustitutos|sustituta|sustitutas",
            "de",
            "la",
            "heroína",
        ],
        REPLACEMENT_WHY,
        MOUD,
    ),
    term(
        &["una", "droga|adicción", "por", "otra"],
        "medicine for opioid use disorder is treatment, not trading drugs",
        "un medicamento que trata el trastorno por consumo de opioides",
    ),
    // "Recaída" as a judgement. ("Recae" is left out: "la decisión recae en usted".)
    term(&["recaída|recaídas"], RELAPSE_WHY, "volver a consumir"),
    term(
        &["recaer|recayó|recaído|recaiga|recaigan|recaigas|recayeron|recaen"],
        RELAPSE_WHY,
        "volver a consumir",
    ),
];

const COMMIT_WHY: &str = "\"cometer\" links suicide with crime or sin";
const DIED_BY_SUICIDE: &str = "murió por suicidio, o se quitó la vida";
const SUCCESS_WHY: &str = "presents death as a success";
const FAILURE_WHY: &str = "presents surviving as a failure";
const SURVIVED: &str = "intento de suicidio, o sobrevivió a un intento";
const METHOD_WHY: &str = "method detail: never name or describe a method";
const LEAVE_METHOD_OUT: &str =
    "deje fuera el método; hable de los sentimientos, la seguridad y la ayuda";
const AMOUNT_WHY: &str = "method detail: amounts that kill must never be printed";
const LEAVE_AMOUNTS_OUT: &str = "deje fuera las cantidades; diga que busque ayuda enseguida";
const IMPLEMENT_WHY: &str = "method detail: never name an implement";
const SHARP_ITEMS: &str = "guarde los objetos filosos (sin nombrarlos)";
const COMMIT: &str =
    "cometer|cometió|comete|cometen|cometido|cometieron|cometa|cometan|cometiendo|cometí";

/// Suicide and self-harm wording that safe-messaging guidance advises against,
/// and method detail (facts.md D5).
pub const UNSAFE_SUICIDE: &[SpanishTerm] = &[
    term(&[COMMIT, "suicidio"], COMMIT_WHY, DIED_BY_SUICIDE),
    term(&[COMMIT, "el|un", "suicidio"], COMMIT_WHY, DIED_BY_SUICIDE),
    term(
        &["suicidio|suicidios", "exitoso|exitosos|logrado|logrados"],
        SUCCESS_WHY,
        DIED_BY_SUICIDE,
    ),
    term(
        &[
            "suicidio|suicidios",
            "consumado|consumados|completado|completados",
        ],
        "presents death as an achievement",
        DIED_BY_SUICIDE,
    ),
    term(
        &[
            "suicidio|suicidios",
            "fallido|fallidos|frustrado|frustrados",
        ],
        FAILURE_WHY,
        "intento de suicidio",
    ),
    term(
        &[
            "intento|intentos|tentativa|tentativas",
            "fallido|fallidos|fallida|fallidas|frustrado|frustrados|frustrada|frustradas",
        ],
        FAILURE_WHY,
        SURVIVED,
    ),
    term(
        &[
            "intento|intentos|tentativa|tentativas",
            "exitoso|exitosos|exitosa|exitosas|logrado|logrados|lograda|logradas",
        ],
        SUCCESS_WHY,
        DIED_BY_SUICIDE,
    ),
    term(
        &["epidemia|epidemias", "de", "suicidio|suicidios"],
        "makes suicide sound common and inevitable",
        "diga qué ayuda hay, sin palabras de alarma",
    ),
    term(
        &["autolesionador|autolesionadora|autolesionadores|autolesionadoras"],
        "labels a person by a behaviour",
        "persona que se autolesiona, o que se hace daño",
    ),
    // Method detail: never say how, with what, or how much (facts.md D5.1).
    term(
        &["dosis", "letal|letales|mortal|mortales"],
        AMOUNT_WHY,
        LEAVE_AMOUNTS_OUT,
    ),
    term(
        &["cuántas", "pastillas|píldoras|tabletas"],
        AMOUNT_WHY,
        LEAVE_AMOUNTS_OUT,
    ),
    term(
        &["ahorcarse|ahorcarte|ahorcamiento|ahorcó|ahorcado|ahorcada|ahorcar|ahorcándose"],
        METHOD_WHY,
        LEAVE_METHOD_OUT,
    ),
    term(
        &["nudo|nudos", "corredizo|corredizos"],
        METHOD_WHY,
        LEAVE_METHOD_OUT,
    ),
    term(
        &[
            "cortarse|cortarte|cortó|cortar|cortándose|cortaba|corta",
            "las",
            "venas",
        ],
        METHOD_WHY,
        LEAVE_METHOD_OUT,
    ),
    term(
        &["muñecas"],
        "method detail: never describe where or how",
        LEAVE_METHOD_OUT,
    ),
    term(
        &[
            "cuchilla|cuchillas|navaja|navajas|hoja|hojas",
            "de",
            "afeitar",
        ],
        IMPLEMENT_WHY,
        SHARP_ITEMS,
    ),
    term(
        &["cúter|cúteres|cutter|cutters"],
        IMPLEMENT_WHY,
        SHARP_ITEMS,
    ),
    term(
        &[
            "manera|maneras|forma|formas|modo|modos",
            "indolora|indoloras|indoloro|indoloros",
        ],
        "method detail: never compare methods",
        LEAVE_METHOD_OUT,
    ),
    term(
        &["morir", "sin", "dolor"],
        "method detail: never compare methods",
        LEAVE_METHOD_OUT,
    ),
];

/// "Limpio" and "sucio" in all forms: flagged only of people and tests.
pub const CLEAN: &[&str] = &["limpio", "limpia", "limpios", "limpias"];
/// See [`CLEAN`].
pub const DIRTY: &[&str] = &["sucio", "sucia", "sucios", "sucias"];

/// Things that may be clean or dirty without shame, up to three words before
/// "limpio" or "sucio" ("jeringas limpias", "la aguja está limpia").
pub const SUPPLIES: &[&str] = &[
    "jeringa",
    "jeringas",
    "jeringuilla",
    "jeringuillas",
    "aguja",
    "agujas",
    "material",
    "materiales",
    "equipo",
    "equipos",
    "suministro",
    "suministros",
    "insumo",
    "insumos",
    "agua",
    "mano",
    "manos",
    "herida",
    "heridas",
    "piel",
    "ropa",
    "cuchara",
    "cucharas",
    "pipa",
    "pipas",
    "algodón",
    "filtro",
    "filtros",
    "toallita",
    "toallitas",
    "superficie",
    "superficies",
    "zona",
    "área",
    "lugar",
    "casa",
    "baño",
    "cocina",
    "utensilio",
    "utensilios",
    "vaso",
    "vasos",
    "recipiente",
    "recipientes",
    "gasa",
    "gasas",
    "venda",
    "vendas",
    "paño",
    "toalla",
    "toallas",
    "envase",
    "envases",
    "bolsa",
    "bolsas",
    "cuarto",
    "habitación",
    "cama",
    "sábanas",
    "mesa",
    "piso",
    "suelo",
    "aire",
];

/// Words up to three places before "limpio" or "sucio" that make it describe
/// a drug test ("prueba de orina limpia", "el análisis salió sucio").
pub const TEST_WORDS: &[&str] = &[
    "prueba",
    "pruebas",
    "examen",
    "exámenes",
    "análisis",
    "resultado",
    "resultados",
    "orina",
    "muestra",
    "muestras",
    "antidoping",
    "toxicológico",
    "toxicológicos",
    "toxicológica",
];

/// Verbs right before "limpio" or "sucio" that make it a test result ("salió
/// limpia", "dio sucio").
pub const TEST_VERBS: &[&str] = &[
    "salió",
    "salio",
    "sale",
    "salen",
    "salga",
    "salgan",
    "salieron",
    "dio",
    "da",
    "dan",
    "dé",
    "den",
    "resultó",
    "resultaron",
];

/// Verbs right before "limpio" or "sucio" that make it describe a person
/// ("estar limpio", "sigue limpia", "mantente limpio").
pub const PERSON_VERBS: &[&str] = &[
    "estar",
    "estoy",
    "estás",
    "está",
    "estamos",
    "están",
    "estaba",
    "estabas",
    "estaban",
    "estuve",
    "estuvo",
    "estuvieron",
    "estado",
    "estaré",
    "estarás",
    "estará",
    "estarán",
    "esté",
    "estés",
    "estén",
    "estaría",
    "sigue",
    "sigo",
    "sigues",
    "siguen",
    "seguir",
    "seguirá",
    "seguía",
    "mantenerse",
    "mantenerte",
    "mantenerme",
    "mantenernos",
    "mantente",
    "manténgase",
    "quedarse",
    "quedarte",
    "quedó",
    "vivir",
    "vive",
    "vivo",
];

/// Forms of "mantener" that describe a person after a reflexive pronoun
/// ("se mantiene limpio").
pub const KEEP_VERBS: &[&str] = &["mantiene", "mantienen", "mantengo", "mantienes", "mantuvo"];

/// Reflexive pronouns before [`KEEP_VERBS`].
pub const REFLEXIVE: &[&str] = &["se", "me", "te", "nos"];

/// Units of time right before "limpio" that make it describe a person ("lleva
/// dos años limpio").
pub const TIME_WORDS: &[&str] = &[
    "día", "días", "semana", "semanas", "mes", "meses", "año", "años",
];

// ---- Instructions to the reader (PEMAT-P items 11 and 20), used by
// `quality::spanish::instructions`. Handouts speak to the reader as "usted";
// an instruction starts with an usted imperative ("Llame al 911.", "No tome
// más."), perhaps after a condition and a comma ("Si no despierta, dé otra
// dosis.") or an opener ("Nunca use…", "Luego tome…"). Enclitic pronouns are
// taken off before the lists are read ("Dígale" → "diga", "Póngala" →
// "ponga", "Quédese" → "quede"), so write the bare form here.

/// Usted imperatives that start an instruction, without enclitic pronouns and
/// compared without accents ("pregúntele" matches "pregunte"). "Dé" is in
/// [`ACCENTED_ACTION_VERBS`], because "de" without its accent is a preposition.
pub const ACTION_VERBS: &[&str] = &[
    "acompañe",
    "acuda",
    "acueste",
    "actúe",
    "anime",
    "anote",
    "aprenda",
    "apunte",
    "asegure",
    "avise",
    "ayude",
    "beba",
    "busque",
    "cierre",
    "coma",
    "comience",
    "compruebe",
    "comunique",
    "conozca",
    "consulte",
    "cubra",
    "cuente",
    "cuide",
    "dele",
    "deme",
    "denle",
    "descanse",
    "deseche",
    "deshaga",
    "deje",
    "diga",
    "duerma",
    "empiece",
    "entregue",
    "envíe",
    "escriba",
    "escuche",
    "espere",
    "evite",
    "exija",
    "guarde",
    "gire",
    "haga",
    "hable",
    "intente",
    "lave",
    "lea",
    "limpie",
    "llame",
    "llene",
    "lleve",
    "maneje",
    "mande",
    "mantenga",
    "marque",
    "mastique",
    "mezcle",
    "mire",
    "mueva",
    "observe",
    "olvide",
    "pida",
    "planee",
    "ponga",
    "pregunte",
    "prepare",
    "prometa",
    "quede",
    "quite",
    "recuerde",
    "respire",
    "retire",
    "revise",
    "saque",
    "siga",
    "tape",
    "tenga",
    "tire",
    "tome",
    "trague",
    "trate",
    "traiga",
    "use",
    "vaya",
    "vea",
    "vigile",
    "visite",
    "voltee",
    "vuelva",
];

/// Usted imperatives whose accent tells them apart from another word: "dé"
/// (give) is not "de" (of). Matched as written, in lower case.
pub const ACCENTED_ACTION_VERBS: &[&str] = &["dé"];

/// Infinitives that start an instruction written the way labels and lists
/// often are ("Llamar al 911.", "Guardar con llave."). A sentence led by one
/// counts only when the infinitive is not its subject: see
/// [`SUBJECT_INFINITIVE_VERBS`]. Verbs that also name a situation in a list
/// ("Una pausa puede ser: dejar su medicamento, o saltarse dosis") are in
/// [`NEGATED_ACTION_INFINITIVES`] instead.
pub const ACTION_INFINITIVES: &[&str] = &[
    "acudir",
    "anotar",
    "avisar",
    "buscar",
    "consultar",
    "cubrir",
    "dar",
    "desechar",
    "escuchar",
    "esperar",
    "evitar",
    "guardar",
    "lavar",
    "llamar",
    "llenar",
    "llevar",
    "mantener",
    "pedir",
    "preguntar",
    "revisar",
    "tapar",
    "tirar",
];

/// Infinitives that start an instruction only after "no", because on their
/// own they often name what someone does rather than tell the reader to do
/// it: "No mezclar con alcohol.", "No dejar al alcance de los niños.", but
/// "Dejar su medicamento, o saltarse dosis." in a list of situations.
pub const NEGATED_ACTION_INFINITIVES: &[&str] = &[
    "beber",
    "compartir",
    "consumir",
    "dejar",
    "manejar",
    "masticar",
    "mezclar",
    "poner",
    "tomar",
    "tragar",
    "usar",
];

/// Finite verbs that make a leading infinitive the subject of a statement
/// rather than an instruction: "Dejar el medicamento de golpe es arriesgado",
/// "Hablar del suicidio puede salvar una vida", "Seguir con metadona baja el
/// riesgo". When one of these follows, the sentence is not an instruction
/// (a missed instruction only lowers the score; a false one would raise it).
pub const SUBJECT_INFINITIVE_VERBS: &[&str] = &[
    "ayuda",
    "ayudan",
    "baja",
    "bajan",
    "causa",
    "causan",
    "da",
    "dan",
    "debe",
    "deben",
    "era",
    "es",
    "está",
    "están",
    "fue",
    "funciona",
    "hace",
    "hacen",
    "lleva",
    "parece",
    "puede",
    "pueden",
    "podría",
    "podrían",
    "quiere",
    "resulta",
    "salva",
    "salvan",
    "será",
    "significa",
    "sirve",
    "sirven",
    "son",
    "sube",
    "suben",
    "tiene",
    "tienen",
    "va",
];

/// Pronouns joined to the end of an imperative or infinitive ("dígaselo",
/// "póngala", "quedarse"), longest first.
pub const ENCLITICS: &[&str] = &[
    "selos", "selas", "selo", "sela", "sele", "les", "los", "las", "nos", "le", "lo", "la", "se",
    "me",
];

/// Object pronouns between "no" and the verb ("No la mastique", "No le exija").
pub const CLITICS: &[&str] = &["le", "les", "lo", "la", "los", "las", "se", "me", "nos"];

/// Words that may come before the verb of an instruction: "No tome…",
/// "Nunca use…", "Luego tome…", "O vaya…", "Mejor dígale…", "Aun así, no use…".
pub const INSTRUCTION_OPENERS: &[&str] = &[
    "no",
    "nunca",
    "jamás",
    "siempre",
    "luego",
    "después",
    "entonces",
    "primero",
    "también",
    "mejor",
    "y",
    "o",
    "pero",
    "ahora",
    "enseguida",
    "aun",
    "así",
];

/// Words that open a condition or purpose before the instruction, which
/// follows one of its commas: "Si no despierta, dé otra dosis", "Para encontrar
/// tratamiento, llame…", "Aunque todavía sienta abstinencia, no use más".
pub const INSTRUCTION_CONDITIONS: &[&str] = &[
    "si", "cuando", "antes", "después", "mientras", "hasta", "apenas", "aunque", "al", "para",
    "en", "durante",
];

/// Headings that say nothing about what follows (PEMAT-P item 9), in Spanish.
pub const VAGUE_HEADINGS: &[&str] = &[
    "introducción",
    "información",
    "más",
    "más información",
    "otros",
    "otras",
    "otro",
    "detalles",
    "resumen general",
    "notas",
    "varios",
];
