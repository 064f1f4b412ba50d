# The problems the library's checks find, as the desk shows them (English).
# Each id is a key of src/problem/text/keys.rs; `.hint` is how to fix it.
# These mirror the library's own English, which the command line prints;
# a test keeps the two the same.


problem-reading-grade = The handout reads at grade { $grade } (Flesch–Kincaid); it aims at grade { $target } and must not pass grade { $max }.
    .hint = Shorten the long sentences and use shorter, everyday words; the per-block grades show where to start.
problem-smog-grade = The handout's SMOG grade is { $grade }, above its ceiling of grade { $max }: SMOG counts words of three or more syllables.
    .hint = Swap long words for short everyday ones ("medicine" is fine; "medication-assisted" is not), starting with the blocks graded highest.
problem-block-reading-grade = Block { $number } ({ $kind }, “{ $opening }”) reads at grade { $grade } (Flesch–Kincaid, with its heading), above the handout's ceiling of grade { $max }.
    .hint = Split its long sentences and use shorter, everyday words.
problem-spanish-reading = The handout scores { $score } on the Szigriszt-Pazos scale (INFLESZ “{ $band }”); Spanish handouts aim at { $target } or more (“normal”) and must not fall below { $floor }.
    .hint = Shorten the long sentences and use shorter, everyday words; the per-block scores show where to start.
problem-wording = “{ $found }”: { $why }.
    .hint = Say “{ $instead }”.
problem-clean-dirty = “{ $written }”: said of a person or a test, it implies people who use drugs are dirty.
    .hint = Say “{ $instead }”.
problem-long-sentence = A sentence of { $count } words: “{ $sentence }”. Long sentences are hard to follow.
    .hint = Split it into sentences of { $max } words or fewer.
problem-passive-voice = “{ $phrase }” is passive (in “{ $sentence }”): readers follow who does what more easily.
problem-jargon = “{ $written }”{ $count ->
        [1] {""}
       *[other] {" "}(used { $count } times)
    } is a medical word many readers do not know, and it is not explained where it is first used.{ $later ->
        [0] {""}
       *[other] {" "}It is explained later, in block { $later }: move that explanation to the first use.
    }
    .hint = Say “{ $plain }”, or explain it in plain words the first time: “{ $written } ({ $plain })”.
problem-unexplained-term = “{ $written }”{ $count ->
        [1] {""}
       *[other] {" "}(used { $count } times)
    } is a name readers need to know, but the handout does not say what it is where it is first used.{ $later ->
        [0] {""}
       *[other] {" "}It is explained later, in block { $later }: move that explanation to the first use.
    }
    .hint = Explain it once, at its first use: “{ $written }, { $plain }, …” or “{ $written } ({ $plain })”.
problem-unsourced-block = Block { $number } ({ $kind }) states clinical content but cites no source: a reviewer cannot check it.
    .hint = Cite the source it rests on, or move clinic details (hours, directions) into a Note callout.
problem-gap = Block { $number } still has a gap to fill: “{ $gap }”.
    .hint = Write the words in, or use a placeholder such as {"{"}clinic.phone{"}"} that the profile fills.
problem-missing-naloxone = A { $topic ->
        [kratom] kratom
       *[other] opioid use disorder
    } handout must say what naloxone is and where to get it: it reverses an opioid overdose.
    .hint = Add a short section on naloxone and a Resources(category: Naloxone) block.
problem-missing-profile-value = The handout needs the clinic's { $value }, and the clinic profile has none, so it cannot be printed.
    .hint = Fill it in under "Your clinic", or remove the placeholder from the template.
problem-missing-clinic-field = The handout needs the clinic's { $value }, and the clinic profile has none, so it cannot be printed.
    .hint = fill in the clinic's { $value }: this handout prints it
problem-missing-crisis-contact = Page { $page } of { $pages } has no crisis line: safe-messaging guidance asks for a way to get help on every page.
    .hint = Set the clinic's country (for its national crisis line) or add a local crisis line to the clinic profile.
problem-too-many-pages = A handout of { $pages } pages is not a handout: it lays out to more than { $max } pages, and few readers will reach the end.
    .hint = Keep to what the reader must know and do; move the rest to a second handout.
problem-split-group = The { $group } “{ $description }” is too tall for one page and is split across pages { $pages }: a reader may miss what is on the next page.
    .hint = Shorten it, or split it into smaller parts with their own headings.
problem-card-part-too-big = The wallet card part “{ $description }” does not fit on the card even at 8 pt (page { $pages }); it is printed whole and runs past the card's edge: a reader may miss what is on the next page.
    .hint = Shorten it, or split it into smaller parts with their own headings.
problem-resource-unchecked = “{ $name }” has never been checked: is its number still right?
    .hint = Call it to check the details, then set "Last checked" to today.
problem-resource-stale = “{ $name }” was last checked on { $date }, over a year ago: a stale number can fail someone in crisis.
    .hint = Call it to check the details, then set "Last checked" to today.
problem-profile-name-empty = the clinic's `name` is empty
    .hint = enter the clinic's name as patients know it
problem-profile-country = `country: "{ $country }"` is not a two-letter country code
    .hint = use a two-letter country code such as "US", "CA", "GB", "IE", "AU" or "NZ"
problem-profile-resource-no-name = { $who } has no `name`
    .hint = write the service's name
problem-profile-phone-characters = { $who }: `{ $phone }` has characters a phone number cannot have
    .hint = use digits, spaces and + ( ) - . only, as people dial it, e.g. { $example } or 555-0100 ext. 12
problem-profile-phone-digits = { $who }: `{ $phone }` has { $count } digits; a phone number has 3 to 15
    .hint = a phone number has 3 to 15 digits: write it as people dial it, e.g. { $example }
problem-profile-website = { $who }: `{ $url }` is not a web address
    .hint = write a web address such as { $example }
problem-profile-unprintable = { $who } has { $count ->
        [1] the character { $chars }, which no handout font can draw: it would print as an empty box
       *[other] { $count } characters no handout font can draw ({ $chars }{ $more ->
            [0] {""}
           *[other] , { $more } more
        }): each would print as an empty box
    }
    .hint = { $kind ->
        [invisible] delete the invisible character (it often comes with text pasted from a phone or a web page)
        [emoji] write it in words instead: the handout fonts have no emoji, so it would print as an empty box
        [east-asian] the handout fonts cover Latin script only (English, Spanish and other Latin-alphabet languages); write it in Latin letters
       *[other] replace it with plain letters or common punctuation (the handout fonts cover Latin letters, accents, quotes and dashes)
    }
problem-profile-unchecked = { $who } has no `last_checked` date
    .hint = check the details, then add the date they were last checked (YYYY-MM-DD)
problem-profile-stale = { $who } was last checked on { $date }, over a year ago
    .hint = it was last checked over a year ago: call or visit to confirm the details, then update the date
problem-profile-checked-in-future = { $who } says it was last checked on { $date }, which is in the future
    .hint = use the date the details were actually checked
problem-review-overdue = The clinical review was due on { $date }: the facts or numbers may have changed.
    .hint = Ask a clinician to review it again and approve it with a new date.
problem-source-year-missing = Source { $number } gives no year, so no one can tell whether it is still current.
    .hint = Add the year of the version you read (for a web page, the year it was last updated).
problem-source-age = Source { $number } ({ $year }) is more than five years old: check that it is still current, or cite a newer one; record `checked: "YYYY-MM-DD"` when you have.{ $checked ->
        [none] {""}
       *[other] {" "}It was last confirmed on { $checked }, over a year ago.
    }
    .hint = Look for a newer edition or guideline; if this is still the current one, add `checked: "{ $today }"` to source { $number }.
problem-no-national-lines = There are no confirmed national helplines for country “{ $country }”, so handouts will print no national crisis line: only the crisis services in this profile.
    .hint = Check the country code (lines are confirmed for { $codes }), and list your local 24/7 crisis service as a CrisisLine resource.
problem-untranslated-clinic-text = Resource { $number } “{ $name }” has { $field } but no `{ $key }`: Spanish handouts print its { $field } in English.
    .hint = Add `{ $key }: "…"` to this resource with its { $field } in plain Spanish, checked by a qualified translator.
problem-unprintable-text = { $who } has { $count ->
        [1] the character { $chars }, which no handout font can draw: it would print as an empty box
       *[other] { $count } characters no handout font can draw ({ $chars }{ $more ->
            [0] {""}
           *[other] , { $more } more
        }): each would print as an empty box
    }.
    .hint = { $kind ->
        [invisible] Delete the invisible character (it often comes with text pasted from a phone or a web page).
        [emoji] Write it in words instead: the handout fonts have no emoji, so it would print as an empty box.
        [east-asian] The handout fonts cover Latin script only (English, Spanish and other Latin-alphabet languages); write it in Latin letters.
       *[other] Replace it with plain letters or common punctuation (the handout fonts cover Latin letters, accents, quotes and dashes).
    }

problem-template-field-empty = `{ $field }` is empty
    .hint = fill it in
problem-template-empty-text = block { $number } ({ $kind }) has empty text
    .hint = fill it in, or remove the block
problem-template-no-items = block { $number } ({ $kind }) has no items
    .hint = add items, or remove the block
problem-template-unsourced = block { $number } ({ $kind }) states clinical content but cites no source
    .hint = add `sources: [n]` naming the source(s) it rests on
problem-template-missing-source = block { $number } ({ $kind }) cites source { $cited }, which is not in the template's source list
    .hint = add a source with `id: { $cited }` to `sources`, or cite one of { $ids ->
        [none] (none yet)
       *[other] { $ids }
    }
problem-template-unclosed-bold = block { $number } ({ $kind }): `**` starts bold text that is never closed
    .hint = add the closing `**`, or remove the opening one
problem-template-unclosed-placeholder = block { $number } ({ $kind }): `{"{"}` starts a placeholder that is never closed with `{"}"}`
    .hint = add the closing `{"}"}`
problem-template-unknown-placeholder = block { $number } ({ $kind }): `{"{"}{ $name }{"}"}` is not a placeholder
    .hint = use one of: { $names }
problem-template-long-word = block { $number } ({ $kind }) has a { $count }-character word starting `{ $head }…`
    .hint = break it up with spaces; no word in a handout needs to be this long
problem-template-unprintable = { $who } has { $count ->
        [1] the character { $chars }, which no handout font can draw: it would print as an empty box
       *[other] { $count } characters no handout font can draw ({ $chars }{ $more ->
            [0] {""}
           *[other] , { $more } more
        }): each would print as an empty box
    }
    .hint = { $kind ->
        [invisible] delete the invisible character (it often comes with text pasted from a phone or a web page)
        [emoji] write it in words instead: the handout fonts have no emoji, so it would print as an empty box
        [east-asian] the handout fonts cover Latin script only (English, Spanish and other Latin-alphabet languages); write it in Latin letters
       *[other] replace it with plain letters or common punctuation (the handout fonts cover Latin letters, accents, quotes and dashes)
    }
problem-template-bad-id = the id `{ $id }` is not lower-case words joined by hyphens
    .hint = write an id such as `kratom-risks`
problem-template-language = `{ $language }` is not a language tag
    .hint = write a BCP 47 tag such as `en-US` or `es-US`
problem-template-reading-level = the reading level is not a target grade at or below the maximum grade
    .hint = for patient handouts use (target_grade: 6.0, max_grade: 8.0)
problem-template-approved-unnamed = an approved template must name its reviewer, their role and the review date
    .hint = fill in reviewer, reviewer_role and reviewed_on, or set status: Draft
problem-template-review-dates = the next review ({ $due }) is not after the review date ({ $done })
    .hint = set next_review_due after reviewed_on, usually a year later
problem-template-source-twice = source number { $number } is used twice
    .hint = give each source its own number
problem-template-source-no-citation = source { $number } has no citation
    .hint = write the organisation, title, year and an identifier
problem-template-source-url = source { $number }'s url `{ $url }` is not a web address
    .hint = start it with https://
problem-template-no-blocks = the template has no blocks, so the handout would be empty
    .hint = add content to `blocks: [ … ]`, e.g. Heading(text: "…") and Paragraph(text: "…", sources: [1])
problem-template-fill-in-lines = block { $number } ({ $kind }) asks for { $lines } lines
    .hint = use 1 to 12 lines, or give `fields: ["Date and time", …]`

## Why a word list flags a word (the `why` of word_lists.rs), by its English.

why-labels-a-person-by-an-illness-it-puts-people-off-seeking-treatment = labels a person by an illness; it puts people off seeking treatment
why-labels-people-by-an-illness-it-puts-people-off-seeking-treatment = labels people by an illness; it puts people off seeking treatment
why-abuse-words-blame-the-person-and-raise-stigma = "abuse" words blame the person and raise stigma
why-a-slur-that-shames-the-reader = a slur that shames the reader
why-labels-a-person-by-an-illness = labels a person by an illness
why-labels-people-by-an-illness = labels people by an illness
why-makes-an-illness-sound-like-a-choice = makes an illness sound like a choice
why-suggests-treatment-swaps-one-drug-for-another-it-is-medicine-for-an-illness = suggests treatment swaps one drug for another; it is medicine for an illness
why-medicine-for-opioid-use-disorder-is-treatment-not-trading-drugs = medicine for opioid use disorder is treatment, not trading drugs
why-often-heard-as-a-judgement-of-failure = often heard as a judgement of failure
why-labels-a-person-by-what-they-do = labels a person by what they do
why-labels-people-by-what-they-do = labels people by what they do
why-committed-links-suicide-with-crime-or-sin = "committed" links suicide with crime or sin
why-commit-links-suicide-with-crime-or-sin = "commit" links suicide with crime or sin
why-commits-links-suicide-with-crime-or-sin = "commits" links suicide with crime or sin
why-committing-links-suicide-with-crime-or-sin = "committing" links suicide with crime or sin
why-presents-death-as-a-success = presents death as a success
why-presents-surviving-as-a-failure = presents surviving as a failure
why-presents-death-as-an-achievement = presents death as an achievement
why-makes-suicide-sound-common-and-inevitable = makes suicide sound common and inevitable
why-labels-a-person-by-a-behaviour = labels a person by a behaviour
why-labels-people-by-a-behaviour = labels people by a behaviour
why-self-harm-is-a-sign-of-distress-calling-it-attention-seeking-stops-people-asking-for-help = self-harm is a sign of distress; calling it attention-seeking stops people asking for help
why-method-detail-amounts-that-kill-must-never-be-printed = method detail: amounts that kill must never be printed
why-method-detail-amounts-must-never-be-printed = method detail: amounts must never be printed
why-method-detail-never-name-a-method = method detail: never name a method
why-method-detail-never-describe-a-method = method detail: never describe a method
why-method-detail-never-describe-where-or-how = method detail: never describe where or how
why-method-detail-never-name-an-implement = method detail: never name an implement
why-method-detail-never-compare-methods = method detail: never compare methods
why-calls-a-person-s-illness-a-vice = calls a person's illness a vice
why-abuso-words-blame-the-person-and-raise-stigma = "abuso" words blame the person and raise stigma
why-cometer-links-suicide-with-crime-or-sin = "cometer" links suicide with crime or sin
why-method-detail-never-name-or-describe-a-method = method detail: never name or describe a method
why-labels-a-person-by-a-past-illness = labels a person by a past illness
why-calls-an-illness-a-vice-a-moral-failing = calls an illness a vice, a moral failing

## The kinds of block (`Block::kind_name`), as a message names them.

kind-heading = Heading
kind-paragraph = Paragraph
kind-bullets = Bullets
kind-steps = Steps
kind-callout = Callout
kind-resources = Resources
kind-fillin = FillIn
kind-sources = Sources

## The groups the layout keeps on one page (`GroupKind::label`), as the
## split-group warning names them.

group-keep-together-section = keep-together section
group-steps-list = steps list
group-urgent-box = urgent box
group-note-box = note box
group-resource-entry = resource entry
group-fill-in = fill-in
group-lead-in-and-its-first-two-items = lead-in and its first two items

## The invisible characters a message names (`fonts::describe_char`), by
## code point and name.

char-u-200b-zero-width-space = U+200B zero-width space
char-u-200c-zero-width-non-joiner = U+200C zero-width non-joiner
char-u-200d-zero-width-joiner = U+200D zero-width joiner
char-u-2060-word-joiner = U+2060 word joiner
char-u-feff-zero-width-no-break-space-byte-order-mark = U+FEFF zero-width no-break space (byte order mark)
char-u-fe0e-text-presentation-selector = U+FE0E text presentation selector
char-u-fe0f-emoji-presentation-selector = U+FE0F emoji presentation selector
char-u-200e-left-to-right-mark = U+200E left-to-right mark
char-u-200f-right-to-left-mark = U+200F right-to-left mark
