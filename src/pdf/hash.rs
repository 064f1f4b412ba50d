//! A small, stable hash for the file identifier and font subset tags.
//!
//! Not `std::hash::DefaultHasher`: its algorithm may change between Rust releases,
//! and these values end up in files that golden tests compare byte for byte. This is
//! no security measure, only a fingerprint.

/// 64-bit FNV-1a, continued from `state` (start with [`FNV_OFFSET`]).
pub(super) fn fnv1a(mut state: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        state ^= u64::from(byte);
        state = state.wrapping_mul(0x0000_0100_0000_01b3);
    }
    state
}

/// The FNV-1a offset basis, the starting state.
pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// A 128-bit fingerprint of `bytes`: two FNV-1a passes from different starting states,
/// each finished with a mixing step so that nearby inputs differ in every byte.
#[cfg(test)]
pub(super) fn fingerprint(bytes: &[u8]) -> [u8; 16] {
    let mut fingerprint = Fingerprint::new();
    fingerprint.update(bytes);
    fingerprint.finish()
}

/// [`fingerprint`] fed piece by piece, so a whole document never has to be
/// copied into one buffer to be hashed; the same bytes in any split give the
/// same result.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fingerprint {
    a: u64,
    b: u64,
}

impl Fingerprint {
    pub(super) fn new() -> Self {
        Self {
            a: FNV_OFFSET,
            b: FNV_OFFSET ^ 0x9e37_79b9_7f4a_7c15,
        }
    }

    pub(super) fn update(&mut self, bytes: &[u8]) {
        self.a = fnv1a(self.a, bytes);
        self.b = fnv1a(self.b, bytes);
    }

    pub(super) fn finish(self) -> [u8; 16] {
        let mut out = [0; 16];
        out[..8].copy_from_slice(&mix(self.a).to_be_bytes());
        out[8..].copy_from_slice(&mix(self.b).to_be_bytes());
        out
    }
}

/// The splitmix64 finaliser.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_the_reference_values() {
        // From the FNV reference test suite.
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(FNV_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fingerprints_differ_for_different_input() {
        assert_ne!(fingerprint(b"page 1"), fingerprint(b"page 2"));
        assert_eq!(fingerprint(b"same"), fingerprint(b"same"));
        let mut split = Fingerprint::new();
        split.update(b"pa");
        split.update(b"ge 1");
        assert_eq!(split.finish(), fingerprint(b"page 1"));
    }
}
