//! Keyboard use and small screens, driven headless by accessible labels.

mod common;

use common::gui::desk_with;
use common::tempdir::TempDir;
use egui_kittest::kittest::Queryable as _;

#[test]
fn debug_top_bar() {
    let data = TempDir::new();
    let mut harness = desk_with(data.path(), vec![], "2026-11-22", (1280.0, 720.0));
    harness.run();
    for label in [
        "Edit blocks",
        "Adapt for my clinic",
        "Approve for patient use…",
        "Clinic",
        "Display",
        "Export PDF…",
    ] {
        eprintln!("{label}: {:?}", harness.get_by_label(label).rect());
    }
    eprintln!("{:?}", harness.ctx.content_rect());
}
