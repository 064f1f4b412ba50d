//! The native save dialog (run off the UI thread), and opening the PDF
//! afterwards. Where a PDF goes by default is the library's
//! [`crate::desk::export_path`].

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};
use std::time::{Duration, Instant};

/// A native "Save as" dialog running on its own thread.
#[derive(Debug)]
pub struct SaveDialog {
    result: Receiver<Option<PathBuf>>,
    opened: Instant,
}

/// How the save dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    /// A path was chosen.
    Chosen(PathBuf),
    /// The user closed it without choosing.
    Cancelled,
    /// No dialog could be shown (no desktop portal, no thread): the typed path
    /// is the way to go.
    Unavailable,
}

/// Faster than anyone can cancel a dialog: an answer this quick means none was shown.
/// The portal gives no other sign; with none running, the dialog returns at once.
const TOO_QUICK_TO_BE_SEEN: Duration = Duration::from_millis(400);

impl DialogOutcome {
    /// The outcome of a dialog that returned `chosen` after `open_for`.
    pub fn of(chosen: Option<PathBuf>, open_for: Duration) -> Self {
        match chosen {
            Some(path) => DialogOutcome::Chosen(path),
            None if open_for < TOO_QUICK_TO_BE_SEEN => DialogOutcome::Unavailable,
            None => DialogOutcome::Cancelled,
        }
    }
}

/// The save dialog's own words, in the desk's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogWords {
    /// The window title, e.g. "Save handout as PDF".
    pub title: String,
    /// The file type's name, e.g. "PDF document".
    pub pdf_document: String,
}

impl SaveDialog {
    /// Opens the dialog at `folder` with `file_name` filled in, its title and
    /// file-type name in the desk's language (`words`); `on_done` runs on the
    /// dialog's thread when it closes (use it to wake the UI).
    pub fn open(
        folder: PathBuf,
        file_name: String,
        words: DialogWords,
        on_done: impl FnOnce() + Send + 'static,
    ) -> Self {
        let (sender, result) = mpsc::channel();
        let spawned = thread::Builder::new()
            .name("save-dialog".into())
            .spawn(move || {
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title(words.title)
                    .set_directory(folder)
                    .set_file_name(file_name)
                    .add_filter(words.pdf_document, &["pdf"]);
                let chosen = block_on(dialog.save_file()).map(|handle| handle.path().to_path_buf());
                let _ = sender.send(chosen);
                on_done();
            });
        let opened = Instant::now();
        if spawned.is_err() {
            // No thread, no dialog: an answer at once, which reads as "unavailable".
            let (sender, receiver) = mpsc::channel();
            let _ = sender.send(None);
            return Self {
                result: receiver,
                opened,
            };
        }
        Self { result, opened }
    }

    /// `None` while the dialog is open; then how it ended.
    pub fn poll(&self) -> Option<DialogOutcome> {
        let chosen = match self.result.try_recv() {
            Ok(chosen) => chosen,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        Some(DialogOutcome::of(chosen, self.opened.elapsed()))
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
    fn a_dialog_that_answers_at_once_was_never_shown() {
        let quick = Duration::from_millis(5);
        let slow = Duration::from_secs(3);
        assert_eq!(DialogOutcome::of(None, quick), DialogOutcome::Unavailable);
        assert_eq!(DialogOutcome::of(None, slow), DialogOutcome::Cancelled);
        let path = PathBuf::from("k.pdf");
        assert_eq!(
            DialogOutcome::of(Some(path.clone()), quick),
            DialogOutcome::Chosen(path)
        );
    }
}
