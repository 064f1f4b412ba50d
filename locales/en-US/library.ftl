# The names of the library's rules, places, PEMAT-P items, topics, resource
# categories and review badges, as the desk shows them. Ids are built in
# src/app/i18n/words.rs from the library's own names.

## A problem in a list
severity-error = error
severity-warning = warning
list-hint = hint
advice-say-prefix = Say
advice-say = Try saying { $wording }
advice-try = Try: { $hint }

## Rules (English keeps the rule's id, which the README and scripts use)
rule-reading-grade = reading-grade
rule-block-reading-grade = block-reading-grade
rule-smog-grade = smog-grade
rule-long-sentence = long-sentence
rule-passive-voice = passive-voice
rule-jargon = jargon
rule-unexplained-term = unexplained-term
rule-stigmatising-language = stigmatising-language
rule-unsafe-suicide-language = unsafe-suicide-language
rule-unprintable-character = unprintable-character
rule-missing-crisis-contact = missing-crisis-contact
rule-no-national-lines = no-national-lines
rule-missing-naloxone = missing-naloxone
rule-unsourced-block = unsourced-block
rule-source-age = source-age
rule-source-year-missing = source-year-missing
rule-unfilled-placeholder = unfilled-placeholder
rule-stale-resource = stale-resource
rule-untranslated-clinic-text = untranslated-clinic-text
rule-review-overdue = review-overdue
rule-split-group = split-group
rule-too-many-pages = too-many-pages
rule-invalid-template = invalid-template
rule-invalid-profile = invalid-profile

## Where a problem is
place-whole = the whole handout
place-block = block { $number }
place-page = page { $number }
place-title = the title
place-subtitle = the subtitle
place-source = source { $number }
place-clinic-name = clinic name
place-clinic-country = clinic country
place-clinic-address = clinic address
place-clinic-phone = clinic phone
place-clinic-website = clinic website
place-resource-name = resource { $number } name
place-resource-phone = resource { $number } phone
place-resource-address = resource { $number } address
place-resource-hours = resource { $number } hours
place-resource-website = resource { $number } website
place-resource-notes = resource { $number } notes
place-resource-hours-es = resource { $number } hours in Spanish
place-resource-notes-es = resource { $number } notes in Spanish
place-resource-last-checked = resource { $number } last checked

## PEMAT-P items the program judges, by AHRQ number
pemat-item-5 = Active voice is used
pemat-item-8 = Information is broken into short sections
pemat-item-9 = Sections have informative headings
pemat-item-11 = There is a summary
pemat-item-20 = At least one action the reader can take is clearly identified
pemat-item-22 = Actions are broken into explicit, numbered steps
pemat-item-23 = A tangible tool (checklist, planner, fill-in form) is given

## Why a PEMAT-P item is met or not (keys in src/problem/text/keys.rs)
pemat-why-passive = { $passive } of { $total } sentences are passive (at most 1 in 10 passes)
pemat-why-sections = { $headings } headings; the longest stretch without one is { $longest } words (at most { $max })
pemat-why-no-headings = no headings
pemat-why-clear-headings = { $count } headings, none vague
pemat-why-vague-headings = vague headings: { $headings }
pemat-why-summary = { $part ->
        [opening] the opening
        [callout] the first callout
       *[paragraph] the first paragraph
    } ({ $words } words) names the key action: “{ $sentence }”
pemat-why-summary-long = { $part ->
        [opening] the opening
        [callout] the first callout
       *[paragraph] the first paragraph
    } names an action but runs to { $words } words (a summary has at most { $max })
pemat-why-no-summary = no short summary near the top names the key action (an opening, first callout or first paragraph of at most { $max } words, with an instruction such as “Call …”)
pemat-why-action = e.g. “{ $sentence }”
pemat-why-no-action = no sentence tells the reader what to do
pemat-why-steps = has a numbered list of steps
pemat-why-no-steps = no Steps block
pemat-why-no-tool = no fill-in plan or checklist (FillIn blocks) to write on
pemat-why-one-tool = a fill-in plan: “{ $label }”
pemat-why-tools = a fill-in plan of { $count } parts, from “{ $first }”

## Handout topics
topic-self-harm = Self-harm
topic-opioid-use-disorder = Opioid use disorder
topic-kratom = Kratom
topic-other = Other

## Resource categories
category-crisis-line = Crisis line
category-treatment-provider = Treatment provider
category-naloxone = Naloxone
category-pharmacy = Pharmacy
category-support-group = Support group
category-clinic-contact = Clinic contact
category-other = Other

## Review badges
badge-approved = Approved
badge-draft = Draft
badge-review-overdue = Review overdue
