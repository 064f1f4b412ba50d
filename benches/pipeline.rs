//! Benchmarks of each pipeline stage for every shipped template:
//! template load (parse + checks), compose + layout, the whole export to PDF bytes,
//! and the work the desk app redoes on each keystroke in the editor: the content
//! hash (sign-off standing), the diff from the original, and the quality checks.
//!
//! Run with `cargo bench --bench pipeline`; figures are kept in BENCHMARKS.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use handout_desk::clinic::adapt::adapt;
use handout_desk::clinic::diff::diff_from_base;
use handout_desk::compose::{HandoutOptions, PatientEntries, compose};
use handout_desk::date::Date;
use handout_desk::export::{export_pdf, export_wallet_cards_pdf};
use handout_desk::layout::layout;
use handout_desk::page_setup::{PageSetup, Paper, PrintFormat};
use handout_desk::profile::parse_profile;
use handout_desk::quality::content::CheckContext;
use handout_desk::quality::report::check_template;
use handout_desk::template::load::{EXAMPLE_PROFILE, SHIPPED};
use handout_desk::template::validate::validate_template;
use handout_desk::template::{content_hash, parse_template};

fn pipeline(c: &mut Criterion) {
    let profile = parse_profile(EXAMPLE_PROFILE.1, Path::new(EXAMPLE_PROFILE.0))
        .expect("example profile loads");
    let options = HandoutOptions::default();
    let created = Date::parse("2026-11-22").expect("date");
    for (file, text) in SHIPPED {
        let template = parse_template(text, Path::new(file)).expect("shipped template loads");
        // English keeps the plain id; other languages of a handout add theirs.
        let id = if template.language == "en-US" {
            template.id.clone()
        } else {
            format!("{}.{}", template.id, template.language)
        };
        c.bench_function(&format!("{id}/load"), |b| {
            b.iter(|| parse_template(black_box(text), Path::new(file)))
        });
        c.bench_function(&format!("{id}/compose+layout"), |b| {
            b.iter(|| {
                let review = &template.review;
                let resolved =
                    compose(black_box(&template), review, &profile, &options).expect("composes");
                layout(&resolved, &options)
            })
        });
        c.bench_function(&format!("{id}/export"), |b| {
            b.iter(|| {
                export_pdf(
                    black_box(&template),
                    &template.review,
                    &profile,
                    &options,
                    created,
                )
                .expect("exports")
            })
        });
        // A sheet of wallet cards, front and back, to PDF bytes: under 10 ms.
        let none = PatientEntries::none();
        c.bench_function(&format!("{id}/wallet-cards"), |b| {
            b.iter(|| {
                export_wallet_cards_pdf(
                    black_box(&template),
                    &template.review,
                    &profile,
                    Paper::Letter,
                    &none,
                    created,
                )
                .expect("exports")
            })
        });
        c.bench_function(&format!("{id}/content-hash"), |b| {
            b.iter(|| content_hash(black_box(&template)))
        });
        let mut copy = adapt(&template, "Bench Clinic", |_| false);
        copy.blocks.swap(1, 2);
        copy.blocks.remove(3);
        c.bench_function(&format!("{id}/diff-from-base"), |b| {
            b.iter(|| diff_from_base(black_box(&copy)))
        });
        let ctx = CheckContext {
            profile: &profile,
            options: &options,
            today: created,
        };
        c.bench_function(&format!("{id}/quality-check"), |b| {
            b.iter(|| {
                let problems = validate_template(black_box(&template), "", Path::new(file));
                check_template(&template, file, &problems, &ctx)
            })
        });
    }
}

/// Compose and layout of one handout's content repeated 1, 4 and 16 times: the
/// time per copy should stay flat, showing that pagination stays linear.
fn layout_scaling(c: &mut Criterion) {
    let profile = parse_profile(EXAMPLE_PROFILE.1, Path::new(EXAMPLE_PROFILE.0))
        .expect("example profile loads");
    let (file, text) = SHIPPED[0];
    let base = parse_template(text, Path::new(file)).expect("shipped template loads");
    // Wallet cards print a fixed card, not the flow: they have their own entry.
    for format in [PrintFormat::Standard, PrintFormat::LargePrint] {
        let options = HandoutOptions::with_page(PageSetup::new(Paper::Letter, format));
        for copies in [1, 4, 16] {
            let mut template = base.clone();
            template.blocks = (0..copies).flat_map(|_| base.blocks.clone()).collect();
            let print = match format {
                PrintFormat::Standard | PrintFormat::WalletCard => "normal",
                PrintFormat::LargePrint => "large",
            };
            c.bench_function(&format!("layout-scaling/{print}/x{copies}"), |b| {
                b.iter(|| {
                    let resolved =
                        compose(black_box(&template), &template.review, &profile, &options)
                            .expect("composes");
                    layout(&resolved, &options)
                })
            });
        }
    }
}

criterion_group!(benches, pipeline, layout_scaling);
criterion_main!(benches);
