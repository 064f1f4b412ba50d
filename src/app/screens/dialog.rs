//! A modal dialog that fits the window: its title on top, its body in a
//! scroll area, and its buttons pinned below, so on a 1280×720 laptop or at a
//! large text size every button stays on screen.

use egui::{Frame, Id, Margin, RichText, ScrollArea};

use crate::app::panels::room_for_scroll_bar;
use crate::app::theme::bold_family;

/// Room kept between a dialog and the window's edges.
const EDGE: f32 = 12.0;

/// The dialog's inner margin.
const MARGIN: i8 = 22;

/// Shows a modal dialog titled `title`, at most `width` wide and never larger
/// than the window. `body` scrolls when it does not fit; `buttons` are always
/// shown below it. Returns whether the dialog asked to close (Escape, or a
/// click outside it).
pub fn dialog_ui(
    ctx: &egui::Context,
    id: Id,
    title: &str,
    width: f32,
    body: impl FnOnce(&mut egui::Ui),
    buttons: impl FnOnce(&mut egui::Ui),
) -> bool {
    let screen = ctx.content_rect();
    let margins = 2.0 * (EDGE + f32::from(MARGIN));
    let width = width.min(screen.width() - margins).max(120.0);
    let max_height = (screen.height() - margins).max(120.0);
    let footer_id = id.with("footer-height");
    let frame = Frame::window(&ctx.global_style()).inner_margin(Margin::same(MARGIN));
    let modal = egui::Modal::new(id).frame(frame).show(ctx, |ui| {
        ui.set_width(width);
        let top = ui.cursor().min.y;
        ui.add(egui::Label::new(RichText::new(title).family(bold_family()).size(18.0)).wrap());
        let title_height = ui.cursor().min.y - top;
        // The buttons' height as last drawn; one row until then.
        let footer = ui
            .data(|d| d.get_temp::<f32>(footer_id))
            .unwrap_or(ui.spacing().interact_size.y + 16.0);
        let body_height = (max_height - title_height - footer).max(60.0);
        // The room is given outright: a scroll area takes no more than the
        // room around it, which in a dialog is the dialog's size last frame,
        // so the body would grow a row a frame and move the buttons under
        // the pointer for the first frames.
        let room = egui::vec2(ui.available_width(), body_height);
        ui.allocate_ui(room, |ui| {
            ScrollArea::vertical()
                .id_salt(id.with("body"))
                .max_height(body_height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    room_for_scroll_bar().show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        body(ui);
                    });
                });
        });
        let before = ui.cursor().min.y;
        ui.add_space(8.0);
        ui.horizontal_wrapped(buttons);
        let used = ui.min_rect().bottom() - before;
        if (used - footer).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(footer_id, used));
            ui.ctx()
                .request_discard("the dialog's buttons were measured");
        }
    });
    modal.should_close()
}

/// Whether keyboard focus is on a widget in `ui`'s layer (the dialog), so a
/// dialog can start in its first field without taking focus from its own.
pub fn focus_is_inside(ui: &egui::Ui) -> bool {
    let layer = ui.layer_id();
    ui.memory(|m| m.focused())
        .and_then(|id| ui.ctx().read_response(id))
        .is_some_and(|r| r.layer_id == layer)
}
