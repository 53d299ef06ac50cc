//! The values of the command line's flags, each kind parsed by one
//! function, once, at the top of a command: a day (`--date`, `--at`,
//! `--from`, `--to`: an ISO date or day words such as `igår`, `fredag`,
//! seen from today), a year (`--year`), and the span of a grid
//! (`--year`, `--tertial`, `--quarter`).
//!
//! Pure: today is a parameter. A refusal names the flag and the value and
//! says what to write, in both languages.

use chrono::NaiveDate;

use crate::day_words::parse_day;
use crate::error::Error;
use crate::period::{Period, PeriodKind, calendar_period, parse_period_key};
use crate::text;

/// The day `typed` after `flag` means, seen from `today`: `2021-03-12`,
/// `today`, `igår`, `fredag`, `i fredags`, ...
pub fn day(flag: &str, typed: &str, today: NaiveDate) -> Result<NaiveDate, Error> {
    parse_day(typed, today).map_err(|problem| Error::Refused(text!("flag-problem", flag, problem)))
}

/// The day of an optional `flag`, or `default` without one.
pub fn day_or(
    flag: &str,
    typed: Option<&str>,
    today: NaiveDate,
    default: NaiveDate,
) -> Result<NaiveDate, Error> {
    typed.map_or(Ok(default), |typed| day(flag, typed, today))
}

/// The year `typed` after `flag`: four digits, 1900 to 9999.
pub fn year(flag: &str, typed: &str) -> Result<i32, Error> {
    let trimmed = typed.trim();
    match trimmed.parse::<i32>() {
        Ok(year) if trimmed.len() == 4 && (1900..=9999).contains(&year) => Ok(year),
        _ => Err(Error::Refused(text!("flag-year-four-digits", flag, typed))),
    }
}

/// The span of a grid: `--year 2021`, `--tertial 2021-1` or `--quarter
/// 2021-2` (at most one is given; clap refuses two); `None` without any.
pub fn grid_span(
    year_flag: Option<&str>,
    tertial: Option<&str>,
    quarter: Option<&str>,
) -> Result<Option<Period>, Error> {
    if let Some(typed) = year_flag {
        let y = year("--year", typed)?;
        let first = NaiveDate::from_ymd_opt(y, 1, 1).expect("a year from 1900 to 9999");
        return Ok(calendar_period(PeriodKind::Year, first));
    }
    let (typed, key, flag, example) = if let Some(t) = tertial {
        (t, t.trim().replacen('-', "-T", 1), "--tertial", "2021-1")
    } else if let Some(q) = quarter {
        (q, q.trim().replacen('-', "-Q", 1), "--quarter", "2021-2")
    } else {
        return Ok(None);
    };
    match parse_period_key(&key).filter(|_| key.len() == 7) {
        Some(period) => Ok(Some(period)),
        None => Err(Error::Refused(text!(
            "flag-period-example",
            flag,
            typed,
            example
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn refusal(e: Error) -> Text {
        match e {
            Error::Refused(text) => text,
            other => panic!("not a refusal: {other:?}"),
        }
    }

    #[test]
    fn a_day_is_an_iso_date_or_day_words_from_today() {
        let today = d("2021-03-15"); // a Monday
        assert_eq!(day("--at", "2021-03-02", today).unwrap(), d("2021-03-02"));
        assert_eq!(day("--at", "igår", today).unwrap(), d("2021-03-14"));
        assert_eq!(day("--to", "yesterday", today).unwrap(), d("2021-03-14"));
        assert_eq!(day("--from", "i fredags", today).unwrap(), d("2021-03-12"));
        let no = refusal(day("--at", "2021-02-30", today).unwrap_err());
        assert!(
            no.en().starts_with("--at: \"2021-02-30\" is not a date"),
            "{}",
            no.en()
        );
        assert!(
            no.sv().starts_with("--at: \"2021-02-30\" är inget datum"),
            "{}",
            no.sv()
        );
        assert_eq!(
            day_or("--at", None, today, d("2020-01-01")).unwrap(),
            d("2020-01-01")
        );
    }

    #[test]
    fn a_year_has_four_digits() {
        assert_eq!(year("--year", " 2021 ").unwrap(), 2021);
        for bad in ["21", "20211", "year", "1899", ""] {
            let no = refusal(year("--year", bad).unwrap_err());
            assert_eq!(
                no.en(),
                format!("--year {bad}: write the year with four digits, e.g. --year 2021")
            );
        }
    }

    #[test]
    fn a_grid_span_is_a_year_a_tertial_or_a_quarter() {
        let year = grid_span(Some("2021"), None, None).unwrap().unwrap();
        assert_eq!(
            (year.kind, year.key()),
            (PeriodKind::Year, "2021".to_string())
        );
        let t = grid_span(None, Some("2021-2"), None).unwrap().unwrap();
        assert_eq!(t.key(), "2021-T2");
        let q = grid_span(None, None, Some("2021-4")).unwrap().unwrap();
        assert_eq!(
            (q.range.start, q.range.end),
            (d("2021-10-01"), d("2021-12-31"))
        );
        assert_eq!(grid_span(None, None, None).unwrap(), None);
        let no = refusal(grid_span(None, Some("2021-4"), None).unwrap_err());
        assert_eq!(no.en(), "--tertial 2021-4: write e.g. --tertial 2021-1");
        let no = refusal(grid_span(None, None, Some("2021")).unwrap_err());
        assert_eq!(no.en(), "--quarter 2021: write e.g. --quarter 2021-2");
    }
}
