//! Periods in words: a kind's name ("månad", "month"), a month's name and
//! a period's label ("mars 2021", "v. 12 2021", "VT 2021"). The engine
//! carries periods as data ([`crate::period::PeriodRef`]); these are the
//! one place they are worded.

use crate::i18n::Lang;
use crate::period::{Period, PeriodKind};

/// The kind in words, singular: "månad", "month".
pub fn kind_noun(kind: PeriodKind, lang: Lang) -> &'static str {
    match kind {
        PeriodKind::Day => lang.pick("dag", "day"),
        PeriodKind::Week => lang.pick("vecka", "week"),
        PeriodKind::Month => lang.pick("månad", "month"),
        PeriodKind::Tertial => lang.pick("tertial", "tertial"),
        PeriodKind::Quarter => lang.pick("kvartal", "quarter"),
        PeriodKind::Term => lang.pick("termin", "term"),
        PeriodKind::HalfYear => lang.pick("halvår", "half-year"),
        PeriodKind::Year => lang.pick("år", "year"),
        PeriodKind::Validity => lang.pick("giltighetstid", "validity"),
    }
}

/// The kind in words, plural: "månader", "months".
pub fn kind_plural(kind: PeriodKind, lang: Lang) -> &'static str {
    match kind {
        PeriodKind::Day => lang.pick("dagar", "days"),
        PeriodKind::Week => lang.pick("veckor", "weeks"),
        PeriodKind::Month => lang.pick("månader", "months"),
        PeriodKind::Tertial => lang.pick("tertial", "tertials"),
        PeriodKind::Quarter => lang.pick("kvartal", "quarters"),
        PeriodKind::Term => lang.pick("terminer", "terms"),
        PeriodKind::HalfYear => lang.pick("halvår", "half-years"),
        PeriodKind::Year => lang.pick("år", "years"),
        PeriodKind::Validity => lang.pick("giltighetstider", "validity windows"),
    }
}

const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month's name: "mars", "March".
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let index = (month as usize).saturating_sub(1).min(11);
    match lang {
        Lang::Sv => MONTHS_SV[index],
        Lang::En | Lang::Pseudo => MONTHS_EN[index],
    }
}

/// Short month name for grid headers: "jan", "Jan".
pub fn month_abbrev(month: u32, lang: Lang) -> String {
    month_name(month, lang).chars().take(3).collect()
}

/// The period in words: "mars 2021", "v. 12 2021", "T1 2021", "2021".
/// A [`crate::period::PeriodRef`] is worded through its
/// [`period`](crate::period::PeriodRef::period).
pub fn period_label(period: &Period, lang: Lang) -> String {
    let year = period.year();
    let n = period.ordinal();
    match period.kind {
        PeriodKind::Day => period.full.start.format("%Y-%m-%d").to_string(),
        PeriodKind::Week => format!("{} {n} {year}", lang.pick("v.", "week")),
        PeriodKind::Month => format!("{} {year}", month_name(n, lang)),
        PeriodKind::Tertial => format!("T{n} {year}"),
        PeriodKind::Quarter => format!("{}{n} {year}", lang.pick("kv", "Q")),
        PeriodKind::Term => match (n, lang) {
            (1, Lang::Sv) => format!("VT {year}"),
            (_, Lang::Sv) => format!("HT {year}"),
            (1, Lang::En | Lang::Pseudo) => format!("spring term {year}"),
            (_, Lang::En | Lang::Pseudo) => format!("autumn term {year}"),
        },
        PeriodKind::HalfYear => format!("H{n} {year}"),
        PeriodKind::Year => format!("{year}"),
        PeriodKind::Validity => format!("{} – {}", period.range.start, period.range.end),
    }
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
        assert_eq!(period_label(&march, Lang::Sv), "mars 2021");
        assert_eq!(period_label(&march, Lang::En), "March 2021");
        let t1 = calendar_period(PeriodKind::Tertial, d("2021-03-15")).unwrap();
        assert_eq!(period_label(&t1, Lang::Sv), "T1 2021");
        let week = calendar_period(PeriodKind::Week, d("2021-03-15")).unwrap();
        assert_eq!(period_label(&week, Lang::Sv), "v. 11 2021");
        let week53 = calendar_period(PeriodKind::Week, d("2021-01-01")).unwrap();
        assert_eq!(period_label(&week53, Lang::Sv), "v. 53 2020");
        let ht = calendar_period(PeriodKind::Term, d("2021-09-01")).unwrap();
        assert_eq!(period_label(&ht, Lang::Sv), "HT 2021");
        assert_eq!(period_label(&ht, Lang::En), "autumn term 2021");
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
            assert_eq!(period_label(&period.to_ref().period(), Lang::Sv), words);
        }
    }
}
