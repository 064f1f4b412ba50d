//! The native save dialog (run off the UI thread), and opening the PDF
//! afterwards. Where a PDF goes by default is the library's
//! [`crate::desk::export_path`].

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

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
