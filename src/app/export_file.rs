//! Where an exported PDF goes: its default name and folder, the native save
//! dialog (run off the UI thread), and opening the PDF afterwards.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use crate::date::Date;

/// A file name such as `kratom-risks_riverside-community-clinic_2026-11-22.pdf`.
pub fn default_file_name(template_id: &str, clinic_name: &str, date: Date) -> String {
    let clinic = slug(clinic_name);
    let template = slug(template_id);
    match (template.is_empty(), clinic.is_empty()) {
        (_, true) => format!("{template}_{date}.pdf"),
        _ => format!("{template}_{clinic}_{date}.pdf"),
    }
}

/// Lower-case ASCII words joined by hyphens, at most 48 characters; common
/// accented letters lose their accents.
fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for ch in text.chars().flat_map(char::to_lowercase) {
        let plain = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        };
        if plain.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(plain);
        } else if plain != '\'' && plain != '’' {
            pending_hyphen = true;
        }
        if out.len() >= 48 {
            break;
        }
    }
    out
}

/// The folder to offer: the last one used if it still exists, else Documents,
/// else the home folder, else the current folder.
pub fn default_export_dir(last_used: Option<&Path>) -> PathBuf {
    if let Some(dir) = last_used.filter(|d| d.is_dir()) {
        return dir.to_path_buf();
    }
    let Some(user) = directories::UserDirs::new() else {
        return PathBuf::from(".");
    };
    // Without XDG user-dirs settings `document_dir` is None even when
    // ~/Documents exists, so look for that too.
    let home = user.home_dir();
    [
        user.document_dir().map(Path::to_path_buf),
        Some(home.join("Documents")),
    ]
    .into_iter()
    .flatten()
    .find(|d| d.is_dir())
    .unwrap_or_else(|| home.to_path_buf())
}

/// A native "Save as" dialog running on its own thread.
#[derive(Debug)]
pub struct SaveDialog {
    result: Receiver<Option<PathBuf>>,
}

impl SaveDialog {
    /// Opens the dialog at `folder` with `file_name` filled in; `on_done` runs on the
    /// dialog's thread when it closes (use it to wake the UI).
    pub fn open(
        folder: PathBuf,
        file_name: String,
        on_done: impl FnOnce() + Send + 'static,
    ) -> Self {
        let (sender, result) = mpsc::channel();
        let spawned = thread::Builder::new()
            .name("save-dialog".into())
            .spawn(move || {
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title("Save handout as PDF")
                    .set_directory(folder)
                    .set_file_name(file_name)
                    .add_filter("PDF document", &["pdf"]);
                let chosen = block_on(dialog.save_file()).map(|handle| handle.path().to_path_buf());
                let _ = sender.send(chosen);
                on_done();
            });
        if spawned.is_err() {
            // No thread, no dialog: behave as if it was cancelled at once.
            let (sender, receiver) = mpsc::channel();
            let _ = sender.send(None);
            return Self { result: receiver };
        }
        Self { result }
    }

    /// `None` while the dialog is open; then `Some(path)` or `Some(None)` if cancelled
    /// (or if no dialog could be shown, e.g. with no desktop portal running).
    pub fn poll(&self) -> Option<Option<PathBuf>> {
        match self.result.try_recv() {
            Ok(chosen) => Some(chosen),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}

struct ThreadWaker(Thread);

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs a future to completion on this thread (the dialog's own thread).
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let waker = Waker::from(Arc::new(ThreadWaker(thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        thread::park();
    }
}

/// Opens `path` in the system's PDF viewer.
pub fn open_in_viewer(path: &Path) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    let mut child = command.arg(path).spawn()?;
    // Reap the launcher when it exits so it does not linger.
    thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_template_clinic_and_date() {
        let date = Date::parse("2026-11-22").unwrap();
        assert_eq!(
            default_file_name("kratom-risks", "Riverside Community Clinic", date),
            "kratom-risks_riverside-community-clinic_2026-11-22.pdf"
        );
        assert_eq!(
            default_file_name("self-harm-support", "Clínica San José / Norte", date),
            "self-harm-support_clinica-san-jose-norte_2026-11-22.pdf"
        );
        assert_eq!(
            default_file_name("moud-medicines", "  ", date),
            "moud-medicines_2026-11-22.pdf"
        );
        assert_eq!(slug("St. Mary's Health"), "st-marys-health");
    }

    #[test]
    fn default_folder_exists() {
        assert!(default_export_dir(None).is_dir() || default_export_dir(None) == Path::new("."));
        let here = std::env::temp_dir();
        assert_eq!(default_export_dir(Some(&here)), here);
    }
}
