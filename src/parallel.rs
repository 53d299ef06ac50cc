//! Independent work over many items on every core, the results in the
//! items' order: what evaluating and wording a plan of a thousand
//! measures needs, each measure on its own. Few items stay on the
//! calling thread (starting threads would cost more than it saves).

/// The number of cores to work on, asked of the system once (on Linux
/// that reads the cgroup's quota files every time it is asked).
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// `work` applied to every item, in the items' order: the items cut into
/// one run per core when there are at least `smallest` items a core,
/// each run on a thread of its own.
pub fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    smallest: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    match share(items.len(), smallest) {
        None => items.iter().map(work).collect(),
        Some(share) => on_threads(items.chunks(share).collect(), |run| {
            run.iter().map(&work).collect()
        }),
    }
}

/// [`map_in_order`] on items each worked on in place.
pub fn map_in_order_mut<T: Send, R: Send>(
    items: &mut [T],
    smallest: usize,
    work: impl Fn(&mut T) -> R + Sync,
) -> Vec<R> {
    match share(items.len(), smallest) {
        None => items.iter_mut().map(work).collect(),
        Some(share) => on_threads(items.chunks_mut(share).collect(), |run| {
            run.iter_mut().map(&work).collect()
        }),
    }
}

/// How many items a core's run holds, or `None` to stay on this thread
/// (one core, or fewer than `smallest` items a core).
fn share(items: usize, smallest: usize) -> Option<usize> {
    let cores = cores();
    (cores >= 2 && items >= smallest.max(1) * 2).then(|| items.div_ceil(cores))
}

/// Each run worked on by `work` on a thread of its own, the results in
/// the runs' order.
fn on_threads<C: Send, R: Send>(runs: Vec<C>, work: impl Fn(C) -> Vec<R> + Sync) -> Vec<R> {
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = runs
            .into_iter()
            .map(|run| scope.spawn(move || work(run)))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("a worker does not panic"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_whatever_their_number() {
        for n in [0usize, 1, 3, 64, 1001] {
            let items: Vec<usize> = (0..n).collect();
            let squares = map_in_order(&items, 8, |i| i * i);
            assert_eq!(squares, items.iter().map(|i| i * i).collect::<Vec<_>>());
        }
    }

    #[test]
    fn items_worked_on_in_place_are_each_worked_on_once() {
        for n in [0usize, 5, 1001] {
            let mut items: Vec<usize> = (0..n).collect();
            let before = map_in_order_mut(&mut items, 8, |i| {
                let was = *i;
                *i += 1;
                was
            });
            assert_eq!(before, (0..n).collect::<Vec<_>>());
            assert_eq!(items, (1..=n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn few_items_stay_on_the_calling_thread_and_many_are_shared() {
        let here = std::thread::current().id();
        let few = map_in_order(&[1, 2, 3], 8, |_| std::thread::current().id());
        assert!(few.iter().all(|id| *id == here));
        let items: Vec<usize> = (0..1000).collect();
        let many = map_in_order(&items, 8, |_| std::thread::current().id());
        let threads: std::collections::HashSet<_> = many.iter().collect();
        if cores() > 1 {
            assert_eq!(threads.len(), cores().min(1000));
            assert!(!threads.contains(&here));
        } else {
            assert_eq!(threads.len(), 1);
        }
    }
}
