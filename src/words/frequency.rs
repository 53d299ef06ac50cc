//! Frequencies in words: "minst 10 per månad", "at least 10 per month",
//! as `loften measures`, the export and the report state a promise. The
//! sentences are the catalog's `frequency-` messages.

use super::periods::kind_text;
use crate::i18n::{Lang, Text};
use crate::period::PeriodKind;
use crate::plan::{Counting, Frequency, Quota, Rule};
use crate::text;

/// The frequency in words: "minst 10 per månad", "at least 10 per month".
pub fn frequency_words(frequency: &Frequency, lang: Lang) -> String {
    frequency_text(frequency).get(lang)
}

/// The frequency in words, as a message.
pub fn frequency_text(frequency: &Frequency) -> Text {
    let rule = match &frequency.rule {
        Rule::Quota(q) => quota_text(q),
        Rule::MaxGap { weeks } => text!("frequency-max-gap", weeks = *weeks),
        Rule::EveryShift { share, per } => {
            let percent = format!("{}", (share * 100.0).round());
            text!("frequency-every-shift", percent, per = kind_text(*per))
        }
        Rule::OnTrigger(t) => {
            let (trigger, per) = (t.trigger.as_str(), kind_text(t.per));
            match t.within_days {
                Some(days) => text!("frequency-on-trigger-within", trigger, days, per),
                None => text!("frequency-on-trigger-same", trigger, per),
            }
        }
        Rule::AsNeeded => text!("frequency-as-needed"),
    };
    if frequency.soft {
        text!("frequency-soft", rule)
    } else {
        rule
    }
}

fn quota_text(q: &Quota) -> Text {
    let n = q.at_least;
    let per = if q.per == PeriodKind::Validity {
        text!("frequency-per-validity")
    } else {
        text!("frequency-per-period", kind = kind_text(q.per))
    };
    let counting = match q.counting {
        Counting::Occasions => "occasions",
        Counting::Days => "days",
        Counting::Weeks if q.days_per_week > 1 => "weeks-of-days",
        Counting::Weeks => "weeks",
        Counting::Targets => "targets",
    };
    let days = q.days_per_week;
    let mut words = text!("frequency-quota", n, counting, days, per);
    if q.each_target {
        words = text!("frequency-for-each-target", words);
    }
    if let Some(aim) = q.aim {
        words = text!("frequency-aim", words, aim);
    }
    if let Some(over) = q.average_over {
        words = text!("frequency-average-over", words, over = kind_text(over));
    }
    if let Some(set) = &q.within {
        words = text!("frequency-within", words, set);
    }
    for sub in &q.of_which {
        let (n, target) = (sub.at_least, &sub.target);
        words = text!("frequency-of-which", words, n, target);
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
            assert_eq!(frequency_words(&freq, Lang::EN), words, "{src}");
            assert!(!frequency_words(&freq, Lang::SV).is_empty());
        }
    }

    #[test]
    fn a_quota_reads_in_swedish() {
        let freq = parse_for_test("kind = \"quota\"\nat_least = 10\nper = \"month\"").unwrap();
        assert_eq!(frequency_words(&freq, Lang::SV), "minst 10 per månad");
    }

    #[test]
    fn one_week_or_day_reads_in_the_singular() {
        let gap = parse_for_test("kind = \"max-gap\"\nweeks = 1").unwrap();
        assert_eq!(frequency_text(&gap).id(), Some("frequency-max-gap"));
        assert_eq!(
            frequency_words(&gap, Lang::EN),
            "at most 1 week between occasions"
        );
        assert_eq!(
            frequency_words(&gap, Lang::SV),
            "högst 1 vecka mellan tillfällena"
        );
    }
}
