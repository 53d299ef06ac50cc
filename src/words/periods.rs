//! Periods in words: a kind's name ("månad", "month"), a month's name and
//! a period's label ("mars 2021", "v. 12 2021", "VT 2021"). The engine
//! carries periods as data ([`crate::period::PeriodRef`]); these are the
//! one place they are worded, from the catalog's `period-` messages.

use crate::i18n::{Lang, Text};
use crate::period::{Period, PeriodKind};
use crate::text;

/// The kind in words, singular, as a message: "månad", "month".
pub fn kind_text(kind: PeriodKind) -> Text {
    text!("period-kind", kind = kind.as_str())
}

/// The month (1–12), clamped into the calendar.
fn month_number(month: u32) -> u32 {
    month.clamp(1, 12)
}

/// The month's name as a message: "mars", "March".
pub fn month_text(month: u32) -> Text {
    text!("period-month-name", month = month_number(month))
}

/// The month's name: "mars", "March".
pub fn month_name(month: u32, lang: Lang) -> String {
    month_text(month).get(lang)
}

/// Short month name for grid headers: "jan", "Jan".
pub fn month_abbrev(month: u32, lang: Lang) -> String {
    text!("period-month-abbrev", month = month_number(month)).get(lang)
}

/// The period in words, as a message: "mars 2021", "v. 12 2021",
/// "T1 2021"; a day, a year and a validity window are their dates.
pub fn period_text(period: &Period) -> Text {
    let year = period.year();
    let n = period.ordinal();
    match period.kind {
        PeriodKind::Day => Text::same(period.full.start.format("%Y-%m-%d").to_string()),
        PeriodKind::Week => text!("period-week", week = n, year),
        PeriodKind::Month => text!("period-month", month = month_text(n), year),
        PeriodKind::Tertial => text!("period-tertial", tertial = n, year),
        PeriodKind::Quarter => text!("period-quarter", quarter = n, year),
        PeriodKind::Term => text!("period-term", term = n, year),
        PeriodKind::HalfYear => text!("period-half-year", half = n, year),
        PeriodKind::Year => Text::same(year.to_string()),
        PeriodKind::Validity => {
            Text::same(format!("{} – {}", period.range.start, period.range.end))
        }
    }
}

/// The period in words: "mars 2021", "v. 12 2021", "T1 2021", "2021".
/// A [`crate::period::PeriodRef`] is worded through its
/// [`period`](crate::period::PeriodRef::period).
pub fn period_label(period: &Period, lang: Lang) -> String {
    period_text(period).get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::period::{DateRange, calendar_period, period_containing};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn labels_in_both_languages() {
        let march = calendar_period(PeriodKind::Month, d("2021-03-15")).unwrap();
        assert_eq!(period_label(&march, Lang::SV), "mars 2021");
        assert_eq!(period_label(&march, Lang::EN), "March 2021");
        let t1 = calendar_period(PeriodKind::Tertial, d("2021-03-15")).unwrap();
        assert_eq!(period_label(&t1, Lang::SV), "T1 2021");
        let week = calendar_period(PeriodKind::Week, d("2021-03-15")).unwrap();
        assert_eq!(period_label(&week, Lang::SV), "v. 11 2021");
        let week53 = calendar_period(PeriodKind::Week, d("2021-01-01")).unwrap();
        assert_eq!(period_label(&week53, Lang::SV), "v. 53 2020");
        let ht = calendar_period(PeriodKind::Term, d("2021-09-01")).unwrap();
        assert_eq!(period_label(&ht, Lang::SV), "HT 2021");
        assert_eq!(period_label(&ht, Lang::EN), "autumn term 2021");
    }

    #[test]
    fn a_clipped_period_is_worded_from_its_reference_as_the_whole_one() {
        // The agreement begins on a Friday in week 1 of 2019 and mid-March.
        let window = DateRange::new(d("2019-01-04"), d("2023-12-31")).unwrap();
        for (kind, day, words) in [
            (PeriodKind::Week, "2019-01-04", "v. 1 2019"),
            (PeriodKind::Year, "2019-06-01", "2019"),
            (
                PeriodKind::Validity,
                "2020-01-01",
                "2019-01-04 – 2023-12-31",
            ),
        ] {
            let period = period_containing(kind, d(day), window).unwrap();
            assert_eq!(period_label(&period.to_ref().period(), Lang::SV), words);
        }
    }

    #[test]
    fn a_period_is_a_message_and_a_year_or_a_day_is_data() {
        let march = calendar_period(PeriodKind::Month, d("2021-03-15")).unwrap();
        assert_eq!(period_text(&march).id(), Some("period-month"));
        let q2 = calendar_period(PeriodKind::Quarter, d("2021-05-01")).unwrap();
        assert_eq!(period_label(&q2, Lang::SV), "kv2 2021");
        assert_eq!(period_label(&q2, Lang::EN), "Q2 2021");
        let year = calendar_period(PeriodKind::Year, d("2021-05-01")).unwrap();
        assert_eq!(period_text(&year).id(), None);
        assert_eq!(period_label(&year, Lang::PSEUDO), "2021");
        assert_eq!(month_abbrev(5, Lang::SV), "maj");
        assert_eq!(month_abbrev(10, Lang::EN), "Oct");
        assert_eq!(
            kind_text(PeriodKind::Validity).get(Lang::SV),
            "giltighetstid"
        );
    }
}
