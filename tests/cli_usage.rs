//! The command line behaves the way people expect of one: `--help` everywhere,
//! suggestions for typos, strict flags, exit codes, and quiet ends in a pipe.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Output, Stdio};

use common::run;
use common::tempdir::TempDir;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const EXAMPLE_PROFILE: &str = "handouts/profiles/example-clinic.ron";

/// Every command, as typed before its options.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["list"],
    &["export"],
    &["print"],
    &["printers"],
    &["check"],
    &["approve"],
    &["pack"],
    &["pack", "export"],
    &["pack", "import"],
    &["log"],
];

#[test]
fn help_and_h_work_on_every_command() {
    for command in COMMANDS {
        for flag in ["--help", "-h"] {
            let mut args = command.to_vec();
            args.push(flag);
            let out = run(&args);
            let text = stdout(&out);
            assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
            let usage = format!("Usage: handout-desk {}", command.join(" "));
            assert!(text.contains(usage.trim_end()), "{args:?}:\n{text}");
            assert!(stderr(&out).is_empty(), "{args:?}: {}", stderr(&out));
        }
    }
}

#[test]
fn approve_help_explains_the_sign_off() {
    let out = run(&["approve", "--help"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for flag in [
        "--template <ID>",
        "--reviewer <NAME>",
        "--role <ROLE>",
        "--date",
        "--next-review",
    ] {
        assert!(text.contains(flag), "{flag} missing:\n{text}");
    }
    assert!(text.contains("Example"), "no example:\n{text}");
}

#[test]
fn top_level_help_lists_every_command() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for command in [
        "list", "export", "print", "printers", "check", "approve", "pack", "log",
    ] {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&format!("{command} "))),
            "{command} not listed:\n{text}"
        );
    }
    assert!(text.contains("--templates-dir <DIR>"), "{text}");
}

#[test]
fn version_prints_the_version() {
    for flag in ["--version", "-V"] {
        let out = run(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            stdout(&out).trim(),
            format!("handout-desk {}", env!("CARGO_PKG_VERSION"))
        );
    }
}

/// Runs `export` of the kratom handout to a fresh folder with `extra` options;
/// returns the output and whether any PDF was written.
fn export_with(extra: &[&str]) -> (Output, bool) {
    let dir = TempDir::new();
    let pdf = dir.path().join("k.pdf");
    let mut args = vec![
        "export",
        "--template",
        "kratom-risks",
        "--profile",
        EXAMPLE_PROFILE,
        "--out",
        pdf.to_str().expect("utf-8 path"),
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    let written = std::fs::read_dir(dir.path())
        .expect("temp folder")
        .next()
        .is_some();
    (out, written)
}

#[test]
fn large_print_takes_no_value() {
    let (out, written) = export_with(&["--large-print=no"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--large-print"), "{}", stderr(&out));
    assert!(!written, "nothing is exported after a usage mistake");
}

#[test]
fn a_repeated_single_value_flag_is_an_error() {
    let (out, written) = export_with(&["--out", "/tmp/other.pdf"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--out"), "{}", stderr(&out));
    assert!(!written);
    let (out, _) = export_with(&["--paper", "a4", "--paper", "letter"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn unknown_flags_and_bad_values_are_usage_errors() {
    for args in [
        &["log", "--verbose"][..],
        &["list", "extra"],
        &["check", "--format", "xml"],
        &["export", "--paper", "legal"],
        &["print", "--template", "kratom-risks", "--out", "k.pdf"],
        &["printers", "extra"],
        &["approve", "--date", "12/01/2026"],
        &["pack"],
        &["pack", "import"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("--help"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let out = run(&["export", "--paper", "legal"]);
    assert!(
        stderr(&out).contains("letter") && stderr(&out).contains("a4"),
        "{}",
        stderr(&out)
    );
    let out = run(&["approve", "--date", "12/01/2026"]);
    assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
}

#[test]
fn a_typo_suggests_the_right_name() {
    let out = run(&["exprot"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("'export'"), "{}", stderr(&out));
    let out = run(&["export", "--profle", EXAMPLE_PROFILE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--profile"), "{}", stderr(&out));
}

/// Enough broken template files that `list` and `check` print far more than a
/// pipe holds, so the reader's early exit is certain to cut them off.
fn many_broken_templates() -> TempDir {
    let dir = TempDir::new();
    for n in 0..600 {
        std::fs::write(
            dir.path().join(format!("broken-{n:03}.ron")),
            "Template(id: \"broken\", title: ",
        )
        .expect("write");
    }
    dir
}

/// A handout log far longer than a pipe holds.
fn long_handout_log(data: &TempDir) {
    let entry = r#"(at: "2026-12-01T10:00:00Z", template_id: "kratom-risks", version: "1.0.0", content_hash: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", status: Draft, language: "en-US", paper: "letter", large_print: false)"#;
    let log: String = std::iter::repeat_n(format!("{entry}\n"), 3000).collect();
    std::fs::write(data.path().join("handout-log.ron-lines"), log).expect("write log");
}

/// Runs the binary with its output a pipe, reads one line, closes the pipe
/// (as `| head -1` does) and waits for it to end.
fn run_into_closed_pipe(data: &TempDir, args: &[&str]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_handout-desk"))
        .args(args)
        .env("HANDOUT_DESK_DATA_DIR", data.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut first = String::new();
    {
        let mut reader = BufReader::new(child.stdout.take().expect("stdout is piped"));
        reader.read_line(&mut first).expect("a first line");
    }
    let out = child.wait_with_output().expect("the binary ends");
    (out.status.code(), first, stderr(&out))
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let data = TempDir::new();
    long_handout_log(&data);
    let broken = many_broken_templates();
    let dir = broken.path().to_str().expect("utf-8 path");
    for args in [
        &["log"][..],
        &["log", "--csv"],
        &["list", "--templates-dir", dir],
        &["check", dir],
    ] {
        let (code, first, err) = run_into_closed_pipe(&data, args);
        assert!(!first.is_empty(), "{args:?}: no output");
        assert_eq!(code, Some(0), "{args:?}: {err}");
        assert!(
            !err.to_lowercase().contains("pipe"),
            "{args:?} complained: {err}"
        );
    }
}

/// The README's "Command line" section is the `--help` text itself, so the two
/// cannot drift apart. `UPDATE_README=1 cargo test --test cli_usage` rewrites it.
#[test]
fn readme_shows_the_help_text() {
    const START: &str = "<!-- generated: handout-desk --help -->\n";
    const END: &str = "<!-- end of generated help -->\n";
    let mut generated = String::new();
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let out = run(&args);
        assert!(out.status.success());
        generated.push_str(&format!(
            "```text\n$ handout-desk {}\n{}```\n\n",
            args.join(" "),
            stdout(&out)
        ));
    }
    let readme_path = common::repo("README.md");
    let readme = std::fs::read_to_string(&readme_path).expect("README.md");
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the {START:?} and {END:?} markers");
    };
    let shown = &readme[start + START.len()..end];
    if shown.trim() == generated.trim() {
        return;
    }
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!(
            "{}{START}{}\n{}",
            &readme[..start],
            generated.trim_end(),
            &readme[end..]
        );
        std::fs::write(&readme_path, updated).expect("write README.md");
        return;
    }
    panic!(
        "README.md's command line section differs from `--help`; run\n  UPDATE_README=1 cargo test --test cli_usage readme\nThe help text is:\n{generated}"
    );
}
