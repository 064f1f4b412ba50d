# The desk app's own words in English (US). Project Fluent syntax:
# https://projectfluent.org/fluent/guide/
#
# Every message here must also be in locales/es-US/desk.ftl, in the same
# order; `cargo test app::i18n` checks that, and that each one is used.
# Handouts print their own words (src/strings.rs and the templates); this file
# is only the desk's buttons, labels and messages.

## Fill-in panel: your clinic

clinic-heading = Your clinic
clinic-name = Clinic name
clinic-name-hint = e.g. Riverside Community Clinic
clinic-address = Address
clinic-address-hint = Street, town, postcode
clinic-phone = Phone
clinic-phone-hint = e.g. (555) 010-2000
clinic-website = Website
clinic-website-hint = e.g. https://clinic.example
clinic-country = Country code
clinic-country-hint = e.g. US
clinic-saved-in = Saved on this computer as you type, in { $path }. No patient details are stored.
clinic-all-filled = Everything is filled in
clinic-to-check = { $count ->
    [one] { $count } detail to check
   *[other] { $count } details to check
}
clinic-to-fix = { $count ->
    [one] { $count } detail to fix
   *[other] { $count } details to fix
}

## Fill in with the patient

patient-heading = Fill in with the patient
patient-not-saved = Not saved: cleared when you close this handout.
patient-clear = Clear
patient-explain = Type the patient's own words. They appear on the handout's lines; print or save the PDF before you close it.

## What changed (a clinic copy against its original)

changes-none = No changes from the original.
changes-block = Block { $number }
changes-block-of-original = Block { $number } of the original
changes-block-unplaced = Block
changes-was-block = Was block { $number }.
changes-before = Before: { $text }
changes-after = After: { $text }
changes-sources-lost = Sources lost
changes-sources-gained = Sources gained
changes-field-changed = Changed { $field }: “{ $before }” became “{ $after }”
changes-field-added = Added { $field }: { $after }
changes-field-removed = Removed { $field }: { $before }
changes-not-in-sources = not in the source list
changes-window-title = What changed in { $title } (v{ $old } to v{ $new })
changes-window-explain = These are the changes to the original since your copy was made. Your copy keeps its own text: bring over what you need by editing it.

## Preview

preview-previous-page = Previous page
preview-previous-page-hover = Previous page (Page Up)
preview-next-page = Next page
preview-next-page-hover = Next page (Page Down)
preview-no-pages = No pages
preview-page-of = Page { $page } of { $total }
preview-zoom = Zoom
preview-zoom-in = Zoom in
preview-zoom-out = Zoom out
preview-zoom-fit-width = Fit width
preview-zoom-fit-page = Whole page
preview-paper = Paper
preview-paper-size = Paper size
preview-print-format = Print format
paper-letter = Letter
paper-a4 = A4
format-standard = Standard
format-large-print = Large print
format-wallet-cards = Wallet cards
preview-summary = Preview of page { $page } of { $total }: { $title }
preview-overdue = Review overdue — shown here only, not printed
preview-overdue-since = Review overdue since { $date } — shown here only, not printed
preview-cannot-show = This handout cannot be shown yet
preview-fill-in-first = Fill in the clinic details on the right and the preview will appear.

## Quality checks panel

quality-title = Quality checks
quality-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
quality-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
quality-all-clear = All clear
quality-show = Show
quality-show-name = Show quality checks
quality-hide = Hide
quality-hide-name = Hide quality checks
quality-no-findings = No findings: the wording, sources and help lines all pass.
quality-reading-grade = Reading grade
quality-grade-target = target { $target }, max { $max }
quality-smog-grade = SMOG grade
quality-years-of-school = years of school
quality-reading-ease = Reading ease
quality-higher-is-easier = higher is easier
quality-inflesz-target = target { $target }+, min { $min }
quality-inflesz-band = Spanish reading ease band
quality-understandable = Understandable
quality-actionable = Actionable
quality-items-met = { $met } of { $total } items met
quality-met = Met
quality-not-met = Not met
quality-pemat-person = The other PEMAT-P items need a person: tick them when you approve the handout.
quality-error = Error
quality-warning = Warning
quality-whole-handout = Whole handout
quality-show-text = Show which text this is about
quality-go-to-block = Go to this block in the editor

## Display menu

display-menu = Display
display-theme = Theme
display-theme-system = System
display-theme-light = Light
display-theme-dark = Dark
display-size = Interface size
display-size-keys = Ctrl + and Ctrl − also change the size.
display-desk-language = Desk language
display-desk-language-note = The desk's own words only: each handout prints in its own language.
display-keyboard = Keyboard
shortcut-tab = Next or previous control
shortcut-press = Press the focused button
shortcut-escape = Close a menu or dialog
shortcut-search = Search handouts
shortcut-save = Save as PDF
shortcut-print = Print
shortcut-undo = Undo an edit to the blocks
shortcut-redo = Redo

## Library

# On a handout's card when it also comes in English; always shown in English.
also-in-this-language = Also in English

## Clinician view, library and setup

library-heading = Handouts
library-search = Search handouts
library-search-hint = Search handouts  (Ctrl+F)
library-search-hover = Title, topic or another name: suboxone, narcan, 7-OH, safety plan… Enter opens the first match.
library-topic = Topic
library-all-topics = All topics
library-recent = Recently used
library-all-handouts = All handouts
library-no-match = No handout matches the search.
library-clinic-copy = { $title } — clinic copy
library-named-copy = { $title } — { $clinic } copy
library-card-description = { $title }: { $topic }, { $language }, version { $version }, { $origin }, { $badge }
library-could-not-load = Could not load ({ $count })
library-problem-at = line { $line }, column { $column }: { $message }
library-hint = Hint: { $hint }
clinician-edit-clinic = Edit clinic
clinician-edit-clinic-hover = Change the clinic's name, phone and local resources
clinician-no-clinic-name = No clinic name yet
clinician-example = EXAMPLE — not a real clinic
clinician-resources-heading = Local resources to include
clinician-resource-no-name = Resource with no name yet
clinician-no-resources = None yet: add one with Edit clinic.
action-print = Print…
action-print-hover = Print this handout on one of this computer's printers (Ctrl+P)
action-save-pdf = Save PDF…
action-save-pdf-hover = Save this handout as a print-ready PDF (Ctrl+S)
view-clinician = Clinician view
view-clinician-hover = Pick a handout, choose what to include, save the PDF
view-lead = Lead view
view-lead-hover = Quality checks, editing, approval, sharing, packs and the handout log
top-clinic-menu = Clinic
top-clinic-menu-hover = Shared folder, clinic packs and the handout log
top-display-hover = Light or dark, and the size of the interface (Ctrl + / Ctrl −)
top-export-pdf = Export PDF…
top-edit-blocks = Edit blocks
top-edit-blocks-hover = Edit the handout's text block by block (clinic copies only; undo with Ctrl+Z)
top-adapt = Adapt for my clinic
top-adapt-hover = Make your clinic's own copy of this handout, which you can edit
top-approve = Approve for patient use…
top-approve-hover = A clinician at your clinic signs off this exact text, so it prints without the DRAFT mark
setup-title = Set up your clinic
setup-explain = These details go on every handout you give. They stay on this computer; nothing about a patient is ever stored.
setup-website = Website (optional)
setup-resources-heading = Add your local resources
setup-resources-explain = The places your handouts send people to. Add one or two now; the clinic lead can add hours, addresses and notes later.
setup-add-category = Add { $category }
setup-resource-name-hint = as patients know it
setup-fix-red = Fix the details marked in red, then save.
setup-save = Save clinic details
setup-skip = Skip — look around with the example clinic
setup-cancel = Cancel
setup-example-note = The example clinic's handouts say “EXAMPLE — not a real clinic” on every page. Shipped handouts print with a DRAFT mark until a clinician at your clinic approves them (Lead view, Approve for patient use…).
setup-saved = Saved the details of { $name }. They go on every handout.
resources-heading = Local resources
resources-explain = Ticked resources are printed on this handout, under their category.
resources-on-handout = on this handout
resources-not-used = not used by this handout
resources-new-in = New resource in
resources-add = Add resource
resources-new-no-name = New resource (no name yet)
resources-check-details = Check details
resources-hide-details = Hide details
resources-hide-details-of = Hide details of { $name }
resources-edit-details = Edit details
resources-edit-details-of = Edit details of { $name }
resource-field-of = { $field } of { $name }
resource-new = new resource
resource-name = Name
resource-name-hint = e.g. County Crisis Team
resource-phone = Phone
resource-phone-hint = e.g. (555) 010-2100
resource-address = Address
resource-hours = Hours
resource-hours-hint = e.g. Mon–Fri 8 a.m. to 5 p.m., or 24/7
resource-website = Website
resource-notes = Note for the patient
resource-notes-hint = e.g. Walk in, no appointment needed
resource-category = Category
resource-move-up = Move up
resource-move-up-name = Move { $name } up
resource-move-down = Move down
resource-move-down-name = Move { $name } down
resource-remove = Remove
resource-remove-name = Remove { $name }
resource-last-checked = Last checked
resource-last-checked-name = Last checked date of { $name }
resource-date-format = YYYY-MM-DD
resource-checked-today = Checked today
resource-checked-today-name = { $name } checked today
resource-date-bad = the date is not written as YYYY-MM-DD
resource-date-bad-hint = write the date as YYYY-MM-DD, for example 2026-03-01
status-ready = Ready. Changes to your clinic are saved automatically.
status-open-pdf = Open PDF
status-show-folder = Show folder
status-undo = Undo
status-undo-hover = Put the removed resource back
status-dismiss = Dismiss
status-dismiss-name = Dismiss message { $number }
