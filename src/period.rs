//! Calendar periods: day, ISO week, month, tertial, quarter, school term,
//! half-year and year, plus the whole validity window of a measure.
//!
//! Pure date arithmetic, no clock: every function takes the dates it needs.
//! A period is an inclusive range of days with a kind; it can be clipped to
//! the agreement and to a measure's validity, and it has a stable key
//! (`2021-03`, `2021-W12`, `2021-T1`, `2021-Q2`, `2021-VT`, `2021-H1`,
//! `2021`) that people type (`loften excuse`) and scripts read.
//!
//! School terms follow the Swedish school year: the spring term (*vårtermin*,
//! VT) is January to June and the autumn term (*hösttermin*, HT) August to
//! December. July is summer break and lies in no term.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// An inclusive range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct DateRange {
    /// The first day.
    pub start: NaiveDate,
    /// The last day, included.
    pub end: NaiveDate,
}

impl DateRange {
    /// A range from `start` to `end`, both included. `None` when `end` is
    /// before `start`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<DateRange> {
        (start <= end).then_some(DateRange { start, end })
    }

    /// Whether `date` lies in the range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The number of days in the range, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// The days both ranges share, if any.
    pub fn intersect(&self, other: &DateRange) -> Option<DateRange> {
        DateRange::new(self.start.max(other.start), self.end.min(other.end))
    }

    /// Whether the two ranges share at least one day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.intersect(other).is_some()
    }

    /// The part of the range that can hold a period belonging to `year`:
    /// the calendar year with a week's margin on either side, for ISO
    /// weeks that straddle New Year. `None` when the range misses it.
    pub fn around_year(&self, year: i32) -> Option<DateRange> {
        let margin = Days::new(7);
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
        let around = DateRange {
            start: first.checked_sub_days(margin).unwrap_or(NaiveDate::MIN),
            end: last.checked_add_days(margin).unwrap_or(NaiveDate::MAX),
        };
        self.intersect(&around)
    }
}

/// The kinds of period a frequency can count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodKind {
    /// One calendar day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A tertial: January–April, May–August, September–December.
    Tertial,
    /// A calendar quarter.
    Quarter,
    /// A school term: VT January–June, HT August–December.
    Term,
    /// A half-year: January–June, July–December.
    HalfYear,
    /// A calendar year.
    Year,
    /// The whole validity window of the measure, clipped to the agreement:
    /// for one-off targets such as "vid minst nio tillfällen under 2019".
    Validity,
}

impl PeriodKind {
    /// Every kind that tiles the calendar on its own (all but `Validity`).
    pub const CALENDAR: [PeriodKind; 8] = [
        PeriodKind::Day,
        PeriodKind::Week,
        PeriodKind::Month,
        PeriodKind::Tertial,
        PeriodKind::Quarter,
        PeriodKind::Term,
        PeriodKind::HalfYear,
        PeriodKind::Year,
    ];

    /// The name used in plan files, `day`, `half-year`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Day => "day",
            PeriodKind::Week => "week",
            PeriodKind::Month => "month",
            PeriodKind::Tertial => "tertial",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Term => "term",
            PeriodKind::HalfYear => "half-year",
            PeriodKind::Year => "year",
            PeriodKind::Validity => "validity",
        }
    }

    /// Whether every period of this kind lies whole in one period of
    /// `outer`, so that an average over `outer` can count whole periods of
    /// this kind: months in a tertial, quarters in a half-year, but not
    /// tertials in a quarter (nor quarters in a tertial, though a quarter is
    /// the shorter). ISO weeks may straddle a month and a year; they are
    /// allowed only in a year, the one average plans state ("i snitt per
    /// vecka över året"), counted by their ISO week-year.
    pub fn nests_in(self, outer: PeriodKind) -> bool {
        use PeriodKind::{Day, HalfYear, Month, Quarter, Term, Tertial, Validity, Week, Year};
        match (self, outer) {
            (_, Validity) | (Validity, _) => false,
            (Day, other) => other != Day,
            (Week, Year) => true,
            (Month, Tertial | Quarter | Term | HalfYear | Year) => true,
            (Tertial, Year) => true,
            (Quarter, HalfYear | Year) => true,
            (Term, HalfYear | Year) => true,
            (HalfYear, Year) => true,
            _ => false,
        }
    }
}

/// One period: a kind and the days it covers, possibly clipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// What kind of period this is.
    pub kind: PeriodKind,
    /// The days it covers (after clipping, if clipped).
    pub range: DateRange,
    /// The days of the whole calendar period before any clipping; equal to
    /// `range` for an unclipped period.
    pub full: DateRange,
}

/// A period as results carry it (`status --format json`, the grid's
/// columns): its kind, its stable key and the days it covers, clipped.
/// Data only, the same in every language; the edge words it (see
/// `crate::words::period_label`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PeriodRef {
    /// What kind of period this is: `month`, `week`, ...
    pub kind: PeriodKind,
    /// The stable key (`2021-03`), as `loften excuse` takes it.
    pub key: String,
    /// The first day.
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
}

impl PeriodRef {
    /// The period referred to: the calendar period holding `start`,
    /// clipped to `start..=end` (a validity window is its own days).
    pub fn period(&self) -> Period {
        let range = DateRange {
            start: self.start,
            end: self.end,
        };
        let full = calendar_period(self.kind, self.start).map_or(range, |p| p.full);
        Period {
            kind: self.kind,
            range,
            full,
        }
    }
}

/// The date, or `None` outside the calendar chrono knows (about ±262,000
/// years): period arithmetic stays total even at [`NaiveDate::MAX`].
fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    ymd(y, m, 1)?.pred_opt()
}

/// A block of whole months, `first`..=`last`, in `year`.
fn months(year: i32, first: u32, last: u32) -> Option<DateRange> {
    Some(DateRange {
        start: ymd(year, first, 1)?,
        end: last_of_month(year, last)?,
    })
}

/// The calendar period of `kind` holding `date`, unclipped. `None` for a
/// date in July with `Term` (summer break), always for `Validity`, which
/// is no calendar period, and for a period reaching past the first or last
/// day chrono can represent.
pub fn calendar_period(kind: PeriodKind, date: NaiveDate) -> Option<Period> {
    let year = date.year();
    let month = date.month();
    let range = match kind {
        PeriodKind::Day => DateRange {
            start: date,
            end: date,
        },
        PeriodKind::Week => {
            let back = u64::from(date.weekday().num_days_from_monday());
            let monday = date.checked_sub_days(Days::new(back))?;
            DateRange {
                start: monday,
                end: monday.checked_add_days(Days::new(6))?,
            }
        }
        PeriodKind::Month => months(year, month, month)?,
        PeriodKind::Tertial => {
            let first = (month - 1) / 4 * 4 + 1;
            months(year, first, first + 3)?
        }
        PeriodKind::Quarter => {
            let first = (month - 1) / 3 * 3 + 1;
            months(year, first, first + 2)?
        }
        PeriodKind::Term => match month {
            1..=6 => months(year, 1, 6)?,
            7 => return None,
            _ => months(year, 8, 12)?,
        },
        PeriodKind::HalfYear => {
            let first = (month - 1) / 6 * 6 + 1;
            months(year, first, first + 5)?
        }
        PeriodKind::Year => months(year, 1, 12)?,
        PeriodKind::Validity => return None,
    };
    Some(Period {
        kind,
        range,
        full: range,
    })
}

/// The period of `kind` holding `date`, clipped to `window` (the agreement
/// and the measure's validity). For `Validity` the window itself is the
/// period. `None` when `date` lies outside `window` or in no period.
pub fn period_containing(kind: PeriodKind, date: NaiveDate, window: DateRange) -> Option<Period> {
    if !window.contains(date) {
        return None;
    }
    if kind == PeriodKind::Validity {
        return Some(Period {
            kind,
            range: window,
            full: window,
        });
    }
    let period = calendar_period(kind, date)?;
    Some(Period {
        range: period.range.intersect(&window)?,
        ..period
    })
}

/// Every period of `kind` that meets `window`, in order, clipped to it.
///
/// The list grows with the window: callers that only need the periods of
/// one year clip the window to that year first (see
/// [`DateRange::around_year`]), so that a plan running for decades with a
/// daily quota costs a year's periods, not all of them.
///
/// The last few lists made on a thread are kept: the measures of a plan
/// mostly share their validity and kind of period, and a plan of a
/// thousand asks for the same list a thousand times.
pub fn periods_in(kind: PeriodKind, window: DateRange) -> Vec<Period> {
    /// How many lists a thread keeps.
    const KEPT: usize = 8;
    type Kept = Vec<((PeriodKind, DateRange), Vec<Period>)>;
    thread_local! {
        static RECENT: std::cell::RefCell<Kept> = const { std::cell::RefCell::new(Vec::new()) };
    }
    RECENT.with_borrow_mut(|recent| {
        if let Some((_, periods)) = recent.iter().find(|(key, _)| *key == (kind, window)) {
            return periods.clone();
        }
        let periods = list_periods(kind, window);
        if recent.len() == KEPT {
            recent.remove(0);
        }
        recent.push(((kind, window), periods.clone()));
        periods
    })
}

/// [`periods_in`], worked out.
fn list_periods(kind: PeriodKind, window: DateRange) -> Vec<Period> {
    let mut periods = Vec::new();
    let mut day = window.start;
    while day <= window.end {
        let next = match period_containing(kind, day, window) {
            Some(period) => {
                let end = period.range.end;
                periods.push(period);
                end.succ_opt()
            }
            // July for terms (skip to the next day), or a period that
            // would reach past the last day chrono knows.
            None => day.succ_opt(),
        };
        match next {
            Some(next) => day = next,
            None => break,
        }
    }
    periods
}

impl Period {
    /// The period's ordinal within its year: month 1–12, tertial 1–3,
    /// quarter 1–4, half 1–2, term 1 (VT) or 2 (HT), ISO week number; 0
    /// for a day, a year and a validity window.
    pub fn ordinal(&self) -> u32 {
        let start = self.full.start;
        match self.kind {
            PeriodKind::Week => start.iso_week().week(),
            PeriodKind::Month => start.month(),
            PeriodKind::Tertial => (start.month() - 1) / 4 + 1,
            PeriodKind::Quarter => (start.month() - 1) / 3 + 1,
            PeriodKind::Term | PeriodKind::HalfYear => (start.month() - 1) / 6 + 1,
            _ => 0,
        }
    }

    /// The year the period belongs to (the ISO week-year for weeks).
    pub fn year(&self) -> i32 {
        match self.kind {
            PeriodKind::Week => self.full.start.iso_week().year(),
            _ => self.full.start.year(),
        }
    }

    /// The period's stable key: `2021-03-15`, `2021-W12`, `2021-03`,
    /// `2021-T1`, `2021-Q2`, `2021-VT`, `2021-H1`, `2021`, and for a
    /// validity window `2021-01-01..2021-12-31`.
    pub fn key(&self) -> String {
        let year = self.year();
        match self.kind {
            PeriodKind::Day => self.full.start.format("%Y-%m-%d").to_string(),
            PeriodKind::Week => format!("{year}-W{:02}", self.ordinal()),
            PeriodKind::Month => format!("{year}-{:02}", self.ordinal()),
            PeriodKind::Tertial => format!("{year}-T{}", self.ordinal()),
            PeriodKind::Quarter => format!("{year}-Q{}", self.ordinal()),
            PeriodKind::Term => {
                format!("{year}-{}", if self.ordinal() == 1 { "VT" } else { "HT" })
            }
            PeriodKind::HalfYear => format!("{year}-H{}", self.ordinal()),
            PeriodKind::Year => format!("{year}"),
            PeriodKind::Validity => format!("{}..{}", self.range.start, self.range.end),
        }
    }

    /// The period as results carry it: kind, key and days, no words.
    pub fn to_ref(self) -> PeriodRef {
        PeriodRef {
            kind: self.kind,
            key: self.key(),
            start: self.range.start,
            end: self.range.end,
        }
    }
}

/// Parses a period key back into its unclipped calendar period: the
/// inverse of [`Period::key`] for calendar kinds. Accepts `2021-W12`,
/// `2021-03`, `2021-T1`, `2021-Q2`, `2021-VT`, `2021-HT`, `2021-H1`,
/// `2021` and a day `2021-03-15` (case-insensitive letters).
pub fn parse_period_key(key: &str) -> Option<Period> {
    let key = key.trim().to_ascii_uppercase();
    let (year_text, rest) = match key.split_once('-') {
        Some((y, r)) => (y, Some(r)),
        None => (key.as_str(), None),
    };
    if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = year_text.parse().ok()?;
    let number = |s: &str, max: u32| -> Option<u32> {
        let n: u32 = s.parse().ok()?;
        (1..=max).contains(&n).then_some(n)
    };
    let Some(rest) = rest else {
        return calendar_period(PeriodKind::Year, ymd(year, 1, 1)?);
    };
    let (kind, date) = if let Some(week) = rest.strip_prefix('W') {
        let week = number(week, 53)?;
        (
            PeriodKind::Week,
            NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?,
        )
    } else if let Some(t) = rest.strip_prefix('T') {
        (
            PeriodKind::Tertial,
            ymd(year, (number(t, 3)? - 1) * 4 + 1, 1)?,
        )
    } else if let Some(q) = rest.strip_prefix('Q') {
        (
            PeriodKind::Quarter,
            ymd(year, (number(q, 4)? - 1) * 3 + 1, 1)?,
        )
    } else if let Some(h) = rest.strip_prefix('H') {
        if rest == "HT" {
            (PeriodKind::Term, ymd(year, 8, 1)?)
        } else {
            (
                PeriodKind::HalfYear,
                ymd(year, (number(h, 2)? - 1) * 6 + 1, 1)?,
            )
        }
    } else if rest == "VT" {
        (PeriodKind::Term, ymd(year, 1, 1)?)
    } else if rest.len() == 2 {
        (PeriodKind::Month, ymd(year, number(rest, 12)?, 1)?)
    } else {
        let date = NaiveDate::parse_from_str(&key, "%Y-%m-%d").ok()?;
        (PeriodKind::Day, date)
    };
    calendar_period(kind, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn range(a: &str, b: &str) -> DateRange {
        DateRange::new(d(a), d(b)).unwrap()
    }

    #[test]
    fn lists_kept_on_a_thread_are_the_lists_worked_out() {
        // More windows than a thread keeps, asked for over and over.
        let kinds = [PeriodKind::Month, PeriodKind::Week, PeriodKind::Term];
        for round in 0..3 {
            for (i, kind) in kinds.iter().enumerate() {
                for year in 2019..2023 {
                    let start = d(&format!("{year}-0{}-1{}", 1 + i, round));
                    let window = DateRange::new(start, d(&format!("{}-06-30", year + 1))).unwrap();
                    assert_eq!(periods_in(*kind, window), list_periods(*kind, window));
                }
            }
        }
    }

    #[test]
    fn calendar_periods_at_their_boundaries() {
        let cases = [
            (PeriodKind::Month, "2020-02-29", "2020-02-01", "2020-02-29"),
            (PeriodKind::Month, "2021-02-28", "2021-02-01", "2021-02-28"),
            (PeriodKind::Month, "2021-12-31", "2021-12-01", "2021-12-31"),
            (PeriodKind::Week, "2020-12-31", "2020-12-28", "2021-01-03"),
            (PeriodKind::Week, "2021-01-03", "2020-12-28", "2021-01-03"),
            (PeriodKind::Week, "2021-01-04", "2021-01-04", "2021-01-10"),
            (
                PeriodKind::Tertial,
                "2021-04-30",
                "2021-01-01",
                "2021-04-30",
            ),
            (
                PeriodKind::Tertial,
                "2021-05-01",
                "2021-05-01",
                "2021-08-31",
            ),
            (
                PeriodKind::Tertial,
                "2021-09-01",
                "2021-09-01",
                "2021-12-31",
            ),
            (
                PeriodKind::Quarter,
                "2021-03-31",
                "2021-01-01",
                "2021-03-31",
            ),
            (
                PeriodKind::Quarter,
                "2021-04-01",
                "2021-04-01",
                "2021-06-30",
            ),
            (PeriodKind::Term, "2021-06-30", "2021-01-01", "2021-06-30"),
            (PeriodKind::Term, "2021-08-01", "2021-08-01", "2021-12-31"),
            (
                PeriodKind::HalfYear,
                "2021-07-01",
                "2021-07-01",
                "2021-12-31",
            ),
            (PeriodKind::Year, "2020-02-29", "2020-01-01", "2020-12-31"),
            (PeriodKind::Day, "2020-02-29", "2020-02-29", "2020-02-29"),
        ];
        for (kind, date, start, end) in cases {
            let p = calendar_period(kind, d(date)).unwrap();
            assert_eq!(p.range, range(start, end), "{kind:?} holding {date}");
        }
    }

    #[test]
    fn which_periods_nest_in_which() {
        use PeriodKind::*;
        for (inner, outer) in [
            (Day, Week),
            (Day, Year),
            (Week, Year),
            (Month, Tertial),
            (Month, Quarter),
            (Month, Term),
            (Month, Year),
            (Tertial, Year),
            (Quarter, HalfYear),
            (Term, Year),
            (HalfYear, Year),
        ] {
            assert!(inner.nests_in(outer), "{inner:?} in {outer:?}");
        }
        for (inner, outer) in [
            (Tertial, Quarter),
            (Quarter, Tertial),
            (Quarter, Term),
            (Week, Month),
            (Month, Month),
            (Year, Month),
            (Month, Validity),
            (Validity, Year),
        ] {
            assert!(!inner.nests_in(outer), "{inner:?} in {outer:?}");
        }
        // Every calendar period of a nesting kind lies whole in one outer
        // period, for a whole year of days (weeks by their week-year).
        for inner in PeriodKind::CALENDAR {
            for outer in PeriodKind::CALENDAR {
                if !inner.nests_in(outer) || inner == PeriodKind::Week {
                    continue;
                }
                for p in periods_in(inner, range("2021-01-01", "2021-12-31")) {
                    if let Some(o) = calendar_period(outer, p.range.start) {
                        assert!(
                            o.range.contains(p.range.end),
                            "{inner:?} {} in {outer:?}",
                            p.key()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn july_lies_in_no_term() {
        assert_eq!(calendar_period(PeriodKind::Term, d("2021-07-15")), None);
        let terms = periods_in(PeriodKind::Term, range("2021-01-01", "2021-12-31"));
        assert_eq!(terms.len(), 2);
    }

    #[test]
    fn iso_week_53_of_2020() {
        let p = calendar_period(PeriodKind::Week, d("2021-01-01")).unwrap();
        assert_eq!(p.key(), "2020-W53");
        assert_eq!((p.ordinal(), p.year()), (53, 2020));
        assert_eq!(parse_period_key("2020-W53").unwrap(), p);
        assert_eq!(parse_period_key("2021-W53"), None);
    }

    #[test]
    fn clipping_to_the_agreement() {
        let window = range("2019-01-01", "2023-12-31");
        let first_week = period_containing(PeriodKind::Week, d("2019-01-01"), window).unwrap();
        assert_eq!(first_week.range, range("2019-01-01", "2019-01-06"));
        assert_eq!(first_week.full, range("2018-12-31", "2019-01-06"));
        assert_eq!(
            period_containing(PeriodKind::Month, d("2018-12-31"), window),
            None
        );
        let whole = period_containing(PeriodKind::Validity, d("2020-05-05"), window).unwrap();
        assert_eq!(whole.range, window);
    }

    #[test]
    fn a_reference_gives_back_its_period() {
        let window = range("2019-01-01", "2023-12-31");
        for (kind, day) in [
            (PeriodKind::Month, "2021-03-15"),
            (PeriodKind::Week, "2019-01-01"),
            (PeriodKind::Week, "2021-01-01"),
            (PeriodKind::Term, "2021-09-01"),
            (PeriodKind::Year, "2023-06-30"),
            (PeriodKind::Day, "2020-02-29"),
            (PeriodKind::Validity, "2020-05-05"),
        ] {
            let period = period_containing(kind, d(day), window).unwrap();
            assert_eq!(period.to_ref().period(), period, "{kind:?} {day}");
        }
        let march = calendar_period(PeriodKind::Month, d("2021-03-15")).unwrap();
        assert_eq!(march.to_ref().key, "2021-03");
        assert_eq!(
            serde_json::to_string(&march.to_ref()).unwrap(),
            r#"{"kind":"month","key":"2021-03","start":"2021-03-01","end":"2021-03-31"}"#
        );
    }

    #[test]
    fn keys_round_trip() {
        for key in [
            "2021",
            "2021-03",
            "2021-W12",
            "2021-T3",
            "2021-Q2",
            "2021-VT",
            "2021-HT",
            "2021-H2",
            "2021-03-15",
        ] {
            let p = parse_period_key(key).unwrap_or_else(|| panic!("{key} parses"));
            assert_eq!(p.key(), key);
        }
        for bad in [
            "",
            "21",
            "2021-13",
            "2021-T4",
            "2021-Q0",
            "2021-X1",
            "2021-02-30",
            "abcd",
        ] {
            assert_eq!(parse_period_key(bad), None, "{bad}");
        }
        assert_eq!(parse_period_key("2021-q2").unwrap().key(), "2021-Q2");
    }

    #[test]
    fn the_ends_of_the_calendar_give_no_panic() {
        for edge in [NaiveDate::MAX, NaiveDate::MIN] {
            for kind in PeriodKind::CALENDAR {
                // The last month, week and year reach past what chrono knows.
                let _ = calendar_period(kind, edge);
            }
        }
        let tail = DateRange::new(NaiveDate::MAX - Days::new(800), NaiveDate::MAX).unwrap();
        let head = DateRange::new(NaiveDate::MIN, NaiveDate::MIN + Days::new(800)).unwrap();
        for kind in PeriodKind::CALENDAR {
            for window in [tail, head] {
                let periods = periods_in(kind, window);
                assert!(periods.len() <= 801, "{kind:?}");
                for p in &periods {
                    assert!(window.contains(p.range.start) && window.contains(p.range.end));
                }
            }
        }
        let year_9999 = range("9999-01-01", "9999-12-31");
        assert_eq!(periods_in(PeriodKind::Month, year_9999).len(), 12);
        assert_eq!(periods_in(PeriodKind::Day, year_9999).len(), 365);
        assert_eq!(
            parse_period_key("9999-12").unwrap().range.end,
            d("9999-12-31")
        );
    }

    #[test]
    fn around_a_year_keeps_its_straddling_weeks() {
        let long = range("1900-01-01", "9999-12-31");
        let around = long.around_year(2021).unwrap();
        assert_eq!(around, range("2020-12-25", "2022-01-07"));
        let weeks: Vec<Period> = periods_in(PeriodKind::Week, around)
            .into_iter()
            .filter(|p| p.year() == 2021)
            .collect();
        assert_eq!(weeks.len(), 52);
        assert_eq!(weeks[0].range, range("2021-01-04", "2021-01-10"));
        assert_eq!(long.around_year(1800), None);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (1900i32..2200, 1u32..=366).prop_map(|(y, doy)| {
            NaiveDate::from_yo_opt(y, doy)
                .unwrap_or_else(|| NaiveDate::from_yo_opt(y, 365).unwrap())
        })
    }

    proptest! {
        #[test]
        fn every_date_lies_in_exactly_one_period_of_each_kind(date in any_date()) {
            let year = range(&format!("{}-01-01", date.year() - 1), &format!("{}-12-31", date.year() + 1));
            for kind in PeriodKind::CALENDAR {
                let holding: Vec<_> = periods_in(kind, year).into_iter().filter(|p| p.range.contains(date)).collect();
                let in_summer_break = kind == PeriodKind::Term && date.month() == 7;
                prop_assert_eq!(holding.len(), usize::from(!in_summer_break), "{:?} {}", kind, date);
                if let Some(p) = holding.first() {
                    prop_assert_eq!(Some(*p), calendar_period(kind, date));
                    prop_assert_eq!(parse_period_key(&p.key()), Some(*p));
                }
            }
        }

        #[test]
        fn periods_tile_the_year(year in 1900i32..2200) {
            let window = range(&format!("{year}-01-01"), &format!("{year}-12-31"));
            for kind in PeriodKind::CALENDAR {
                let periods = periods_in(kind, window);
                prop_assert_eq!(periods.first().unwrap().range.start, window.start);
                prop_assert_eq!(periods.last().unwrap().range.end, window.end);
                let mut covered = 0;
                for pair in periods.windows(2) {
                    let gap = (pair[1].range.start - pair[0].range.end).num_days();
                    // Consecutive, except the summer break between terms.
                    let expected_gap = if kind == PeriodKind::Term { 32 } else { 1 };
                    prop_assert_eq!(gap, expected_gap);
                }
                for p in &periods { covered += p.range.days(); }
                let days_in_year = window.days() - if kind == PeriodKind::Term { 31 } else { 0 };
                prop_assert_eq!(covered, days_in_year);
            }
        }
    }
}
