//! Small, fast hashing for the hot paths of reading the log: an Fx-style
//! hasher for short keys (measure ids, days) and a 64-bit mix of a byte
//! string (row ids). Not for untrusted keys that an attacker picks to
//! collide: a log is the user's own file.

use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hasher (as in rustc): a rotate, xor and multiply per word.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(word);
            self.add(u64::from_le_bytes(eight));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut eight = [0u8; 8];
            eight[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(eight));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_i32(&mut self, n: i32) {
        self.add(u64::from(n as u32));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// Builds [`FxHasher`]s, for `HashMap::with_hasher`.
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// The odd constant of [`mix64`]'s multiplies (the golden ratio's bits).
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// The 128-bit product of `a` and `b`, its halves folded by xor: every
/// bit of the result depends on every bit of both.
fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// A well-mixed 64-bit hash of `bytes`: each 8-byte word folded in with a
/// full 64×64→128-bit multiply (Fx's rotate-xor-multiply lets ids that
/// differ in two words collide: "2020-001600" and "2020-009900" did), then
/// a final avalanche (MurmurHash3's), so that every bit depends on every
/// byte and any 40 of the 64 bits are as good as any other.
pub fn mix64(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64) ^ SEED;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        h = folded_multiply(h ^ u64::from_le_bytes(eight), MIX);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut eight = [0u8; 8];
        eight[..rest.len()].copy_from_slice(rest);
        h = folded_multiply(h ^ u64::from_le_bytes(eight), MIX);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn mix64_tells_near_ids_apart_in_their_top_bits() {
        let ids: HashSet<u64> = (0..100_000)
            .map(|i| mix64(format!("20210302-101112-{i:08x}").as_bytes()) >> 16)
            .collect();
        assert_eq!(ids.len(), 100_000);
        assert_ne!(mix64(b"ab"), mix64(b"ab\0"));
        assert_ne!(mix64(b"2020-001600"), mix64(b"2020-009900"));
    }

    /// Ids a person or a script numbers (a year and a counter, the form
    /// `bench/run` writes) keep distinct 40-bit prints, as the id prints
    /// of the one pass need: Fx words let 2,400 of these 100,000 share.
    #[test]
    fn mix64_tells_numbered_ids_apart_in_their_top_40_bits() {
        let mut prints = HashSet::new();
        for year in 2019..2024 {
            for i in 0..20_000 {
                prints.insert(mix64(format!("{year}-{i:06}").as_bytes()) >> 24);
            }
        }
        assert_eq!(prints.len(), 100_000);
        let short: HashSet<u64> = (0..100_000u32)
            .map(|i| mix64(i.to_string().as_bytes()) >> 24)
            .collect();
        assert_eq!(short.len(), 100_000);
        assert_ne!(mix64(b""), mix64(b"\0"));
    }
}
