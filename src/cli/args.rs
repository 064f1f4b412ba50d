//! Command-line arguments, declared with clap's derive API. The command and flag
//! names are a promise to clinics that script them; the doc comments here are the
//! `--help` text, and README.md shows that text as generated.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Parser, Subcommand, ValueEnum};

use crate::cli::check::CheckFormat;
use crate::date::Date;
use crate::page_setup::{Paper, PrintFormat};

const AFTER_HELP: &str = "\
With no command, handout-desk opens the desk app.

Shipped handouts are drafts until a clinician at your clinic approves them: until then
every page prints \"DRAFT — not yet approved for patient use\".

Clinic data (profile, templates, sign-offs, log) is kept in the platform's data folder,
or in $HANDOUT_DESK_DATA_DIR when it is set.

Exit status: 0 done; 1 problems found (such as `check` finding errors); 2 the command line
is wrong.

Examples:
  handout-desk list
  handout-desk export --template kratom-risks --out kratom.pdf
  handout-desk check my-templates/";

const LIST_HELP: &str = "\
Example:
  handout-desk list --templates-dir /srv/clinic/templates";

const EXPORT_HELP: &str = "\
Without --profile, the clinic profile saved in the desk app fills in your local resources.

Examples:
  handout-desk export --template kratom-risks --out kratom.pdf
  handout-desk export --template kratom-risks --lang es --out kratom-es.pdf
  handout-desk export --template moud-medicines --paper a4 --large-print \\
      --profile handouts/profiles/example-clinic.ron --out moud.pdf
  handout-desk export --template self-harm-support --layout wallet-card --out cards.pdf";

const PRINT_HELP: &str = "\
Prints the PDF that `export` would write, with the same options, at its exact size on
the paper chosen with --paper. Without --profile, the clinic profile saved in the desk app
fills in your local resources. Uses the CUPS print service on Linux and macOS, and on
Windows the PDF app's Print action (untested on Windows; --paper and --two-sided are then
left to the printer's own settings). Without either, export the PDF and print it from
your PDF viewer.

Examples:
  handout-desk print --template kratom-risks
  handout-desk print --template moud-medicines --paper a4 --two-sided --printer Front_Desk";

const PRINTERS_HELP: &str = "\
The names are the ones `print --printer` takes.

Example:
  handout-desk printers";

const CHECK_HELP: &str = "\
Reports loading problems, reading grade, wording, help on every page and sources, each with
file, line and column. Without PATH, checks the shipped templates and example profile. Exits
1 when there is any error; warnings alone pass.

Examples:
  handout-desk check
  handout-desk check my-templates/ --format json";

const APPROVE_HELP: &str = "\
The sign-off covers this text and version only: any edit needs a new sign-off.
A handout in another language is approved by a clinician and a qualified
medical translator together: give --translator, and --back-translated if the
text was translated back into English and compared.

Examples:
  handout-desk approve --template kratom-risks --reviewer \"Dr. Ana Rivera\" \\
      --role \"Medical director\"
  handout-desk approve --template kratom-risks --lang es --reviewer \"Dr. Ana Rivera\" \\
      --role \"Medical director\" --translator \"M. Ortega\" --back-translated";

const PACK_HELP: &str = "\
Examples:
  handout-desk pack export --out clinic-pack.ron
  handout-desk pack import clinic-pack.ron --dry-run";

const PACK_EXPORT_HELP: &str = "\
Example:
  handout-desk pack export --out clinic-pack.ron";

const PACK_IMPORT_HELP: &str = "\
Example:
  handout-desk pack import clinic-pack.ron --dry-run";

const LOG_HELP: &str = "\
Examples:
  handout-desk log
  handout-desk log --csv > handouts.csv";

/// Everything on the command line: a command (none opens the desk app) and the
/// options every command takes.
#[derive(Debug, Clone, PartialEq, Parser)]
#[command(
    name = "handout-desk",
    version,
    about = "Vetted patient-education handouts, filled in with your clinic's local resources, as\nprint-ready PDFs. Works with no network.",
    long_about = None,
    after_help = AFTER_HELP
)]
pub struct Args {
    /// What to do; `None` opens the desk app.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Also use the templates in DIR (repeatable)
    #[arg(
        long = "templates-dir",
        value_name = "DIR",
        global = true,
        // The values are a list, not a choice: each one adds a folder.
        action = clap::ArgAction::Append
    )]
    pub templates_dirs: Vec<PathBuf>,
}

/// A command: what the user asked for.
#[derive(Debug, Clone, PartialEq, Subcommand)]
pub enum Command {
    /// List templates: id, topic, version, review status
    #[command(after_help = LIST_HELP)]
    List,
    /// Write one handout as a PDF
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArgs),
    /// Print one handout on a printer of this computer
    #[command(after_help = PRINT_HELP)]
    Print(PrintArgs),
    /// List this computer's printers; the default is marked
    #[command(after_help = PRINTERS_HELP)]
    Printers,
    /// Check templates and profiles (files or folders) before clinics use them
    #[command(after_help = CHECK_HELP)]
    Check {
        /// Template or profile files, or folders of them
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// How to print the results
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Sign a template off for this clinic
    #[command(after_help = APPROVE_HELP)]
    Approve(ApproveArgs),
    /// Share this clinic's templates, profile and sign-offs with another desk
    #[command(subcommand, after_help = PACK_HELP)]
    Pack(PackCommand),
    /// The handouts exported on this desk (no patient data)
    #[command(after_help = LOG_HELP)]
    Log {
        /// Print CSV, for the clinic's records
        #[arg(long)]
        csv: bool,
    },
}

/// `pack export` or `pack import`.
#[derive(Debug, Clone, PartialEq, Subcommand)]
pub enum PackCommand {
    /// Write this clinic's templates, profile and sign-offs to one file
    #[command(after_help = PACK_EXPORT_HELP)]
    Export {
        /// The pack file to write
        #[arg(long, short = 'o', value_name = "FILE")]
        out: PathBuf,
    },
    /// Show what a pack adds or replaces on this desk, then do it
    #[command(after_help = PACK_IMPORT_HELP)]
    Import {
        /// The pack file
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Only show what would change
        #[arg(long)]
        dry_run: bool,
    },
}

/// Arguments of `approve`.
#[derive(Debug, Clone, PartialEq, clap::Args)]
pub struct ApproveArgs {
    /// The template's id (see `handout-desk list`)
    #[arg(long, value_name = "ID")]
    pub template: String,
    /// Which language of it, e.g. es or es-US [default: English]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// The clinician who signs it off
    #[arg(long, value_name = "NAME")]
    pub reviewer: String,
    /// Their role, such as "Medical director"
    #[arg(long, value_name = "ROLE")]
    pub role: String,
    /// The day of the sign-off [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date_value)]
    pub date: Option<Date>,
    /// When the next review is due [default: a year on]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date_value)]
    pub next_review: Option<Date>,
    /// The qualified medical translator (needed for all but English)
    #[arg(long, value_name = "NAME")]
    pub translator: Option<String>,
    /// It was translated back into English and compared
    #[arg(long, requires = "translator")]
    pub back_translated: bool,
}

/// Arguments of `export`.
#[derive(Debug, Clone, PartialEq, clap::Args)]
pub struct ExportArgs {
    /// Which handout, and how it is made.
    #[command(flatten)]
    pub handout: HandoutArgs,
    /// Where to write the PDF
    #[arg(long, short = 'o', value_name = "FILE.pdf")]
    pub out: PathBuf,
}

/// Arguments of `print`.
#[derive(Debug, Clone, PartialEq, clap::Args)]
pub struct PrintArgs {
    /// Which handout, and how it is made.
    #[command(flatten)]
    pub handout: HandoutArgs,
    /// The printer (see `handout-desk printers`) [default: this computer's default printer]
    #[arg(long, value_name = "NAME")]
    pub printer: Option<String>,
    /// Print on both sides of the paper (turned on the long edge)
    #[arg(long)]
    pub two_sided: bool,
}

/// The handout that `export` and `print` make: the same options for both, so
/// a printed handout is the exported one.
#[derive(Debug, Clone, PartialEq, clap::Args)]
pub struct HandoutArgs {
    /// The template's id (see `handout-desk list`)
    #[arg(long, value_name = "ID")]
    pub template: String,
    /// Which language of it, e.g. es or es-US [default: English]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Clinic profile file [default: the one saved in the desk app]
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Paper size
    #[arg(long, value_enum, ignore_case = true, default_value_t = Paper::Letter)]
    pub paper: Paper,
    /// Print format [default: standard]
    #[arg(long, value_name = "FORMAT", value_enum, ignore_case = true)]
    pub layout: Option<PrintFormat>,
    /// Large print, for readers with low vision (the same as --layout large-print)
    #[arg(long)]
    pub large_print: bool,
    /// A QR code beside the clinic and each resource (its website, else its phone)
    #[arg(long)]
    pub qr: bool,
    /// The date printed in the PDF [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date_value)]
    pub date: Option<Date>,
}

impl HandoutArgs {
    /// The print format asked for: `--layout`, or `--large-print`, or standard.
    /// ([`parse_args`] refuses the two flags when they disagree.)
    pub fn print_format(&self) -> PrintFormat {
        match (self.layout, self.large_print) {
            (Some(format), _) => format,
            (None, true) => PrintFormat::LargePrint,
            (None, false) => PrintFormat::Standard,
        }
    }

    /// Why `--layout` and `--large-print` cannot both hold, when they disagree.
    fn format_conflict(&self) -> Option<String> {
        let format = self.layout?;
        match format {
            PrintFormat::LargePrint => None,
            PrintFormat::Standard | PrintFormat::WalletCard => self.large_print.then(|| {
                format!(
                    "--large-print and --layout {} disagree: give one of them",
                    format.name()
                )
            }),
        }
    }
}

/// Paper sizes by the names used on the command line and in settings. Declared
/// here, not on [`Paper`], so that the page setup does not depend on clap.
impl ValueEnum for Paper {
    fn value_variants<'a>() -> &'a [Self] {
        &Paper::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()))
    }
}

/// Print formats by their `--layout` names (declared by hand, as for [`Paper`]).
impl ValueEnum for PrintFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &PrintFormat::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()))
    }
}

/// Declared by hand rather than derived: a derived value enum turns the variants'
/// doc comments into a per-value help list that makes `--help` and `-h` differ.
impl ValueEnum for CheckFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[CheckFormat::Text, CheckFormat::Json]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self {
            CheckFormat::Text => "text",
            CheckFormat::Json => "json",
        }))
    }
}

/// A `YYYY-MM-DD` date; clap puts the flag and the value in front of the message.
fn date_value(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|_| "write the date as YYYY-MM-DD, for example 2026-03-01".into())
}

/// Parses the arguments after the program name. The error is clap's: its
/// [`clap::Error::print`] writes help and version to standard output and
/// mistakes to standard error, and [`clap::Error::exit_code`] is 0 or 2.
pub fn parse_args<T: Into<OsString>>(
    args: impl IntoIterator<Item = T>,
) -> Result<Args, clap::Error> {
    let program = std::iter::once(OsString::from("handout-desk"));
    let args = Args::try_parse_from(program.chain(args.into_iter().map(Into::into)))?;
    let handout = match &args.command {
        Some(Command::Export(export)) => Some(("export", &export.handout)),
        Some(Command::Print(print)) => Some(("print", &print.handout)),
        _ => None,
    };
    if let Some((name, handout)) = handout
        && let Some(conflict) = handout.format_conflict()
    {
        use clap::CommandFactory;
        let command = Args::command();
        let mut subcommand = command
            .find_subcommand(name)
            .cloned()
            .unwrap_or(command)
            .bin_name(format!("handout-desk {name}"));
        return Err(subcommand.error(clap::error::ErrorKind::ArgumentConflict, conflict));
    }
    Ok(args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::error::ErrorKind;

    fn parse(line: &str) -> Result<Args, clap::Error> {
        parse_args(line.split_whitespace())
    }

    #[test]
    fn the_declaration_is_consistent() {
        use clap::CommandFactory;
        Args::command().debug_assert();
    }

    #[test]
    fn parses_export() {
        let args = parse("export --template kratom-risks --profile p.ron --paper A4 --large-print --out k.pdf --templates-dir shared").unwrap();
        let Some(Command::Export(e)) = args.command else {
            panic!("not export")
        };
        assert_eq!(e.handout.template, "kratom-risks");
        assert_eq!(e.handout.profile, Some(PathBuf::from("p.ron")));
        assert_eq!(e.handout.paper, Paper::A4);
        assert!(e.handout.large_print);
        assert_eq!(e.handout.print_format(), PrintFormat::LargePrint);
        assert_eq!(args.templates_dirs, [PathBuf::from("shared")]);
    }

    #[test]
    fn export_defaults_to_letter_and_the_stored_profile() {
        let args = parse("export --template kratom-risks -o k.pdf").unwrap();
        let Some(Command::Export(e)) = args.command else {
            panic!("not export")
        };
        let h = e.handout;
        assert_eq!(
            (h.paper, h.print_format(), h.profile, h.lang),
            (Paper::Letter, PrintFormat::Standard, None, None)
        );
    }

    #[test]
    fn print_takes_the_export_options_without_out() {
        let args = parse("print --template kratom-risks --paper a4 --large-print --printer Front_Desk --two-sided").unwrap();
        let Some(Command::Print(p)) = args.command else {
            panic!("not print")
        };
        assert_eq!(p.handout.template, "kratom-risks");
        assert_eq!((p.handout.paper, p.handout.large_print), (Paper::A4, true));
        assert_eq!(p.printer.as_deref(), Some("Front_Desk"));
        assert!(p.two_sided);
        let Some(Command::Print(p)) = parse("print --template x").unwrap().command else {
            panic!("not print")
        };
        assert_eq!((p.printer, p.two_sided), (None, false));
        assert_eq!(
            parse("print --template x --out k.pdf").unwrap_err().kind(),
            ErrorKind::UnknownArgument
        );
        assert_eq!(parse("printers").unwrap().command, Some(Command::Printers));
        let conflict = parse("print --template x --layout standard --large-print").unwrap_err();
        assert_eq!(conflict.kind(), ErrorKind::ArgumentConflict);
        assert!(
            conflict.to_string().contains("handout-desk print"),
            "{conflict}"
        );
    }

    #[test]
    fn layout_names_the_print_format_and_must_agree_with_large_print() {
        let format = |line: &str| match parse(line).map(|a| a.command) {
            Ok(Some(Command::Export(e))) => Ok(e.handout.print_format()),
            Ok(other) => panic!("not export: {other:?}"),
            Err(e) => Err(e),
        };
        let base = "export --template k --out k.pdf";
        assert_eq!(
            format(&format!("{base} --layout large-print")).unwrap(),
            PrintFormat::LargePrint
        );
        assert_eq!(
            format(&format!("{base} --layout Standard")).unwrap(),
            PrintFormat::Standard
        );
        assert_eq!(
            format(&format!("{base} --layout large-print --large-print")).unwrap(),
            PrintFormat::LargePrint,
            "they agree"
        );
        let conflict = format(&format!("{base} --layout standard --large-print")).unwrap_err();
        assert_eq!(conflict.kind(), ErrorKind::ArgumentConflict);
        assert!(
            conflict
                .to_string()
                .contains("--large-print and --layout standard disagree"),
            "{conflict}"
        );
        assert_eq!(conflict.exit_code(), 2);
        assert_eq!(
            format(&format!("{base} --layout wallet"))
                .unwrap_err()
                .kind(),
            ErrorKind::InvalidValue
        );
    }

    #[test]
    fn lang_picks_a_language_of_the_handout() {
        let Some(Command::Export(e)) = parse("export --template kratom-risks --lang es -o k.pdf")
            .unwrap()
            .command
        else {
            panic!("not export")
        };
        assert_eq!(e.handout.lang.as_deref(), Some("es"));
        let Some(Command::Approve(a)) =
            parse("approve --template kratom-risks --lang es-US --reviewer R --role D")
                .unwrap()
                .command
        else {
            panic!("not approve")
        };
        assert_eq!(a.lang.as_deref(), Some("es-US"));
    }

    #[test]
    fn explains_mistakes() {
        let kind = |line: &str| parse(line).unwrap_err().kind();
        assert_eq!(
            kind("export --profile p.ron --out k.pdf"),
            ErrorKind::MissingRequiredArgument
        );
        assert_eq!(
            kind("export --template x --out o --paper legal"),
            ErrorKind::InvalidValue
        );
        assert_eq!(kind("frobnicate"), ErrorKind::InvalidSubcommand);
        assert_eq!(
            kind("export --template x --out o --large-print=no"),
            ErrorKind::TooManyValues
        );
        assert_eq!(
            kind("export --template x --out o --out p"),
            ErrorKind::ArgumentConflict
        );
        assert_eq!(kind("approve --help"), ErrorKind::DisplayHelp);
        assert_eq!(parse("").unwrap().command, None);
        let date = parse("approve --template x --reviewer r --role r --date 1/2/2026")
            .unwrap_err()
            .to_string();
        assert!(
            date.contains("--date") && date.contains("YYYY-MM-DD"),
            "{date}"
        );
    }

    #[test]
    fn parses_clinic_commands() {
        let args = parse("approve --template moud-medicines-clinic --reviewer Rivera --role=Director --date 2026-12-01 --templates-dir d --templates-dir e").unwrap();
        let Some(Command::Approve(a)) = args.command else {
            panic!("not approve")
        };
        assert_eq!(a.template, "moud-medicines-clinic");
        assert_eq!(a.role, "Director");
        assert_eq!(a.date, Date::parse("2026-12-01").ok());
        assert_eq!(
            args.templates_dirs,
            [PathBuf::from("d"), PathBuf::from("e")]
        );
        assert_eq!(
            parse("pack import p.ron --dry-run").unwrap().command,
            Some(Command::Pack(PackCommand::Import {
                file: "p.ron".into(),
                dry_run: true
            }))
        );
        assert_eq!(
            parse("pack export --out p.ron").unwrap().command,
            Some(Command::Pack(PackCommand::Export {
                out: "p.ron".into()
            }))
        );
        assert_eq!(
            parse("log --csv").unwrap().command,
            Some(Command::Log { csv: true })
        );
        assert_eq!(
            parse("check a b --format json").unwrap().command,
            Some(Command::Check {
                paths: vec!["a".into(), "b".into()],
                format: CheckFormat::Json
            })
        );
    }
}
