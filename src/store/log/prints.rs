//! The id prints of the one pass ([`super::tally`]): 5 bytes a row, kept
//! piece by piece in 256 buckets by the print's top byte (sorted by the
//! thread that read the piece, while the piece is in its cache, the top
//! byte then told by the bucket), and the prints on more than one row,
//! found bucket by bucket on every core.

use std::collections::HashSet;

use crate::fast_hash::FxBuild;

/// A row's id as the one pass gathers it, 6 bytes: a 40-bit print of the
/// id (as the typed row trims it) and the piece's number modulo 256,
/// which with the pieces' count tells the few pieces that may hold the
/// row. Two rows with equal prints are looked at again; at a million rows
/// two different ids share a print about once in two logs, which costs a
/// piece read again, never a wrong count.
type IdEntry = [u8; 6];

/// An entry once in its bucket: the entry without its top byte (the
/// bucket's number).
type KeptEntry = [u8; 5];

/// The entry of an id print in piece `number`.
fn id_entry(print: u64, number: usize) -> IdEntry {
    let whole = (print << 8) | (number as u64 & 0xFF);
    let bytes = whole.to_be_bytes();
    [bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]]
}

/// An entry's id print and piece number modulo 256.
fn id_of(entry: &IdEntry) -> (u64, usize) {
    let mut bytes = [0u8; 8];
    bytes[2..].copy_from_slice(entry);
    let whole = u64::from_be_bytes(bytes);
    (whole >> 8, (whole & 0xFF) as usize)
}

/// The bucket of an entry: the top byte of its print.
fn bucket_of(entry: &IdEntry) -> usize {
    usize::from(entry[0])
}

/// A kept entry's id print and piece number modulo 256.
fn kept_of(bucket: usize, kept: &KeptEntry) -> (u64, usize) {
    let mut entry = [0u8; 6];
    entry[0] = bucket as u8;
    entry[1..].copy_from_slice(kept);
    id_of(&entry)
}

/// The entries of one piece: gathered as its rows are read, then put in
/// bucket order ([`PieceIds::bucketed`]).
#[derive(Debug, Default)]
pub(super) struct PieceIds {
    /// The entries as gathered (none once bucketed).
    gathered: Vec<IdEntry>,
    /// The entries in bucket order, without their bucket byte.
    kept: Vec<KeptEntry>,
    /// Where each bucket starts in `kept` (and, last, their count), once
    /// bucketed.
    starts: Vec<u32>,
}

impl PieceIds {
    /// Adds the entry of a row of piece `number` whose id has `print`.
    pub(super) fn push(&mut self, print: u64, number: usize) {
        self.gathered.push(id_entry(print, number));
    }

    /// The entries in bucket order (each moved once, a counting sort).
    pub(super) fn bucketed(self) -> PieceIds {
        let mut starts = vec![0u32; 257];
        for entry in &self.gathered {
            starts[bucket_of(entry) + 1] += 1;
        }
        for bucket in 0..256 {
            starts[bucket + 1] += starts[bucket];
        }
        let mut next = starts.clone();
        let mut kept = vec![[0u8; 5]; self.gathered.len()];
        for entry in &self.gathered {
            let at = &mut next[bucket_of(entry)];
            kept[*at as usize].copy_from_slice(&entry[1..]);
            *at += 1;
        }
        PieceIds {
            gathered: Vec::new(),
            kept,
            starts,
        }
    }

    /// The (print, piece residue) of the entries of `bucket` (none before
    /// [`PieceIds::bucketed`]).
    fn bucket(&self, bucket: usize) -> impl Iterator<Item = (u64, usize)> + '_ {
        let kept = match self.starts.get(bucket..bucket + 2) {
            Some(&[from, to]) => &self.kept[from as usize..to as usize],
            _ => &[],
        };
        kept.iter().map(move |entry| kept_of(bucket, entry))
    }
}

/// Every piece's entries, bucketed, in the pieces' order.
#[derive(Debug, Default)]
pub(super) struct IdPrints {
    pieces: Vec<PieceIds>,
}

impl IdPrints {
    /// Takes a piece's bucketed entries.
    pub(super) fn push(&mut self, piece: PieceIds) {
        debug_assert!(piece.gathered.is_empty());
        self.pieces.push(piece);
    }

    /// Every entry, as (print, piece residue).
    pub(super) fn iter(&self) -> impl Iterator<Item = (u64, usize)> + '_ {
        self.pieces
            .iter()
            .flat_map(|piece| (0..256).flat_map(move |bucket| piece.bucket(bucket)))
    }

    /// Every entry whose print is on more than one entry, as (print,
    /// piece residue): found bucket by bucket in a small hash set (a
    /// bucket fits in the cache), on every core, in bucket order.
    pub(super) fn repeated(&self) -> Vec<(u64, usize)> {
        let threads = crate::parallel::cores();
        let buckets: Vec<usize> = (0..256).collect();
        let share = buckets.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let workers: Vec<_> = buckets
                .chunks(share)
                .map(|group| scope.spawn(move || self.repeated_in(group)))
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| worker.join().expect("a bucket worker does not panic"))
                .collect()
        })
    }

    /// [`IdPrints::repeated`] in these buckets.
    fn repeated_in(&self, buckets: &[usize]) -> Vec<(u64, usize)> {
        let mut found = Vec::new();
        let mut seen: HashSet<u64, FxBuild> = HashSet::default();
        let mut twice: HashSet<u64, FxBuild> = HashSet::default();
        for &bucket in buckets {
            seen.clear();
            twice.clear();
            let entries = || self.pieces.iter().flat_map(|p| p.bucket(bucket));
            for (print, _) in entries() {
                if !seen.insert(print) {
                    twice.insert(print);
                }
            }
            if !twice.is_empty() {
                found.extend(entries().filter(|(print, _)| twice.contains(print)));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The entries of prints on more than one entry are found, each
        /// with its piece, as sorting all entries by print would find them,
        /// however the entries are cut into pieces.
        #[test]
        fn repeated_entries_are_those_sorting_finds(
            entries in proptest::collection::vec((0u64..(1 << 40), 0usize..256), 0..400),
            repeats in proptest::collection::vec((0usize..400, 0usize..256), 0..40),
            cuts in proptest::collection::vec(0usize..500, 0..6),
        ) {
            let mut all: Vec<(u64, usize)> = entries.clone();
            for (which, piece) in repeats {
                if let Some(&(print, _)) = entries.get(which) {
                    all.push((print, piece));
                }
            }
            // Prints that differ only in their low bits share a bucket.
            all.extend(entries.iter().take(5).map(|(p, n)| (p ^ 1, *n)));
            let mut prints = IdPrints::default();
            let mut piece = PieceIds::default();
            for (i, &(p, n)) in all.iter().enumerate() {
                if cuts.contains(&i) {
                    prints.push(std::mem::take(&mut piece).bucketed());
                }
                piece.push(p, n);
            }
            prints.push(piece.bucketed());
            let mut every: Vec<(u64, usize)> = prints.iter().collect();
            every.sort_unstable();
            let mut gathered: Vec<(u64, usize)> = all.iter().map(|&(p, n)| (p, n % 256)).collect();
            gathered.sort_unstable();
            prop_assert_eq!(every, gathered);
            let mut found = prints.repeated();
            found.sort_unstable();
            let mut expected: Vec<(u64, usize)> = all
                .iter()
                .filter(|(p, _)| all.iter().filter(|(q, _)| q == p).count() > 1)
                .copied()
                .collect();
            expected.sort_unstable();
            prop_assert_eq!(found, expected);
        }

        #[test]
        fn an_entry_keeps_its_print_and_piece(print in 0u64..(1 << 40), piece in 0usize..100_000) {
            prop_assert_eq!(id_of(&id_entry(print, piece)), (print, piece % 256));
        }
    }
}
