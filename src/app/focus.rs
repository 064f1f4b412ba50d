//! Keyboard focus that a person can see and follow.
//!
//! egui moves focus with Tab and draws focused widgets in their active style,
//! but a button with its own fill (the primary buttons) hides that border, a
//! focused field below the fold stays there, and when the focused control goes
//! away (a dialog closed with Escape, a button that hides itself once used)
//! focus is simply dropped, so the next Tab starts again at the top of the
//! window. [`FocusKeeper`] fills those gaps once for every screen:
//! [`FocusKeeper::begin_frame`] before the screens draw, [`FocusKeeper::end_frame`]
//! after them.

use egui::accesskit;
use egui::{Context, Id, Key, Order, Response, StrokeKind};

use crate::app::theme::focus_stroke;
use crate::problem::{ClinicField, Field, ResourceField};
use crate::profile::ClinicProfile;

/// A field a "Fix" button asks to be focused, once the dialog that listed its
/// problem has closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// One of the clinic's details in the clinic form.
    Clinic(ClinicField),
    /// A detail of the resource at this index in the profile.
    Resource(usize, ResourceField),
    /// The title field at the top of the block editor (of a clinic copy).
    Title,
}

impl FocusTarget {
    /// The field of a problem that has one on the desk: in the clinic form,
    /// or the title in the block editor. The subtitle and the sources are
    /// not edited on the desk.
    pub fn of(field: Field) -> Option<Self> {
        match field {
            Field::Clinic(f) => Some(Self::Clinic(f)),
            Field::Resource(i, f) => Some(Self::Resource(i, f)),
            Field::Title => Some(Self::Title),
            Field::Subtitle | Field::Source { .. } => None,
        }
    }

    /// Whether the field is in the block editor rather than the clinic form.
    pub fn in_editor(self) -> bool {
        matches!(self, Self::Title)
    }

    /// The widget id of the field, while it exists.
    pub fn widget_id(self, profile: &ClinicProfile) -> Option<Id> {
        match self {
            Self::Title => Some(template_title_id()),
            Self::Clinic(field) => Some(clinic_field_id(field)),
            Self::Resource(index, field) => profile
                .resources
                .get(index)
                .map(|r| resource_field_id(r.id.0, field)),
        }
    }
}

/// The widget id of the block editor's title field.
pub fn template_title_id() -> Id {
    Id::unique("editor-title")
}

/// The widget id of a clinic detail's text field.
pub fn clinic_field_id(field: ClinicField) -> Id {
    Id::unique(("clinic-field", field.key()))
}

/// The widget id of a text field of the resource with stable key `key`.
pub fn resource_field_id(key: u64, field: ResourceField) -> Id {
    Id::unique(("resource-field", key, field.key()))
}

/// Whether keyboard focus is in a text field of the resource with stable key
/// `key`, e.g. sent there by a "Fix": its card must then be open.
pub fn focus_in_resource(ctx: &Context, key: u64) -> bool {
    ctx.memory(|m| m.focused()).is_some_and(|id| {
        ResourceField::TEXT
            .iter()
            .any(|&f| resource_field_id(key, f) == id)
    })
}

/// How many earlier focused widgets are remembered to go back to.
const HISTORY: usize = 16;

/// The space between a widget and its focus ring, so the ring stands apart
/// from a filled button of a similar colour.
const RING_GAP: f32 = 2.0;

/// Remembers where focus was, to put it back and to show it.
#[derive(Debug, Default)]
pub struct FocusKeeper {
    /// Widgets of the main window (not dialogs or menus) that had focus,
    /// newest last.
    history: Vec<Id>,
    /// The widget that had focus at the end of the last frame.
    last: Option<Id>,
    /// Whether `last` was in a dialog, menu or other layer above the window.
    last_on_top: bool,
    /// The focused widget last scrolled into view.
    scrolled_for: Option<Id>,
    /// A field to focus as soon as no click is in the way.
    pending: Option<Id>,
    /// Whether the keyboard was used since the last pointer press.
    keyboard: bool,
}

impl FocusKeeper {
    /// Before the screens draw: focuses `target` if a "Fix" asked for it, puts
    /// focus back when its widget went away, and scrolls a newly focused
    /// widget into view.
    pub fn begin_frame(&mut self, ctx: &Context, target: Option<Id>) {
        self.note_input(ctx);
        if target.is_some() {
            self.pending = target;
        } else {
            self.restore(ctx);
        }
        // A text field lets go of focus on a click elsewhere, and a widget
        // behind a dialog cannot take it: the click on "Fix", or the dialog it
        // closed, may still be in this frame. Then wait for the next one.
        let clicked = ctx.input(|i| i.pointer.any_click() || i.pointer.any_released());
        let behind_dialog = ctx.memory(|m| m.top_modal_layer()).is_some();
        if let Some(id) = self.pending {
            if behind_dialog {
                // Closing the dialog is an action, which repaints.
            } else if clicked {
                ctx.request_repaint();
            } else {
                self.pending = None;
                ctx.memory_mut(|m| m.request_focus(id));
            }
        }
        let focused = ctx.memory(|m| m.focused());
        if focused != self.scrolled_for {
            self.scrolled_for = focused;
            if let Some(id) = focused
                && !fully_visible(ctx, id)
            {
                scroll_into_view(ctx, id);
            }
        }
    }

    /// Notes whether the keyboard (or an assistive technology) or the pointer
    /// was used last: focus is ringed and put back only for the keyboard, as
    /// browsers do with `:focus-visible`.
    fn note_input(&mut self, ctx: &Context) {
        ctx.input(|i| {
            for event in &i.events {
                match event {
                    egui::Event::Key {
                        key:
                            Key::Tab
                            | Key::Enter
                            | Key::Space
                            | Key::Escape
                            | Key::ArrowUp
                            | Key::ArrowDown
                            | Key::ArrowLeft
                            | Key::ArrowRight,
                        pressed: true,
                        ..
                    }
                    | egui::Event::AccessKitActionRequest(_) => self.keyboard = true,
                    egui::Event::PointerButton { pressed: true, .. } => self.keyboard = false,
                    _ => {}
                }
            }
        });
    }

    /// After the screens drew: rings the focused widget and remembers it.
    pub fn end_frame(&mut self, ctx: &Context) {
        let focused = ctx.memory(|m| m.focused());
        let response = focused.and_then(|id| ctx.read_response(id));
        self.last = focused;
        self.last_on_top = response
            .as_ref()
            .is_some_and(|r| r.layer_id.order != Order::Background);
        let Some(response) = response else {
            return;
        };
        if self.keyboard {
            paint_ring(ctx, &response);
        }
        if !self.last_on_top {
            self.history.retain(|&id| id != response.id);
            self.history.push(response.id);
            let extra = self.history.len().saturating_sub(HISTORY);
            self.history.drain(..extra);
        }
    }

    /// When focus was dropped because its widget went away, or a dialog or
    /// menu closed with Escape, gives it to the last widget of the window
    /// that had it and still exists (the one that opened the dialog, or the
    /// neighbour of a button that hid itself). A click elsewhere drops focus
    /// on purpose and is left alone.
    fn restore(&mut self, ctx: &Context) {
        let Some(lost) = self.last else {
            return;
        };
        if !self.keyboard {
            return;
        }
        if ctx.memory(|m| m.focused()).is_some() || ctx.input(|i| i.pointer.any_pressed()) {
            return;
        }
        let gone = ctx.read_response(lost).is_none();
        if !gone && !self.last_on_top {
            return;
        }
        let back = self
            .history
            .iter()
            .rev()
            .copied()
            .find(|&id| id != lost && ctx.read_response(id).is_some());
        if back.is_some() {
            self.pending = back;
        }
        self.last = None;
    }
}

/// Whether the widget was wholly inside its scroll area or panel last frame.
fn fully_visible(ctx: &Context, id: Id) -> bool {
    ctx.read_response(id)
        .is_some_and(|r| r.interact_rect.contains_rect(r.rect) && r.rect.is_positive())
}

/// Asks the scroll areas around `id` to bring it into view this frame, as an
/// assistive technology would: egui answers the request where it draws the
/// widget, inside its scroll areas.
fn scroll_into_view(ctx: &Context, id: Id) {
    let request = accesskit::ActionRequest {
        action: accesskit::Action::ScrollIntoView,
        target_node: id.accesskit_id(),
        target_tree: accesskit::TreeId::ROOT,
        data: None,
    };
    ctx.input_mut(|i| i.events.push(egui::Event::AccessKitActionRequest(request)));
}

/// A 2 px ring just outside the widget, on the widget's own layer so a dialog
/// above it covers it, and clipped as the widget is.
fn paint_ring(ctx: &Context, response: &Response) {
    if !response.interact_rect.is_positive() {
        return;
    }
    let stroke = focus_stroke(ctx.global_style().visuals.dark_mode);
    let ring = response.rect.expand(RING_GAP);
    let clip = response.interact_rect.expand(RING_GAP + stroke.width);
    ctx.layer_painter(response.layer_id)
        .with_clip_rect(clip)
        .rect_stroke(ring, 8, stroke, StrokeKind::Outside);
}
