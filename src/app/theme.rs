//! Fonts, colours and spacing of the desk app.
//!
//! The two embedded Atkinson Hyperlegible faces are registered as egui font
//! families so the preview draws the same glyphs the PDF embeds; they also set
//! the interface text, which keeps it legible at any scale.

use std::sync::Arc;

use egui::{
    Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Margin, RichText, Stroke,
    Style, TextStyle, Theme, ThemePreference, Vec2, Visuals,
};

use crate::app::settings::ThemeChoice;
use crate::fonts::FontStyle;

/// The egui family that draws a handout face.
pub fn family(style: FontStyle) -> FontFamily {
    FontFamily::Name(style.postscript_name().into())
}

/// The family for bold interface text (headings, titles).
pub fn bold_family() -> FontFamily {
    family(FontStyle::Bold)
}

/// Installs the Atkinson faces: one family per face for the preview, and
/// Atkinson first in the proportional family for the interface.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for style in FontStyle::ALL {
        let name = style.postscript_name().to_owned();
        fonts
            .font_data
            .insert(name.clone(), Arc::new(FontData::from_static(style.bytes())));
        let mut chain = vec![name];
        chain.extend(fallbacks.iter().cloned());
        fonts.families.insert(family(style), chain);
    }
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional) {
        proportional.insert(0, FontStyle::Regular.postscript_name().to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Colours the screens use beyond egui's own visuals.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// The accent: headings, primary buttons, focus.
    pub accent: Color32,
    /// Text on the accent colour.
    pub on_accent: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// Behind the preview page.
    pub desk: Color32,
    /// Cards in the side panels.
    pub card: Color32,
    /// Card borders.
    pub card_border: Color32,
    /// Good news: approved, saved.
    pub good: (Color32, Color32),
    /// Needs attention: draft, warnings.
    pub caution: (Color32, Color32),
    /// Failures: errors, review overdue.
    pub bad: (Color32, Color32),
}

impl Palette {
    /// A card: the card colour, rounded corners, and `stroke` as its border.
    pub fn card_frame(&self, stroke: egui::Stroke) -> egui::Frame {
        egui::Frame::new()
            .fill(self.card)
            .stroke(stroke)
            .corner_radius(8)
    }

    /// A card with the usual thin border.
    pub fn plain_card_frame(&self) -> egui::Frame {
        self.card_frame(egui::Stroke::new(1.0, self.card_border))
    }

    /// The palette for light or dark visuals. Each pair is (text, background),
    /// with text at 7:1 or more on its background.
    pub fn of(dark: bool) -> Self {
        if dark {
            Self {
                accent: Color32::from_rgb(0x6c, 0xc4, 0xd1),
                on_accent: Color32::from_rgb(0x0d, 0x1f, 0x23),
                muted: Color32::from_rgb(0xb4, 0xb8, 0xbc),
                desk: Color32::from_rgb(0x14, 0x16, 0x18),
                card: Color32::from_rgb(0x2a, 0x2d, 0x31),
                card_border: Color32::from_rgb(0x3c, 0x40, 0x45),
                good: (
                    Color32::from_rgb(0xa8, 0xe6, 0xb8),
                    Color32::from_rgb(0x1b, 0x3a, 0x25),
                ),
                caution: (
                    Color32::from_rgb(0xf6, 0xd4, 0x8b),
                    Color32::from_rgb(0x42, 0x33, 0x10),
                ),
                bad: (
                    Color32::from_rgb(0xff, 0xb4, 0xb4),
                    Color32::from_rgb(0x4a, 0x1c, 0x20),
                ),
            }
        } else {
            Self {
                accent: Color32::from_rgb(0x0b, 0x4f, 0x5c),
                on_accent: Color32::WHITE,
                muted: Color32::from_rgb(0x4f, 0x55, 0x5a),
                desk: Color32::from_rgb(0xd9, 0xdb, 0xd8),
                card: Color32::WHITE,
                card_border: Color32::from_rgb(0xd8, 0xda, 0xd6),
                good: (
                    Color32::from_rgb(0x17, 0x5c, 0x30),
                    Color32::from_rgb(0xe2, 0xf2, 0xe6),
                ),
                caution: (
                    Color32::from_rgb(0x6e, 0x45, 0x00),
                    Color32::from_rgb(0xfb, 0xef, 0xd2),
                ),
                bad: (
                    Color32::from_rgb(0x9b, 0x11, 0x1e),
                    Color32::from_rgb(0xfc, 0xe6, 0xe8),
                ),
            }
        }
    }

    /// The palette for the visuals `ui` is drawn with.
    pub fn for_ui(ui: &egui::Ui) -> Self {
        Self::of(ui.visuals().dark_mode)
    }
}

/// Sets up both themes' styles; call once at start-up.
pub fn install_styles(ctx: &egui::Context) {
    // When the system does not say (e.g. no desktop settings), start light.
    ctx.options_mut(|o| o.fallback_theme = Theme::Light);
    ctx.style_mut_of(Theme::Light, |style| desk_style(style, false));
    ctx.style_mut_of(Theme::Dark, |style| desk_style(style, true));
}

/// Switches between light, dark and the system's choice.
pub fn apply_theme(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::System => ThemePreference::System,
        ThemeChoice::Light => ThemePreference::Light,
        ThemeChoice::Dark => ThemePreference::Dark,
    });
}

fn desk_style(style: &mut Style, dark: bool) {
    let palette = Palette::of(dark);
    style.text_styles = [
        (TextStyle::Heading, FontId::new(19.0, bold_family())),
        (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
        (
            TextStyle::Button,
            FontId::new(14.5, FontFamily::Proportional),
        ),
        (
            TextStyle::Small,
            FontId::new(12.5, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(13.0, FontFamily::Monospace),
        ),
    ]
    .into();
    let spacing = &mut style.spacing;
    spacing.item_spacing = Vec2::new(8.0, 8.0);
    spacing.button_padding = Vec2::new(10.0, 5.0);
    spacing.interact_size.y = 28.0;
    spacing.window_margin = Margin::same(16);
    spacing.menu_margin = Margin::same(8);
    spacing.combo_width = 160.0;
    spacing.text_edit_width = 240.0;

    let mut visuals = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    let radius = CornerRadius::same(6);
    if dark {
        visuals.panel_fill = Color32::from_rgb(0x1f, 0x22, 0x25);
        visuals.window_fill = Color32::from_rgb(0x26, 0x29, 0x2d);
        visuals.extreme_bg_color = Color32::from_rgb(0x16, 0x18, 0x1a);
        visuals.faint_bg_color = Color32::from_rgb(0x26, 0x29, 0x2d);
        visuals.override_text_color = Some(Color32::from_rgb(0xe8, 0xea, 0xec));
        visuals.selection.bg_fill = Color32::from_rgb(0x1d, 0x4a, 0x52);
        visuals.selection.stroke = Stroke::new(1.0, Color32::from_rgb(0xdf, 0xf4, 0xf7));
        visuals.hyperlink_color = Color32::from_rgb(0x8c, 0xc8, 0xff);
    } else {
        visuals.panel_fill = Color32::from_rgb(0xf4, 0xf5, 0xf2);
        visuals.window_fill = Color32::from_rgb(0xfb, 0xfb, 0xfa);
        visuals.extreme_bg_color = Color32::WHITE;
        visuals.faint_bg_color = Color32::from_rgb(0xee, 0xf0, 0xec);
        visuals.override_text_color = Some(Color32::from_rgb(0x1c, 0x1f, 0x22));
        visuals.selection.bg_fill = Color32::from_rgb(0xd2, 0xe8, 0xeb);
        visuals.selection.stroke = Stroke::new(1.0, palette.accent);
        visuals.hyperlink_color = Color32::from_rgb(0x0a, 0x3d, 0x91);
    }
    visuals.window_corner_radius = CornerRadius::same(10);
    visuals.menu_corner_radius = CornerRadius::same(8);
    visuals.widgets.noninteractive.bg_stroke.color = palette.card_border;
    for w in [
        &mut visuals.widgets.noninteractive,
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
        &mut visuals.widgets.open,
    ] {
        w.corner_radius = radius;
    }
    if !dark {
        visuals.widgets.inactive.weak_bg_fill = Color32::from_rgb(0xe6, 0xe8, 0xe4);
        visuals.widgets.inactive.bg_fill = Color32::from_rgb(0xe6, 0xe8, 0xe4);
        visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_rgb(0xc9, 0xcc, 0xc7));
        visuals.widgets.hovered.weak_bg_fill = Color32::from_rgb(0xdc, 0xdf, 0xda);
    }
    // A steady text cursor: calmer, kinder to readers who find blinking hard
    // (WCAG 2.2.2), and the app draws nothing at all while idle.
    visuals.text_cursor.blink = false;
    visuals.widgets.hovered.bg_stroke = Stroke::new(1.0, palette.accent);
    // Focused widgets are drawn in the active style, and a focused text field
    // is outlined with the selection stroke: both at the focus ring's width,
    // so keyboard focus shows on every control (see `app::focus`, which also
    // rings buttons whose own fill would hide a border).
    let focus = focus_stroke(dark);
    visuals.widgets.active.bg_stroke = focus;
    visuals.selection.stroke.width = focus.width;
    style.visuals = visuals;
}

/// The keyboard focus ring: 2 px, in a colour with at least 3:1 contrast
/// against the panels of its theme and unlike the accent of primary buttons
/// in the dark theme, so a focused primary button still shows its ring.
pub fn focus_stroke(dark: bool) -> Stroke {
    let colour = if dark {
        Color32::from_rgb(0xff, 0xe0, 0x8a)
    } else {
        Color32::from_rgb(0x0a, 0x3d, 0x91)
    };
    Stroke::new(2.0, colour)
}

/// A primary button: accent fill, bold label.
pub fn primary_button(text: &str, ui: &egui::Ui) -> egui::Button<'static> {
    let palette = Palette::for_ui(ui);
    egui::Button::new(
        egui::RichText::new(text.to_owned())
            .color(palette.on_accent)
            .strong(),
    )
    .fill(palette.accent)
    .stroke(Stroke::NONE)
}

/// A small coloured pill with text, e.g. a review status.
///
/// In a wrapping row, a badge that does not fit the rest of the row starts the
/// next one, rather than break its words a letter per line.
pub fn badge_ui(ui: &mut egui::Ui, text: &str, (fg, bg): (Color32, Color32)) -> egui::Response {
    let layout = ui.layout();
    if layout.main_wrap && layout.is_horizontal() {
        let galley = egui::WidgetText::from(RichText::new(text).size(12.0)).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            TextStyle::Body,
        );
        let needed = galley.size().x + 16.0;
        let rest = ui.max_rect().right() - ui.cursor().min.x;
        if needed > rest && needed <= ui.max_rect().width() {
            ui.end_row();
        }
    }
    egui::Frame::new()
        .fill(bg)
        .corner_radius(CornerRadius::same(9))
        .inner_margin(Margin::symmetric(7, 1))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(text).color(fg).size(12.0))
        })
        .inner
}

/// A section title in the side panels.
pub fn section_title_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(egui::RichText::new(text).family(bold_family()).size(16.0))
}
