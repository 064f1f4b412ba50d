//! Command-line arguments, parsed by hand: the commands are few and their names
//! are a promise to clinics that script them.

use std::path::PathBuf;

use crate::cli::check::CheckFormat;
use crate::date::Date;
use crate::layout::Paper;

/// What the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Open the desk app.
    Gui,
    /// Print usage.
    Help,
    /// Print the version.
    Version,
    /// List the templates.
    List,
    /// Export one handout as a PDF.
    Export(ExportArgs),
    /// Check templates and profiles.
    Check {
        /// Files or folders to check; the shipped templates when empty.
        paths: Vec<PathBuf>,
        /// Text or JSON.
        format: CheckFormat,
    },
    /// Sign a template off for this clinic.
    Approve(ApproveArgs),
    /// Write a clinic pack.
    PackExport {
        /// Where to write it.
        out: PathBuf,
    },
    /// Read a clinic pack into this desk.
    PackImport {
        /// The pack.
        file: PathBuf,
        /// Only say what would be done.
        dry_run: bool,
    },
    /// Print the handout log.
    Log {
        /// As CSV.
        csv: bool,
    },
}

/// Arguments of `approve`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApproveArgs {
    /// Template id.
    pub template: String,
    /// The reviewer's name.
    pub reviewer: String,
    /// The reviewer's role.
    pub role: String,
    /// The approval date (today when not given).
    pub date: Option<Date>,
    /// When the next review is due (a year on when not given).
    pub next_review: Option<Date>,
}

/// Arguments of `export`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportArgs {
    /// Template id.
    pub template: String,
    /// Clinic profile file.
    pub profile: PathBuf,
    /// Paper size.
    pub paper: Paper,
    /// Large print.
    pub large_print: bool,
    /// Where to write the PDF.
    pub out: PathBuf,
    /// The date recorded in the PDF (today when not given).
    pub date: Option<Date>,
}

/// Parsed arguments: the command and options common to every command.
#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    /// The command.
    pub command: Command,
    /// Extra template folders (`--templates-dir`).
    pub templates_dirs: Vec<PathBuf>,
}

/// A mistake on the command line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}\n\nRun `handout-desk --help` to see the commands.")]
pub struct UsageError {
    /// What is wrong.
    pub message: String,
}

fn usage(message: impl Into<String>) -> UsageError {
    UsageError {
        message: message.into(),
    }
}

/// The help text.
pub const HELP: &str = "\
Handout Desk: vetted patient-education handouts, filled in with your clinic's
local resources, as print-ready PDFs. Works with no network.

Usage:
  handout-desk                      open the desk app
  handout-desk list                 list templates: id, topic, version, review status
  handout-desk export --template ID --profile FILE [--paper letter|a4]
                      [--large-print] [--date YYYY-MM-DD] --out FILE.pdf
                                    write one handout as a PDF
  handout-desk check [PATH ...] [--format text|json]
                                    check templates and profiles (files or folders):
                                    loading problems, reading grade, wording, help on
                                    every page, sources; exits 1 on any error
  handout-desk approve --template ID --reviewer NAME --role ROLE
                      [--date YYYY-MM-DD] [--next-review YYYY-MM-DD]
                                    sign a template off for this clinic (this text
                                    and version only; an edit needs a new sign-off)
  handout-desk pack export --out FILE
                                    write this clinic's templates, profile and
                                    sign-offs to one file for another desk
  handout-desk pack import FILE [--dry-run]
                                    show what a pack adds or replaces, then do it
  handout-desk log [--csv]          the handouts exported on this desk (no patient data)

Options for every command:
  --templates-dir DIR               also use the templates in DIR (repeatable)
  -h, --help                        show this help
  -V, --version                     show the version

Shipped handouts are drafts until a clinician at your clinic approves them:
until then every page prints \"DRAFT — not yet approved for patient use\".

Clinic data (profile, templates, sign-offs, log) is kept in the platform's data
folder, or in $HANDOUT_DESK_DATA_DIR when it is set.

Example:
  handout-desk export --template kratom-risks \\
      --profile handouts/profiles/example-clinic.ron --out kratom.pdf
";

/// Parses the arguments after the program name.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, UsageError> {
    let mut args = args.into_iter().peekable();
    let mut templates_dirs = Vec::new();
    let mut rest = Vec::new();
    while let Some(arg) = args.next() {
        if arg == "--templates-dir" {
            let dir = args
                .next()
                .ok_or_else(|| usage("--templates-dir needs a folder"))?;
            templates_dirs.push(PathBuf::from(dir));
        } else if let Some(dir) = arg.strip_prefix("--templates-dir=") {
            templates_dirs.push(PathBuf::from(dir));
        } else {
            rest.push(arg);
        }
    }
    let mut rest = rest.into_iter();
    let command = match rest.next().as_deref() {
        None => Command::Gui,
        Some("-h" | "--help" | "help") => Command::Help,
        Some("-V" | "--version") => Command::Version,
        Some("list") => {
            if let Some(extra) = rest.next() {
                return Err(usage(format!(
                    "`list` takes no arguments, but got `{extra}`"
                )));
            }
            Command::List
        }
        Some("check") => {
            let mut paths = Vec::new();
            let mut format = CheckFormat::Text;
            let mut rest = rest.peekable();
            while let Some(arg) = rest.next() {
                let value = match arg.as_str() {
                    "--format" => rest.next(),
                    a if a.starts_with("--format=") => {
                        a.strip_prefix("--format=").map(str::to_owned)
                    }
                    a if a.starts_with("--") => {
                        return Err(usage(format!("`check` does not know the option `{a}`")));
                    }
                    _ => {
                        paths.push(PathBuf::from(arg));
                        continue;
                    }
                };
                format = match value.as_deref() {
                    Some("json") => CheckFormat::Json,
                    Some("text") => CheckFormat::Text,
                    other => {
                        return Err(usage(format!(
                            "--format must be `text` or `json`, not `{}`",
                            other.unwrap_or("")
                        )));
                    }
                };
            }
            Command::Check { paths, format }
        }
        Some("export") => Command::Export(parse_export(rest)?),
        Some("approve") => Command::Approve(parse_approve(rest)?),
        Some("pack") => parse_pack(rest)?,
        Some("log") => {
            let mut csv = false;
            for arg in rest {
                match arg.as_str() {
                    "--csv" => csv = true,
                    other => return Err(usage(format!("`log` does not know `{other}`"))),
                }
            }
            Command::Log { csv }
        }
        Some(other) => return Err(usage(format!("unknown command `{other}`"))),
    };
    Ok(Args {
        command,
        templates_dirs,
    })
}

/// Splits `--flag value` and `--flag=value` pairs, calling `on(flag, value)` for
/// each; `switches` are flags that take no value.
fn parse_flags(
    command: &str,
    args: impl Iterator<Item = String>,
    switches: &[&str],
    mut on: impl FnMut(&str, Option<String>) -> Result<bool, UsageError>,
) -> Result<(), UsageError> {
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let value = if switches.contains(&flag.as_str()) {
            None
        } else {
            Some(
                inline
                    .or_else(|| args.next())
                    .ok_or_else(|| usage(format!("{flag} needs a value")))?,
            )
        };
        if !on(&flag, value)? {
            return Err(usage(format!("`{command}` does not know `{flag}`")));
        }
    }
    Ok(())
}

fn parse_date(flag: &str, text: &str) -> Result<Date, UsageError> {
    Date::parse(text).map_err(|e| usage(format!("{flag}: {e}")))
}

fn parse_approve(args: impl Iterator<Item = String>) -> Result<ApproveArgs, UsageError> {
    let (mut template, mut reviewer, mut role) = (None, None, None);
    let (mut date, mut next_review) = (None, None);
    parse_flags("approve", args, &[], |flag, value| {
        let value = value.unwrap_or_default();
        match flag {
            "--template" => template = Some(value),
            "--reviewer" => reviewer = Some(value),
            "--role" => role = Some(value),
            "--date" => date = Some(parse_date(flag, &value)?),
            "--next-review" => next_review = Some(parse_date(flag, &value)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(ApproveArgs {
        template: template
            .ok_or_else(|| usage("approve needs --template ID (see `handout-desk list`)"))?,
        reviewer: reviewer
            .ok_or_else(|| usage("approve needs --reviewer NAME, the clinician who signs off"))?,
        role: role
            .ok_or_else(|| usage("approve needs --role ROLE, e.g. --role \"Medical director\""))?,
        date,
        next_review,
    })
}

fn parse_pack(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    match args.next().as_deref() {
        Some("export") => {
            let mut out = None;
            parse_flags("pack export", args, &[], |flag, value| {
                match flag {
                    "--out" | "-o" => out = value.map(PathBuf::from),
                    _ => return Ok(false),
                }
                Ok(true)
            })?;
            Ok(Command::PackExport {
                out: out.ok_or_else(|| usage("pack export needs --out FILE"))?,
            })
        }
        Some("import") => {
            let mut file = None;
            let mut dry_run = false;
            for arg in args {
                match arg.as_str() {
                    "--dry-run" => dry_run = true,
                    flag if flag.starts_with("--") => {
                        return Err(usage(format!("`pack import` does not know `{flag}`")));
                    }
                    _ if file.is_some() => {
                        return Err(usage("pack import takes one FILE"));
                    }
                    path => file = Some(PathBuf::from(path)),
                }
            }
            Ok(Command::PackImport {
                file: file.ok_or_else(|| usage("pack import needs the pack FILE"))?,
                dry_run,
            })
        }
        Some(other) => Err(usage(format!(
            "`pack` takes `export` or `import`, not `{other}`"
        ))),
        None => Err(usage("`pack` takes `export --out FILE` or `import FILE`")),
    }
}

fn parse_export(args: impl Iterator<Item = String>) -> Result<ExportArgs, UsageError> {
    let mut template = None;
    let mut profile = None;
    let mut out = None;
    let mut paper = Paper::Letter;
    let mut large_print = false;
    let mut date = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, UsageError> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| usage(format!("{name} needs a value")))
        };
        match flag.as_str() {
            "--template" => template = Some(value("--template")?),
            "--profile" => profile = Some(PathBuf::from(value("--profile")?)),
            "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
            "--paper" => {
                paper = match value("--paper")?.to_ascii_lowercase().as_str() {
                    "letter" => Paper::Letter,
                    "a4" => Paper::A4,
                    other => {
                        return Err(usage(format!(
                            "--paper must be `letter` or `a4`, not `{other}`"
                        )));
                    }
                }
            }
            "--large-print" => large_print = true,
            "--date" => {
                let text = value("--date")?;
                date = Some(Date::parse(&text).map_err(|e| usage(format!("--date: {e}")))?);
            }
            other => return Err(usage(format!("`export` does not know `{other}`"))),
        }
    }
    Ok(ExportArgs {
        template: template
            .ok_or_else(|| usage("export needs --template ID (see `handout-desk list`)"))?,
        profile: profile
            .ok_or_else(|| usage("export needs --profile FILE, your clinic profile"))?,
        out: out.ok_or_else(|| usage("export needs --out FILE.pdf"))?,
        paper,
        large_print,
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Args, UsageError> {
        parse_args(line.split_whitespace().map(str::to_owned))
    }

    #[test]
    fn parses_export() {
        let args = parse("export --template kratom-risks --profile p.ron --paper a4 --large-print --out k.pdf --templates-dir shared").unwrap();
        let Command::Export(e) = args.command else {
            panic!("not export")
        };
        assert_eq!(e.template, "kratom-risks");
        assert_eq!(e.paper, Paper::A4);
        assert!(e.large_print);
        assert_eq!(args.templates_dirs, [PathBuf::from("shared")]);
    }

    #[test]
    fn explains_mistakes() {
        assert!(
            parse("export --profile p.ron --out k.pdf")
                .unwrap_err()
                .message
                .contains("--template")
        );
        assert!(
            parse("export --template x --profile p --out o --paper legal")
                .unwrap_err()
                .message
                .contains("letter")
        );
        assert!(
            parse("frobnicate")
                .unwrap_err()
                .message
                .contains("unknown command")
        );
        assert_eq!(parse("").unwrap().command, Command::Gui);
    }

    #[test]
    fn parses_clinic_commands() {
        let args = parse("approve --template moud-medicines-clinic --reviewer Rivera --role=Director --date 2026-12-01 --templates-dir d").unwrap();
        let Command::Approve(a) = args.command else {
            panic!("not approve")
        };
        assert_eq!(a.template, "moud-medicines-clinic");
        assert_eq!(a.role, "Director");
        assert_eq!(a.date, Date::parse("2026-12-01").ok());
        assert_eq!(args.templates_dirs, [PathBuf::from("d")]);
        assert_eq!(
            parse("pack import p.ron --dry-run").unwrap().command,
            Command::PackImport {
                file: "p.ron".into(),
                dry_run: true
            }
        );
        assert_eq!(
            parse("pack export --out p.ron").unwrap().command,
            Command::PackExport {
                out: "p.ron".into()
            }
        );
        assert_eq!(
            parse("log --csv").unwrap().command,
            Command::Log { csv: true }
        );
        assert!(
            parse("approve --template x --role r")
                .unwrap_err()
                .message
                .contains("--reviewer")
        );
        assert!(parse("pack frob").unwrap_err().message.contains("export"));
    }
}
