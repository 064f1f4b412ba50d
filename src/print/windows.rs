//! The Windows print route as text: the PowerShell commands that list the
//! printers and hand a PDF to the shell's print verb, and how their answers
//! read. No process is run here, so every rule is tested on any system; the
//! route is chosen at run time (see `service`), never by conditional
//! compilation, so this code is built and tested everywhere.
//!
//! How the verbs behave (Microsoft's "Verbs and File Associations"; reports
//! in PowerShell issue 12663 and elsewhere): `Print` and `PrintTo` run
//! whatever the default app for `.pdf` files registered for them. Adobe Acrobat
//! Reader and several other readers register both; Microsoft Edge, the default
//! PDF app on a new Windows 10 or 11, registers neither, and the shell then
//! answers "No application is associated with the specified file for this
//! operation". So the script first asks the shell which verbs the file has
//! and ends with [`NO_PRINT_VERB`] when the one needed is missing, which the
//! desk reports as such ([`super::PrintError::NoPrintVerb`]) rather than as a
//! printer fault. The verb hands the file to that app, which prints it with the
//! printer's own paper and duplex settings: they cannot be passed through the
//! verb.
//!
//! Nothing the user or the system supplies (the file's path, the printer's
//! name) is written into a script: the scripts are constant, passed with
//! `-EncodedCommand` (so no command-line quoting applies to them), and read
//! the path and name from environment variables.

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

use super::PrintError;
use super::cups::PrinterList;

/// The exit code of [`PRINT_SCRIPT`] when the default PDF app registers no
/// print verb for the file.
pub(crate) const NO_PRINT_VERB: i32 = 3;

/// The environment variable holding the path of the PDF to print.
pub(crate) const PDF_VAR: &str = "HANDOUT_DESK_PDF";
/// The environment variable holding the `PrintTo` argument (the quoted
/// printer name); empty prints on the default printer with `Print`.
pub(crate) const PRINTER_VAR: &str = "HANDOUT_DESK_PRINTTO";
/// The environment variable holding how many milliseconds to wait for the
/// PDF app to finish printing before the desk stops watching it.
pub(crate) const WAIT_VAR: &str = "HANDOUT_DESK_WAIT_MS";

/// Lists the printers: the default first as `default<TAB>name`, then every
/// printer as `printer<TAB>name`, in UTF-8 whatever the console's code page.
pub(crate) const LIST_SCRIPT: &str = "\
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
$default = Get-CimInstance -ClassName Win32_Printer -Filter 'Default=true' | Select-Object -First 1 -ExpandProperty Name
if ($default) { \"default`t$default\" }
Get-Printer | Select-Object -ExpandProperty Name | ForEach-Object { \"printer`t$_\" }
";

/// Prints the file named by [`PDF_VAR`] with the shell's `PrintTo` verb on the
/// printer in [`PRINTER_VAR`] (or with `Print` on the default printer when it is
/// empty), then waits at most [`WAIT_VAR`] milliseconds for the PDF app to end.
/// The file is opened through a `ProcessStartInfo` (what `Start-Process -Verb`
/// uses), so its path is taken literally, never as a wildcard pattern; its
/// `Verbs` say whether the default PDF app can print at all.
pub(crate) const PRINT_SCRIPT: &str = "\
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
$info = New-Object System.Diagnostics.ProcessStartInfo -ArgumentList $env:HANDOUT_DESK_PDF
$verb = if ($env:HANDOUT_DESK_PRINTTO) { 'PrintTo' } else { 'Print' }
if ($info.Verbs -notcontains $verb) {
  [Console]::Error.WriteLine(\"The default app for PDF files has no $verb action (it has: $($info.Verbs -join ', ')).\")
  exit 3
}
$info.Verb = $verb
$info.Arguments = $env:HANDOUT_DESK_PRINTTO
$info.UseShellExecute = $true
$info.WindowStyle = [System.Diagnostics.ProcessWindowStyle]::Hidden
$app = [System.Diagnostics.Process]::Start($info)
if ($app) { $null = $app.WaitForExit([int]$env:HANDOUT_DESK_WAIT_MS) }
";

/// The arguments of `powershell.exe` that run `script`: no profile, no
/// prompts, and the script encoded, so nothing in it is read as quoting.
pub(crate) fn powershell_args(script: &str) -> Vec<OsString> {
    [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Bypass",
        "-EncodedCommand",
        &encoded_command(script),
    ]
    .into_iter()
    .map(OsString::from)
    .collect()
}

/// `script` as `-EncodedCommand` takes it: UTF-16LE, then Base64.
pub(crate) fn encoded_command(script: &str) -> String {
    let bytes: Vec<u8> = script.encode_utf16().flat_map(u16::to_le_bytes).collect();
    base64(&bytes)
}

/// Standard Base64 with padding (RFC 4648, section 4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The `PrintTo` argument naming `printer`: the name in double quotes, so that
/// a name with spaces reaches the PDF app as one argument (the shell puts it in
/// the app's registered command line). A name that a double quote or a control
/// character would break out of is refused rather than passed on.
pub(crate) fn printto_argument(printer: &str) -> Result<String, PrintError> {
    if printer.trim().is_empty() || printer.chars().any(|c| c == '"' || c.is_control()) {
        return Err(PrintError::Refused {
            printer: printer.to_owned(),
            detail: "this printer name cannot be passed safely to the PDF app (it is empty or holds a double quote or a control character)".to_owned(),
        });
    }
    Ok(format!("\"{printer}\""))
}

/// The environment [`PRINT_SCRIPT`] reads: the file, the printer (`None`: the
/// default printer, with `Print`) and how long to watch the PDF app.
pub(crate) fn print_env(
    file: &Path,
    printer: Option<&str>,
    wait: Duration,
) -> Result<Vec<(&'static str, OsString)>, PrintError> {
    let printto = match printer {
        Some(name) => printto_argument(name)?,
        None => String::new(),
    };
    Ok(vec![
        (PDF_VAR, file.as_os_str().to_owned()),
        (PRINTER_VAR, OsString::from(printto)),
        (WAIT_VAR, OsString::from(wait.as_millis().to_string())),
    ])
}

/// The printers in what [`LIST_SCRIPT`] printed. A default printer that is not
/// in the list (a stale default) is not taken as the default.
pub(crate) fn parse_printers(output: &str) -> PrinterList {
    let mut names: Vec<String> = Vec::new();
    let mut default = None;
    for line in output.lines() {
        let line = line.trim_start_matches('\u{feff}').trim_end_matches('\r');
        let Some((kind, name)) = line.split_once('\t') else {
            continue;
        };
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        match kind {
            "default" => default = Some(name.to_owned()),
            "printer" if !names.iter().any(|n| n == name) => names.push(name.to_owned()),
            _ => {}
        }
    }
    let default = default.filter(|d| names.contains(d));
    PrinterList { names, default }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_vectors() {
        // RFC 4648, section 10.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn a_script_is_encoded_as_utf16le_base64() {
        // What `[Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes('dir'))` gives.
        assert_eq!(encoded_command("dir"), "ZABpAHIA");
        assert_eq!(encoded_command("é"), "6QA=");
    }

    #[test]
    fn the_arguments_run_the_script_without_profile_or_prompts() {
        let args = powershell_args("Get-Printer");
        let args: Vec<&str> = args.iter().map(|a| a.to_str().unwrap()).collect();
        assert_eq!(
            args,
            [
                "-NoLogo",
                "-NoProfile",
                "-NonInteractive",
                "-ExecutionPolicy",
                "Bypass",
                "-EncodedCommand",
                &encoded_command("Get-Printer"),
            ]
        );
    }

    #[test]
    fn the_scripts_hold_no_user_text_and_read_it_from_the_environment() {
        assert!(PRINT_SCRIPT.contains(&format!("$env:{PDF_VAR}")));
        assert!(PRINT_SCRIPT.contains(&format!("$env:{PRINTER_VAR}")));
        assert!(PRINT_SCRIPT.contains(&format!("$env:{WAIT_VAR}")));
        assert!(PRINT_SCRIPT.contains(&format!("exit {NO_PRINT_VERB}")));
        assert!(PRINT_SCRIPT.contains("'PrintTo'") && PRINT_SCRIPT.contains("'Print'"));
        assert!(LIST_SCRIPT.contains("Get-Printer | Select-Object -ExpandProperty Name"));
        assert!(LIST_SCRIPT.contains("Win32_Printer -Filter 'Default=true'"));
    }

    #[test]
    fn a_printer_name_is_quoted_whole_and_a_quote_in_it_refused() {
        assert_eq!(printto_argument("Front Desk").unwrap(), "\"Front Desk\"");
        // A single quote, a backslash, `$` and a backtick mean nothing here:
        // the name never passes through PowerShell's parser.
        assert_eq!(
            printto_argument(r"\\server\Nurse's $desk `1").unwrap(),
            r#""\\server\Nurse's $desk `1""#
        );
        assert_eq!(
            printto_argument("Sala de espera ñ").unwrap(),
            "\"Sala de espera ñ\""
        );
        for bad in ["Front\" /evil \"", "", "  ", "Front\nDesk"] {
            let error = printto_argument(bad).unwrap_err();
            assert!(matches!(error, PrintError::Refused { .. }), "{bad:?}");
        }
    }

    #[test]
    fn the_environment_names_the_file_printer_and_wait() {
        let file = Path::new(r"C:\Users\O'Neil\AppData\Local\Temp\handout-desk-print-1-0.pdf");
        let env = print_env(file, Some("Front Desk"), Duration::from_secs(15)).unwrap();
        assert_eq!(
            env,
            [
                (PDF_VAR, OsString::from(file)),
                (PRINTER_VAR, OsString::from("\"Front Desk\"")),
                (WAIT_VAR, OsString::from("15000")),
            ]
        );
        let env = print_env(file, None, Duration::from_secs(1)).unwrap();
        assert_eq!(env[1], (PRINTER_VAR, OsString::from("")));
        assert!(print_env(file, Some("a\"b"), Duration::from_secs(1)).is_err());
    }

    #[test]
    fn reads_the_printer_list_and_its_default() {
        let output = "\u{feff}default\tFront Desk\r\nprinter\tMicrosoft Print to PDF\r\nprinter\tFront Desk\r\nprinter\t\\\\clinic-srv\\Sala de espera ñ\r\n\r\n";
        let list = parse_printers(output);
        assert_eq!(
            list.names,
            [
                "Microsoft Print to PDF",
                "Front Desk",
                r"\\clinic-srv\Sala de espera ñ"
            ]
        );
        assert_eq!(list.default.as_deref(), Some("Front Desk"));
    }

    #[test]
    fn no_printers_and_a_stale_default_read_as_none() {
        assert_eq!(parse_printers(""), PrinterList::default());
        let list = parse_printers("default\tGone\nprinter\tFront Desk\nnoise line\n");
        assert_eq!(list.names, ["Front Desk"]);
        assert_eq!(list.default, None);
    }
}
