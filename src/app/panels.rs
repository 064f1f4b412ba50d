//! The side panels' sizes: a floor so their words wrap by whole words, a
//! ceiling so the preview keeps room on a small screen or at a large text
//! size, a handle that shows where to drag, and widths that belong to one text
//! size (so after 175% the panels are not left shrunk at 100%).

use egui::{Frame, Margin, Panel, Pos2, Rect, Vec2};

/// Which edge a side panel is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The library.
    Left,
    /// The fill-in panel, or the block editor.
    Right,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::Left => "library",
            Side::Right => "fill-in",
        }
    }

    /// (default, least, most) widths in points for a window `width` wide.
    fn widths(self, width: f32) -> (f32, f32, f32) {
        match self {
            Side::Left => (290.0, 200.0, (width * 0.24).clamp(200.0, 420.0)),
            Side::Right => (370.0, 260.0, (width * 0.30).clamp(260.0, 520.0)),
        }
    }
}

/// A resizable side panel for a window `width` points wide at interface
/// size `zoom`. Its width is remembered per text size: at a new size it starts
/// at its default width.
pub fn side_panel(side: Side, width: f32, zoom: f32, frame: Frame) -> Panel {
    let (default, least, most) = side.widths(width);
    let percent = (zoom * 100.0).round() as i32;
    let id = format!("{}@{percent}", side.name());
    let panel = match side {
        Side::Left => Panel::left(id),
        Side::Right => Panel::right(id),
    };
    panel
        .frame(frame)
        .resizable(true)
        .default_size(default.min(most))
        .size_range(least..=most)
}

/// A visible grip on the edge of a side panel drawn at `panel`, so the
/// splitter can be found without hovering over it first.
pub fn grab_handle_ui(ui: &egui::Ui, panel: Rect, side: Side) {
    let x = match side {
        Side::Left => panel.right(),
        Side::Right => panel.left(),
    };
    let grip = Rect::from_center_size(Pos2::new(x, panel.center().y), Vec2::new(4.0, 40.0));
    let colour = ui
        .visuals()
        .widgets
        .inactive
        .fg_stroke
        .color
        .gamma_multiply(0.55);
    ui.painter().rect_filled(grip, 2, colour);
}

/// A frame for the content of a scrolling area: a right margin the width of
/// egui's floating scroll bar, so the bar never covers the content's right
/// edge, and the side panels and dialogs line up beside it.
pub fn room_for_scroll_bar() -> Frame {
    Frame::new().inner_margin(Margin {
        right: 12,
        ..Margin::ZERO
    })
}
