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

## Dialogs, clinic tools and the block editor

dialog-cancel = Cancel
dialog-close-hover = Close (Escape)
dialog-draft-caution = This handout is a draft, not yet approved at your clinic: every page will say DRAFT.
export-title = Save handout as PDF
export-save-to = Save to
export-file-exists = A file with this name exists; saving will replace it.
export-path-hint = Type the full path, or choose Browse… to pick a folder with your system's dialog.
export-save = Save PDF
export-save-hover = Save the PDF to the path above (Enter, or Ctrl+S)
export-browse = Browse…
export-browse-waiting = Waiting for the file dialog…
export-format-large-print = large print
export-format-wallet-cards = wallet cards
export-summary = { $title } · { $paper } · { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}
export-summary-format = { $title } · { $paper }, { $format } · { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}
export-review-overdue = This handout's clinical review is overdue.
approve-title = Approve for patient use
approve-explain = You approve this exact text for patient use at { $clinic }. It then prints without the DRAFT mark. Any later edit, or a new version, makes it a draft again.
approve-explain-your-clinic = You approve this exact text for patient use at your clinic. It then prints without the DRAFT mark. Any later edit, or a new version, makes it a draft again.
approve-button = Approve
approve-checklist = Reviewer checklist (PEMAT-P)
approve-checklist-explain = Tick what you checked. The ticks are kept with the sign-off; you can approve without all of them.
approve-translation-explain = A translated handout is approved by a clinician and a qualified medical translator together.
approve-back-translated = Back-translated into English and compared
print-open = Print…
print-open-hover = Print this handout on one of this computer's printers (Ctrl+P)
print-title = Print handout
print-summary = { $title } · { $paper } · { $format } · { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}
print-summary-qr = { $title } · { $paper } · { $format } · QR codes · { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}
print-looking = Looking for printers…
print-printer = Printer
print-printer-default = { $name } (default)
print-choose-printer = Choose a printer
print-both-sides = Print on both sides
print-wallet-both-sides = Wallet cards print on both sides, turned on the long edge, so each back sits behind its front.
print-sending = Sending to the printer…
print-button = Print
print-save-instead = Save PDF instead…
print-look-again = Look again
to-fix-first = To fix first
to-fix-button = Fix
to-fix-hover = Close this and go to the place to fix
to-fix-field = Fix: { $field }
to-fix-block = Fix: block { $number }
to-fix-item = To fix { $number }: { $text }
to-fix-read-only = This handout cannot be changed on the desk: “Adapt for my clinic” makes a copy you can fix.
to-fix-whole-read-only = No one field to go to, and this handout cannot be changed on the desk: do what it says, or fix a copy made with “Adapt for my clinic”.
to-fix-whole = No one field to go to: do what it says, in the block editor (Lead view, “Edit blocks”).
to-fix-in-file = The desk does not edit this: change it in { $file }.
to-fix-worth-a-look = { $count ->
    [one] { $count } thing worth a look (it does not stop this)
   *[other] { $count } things worth a look (they do not stop this)
}
clinic-window-sharing = Shared templates folder
clinic-window-pack = Clinic pack
clinic-window-log = Handout log
clinic-close = Close
clinic-sharing-explain = A folder every desk can read, such as a network share or a synced folder. The clinic lead publishes approved templates there; desks see them beside the shipped ones, read-only.
clinic-shared-folder = Shared folder
clinic-shared-folder-hint = e.g. /mnt/clinic-share/handouts
clinic-use-folder = Use this folder
clinic-stop-folder = Stop using a shared folder
clinic-publish = Publish
clinic-publish-copies = Copies “{ $title }” ({ $status }) into the shared folder, with its sign-off.
clinic-publish-button = Publish to shared folder
clinic-publish-choose = Choose one of your clinic's own templates in the library to publish it. Shipped and shared templates are already on every desk.
clinic-sign-offs-held = This desk holds { $count } sign-off(s), of shipped handouts and of clinic copies. Publishing them lets every desk that reads the folder print those exact texts as approved.
clinic-publish-sign-offs = Publish this desk's sign-offs
clinic-pack-explain = For desks with no shared folder: one file with your clinic templates, your clinic profile and your sign-offs. No patient data is ever in it.
clinic-pack-save-to = Save pack to
clinic-pack-export = Export clinic pack
clinic-pack-import-from = Pack to import
clinic-pack-import-hint = the .handout-pack file from your clinic lead
clinic-pack-check = Check pack
clinic-pack-from = From { $clinic } ({ $date }). Importing will:
clinic-pack-from-unnamed = From an unnamed clinic ({ $date }). Importing will:
clinic-pack-import = Import
clinic-pack-cancel-import = Cancel import
clinic-log-explain = Every handout exported on this desk: which text went out and how it was printed. Nothing about the patient is recorded.
clinic-log-unreadable = { $count } line(s) of the log could not be read and are left out; the rest is shown.
clinic-log-empty = No handouts exported on this desk yet.
clinic-log-time = Time (UTC)
clinic-log-template = Template
clinic-log-version = Version
clinic-log-hash = Hash
clinic-log-status = Status
clinic-log-print = Print
clinic-log-csv-to = Save log as CSV to
clinic-log-export-csv = Export CSV
editor-choose-handout = Choose a handout from the library on the left.
editor-title = Edit blocks
editor-undo = Undo
editor-undo-name = Undo edit
editor-undo-hover = Undo the last edit (Ctrl+Z)
editor-redo = Redo
editor-redo-name = Redo edit
editor-redo-hover = Redo (Ctrl+Shift+Z)
editor-add-after = Adds it after block { $number }
editor-add-before-sources = Adds it before the sources; select a block to add after it
editor-add-block = Add block
editor-saved-in = Saved as you type, in { $path }. Any edit makes it a draft until it is approved again.
editor-review-differences = Review differences
editor-what-changed = What changed ({ $summary })
editor-handout-title = Handout title
editor-handout-title-hint = The title printed at the top
editor-add-kind = Add { $kind } block
editor-grade-under-one = Reading grade under 1 (target { $target })
editor-grade = Reading grade { $grade } (target { $target })
editor-read-only-shipped = It ships with Handout Desk, and its vetted text stays as written. Choose “Adapt for my clinic” in the top bar to make your clinic's own copy, which you can edit.
editor-read-only-shared = It comes from your clinic's shared folder, which is read-only on this desk. The clinic lead edits it on their desk and publishes it again, or choose “Adapt for my clinic” to make a copy of your own.
editor-read-only-folder = It comes from a templates folder named on the command line, which the app does not change. Choose “Adapt for my clinic” to make an editable copy.
editor-cannot-edit = “{ $title }” cannot be edited here
editor-select-block = Select block { $number }
editor-select-block-hover = Select this block: “Add block” adds after it
editor-remove = Remove
editor-remove-block = Remove block { $number }
editor-down = Down
editor-move-down = Move block { $number } down
editor-move-down-hover = Move down
editor-up = Up
editor-move-up = Move block { $number } up
editor-move-up-hover = Move up
editor-grade-hover = This block's Flesch–Kincaid reading grade
editor-add-block-after = Add block after this
editor-adds-after = Adds a block after block { $number }
editor-findings = { $count ->
    [one] { $count } quality finding
   *[other] { $count } quality findings
}
editor-items = Items, one per line
editor-items-hint = One item per line
editor-field-of-block = { $field } of block { $number }
editor-look = Look
editor-look-urgent = Urgent
editor-look-note = Note
editor-draw-as = Draw block { $number } as { $look }
editor-category = Category
editor-category-of = Category of block { $number }
editor-ruled-lines = Ruled lines
editor-lines-of = Lines of block { $number }
editor-sources = Sources
editor-sources-hint = e.g. 1, 3
editor-sources-of = Sources of block { $number }
editor-fix = Fix: { $problem }
editor-check = Check: { $problem }
editor-hint = Hint: { $hint }

## Print choices shared by both views

format-qr-codes = QR codes
format-qr-codes-hint = A QR code beside each resource with a website or phone number, with the address or number printed beside it
