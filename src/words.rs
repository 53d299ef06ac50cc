//! The domain's values in words, in Swedish and English: states, numbers
//! with the right decimal sign, a year's record, trends and the one-line
//! progress after `loften log`. Shared by the renderers and the yearly
//! report's content model, so that a state reads the same everywhere.
//!
//! The engine returns data only; this is where it is worded. Periods are
//! worded in [`periods`], frequencies in [`frequency`].

pub mod frequency;
pub mod periods;

pub use frequency::frequency_words;
pub use periods::{kind_noun, kind_plural, month_abbrev, month_name, period_label};

use chrono::NaiveDate;

use crate::compliance::grid::Mark;
use crate::compliance::triggers::TriggerStatus;
use crate::compliance::{GoalState, MeasureStatus, MetricStatus, State, Trend, YearRecord};
use crate::i18n::Lang;
use crate::plan::Comparison;
use crate::plan::Direction;

/// The state in words.
pub fn state_words(state: State, lang: Lang) -> &'static str {
    match state {
        State::Met => lang.pick("uppfyllt", "met"),
        State::OnTrack => lang.pick("i fas", "on track"),
        State::Behind => lang.pick("efter", "behind"),
        State::Missed => lang.pick("missat", "missed"),
        State::NoTarget => lang.pick("inget mål", "no target"),
        State::NotInForce => lang.pick("gäller ej", "not in force"),
        State::Excused => lang.pick("undantaget", "excused"),
    }
}

/// What a state means and its colour in the report, for the legend:
/// "grön: målet nåddes".
pub fn state_explanation(state: State, lang: Lang) -> &'static str {
    match state {
        State::Met => lang.pick("grön: målet nåddes", "green: the target was reached"),
        State::Missed => lang.pick(
            "röd: målet nåddes inte",
            "red: the target was not reached",
        ),
        State::Behind => lang.pick(
            "röd: perioden pågår och takten räcker inte för målet",
            "red: the period is running and the pace is short of the target",
        ),
        State::OnTrack => lang.pick(
            "blå: perioden pågår och takten räcker för målet",
            "blue: the period is running and the pace will reach the target",
        ),
        State::Excused => lang.pick(
            "gulbrun: perioden undantogs med ett skäl (t.ex. en stor händelse)",
            "amber: the period was excused, with a reason (e.g. a major incident)",
        ),
        State::NoTarget => lang.pick(
            "grå: åtgärden görs vid behov; planen sätter inget antal att nå, så den varken hålls eller missas",
            "grey: done as needed; the plan sets no number to reach, so it is neither kept nor missed",
        ),
        State::NotInForce => lang.pick(
            "grå: åtgärden gällde inte under perioden",
            "grey: the measure was not in force in the period",
        ),
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

/// A number as people read it: no decimals when whole, a decimal comma in
/// Swedish.
pub fn number(value: f64, lang: Lang) -> String {
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match lang {
        Lang::Sv => text.replace('.', ","),
        Lang::En | Lang::Pseudo => text,
    }
}

/// When the next visit of a max-gap measure is due, as of `at`: "nästa
/// senast 2021-03-28", or once the day has come without one, "försenat
/// sedan 2021-03-07 (8 dagar)".
pub fn due_words(due: NaiveDate, state: State, at: NaiveDate, lang: Lang) -> String {
    if state != State::Behind || at < due {
        return match lang {
            Lang::Sv => format!("nästa senast {due}"),
            Lang::En | Lang::Pseudo => format!("next due {due}"),
        };
    }
    let days = (at - due).num_days();
    match lang {
        Lang::Sv => format!("försenat sedan {due} ({})", counted(days, "dag", "dagar")),
        Lang::En | Lang::Pseudo => {
            format!("overdue since {due} ({})", counted(days, "day", "days"))
        }
    }
}

/// The triggers of a period in words: "1 av 2 besvarade i tid i Q2 2021,
/// 1 obesvarad och försenad", "1 of 2 answered in time in Q2 2021, 1
/// overdue"; "inget att besvara i kv2 2021", "nothing due in Q2 2021".
pub fn trigger_words(t: &TriggerStatus, label: &str, lang: Lang) -> String {
    let (answered, total) = (t.answered, t.total);
    if total == 0 {
        return match lang {
            Lang::Sv => format!("inget att besvara i {label}"),
            Lang::En | Lang::Pseudo => format!("nothing due in {label}"),
        };
    }
    let words = match lang {
        Lang::Sv => format!("{answered} av {total} besvarade i tid i {label}"),
        Lang::En | Lang::Pseudo => format!("{answered} of {total} answered in time in {label}"),
    };
    let counts = trigger_counts(t, lang);
    if counts.is_empty() {
        words
    } else {
        format!("{words}, {counts}")
    }
}

/// The triggers not answered in time, counted: "1 obesvarad och
/// försenad, 1 öppen",
/// "1 overdue, 1 open"; empty when there are none.
pub fn trigger_counts(t: &TriggerStatus, lang: Lang) -> String {
    let parts = [
        (
            t.overdue,
            "obesvarad och försenad",
            "obesvarade och försenade",
            "overdue",
        ),
        (t.late, "besvarad sent", "besvarade sent", "answered late"),
        (t.open, "öppen", "öppna", "open"),
    ];
    parts
        .into_iter()
        .filter(|(n, ..)| *n > 0)
        .map(|(n, one, many, en)| match lang {
            Lang::Sv => format!("{n} {}", if n == 1 { one } else { many }),
            Lang::En | Lang::Pseudo => format!("{n} {en}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A count with the noun in the right number: "1 dag", "8 dagar".
pub fn counted(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "3 rader i loggen kunde inte läsas och räknas inte; …", the rows
/// counted with the right noun ("1 rad", "2 rader"; "1 row", "2 rows")
/// and `sv_end` / `en_end` saying what became of them.
pub fn unreadable_words(n: i64, sv_end: &str, en_end: &str) -> crate::i18n::Text {
    crate::i18n::Text::new(
        format!(
            "{} i loggen kunde inte läsas och {sv_end}; `loften check` visar var och varför",
            counted(n, "rad", "rader")
        ),
        format!(
            "{} of the log could not be read and {en_end}; `loften check` shows where and why",
            counted(n, "row", "rows")
        ),
    )
}

/// One line for `loften log` on `at`: "trafikkontroll: 7 av 10 i mars
/// 2021".
pub fn progress_words(m: &MeasureStatus, at: NaiveDate, lang: Lang) -> String {
    let label = m
        .period
        .as_ref()
        .map_or_else(String::new, |p| period_label(&p.period(), lang));
    let label = label.as_str();
    let id = &m.id;
    if let Some(triggers) = &m.triggers {
        let mut line = format!("{id}: {}", trigger_words(triggers, label, lang));
        if let Some(due) = m.due {
            line += &format!("; {}", due_words(due, m.state, at, lang));
        }
        return line;
    }
    if let Some(due) = m.due {
        return format!("{id}: {}", due_words(due, m.state, at, lang));
    }
    let done = m.done.unwrap_or(0);
    let mut main = progress_main(m, done, label, lang);
    if let Some(aim) = m.aim {
        main += &aim_words(aim, m.aim_reached == Some(true), lang);
    }
    // A sub-quota still open is said, "varav harbo: 0 av 10 (öppet)".
    let open: Vec<String> = m
        .of_which
        .iter()
        .filter(|s| s.needed > 0)
        .map(|s| match lang {
            Lang::Sv => format!("varav {}: {} av {} (öppet)", s.target, s.done, s.at_least),
            Lang::En | Lang::Pseudo => format!(
                "of which {}: {} of {} (still open)",
                s.target, s.done, s.at_least
            ),
        })
        .collect();
    if open.is_empty() {
        main
    } else {
        format!("{main}; {}", open.join("; "))
    }
}

fn progress_main(m: &MeasureStatus, done: u64, label: &str, lang: Lang) -> String {
    let id = &m.id;
    match (&m.shifts, m.target, lang) {
        (Some(s), _, Lang::Sv) if s.shifts == 0 => {
            format!("{id}: {done} i {label} (inga arbetspass registrerade än)")
        }
        (Some(s), _, Lang::En) if s.shifts == 0 => {
            format!("{id}: {done} in {label} (no shifts recorded yet)")
        }
        (Some(s), _, Lang::Sv) => format!("{id}: {done} av {} pass i {label}", s.shifts),
        (Some(s), _, Lang::En | Lang::Pseudo) => {
            format!("{id}: {done} of {} shifts in {label}", s.shifts)
        }
        (None, Some(target), Lang::Sv) => format!("{id}: {done} av {target} i {label}"),
        (None, Some(target), Lang::En | Lang::Pseudo) => {
            format!("{id}: {done} of {target} in {label}")
        }
        (None, None, Lang::Sv) => format!("{id}: {done} i {label}"),
        (None, None, Lang::En | Lang::Pseudo) => format!("{id}: {done} in {label}"),
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

/// The aim beside done and the promise: " (ambition 3, nådd)", " (aim 3,
/// reached)".
pub fn aim_words(aim: u64, reached: bool, lang: Lang) -> String {
    match (reached, lang) {
        (true, Lang::Sv) => format!(" (ambition {aim}, nådd)"),
        (true, Lang::En | Lang::Pseudo) => format!(" (aim {aim}, reached)"),
        (false, Lang::Sv) => format!(" (ambition {aim})"),
        (false, Lang::En | Lang::Pseudo) => format!(" (aim {aim})"),
    }
}

/// "2 av 3 månader uppfyllda", "2 of 3 months met".
pub fn record_words(record: &YearRecord, lang: Lang) -> String {
    if record.periods_ended == 0 && record.periods_excused == 0 {
        return String::new();
    }
    let (met, ended) = (record.periods_met, record.periods_ended);
    // "0 av 1 månader" reads well in Swedish; English wants "1 month".
    let singular = ended == 1 && lang == Lang::En;
    let unit = match (record.unit, singular) {
        (Some(kind), true) => kind_noun(kind, lang),
        (Some(kind), false) => kind_plural(kind, lang),
        (None, true) => "interval",
        (None, false) => lang.pick("intervall", "intervals"),
    };
    let mut words = match lang {
        Lang::Sv => format!("{met} av {ended} {unit} uppfyllda"),
        Lang::En | Lang::Pseudo => format!("{met} of {ended} {unit} met"),
    };
    if let Some(n) = record.periods_aim_reached {
        words += &match lang {
            Lang::Sv => format!(", ambitionen nådd i {n}"),
            Lang::En | Lang::Pseudo => format!(", aim reached in {n}"),
        };
    }
    if record.periods_excused > 0 {
        let n = record.periods_excused;
        words += &match lang {
            Lang::Sv => format!(", {n} undantagna"),
            Lang::En | Lang::Pseudo => format!(", {n} excused"),
        };
    }
    words
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
pub fn wanted_words(wanted: Option<Direction>, lang: Lang) -> &'static str {
    match wanted {
        Some(Direction::Increase) => lang.pick("ska öka", "should rise"),
        Some(Direction::Decrease) => lang.pick("ska minska", "should fall"),
        None => "",
    }
}

/// The metric's wanted direction and, with a baseline or goal, the
/// year's verdict: "ska minska; högst 370,8 (2018: 412): ej mätbart än",
/// "should fall; at most 370.8 (2018: 412): met".
pub fn metric_goal_words(m: &MetricStatus, lang: Lang) -> String {
    let wanted = wanted_words(m.wanted, lang);
    let Some(goal) = &m.goal else {
        return wanted.to_string();
    };
    let how = match goal.comparison {
        Comparison::AtLeast => lang.pick("minst", "at least"),
        Comparison::AtMost => lang.pick("högst", "at most"),
        Comparison::Above => lang.pick("över", "above"),
        Comparison::Below => lang.pick("under", "below"),
    };
    let baseline = goal.baseline.map_or_else(String::new, |b| match b.value {
        Some(value) => format!(" ({}: {})", b.year, number(value, lang)),
        None => format!(" ({}: {})", b.year, lang.pick("ej loggat", "not logged")),
    });
    let state = match goal.state {
        GoalState::Met => lang.pick("uppfyllt", "met"),
        GoalState::NotMet => lang.pick("ej uppfyllt", "not met"),
        GoalState::NotYetMeasurable => lang.pick("ej mätbart än", "not yet measurable"),
    };
    let judged = match goal.level {
        Some(level) => format!("{how} {}{baseline}: {state}", number(level, lang)),
        None => format!("{}{baseline}: {state}", how.trim_end()),
    };
    if wanted.is_empty() {
        judged
    } else {
        format!("{wanted}; {judged}")
    }
}

/// A month's mark in words: "uppfyllt", "missed"; empty for no mark.
pub fn mark_words(mark: Mark, lang: Lang) -> &'static str {
    match mark {
        Mark::Met => lang.pick("uppfyllt", "met"),
        Mark::Missed => lang.pick("missat", "missed"),
        Mark::Partial => lang.pick("delvis", "partial"),
        Mark::Excused => lang.pick("undantaget", "excused"),
        Mark::Blank => "",
    }
}

/// Whether a metric moved the way the plan wants, in words; empty when
/// the plan wants no direction or there is no year to compare with.
pub fn good_words(good: Option<bool>, lang: Lang) -> &'static str {
    match good {
        Some(true) => lang.pick("som planen vill", "as the plan wants"),
        Some(false) => lang.pick("inte som planen vill", "not as the plan wants"),
        None => "",
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
            due_words(due, State::Behind, d("2021-03-15"), Lang::Sv),
            "försenat sedan 2021-03-07 (8 dagar)"
        );
        assert_eq!(
            due_words(due, State::Behind, d("2021-03-08"), Lang::En),
            "overdue since 2021-03-07 (1 day)"
        );
        assert_eq!(
            due_words(due, State::Met, d("2021-03-01"), Lang::Sv),
            "nästa senast 2021-03-07"
        );
    }

    #[test]
    fn counts_take_the_noun_in_the_right_number() {
        assert_eq!(counted(1, "rad", "rader"), "1 rad");
        assert_eq!(counted(2, "rad", "rader"), "2 rader");
        let one = unreadable_words(1, "räknas inte", "are not counted");
        assert!(one.sv().starts_with("1 rad i loggen"), "{}", one.sv());
        assert!(one.en().starts_with("1 row of the log"), "{}", one.en());
        let two = unreadable_words(2, "räknas inte", "are not counted");
        assert!(two.sv().starts_with("2 rader i loggen"), "{}", two.sv());
        assert!(!two.sv().contains("(er)") && !two.en().contains("(s)"));
    }
}
