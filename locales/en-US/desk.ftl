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

## Status messages: saving and opening the PDF

export-pdf-document = PDF document
notice-choose-handout-first = Choose a handout before saving a PDF.
notice-export-no-folder = The folder { $folder } does not exist. Choose another folder; nothing was saved.
notice-export-saved = Saved the PDF ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}) to { $path }
notice-export-log-failed = The PDF is saved, but the handout log was not updated: { $detail }
notice-export-failed = Could not save the PDF to { $path }: { $detail }. Your handout and clinic details are unchanged.
notice-no-pdf-viewer = No PDF viewer is set up on this computer, so the PDF could not be opened. It is saved as { $name }.
notice-no-pdf-viewer-in = No PDF viewer is set up on this computer, so the PDF could not be opened. It is saved as { $name } in { $folder }.
notice-no-folder-viewer = This computer has no program set to show folders. The PDF is in { $folder }.
notice-no-file-dialog = Your system's file dialog is not available. Type the folder and file name in “Save to”, then choose Save PDF.

## Status messages: what the checks refused

notice-refused-export = `{ $id }` has problems to fix first, so no PDF was made ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
} listed below).
notice-refused-approve = `{ $id }` has problems to fix before it can be approved, so nothing was signed off ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
} listed below).
notice-refused-pack-template = Template `{ $id }` has problems to fix first, so no pack was made: another desk would refuse the whole pack. Fix it in the editor before packing ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
} listed below).
notice-refused-pack-profile = The clinic profile has problems to fix first, so no pack was made: another desk would refuse it. Fix them in the “Your clinic” panel before packing ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
} listed below).

## Approve dialog: fields and messages

approve-reviewer = Reviewer name
approve-reviewer-hint = e.g. Dr. A. Rivera
approve-role = Reviewer role
approve-role-hint = e.g. Clinic medical director
approve-date = Approval date
approve-due = Next review due
approve-date-hint = YYYY-MM-DD
approve-translator = Translator name
approve-translator-hint = qualified medical translator, e.g. M. Ortega
approve-bad-date = { $field }: “{ $text }” is not a date. Write it as YYYY-MM-DD, for example 2026-12-01.
approve-no-storage = There is no folder to keep sign-offs in, so nothing was approved. Set HANDOUT_DESK_DATA_DIR to a folder you may write to.
approve-no-reviewer = The reviewer's name is empty: write the name of the clinician who approves it.
approve-no-role = The reviewer's role is empty: write their role, e.g. “Clinic medical director”.
approve-no-translator = A handout in { $language } is approved by a clinician and a qualified medical translator: write the translator's name.
approve-due-before = The next review ({ $due }) must be after the approval date ({ $on }).
approve-failed = Nothing was approved. { $detail }
notice-approved = “{ $title }” is approved for patient use by { $reviewer }, { $role }; next review due { $due }.

## Status messages: printing

notice-not-printed = Not printed: { $reason }
notice-print-log-failed = The handout is printing, but the handout log was not updated: { $detail }
notice-printed = Sent “{ $title }” ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}) to the printer { $printer }.
notice-printed-job = Sent “{ $title }” ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}) to the printer { $printer } as job { $job }.
print-failed-no-service = Printing from the desk is not available here yet: this computer has no print service the desk can use (CUPS's `lpstat` and `lp` commands, or on Windows, Windows PowerShell).
print-failed-no-print-verb = Windows cannot print PDF files from the desk: the default app for PDF files on this computer offers no Print action ({ $detail })
print-failed-not-running = The print service (CUPS) on this computer is not running.
print-failed-no-printer = No printer is set up on this computer.
print-failed-unknown = There is no printer named “{ $name }” on this computer.
print-failed-no-default = No printer was chosen, and this computer has no default printer.
print-failed-run = Could not run { $program }: { $detail }.
print-failed-timed-out = The print service did not answer within { $seconds } seconds ({ $program } was stopped).
print-failed-query = Could not ask the print service for its printers: { $detail }
print-failed-refused = The print service did not take the job for { $printer }: { $detail }
print-failed-temp-file = Could not write the PDF to print to { $path }: { $detail }.
print-failed-no-thread = Could not start printing: { $detail }.
print-failed-not-made = Could not make the PDF to print: { $detail }.
print-hint-save-instead = Save the PDF and print it from your PDF viewer.
print-hint-start-service = Save the PDF and print it from your PDF viewer, or ask IT to start the print service.
print-hint-add-printer = Save the PDF and print it from your PDF viewer, or ask IT to add a printer.
print-hint-printers-here = The printers here are: { $printers }.
print-hint-choose-one = Choose one of: { $printers }.
print-hint-timed-out = Check that the printer is on and the print service is running, then try again; or save the PDF and print it from your PDF viewer.
print-hint-check-service = Check that the print service is running, or save the PDF and print it from your PDF viewer.
print-hint-printer-ready = Check that the printer is on and ready, or save the PDF and print it from your PDF viewer.
print-hint-unchanged = Your handout and clinic details are unchanged.
print-hint-print-verb = Make a PDF reader that can print (one that shows Print when you right-click a PDF file) the default app for PDF files, or save the PDF and print it from your PDF viewer.

## Status messages: the clinic lead's tools

clinic-using-folder = Using { $folder }: { $count ->
    [one] { $count } shared template found. It is
   *[other] { $count } shared templates found. They are
} read-only on this desk.
clinic-no-folder = This desk no longer reads a shared folder.
clinic-folder-failed = The shared folder was not changed: { $detail }
clinic-published = Published “{ $title }” to { $path }. Desks that use this folder see it the next time they start.
clinic-not-published = Not published: { $detail }
clinic-published-sign-offs = Published { $count } sign-off(s) to { $path }. Desks that use this folder see those handouts approved the next time they start.
clinic-sign-offs-not-published = Sign-offs not published: { $detail }
clinic-pack-saved = Saved the clinic pack to { $path }: { $templates } clinic template(s), { $profile }, { $sign_offs } sign-off(s).
clinic-pack-profile-included = the clinic profile
clinic-pack-profile-none = no clinic profile
clinic-pack-profile-unreadable = no clinic profile: the one saved on this desk could not be read ({ $reason }); enter the clinic's details again and export the pack once more to include them
clinic-pack-profile-unreadable-kept = no clinic profile: the one saved on this desk could not be read ({ $reason }) and was kept as { $kept }; enter the clinic's details again and export the pack once more to include them
clinic-pack-not-made = No pack was made: { $detail }
clinic-pack-unreadable = This pack cannot be imported: { $detail }
clinic-pack-imported = Imported { $path }: { $done }.
clinic-pack-import-failed = Import failed: { $detail }
clinic-nothing-imported = Nothing was imported.
clinic-log-failed = The handout log could not be shown: { $detail }
clinic-csv-saved = Saved { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} as CSV to { $path }.
clinic-csv-not-saved = The CSV was not saved: { $detail }

## Status messages: resources, clinic copies and the patient's words

notice-removed-resource = Removed “{ $name }”.
notice-removed-new-resource = Removed the new resource.
notice-patient-cleared = Cleared what was typed with the patient: it is never saved.
notice-copy-no-storage = There is no folder to keep your clinic's templates in, so no copy was made. Set HANDOUT_DESK_DATA_DIR to a folder you may write to and start again.
notice-copy-failed = Could not make the clinic copy: { $detail }
notice-copy-made = Made “{ $title }” ({ $id }), your clinic's own copy, in { $path }. Edit it here; it prints as a draft until it is approved.
notice-copy-earlier = You already had { $copies } from the same handout.
notice-edits-not-saved = Your template edits were not saved: { $detail }. They are still here; keep the app open and try again.

## Quality panel rows

quality-finding-label = Finding: { $rule } in { $place }
quality-try-saying = Try saying { $words }
quality-try = Try: { $advice }

## Names of the library's kinds of things

block-heading = Heading
block-paragraph = Paragraph
block-bullets = Bulleted list
block-steps = Numbered steps
block-callout = Callout box
block-resources = Local resources
block-fill-in = Fill-in section
block-sources = Sources
block-field-text = Text
block-field-title = Title
block-field-items = Items
block-field-heading = Heading
block-field-when-empty = Text when empty
block-field-label = Label
block-field-hint = Hint
change-unchanged = Unchanged
change-added = Added
change-removed = Removed
change-reworded = Reworded
change-moved = Moved
origin-shipped = shipped
origin-clinic = clinic template
origin-shared = shared by your clinic
origin-folder = from a templates folder

## Display menu: key names

keys-enter-space = Enter, Space
keys-escape = Escape

## Status messages: saving the desk's own files
notice-nothing-saved = Nothing will be saved: { $detail }.
notice-settings-not-saved = Settings not saved: { $detail }
notice-choices-not-saved = Your choices for each handout were not saved: { $detail }
notice-clinic-not-saved = Your clinic details were not saved: { $detail }. They are still here; keep the app open and try again.
