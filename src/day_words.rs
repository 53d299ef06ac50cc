//! Days as people say them after a shift: `idag`, `igår`, `i förrgår`,
//! `fredag` (the most recent Friday, today included), `i fredags` (the
//! Friday before today), `today`, `yesterday`, `friday`, `last friday`,
//! and ISO dates `2021-03-12`.
//!
//! Pure: "today" is a parameter (`LOFTEN_TODAY` fixes it for tests). Both
//! `loften log --date` and the interactive `log` read dates here.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::i18n::Text;
use crate::names::fold;
use crate::text;

/// The day `typed` means, seen from `today`.
pub fn parse_day(typed: &str, today: NaiveDate) -> Result<NaiveDate, Text> {
    let folded = fold(typed);
    let days_back = |n: u64| today.checked_sub_days(Days::new(n));
    let found = match folded.as_str() {
        "idag" | "i dag" | "today" => Some(today),
        "igar" | "i gar" | "yesterday" => days_back(1),
        "i forrgar" | "iforrgar" | "forrgar" | "the day before yesterday" => days_back(2),
        // ISO dates through the log's one date parser (four-digit years).
        _ => crate::activity::parse_date(typed.trim()).or_else(|| weekday_phrase(&folded, today)),
    };
    found.ok_or_else(|| {
        let typed = typed.trim();
        text!("day-not-a-date", typed = format!("{typed:?}"))
    })
}

/// `fredag`/`friday` (today included) or `i fredags`/`last friday`
/// (before today).
fn weekday_phrase(folded: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(rest) = folded.strip_prefix("i ") {
        let day = weekday(rest.strip_suffix('s')?)?;
        return most_recent(day, today, false);
    }
    if let Some(rest) = folded.strip_prefix("last ") {
        return most_recent(weekday(rest)?, today, false);
    }
    most_recent(weekday(folded)?, today, true)
}

/// A weekday's name or its three-letter short form, Swedish or English,
/// folded.
fn weekday(folded: &str) -> Option<Weekday> {
    use Weekday::*;
    Some(match folded {
        "mandag" | "man" | "monday" | "mon" => Mon,
        "tisdag" | "tis" | "tuesday" | "tue" => Tue,
        "onsdag" | "ons" | "wednesday" | "wed" => Wed,
        "torsdag" | "tor" | "thursday" | "thu" => Thu,
        "fredag" | "fre" | "friday" | "fri" => Fri,
        "lordag" | "lor" | "saturday" | "sat" => Sat,
        "sondag" | "son" | "sunday" | "sun" => Sun,
        _ => return None,
    })
}

/// The latest `day` on or before `today` (`include_today`), or before it.
fn most_recent(day: Weekday, today: NaiveDate, include_today: bool) -> Option<NaiveDate> {
    let mut back = (7 + today.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    if back == 0 && !include_today {
        back = 7;
    }
    today.checked_sub_days(Days::new(u64::from(back)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// 2021-03-17 is a Wednesday.
    const TODAY: &str = "2021-03-17";

    fn parsed(typed: &str) -> NaiveDate {
        parse_day(typed, day(TODAY)).unwrap_or_else(|e| panic!("{typed}: {e}"))
    }

    #[test]
    fn relative_days_in_both_languages() {
        for (typed, expected) in [
            ("idag", TODAY),
            ("I dag", TODAY),
            ("today", TODAY),
            ("igår", "2021-03-16"),
            ("i går", "2021-03-16"),
            ("igar", "2021-03-16"),
            ("Yesterday", "2021-03-16"),
            ("i förrgår", "2021-03-15"),
            ("förrgår", "2021-03-15"),
            (" 2021-03-02 ", "2021-03-02"),
        ] {
            assert_eq!(parsed(typed), day(expected), "{typed}");
        }
    }

    #[test]
    fn weekdays_mean_the_most_recent_one() {
        for (typed, expected) in [
            ("onsdag", TODAY),
            ("Wednesday", TODAY),
            ("i onsdags", "2021-03-10"),
            ("last wednesday", "2021-03-10"),
            ("tisdag", "2021-03-16"),
            ("måndag", "2021-03-15"),
            ("mån", "2021-03-15"),
            ("fredag", "2021-03-12"),
            ("i fredags", "2021-03-12"),
            ("fri", "2021-03-12"),
            ("Lördag", "2021-03-13"),
            ("söndag", "2021-03-14"),
            ("torsdag", "2021-03-11"),
            ("thursday", "2021-03-11"),
        ] {
            assert_eq!(parsed(typed), day(expected), "{typed}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_the_forms() {
        for typed in ["", "imorgon", "2021-13-01", "fredagen", "i fredag", "17/3"] {
            let e = parse_day(typed, day(TODAY)).unwrap_err();
            assert_eq!(e.id(), Some("day-not-a-date"), "{typed}: {e}");
            assert!(e.sv().contains("i förrgår"), "{typed}");
        }
    }
}
