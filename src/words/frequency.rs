//! Frequencies in words: "minst 10 per månad", "at least 10 per month",
//! as `loften measures`, the export and the report state a promise.

use super::periods::kind_noun;
use crate::i18n::Lang;
use crate::period::PeriodKind;
use crate::plan::{Counting, Frequency, Quota, Rule};

/// The frequency in words: "minst 10 per månad", "at least 10 per month".
pub fn frequency_words(frequency: &Frequency, lang: Lang) -> String {
    let mut words = match &frequency.rule {
        Rule::Quota(q) => quota_words(q, lang),
        Rule::MaxGap { weeks } => match lang {
            Lang::Sv => format!("högst {weeks} veckor mellan tillfällena"),
            Lang::En | Lang::Pseudo => format!("at most {weeks} weeks between occasions"),
        },
        Rule::EveryShift { share, per } => {
            let percent = (share * 100.0).round();
            match lang {
                Lang::Sv => format!(
                    "varje arbetspass ({percent} % av passen per {})",
                    kind_noun(*per, lang)
                ),
                Lang::En | Lang::Pseudo => {
                    format!(
                        "every shift ({percent} % of shifts per {})",
                        kind_noun(*per, lang)
                    )
                }
            }
        }
        Rule::OnTrigger(t) => {
            let (trigger, per) = (&t.trigger, kind_noun(t.per, lang));
            match (t.within_days, lang) {
                (Some(days), Lang::Sv) => {
                    format!("varje {trigger} besvaras inom {days} dagar (per {per})")
                }
                (Some(days), Lang::En | Lang::Pseudo) => {
                    format!("each {trigger} answered within {days} days (per {per})")
                }
                (None, Lang::Sv) => format!("varje {trigger} besvaras samma {per}"),
                (None, Lang::En | Lang::Pseudo) => {
                    format!("each {trigger} answered in the same {per}")
                }
            }
        }
        Rule::AsNeeded => lang
            .pick("vid behov, inget mål", "as needed, no target")
            .to_string(),
    };
    if frequency.soft {
        words = format!(
            "{} ({})",
            words,
            lang.pick("ungefärligt mål", "approximate target")
        );
    }
    words
}

fn quota_words(q: &Quota, lang: Lang) -> String {
    let n = q.at_least;
    let unit = match (q.counting, lang) {
        (Counting::Occasions, _) => String::new(),
        (Counting::Days, Lang::Sv) => " dagar".into(),
        (Counting::Days, Lang::En | Lang::Pseudo) => " days".into(),
        (Counting::Weeks, Lang::Sv) if q.days_per_week > 1 => {
            format!(" veckor med minst {} dagar", q.days_per_week)
        }
        (Counting::Weeks, Lang::En) if q.days_per_week > 1 => {
            format!(" weeks of at least {} days", q.days_per_week)
        }
        (Counting::Weeks, Lang::Sv) => " veckor".into(),
        (Counting::Weeks, Lang::En | Lang::Pseudo) => " weeks".into(),
        (Counting::Targets, Lang::Sv) => " olika mål".into(),
        (Counting::Targets, Lang::En | Lang::Pseudo) => " distinct targets".into(),
    };
    let per = if q.per == PeriodKind::Validity {
        lang.pick("under giltighetstiden", "during the validity")
            .to_string()
    } else {
        format!("{} {}", lang.pick("per", "per"), kind_noun(q.per, lang))
    };
    let mut words = match lang {
        Lang::Sv if q.each_target => format!("minst {n}{unit} {per} för varje mål"),
        Lang::En if q.each_target => format!("at least {n}{unit} {per} for each target"),
        Lang::Sv => format!("minst {n}{unit} {per}"),
        Lang::En | Lang::Pseudo => format!("at least {n}{unit} {per}"),
    };
    if let Some(aim) = q.aim {
        words += &match lang {
            Lang::Sv => format!(", ambition {aim}"),
            Lang::En | Lang::Pseudo => format!(", aiming at {aim}"),
        };
    }
    if let Some(over) = q.average_over {
        words += &match lang {
            Lang::Sv => format!(" i snitt över {}", kind_noun(over, lang)),
            Lang::En | Lang::Pseudo => format!(" on average over the {}", kind_noun(over, lang)),
        };
    }
    if let Some(set) = &q.within {
        words += &match lang {
            Lang::Sv => format!(", under {set}"),
            Lang::En | Lang::Pseudo => format!(", within {set}"),
        };
    }
    for sub in &q.of_which {
        words += &match lang {
            Lang::Sv => format!(", varav minst {} {}", sub.at_least, sub.target),
            Lang::En | Lang::Pseudo => {
                format!(", of which at least {} {}", sub.at_least, sub.target)
            }
        };
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::frequency::{FORMS, parse_for_test};

    #[test]
    fn every_form_is_worded_in_both_languages() {
        for (src, words) in FORMS {
            let freq = parse_for_test(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
            assert_eq!(frequency_words(&freq, Lang::En), words, "{src}");
            assert!(!frequency_words(&freq, Lang::Sv).is_empty());
        }
    }

    #[test]
    fn a_quota_reads_in_swedish() {
        let freq = parse_for_test("kind = \"quota\"\nat_least = 10\nper = \"month\"").unwrap();
        assert_eq!(frequency_words(&freq, Lang::Sv), "minst 10 per månad");
    }
}
