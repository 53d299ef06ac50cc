//! Row ids and recording times.
//!
//! An id is `YYYYMMDD-HHMMSS-xxxxxxxx`: the local time the row was recorded
//! and eight lower-case hex digits. Ids sort by the time they were recorded
//! and are unique in practice: the hex part hashes the clock's nanoseconds,
//! the process id and a per-process counter with std's randomly keyed
//! hasher, so two people logging in the same second still get different
//! ids (a collision needs the same 32 bits by chance: about one in four
//! billion per pair of rows in the same second).

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Local, SecondsFormat, TimeZone};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A new id for a row recorded at `now`.
pub fn new_id<Tz: TimeZone>(now: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let mut hasher = RandomState::new().build_hasher();
    now.timestamp_nanos_opt().hash(&mut hasher);
    now.timestamp().hash(&mut hasher);
    std::process::id().hash(&mut hasher);
    COUNTER.fetch_add(1, Ordering::Relaxed).hash(&mut hasher);
    let random = hasher.finish() as u32;
    format!("{}-{random:08x}", now.format("%Y%m%d-%H%M%S"))
}

/// The recording time as RFC 3339 with the local offset:
/// `2021-03-02T10:11:12+01:00`.
pub fn recorded_at<Tz: TimeZone>(now: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    now.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// A fresh id and recording time, from the clock.
pub fn stamp() -> (String, String) {
    let now = Local::now();
    (new_id(&now), recorded_at(&now))
}

#[cfg(test)]
/// Whether `id` has the form of a generated id.
pub fn is_generated_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    bytes.len() == 24
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 15 => *b == b'-',
            0..=14 => b.is_ascii_digit(),
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(b),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn ids_have_their_form_and_sort_by_time() {
        let early = new_id(&at("2021-03-02T09:05:07+01:00"));
        let late = new_id(&at("2021-03-02T10:00:00+01:00"));
        assert!(early.starts_with("20210302-090507-"), "{early}");
        assert!(is_generated_id(&early), "{early}");
        assert!(early < late);
    }

    #[test]
    fn ids_in_the_same_second_differ() {
        let now = at("2021-03-02T09:05:07+01:00");
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| new_id(&now)).collect();
        assert_eq!(ids.len(), 1000);
    }

    #[test]
    fn recorded_at_is_rfc3339_with_offset() {
        assert_eq!(
            recorded_at(&at("2021-03-02T09:05:07.123+01:00")),
            "2021-03-02T09:05:07+01:00"
        );
    }

    #[test]
    fn generated_id_form() {
        assert!(is_generated_id("20210302-090507-0a1b2c3d"));
        assert!(!is_generated_id("20210302-090507-0A1B2C3D"));
        assert!(!is_generated_id("20210302-090507-0a1b2c3"));
        assert!(!is_generated_id("2021030-2090507-0a1b2c3d"));
    }
}
