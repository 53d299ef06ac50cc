//! The domain's values in words, in the user's language: states, numbers
//! with the right decimal sign, a year's record, trends and the one-line
//! progress after `loften log`. Shared by the renderers and the yearly
//! report's content model, so that a state reads the same everywhere.
//!
//! The engine returns data only; this is where it is worded, from the
//! catalog's `state-` and `word-` messages (`locales/*.ftl`). Periods are
//! worded in [`periods`], frequencies in [`frequency`]. A `…_text`
//! function gives the words as a [`Text`], to be an argument of another
//! message (rendered in the same language); a `…_words` function renders
//! them.

pub mod frequency;
pub mod periods;

pub use frequency::frequency_words;
pub use periods::{month_abbrev, month_name, month_text, period_label, period_text};

use chrono::NaiveDate;

use crate::compliance::grid::Mark;
use crate::compliance::triggers::TriggerStatus;
use crate::compliance::{GoalState, MeasureStatus, MetricStatus, State, Trend, YearRecord};
use crate::i18n::{Lang, Text};
use crate::period::PeriodKind;
use crate::plan::Comparison;
use crate::plan::Direction;
use crate::text;

/// The state in words.
pub fn state_words(state: State, lang: Lang) -> String {
    match state {
        State::Met => lang.say("state-met"),
        State::OnTrack => lang.say("state-on-track"),
        State::Behind => lang.say("state-behind"),
        State::Missed => lang.say("state-missed"),
        State::NoTarget => lang.say("state-no-target"),
        State::NotInForce => lang.say("state-not-in-force"),
        State::Excused => lang.say("state-excused"),
    }
}

/// What a state means and its colour in the report, for the legend:
/// "grön: målet nåddes".
pub fn state_explanation(state: State, lang: Lang) -> String {
    match state {
        State::Met => lang.say("state-explain-met"),
        State::Missed => lang.say("state-explain-missed"),
        State::Behind => lang.say("state-explain-behind"),
        State::OnTrack => lang.say("state-explain-on-track"),
        State::Excused => lang.say("state-explain-excused"),
        State::NoTarget => lang.say("state-explain-no-target"),
        State::NotInForce => lang.say("state-explain-not-in-force"),
    }
}

/// The state as one symbol, for the compact one-line-per-measure layout.
pub fn state_symbol(state: State) -> &'static str {
    match state {
        State::Met => "✓",
        State::OnTrack => "○",
        State::Behind => "!",
        State::Missed => "✗",
        State::NoTarget => "·",
        State::NotInForce => " ",
        State::Excused => "–",
    }
}

/// A number as people read it: no decimals when whole, the language's
/// decimal sign (a comma in Swedish) from the catalog. The sign is
/// formatting, not words: the pseudo-locale reads English's unwrapped.
pub fn number(value: f64, lang: Lang) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{value:.0}");
    }
    let text = format!("{value:.1}");
    let sign = lang.input().say("word-decimal-sign");
    if sign == "." {
        text
    } else {
        text.replace('.', &sign)
    }
}

/// When the next visit of a max-gap measure is due, as of `at`: "nästa
/// senast 2021-03-28", or once the day has come without one, "försenat
/// sedan 2021-03-07 (8 dagar)".
pub fn due_words(due: NaiveDate, state: State, at: NaiveDate, lang: Lang) -> String {
    due_text(due, state, at).get(lang)
}

/// [`due_words`] as a message.
pub fn due_text(due: NaiveDate, state: State, at: NaiveDate) -> Text {
    if state != State::Behind || at < due {
        return text!("word-next-due", due);
    }
    let days = (at - due).num_days();
    text!("word-overdue-since", due, days)
}

/// The triggers of a period as a message: "1 av 2 besvarade i tid i Q2
/// 2021, 1 obesvarad och försenad", "1 of 2 answered in time in Q2 2021, 1
/// overdue"; "inget att besvara i kv2 2021", "nothing due in Q2 2021".
pub fn trigger_text(t: &TriggerStatus, period: &Text) -> Text {
    let (answered, total) = (t.answered, t.total);
    if total == 0 {
        return text!("word-triggers-none-due", period);
    }
    let words = text!("word-triggers-answered", answered, total, period);
    match trigger_counts_text(t) {
        Some(counts) => text!("word-triggers-with-counts", words, counts),
        None => words,
    }
}

/// The triggers not answered in time, counted: "1 obesvarad och
/// försenad, 1 öppen",
/// "1 overdue, 1 open"; empty when there are none.
pub fn trigger_counts(t: &TriggerStatus, lang: Lang) -> String {
    trigger_counts_text(t).map_or_else(String::new, |counts| counts.get(lang))
}

/// [`trigger_counts`] as a message; `None` when there are none.
fn trigger_counts_text(t: &TriggerStatus) -> Option<Text> {
    let parts: Vec<Text> = [
        (t.overdue, text!("word-triggers-overdue", n = t.overdue)),
        (t.late, text!("word-triggers-late", n = t.late)),
        (t.open, text!("word-triggers-open", n = t.open)),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(_, words)| words)
    .collect();
    parts
        .into_iter()
        .reduce(|list, next| text!("word-list-more", list, next))
}

/// What became of the rows of the log that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// They are not counted (status, the report).
    NotCounted,
    /// They are left out (the export).
    LeftOut,
}

/// "3 rader i loggen kunde inte läsas och räknas inte; `loften check`
/// visar var och varför", the rows counted with the right noun.
pub fn unreadable_text(n: i64, fate: Unreadable) -> Text {
    match fate {
        Unreadable::NotCounted => text!("word-unreadable-not-counted", rows = n),
        Unreadable::LeftOut => text!("word-unreadable-left-out", rows = n),
    }
}

/// One line for `loften log` on `at`: "trafikkontroll: 7 av 10 i mars
/// 2021".
pub fn progress_words(m: &MeasureStatus, at: NaiveDate, lang: Lang) -> String {
    progress_text(m, at).get(lang)
}

/// [`progress_words`] as a message.
pub fn progress_text(m: &MeasureStatus, at: NaiveDate) -> Text {
    let period = m
        .period
        .as_ref()
        .map_or_else(|| Text::same(""), |p| period_text(&p.period()));
    let id = m.id.as_str();
    let progress = if let Some(triggers) = &m.triggers {
        let words = trigger_text(triggers, &period);
        match m.due {
            Some(due) => {
                let due = due_text(due, m.state, at);
                text!("word-progress-and-due", words, due)
            }
            None => words,
        }
    } else if let Some(due) = m.due {
        due_text(due, m.state, at)
    } else {
        let done = m.done.unwrap_or(0);
        let mut main = progress_main(m, done, &period);
        if let Some(aim) = m.aim {
            main = aim_text(main, aim, m.aim_reached == Some(true));
        }
        // A sub-quota still open is said, "varav harbo: 0 av 10 (öppet)".
        for s in m.of_which.iter().filter(|s| s.needed > 0) {
            let (target, done, at_least) = (&s.target, s.done, s.at_least);
            let open = text!("word-progress-of-which-open", target, done, at_least);
            main = text!("word-progress-and-open", words = main, open);
        }
        main
    };
    text!("word-progress", id, progress)
}

fn progress_main(m: &MeasureStatus, done: u64, period: &Text) -> Text {
    match (&m.shifts, m.target) {
        (Some(s), _) if s.shifts == 0 => text!("word-progress-no-shifts", done, period),
        (Some(s), _) => text!("word-progress-of-shifts", done, shifts = s.shifts, period),
        (None, Some(target)) => text!("word-progress-of-target", done, target, period),
        (None, None) => text!("word-progress-done", done, period),
    }
}

/// Done and target as tables show them: "7/10", and with an aim the range
/// it promises: "2/2–3".
pub fn done_of_target(m: &MeasureStatus) -> String {
    match (m.done, m.target) {
        (Some(done), Some(target)) => match m.aim {
            Some(aim) => format!("{done}/{target}–{aim}"),
            None => format!("{done}/{target}"),
        },
        (Some(done), None) => done.to_string(),
        _ => String::new(),
    }
}

/// The aim after the words of the promise: "… (ambition 3, nådd)",
/// "… (aim 3, reached)".
pub fn aim_text(words: Text, aim: u64, reached: bool) -> Text {
    if reached {
        text!("word-aim-reached", words, aim)
    } else {
        text!("word-aim", words, aim)
    }
}

/// The unit of a year's record, counted: "månader", "1 month"'s "month";
/// periods of no one kind are "intervals".
pub fn record_unit(unit: Option<PeriodKind>, count: u32) -> Text {
    let kind = unit.map_or("interval", PeriodKind::as_str);
    text!("period-kind-counted", kind, count)
}

/// "2 av 3 månader uppfyllda", "2 of 3 months met".
pub fn record_words(record: &YearRecord, lang: Lang) -> String {
    if record.periods_ended == 0 && record.periods_excused == 0 {
        return String::new();
    }
    let (met, ended) = (record.periods_met, record.periods_ended);
    let unit = record_unit(record.unit, ended);
    let mut words = text!("word-record", met, ended, unit);
    if let Some(n) = record.periods_aim_reached {
        words = text!("word-record-aim-reached", words, n);
    }
    if record.periods_excused > 0 {
        words = text!("word-record-excused", words, n = record.periods_excused);
    }
    words.get(lang)
}

/// The arrow of a trend.
pub fn trend_arrow(trend: Option<Trend>) -> &'static str {
    match trend {
        Some(Trend::Up) => "↑",
        Some(Trend::Down) => "↓",
        Some(Trend::Same) => "→",
        None => "",
    }
}

/// The wanted direction in words.
pub fn wanted_words(wanted: Option<Direction>, lang: Lang) -> String {
    match wanted {
        Some(Direction::Increase) => lang.say("word-wanted-increase"),
        Some(Direction::Decrease) => lang.say("word-wanted-decrease"),
        None => String::new(),
    }
}

/// The metric's wanted direction and, with a baseline or goal, the
/// year's verdict: "ska minska; högst 370,8 (2018: 412): ej mätbart än",
/// "should fall; at most 370.8 (2018: 412): met".
pub fn metric_goal_words(m: &MetricStatus, lang: Lang) -> String {
    let wanted = wanted_words(m.wanted, lang);
    let Some(goal) = &m.goal else {
        return wanted;
    };
    let comparison = match goal.comparison {
        Comparison::AtLeast => "at-least",
        Comparison::AtMost => "at-most",
        Comparison::Above => "above",
        Comparison::Below => "below",
    };
    let mut words = match goal.level {
        Some(level) => text!("word-goal-level", comparison, level = number(level, lang)),
        None => text!("word-goal-comparison", comparison),
    };
    if let Some(b) = goal.baseline {
        let year = b.year.to_string();
        words = match b.value {
            Some(value) => {
                let value = number(value, lang);
                text!("word-goal-baseline", goal = words, year, value)
            }
            None => text!("word-goal-baseline-not-logged", goal = words, year),
        };
    }
    let state = match goal.state {
        GoalState::Met => text!("word-goal-met"),
        GoalState::NotMet => text!("word-goal-not-met"),
        GoalState::NotYetMeasurable => text!("word-goal-not-yet-measurable"),
    };
    let judged = text!("word-goal-judged", goal = words, state).get(lang);
    if wanted.is_empty() {
        judged
    } else {
        format!("{wanted}; {judged}")
    }
}

/// A month's mark in words: "uppfyllt", "missed"; empty for no mark.
pub fn mark_words(mark: Mark, lang: Lang) -> String {
    match mark {
        Mark::Met => lang.say("state-met"),
        Mark::Missed => lang.say("state-missed"),
        Mark::Partial => lang.say("word-mark-partial"),
        Mark::Excused => lang.say("state-excused"),
        Mark::Blank => String::new(),
    }
}

/// Whether a metric moved the way the plan wants, in words; empty when
/// the plan wants no direction or there is no year to compare with.
pub fn good_words(good: Option<bool>, lang: Lang) -> String {
    match good {
        Some(true) => lang.say("word-as-the-plan-wants"),
        Some(false) => lang.say("word-not-as-the-plan-wants"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passed_due_day_reads_as_overdue_with_the_days() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let due = d("2021-03-07");
        assert_eq!(
            due_words(due, State::Behind, d("2021-03-15"), Lang::SV),
            "försenat sedan 2021-03-07 (8 dagar)"
        );
        assert_eq!(
            due_words(due, State::Behind, d("2021-03-08"), Lang::EN),
            "overdue since 2021-03-07 (1 day)"
        );
        assert_eq!(
            due_words(due, State::Met, d("2021-03-01"), Lang::SV),
            "nästa senast 2021-03-07"
        );
    }

    #[test]
    fn counts_take_the_noun_in_the_right_number() {
        let one = unreadable_text(1, Unreadable::NotCounted);
        assert_eq!(one.id(), Some("word-unreadable-not-counted"));
        assert_eq!(one.arg("rows"), Some(&crate::i18n::Arg::Int(1)));
        assert!(one.sv().starts_with("1 rad i loggen"), "{}", one.sv());
        assert!(one.en().starts_with("1 row of the log"), "{}", one.en());
        assert!(one.en().contains("is not counted"), "{}", one.en());
        let two = unreadable_text(2, Unreadable::LeftOut);
        assert!(
            two.en()
                .contains("2 rows of the log could not be read and are left out")
        );
        assert!(two.sv().starts_with("2 rader i loggen"), "{}", two.sv());
        assert!(!two.sv().contains("(er)") && !two.en().contains("(s)"));
    }

    #[test]
    fn a_record_counts_its_periods_with_the_noun_each_language_wants() {
        let record = YearRecord {
            unit: Some(PeriodKind::Month),
            periods_met: 0,
            periods_ended: 1,
            ..YearRecord::default()
        };
        assert_eq!(record_words(&record, Lang::EN), "0 of 1 month met");
        // "0 av 1 månader" reads well in Swedish.
        assert_eq!(record_words(&record, Lang::SV), "0 av 1 månader uppfyllda");
        let gaps = YearRecord {
            unit: None,
            periods_met: 2,
            periods_ended: 3,
            periods_excused: 1,
            periods_aim_reached: None,
        };
        assert_eq!(
            record_words(&gaps, Lang::EN),
            "2 of 3 intervals met, 1 excused"
        );
        assert_eq!(
            record_words(&gaps, Lang::SV),
            "2 av 3 intervall uppfyllda, 1 undantagna"
        );
        assert_eq!(record_words(&YearRecord::default(), Lang::EN), "");
    }

    #[test]
    fn every_state_and_mark_has_words_in_both_languages() {
        for state in State::ALL {
            for lang in [Lang::SV, Lang::EN] {
                assert!(!state_words(state, lang).is_empty());
                assert!(state_explanation(state, lang).contains(':'));
            }
            assert_ne!(state_words(state, Lang::SV), state_words(state, Lang::EN));
        }
        assert_eq!(mark_words(Mark::Partial, Lang::SV), "delvis");
        assert_eq!(mark_words(Mark::Blank, Lang::EN), "");
        assert_eq!(
            state_words(State::Met, Lang::PSEUDO),
            "[!! met !!]",
            "the pseudo-locale wraps what comes from the catalog"
        );
    }

    #[test]
    fn a_number_takes_the_decimal_sign_of_its_language() {
        assert_eq!(number(370.75, Lang::SV), "370,8");
        assert_eq!(number(370.75, Lang::EN), "370.8");
        assert_eq!(number(370.75, Lang::PSEUDO), "370.8");
        assert_eq!(number(-2.0, Lang::SV), "-2");
    }
}
