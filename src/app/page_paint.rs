//! Paints a [`LaidOutPage`] with egui: the same runs, boxes and rules the PDF
//! writer writes, scaled from points to screen points.
//!
//! Text is drawn in the embedded Atkinson faces. The PDF has no kerning, so each
//! character is shaped on its own (one layout section per character); a run then
//! takes exactly the width the layout measured, and line breaks match the PDF.

use std::sync::Arc;

use egui::text::{ByteIndex, LayoutJob, LayoutSection, TextFormat, TextWrapping};
use egui::{Color32, FontId, Painter, Pos2, Rect, Shadow, Stroke, StrokeKind, Vec2};

use crate::app::theme::family;
use crate::layout::{LaidOutPage, PageItem, Rgb, TextRun};

/// Screen points per PDF point at 100 %: a PDF point is 1/72 inch and an egui
/// point is 1/96 inch on a standard screen.
pub const POINTS_PER_PDF_POINT: f32 = 96.0 / 72.0;

fn colour(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The layout job for one run at `scale` screen points per PDF point.
pub fn run_job(run: &TextRun, scale: f32) -> LayoutJob {
    let format = TextFormat {
        font_id: FontId::new(run.size * scale, family(run.style)),
        color: colour(run.color),
        ..TextFormat::default()
    };
    let mut job = LayoutJob {
        text: run.text.clone(),
        wrap: TextWrapping::no_max_width(),
        break_on_newline: false,
        round_output_to_gui: false,
        ..LayoutJob::default()
    };
    // One section per character: shaping never crosses a section, so no kerning.
    job.sections = run
        .text
        .char_indices()
        .map(|(start, ch)| LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(start)..ByteIndex(start + ch.len_utf8()),
            format: format.clone(),
        })
        .collect();
    job
}

/// The distance from a galley's top to its first baseline.
pub fn baseline_offset(galley: &egui::Galley) -> f32 {
    galley
        .rows
        .first()
        .and_then(|row| row.row.glyphs.first().map(|g| row.pos.y + g.pos.y))
        .unwrap_or(0.0)
}

/// Paints the paper (with its shadow) and everything on it. `rect` is where the
/// page goes on screen; its width sets the scale.
pub fn paint_page(painter: &Painter, page: &LaidOutPage, rect: Rect) {
    let scale = rect.width() / page.width.max(1.0);
    let shadow = Shadow {
        offset: [0, 3],
        blur: 18,
        spread: 0,
        color: Color32::from_black_alpha(56),
    };
    painter.add(shadow.as_shape(rect, 2));
    painter.rect_filled(rect, 2, Color32::WHITE);
    let at = |x: f32, y: f32| rect.min + Vec2::new(x, y) * scale;
    for item in &page.items {
        match item {
            PageItem::Box(b) => {
                let r = Rect::from_min_size(at(b.x, b.y), Vec2::new(b.width, b.height) * scale);
                if let Some(fill) = b.fill {
                    painter.rect_filled(r, 0, colour(fill));
                }
                if let Some((c, w)) = b.stroke {
                    painter.rect_stroke(
                        r,
                        0,
                        Stroke::new(w * scale, colour(c)),
                        StrokeKind::Middle,
                    );
                }
            }
            PageItem::Rule(l) => {
                painter.line_segment(
                    [at(l.x1, l.y1), at(l.x2, l.y2)],
                    Stroke::new((l.thickness * scale).max(0.5), colour(l.color)),
                );
            }
            PageItem::Text(run) => {
                let galley: Arc<egui::Galley> = painter.layout_job(run_job(run, scale));
                let top_left = at(run.x, run.y) - Vec2::new(0.0, baseline_offset(&galley));
                painter.galley(Pos2::new(top_left.x, top_left.y), galley, colour(run.color));
            }
            PageItem::Link(_) => {}
            PageItem::Qr(q) => {
                for (row, column, length) in q.runs() {
                    let x = q.x + column as f32 * q.module;
                    let y = q.y + row as f32 * q.module;
                    let size = Vec2::new(length as f32, 1.0) * q.module * scale;
                    painter.rect_filled(Rect::from_min_size(at(x, y), size), 0, Color32::BLACK);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::{FontStyle, metrics};
    use crate::layout::{Artifact, Tag};

    #[test]
    fn runs_take_the_width_the_layout_measured() {
        let ctx = egui::Context::default();
        crate::app::theme::install_fonts(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for (style, text) in [
                (
                    FontStyle::Regular,
                    "Kratom can cause dependence. AVATAR To Wa",
                ),
                (FontStyle::Bold, "Get help now: call 988 or (555) 010-2000"),
                (FontStyle::Regular, "¿Qué es? Señales de alarma…"),
                (FontStyle::Bold, "Office hours – walk in"),
            ] {
                let size = 11.5;
                let run = TextRun {
                    x: 0.0,
                    y: 20.0,
                    text: text.into(),
                    style,
                    size,
                    color: Rgb::TEXT,
                    width: metrics(style).width(text, size),
                    tag: Tag::Artifact(Artifact::Footer),
                };
                for scale in [1.0, POINTS_PER_PDF_POINT, 2.0] {
                    let galley = ui.painter().layout_job(run_job(&run, scale));
                    let drawn = galley.size().x / scale;
                    assert!(
                        (drawn - run.width).abs() < 0.002 * run.width,
                        "{style:?} at {scale}: drawn {drawn} vs laid out {}",
                        run.width
                    );
                    let ascent = metrics(style).ascent(size) * scale;
                    assert!(
                        (baseline_offset(&galley) - ascent).abs() < 0.25 * ascent,
                        "baseline"
                    );
                }
            }
        });
        output.textures_delta.clear();
    }
}
