//! The rules a log row must follow against the plan, shared by `loften log`
//! (before anything is written) and `loften check` (over old rows).
//!
//! Pure: a plan, a row and today's date in, a list of problems out, each a
//! sentence in both languages saying what is wrong and what to do. Problems
//! that need the whole log (duplicate ids, voids of missing rows) are
//! `check`'s; problems of the file (torn lines, bad columns) are the
//! reader's.

use chrono::NaiveDate;

use crate::activity::personnummer;
use crate::activity::{
    Activity, MAX_COUNT, MAX_VALUE, RowKind, RowRef, ValuesRef, parse_any_number,
};
use crate::i18n::Text;
use crate::period::{DateRange, PeriodKind, parse_period_key};
use crate::plan::{Measure, Plan};
use crate::terminal;
use crate::text;

/// Every problem of a new `row` against `plan`, with `today` as the last
/// day an activity can have happened. Empty when the row is fine.
pub fn validate(plan: &Plan, row: &Activity, today: NaiveDate) -> Vec<Text> {
    problems_of(plan, row.as_row(), today, Origin::Typed)
}

/// Every problem of a row already in the log, as [`validate`], except that
/// a line break in its note is no problem: a spreadsheet writes one (Alt+Enter
/// in Excel), the CSV quotes it, and every terminal output escapes it. New
/// rows are refused one, as every control character.
pub fn validate_logged(plan: &Plan, row: RowRef<'_>, today: NaiveDate) -> Vec<Text> {
    problems_of(plan, row, today, Origin::Logged)
}

/// Where a row comes from: typed now, or read from the log.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Typed,
    Logged,
}

fn problems_of(plan: &Plan, row: RowRef<'_>, today: NaiveDate, origin: Origin) -> Vec<Text> {
    let mut problems = Vec::new();
    match row.kind() {
        RowKind::Activity => activity_problems(plan, row, today, &mut problems),
        RowKind::Shift => shift_problems(plan, row, today, &mut problems),
        // A void copies its row's date and measure: the cancelled row is
        // checked on its own line.
        RowKind::Void => {}
        RowKind::Excuse => excuse_problems(plan, row, &mut problems),
    }
    if row.voids.is_some() && row.excuses.is_some() {
        problems.push(text!("row-voids-and-excuses"));
    }
    problems.extend(free_text_problems(row, origin));
    problems
}

/// The longest span one row may cover: a year.
pub const MAX_SPAN_DAYS: i64 = 366;

fn activity_problems(plan: &Plan, row: RowRef<'_>, today: NaiveDate, problems: &mut Vec<Text>) {
    if plan.trigger(row.measure).is_some() {
        trigger_problems(plan, row, today, problems);
        return;
    }
    // The version in force looked up first: most rows have one, and then
    // the measure is known without a second look through the plan.
    let in_force = plan.measure_on(row.measure, row.date);
    if in_force.is_none() && !plan.has_measure(row.measure) {
        problems.push(unknown_measure(plan, row.measure));
        return;
    }
    if let Some(measure) = baseline_measure(plan, row) {
        baseline_problems(measure, row, problems);
        return;
    }
    problems.extend(date_problems(plan.agreement.period(), row.date, today));
    let Some(measure) = in_force else {
        if plan.agreement.period().contains(row.date) {
            problems.push(not_in_force(plan, row.measure, row.date));
        }
        return;
    };
    problems.extend(count_problem(row.count));
    problems.extend(target_problem(measure, row.target));
    problems.extend(value_problems(measure, row.values));
    problems.extend(span_problems(plan, row, today));
    if row.answers.is_some() && !matches!(measure.frequency.rule, crate::plan::Rule::OnTrigger(_)) {
        let id = row.measure;
        problems.push(text!("row-answers-without-events", id));
    }
}

/// The version of the row's measure whose metric has a baseline in the
/// year of the row's date, when that year is before the agreement: the
/// row then logs the baseline (`loften log MEASURE --baseline 2018`).
pub fn baseline_measure<'a>(plan: &'a Plan, row: RowRef<'_>) -> Option<&'a Measure> {
    if row.date >= plan.agreement.start {
        return None;
    }
    let year = chrono::Datelike::year(&row.date);
    plan.measures.iter().find(|m| {
        m.id == row.measure
            && m.metrics
                .iter()
                .any(|x| x.baseline.is_some_and(|b| b.year == year))
    })
}

/// A baseline row: values of the measure's metrics, inside its year.
fn baseline_problems(measure: &Measure, row: RowRef<'_>, problems: &mut Vec<Text>) {
    let year = chrono::Datelike::year(&row.date);
    if row.values.iter().next().is_none() {
        let id = &measure.id;
        problems.push(text!("row-baseline-needs-values", year, id));
    }
    if row
        .until
        .is_some_and(|last| chrono::Datelike::year(&last) != year)
    {
        problems.push(text!("row-baseline-span-past-year", year));
    }
    if row.count != 1 || row.target.is_some() || row.answers.is_some() {
        problems.push(text!("row-baseline-values-only", year));
    }
    problems.extend(value_problems(measure, row.values));
    // Only metrics whose baseline of that year is logged take a value.
    for (key, _) in row.values.iter() {
        let logged = measure.metric(key).is_some_and(|m| {
            m.baseline
                .is_some_and(|b| b.year == year && b.value.is_none())
        });
        if measure.metric(key).is_some() && !logged {
            problems.push(text!(
                "row-no-baseline-to-log",
                key = format!("{key:?}"),
                year
            ));
        }
    }
}

/// A row of a `[[trigger]]` kind: a day and a count, nothing else.
fn trigger_problems(plan: &Plan, row: RowRef<'_>, today: NaiveDate, problems: &mut Vec<Text>) {
    problems.extend(date_problems(plan.agreement.period(), row.date, today));
    problems.extend(count_problem(row.count));
    if row.target.is_some()
        || row.values.iter().next().is_some()
        || row.answers.is_some()
        || row.until.is_some()
    {
        let id = row.measure;
        problems.push(text!("row-event-has-no-target", id));
    }
}

/// A span (`until`) ends on or before today, inside the agreement, at
/// most a year after it starts.
fn span_problems(plan: &Plan, row: RowRef<'_>, today: NaiveDate) -> Vec<Text> {
    let Some(last) = row.until else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    if last < row.date {
        let first = row.date;
        problems.push(text!("row-span-backwards", last, first));
    } else if (last - row.date).num_days() >= MAX_SPAN_DAYS {
        problems.push(text!("row-span-too-long", max_span_days = MAX_SPAN_DAYS));
    }
    problems.extend(date_problems(plan.agreement.period(), last, today));
    problems
}

fn shift_problems(plan: &Plan, row: RowRef<'_>, today: NaiveDate, problems: &mut Vec<Text>) {
    problems.extend(date_problems(plan.agreement.period(), row.date, today));
    problems.extend(count_problem(row.count));
    if row.target.is_some() || row.values.iter().next().is_some() {
        problems.push(text!("row-shift-no-target"));
    }
}

fn excuse_problems(plan: &Plan, row: RowRef<'_>, problems: &mut Vec<Text>) {
    if !plan.has_measure(row.measure) {
        problems.push(unknown_measure(plan, row.measure));
        return;
    }
    let key = row.excuses.unwrap_or_default();
    match parse_period_key(key) {
        None => problems.push(bad_period_key(key)),
        Some(period) => {
            let versions: Vec<_> = plan
                .versions(row.measure)
                .filter(|m| m.validity.overlaps(&period.range))
                .collect();
            if versions.is_empty() {
                problems.push(period_outside_validity(plan, row.measure, key));
            }
            // A quota or every-shift measure is judged per its own period:
            // excusing another kind would change nothing, silently. A
            // max-gap measure takes any calendar period.
            let own: Vec<PeriodKind> = versions
                .iter()
                .filter_map(|m| m.frequency.rule.own_period())
                .collect();
            if !own.is_empty() && !own.contains(&period.kind) {
                let kind = own[0];
                // The key of that kind where the excused period begins.
                let example =
                    crate::period::period_containing(kind, period.range.start, period.range)
                        .map_or_else(|| kind.as_str().to_string(), |p| p.key());
                let kind = kind.as_str();
                problems.push(text!(
                    "row-excuse-wrong-kind",
                    key,
                    example,
                    per = text!("row-period-kind", kind),
                    one = text!("row-period-kind-one", kind)
                ));
            }
        }
    }
    if row.note.trim().is_empty() {
        problems.push(text!("row-excuse-needs-note"));
    }
}

/// A date before the agreement, after it, or after today.
pub fn date_problems(agreement: DateRange, date: NaiveDate, today: NaiveDate) -> Vec<Text> {
    let mut problems = Vec::new();
    if date > agreement.end && today > agreement.end {
        let end = agreement.end;
        problems.push(text!("row-date-after-agreement", date, end));
    } else if !agreement.contains(date) {
        let (start, end) = (agreement.start, agreement.end);
        problems.push(text!("row-date-outside-agreement", date, start, end));
    }
    if date > today {
        problems.push(text!("row-date-in-future", date, today));
    }
    problems
}

fn count_problem(count: u64) -> Option<Text> {
    (count == 0).then(|| text!("row-count-zero"))
}

fn target_problem(measure: &Measure, target: Option<&str>) -> Option<Text> {
    let id = &measure.id;
    let known = || {
        measure
            .targets
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match target {
        None if measure.takes_any_target() => {
            Some(text!("row-target-needed-distinct", id = format!("{id:?}")))
        }
        Some(t) if measure.takes_any_target() => (!crate::plan::parse::is_target_id(t))
            .then(|| text!("row-target-bad-name", t = format!("{t:?}"))),
        None if measure.frequency.needs_targets() => {
            let known = known();
            Some(text!("row-target-needed", id = format!("{id:?}"), known))
        }
        None => None,
        Some(t) if measure.targets.is_empty() => Some(text!(
            "row-target-not-wanted",
            id = format!("{id:?}"),
            t = format!("{t:?}")
        )),
        Some(t) if measure.target(t).is_none() => {
            let known = known();
            Some(text!(
                "row-target-unknown",
                t = format!("{t:?}"),
                id = format!("{id:?}"),
                known
            ))
        }
        Some(_) => None,
    }
}

fn value_problems(measure: &Measure, values: ValuesRef<'_>) -> Vec<Text> {
    let id = &measure.id;
    let mut problems = Vec::new();
    for (i, (key, value)) in values.iter().enumerate() {
        if measure.metric(key).is_none() {
            problems.push(if measure.metrics.is_empty() {
                text!(
                    "row-value-not-wanted",
                    id = format!("{id:?}"),
                    key = format!("{key:?}")
                )
            } else {
                let known = metric_list(measure);
                text!(
                    "row-value-unknown-metric",
                    key = format!("{key:?}"),
                    id = format!("{id:?}"),
                    known
                )
            });
        }
        let max = MAX_VALUE;
        let counted = measure.metric(key).is_some_and(|m| m.unit == COUNT_UNIT);
        if counted && value.is_finite() && value.fract() != 0.0 {
            let shown = value.to_string().replace('.', ",");
            problems.push(text!(
                "row-value-not-whole",
                key = format!("{key:?}"),
                shown
            ));
        }
        if !value.is_finite() || value < 0.0 || value > max {
            problems.push(text!(
                "row-value-out-of-range",
                key = format!("{key:?}"),
                max = max.to_string(),
                value = value.to_string()
            ));
        }
        if values.iter().take(i).any(|(k, _)| k == key) {
            problems.push(text!("row-value-twice", key = format!("{key:?}")));
        }
    }
    problems
}

/// The measure's metrics, "anmalningar (Anmälningar)": id and label.
fn metric_list(measure: &Measure) -> String {
    measure
        .metrics
        .iter()
        .map(|m| format!("{} ({})", m.id, m.label))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The unit of a metric that counts things: its values are whole numbers.
pub const COUNT_UNIT: &str = "count";

/// The first problem of one free-text answer (`field` names it in the
/// message): a personnummer or samordningsnummer, or a character a terminal
/// would obey. What the interactive `log` checks as each answer is given.
pub fn field_problem(field: &str, value: &str) -> Option<Text> {
    text_problems(field, value).next()
}

/// The problems of one free-text field, personal data first. A row id
/// (`20210302-111213-0123abcd`, in `voids` or quoted in a note) is no
/// personnummer, though its time and hex digits can read like one.
fn text_problems<'a>(field: &'a str, value: &'a str) -> impl Iterator<Item = Text> + 'a {
    (!plainly_safe(value))
        .then(|| every_text_problem(field, value))
        .into_iter()
        .flatten()
}

/// [`text_problems`], every check made.
fn every_text_problem<'a>(field: &'a str, value: &'a str) -> impl Iterator<Item = Text> + 'a {
    let unmasked = without_row_ids(value);
    let personal =
        personnummer::find(&unmasked).map(|found| personal_data_message(field, &unmasked, found));
    let control = terminal::first_unsafe(value).map(|(at, c)| unsafe_character(field, at, c));
    personal.into_iter().chain(control)
}

/// Whether `value` plainly has no problem of [`text_problems`]: no
/// control character but tab (C0, DEL, C1), no character of the general
/// punctuation block (where the bidirectional controls are), and fewer
/// than the ten digits of the shortest personnummer, counting every
/// character beyond ASCII as a digit (some are). Most text is, and is
/// then looked at once.
fn plainly_safe(value: &str) -> bool {
    let b = value.as_bytes();
    // One look at each byte, without a branch (most text is short and
    // safe): the digits (and first bytes beyond ASCII) counted, anything
    // unsafe noted, and whether a character of U+0080–U+00BF is there.
    let (digits, risky, c2) = b
        .iter()
        .fold((0usize, false, false), |(digits, risky, c2), &c| {
            let digit = c.is_ascii_digit() | (c >= 0xC0);
            // C0 controls but tab, and DEL.
            let control = ((c < b' ') & (c != b'\t')) | (c == 0x7F);
            // U+2000–U+2FFF, the bidirectional controls among them.
            let punctuation = c == 0xE2;
            (
                digits + usize::from(digit),
                risky | control | punctuation,
                c2 | (c == 0xC2),
            )
        });
    // U+0080–U+009F, the C1 controls: looked for only where such a
    // character may be (`§`, `°` and the like are rare).
    let c1 = || {
        b.windows(2)
            .any(|w| w[0] == 0xC2 && (0x80..=0x9F).contains(&w[1]))
    };
    !risky && digits < 10 && !(c2 && c1())
}

/// `text` with every row id (`YYYYMMDD-HHMMSS-` and eight hex digits, not
/// inside a longer word) blanked out, character for character.
fn without_row_ids(text: &str) -> std::borrow::Cow<'_, str> {
    const SHAPE: &[u8] = b"dddddddd-dddddd-hhhhhhhh";
    let b = text.as_bytes();
    let fits = |at: usize| {
        at + SHAPE.len() <= b.len()
            && SHAPE.iter().zip(&b[at..]).all(|(shape, c)| match shape {
                b'd' => c.is_ascii_digit(),
                b'h' => c.is_ascii_hexdigit(),
                _ => c == shape,
            })
            && (at == 0 || !b[at - 1].is_ascii_alphanumeric())
            && b.get(at + SHAPE.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    let starts: Vec<usize> = (0..b.len()).filter(|&at| fits(at)).collect();
    if starts.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = b.to_vec();
    for at in starts {
        bytes[at..at + SHAPE.len()].fill(b' ');
    }
    // Only ASCII bytes were replaced by ASCII: still UTF-8.
    std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

/// Every text field holding a personnummer or samordningsnummer, or a
/// character a terminal would obey (see [`crate::terminal`]); and every
/// value that is a personnummer written as a number.
fn free_text_problems(row: RowRef<'_>, origin: Origin) -> Vec<Text> {
    let mut problems: Vec<Text> = Vec::new();
    let mut check = |field: &str, value: &str| {
        if plainly_safe(value) {
            return;
        }
        // A logged note may hold line breaks (see [`validate_logged`]).
        let breaks_allowed = origin == Origin::Logged && field == "note";
        let checked: std::borrow::Cow<'_, str> = if breaks_allowed && value.contains('\n') {
            // Two characters for two keep the positions in messages; a
            // lone CR (which moves the cursor back) stays a problem.
            value.replace("\r\n", "  ").replace('\n', " ").into()
        } else {
            value.into()
        };
        problems.extend(text_problems(field, &checked));
    };
    // In this order: the messages of a row come in it.
    check("measure", row.measure);
    check("who", row.who);
    check("place", row.place);
    check("note", row.note);
    if let Some(target) = row.target {
        check("target", target);
    }
    // The values read once: their personnummer come last.
    let mut numbers = Vec::new();
    for (key, value) in row.values.iter() {
        check("values", key);
        numbers.extend(personnummer_value(key, value));
    }
    if let Some(voids) = row.voids {
        check("voids", voids);
    }
    if let Some(excuses) = row.excuses {
        check("excuses", excuses);
    }
    problems.extend(numbers);
    problems
}

/// A metric value that is a personnummer written as a number (10 or 12
/// digits, as `--value anmalningar=8112189876` would log it).
pub fn personnummer_value(key: &str, value: f64) -> Option<Text> {
    // Below 10^9 a value has fewer digits than any personnummer.
    if value.fract() != 0.0 || !(1e9..1e13).contains(&value) {
        return None;
    }
    let digits = format!("{value:.0}");
    let found = personnummer::find(&digits).filter(|f| f.start == 0 && f.end == digits.len())?;
    Some(personal_data_message(
        &format!("values: {key}"),
        &digits,
        found,
    ))
}

/// A character in free text that a terminal would obey.
fn unsafe_character(field: &str, at: usize, c: char) -> Text {
    let code = terminal::code_point(c);
    text!("row-control-character", field, code, at)
}

/// Why a personnummer is refused, without repeating the number itself.
pub fn personal_data_message(field: &str, value: &str, found: personnummer::Found) -> Text {
    let at = value[..found.start].chars().count() + 1;
    let kind = match found.kind {
        personnummer::Kind::Personnummer => text!("row-kind-personnummer"),
        personnummer::Kind::Samordningsnummer => text!("row-kind-samordningsnummer"),
    };
    let field = match field {
        "measure" => text!("row-field-measure"),
        "who" => text!("row-field-who"),
        "place" => text!("row-field-place"),
        "note" => text!("row-field-note"),
        "target" => text!("row-field-target"),
        "values" => text!("row-field-values"),
        "voids" => text!("row-field-voids"),
        "excuses" => text!("row-field-excuses"),
        other => Text::same(other),
    };
    text!("row-personal-number", field, kind, at)
}

/// An unknown measure, naming the closest ids.
pub fn unknown_measure(plan: &Plan, id: &str) -> Text {
    let ids = plan.measure_ids();
    let closest = closest(id, &ids).join(", ");
    text!(
        "row-measure-unknown-closest",
        id = format!("{id:?}"),
        closest
    )
}

fn not_in_force(plan: &Plan, id: &str, date: NaiveDate) -> Text {
    let windows = validity_list(plan, id);
    text!(
        "row-measure-not-in-force",
        id = format!("{id:?}"),
        date,
        windows
    )
}

/// A period that no version of measure `id` reaches.
pub fn period_outside_validity(plan: &Plan, id: &str, key: &str) -> Text {
    let windows = validity_list(plan, id);
    text!(
        "row-period-outside-validity",
        key,
        id = format!("{id:?}"),
        windows
    )
}

fn validity_list(plan: &Plan, id: &str) -> String {
    plan.versions(id)
        .map(|m| format!("{} – {}", m.validity.start, m.validity.end))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A period key that does not parse, with the accepted forms.
pub fn bad_period_key(key: &str) -> Text {
    text!("row-not-a-period", key = format!("{key:?}"))
}

/// Parses a count as people type it: a whole number from 1 to
/// [`MAX_COUNT`].
pub fn parse_count(text: &str) -> Result<u64, Text> {
    let trimmed = crate::activity::trimmed(text);
    let max = MAX_COUNT;
    match trimmed.parse::<u64>() {
        Ok(n) if (1..=max).contains(&n) && trimmed.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(text!(
            "row-count-not-whole",
            text = format!("{text:?}"),
            max
        )),
    }
}

/// Why the `KEY=NUMBER` pair `key`=`value` (as written) is no metric
/// value when it is a number of a kind: a personnummer, or a number too
/// large. `None` when it is no number at all (the caller says so). For
/// the log reader and `--value` alike.
pub fn bad_value(key: &str, value: &str) -> Option<Text> {
    if let Some(found) = personnummer::find(value) {
        return Some(personal_data_message(
            &format!("values: {key}"),
            value,
            found,
        ));
    }
    let max = MAX_VALUE;
    parse_any_number(value).map(|_| {
        text!(
            "row-value-too-large",
            key = key.to_string(),
            value = value.to_string(),
            max = max.to_string()
        )
    })
}

/// The candidates closest to `word` by edit distance, at most three, best
/// first; always at least one when there are candidates.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let word = word.to_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .iter()
        .map(|c| (likeness(&word, &c.to_lowercase()), *c))
        .collect();
    scored.sort_by_key(|&(d, c)| (d, c));
    let Some(&(best, _)) = scored.first() else {
        return Vec::new();
    };
    scored
        .into_iter()
        .take_while(|&(d, _)| d <= best.max(2))
        .take(3)
        .map(|(_, c)| c)
        .collect()
}

/// How far apart a typed word and a candidate are: 1 when the word begins
/// the candidate (`natt` for `nattvandring`), else their edit distance.
fn likeness(word: &str, candidate: &str) -> usize {
    if word != candidate && candidate.starts_with(word) {
        1
    } else {
        edit_distance(word, candidate)
    }
}

/// Levenshtein distance between two texts, counted in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Arg;
    use crate::plan::parse_plan;

    const PLAN: &str = r#"
[agreement]
title = "Test"
municipality = "Testby"
start = 2019-01-01
end = 2023-12-31

[[agreement.party]]
id = "polisen"
name = "Polisen"

[[agreement.focus_area]]
id = "trafik"
name = "Trafik"
text = "Trafik"

[[measure]]
id = "trafikkontroll"
title = "Trafikkontroller"
focus_area = "trafik"
prevention = "situationell"
responsible = ["polisen"]
rubrik = "r"
vad = "v"
nar = "Minst 10 kontroller per månad"
samverkan = "s"
ansvarig = "a"
uppfoljning = "u"
frequency = { kind = "quota", at_least = 10, per = "month" }
metrics = [{ id = "anmalningar", label = "Antal anmälningar", unit = "count" }]

[[measure]]
id = "klassrumsbesok"
title = "Klassrumsbesök"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "r"
vad = "v"
nar = "1 gång per år"
samverkan = "s"
ansvarig = "a"
uppfoljning = "u"
frequency = { kind = "quota", at_least = 1, per = "year", each_target = true }
targets = [{ id = "åk6", label = "Årskurs 6" }, { id = "åk7", label = "Årskurs 7" }]
valid = { from = 2020-01-01 }
"#;

    fn plan() -> Plan {
        parse_plan(PLAN).unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn row(measure: &str, date: &str) -> Activity {
        Activity::new("20210302-101112-0123abcd", d(date), measure)
    }

    fn problems(row: &Activity) -> Vec<String> {
        validate(&plan(), row, d("2021-06-30"))
            .into_iter()
            .map(|t| t.en())
            .collect()
    }

    /// The one problem of `row`, which must be of the kind `id`.
    fn one_problem_of_kind(row: &Activity, id: &str) -> Text {
        let mut found = validate(&plan(), row, d("2021-06-30"));
        assert_eq!(found.len(), 1, "{found:?}");
        let problem = found.remove(0);
        assert_eq!(problem.id(), Some(id), "{problem}");
        problem
    }

    #[test]
    fn a_good_row_passes() {
        let mut r = row("trafikkontroll", "2021-03-02");
        r.values = vec![("anmalningar".into(), 2.0)];
        r.note = "kontroll \"nykter\", åäö, 121212-1213".into();
        assert_eq!(problems(&r), Vec::<String>::new());
        let mut visit = row("klassrumsbesok", "2021-03-02");
        visit.target = Some("åk7".into());
        assert_eq!(problems(&visit), Vec::<String>::new());
    }

    #[test]
    fn unknown_measure_names_the_closest() {
        let problem = one_problem_of_kind(
            &row("trafikontroll", "2021-03-02"),
            "row-measure-unknown-closest",
        );
        let closest = problem.arg("closest");
        assert_eq!(closest, Some(&Arg::Str("trafikkontroll".into())));
    }

    #[test]
    fn dates_outside_the_agreement_validity_or_today() {
        one_problem_of_kind(
            &row("trafikkontroll", "2018-12-31"),
            "row-date-outside-agreement",
        );
        one_problem_of_kind(&row("trafikkontroll", "2021-07-01"), "row-date-in-future");
        one_problem_of_kind(
            &row("klassrumsbesok", "2019-05-01"),
            "row-measure-not-in-force",
        );
    }

    #[test]
    fn counts_targets_and_metrics() {
        let mut r = row("trafikkontroll", "2021-03-02");
        r.count = 0;
        one_problem_of_kind(&r, "row-count-zero");
        let mut r = row("trafikkontroll", "2021-03-02");
        r.target = Some("åk7".into());
        one_problem_of_kind(&r, "row-target-not-wanted");
        let mut r = row("klassrumsbesok", "2021-03-02");
        r.target = Some("åk9".into());
        let problem = one_problem_of_kind(&r, "row-target-unknown");
        assert_eq!(problem.arg("known"), Some(&Arg::Str("åk6, åk7".into())));
        one_problem_of_kind(&row("klassrumsbesok", "2021-03-02"), "row-target-needed");
        let mut r = row("trafikkontroll", "2021-03-02");
        r.values = vec![("beslag".into(), 1.0)];
        one_problem_of_kind(&r, "row-value-unknown-metric");
        let mut r = row("trafikkontroll", "2021-03-02");
        r.values = vec![("anmalningar".into(), -1.0)];
        one_problem_of_kind(&r, "row-value-out-of-range");
    }

    #[test]
    fn personnummer_in_any_text_field() {
        for field in ["who", "place", "note", "target"] {
            let mut r = row("trafikkontroll", "2021-03-02");
            let value = "ring 191212121212".to_string();
            match field {
                "who" => r.who = value,
                "place" => r.place = value,
                "note" => r.note = value,
                _ => r.target = Some(value),
            }
            let found = problems(&r);
            assert!(
                found
                    .iter()
                    .any(|p| p.starts_with(field) && p.contains("case systems")),
                "{field}: {found:?}"
            );
        }
    }

    #[test]
    fn shifts_voids_and_excuses() {
        assert!(problems(&row("arbetspass", "2021-03-02")).is_empty());
        let mut void = row("okänd", "2030-01-01");
        void.voids = Some("x".into());
        assert!(problems(&void).is_empty());
        let mut excuse = row("trafikkontroll", "2021-03-01");
        excuse.excuses = Some("2021-03".into());
        assert_eq!(problems(&excuse).len(), 1, "a reason is needed");
        excuse.note = "sjukdom".into();
        assert!(problems(&excuse).is_empty());
        excuse.excuses = Some("2018".into());
        assert!(problems(&excuse)[0].contains("outside"));
    }

    #[test]
    fn counts_parse_strictly() {
        assert_eq!(parse_count("3"), Ok(3));
        assert_eq!(parse_count(" 12 "), Ok(12));
        assert_eq!(parse_count("10000"), Ok(10_000));
        for bad in [
            "0",
            "-1",
            "2.5",
            "abc",
            "",
            "+3",
            "1e3",
            "10001",
            "18446744073709551615",
        ] {
            assert!(parse_count(bad).is_err(), "{bad}");
        }
    }

    proptest::proptest! {
        /// Text said plainly safe has no problem when every check is made:
        /// digits of every script, controls, bidirectional marks, row ids.
        #[test]
        fn plainly_safe_text_has_no_problem(
            text in "([0-9a-zåäö \\t\\n\\r-]|[\u{80}-\u{9f}]|[\u{2000}-\u{2070}]|[\u{660}-\u{669}]|[\u{ff10}-\u{ff19}]|\u{1b}|\u{7f}|811218-9876|20210302-101101-0000a001){0,14}"
        ) {
            if plainly_safe(&text) {
                proptest::prop_assert_eq!(every_text_problem("note", &text).count(), 0);
            }
        }
    }

    /// A field of a row as the log may hold it: empty, plain, a
    /// personnummer, a control character, a line break.
    fn field() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::prop_oneof![
            proptest::strategy::Just(String::new()),
            "[a-zåö ]{1,8}",
            proptest::strategy::Just("ring 811218-9876".to_string()),
            proptest::strategy::Just("x\u{1b}[2J".to_string()),
            proptest::strategy::Just("två\nrader".to_string()),
            proptest::strategy::Just("  ".to_string()),
        ]
    }

    proptest::proptest! {
        /// A row checked on its borrowed view, its values still the
        /// column's text (as `check` reads the log), has the problems of
        /// the owned row it stands for, in the same order.
        #[test]
        fn a_borrowed_row_has_the_owned_rows_problems(
            measure in proptest::sample::select(vec!["trafikkontroll", "klassrumsbesok", "arbetspass", "trafikontroll", "okänd\u{7}"]),
            day in 0i64..2200,
            until in proptest::option::of(-5i64..400),
            count in 0u64..3,
            target in proptest::option::of(proptest::sample::select(vec!["åk6", "åk9", "x y", "811218-9876"])),
            values in proptest::collection::vec(
                (proptest::sample::select(vec!["anmalningar", "beslag", "811218-9876"]), 0u32..3000, proptest::option::of(0u32..100)),
                0..4,
            ),
            (who, place, note) in (field(), field(), field()),
            voids in proptest::option::of(proptest::sample::select(vec!["a", "811218-9876"])),
            excuses in proptest::option::of(proptest::sample::select(vec!["2021-03", "2021", "2018", "2021-T1", "mars"])),
            answers in proptest::option::of(proptest::sample::select(vec!["a", "b"])),
        ) {
            let date = d("2018-01-01") + chrono::Duration::days(day);
            let values: Vec<String> = values
                .iter()
                .map(|(key, whole, cents)| match cents {
                    Some(cents) => format!("{key}={whole},{cents:02}"),
                    None => format!("{key}={whole}"),
                })
                .collect();
            let values = values.join(" ");
            let view = RowRef {
                id: "20210302-101112-0123abcd",
                date,
                measure,
                count,
                target,
                values: ValuesRef::Text(&values),
                who: &who,
                place: &place,
                note: &note,
                recorded_at: "",
                voids,
                excuses,
                until: until.map(|days| date + chrono::Duration::days(days)),
                answers,
            };
            let owned = view.to_activity();
            let said = |problems: Vec<Text>| -> Vec<(Option<String>, String, String)> {
                problems
                    .into_iter()
                    .map(|t| (t.id().map(str::to_string), t.en(), t.sv()))
                    .collect()
            };
            let today = d("2021-06-30");
            proptest::prop_assert_eq!(
                said(validate_logged(&plan(), view, today)),
                said(validate_logged(&plan(), owned.as_row(), today))
            );
        }
    }

    /// [`plainly_safe`] as it was, a byte at a time.
    fn plainly_safe_reference(value: &str) -> bool {
        let b = value.as_bytes();
        // Printable ASCII first, without a branch a byte (most text is).
        let (digits, printable) = b.iter().fold((0usize, true), |(digits, printable), &c| {
            (
                digits + usize::from(c.is_ascii_digit()),
                printable & ((b' '..=b'~').contains(&c) | (c == b'\t')),
            )
        });
        if printable {
            return digits < 10;
        }
        let mut digits = 0;
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'0'..=b'9' => digits += 1,
                b'\t' | b' '..=b'~' => {}
                // U+0080–U+009F, the C1 controls.
                0xC2 if b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)) => return false,
                // U+2000–U+2FFF, the bidirectional controls among them.
                0xE2 => return false,
                // The first byte of a character beyond ASCII.
                0xC0.. => digits += 1,
                // A character's next bytes.
                0x80..=0xBF => {}
                // C0 controls and DEL.
                _ => return false,
            }
        }
        digits < 10
    }

    proptest::proptest! {
        /// The one look at each byte says what the byte-at-a-time look
        /// said, of any text.
        #[test]
        fn plainly_safe_is_the_byte_at_a_time_look(
            text in "([0-9a-zåäö \t\n\r\u{0}-]|[\u{80}-\u{a0}]|[\u{7ff}-\u{801}]|[\u{1fff}-\u{3001}]|[\u{660}-\u{669}]|\u{1b}|\u{7f}|\u{10000}|\u{e000}){0,14}"
        ) {
            proptest::prop_assert_eq!(plainly_safe(&text), plainly_safe_reference(&text));
        }
    }

    #[test]
    fn plainly_safe_text() {
        assert!(plainly_safe("Norsjövallen, 12 st"));
        assert!(plainly_safe("123456789"));
        assert!(!plainly_safe("1234567890"));
        assert!(!plainly_safe("12345678å9"));
        assert!(!plainly_safe("x\u{1b}[2J"));
        assert!(!plainly_safe("x\u{85}"));
        assert!(!plainly_safe("x\u{202e}y"));
        assert!(!plainly_safe("två\nrader"));
        assert!(plainly_safe("tab\there"));
    }

    #[test]
    fn a_row_id_is_no_personnummer() {
        // "111213-0123" inside the id reads as a valid personnummer.
        let id = "20210302-111213-0123abcd";
        assert!(personnummer::find(id).is_some());
        let mut r = row("trafikkontroll", "2021-03-02");
        r.note = format!("se raden {id}");
        assert_eq!(problems(&r), Vec::<String>::new());
        r.note = format!("{id} och 811218-9876");
        one_problem_of_kind(&r, "row-personal-number");
        assert_eq!(without_row_ids(id).trim(), "");
        assert_eq!(without_row_ids(&format!("x{id}")), format!("x{id}"));
    }

    #[test]
    fn values_are_bounded_and_counted_metrics_whole() {
        let mut r = row("trafikkontroll", "2021-03-02");
        r.values = vec![("anmalningar".into(), 2.5)];
        let problem = one_problem_of_kind(&r, "row-value-not-whole");
        assert_eq!(
            problem.en(),
            "\"anmalningar\" is counted in whole numbers, so 2,5 will not do; write e.g. 2"
        );
        r.values = vec![("anmalningar".into(), 2e9)];
        one_problem_of_kind(&r, "row-value-out-of-range");
        assert!(
            bad_value("beslag", "1e12")
                .unwrap()
                .en()
                .contains("larger than 1000000000")
        );
        assert_eq!(bad_value("beslag", "inf"), None);
        assert!(
            bad_value("beslag", "8112189876")
                .unwrap()
                .en()
                .contains("personnummer")
        );
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("åk7", "åk8"), 1);
        assert_eq!(
            closest("trafik", &["trafikkontroll", "narkotika", "temadag"]),
            vec!["trafikkontroll"]
        );
        assert_eq!(
            closest("nattvandrin", &["nattvandring", "natt"]),
            vec!["nattvandring"]
        );
    }
}
