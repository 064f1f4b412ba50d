//! A reader that stops early, as `handout-desk log | head -1` does, closes the
//! pipe under the command. Rust ignores SIGPIPE, so the next write fails with
//! `BrokenPipe`: that is the reader's choice, not a problem to report.

/// Whether `error` (or anything in its chain) is a write to a closed pipe.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context as _;
    use std::io::{Error, ErrorKind};

    #[test]
    fn finds_a_closed_pipe_under_context() {
        let closed: anyhow::Result<()> = Err(Error::from(ErrorKind::BrokenPipe).into());
        assert!(is_broken_pipe(
            &closed.context("writing the log").unwrap_err()
        ));
        let full = anyhow::Error::from(Error::from(ErrorKind::StorageFull));
        assert!(!is_broken_pipe(&full));
    }
}
