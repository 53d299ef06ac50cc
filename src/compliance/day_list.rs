//! A measure's days in date order, as the [`super::tally::Tally`] keeps
//! them: one sorted `Vec` of (day, totals), not a tree.
//!
//! Evaluation reads a measure's days as a run of a date range, many times
//! (every period, the year so far, the gaps): a slice of a sorted `Vec`,
//! found by two binary searches, is the cheapest such run. Reading the log
//! adds days mostly in date order (a file a year, rows appended as they
//! happen), and each part of the log arrives sorted
//! ([`super::tally::TallyPart`] sorts its days on the thread that read
//! it), so that merging a part into the list is an append, or at worst
//! one linear merge, where a tree pays a search and a node per day. A
//! thousand measures make a thousand lists: one allocation each, where a
//! tree makes one per few days, and dropping them is as cheap.

use chrono::NaiveDate;

use crate::period::DateRange;

/// Values by day, in date order, each day once.
#[derive(Debug, Clone)]
pub struct DayList<T> {
    days: Vec<(NaiveDate, T)>,
}

impl<T> Default for DayList<T> {
    fn default() -> DayList<T> {
        DayList { days: Vec::new() }
    }
}

impl<T> IntoIterator for DayList<T> {
    type Item = (NaiveDate, T);
    type IntoIter = std::vec::IntoIter<(NaiveDate, T)>;

    /// The days in date order.
    fn into_iter(self) -> Self::IntoIter {
        self.days.into_iter()
    }
}

impl<T: Default> DayList<T> {
    /// Whether no day is held.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// Where `date` is (`Ok`) or would go (`Err`). Days mostly come in
    /// date order: a day after the last is found without a search.
    fn position(&self, date: NaiveDate) -> Result<usize, usize> {
        match self.days.last() {
            Some((last, _)) if *last < date => Err(self.days.len()),
            None => Err(0),
            Some(_) => self.days.binary_search_by_key(&date, |(day, _)| *day),
        }
    }

    /// The value of `date`, made (as the default) when it is new.
    pub fn entry(&mut self, date: NaiveDate) -> &mut T {
        let at = match self.position(date) {
            Ok(at) => at,
            Err(at) => {
                self.days.insert(at, (date, T::default()));
                at
            }
        };
        &mut self.days[at].1
    }

    /// The value of `date`, if it is held.
    pub fn get_mut(&mut self, date: NaiveDate) -> Option<&mut T> {
        let at = self.position(date).ok()?;
        Some(&mut self.days[at].1)
    }

    /// Takes `date` out, if it is held.
    pub fn remove(&mut self, date: NaiveDate) {
        if let Ok(at) = self.position(date) {
            self.days.remove(at);
        }
    }

    /// The days in `range`, in date order.
    pub fn range(&self, range: DateRange) -> &[(NaiveDate, T)] {
        let from = self.days.partition_point(|(day, _)| *day < range.start);
        let to = self.days.partition_point(|(day, _)| *day <= range.end);
        &self.days[from..to.max(from)]
    }

    /// Merges days given in date order (a day's values in the order they
    /// are to be combined, each with a `tag`) into the list: a day's
    /// values are combined into the value held, or the default, in that
    /// order. Runs of days (each in date order, a day once in a run) put
    /// in date order this way, ties kept in the runs' order, merge as
    /// [`DayList::merge_in`] of each run in turn would, in one pass over
    /// the list where merging run by run passes over it once a run.
    pub fn merge_sorted<S>(
        &mut self,
        days: impl IntoIterator<Item = (NaiveDate, S, T)>,
        mut combine: impl FnMut(&mut T, S, T),
    ) {
        let days = days.into_iter();
        let held = std::mem::take(&mut self.days);
        self.days.reserve(held.len() + days.size_hint().0);
        let mut held = held.into_iter().peekable();
        for (date, tag, value) in days {
            while let Some(before) = held.next_if(|(day, _)| *day < date) {
                self.days.push(before);
            }
            match self.days.last_mut() {
                Some((last, combined)) if *last == date => combine(combined, tag, value),
                _ => {
                    let (_, mut combined) = held
                        .next_if(|(day, _)| *day == date)
                        .unwrap_or_else(|| (date, T::default()));
                    combine(&mut combined, tag, value);
                    self.days.push((date, combined));
                }
            }
        }
        self.days.extend(held);
    }

    /// Merges `run` (in date order, each day once) into the list: a day
    /// already held gets `combine(held, new)`, a new day
    /// `combine(default, new)`. A run after the last day held is appended;
    /// any other is merged in one pass over it and the days held from its
    /// first day on.
    pub fn merge_in(
        &mut self,
        run: impl IntoIterator<Item = (NaiveDate, T)>,
        mut combine: impl FnMut(&mut T, T),
    ) {
        let mut run = run.into_iter().peekable();
        let Some((first, _)) = run.peek() else {
            return;
        };
        let fresh = |(date, value): (NaiveDate, T), combine: &mut dyn FnMut(&mut T, T)| {
            let mut held = T::default();
            combine(&mut held, value);
            (date, held)
        };
        if self.days.last().is_none_or(|(last, _)| last < first) {
            self.days.extend(run.map(|day| fresh(day, &mut combine)));
            return;
        }
        // The days before the run's first stay where they are; only the
        // rest is merged (a part of a year file meets that year's days,
        // not every year's before it).
        let from = self.days.partition_point(|(day, _)| day < first);
        let held = self.days.split_off(from);
        self.days.reserve(held.len() + run.size_hint().0);
        let mut held = held.into_iter().peekable();
        loop {
            let take_held = match (held.peek(), run.peek()) {
                (None, None) => break,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (Some((h, _)), Some((r, _))) => h <= r,
            };
            if !take_held {
                let day = run.next().expect("peeked");
                self.days.push(fresh(day, &mut combine));
                continue;
            }
            let (date, mut value) = held.next().expect("peeked");
            if let Some((_, new)) = run.next_if(|(r, _)| *r == date) {
                combine(&mut value, new);
            }
            self.days.push((date, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Days::new(u64::from(n))
    }

    fn pairs(list: &DayList<u64>) -> Vec<(NaiveDate, u64)> {
        list.days.clone()
    }

    #[test]
    fn entries_keep_date_order_whatever_order_they_come_in() {
        let mut list = DayList::<u64>::default();
        for n in [5, 1, 9, 5, 3] {
            *list.entry(day(n)) += u64::from(n);
        }
        assert_eq!(
            pairs(&list),
            vec![(day(1), 1), (day(3), 3), (day(5), 10), (day(9), 9)]
        );
        list.remove(day(3));
        list.remove(day(4));
        assert_eq!(list.get_mut(day(3)), None);
        assert_eq!(list.get_mut(day(9)).copied(), Some(9));
    }

    #[test]
    fn a_range_is_its_days_both_ends_included() {
        let mut list = DayList::<u64>::default();
        for n in [1, 3, 5, 7] {
            *list.entry(day(n)) = u64::from(n);
        }
        let range = |a, b| DateRange::new(day(a), day(b)).unwrap();
        let days = |r| list.range(r).iter().map(|(_, v)| *v).collect::<Vec<_>>();
        assert_eq!(days(range(3, 5)), vec![3, 5]);
        assert_eq!(days(range(2, 6)), vec![3, 5]);
        assert_eq!(days(range(8, 9)), Vec::<u64>::new());
        assert_eq!(days(range(0, 0)), Vec::<u64>::new());
        assert_eq!(days(range(0, 9)), vec![1, 3, 5, 7]);
    }

    proptest! {
        /// Merging runs gives what adding every day to a map gives, in
        /// the order the runs come: an append or a merge alike.
        #[test]
        fn merged_runs_are_the_map_of_all_their_days(
            runs in proptest::collection::vec(
                proptest::collection::btree_map(0u32..60, 1u64..5, 0..20), 0..6),
        ) {
            let mut list = DayList::<Vec<u64>>::default();
            let mut expected: BTreeMap<NaiveDate, Vec<u64>> = BTreeMap::new();
            for run in &runs {
                for (n, v) in run {
                    expected.entry(day(*n)).or_default().push(*v);
                }
                list.merge_in(
                    run.iter().map(|(n, v)| (day(*n), vec![*v])),
                    |held, new| held.extend(new),
                );
            }
            let expected: Vec<(NaiveDate, Vec<u64>)> = expected.into_iter().collect();
            prop_assert_eq!(list.days, expected);
        }

        /// Merging runs at once gives what merging them one by one gives,
        /// each value combined with its tag, into a list held before.
        #[test]
        fn runs_merged_at_once_are_runs_merged_one_by_one(
            held in proptest::collection::btree_map(0u32..60, 1u64..5, 0..20),
            runs in proptest::collection::vec(
                proptest::collection::btree_map(0u32..60, 1u64..5, 0..20), 0..6),
        ) {
            let start = || {
                let mut list = DayList::<Vec<(usize, u64)>>::default();
                list.merge_in(held.iter().map(|(n, v)| (day(*n), vec![(99, *v)])), |a, b| a.extend(b));
                list
            };
            // The runs repeated, so that a day has values from many.
            for copies in [1, 4] {
                let mut at_once = start();
                let mut expected = start();
                let all: Vec<_> = (0..copies).flat_map(|_| runs.iter()).enumerate().collect();
                for (tag, run) in &all {
                    expected.merge_in(
                        run.iter().map(|(n, v)| (day(*n), vec![(*tag, *v)])),
                        |held, new| held.extend(new),
                    );
                }
                let mut given: Vec<_> = all
                    .iter()
                    .flat_map(|(tag, run)| run.iter().map(move |(n, v)| (day(*n), *tag, vec![(*tag, *v)])))
                    .collect();
                given.sort_by_key(|(date, _, _)| *date);
                at_once.merge_sorted(given, |held, tag, new: Vec<(usize, u64)>| {
                    assert!(new.iter().all(|(t, _)| *t == tag));
                    held.extend(new);
                });
                prop_assert_eq!(at_once.days, expected.days);
            }
        }
    }
}
