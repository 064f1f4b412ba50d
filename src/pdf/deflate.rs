//! zlib compression for every stream of a document, with one compressor per
//! thread that each stream reuses.
//!
//! A zlib compressor at the best level holds about 300 KB of window and hash
//! tables. Making a new one for each stream (page contents, font programs,
//! metadata, the object and cross-reference streams: seven for a two-page
//! handout) had the allocator map, zero and fault in that memory seven times,
//! and unmap it again: a sixth of a whole two-page export's time in the kernel
//! and in `memset` (`perf record`, BENCHMARKS.md, issue 12). A reset compressor
//! gives the same bytes as a new one.

use std::cell::RefCell;

use flate2::{Compress, Compression, FlushCompress, Status};

use super::PdfError;

thread_local! {
    /// The compressor this thread last used, with its level. A cache only:
    /// every use starts it afresh with a reset.
    static COMPRESSOR: RefCell<Option<(u32, Compress)>> = const { RefCell::new(None) };
}

/// One zlib stream being written: feed it with [`Deflater::write`], end it
/// with [`Deflater::finish`].
pub(super) struct Deflater {
    compress: Compress,
    level: u32,
    out: Vec<u8>,
}

impl Deflater {
    /// A new zlib stream at `level`, expected to come to about `capacity` bytes.
    pub(super) fn new(level: Compression, capacity: usize) -> Self {
        let cached = COMPRESSOR.with(|slot| slot.borrow_mut().take());
        let compress = match cached {
            Some((cached_level, mut compress)) if cached_level == level.level() => {
                compress.reset();
                compress
            }
            _ => Compress::new(level, true),
        };
        Self {
            compress,
            level: level.level(),
            out: Vec::with_capacity(capacity),
        }
    }

    /// Compresses `input` onto the stream.
    pub(super) fn write(&mut self, input: &[u8]) -> Result<(), PdfError> {
        self.run(input, FlushCompress::None).map(|_| ())
    }

    /// Ends the current deflate block, so that what follows gets Huffman codes
    /// of its own (a sync flush: an empty stored block, 5 bytes).
    pub(super) fn end_block(&mut self) -> Result<(), PdfError> {
        self.run(&[], FlushCompress::Sync).map(|_| ())
    }

    /// The finished zlib stream; the compressor goes back for the next one.
    pub(super) fn finish(mut self) -> Result<Vec<u8>, PdfError> {
        while self.run(&[], FlushCompress::Finish)? != Status::StreamEnd {}
        // A document keeps every stream until it is saved: none holds spare room.
        self.out.shrink_to_fit();
        let out = std::mem::take(&mut self.out);
        let Self {
            compress, level, ..
        } = self;
        COMPRESSOR.with(|slot| *slot.borrow_mut() = Some((level, compress)));
        Ok(out)
    }

    /// Runs the compressor over all of `input` with `flush`, growing the output
    /// as it needs; the last status.
    fn run(&mut self, mut input: &[u8], flush: FlushCompress) -> Result<Status, PdfError> {
        loop {
            // More room only when the compressor has filled what there is.
            if self.out.capacity() == self.out.len() {
                self.out.reserve(self.out.capacity().max(4096));
            }
            let before = self.compress.total_in();
            let status = self
                .compress
                .compress_vec(input, &mut self.out, flush)
                .map_err(|e| PdfError::Assemble(format!("zlib: {e}")))?;
            let read = usize::try_from(self.compress.total_in() - before).unwrap_or(input.len());
            input = input.get(read..).unwrap_or_default();
            let room_left = self.out.capacity() > self.out.len();
            // Done when all input is in and the compressor stopped short of
            // filling the output (it has nothing more to give for this flush).
            if input.is_empty() && (room_left || status == Status::StreamEnd) {
                return Ok(status);
            }
        }
    }
}

/// `parts`, one after the other, as one zlib stream at `level`.
pub(super) fn zlib(parts: &[&[u8]], level: Compression) -> Result<Vec<u8>, PdfError> {
    let size: usize = parts.iter().map(|part| part.len()).sum();
    let mut deflater = Deflater::new(level, size / 3 + 64);
    for part in parts {
        deflater.write(part)?;
    }
    deflater.finish()
}

#[cfg(test)]
mod tests {
    use std::io::{Read as _, Write as _};

    use super::*;

    /// `parts` compressed by a compressor never used before (a new thread's).
    fn fresh(parts: &[&[u8]], level: Compression) -> Vec<u8> {
        let parts: Vec<Vec<u8>> = parts.iter().map(|part| part.to_vec()).collect();
        std::thread::spawn(move || {
            let parts: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
            zlib(&parts, level).unwrap()
        })
        .join()
        .unwrap()
    }

    fn reference(parts: &[&[u8]], level: Compression) -> Vec<u8> {
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), level);
        for part in parts {
            encoder.write_all(part).unwrap();
        }
        encoder.finish().unwrap()
    }

    fn inflate(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(bytes)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn a_reused_compressor_gives_the_bytes_of_a_new_one() {
        let text: Vec<u8> = (0..40_000u32)
            .flat_map(|i| format!("{} 0 obj <</K {}>> ", i, i * 7 % 13).into_bytes())
            .collect();
        let small = b"BT /R 12 Tf 0 -15.24 Td (Kratom is a plant) Tj ET".repeat(20);
        for level in [Compression::best(), Compression::default()] {
            // Several times over, switching sizes and levels, as a document does.
            for _ in 0..3 {
                for data in [&text[..], &small[..], b""] {
                    let ours = zlib(&[data], level).unwrap();
                    assert!(
                        ours == fresh(&[data], level),
                        "{} bytes at level {}",
                        data.len(),
                        level.level()
                    );
                    assert!(inflate(&ours) == data);
                }
            }
        }
    }

    #[test]
    fn small_streams_come_out_as_flate2s_encoder_made_them() {
        // The bytes of every handout's streams stay what they were.
        let page = b"BT /R 12 Tf 0 -15.24 Td (Kratom is a plant) Tj ET\n".repeat(90);
        assert_eq!(
            zlib(&[&page], Compression::best()).unwrap(),
            reference(&[&page], Compression::best())
        );
    }

    #[test]
    fn parts_are_one_stream_and_a_block_end_keeps_the_data() {
        let (a, b) = (b"1 0 2 17 3 40 ".repeat(30), b"<</S/P/K 3>>".repeat(50));
        assert_eq!(
            zlib(&[&a, &b], Compression::best()).unwrap(),
            reference(&[&a, &b], Compression::best())
        );
        let mut deflater = Deflater::new(Compression::best(), 64);
        deflater.write(&a).unwrap();
        deflater.end_block().unwrap();
        deflater.write(&b).unwrap();
        let both = deflater.finish().unwrap();
        assert_eq!(inflate(&both), [a, b].concat());
    }
}
