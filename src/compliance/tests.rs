//! Table-driven tests of the engine around every boundary.

use chrono::NaiveDate;

use super::tally::Tally;
use super::*;
use crate::activity::Activity;
use crate::plan::parse_plan;

const PLAN: &str = r#"
[agreement]
title = "Test"
municipality = "Testby kommun"
start = 2019-01-01
end = 2023-12-31
[[agreement.party]]
id = "polisen"
name = "Polisen"
[[agreement.focus_area]]
id = "trafik"
name = "Trafik"
text = "Trafik."

[[date_set]]
id = "riskhelger"
name = "Riskhelger"
dates = [
  { from = 2021-04-30, until = 2021-05-02, label = "Valborg" },
  { from = 2021-06-18, until = 2021-06-20, label = "Midsommar" },
  { from = 2021-12-31, until = 2021-12-31, label = "Nyår" },
]

[[measure]]
id = "trafikkontroll"
title = "Trafikkontroller"
focus_area = "trafik"
prevention = "situationell"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "Minst 10 kontroller per månad"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "quota", at_least = 10, per = "month" }
metrics = [{ id = "anmalningar", label = "Anmälningar", unit = "count", wanted = "increase" }]
valid = { until = 2021-06-30 }

[[measure]]
id = "trafikkontroll"
title = "Trafikkontroller"
focus_area = "trafik"
prevention = "situationell"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "Minst 12 kontroller per månad"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "quota", at_least = 12, per = "month" }
metrics = [{ id = "anmalningar", label = "Anmälningar", unit = "count", wanted = "increase" }]
valid = { from = 2021-07-01 }

[[measure]]
id = "fritidsgard"
title = "Fritidsgård"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "Var tredje vecka"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "max-gap", weeks = 3 }

[[measure]]
id = "klassrumsbesok"
title = "Klassrumsbesök"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "1 gång per år"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "quota", at_least = 1, per = "year", each_target = true }
targets = [{ id = "åk6", label = "6" }, { id = "åk7", label = "7" }, { id = "åk8", label = "8" }, { id = "åk9", label = "9" }]

[[measure]]
id = "nattvandring"
title = "Nattvandring"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "Under riskhelger"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "quota", at_least = 5, per = "year", within = "riskhelger" }

[[measure]]
id = "patrullering"
title = "Patrullering"
focus_area = "trafik"
prevention = "situationell"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "Varje arbetspass"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "every-shift" }

[[measure]]
id = "unga"
title = "Unga"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "Vid behov"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "as-needed" }

[[measure]]
id = "vandring"
title = "Trygghetsvandring"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "minst fem per år, varav minst en i centrum"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "quota", at_least = 5, per = "year", of_which = [{ target = "centrum", at_least = 1 }] }
targets = [{ id = "centrum", label = "Centrum" }, { id = "norr", label = "Norr" }]

[[measure]]
id = "snitt"
title = "Snitt"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "minst en gång i månaden i snitt över året"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "quota", at_least = 1, per = "month", average_over = "year" }

[[measure]]
id = "veckor"
title = "Veckor"
focus_area = "trafik"
prevention = "social"
responsible = ["polisen"]
rubrik = "R"
vad = "V"
nar = "minst två veckor per år"
samverkan = "S"
ansvarig = "A"
uppfoljning = "U"
frequency = { kind = "quota", at_least = 2, per = "year", counting = "weeks" }
"#;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn plan() -> Plan {
    parse_plan(PLAN).unwrap_or_else(|p| panic!("{p:?}"))
}

fn row(id: &str, date: &str, measure: &str, count: u64) -> Activity {
    Activity {
        count,
        ..Activity::new(id, d(date), measure)
    }
}

fn with_target(mut r: Activity, target: &str) -> Activity {
    r.target = Some(target.into());
    r
}

/// The issue's acceptance rows.
fn acceptance_rows() -> Vec<Activity> {
    let mut voiding = row("v1", "2021-03-10", "trafikkontroll", 1);
    voiding.voids = Some("r5".into());
    vec![
        row("r1", "2021-01-12", "trafikkontroll", 10),
        row("r2", "2021-02-27", "trafikkontroll", 5),
        row("r3", "2021-03-02", "trafikkontroll", 3),
        row("r4", "2021-03-09", "trafikkontroll", 4),
        row("r5", "2021-03-10", "trafikkontroll", 5),
        voiding,
        row("f1", "2021-02-15", "fritidsgard", 1),
        with_target(row("k1", "2021-02-01", "klassrumsbesok", 1), "åk7"),
    ]
}

fn status_of(rows: &[Activity], id: &str, at: &str) -> MeasureStatus {
    let plan = plan();
    let tally = Tally::of(&plan, rows);
    evaluate(&plan, &tally, d(at))
        .measures
        .into_iter()
        .find(|m| m.id == id)
        .unwrap()
}

#[test]
fn acceptance_on_the_fifteenth_of_march() {
    let rows = acceptance_rows();
    let t = status_of(&rows, "trafikkontroll", "2021-03-15");
    assert_eq!((t.done, t.target, t.expected), (Some(7), Some(10), Some(4)));
    assert_eq!(t.state, State::OnTrack);
    assert_eq!(t.needed, Some(3));
    assert_eq!(t.period.as_ref().unwrap().key, "2021-03");
    let f = status_of(&rows, "fritidsgard", "2021-03-15");
    assert_eq!(f.state, State::Behind);
    assert_eq!(f.due, Some(d("2021-03-08")));
    let k = status_of(&rows, "klassrumsbesok", "2021-03-15");
    assert_eq!((k.done, k.target), (Some(1), Some(4)));
    assert_eq!(k.missing, ["åk6", "åk8", "åk9"]);
}

#[test]
fn acceptance_at_month_end_and_after() {
    let rows = acceptance_rows();
    let t = status_of(&rows, "trafikkontroll", "2021-03-31");
    assert_eq!(t.state, State::Behind);
    assert_eq!(t.expected, Some(10));
    let t = status_of(&rows, "trafikkontroll", "2021-04-01");
    assert_eq!((t.year.periods_met, t.year.periods_ended), (1, 3));
}

#[test]
fn quota_states_around_boundaries() {
    let rows = vec![
        row("a", "2020-02-29", "trafikkontroll", 10),
        row("b", "2021-12-31", "trafikkontroll", 12),
    ];
    // (as-of, state, done, target, expected)
    let cases = [
        ("2020-02-29", State::Met, 10, 10, 10),
        ("2020-02-28", State::Behind, 0, 10, 9),
        ("2020-02-01", State::OnTrack, 0, 10, 0),
        ("2021-12-30", State::Behind, 0, 12, 11),
        ("2021-12-31", State::Met, 12, 12, 12),
        // The new version from July: 12 a month.
        ("2021-07-01", State::OnTrack, 0, 12, 0),
        ("2021-06-30", State::Behind, 0, 10, 10),
    ];
    for (at, state, done, target, expected) in cases {
        let t = status_of(&rows, "trafikkontroll", at);
        assert_eq!(t.state, state, "{at}");
        assert_eq!(
            (t.done, t.target, t.expected),
            (Some(done), Some(target), Some(expected)),
            "{at}"
        );
    }
}

#[test]
fn before_and_after_the_agreement_nothing_is_in_force() {
    for at in ["2018-12-31", "2024-01-01"] {
        let t = status_of(&[], "trafikkontroll", at);
        assert_eq!(t.state, State::NotInForce, "{at}");
        assert_eq!(t.done, None);
    }
}

#[test]
fn max_gap_is_due_seven_times_k_days_after_the_last() {
    let rows = vec![row("f", "2021-02-15", "fritidsgard", 1)];
    let cases = [
        ("2021-03-07", State::Met),
        ("2021-03-08", State::Behind),
        ("2021-02-15", State::Met),
    ];
    for (at, state) in cases {
        let f = status_of(&rows, "fritidsgard", at);
        assert_eq!(f.state, state, "{at}");
        assert_eq!(f.due, Some(d("2021-03-08")));
    }
    // With no activity yet, due counts from the start of the agreement.
    let f = status_of(&[], "fritidsgard", "2019-01-10");
    assert_eq!(f.due, Some(d("2019-01-22")));
    assert_eq!(f.state, State::Met);
}

#[test]
fn max_gap_year_record_counts_intervals() {
    let rows = vec![
        row("a", "2020-12-20", "fritidsgard", 1),
        row("b", "2021-01-05", "fritidsgard", 1), // 16 days: kept
        row("c", "2021-02-15", "fritidsgard", 1), // 41 days: missed
        row("d", "2021-03-08", "fritidsgard", 1), // 21 days: kept, on the due day
    ];
    let f = status_of(&rows, "fritidsgard", "2021-03-20");
    assert_eq!((f.year.periods_met, f.year.periods_ended), (2, 3));
    let f = status_of(&rows, "fritidsgard", "2021-04-30");
    assert_eq!((f.year.periods_met, f.year.periods_ended), (2, 4));
}

#[test]
fn date_set_restricts_the_count_and_flags_unreachable() {
    let rows = vec![
        row("a", "2021-05-01", "nattvandring", 1),
        row("b", "2021-05-05", "nattvandring", 1), // not a risk weekend
    ];
    let n = status_of(&rows, "nattvandring", "2021-06-01");
    assert_eq!(n.done, Some(1));
    // 4 more needed, 4 risk days left (3 at midsommar, 1 at nyår).
    assert!(!n.unreachable);
    let n = status_of(&rows, "nattvandring", "2021-06-21");
    assert_eq!(n.needed, Some(4));
    assert!(n.unreachable, "only nyår is left");
}

#[test]
fn every_shift_compares_with_shifts_worked() {
    let shift = |id: &str, date: &str, n| row(id, date, crate::plan::SHIFT_ID, n);
    let rows = vec![
        shift("s1", "2021-03-01", 1),
        shift("s2", "2021-03-02", 1),
        shift("s3", "2021-03-03", 1),
        row("p1", "2021-03-01", "patrullering", 1),
        row("p2", "2021-03-02", "patrullering", 1),
    ];
    let p = status_of(&rows, "patrullering", "2021-03-03");
    assert_eq!(p.state, State::Behind);
    assert_eq!((p.done, p.target), (Some(2), Some(3)));
    assert_eq!(p.shifts.as_ref().unwrap().shifts, 3);
    let p = status_of(&rows, "patrullering", "2021-03-02");
    assert_eq!(p.state, State::Met);
    let p = status_of(&rows, "patrullering", "2021-04-10");
    assert_eq!(p.state, State::NoTarget, "no shifts in April yet");
    assert_eq!((p.year.periods_met, p.year.periods_ended), (0, 1));
}

#[test]
fn as_needed_only_counts() {
    let rows = vec![row("u", "2021-03-01", "unga", 2)];
    let u = status_of(&rows, "unga", "2021-03-15");
    assert_eq!(u.state, State::NoTarget);
    assert_eq!(u.done, Some(2));
    assert_eq!(u.target, None);
}

#[test]
fn sub_quota_must_be_met_too() {
    let rows: Vec<Activity> = (0..5)
        .map(|i| with_target(row(&format!("v{i}"), "2021-03-01", "vandring", 1), "norr"))
        .collect();
    let v = status_of(&rows, "vandring", "2021-03-15");
    assert_ne!(v.state, State::Met);
    assert_eq!(v.missing, ["centrum"]);
    assert_eq!(v.needed, Some(1));
    let mut more = rows.clone();
    more.push(with_target(
        row("c", "2021-03-02", "vandring", 1),
        "centrum",
    ));
    assert_eq!(status_of(&more, "vandring", "2021-03-15").state, State::Met);
}

#[test]
fn average_over_the_year_is_twelve_a_year() {
    let rows = vec![row("s", "2021-01-10", "snitt", 6)];
    let s = status_of(&rows, "snitt", "2021-06-30");
    assert_eq!(s.target, Some(12));
    assert_eq!(s.expected, Some(5));
    assert_eq!(s.state, State::OnTrack);
}

#[test]
fn counting_weeks_counts_distinct_iso_weeks() {
    let rows = vec![
        row("a", "2021-03-01", "veckor", 3),
        row("b", "2021-03-07", "veckor", 1), // same ISO week
        row("c", "2021-03-08", "veckor", 1),
    ];
    let w = status_of(&rows, "veckor", "2021-03-20");
    assert_eq!(w.done, Some(2));
    assert_eq!(w.state, State::Met);
}

#[test]
fn excused_period_is_shown_and_left_out_of_the_record() {
    let mut excuse = row("e", "2021-02-01", "trafikkontroll", 1);
    excuse.excuses = Some("2021-02".into());
    excuse.note = "Storhändelse".into();
    let rows = vec![row("a", "2021-01-05", "trafikkontroll", 10), excuse];
    let t = status_of(&rows, "trafikkontroll", "2021-02-10");
    assert_eq!(t.state, State::Excused);
    assert_eq!(t.excuse.as_deref(), Some("Storhändelse"));
    let t = status_of(&rows, "trafikkontroll", "2021-03-01");
    assert_eq!(
        t.year,
        YearRecord {
            unit: Some(crate::period::PeriodKind::Month),
            periods_met: 1,
            periods_ended: 1,
            periods_excused: 1,
            periods_aim_reached: None,
        }
    );
}

#[test]
fn metrics_compare_with_the_same_days_a_year_earlier() {
    let mut a = row("a", "2020-03-01", "trafikkontroll", 1);
    a.values = vec![("anmalningar".into(), 2.0)];
    let mut b = row("b", "2021-03-01", "trafikkontroll", 1);
    b.values = vec![("anmalningar".into(), 3.0)];
    let mut late = row("c", "2020-06-01", "trafikkontroll", 1);
    late.values = vec![("anmalningar".into(), 10.0)];
    let t = status_of(&[a, b, late], "trafikkontroll", "2021-03-15");
    let m = &t.metrics[0];
    assert_eq!((m.ytd, m.previous_ytd), (3.0, Some(2.0)));
    assert_eq!(m.trend, Some(Trend::Up));
    assert_eq!(m.good, Some(true));
    let first_year = status_of(&[], "trafikkontroll", "2019-03-15");
    assert_eq!(first_year.metrics[0].previous_ytd, None);
}

#[test]
fn grid_marks_months() {
    let plan = plan();
    let rows = acceptance_rows();
    let tally = Tally::of(&plan, &rows);
    let year = crate::period::parse_period_key("2021").unwrap();
    let g = grid::grid(&plan, &tally, &year, d("2021-04-15"));
    let t = g
        .measures
        .iter()
        .find(|m| m.id == "trafikkontroll")
        .unwrap();
    let marks: Vec<_> = t.cells.iter().take(5).map(|c| c.mark).collect();
    use grid::Mark::*;
    assert_eq!(marks, [Met, Partial, Partial, Blank, Blank]);
    assert_eq!(t.total, 22);
    assert_eq!((t.columns_met, t.columns_marked), (1, 3));
    assert_eq!(g.columns[2].key, "2021-03");
}

#[test]
fn tallies_of_parts_merge_into_the_whole() {
    let plan = plan();
    let mut rows = acceptance_rows();
    rows.push(with_target(
        row("k2", "2021-02-03", "klassrumsbesok", 2),
        "åk7",
    ));
    let whole = Tally::of(&plan, &rows);
    let voided: Vec<&str> = rows.iter().filter_map(|r| r.voids.as_deref()).collect();
    let mut merged = Tally::new();
    for part in rows.chunks(3) {
        let mut tally = Tally::new();
        for r in part.iter().filter(|r| !voided.contains(&r.id.as_str())) {
            tally.add(&plan, &r.as_row());
        }
        merged.merge(tally);
    }
    for at in ["2021-03-15", "2021-04-01", "2021-12-31"] {
        assert_eq!(
            evaluate(&plan, &merged, d(at)),
            evaluate(&plan, &whole, d(at)),
            "{at}"
        );
    }
}

#[test]
fn a_weekly_average_over_the_year_counts_its_iso_weeks() {
    let plan = parse_plan(&PLAN.replace(
        "frequency = { kind = \"quota\", at_least = 1, per = \"month\", average_over = \"year\" }",
        "frequency = { kind = \"quota\", at_least = 1, per = \"week\", average_over = \"year\" }",
    ))
    .unwrap();
    let tally = Tally::of(&plan, &[]);
    let target = |at: &str| {
        evaluate(&plan, &tally, d(at))
            .measures
            .into_iter()
            .find(|m| m.id == "snitt")
            .unwrap()
            .target
    };
    assert_eq!(target("2021-06-01"), Some(52));
    assert_eq!(target("2020-06-01"), Some(53));
}

#[test]
fn a_hand_written_excuse_key_is_read_as_its_period() {
    let mut excuse = row("e", "2021-02-01", "trafikkontroll", 1);
    excuse.excuses = Some("2021-2".replace("-2", "-02").to_lowercase());
    let t = status_of(&[excuse.clone()], "trafikkontroll", "2021-02-10");
    assert_eq!(t.state, State::Excused);
    excuse.excuses = Some("2021-w5".into());
    excuse.measure = "fritidsgard".into();
    let f = status_of(&[excuse], "fritidsgard", "2021-02-03");
    assert_eq!(f.state, State::Excused);
}

#[test]
fn the_record_and_the_gap_run_across_plan_versions() {
    // trafikkontroll is 10 a month until June 2021, then 12.
    let rows: Vec<Activity> = (1..=8)
        .map(|m| {
            row(
                &format!("t{m}"),
                &format!("2021-{m:02}-10"),
                "trafikkontroll",
                12,
            )
        })
        .collect();
    let t = status_of(&rows, "trafikkontroll", "2021-09-15");
    assert_eq!((t.year.periods_met, t.year.periods_ended), (8, 8));
    assert_eq!(t.target, Some(12));
}

#[test]
fn excused_days_push_a_gap_rule_due_day_on() {
    let mut excuse = row("e", "2021-07-01", "fritidsgard", 1);
    excuse.excuses = Some("2021-07".into());
    let rows = vec![row("a", "2021-06-24", "fritidsgard", 1), excuse];
    // 21 days after 24 June, plus the 31 excused days of July.
    let f = status_of(&rows, "fritidsgard", "2021-08-02");
    assert_eq!(f.due, Some(d("2021-08-15")));
    assert_eq!(f.state, State::Met);
    let f = status_of(&rows, "fritidsgard", "2021-08-16");
    assert_eq!(f.state, State::Behind);
}

#[test]
fn a_day_of_the_tally_stays_small() {
    // A plan of a thousand measures makes a day of nearly every row, and
    // the pass moves every day twice.
    assert!(std::mem::size_of::<super::tally::DayTotals>() <= 24);
}
