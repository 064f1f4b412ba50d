//! The desk app: pick a vetted handout, fill in the clinic's local resources, see
//! the exact pages, and export a print-ready PDF.
//!
//! A thin layer over the library's [`Desk`]: [`state::AppState`] is the model
//! (the desk and what is on screen), the [`screens`] draw it and return
//! [`action::Action`]s, and [`action::apply`] is the one place that changes it,
//! asking the desk for every action on clinic data. The preview paints the same
//! [`crate::layout::LaidOutDocument`] the PDF writer writes, laid out again only
//! when an input changes.

pub mod action;
pub mod approve;
pub mod clinic_tools;
pub mod editor;
pub mod export_file;
pub mod focus;
pub mod i18n;
pub mod notices;
pub mod page_paint;
pub mod panels;
pub mod patient;
pub mod print_worker;
pub mod printing;
pub mod quality_panel;
pub mod screens;
pub mod settings;
pub mod setup;
pub mod state;
pub mod theme;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{CentralPanel, Frame, Margin, Panel};

use crate::app::action::{Action, AppIo, apply};
use crate::app::export_file::DialogOutcome;
use crate::app::i18n::Texts;
use crate::app::panels::{Side, grab_handle_ui, room_for_scroll_bar, side_panel};
use crate::app::print_worker::PrintWorker;
use crate::app::screens::approve_ui::approve_dialog_ui;
use crate::app::screens::changes_ui::base_diff_window_ui;
use crate::app::screens::clinic_ui::clinic_window_ui;
use crate::app::screens::clinician_ui::clinician_ui;
use crate::app::screens::editor_ui::editor_ui;
use crate::app::screens::export_ui::export_dialog_ui;
use crate::app::screens::fill_in_ui::{FillInForm, fill_in_ui};
use crate::app::screens::library_ui::library_ui;
use crate::app::screens::preview_ui::preview_ui;
use crate::app::screens::print_ui::print_dialog_ui;
use crate::app::screens::quality_ui::quality_ui;
use crate::app::screens::setup_ui::setup_ui;
use crate::app::screens::status_bar_ui::status_bar_ui;
use crate::app::screens::top_bar_ui::top_bar_ui;
use crate::app::settings::{DeskView, Settings};
use crate::app::state::{AppState, MessageKind, StatusMessage};
use crate::date::Date;
use crate::desk::Desk;
use crate::print::{PrintBackend, SystemPrinting};
use crate::storage::{Loaded, Storage, load_ron, save_ron_locked};

/// The window title.
pub const WINDOW_TITLE: &str = "Handout Desk";

/// The least window size in points at 100%. egui counts a viewport's sizes
/// in points, which grow with the text size, so the desk asks for this over
/// the text size: the same pixels at every size, and a 1280×720 laptop still
/// holds the window at 175%.
const LEAST_WINDOW: egui::Vec2 = egui::vec2(900.0, 560.0);

/// How long after the last keystroke the clinic profile is saved.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// How the desk app starts.
#[derive(Debug, Clone, Default)]
pub struct AppConfig {
    /// Where to keep settings and clinic data; `None` finds the platform's
    /// folders (or `$HANDOUT_DESK_DATA_DIR`).
    pub storage: Option<Storage>,
    /// Extra template folders, e.g. from `--templates-dir`.
    pub templates_dirs: Vec<PathBuf>,
    /// Today's date; `None` reads the clock. Tests fix it.
    pub today: Option<Date>,
}

/// The desk app.
pub struct DeskApp {
    state: AppState,
    io: AppIo,
    form: FillInForm,
    focus: focus::FocusKeeper,
    /// When the process started, while the first frame is still to come and
    /// `HANDOUT_DESK_TIMING` asked for start-up timing.
    report_first_frame: Option<Instant>,
    /// Whether `HANDOUT_DESK_TIMING` asked for timings (of each quality check too).
    timing: bool,
    /// The text size the least window size was last asked for at.
    least_window_for: Option<f32>,
}

impl DeskApp {
    /// Opens the desk, loads the app's settings, and sets up fonts and styles
    /// on `ctx`. Never fails: a problem becomes a message in the status bar.
    pub fn new(ctx: &egui::Context, config: AppConfig) -> Self {
        let mut notices = Vec::new();
        let mut no_storage = None;
        let storage = match config.storage {
            Some(storage) => Some(storage),
            None => Storage::locate()
                .map_err(|e| no_storage = Some(e.to_string()))
                .ok(),
        };
        let settings = match storage.as_ref().map(|s| load_ron(&s.settings_path())) {
            Some(Loaded::Found(settings)) => settings,
            Some(Loaded::Unreadable(u)) => {
                notices.push(StatusMessage::new(
                    MessageKind::Warning,
                    u.message("settings", "the default settings"),
                ));
                Settings::default()
            }
            Some(Loaded::Missing) | None => Settings::default(),
        };
        if let Some(detail) = no_storage {
            // Said in the desk's language, known only now the settings are read
            // (with no data folder they are the defaults).
            let t = Texts::for_language(settings.desk_language);
            notices.insert(
                0,
                StatusMessage::new(
                    MessageKind::Warning,
                    t.tr_args("notice-nothing-saved", &[("detail", detail.into())]),
                ),
            );
        }
        let today = config.today.unwrap_or_else(Date::today);
        let (desk, problems) = Desk::open(storage, config.templates_dirs, today);
        for p in problems {
            notices.push(StatusMessage::new(MessageKind::Warning, p.message));
        }
        let mut state = AppState::new(desk, settings);
        if state.using_example_profile() && !state.settings.welcome_dismissed {
            setup::open(&mut state);
        }
        for notice in notices {
            state.say(notice);
        }

        theme::install_fonts(ctx);
        theme::install_styles(ctx);
        theme::apply_theme(ctx, state.settings.theme);
        ctx.set_zoom_factor(state.settings.ui_scale);

        Self {
            state,
            io: AppIo {
                dialog: None,
                ctx: ctx.clone(),
                printing: PrintWorker::new(Arc::new(SystemPrinting), ctx.clone()),
            },
            form: FillInForm::default(),
            focus: focus::FocusKeeper::default(),
            report_first_frame: None,
            timing: std::env::var_os("HANDOUT_DESK_TIMING").is_some(),
            least_window_for: None,
        }
    }

    /// The same desk printing through `backend` instead of the system's print
    /// service (tests give a stand-in that records what it was sent).
    pub fn with_print_backend(mut self, backend: Arc<dyn PrintBackend>) -> Self {
        self.io.printing = PrintWorker::new(backend, self.io.ctx.clone());
        self
    }

    /// The model, for tests and measurements.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Saves whatever changed, now (on exit, and in tests).
    pub fn save_now(&mut self) {
        self.save(true);
    }

    fn save(&mut self, now: bool) {
        if let Some(wait) = editor::save_edits(&mut self.state, now) {
            self.io.ctx.request_repaint_after(wait);
        }
        let Some(settings_path) = self.state.desk.storage().map(Storage::settings_path) else {
            return;
        };
        if self.state.settings_dirty {
            self.state.settings_dirty = false;
            if let Err(e) = save_ron_locked(&settings_path, &self.state.settings, "the settings") {
                let text = Texts::of(&self.state).tr_args(
                    "notice-settings-not-saved",
                    &[("detail", e.to_string().into())],
                );
                self.state.say(StatusMessage::new(MessageKind::Error, text));
            }
        }
        if self.state.config_dirty {
            self.state.config_dirty = false;
            if let Err(e) = self.state.desk.save_config() {
                let text = Texts::of(&self.state).tr_args(
                    "notice-choices-not-saved",
                    &[("detail", e.to_string().into())],
                );
                self.state.say(StatusMessage::new(MessageKind::Error, text));
            }
        }
        if let Some(since) = self.state.profile_dirty_since {
            let waited = since.elapsed();
            if now || waited >= SAVE_DELAY {
                self.state.profile_dirty_since = None;
                if let Err(e) = self.state.desk.save_profile() {
                    let text = Texts::of(&self.state).tr_args(
                        "notice-clinic-not-saved",
                        &[("detail", e.to_string().into())],
                    );
                    self.state.say(
                        StatusMessage::new(MessageKind::Error, text)
                            .about(state::Subject::ClinicDetails),
                    );
                }
            } else {
                self.io.ctx.request_repaint_after(SAVE_DELAY - waited);
            }
        }
    }

    fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        let ctx = ui.ctx().clone();
        self.state.clock = ctx.input(|i| i.time);
        if let Some(wait) = notices::expire(&mut self.state.messages, self.state.clock) {
            ctx.request_repaint_after_secs(wait as f32);
        }

        // Ctrl+ and Ctrl− change egui's zoom directly; keep the setting in step.
        let zoom = ctx.zoom_factor();
        if (zoom - self.state.settings.ui_scale).abs() > 0.001 {
            actions.push(Action::SetUiScale(zoom));
        }
        if self.least_window_for != Some(zoom) {
            self.least_window_for = Some(zoom);
            ctx.send_viewport_cmd(egui::ViewportCommand::MinInnerSize(LEAST_WINDOW / zoom));
        }
        if let Some(outcome) = self.io.dialog.as_ref().and_then(|d| d.poll()) {
            self.io.dialog = None;
            self.state.export.browsing = false;
            match outcome {
                DialogOutcome::Chosen(path) => actions.push(Action::ExportTo(path)),
                DialogOutcome::Cancelled => {}
                DialogOutcome::Unavailable => actions.push(Action::FileDialogUnavailable),
            }
        }
        actions.extend(self.io.printing.poll().into_iter().map(Action::PrintAnswer));
        let print_shortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::P);
        if ui.input_mut(|i| i.consume_shortcut(&print_shortcut)) && self.state.selected.is_some() {
            actions.push(if self.state.print.open {
                Action::Print
            } else {
                Action::OpenPrint
            });
        }
        let save_shortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::S);
        if ui.input_mut(|i| i.consume_shortcut(&save_shortcut)) && self.state.selected.is_some() {
            actions.push(if self.state.export.open {
                Action::ExportTo(PathBuf::from(self.state.export.path_text.trim()))
            } else {
                Action::OpenExport
            });
        }

        let focus_target = self.state.focus_target.take();
        let focus_target = focus_target.and_then(|t| t.widget_id(self.state.profile()));
        self.focus.begin_frame(&ctx, focus_target);

        self.state.refresh_layout();
        editor::refresh_checks(&mut self.state);
        if quality_panel::refresh_quality(&mut self.state)
            && self.timing
            && let Some(view) = self.state.quality.view()
        {
            eprintln!(
                "handout-desk: quality check of {} took {:.2} ms (layout {:.2} ms)",
                view.template.id,
                view.took.as_secs_f64() * 1000.0,
                self.state.layout_time().as_secs_f64() * 1000.0
            );
        }
        let state = &self.state;
        i18n::share_language(&ctx, state.settings.desk_language);
        let panel_fill = ui.visuals().panel_fill;
        let bar = |x: i8, y: i8| {
            Frame::new()
                .fill(panel_fill)
                .inner_margin(Margin::symmetric(x, y))
        };

        if state.setup.open {
            // The setup stands alone: nothing else to find or press yet.
            Panel::bottom("status-bar")
                .frame(bar(16, 6))
                .show(ui, |ui| status_bar_ui(ui, state, &mut actions));
            CentralPanel::default().show(ui, |ui| setup_ui(ui, state, &mut actions));
        } else {
            Panel::top("top-bar")
                .frame(bar(16, 10))
                .show(ui, |ui| top_bar_ui(ui, state, &mut actions));
            Panel::bottom("status-bar")
                .frame(bar(16, 6))
                .show(ui, |ui| status_bar_ui(ui, state, &mut actions));
            // Side panels give way to the preview on small screens or at large scales.
            let width = ui.available_width();
            let zoom = ctx.zoom_factor();
            let library = side_panel(Side::Left, width, zoom, bar(14, 12))
                .show(ui, |ui| library_ui(ui, state, &mut actions));
            grab_handle_ui(ui, library.response.rect, Side::Left);
            let saved_at = self.state.desk.storage().map(Storage::profile_path);
            let form = &mut self.form;
            let side = side_panel(Side::Right, width, zoom, bar(14, 12)).show(ui, |ui| {
                if state.settings.view == DeskView::Clinician {
                    // Its own scrolling, under a Save PDF that stays in view.
                    clinician_ui(ui, state, &mut actions);
                    return;
                }
                quality_ui(ui, state, &mut actions);
                egui::ScrollArea::vertical()
                    .id_salt("fill-in-scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        room_for_scroll_bar().show(ui, |ui| {
                            if state.editor.on {
                                editor_ui(ui, state, &mut actions);
                            } else {
                                fill_in_ui(ui, form, state, saved_at.as_deref(), &mut actions);
                            }
                        });
                    });
            });
            grab_handle_ui(ui, side.response.rect, Side::Right);
            CentralPanel::no_frame().show(ui, |ui| preview_ui(ui, state, &mut actions));
        }
        export_dialog_ui(&ctx, state, &mut actions);
        print_dialog_ui(&ctx, state, &mut actions);
        clinic_window_ui(&ctx, state, &mut actions);
        approve_dialog_ui(&ctx, state, &mut actions);
        base_diff_window_ui(&ctx, state, &mut actions);
        self.focus.end_frame(&ctx);

        if !actions.is_empty() {
            for action in actions {
                apply(action, &mut self.state, &mut self.io);
            }
            // Show the result of what was just done at once. Discarding this pass
            // redraws from the new state before anything is painted, so a
            // keystroke costs one painted frame, not two.
            ctx.request_discard("an action changed the state");
            if !ctx.will_discard() {
                ctx.request_repaint();
            }
        }
        self.save(false);
    }
}

impl eframe::App for DeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
        if let Some(started) = self.report_first_frame.take() {
            eprintln!(
                "handout-desk: first frame built {} ms after start",
                started.elapsed().as_millis()
            );
        }
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_now();
    }
}

/// Opens the desk app's window and runs it until it is closed.
///
/// With `HANDOUT_DESK_TIMING` set, prints how long start-up took to stderr.
pub fn run(templates_dirs: Vec<PathBuf>) -> eframe::Result {
    let started = Instant::now();
    let timing = std::env::var_os("HANDOUT_DESK_TIMING").is_some();
    let storage = Storage::locate().ok();
    // The window is made before the desk sets its text size, and may be
    // sized again at that size: its least size is given for it already.
    let ui_scale = match storage
        .as_ref()
        .map(|s| load_ron::<Settings>(&s.settings_path()))
    {
        Some(Loaded::Found(settings)) if settings.ui_scale > 0.0 => settings.ui_scale,
        _ => 1.0,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(WINDOW_TITLE)
            .with_app_id("handout-desk")
            .with_inner_size([1360.0, 860.0])
            .with_min_inner_size(LEAST_WINDOW / ui_scale),
        renderer: eframe::Renderer::Glow,
        // Window size and panel widths only: clinic data never goes here.
        persistence_path: storage.as_ref().map(Storage::window_state_path),
        ..Default::default()
    };
    let config = AppConfig {
        storage,
        templates_dirs,
        ..AppConfig::default()
    };
    eframe::run_native(
        WINDOW_TITLE,
        options,
        Box::new(move |cc| {
            let mut app = DeskApp::new(&cc.egui_ctx, config);
            app.report_first_frame = timing.then_some(started);
            Ok(Box::new(app))
        }),
    )
}
