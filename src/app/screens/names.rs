//! The desk's names for the library's kinds of things (block kinds, block
//! fields, kinds of change, where a template comes from), in the desk's
//! language. The library names them in English for the command line and the
//! messages it writes; the screens ask here instead.

use crate::app::i18n::Texts;
use crate::clinic::diff::ChangeKind;
use crate::clinic::edit::{BlockField, NewBlock};
use crate::template::{Block, TemplateOrigin};

/// A block's kind, e.g. "Fill-in section" (the words of [`Block::kind_label`]).
pub fn block_kind(t: &Texts, block: &Block) -> String {
    t.tr(match block {
        Block::Heading { .. } => "block-heading",
        Block::Paragraph { .. } => "block-paragraph",
        Block::Bullets { .. } => "block-bullets",
        Block::Steps { .. } => "block-steps",
        Block::Callout { .. } => "block-callout",
        Block::Resources { .. } => "block-resources",
        Block::FillIn { .. } => "block-fill-in",
        Block::Sources { .. } => "block-sources",
    })
}

/// The kind of block "Add block" makes.
pub fn new_block(t: &Texts, kind: NewBlock) -> String {
    block_kind(t, &kind.block())
}

/// A block's kind by its RON name (`Bullets`), as a change lists it; a name
/// the desk does not know is shown as it is.
pub fn block_kind_named(t: &Texts, ron_name: &str) -> String {
    let id = match ron_name {
        "Heading" => "block-heading",
        "Paragraph" => "block-paragraph",
        "Bullets" => "block-bullets",
        "Steps" => "block-steps",
        "Callout" => "block-callout",
        "Resources" => "block-resources",
        "FillIn" => "block-fill-in",
        "Sources" => "block-sources",
        "Block" => "changes-block-unplaced",
        other => return other.to_owned(),
    };
    t.tr(id)
}

/// A block's text field, as in "Text of block 3".
pub fn block_field(t: &Texts, field: BlockField) -> String {
    t.tr(match field {
        BlockField::Text => "block-field-text",
        BlockField::Title => "block-field-title",
        BlockField::Items => "block-field-items",
        BlockField::Heading => "block-field-heading",
        BlockField::WhenEmpty => "block-field-when-empty",
        BlockField::Label => "block-field-label",
        BlockField::Hint => "block-field-hint",
    })
}

/// How a block changed since the original.
pub fn change_kind(t: &Texts, kind: ChangeKind) -> String {
    t.tr(match kind {
        ChangeKind::Unchanged => "change-unchanged",
        ChangeKind::Added => "change-added",
        ChangeKind::Removed => "change-removed",
        ChangeKind::Reworded => "change-reworded",
        ChangeKind::Moved => "change-moved",
    })
}

/// Where a template comes from, as a short phrase for the library.
pub fn origin(t: &Texts, origin: TemplateOrigin) -> String {
    t.tr(match origin {
        TemplateOrigin::Shipped => "origin-shipped",
        TemplateOrigin::Clinic => "origin-clinic",
        TemplateOrigin::Shared => "origin-shared",
        TemplateOrigin::Folder => "origin-folder",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::DeskLanguage;

    /// In English the desk uses the library's own words, so the editor, the
    /// command line and the problem messages agree.
    #[test]
    fn english_names_are_the_library_s() {
        let en = Texts::for_language(DeskLanguage::English);
        for kind in NewBlock::ALL {
            assert_eq!(new_block(en, kind), kind.label());
            let block = kind.block();
            assert_eq!(block_kind_named(en, block.kind_name()), block.kind_label());
        }
        for field in [
            BlockField::Text,
            BlockField::Title,
            BlockField::Items,
            BlockField::Heading,
            BlockField::WhenEmpty,
            BlockField::Label,
            BlockField::Hint,
        ] {
            assert_eq!(block_field(en, field), field.label());
        }
        for kind in [
            ChangeKind::Unchanged,
            ChangeKind::Added,
            ChangeKind::Removed,
            ChangeKind::Reworded,
            ChangeKind::Moved,
        ] {
            assert_eq!(change_kind(en, kind), kind.label());
        }
        for o in [
            TemplateOrigin::Shipped,
            TemplateOrigin::Clinic,
            TemplateOrigin::Shared,
            TemplateOrigin::Folder,
        ] {
            assert_eq!(origin(en, o), o.label());
        }
    }
}
