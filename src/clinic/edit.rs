//! One edit to a clinic template's blocks or title, and how it changes the template.
//!
//! Pure functions on [`Template`], so editing is tested without a window and
//! the same edits could come from anywhere; the desk app's block editor adds
//! undo, and the desk saves the result (see `crate::desk`).

use crate::template::{Block, CalloutKind, ResourceCategory, Template};

/// A text field of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockField {
    /// A heading's or paragraph's text, or a callout's text under its title.
    Text,
    /// A callout's title.
    Title,
    /// Bullets, steps or callout items: one line per item.
    Items,
    /// The heading of a resources or sources block.
    Heading,
    /// What a resources block prints when the profile has none.
    WhenEmpty,
    /// A fill-in's label.
    Label,
    /// A fill-in's hint.
    Hint,
}

impl BlockField {
    /// The field's name for people, as in "Text of block 3".
    pub fn label(self) -> &'static str {
        match self {
            BlockField::Text => "Text",
            BlockField::Title => "Title",
            BlockField::Items => "Items",
            BlockField::Heading => "Heading",
            BlockField::WhenEmpty => "Text when empty",
            BlockField::Label => "Label",
            BlockField::Hint => "Hint",
        }
    }

    /// The text fields a block has, in the order they are shown.
    pub fn of(block: &Block) -> &'static [BlockField] {
        match block {
            Block::Heading { .. } | Block::Paragraph { .. } => &[BlockField::Text],
            Block::Bullets { .. } | Block::Steps { .. } => &[BlockField::Items],
            Block::Callout { .. } => &[BlockField::Title, BlockField::Text, BlockField::Items],
            Block::Resources { .. } => &[BlockField::Heading, BlockField::WhenEmpty],
            Block::FillIn { .. } => &[BlockField::Label, BlockField::Hint],
            Block::Sources { .. } => &[BlockField::Heading],
        }
    }

    /// Whether the field takes several lines.
    pub fn is_multiline(self) -> bool {
        matches!(self, BlockField::Text | BlockField::Items)
    }
}

/// A kind of block the editor can add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewBlock {
    /// A section heading.
    Heading,
    /// Running text.
    Paragraph,
    /// A bulleted list.
    Bullets,
    /// Numbered steps.
    Steps,
    /// A boxed message.
    Callout,
    /// The clinic's local resources of one category.
    Resources,
    /// Ruled lines for the patient to write on.
    FillIn,
}

impl NewBlock {
    /// Every kind, in the order the "Add block" menu lists them.
    pub const ALL: [NewBlock; 7] = [
        NewBlock::Heading,
        NewBlock::Paragraph,
        NewBlock::Bullets,
        NewBlock::Steps,
        NewBlock::Callout,
        NewBlock::Resources,
        NewBlock::FillIn,
    ];

    /// The kind's name for people, e.g. "Fill-in section": the same words as
    /// [`Block::kind_label`] of the block it makes.
    pub fn label(self) -> &'static str {
        self.block().kind_label()
    }

    /// A new block of this kind with placeholder words to replace.
    pub fn block(self) -> Block {
        match self {
            NewBlock::Heading => Block::Heading {
                text: "New heading".into(),
                keep_together: false,
            },
            NewBlock::Paragraph => Block::Paragraph {
                text: "New paragraph.".into(),
                sources: Vec::new(),
            },
            NewBlock::Bullets => Block::Bullets {
                items: vec!["New point".into()],
                sources: Vec::new(),
            },
            NewBlock::Steps => Block::Steps {
                items: vec!["First step".into()],
                sources: Vec::new(),
            },
            NewBlock::Callout => Block::Callout {
                kind: CalloutKind::Note,
                title: "New note".into(),
                text: None,
                items: Vec::new(),
                sources: Vec::new(),
            },
            NewBlock::Resources => Block::Resources {
                category: ResourceCategory::Other,
                heading: "Where to get help".into(),
                when_empty: "Ask us for local services.".into(),
            },
            NewBlock::FillIn => Block::FillIn {
                label: "Write here".into(),
                hint: None,
                lines: 3,
                fields: Vec::new(),
                resources: None,
            },
        }
    }
}

/// One change to a template.
#[derive(Debug, Clone, PartialEq)]
pub enum TemplateEdit {
    /// The handout's title.
    Title(String),
    /// A text field of block `block` (from 0).
    BlockText {
        /// The block.
        block: usize,
        /// Which field.
        field: BlockField,
        /// The new text; items are one per line.
        value: String,
    },
    /// The sources block `block` cites.
    Sources(usize, Vec<u32>),
    /// A fill-in's number of ruled lines.
    Lines(usize, u8),
    /// A resources block's category.
    Category(usize, ResourceCategory),
    /// A callout's look.
    CalloutKind(usize, CalloutKind),
    /// Swap block `block` with the one above (`up`) or below.
    Move {
        /// The block.
        block: usize,
        /// Towards the top.
        up: bool,
    },
    /// Remove block `n`.
    Remove(usize),
    /// Add a new block so that it becomes block `at` (from 0; past the end
    /// adds it last). [`insert_position`] says where the editor puts it.
    Add {
        /// What kind of block.
        kind: NewBlock,
        /// Where it goes.
        at: usize,
    },
}

/// Where a new block goes: after the `selected` block, or with none selected
/// just before the list of sources, which closes the handout's text (a
/// safety plan to fill in may follow it, and stays where it is).
pub fn insert_position(template: &Template, selected: Option<usize>) -> usize {
    let blocks = &template.blocks;
    match selected {
        Some(i) if i < blocks.len() => i + 1,
        _ => blocks
            .iter()
            .position(|b| matches!(b, Block::Sources { .. }))
            .unwrap_or(blocks.len()),
    }
}

impl TemplateEdit {
    /// Which field a typing edit goes to, so consecutive keystrokes in one field
    /// make one undo step; `None` for edits that are each their own step.
    pub fn typing_key(&self) -> Option<(Option<usize>, Option<BlockField>)> {
        match self {
            TemplateEdit::Title(_) => Some((None, None)),
            TemplateEdit::BlockText { block, field, .. } => Some((Some(*block), Some(*field))),
            _ => None,
        }
    }
}

/// The text of `field` in `block`, as the editor shows it (items one per line);
/// empty for a field the block does not have.
pub fn field_text(block: &Block, field: BlockField) -> String {
    use BlockField as F;
    match (block, field) {
        (Block::Heading { text, .. } | Block::Paragraph { text, .. }, F::Text) => text.clone(),
        (Block::Bullets { items, .. } | Block::Steps { items, .. }, F::Items) => items.join("\n"),
        (Block::Callout { title, .. }, F::Title) => title.clone(),
        (Block::Callout { text, .. }, F::Text) => text.clone().unwrap_or_default(),
        (Block::Callout { items, .. }, F::Items) => items.join("\n"),
        (Block::Resources { heading, .. } | Block::Sources { heading }, F::Heading) => {
            heading.clone()
        }
        (Block::Resources { when_empty, .. }, F::WhenEmpty) => when_empty.clone(),
        (Block::FillIn { label, .. }, F::Label) => label.clone(),
        (Block::FillIn { hint, .. }, F::Hint) => hint.clone().unwrap_or_default(),
        (
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::Bullets { .. }
            | Block::Steps { .. }
            | Block::Callout { .. }
            | Block::Resources { .. }
            | Block::FillIn { .. }
            | Block::Sources { .. },
            _,
        ) => String::new(),
    }
}

/// Items typed one per line; an empty field is no items.
fn lines(value: &str) -> Vec<String> {
    if value.is_empty() {
        Vec::new()
    } else {
        value.split('\n').map(str::to_owned).collect()
    }
}

fn optional(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

/// Sets `field` of `block` to `value`; a field the block does not have is left alone.
fn set_field(block: &mut Block, field: BlockField, value: &str) {
    use BlockField as F;
    match (block, field) {
        (Block::Heading { text, .. } | Block::Paragraph { text, .. }, F::Text) => {
            *text = value.to_owned();
        }
        (Block::Bullets { items, .. } | Block::Steps { items, .. }, F::Items) => {
            *items = lines(value);
        }
        (Block::Callout { title, .. }, F::Title) => *title = value.to_owned(),
        (Block::Callout { text, .. }, F::Text) => *text = optional(value),
        (Block::Callout { items, .. }, F::Items) => *items = lines(value),
        (Block::Resources { heading, .. } | Block::Sources { heading }, F::Heading) => {
            *heading = value.to_owned();
        }
        (Block::Resources { when_empty, .. }, F::WhenEmpty) => *when_empty = value.to_owned(),
        (Block::FillIn { label, .. }, F::Label) => *label = value.to_owned(),
        (Block::FillIn { hint, .. }, F::Hint) => *hint = optional(value),
        (
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::Bullets { .. }
            | Block::Steps { .. }
            | Block::Callout { .. }
            | Block::Resources { .. }
            | Block::FillIn { .. }
            | Block::Sources { .. },
            _,
        ) => {}
    }
}

/// Makes `edit` to `template`; returns whether anything changed.
pub fn apply_edit(template: &mut Template, edit: &TemplateEdit) -> bool {
    let before = template.clone();
    let blocks = &mut template.blocks;
    match edit {
        TemplateEdit::Title(title) => template.title.clone_from(title),
        TemplateEdit::BlockText {
            block,
            field,
            value,
        } => {
            if let Some(b) = blocks.get_mut(*block) {
                set_field(b, *field, value);
            }
        }
        TemplateEdit::Sources(block, list) => {
            if let Some(sources) = blocks.get_mut(*block).and_then(Block::sources_mut) {
                sources.clone_from(list);
            }
        }
        TemplateEdit::Lines(block, n) => {
            if let Some(Block::FillIn { lines, .. }) = blocks.get_mut(*block) {
                *lines = *n;
            }
        }
        TemplateEdit::Category(block, c) => {
            if let Some(Block::Resources { category, .. }) = blocks.get_mut(*block) {
                *category = *c;
            }
        }
        TemplateEdit::CalloutKind(block, k) => {
            if let Some(Block::Callout { kind, .. }) = blocks.get_mut(*block) {
                *kind = *k;
            }
        }
        TemplateEdit::Move { block, up } => {
            let other = if *up {
                block.checked_sub(1)
            } else {
                Some(block + 1)
            };
            if let Some(other) = other.filter(|&o| o < blocks.len() && *block < blocks.len()) {
                blocks.swap(*block, other);
            }
        }
        TemplateEdit::Remove(block) => {
            if *block < blocks.len() {
                blocks.remove(*block);
            }
        }
        TemplateEdit::Add { kind, at } => blocks.insert((*at).min(blocks.len()), kind.block()),
    }
    *template != before
}

/// Source numbers typed as "1, 3"; the words that are not numbers, if any.
pub fn parse_sources(text: &str) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for part in text.split([',', ' ']).filter(|p| !p.trim().is_empty()) {
        match part.trim().parse::<u32>() {
            Ok(n) if !out.contains(&n) => out.push(n),
            Ok(_) => {}
            Err(_) => bad.push(part.trim().to_owned()),
        }
    }
    if bad.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "write source numbers separated by commas, e.g. 1, 3 (not “{}”)",
            bad.join(", ")
        ))
    }
}

/// Source numbers as the editor shows them: "1, 3".
pub fn sources_text(sources: &[u32]) -> String {
    sources
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateLibrary;

    fn template() -> Template {
        TemplateLibrary::shipped().templates[1].template.clone()
    }

    #[test]
    fn items_round_trip_one_per_line() {
        let mut t = template();
        let i = t
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Bullets { .. }))
            .unwrap();
        let text = field_text(&t.blocks[i], BlockField::Items);
        let typed = format!("{text}\n");
        assert!(apply_edit(
            &mut t,
            &TemplateEdit::BlockText {
                block: i,
                field: BlockField::Items,
                value: typed.clone()
            }
        ));
        assert_eq!(field_text(&t.blocks[i], BlockField::Items), typed);
    }

    #[test]
    fn blocks_move_remove_and_add() {
        let mut t = template();
        let (a, b) = (t.blocks[0].clone(), t.blocks[1].clone());
        assert!(apply_edit(
            &mut t,
            &TemplateEdit::Move { block: 1, up: true }
        ));
        assert_eq!((&t.blocks[0], &t.blocks[1]), (&b, &a));
        assert!(!apply_edit(
            &mut t,
            &TemplateEdit::Move { block: 0, up: true }
        ));
        let n = t.blocks.len();
        let add = |at| TemplateEdit::Add {
            kind: NewBlock::Steps,
            at,
        };
        assert!(apply_edit(&mut t, &add(n + 5)), "past the end adds it last");
        assert_eq!(t.blocks.len(), n + 1);
        assert!(matches!(t.blocks[n], Block::Steps { .. }));
        assert!(apply_edit(&mut t, &TemplateEdit::Remove(n)));
        assert_eq!(t.blocks.len(), n);
        assert!(apply_edit(&mut t, &add(1)));
        assert!(matches!(t.blocks[1], Block::Steps { .. }));
    }

    #[test]
    fn a_new_block_goes_after_the_selected_one_or_before_the_sources() {
        let mut t = template();
        t.blocks.retain(|b| !matches!(b, Block::Sources { .. }));
        t.blocks.push(Block::Sources {
            heading: "Sources".into(),
        });
        let n = t.blocks.len();
        assert_eq!(insert_position(&t, Some(0)), 1);
        assert_eq!(insert_position(&t, None), n - 1);
        assert_eq!(insert_position(&t, Some(n + 3)), n - 1, "a stale choice");
        t.blocks.push(NewBlock::FillIn.block());
        assert_eq!(insert_position(&t, None), n - 1, "a plan after the sources");
        t.blocks.remove(n - 1);
        assert_eq!(insert_position(&t, None), n, "no sources: last");
    }

    #[test]
    fn new_blocks_have_readable_names() {
        assert_eq!(NewBlock::FillIn.label(), "Fill-in section");
        for kind in NewBlock::ALL {
            let camel_case = kind.label().chars().skip(1).any(char::is_uppercase);
            assert!(!camel_case, "{}", kind.label());
        }
    }

    #[test]
    fn sources_parse_from_commas() {
        assert_eq!(parse_sources("1, 3,4"), Ok(vec![1, 3, 4]));
        assert_eq!(parse_sources(""), Ok(vec![]));
        assert!(parse_sources("1, x").is_err());
        assert_eq!(sources_text(&[1, 3]), "1, 3");
    }
}
