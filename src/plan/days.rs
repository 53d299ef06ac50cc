//! Recurring days: the rules a `[[date_set]]` may give instead of listing
//! every date, and the Swedish holidays and eves computed per year.
//!
//! A rule is either a calendar filter (weekdays, months, ISO weeks, all
//! that are given must hold: "alla fredags- och lördagskvällar i juni") or
//! a named day ("midsommarafton") and the days after it. A named day's date
//! in a year may be confirmed by the municipality, which replaces the
//! computed one; `skolavslutning` has no computation and exists only in
//! the years it is confirmed.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The longest run of days one named-day rule may cover (`days`).
pub const MAX_RULE_DAYS: u32 = 31;

/// A day of the week as a plan writes it (`"fri"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekdayName {
    /// Monday (*måndag*).
    Mon,
    /// Tuesday (*tisdag*).
    Tue,
    /// Wednesday (*onsdag*).
    Wed,
    /// Thursday (*torsdag*).
    Thu,
    /// Friday (*fredag*).
    Fri,
    /// Saturday (*lördag*).
    Sat,
    /// Sunday (*söndag*).
    Sun,
}

impl WeekdayName {
    /// The chrono weekday.
    pub fn weekday(self) -> Weekday {
        match self {
            WeekdayName::Mon => Weekday::Mon,
            WeekdayName::Tue => Weekday::Tue,
            WeekdayName::Wed => Weekday::Wed,
            WeekdayName::Thu => Weekday::Thu,
            WeekdayName::Fri => Weekday::Fri,
            WeekdayName::Sat => Weekday::Sat,
            WeekdayName::Sun => Weekday::Sun,
        }
    }
}

/// A Swedish holiday, eve or named day whose date moves from year to year
/// (or is fixed), as a plan names it (`"midsommarafton"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NamedDay {
    /// 1 January.
    Nyarsdagen,
    /// 5 January.
    Trettondagsafton,
    /// 6 January.
    TrettondedagJul,
    /// The Thursday before Easter Sunday.
    Skartorsdagen,
    /// Långfredagen, the Friday before Easter Sunday (named in English
    /// here so that no domain name reads like the output language).
    #[serde(rename = "langfredagen")]
    GoodFriday,
    /// The Saturday before Easter Sunday.
    Paskafton,
    /// Easter Sunday (the Gregorian computus).
    Paskdagen,
    /// The Monday after Easter Sunday.
    AnnandagPask,
    /// 30 April.
    Valborgsmassoafton,
    /// 1 May.
    ForstaMaj,
    /// Easter Sunday + 39 days (a Thursday).
    KristiHimmelsfardsdag,
    /// Easter Sunday + 48 days.
    Pingstafton,
    /// Easter Sunday + 49 days.
    Pingstdagen,
    /// 6 June.
    Nationaldagen,
    /// The Friday from 19 to 25 June.
    Midsommarafton,
    /// The Saturday from 20 to 26 June.
    Midsommardagen,
    /// The last day of the school year: no computation, only the dates the
    /// municipality confirms.
    Skolavslutning,
    /// 31 October.
    Halloween,
    /// The Friday of the weekend nearest 31 October (27 October – 2
    /// November), so that Friday–Sunday is "Halloweenhelgen".
    Halloweenfredag,
    /// The Saturday from 31 October to 6 November.
    AllaHelgonsDag,
    /// 24 December.
    Julafton,
    /// 25 December.
    Juldagen,
    /// 26 December.
    AnnandagJul,
    /// 31 December.
    Nyarsafton,
}

impl NamedDay {
    /// The day's date in `year`, or `None` when it is not computed
    /// (`skolavslutning`) or the year is outside the calendar.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
        let easter = |offset: i64| {
            easter_sunday(year).and_then(|e| e.checked_add_signed(chrono::TimeDelta::days(offset)))
        };
        match self {
            NamedDay::Nyarsdagen => fixed(1, 1),
            NamedDay::Trettondagsafton => fixed(1, 5),
            NamedDay::TrettondedagJul => fixed(1, 6),
            NamedDay::Skartorsdagen => easter(-3),
            NamedDay::GoodFriday => easter(-2),
            NamedDay::Paskafton => easter(-1),
            NamedDay::Paskdagen => easter(0),
            NamedDay::AnnandagPask => easter(1),
            NamedDay::Valborgsmassoafton => fixed(4, 30),
            NamedDay::ForstaMaj => fixed(5, 1),
            NamedDay::KristiHimmelsfardsdag => easter(39),
            NamedDay::Pingstafton => easter(48),
            NamedDay::Pingstdagen => easter(49),
            NamedDay::Nationaldagen => fixed(6, 6),
            NamedDay::Midsommarafton => weekday_from(fixed(6, 19)?, Weekday::Fri),
            NamedDay::Midsommardagen => weekday_from(fixed(6, 20)?, Weekday::Sat),
            NamedDay::Skolavslutning => None,
            NamedDay::Halloween => fixed(10, 31),
            NamedDay::Halloweenfredag => weekday_from(fixed(10, 27)?, Weekday::Fri),
            NamedDay::AllaHelgonsDag => weekday_from(fixed(10, 31)?, Weekday::Sat),
            NamedDay::Julafton => fixed(12, 24),
            NamedDay::Juldagen => fixed(12, 25),
            NamedDay::AnnandagJul => fixed(12, 26),
            NamedDay::Nyarsafton => fixed(12, 31),
        }
    }

    /// Whether the day has a date only when the municipality confirms it.
    pub fn needs_confirmation(self) -> bool {
        self == NamedDay::Skolavslutning
    }
}

/// The first `weekday` on or after `from` (within the next 7 days).
fn weekday_from(from: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from.checked_add_days(Days::new(u64::from(ahead)))
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian
/// algorithm, "Meeus/Jones/Butcher").
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// One rule of a date set: which days of every year it holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum DayRule {
    /// Every day that matches all the filters given (an empty filter
    /// matches every day).
    Calendar {
        /// Days of the week ("fredags- och lördagskvällar").
        weekdays: Vec<WeekdayName>,
        /// Months, 1–12 ("i januari").
        months: Vec<u32>,
        /// ISO week numbers, 1–53 ("vecka 24–26").
        weeks: Vec<u32>,
        /// For tables: "Helgkvällar".
        label: String,
    },
    /// A named day each year and the `days - 1` days after it.
    Named {
        /// The day.
        day: NamedDay,
        /// How many days from it, itself included (1–31).
        days: u32,
        /// Dates the municipality confirmed, at most one a year; each
        /// replaces the computed day in its year.
        confirmed: Vec<NaiveDate>,
        /// For tables: "Midsommar".
        label: String,
    },
}

impl DayRule {
    /// Whether the rule holds `date`.
    pub fn contains(&self, date: NaiveDate) -> bool {
        match self {
            DayRule::Calendar {
                weekdays,
                months,
                weeks,
                ..
            } => {
                (weekdays.is_empty() || weekdays.iter().any(|w| w.weekday() == date.weekday()))
                    && (months.is_empty() || months.contains(&date.month()))
                    && (weeks.is_empty() || weeks.contains(&date.iso_week().week()))
            }
            DayRule::Named { days, .. } => {
                // A run of at most 31 days starts in the date's year or the
                // one before (nyårsafton and the day after).
                [date.year() - 1, date.year()].into_iter().any(|year| {
                    self.start_in(year).is_some_and(|start| {
                        start <= date && (date - start).num_days() < i64::from(*days)
                    })
                })
            }
        }
    }

    /// The rule's name for tables and messages ("Midsommar").
    pub fn label(&self) -> &str {
        match self {
            DayRule::Calendar { label, .. } | DayRule::Named { label, .. } => label,
        }
    }

    /// Where a named-day rule starts in `year`: the confirmed date of that
    /// year, else the computed one. `None` for a calendar rule.
    pub fn start_in(&self, year: i32) -> Option<NaiveDate> {
        match self {
            DayRule::Calendar { .. } => None,
            DayRule::Named { day, confirmed, .. } => confirmed
                .iter()
                .copied()
                .find(|d| d.year() == year)
                .or_else(|| day.in_year(year)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn easter_is_computed_for_known_years() {
        assert_eq!(easter_sunday(2019), Some(date("2019-04-21")));
        assert_eq!(easter_sunday(2021), Some(date("2021-04-04")));
        assert_eq!(easter_sunday(2024), Some(date("2024-03-31")));
        assert_eq!(easter_sunday(2025), Some(date("2025-04-20")));
    }

    #[test]
    fn moving_days_fall_where_the_almanac_has_them() {
        assert_eq!(
            NamedDay::Midsommarafton.in_year(2021),
            Some(date("2021-06-25"))
        );
        assert_eq!(
            NamedDay::Midsommarafton.in_year(2020),
            Some(date("2020-06-19"))
        );
        assert_eq!(
            NamedDay::AllaHelgonsDag.in_year(2021),
            Some(date("2021-11-06"))
        );
        assert_eq!(
            NamedDay::Halloweenfredag.in_year(2019),
            Some(date("2019-11-01"))
        );
        assert_eq!(
            NamedDay::Halloweenfredag.in_year(2022),
            Some(date("2022-10-28"))
        );
        assert_eq!(
            NamedDay::KristiHimmelsfardsdag.in_year(2021),
            Some(date("2021-05-13"))
        );
        assert_eq!(
            NamedDay::Pingstdagen.in_year(2021),
            Some(date("2021-05-23"))
        );
        assert_eq!(NamedDay::Skolavslutning.in_year(2021), None);
    }

    #[test]
    fn a_named_run_crosses_the_new_year_and_a_confirmed_date_replaces_the_computed() {
        let nyar = DayRule::Named {
            day: NamedDay::Nyarsafton,
            days: 2,
            confirmed: vec![],
            label: "Nyår".into(),
        };
        assert!(nyar.contains(date("2021-12-31")));
        assert!(nyar.contains(date("2022-01-01")));
        assert!(!nyar.contains(date("2022-01-02")));
        let skolavslutning = DayRule::Named {
            day: NamedDay::Skolavslutning,
            days: 3,
            confirmed: vec![date("2021-06-18")],
            label: "Skolavslutning".into(),
        };
        assert!(skolavslutning.contains(date("2021-06-20")));
        assert!(!skolavslutning.contains(date("2021-06-21")));
        assert!(
            !skolavslutning.contains(date("2022-06-17")),
            "not confirmed"
        );
    }

    #[test]
    fn calendar_filters_all_hold() {
        let june_weekends = DayRule::Calendar {
            weekdays: vec![WeekdayName::Fri, WeekdayName::Sat],
            months: vec![6],
            weeks: vec![],
            label: "Helgkvällar i juni".into(),
        };
        assert!(june_weekends.contains(date("2021-06-04")), "a Friday");
        assert!(!june_weekends.contains(date("2021-06-06")), "a Sunday");
        assert!(!june_weekends.contains(date("2021-07-02")), "July");
        let weeks = DayRule::Calendar {
            weekdays: vec![],
            months: vec![],
            weeks: vec![24, 25, 26],
            label: "Vecka 24–26".into(),
        };
        assert!(weeks.contains(date("2021-06-14")), "Monday of week 24");
        assert!(!weeks.contains(date("2021-06-13")), "Sunday of week 23");
    }
}
