//! The forms of issue #12 ("every promise a municipality writes"), each
//! judged through the real binary on the every-form plan
//! (`tests/fixtures/plans/every-form.toml`) with a few hand-worked rows:
//! a running period (`status --at`) and an ended one (the year's grid).
//! The figures are worked out by hand in the comment beside each case, by
//! the rules of docs/plan-format.md.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::testenv::{TestEnv, fixture};

/// A data folder with the every-form plan and `rows` (date, measure, count,
/// target) in their years' logs.
fn folder(rows: &[(&str, &str, &str, &str)]) -> TestEnv {
    folder_with_values(
        &rows
            .iter()
            .map(|(d, m, c, t)| (*d, *m, *c, *t, ""))
            .collect::<Vec<_>>(),
    )
}

/// As [`folder`], each row with its `values` (`anmalningar=3 narvaro=80`).
fn folder_with_values(rows: &[(&str, &str, &str, &str, &str)]) -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "data/plan/every-form.toml",
        &std::fs::read_to_string(fixture("plans/every-form.toml")).unwrap(),
    );
    let mut years: Vec<&str> = rows.iter().map(|r| &r.0[..4]).collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        let mut csv = String::from(
            "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n",
        );
        for (n, (date, measure, count, target, values)) in rows.iter().enumerate() {
            if date.starts_with(year) {
                let _ = writeln!(
                    csv,
                    "r{n:04},{date},{measure},{count},{target},{values},X,,,{date}T12:00:00+01:00,,"
                );
            }
        }
        env.write(&format!("data/logs/{year}.csv"), &csv);
    }
    env.in_data(&["check"]).assert().success();
    env
}

/// The measure's entry in `status ARGS --format json`.
fn measure(env: &TestEnv, id: &str, args: &[&str]) -> Value {
    let mut all_args = args.to_vec();
    all_args.extend(["--format", "json"]);
    let out = env.in_data(&all_args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    all["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("{id} in {all}"))
        .clone()
}

/// Asserts each JSON pointer of `got` has its value.
fn assert_fields(what: &str, got: &Value, expect: &[(&str, Value)]) {
    let mut wrong = String::new();
    for (pointer, want) in expect {
        let value = got.pointer(pointer).cloned().unwrap_or(Value::Null);
        if &value != want {
            let _ = writeln!(wrong, "{what}: {pointer} is {value}, not {want}");
        }
    }
    assert!(wrong.is_empty(), "\n{wrong}\n{got:#}");
}

// Form 3, recurring days. The set "sommarkvallar" in 2021: the Fridays
// and Saturdays of June (4, 5, 11, 12, 18, 19, 25, 26) less the exception
// 25–26 June, plus nationaldagen (6 June, a Sunday) and the listed 2–3
// July: 9 days. The promise: at least 8 of them (distinct days).
const SUMMER: &str = "sommarkvallar";

#[test]
fn recurring_days_running_period() {
    // On 15 June: rows on 4, 5, 6, 11 June count (4); 15 June is a Tuesday
    // and counts nothing. Set days passed: 4, 5, 6, 11, 12 = 5 of 9, so
    // expected floor(8 × 5 / 9) = 4: on track, 4 more needed.
    let env = folder(&[
        ("2021-06-04", SUMMER, "1", ""),
        ("2021-06-05", SUMMER, "1", ""),
        ("2021-06-06", SUMMER, "1", ""),
        ("2021-06-11", SUMMER, "1", ""),
        ("2021-06-15", SUMMER, "1", ""),
        ("2021-06-25", SUMMER, "1", ""),
    ]);
    let got = measure(&env, SUMMER, &["status", "--at", "2021-06-15"]);
    assert_fields(
        "15 June",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(4)),
            ("/target", json!(8)),
            ("/expected", json!(4)),
            ("/needed", json!(4)),
            ("/unreachable", json!(false)),
        ],
    );
    // On 27 June: 25 June is an exception, so still 4. Set days passed:
    // also 12, 18, 19 = 7, expected floor(8 × 7 / 9) = 6: behind; only 2–3
    // July are left, fewer than the 4 needed: out of reach.
    let got = measure(&env, SUMMER, &["status", "--at", "2021-06-27"]);
    assert_fields(
        "27 June",
        &got,
        &[
            ("/state", json!("behind")),
            ("/done", json!(4)),
            ("/expected", json!(6)),
            ("/needed", json!(4)),
            ("/unreachable", json!(true)),
        ],
    );
}

#[test]
fn recurring_days_ended_period() {
    // 2021 ended: the 8 set days 4, 5, 6, 11, 12, 18, 19 June and 2 July
    // are met; 2022 (Fridays and Saturdays of June 3, 4, ..., 25 and
    // nationaldagen, a Monday: 9 days) has only 3 June walked: missed. The
    // listed 2 July and the exception are 2021's only.
    let mut rows: Vec<(&str, &str, &str, &str)> = [
        "2021-06-04",
        "2021-06-05",
        "2021-06-06",
        "2021-06-11",
        "2021-06-12",
        "2021-06-18",
        "2021-06-19",
        "2021-07-02",
    ]
    .into_iter()
    .map(|d| (d, SUMMER, "1", ""))
    .collect();
    rows.push(("2022-06-03", SUMMER, "1", ""));
    rows.push(("2022-07-02", SUMMER, "1", ""));
    let env = folder(&rows);
    let year_2021 = measure(
        &env,
        SUMMER,
        &["status", "--year", "2021", "--at", "2022-01-10"],
    );
    assert_fields(
        "2021",
        &year_2021,
        &[("/at_end/state", json!("met")), ("/total", json!(8))],
    );
    let year_2022 = measure(
        &env,
        SUMMER,
        &["status", "--year", "2022", "--at", "2023-01-10"],
    );
    assert_fields(
        "2022",
        &year_2022,
        &[("/at_end/state", json!("missed")), ("/total", json!(1))],
    );
}

#[test]
fn check_warns_of_a_year_without_a_confirmed_school_end() {
    // Norsjö's skolavslutning is confirmed for 2019–2023 only; an
    // agreement running into 2024 lacks that year's date.
    let env = TestEnv::new();
    let plan =
        std::fs::read_to_string(crate::testenv::repo_root().join("plan/norsjo-2019-2023.toml"))
            .unwrap()
            .replace("end = 2023-12-31", "end = 2024-12-31");
    env.write("data/plan/plan.toml", &plan);
    let out = env.in_data(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "a warning, not a problem");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(
            "warning: date set \"riskhelger\": \"Skolavslutning\" has no confirmed date for 2024"
        ),
        "{stdout}"
    );
    let clean = TestEnv::new();
    clean.write(
        "data/plan/plan.toml",
        &std::fs::read_to_string(crate::testenv::repo_root().join("plan/norsjo-2019-2023.toml"))
            .unwrap(),
    );
    let stdout = String::from_utf8(clean.in_data(&["check"]).output().unwrap().stdout).unwrap();
    assert!(!stdout.contains("warning"), "{stdout}");
}

#[test]
fn a_bad_rule_is_refused_with_its_place() {
    let check = |from: &str, to: &str| {
        let env = TestEnv::new();
        let plan = std::fs::read_to_string(fixture("plans/every-form.toml"))
            .unwrap()
            .replace(from, to);
        env.write("data/plan/plan.toml", &plan);
        let out = env.in_data(&["check"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let stdout = check(r#"weekdays = ["fri", "sat"]"#, r#"weekdays = ["fre"]"#);
    assert!(
        stdout.contains(
            ":19: [[date_set]] \"sommarkvallar\": unknown value \"fre\"; expected one of: mon, tue, wed, thu, fri, sat, sun\n1 problem found"
        ),
        "{stdout}"
    );
    let stdout = check(
        r#"{ day = "nationaldagen", label = "Nationaldagen" }"#,
        r#"{ day = "nationaldagen", months = [6], label = "Nationaldagen" }"#,
    );
    assert!(
        stdout.contains(
            "the rule \"Nationaldagen\" has both day and weekdays/months/weeks; write two rules"
        ),
        "{stdout}"
    );
    let stdout = check(r#"months = [6]"#, r#"months = [13]"#);
    assert!(stdout.contains("months takes months 1–12"), "{stdout}");
}

// Form 2, distinct objects. `utskankning`: at least 3 distinct
// restaurants a year, from an open set (none listed in the plan).
// `skolbesok`: at least 2 of the 3 listed schools each term.

#[test]
fn distinct_objects_running_period() {
    // On 1 June 2021 (day 152 of 365): ankaret visited four times (one
    // row of 2) and baren once: 2 distinct, expected floor(3 × 152 / 365)
    // = 1: on track, 1 more needed, and covered says which.
    // skolbesok, spring term (181 days, 1 June is day 152): byskolan twice
    // is 1 of 2, expected floor(2 × 152 / 181) = 1: on track; the listed
    // schools not yet covered are missing.
    let env = folder(&[
        ("2021-02-05", "utskankning", "1", "ankaret"),
        ("2021-03-05", "utskankning", "1", "ankaret"),
        ("2021-03-12", "utskankning", "2", "ankaret"),
        ("2021-05-07", "utskankning", "1", "baren"),
        ("2021-02-10", "skolbesok", "1", "byskolan"),
        ("2021-03-10", "skolbesok", "1", "byskolan"),
    ]);
    let got = measure(&env, "utskankning", &["status", "--at", "2021-06-01"]);
    assert_fields(
        "utskankning 1 June",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(2)),
            ("/target", json!(3)),
            ("/expected", json!(1)),
            ("/needed", json!(1)),
            ("/covered", json!(["ankaret", "baren"])),
            ("/missing", json!([])),
            ("/unreachable", json!(false)),
        ],
    );
    let got = measure(&env, "skolbesok", &["status", "--at", "2021-06-01"]);
    assert_fields(
        "skolbesok 1 June",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(1)),
            ("/target", json!(2)),
            ("/expected", json!(1)),
            ("/covered", json!(["byskolan"])),
            ("/missing", json!(["centralskolan", "fjallskolan"])),
        ],
    );
    let table = env
        .in_data(&["status", "--at", "2021-06-01"])
        .env("COLUMNS", "400")
        .output()
        .unwrap()
        .stdout;
    let table = String::from_utf8(table).unwrap();
    assert!(
        table.contains("covered: byskolan; not yet: centralskolan, fjallskolan"),
        "{table}"
    );
}

#[test]
fn distinct_objects_ended_period() {
    // 2021 ended: ankaret (Feb, Mar), baren (May), hotellet (Oct): 3
    // distinct, met; each counted in the month first visited, so the grid
    // reads Feb 1, May 1, Oct 1, total 3. skolbesok: spring term byskolan
    // and centralskolan (met), autumn term fjallskolan only (missed): the
    // year is missed, its total the 3 first visits of a term.
    let env = folder(&[
        ("2021-02-05", "utskankning", "1", "ankaret"),
        ("2021-03-05", "utskankning", "1", "ankaret"),
        ("2021-05-07", "utskankning", "1", "baren"),
        ("2021-10-01", "utskankning", "1", "hotellet"),
        ("2021-02-10", "skolbesok", "1", "byskolan"),
        ("2021-04-10", "skolbesok", "1", "centralskolan"),
        ("2021-09-10", "skolbesok", "1", "fjallskolan"),
        ("2021-10-10", "skolbesok", "1", "fjallskolan"),
    ]);
    let args = ["status", "--year", "2021", "--at", "2022-01-10"];
    let got = measure(&env, "utskankning", &args);
    assert_fields(
        "utskankning 2021",
        &got,
        &[
            ("/at_end/state", json!("met")),
            ("/total", json!(3)),
            ("/cells/1/done", json!(1)),
            ("/cells/2/done", json!(0)),
            ("/cells/4/done", json!(1)),
            ("/cells/9/done", json!(1)),
        ],
    );
    let got = measure(&env, "skolbesok", &args);
    assert_fields(
        "skolbesok 2021",
        &got,
        &[
            ("/at_end/state", json!("missed")),
            ("/total", json!(3)),
            ("/columns_met", json!(0)),
        ],
    );
    let out = env.path().join("r.md");
    env.in_data(&[
        "report",
        "--year",
        "2021",
        "--format",
        "md",
        "--out",
        out.to_str().unwrap(),
    ])
    .env("LOFTEN_TODAY", "2022-01-10")
    .assert()
    .success();
    let report = std::fs::read_to_string(out).unwrap();
    assert!(
        report.contains(
            "**Tillsyn utskänkningsställen**: The promise was kept: 3 of 3 done; covered: ankaret, baren, hotellet."
        ),
        "{report}"
    );
}

#[test]
fn an_open_set_takes_any_target_name_and_a_listed_one_only_its_own() {
    let env = folder(&[]);
    let log = |args: &[&str]| {
        env.in_data(args)
            .env("LOFTEN_TODAY", "2021-06-02")
            .output()
            .unwrap()
    };
    let out = log(&["log", "utskankning", "--target", "restaurang-ankaret"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("utskankning: 1 of 3 in 2021"));
    let out = log(&["log", "utskankning"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("counts distinct targets; name one with --target")
    );
    let out = log(&["log", "utskankning", "--target", "två ord"]);
    assert_eq!(out.status.code(), Some(2));
    let out = log(&["log", "skolbesok", "--target", "okand"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("is not one of measure \"skolbesok\"'s targets")
    );
}

// Form 4, ranges and aims. `kvallsnarvaro`: "två till tre dagar per
// vecka", at least 2 distinct days a week (the promise), 3 the aim.
const EVENINGS: &str = "kvallsnarvaro";

fn evening_rows() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    // Week 9: 1, 2, 3 March (aim reached); week 10: 8, 9 March (the floor;
    // two rows on the 9th are one day); week 11: 15 March only.
    [
        "2021-03-01",
        "2021-03-02",
        "2021-03-03",
        "2021-03-08",
        "2021-03-09",
        "2021-03-09",
        "2021-03-15",
    ]
    .into_iter()
    .map(|d| (d, EVENINGS, "1", ""))
    .collect()
}

#[test]
fn a_range_running_period() {
    // Wednesday 10 March, week 10: 2 days done, the promise of 2 is met,
    // the aim of 3 not reached. The year so far: weeks 1–9 of 2021 ended
    // (2020-W53 belongs to 2020), week 9 met and reached the aim.
    let env = folder(&evening_rows());
    let got = measure(&env, EVENINGS, &["status", "--at", "2021-03-10"]);
    assert_fields(
        "10 March",
        &got,
        &[
            ("/state", json!("met")),
            ("/done", json!(2)),
            ("/target", json!(2)),
            ("/aim", json!(3)),
            ("/aim_reached", json!(false)),
            ("/needed", json!(0)),
            ("/year/periods_met", json!(1)),
            ("/year/periods_ended", json!(9)),
            ("/year/periods_aim_reached", json!(1)),
        ],
    );
    let table = env
        .in_data(&["status", "--at", "2021-03-10", "--measure", EVENINGS])
        .env("COLUMNS", "400")
        .output()
        .unwrap()
        .stdout;
    let table = String::from_utf8(table).unwrap();
    assert!(table.contains("2/2–3"), "{table}");
    assert!(
        table.contains("1 of 9 weeks met, aim reached in 1"),
        "{table}"
    );
    // Another measure without an aim says nothing of one.
    let other = measure(&env, "sommarlov", &["status", "--at", "2021-03-10"]);
    assert_fields(
        "no aim",
        &other,
        &[
            ("/aim", Value::Null),
            ("/aim_reached", Value::Null),
            ("/year/periods_aim_reached", Value::Null),
        ],
    );
}

#[test]
fn a_range_ended_period() {
    // Week 11 ended on Sunday 21 March with one day: missed, aim not
    // reached. On Monday 22 March, status shows week 12 running; the
    // year's record holds weeks 1–11: met 2 (weeks 9, 10), aim reached 1.
    let env = folder(&evening_rows());
    let got = measure(&env, EVENINGS, &["status", "--at", "2021-03-22"]);
    assert_fields(
        "22 March",
        &got,
        &[
            ("/year/periods_met", json!(2)),
            ("/year/periods_ended", json!(11)),
            ("/year/periods_aim_reached", json!(1)),
        ],
    );
    // The first tertial, ended: 6 distinct days, missed (weeks missed).
    let got = measure(
        &env,
        EVENINGS,
        &["status", "--tertial", "2021-1", "--at", "2021-05-10"],
    );
    assert_fields(
        "T1",
        &got,
        &[("/at_end/state", json!("missed")), ("/total", json!(6))],
    );
    let out = env.path().join("r.md");
    env.in_data(&[
        "report",
        "--year",
        "2021",
        "--format",
        "md",
        "--out",
        out.to_str().unwrap(),
    ])
    .env("LOFTEN_TODAY", "2021-03-22")
    .assert()
    .success();
    let report = std::fs::read_to_string(out).unwrap();
    assert!(
        report.contains(
            "The promise was kept 2 of 11 weeks; the aim of 3 was reached 1 of 11 weeks."
        ),
        "{report}"
    );
}

// Form 6, baselines and goals of metrics. `narkotikakontroll` (once a
// month) with three metrics: `anmalningar` "ska öka" against 2018's 40
// (above 40), `skadegorelse` −10 % against 2018's 50 (at most 45),
// `narvaro` at least 1000 a year.
const CHECKS: &str = "narkotikakontroll";

/// One check a month of 2021, each with 4 reports, 4 acts of vandalism
/// (48 in the year) and 90 visits (1080).
fn check_rows() -> Vec<(
    String,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
)> {
    (1..=12)
        .map(|month| {
            (
                format!("2021-{month:02}-10"),
                CHECKS,
                "1",
                "",
                "anmalningar=4 skadegorelse=4 narvaro=90",
            )
        })
        .collect()
}

fn metric<'a>(got: &'a Value, id: &str) -> &'a Value {
    got["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap()
}

#[test]
fn metric_goals_running_year() {
    // 15 June: the year is not over, so no goal is measurable yet; the
    // year to date (6 months: 24 reports, 24 acts, 540 visits) and the
    // level are shown.
    let rows = check_rows();
    let rows: Vec<_> = rows
        .iter()
        .map(|(d, m, c, t, v)| (d.as_str(), *m, *c, *t, *v))
        .collect();
    let env = folder_with_values(&rows);
    let got = measure(&env, CHECKS, &["status", "--at", "2021-06-15"]);
    let goal = &metric(&got, "skadegorelse")["goal"];
    assert_fields(
        "skadegorelse 15 June",
        goal,
        &[
            ("/state", json!("not_yet_measurable")),
            ("/comparison", json!("at_most")),
            ("/level", json!(45.0)),
            ("/value", json!(24.0)),
            ("/year", json!(2021)),
            ("/baseline", json!({"year": 2018, "value": 50.0})),
        ],
    );
    assert_fields(
        "anmalningar 15 June",
        &metric(&got, "anmalningar")["goal"],
        &[("/comparison", json!("above")), ("/level", json!(40.0))],
    );
    // A metric with neither baseline nor goal is not judged.
    let other = measure(&env, "trafikkontroll", &["status", "--at", "2021-06-15"]);
    for m in other["metrics"].as_array().unwrap() {
        assert_eq!(m["goal"], Value::Null, "{m}");
    }
    // Not measurable is no failure.
    env.in_data(&[
        "status",
        "--at",
        "2021-06-15",
        "--measure",
        CHECKS,
        "--fail-if-behind",
    ])
    .assert()
    .code(0);
}

#[test]
fn metric_goals_ended_year() {
    // 31 December, the year over: 48 reports > 40 (met); 48 acts > 45
    // (not met); 1080 visits ≥ 1000 (met). The measure itself is met (a
    // check in December), but a goal not met makes --fail-if-behind fail.
    let rows = check_rows();
    let rows: Vec<_> = rows
        .iter()
        .map(|(d, m, c, t, v)| (d.as_str(), *m, *c, *t, *v))
        .collect();
    let env = folder_with_values(&rows);
    let got = measure(&env, CHECKS, &["status", "--at", "2021-12-31"]);
    assert_eq!(got["state"], "met");
    let states: Vec<Value> = ["anmalningar", "skadegorelse", "narvaro"]
        .iter()
        .map(|id| metric(&got, id)["goal"]["state"].clone())
        .collect();
    assert_eq!(states, [json!("met"), json!("not_met"), json!("met")]);
    env.in_data(&[
        "status",
        "--at",
        "2021-12-31",
        "--measure",
        CHECKS,
        "--fail-if-behind",
    ])
    .assert()
    .code(1);
    let table = env
        .in_data(&["status", "--at", "2021-12-31", "--measure", CHECKS])
        .env("COLUMNS", "400")
        .output()
        .unwrap()
        .stdout;
    let table = String::from_utf8(table).unwrap();
    assert!(
        table.contains("should fall; at most 45 (2018: 50): not met"),
        "{table}"
    );
    // The year's grid judges from the year's last day, as status does.
    let grid = measure(
        &env,
        CHECKS,
        &["status", "--year", "2021", "--at", "2022-01-10"],
    );
    assert_eq!(
        metric(&grid["at_end"], "skadegorelse")["goal"]["state"],
        "not_met"
    );
    let out = env.path().join("r.md");
    env.in_data(&[
        "report",
        "--year",
        "2021",
        "--format",
        "md",
        "--out",
        out.to_str().unwrap(),
    ])
    .env("LOFTEN_TODAY", "2022-01-10")
    .assert()
    .success();
    let report = std::fs::read_to_string(out).unwrap();
    assert!(
        report.contains("(goal at most 45 (2018: 50): not met)"),
        "{report}"
    );
}

#[test]
fn a_goal_against_no_baseline_is_refused() {
    let env = TestEnv::new();
    let plan = std::fs::read_to_string(fixture("plans/every-form.toml"))
        .unwrap()
        .replace(
            r#"wanted = "decrease", baseline = { year = 2018, value = 50 }, goal"#,
            r#"wanted = "decrease", goal"#,
        )
        .replace(
            "baseline = { year = 2018, value = 40 }",
            "baseline = { year = 2019, value = 40 }",
        );
    env.write("data/plan/plan.toml", &plan);
    let out = env.in_data(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(
            "baseline.year 2019 must be a year before the agreement (it starts 2019-01-01)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("goal.change_percent (-10 %) is against a baseline; add baseline"),
        "{stdout}"
    );
}

// Form 5, whole weeks: `ungdomsvecka`, at least 2 weeks a year, a week
// counting only with at least 3 distinct days of activity.
const YOUTH: &str = "ungdomsvecka";

#[test]
fn whole_weeks_running_period() {
    // Sunday 7 March (week 9) and Monday–Wednesday 8–10 March (week 10):
    // week 9 has 1 day and does not count, week 10 has 3: done 1 (2 if
    // any day made a week). On 10 March (day 69): expected
    // floor(2 × 69 / 365) = 0: on track, 1 needed.
    let rows: Vec<_> = ["2021-03-07", "2021-03-08", "2021-03-09", "2021-03-10"]
        .into_iter()
        .map(|d| (d, YOUTH, "1", ""))
        .collect();
    let env = folder(&rows);
    let got = measure(&env, YOUTH, &["status", "--at", "2021-03-10"]);
    assert_fields(
        "10 March",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(1)),
            ("/expected", json!(0)),
            ("/needed", json!(1)),
            ("/unreachable", json!(false)),
        ],
    );
    // Thursday 30 December (day 364): expected floor(2 × 364 / 365) = 1,
    // so still on track, but week 52 has only 30–31 December left in
    // 2021, 2 days, fewer than 3: no week can still count; out of reach.
    let got = measure(&env, YOUTH, &["status", "--at", "2021-12-30"]);
    assert_fields(
        "30 December",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(1)),
            ("/expected", json!(1)),
            ("/needed", json!(1)),
            ("/unreachable", json!(true)),
        ],
    );
}

#[test]
fn whole_weeks_ended_period() {
    // 2021: week 10 (8–10 March) and week 40 (4–6 October) count, week 30
    // (26–27 July, 2 days) does not: 2 of 2, met. Each week is counted in
    // the month of its third day: March 1, October 1, total 2.
    let rows: Vec<_> = [
        "2021-03-08",
        "2021-03-09",
        "2021-03-10",
        "2021-07-26",
        "2021-07-27",
        "2021-10-04",
        "2021-10-05",
        "2021-10-06",
    ]
    .into_iter()
    .map(|d| (d, YOUTH, "1", ""))
    .collect();
    let env = folder(&rows);
    let got = measure(
        &env,
        YOUTH,
        &["status", "--year", "2021", "--at", "2022-01-10"],
    );
    assert_fields(
        "2021",
        &got,
        &[
            ("/at_end/state", json!("met")),
            ("/total", json!(2)),
            ("/cells/2/done", json!(1)),
            ("/cells/6/done", json!(0)),
            ("/cells/9/done", json!(1)),
        ],
    );
    let listed = env.in_data(&["measures"]).output().unwrap().stdout;
    let listed = String::from_utf8(listed).unwrap();
    assert!(listed.contains("weeks of at least 3 days"), "{listed}");
}

// Form 7, objects chosen during the agreement: `atgardsplaner`, one
// action plan per school over the whole validity (2019–2022, 1461 days);
// byskolan added 1 March 2021, fjallskolan 1 September 2022.
const PLANS: &str = "atgardsplaner";

#[test]
fn targets_added_later_running_period() {
    let env = folder(&[
        ("2020-05-10", PLANS, "1", "centralskolan"),
        ("2022-02-01", PLANS, "1", "byskolan"),
    ]);
    // 1 June 2021: centralskolan and byskolan (added 1 March) are due,
    // fjallskolan not yet: 1 of 2, missing byskolan. Day 883 of 1461:
    // expected floor(2 × 883 / 1461) = 1: on track. The count over the
    // validity does not restart: centralskolan's plan of 2020 still counts.
    let got = measure(&env, PLANS, &["status", "--at", "2021-06-01"]);
    assert_fields(
        "1 June 2021",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(1)),
            ("/target", json!(2)),
            ("/expected", json!(1)),
            ("/missing", json!(["byskolan"])),
        ],
    );
    // 1 October 2022: fjallskolan added a month ago: 2 of 3.
    let got = measure(&env, PLANS, &["status", "--at", "2022-10-01"]);
    assert_fields(
        "1 October 2022",
        &got,
        &[
            ("/done", json!(2)),
            ("/target", json!(3)),
            ("/missing", json!(["fjallskolan"])),
        ],
    );
}

#[test]
fn targets_added_later_ended_period() {
    // The validity ends with the agreement on 31 December 2022: all three
    // have plans (fjallskolan on 15 November): met, 3 of 3. The year's
    // grid counts the targets reached in 2022 (byskolan in February,
    // fjallskolan in November): total 2. The report says when fjallskolan
    // was added.
    let env = folder(&[
        ("2020-05-10", PLANS, "1", "centralskolan"),
        ("2022-02-01", PLANS, "1", "byskolan"),
        ("2022-11-15", PLANS, "1", "fjallskolan"),
    ]);
    let got = measure(
        &env,
        PLANS,
        &["status", "--year", "2022", "--at", "2023-01-10"],
    );
    assert_fields(
        "2022",
        &got,
        &[
            ("/at_end/state", json!("met")),
            ("/at_end/done", json!(3)),
            ("/at_end/target", json!(3)),
            ("/total", json!(2)),
            ("/cells/1/done", json!(1)),
            ("/cells/10/done", json!(1)),
        ],
    );
    let out = env.path().join("r.md");
    env.in_data(&[
        "report",
        "--year",
        "2022",
        "--format",
        "md",
        "--out",
        out.to_str().unwrap(),
    ])
    .env("LOFTEN_TODAY", "2023-01-10")
    .assert()
    .success();
    let report = std::fs::read_to_string(out).unwrap();
    assert!(report.contains("Fjällskolan added 2022-09-01"), "{report}");
}

/// A data folder with the every-form plan and rows in loften's own form
/// (14 columns): (id, date, measure, count, until, answers).
fn folder_full(rows: &[(&str, &str, &str, &str, &str, &str)]) -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "data/plan/every-form.toml",
        &std::fs::read_to_string(fixture("plans/every-form.toml")).unwrap(),
    );
    let mut years: Vec<&str> = rows.iter().map(|r| &r.1[..4]).collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        let mut csv = String::from(
            "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses,until,answers\n",
        );
        for (id, date, measure, count, until, answers) in rows {
            if date.starts_with(year) {
                let _ = writeln!(
                    csv,
                    "{id},{date},{measure},{count},,,X,,,{date}T12:00:00+01:00,,,{until},{answers}"
                );
            }
        }
        env.write(&format!("data/logs/{year}.csv"), &csv);
    }
    env.in_data(&["check"]).assert().success();
    env
}

// Form 1, triggered promises: `atgarda-fynd` answers each `fynd` within 30
// days, judged per quarter; `vandring-pa-begaran` answers each `onskemal`
// by the end of its year.
const FINDINGS: &str = "atgarda-fynd";
const REQUESTS: &str = "vandring-pa-begaran";

/// Findings on 1 and 10 March 2021 (due 31 March and 9 April) and on 25
/// March (due 24 April); answers on 26 March (two) and, naming f2, 12
/// April; a request on 1 February answered 30 November.
fn trigger_rows() -> Vec<(
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
)> {
    vec![
        ("f1", "2021-03-01", "fynd", "1", "", ""),
        ("f2", "2021-03-10", "fynd", "1", "", ""),
        ("f3", "2021-03-25", "fynd", "1", "", ""),
        ("a1", "2021-03-26", FINDINGS, "1", "", ""),
        ("a2", "2021-04-12", FINDINGS, "1", "", "f2"),
        ("o1", "2021-02-01", "onskemal", "1", "", ""),
        ("w1", "2021-11-30", REQUESTS, "1", "", ""),
    ]
}

#[test]
fn triggered_promises_running_period() {
    let env = folder_full(&trigger_rows());
    // On 5 April, Q2 2021: a1 (26 March) answers the open finding due
    // first, f1 (due 31 March), in Q1. Due in Q2 and happened by 5 April:
    // f2 (due 9 April) and f3 (due 24 April), both open: on track, done
    // 0/2, expected 0, needed 2, next due 9 April; Q1 met (1 of 1).
    let got = measure(&env, FINDINGS, &["status", "--at", "2021-04-05"]);
    assert_fields(
        "5 April",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(0)),
            ("/target", json!(2)),
            ("/expected", json!(0)),
            ("/needed", json!(2)),
            ("/due", json!("2021-04-09")),
            ("/triggers/total", json!(2)),
            ("/triggers/open", json!(2)),
            ("/triggers/share", Value::Null),
            ("/year/periods_met", json!(1)),
            ("/year/periods_ended", json!(1)),
        ],
    );
    // On 15 April: f2 was answered on 12 April naming it, after its due 9
    // April: late. f3 is still open (due 24 April): behind, done 0/2,
    // expected 1, needed 1, share 0 of 1.
    let got = measure(&env, FINDINGS, &["status", "--at", "2021-04-15"]);
    assert_fields(
        "15 April",
        &got,
        &[
            ("/state", json!("behind")),
            ("/done", json!(0)),
            ("/target", json!(2)),
            ("/expected", json!(1)),
            ("/needed", json!(1)),
            ("/due", json!("2021-04-24")),
            ("/triggers/late", json!(1)),
            ("/triggers/open", json!(1)),
            ("/triggers/overdue", json!(0)),
            ("/triggers/share", json!(0.0)),
        ],
    );
    // The request of 1 February is due 31 December: on 1 June on track,
    // open, next due 2021-12-31.
    let got = measure(&env, REQUESTS, &["status", "--at", "2021-06-01"]);
    assert_fields(
        "1 June",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/done", json!(0)),
            ("/target", json!(1)),
            ("/due", json!("2021-12-31")),
            ("/triggers/kind", json!("onskemal")),
        ],
    );
    // The table says what is open and when it is due.
    let out = env
        .in_data(&["status", "--at", "2021-04-26", "--measure", FINDINGS])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("1 overdue, 1 answered late; overdue since 2021-04-24 (2 days)"),
        "{table}"
    );
}

#[test]
fn triggered_promises_ended_period() {
    let env = folder_full(&trigger_rows());
    // 2021 as a whole: Q1 met (f1 in time), Q2 missed (f2 late, f3 never
    // answered), Q3 and Q4 had nothing due and are not judged: 1 of 2
    // quarters. The grid counts f1 in March, its due month: total 1.
    let got = measure(
        &env,
        FINDINGS,
        &["status", "--year", "2021", "--at", "2022-01-10"],
    );
    assert_fields(
        "2021",
        &got,
        &[
            ("/at_end/state", json!("missed")),
            ("/at_end/year/periods_met", json!(1)),
            ("/at_end/year/periods_ended", json!(2)),
            ("/total", json!(1)),
            ("/cells/2/done", json!(1)),
            ("/cells/3/done", json!(0)),
        ],
    );
    // The request was answered on 30 November, by its due day: the year
    // met, 1 of 1; the grid counts it in December, its due month.
    let got = measure(
        &env,
        REQUESTS,
        &["status", "--year", "2021", "--at", "2022-01-10"],
    );
    assert_fields(
        "2021",
        &got,
        &[
            ("/at_end/state", json!("met")),
            ("/at_end/year/periods_met", json!(1)),
            ("/total", json!(1)),
            ("/cells/11/done", json!(1)),
        ],
    );
}

#[test]
fn an_event_and_its_answer_are_logged_and_checked() {
    let env = folder_full(&[("f1", "2021-03-01", "fynd", "1", "", "")]);
    let today = [("LOFTEN_TODAY", "2021-03-20")];
    // Logging an event shows the measures that answer it. On 20 March,
    // Q1 holds f1 (due 31 March); the new one (due 9 April) is Q2's.
    let out = env
        .in_data(&["log", "Fynd vid trygghetsvandring", "--date", "2021-03-10"])
        .envs(today)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains(
            "atgarda-fynd: 0 of 1 answered in time in Q1 2021, 1 open; next due 2021-03-31"
        ),
        "{said}"
    );
    // An answer naming a row that is no event of the kind is refused, and
    // nothing is written.
    let before = env.snapshot();
    env.in_data(&["log", FINDINGS, "--answers", "nope"])
        .envs(today)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--answers nope: no row has that id",
        ));
    env.in_data(&["log", "fynd", "--answers", "f1"])
        .envs(today)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is an event to answer"));
    assert_eq!(env.snapshot(), before, "a refused log writes nothing");
    env.in_data(&["log", FINDINGS, "--answers", "f1"])
        .envs(today)
        .assert()
        .success();
    let got = measure(&env, FINDINGS, &["status", "--at", "2021-03-20"]);
    assert_fields(
        "20 March",
        &got,
        &[
            ("/state", json!("met")),
            ("/done", json!(1)),
            ("/triggers/open", json!(0)),
            ("/due", json!("2021-04-09")),
        ],
    );
    // A row naming an id that is no event is reported by check.
    let log = env.read("data/logs/2021.csv");
    env.write(
        "data/logs/2021.csv",
        &format!("{log}x9,2021-03-15,{FINDINGS},1,,,X,,,2021-03-15T12:00:00+01:00,,,,gone\n"),
    );
    env.in_data(&["check"])
        .envs(today)
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "data/logs/2021.csv:5: the row answers gone, but no row of the event fynd has that id",
        ));
}

// Form 5, spans: one row from Thursday 4 to Wednesday 10 March 2021.
#[test]
fn a_span_is_one_occasion_and_every_day_of_it_active() {
    let env = folder_full(&[]);
    let today = [("LOFTEN_TODAY", "2021-03-10")];
    for measure in [YOUTH, "kvallsnarvaro", "kvallspatrull"] {
        env.in_data(&[
            "log",
            measure,
            "--from",
            "2021-03-04",
            "--until",
            "2021-03-10",
        ])
        .envs(today)
        .assert()
        .success();
    }
    // Weeks of at least 3 days: week 9 (Thu–Sun, 4 days) and week 10
    // (Mon–Wed, 3 days): 2 of 2, met.
    let got = measure(&env, YOUTH, &["status", "--at", "2021-03-10"]);
    assert_fields(
        "weeks",
        &got,
        &[("/state", json!("met")), ("/done", json!(2))],
    );
    // Distinct days per week (at least 2, aim 3): Monday–Wednesday of week
    // 10 are 3 days: met, aim reached.
    let got = measure(&env, "kvallsnarvaro", &["status", "--at", "2021-03-10"]);
    assert_fields(
        "days",
        &got,
        &[
            ("/done", json!(3)),
            ("/state", json!("met")),
            ("/aim_reached", json!(true)),
        ],
    );
    // Occasions (at least 2 per week): the span is one occasion, on 4
    // March, in week 9; week 10 has none.
    let got = measure(&env, "kvallspatrull", &["status", "--at", "2021-03-10"]);
    assert_fields("occasions", &got, &[("/done", json!(0))]);
    let got = measure(&env, "kvallspatrull", &["status", "--at", "2021-03-07"]);
    assert_fields("week 9", &got, &[("/done", json!(1))]);
    // The ended year: both weeks reach their 3rd day in March.
    let got = measure(
        &env,
        YOUTH,
        &["status", "--year", "2021", "--at", "2022-01-10"],
    );
    assert_fields(
        "2021",
        &got,
        &[
            ("/at_end/state", json!("met")),
            ("/total", json!(2)),
            ("/cells/2/done", json!(2)),
        ],
    );
    // The row: date and until, one line.
    let log = env.read("data/logs/2021.csv");
    assert_eq!(
        log.lines()
            .filter(|l| l.contains(",2021-03-04,ungdomsvecka,1,") && l.ends_with(",2021-03-10,"))
            .count(),
        1,
        "{log}"
    );
    // A span that ends before it starts, or after today, is refused.
    let before = env.snapshot();
    env.in_data(&[
        "log",
        YOUTH,
        "--from",
        "2021-03-04",
        "--until",
        "2021-03-01",
    ])
    .envs(today)
    .assert()
    .code(2)
    .stderr(predicates::str::contains(
        "the span ends (2021-03-01) before it starts",
    ));
    env.in_data(&[
        "log",
        YOUTH,
        "--from",
        "2021-03-04",
        "--until",
        "2021-03-12",
    ])
    .envs(today)
    .assert()
    .code(2);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_span_into_a_file_written_before_until_needs_repair() {
    // A 12-column file is read, and a plain row still appended to it.
    let env = folder(&[("2021-03-01", YOUTH, "1", "")]);
    let today = [("LOFTEN_TODAY", "2021-03-10")];
    env.in_data(&["log", YOUTH, "--date", "2021-03-02"])
        .envs(today)
        .assert()
        .success();
    let log = env.read("data/logs/2021.csv");
    assert!(log.lines().all(|l| l.split(',').count() == 12), "{log}");
    // A span needs the column: refused, nothing written, until repair.
    let before = env.snapshot();
    env.in_data(&["log", YOUTH, "--from", "2021-03-04", "--until", "2021-03-06"])
        .envs(today)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "was written before the columns until and answers, which this row needs. Nothing was written. Run `loften repair`",
        ));
    assert_eq!(env.snapshot(), before);
    env.in_data(&["repair"])
        .envs(today)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "the columns until and answers added",
        ));
    env.in_data(&[
        "log",
        YOUTH,
        "--from",
        "2021-03-04",
        "--until",
        "2021-03-06",
    ])
    .envs(today)
    .assert()
    .success();
    // Week 9: 1 March (Mon) and 2 March, then 4–6 March: 5 days, 1 week.
    let got = measure(&env, YOUTH, &["status", "--at", "2021-03-10"]);
    assert_fields("after repair", &got, &[("/done", json!(1))]);
}

#[test]
fn a_baseline_logged_instead_of_given() {
    // `langning` should fall against 2018, whose value is logged.
    let env = folder_full(&[]);
    let today = [("LOFTEN_TODAY", "2021-12-31")];
    let goal = |env: &TestEnv, at: &str| {
        metric(&measure(env, CHECKS, &["status", "--at", at]), "langning")["goal"].clone()
    };
    // Not logged yet: no level, not measurable even when the year is over.
    assert_fields(
        "no baseline",
        &goal(&env, "2021-12-31"),
        &[
            ("/baseline/value", Value::Null),
            ("/level", Value::Null),
            ("/state", json!("not_yet_measurable")),
        ],
    );
    // A baseline row needs values; a row of a year before the agreement
    // that is no baseline year is refused as any date outside it.
    env.in_data(&["log", CHECKS, "--baseline", "2018"])
        .envs(today)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "a row of the baseline year 2018 gives values",
        ));
    env.in_data(&["log", CHECKS, "--baseline", "2017", "--value", "langning=3"])
        .envs(today)
        .assert()
        .code(2);
    for args in [
        &[
            "log",
            CHECKS,
            "--baseline",
            "2018",
            "--value",
            "langning=12",
        ][..],
        &[
            "log",
            CHECKS,
            "--date",
            "2021-05-05",
            "--value",
            "langning=5",
        ][..],
    ] {
        env.in_data(args).envs(today).assert().success();
    }
    assert!(
        env.read("data/logs/2018.csv")
            .contains(",2018-01-01,narkotikakontroll,1,,langning=12,")
    );
    // Running year: 5 below 12 so far, but the year is not over.
    assert_fields(
        "30 June",
        &goal(&env, "2021-06-30"),
        &[
            ("/baseline/value", json!(12.0)),
            ("/level", json!(12.0)),
            ("/value", json!(5.0)),
            ("/state", json!("not_yet_measurable")),
        ],
    );
    // The ended year: met.
    assert_fields(
        "31 December",
        &goal(&env, "2021-12-31"),
        &[("/level", json!(12.0)), ("/state", json!("met"))],
    );
    env.in_data(&["check"]).envs(today).assert().success();
}

#[test]
fn a_late_event_is_due_by_the_end_of_the_validity_and_old_ones_stay_in_their_period() {
    // A finding on 15 December 2022, in the agreement's last month: due
    // 31 December 2022 (not 14 January 2023), judged in Q4 2022. One of
    // 20 September 2021, never answered, was Q4 2021's: on 10 January
    // 2022 nothing is due in Q1 2022 and no old due day is shown as next.
    let env = folder_full(&[
        ("f1", "2021-09-20", "fynd", "1", "", ""),
        ("f2", "2022-12-15", "fynd", "1", "", ""),
    ]);
    let got = measure(&env, FINDINGS, &["status", "--at", "2022-01-10"]);
    assert_fields(
        "10 January 2022",
        &got,
        &[
            ("/state", json!("no_target")),
            ("/due", Value::Null),
            ("/year/periods_ended", json!(0)),
        ],
    );
    let got = measure(&env, FINDINGS, &["status", "--at", "2022-12-31"]);
    assert_fields(
        "31 December 2022",
        &got,
        &[
            ("/state", json!("on_track")),
            ("/due", json!("2022-12-31")),
            ("/triggers/total", json!(1)),
            ("/triggers/open", json!(1)),
        ],
    );
}

#[test]
fn a_baseline_row_is_only_for_a_baseline_year_and_its_values() {
    let env = folder_full(&[]);
    let today = [("LOFTEN_TODAY", "2021-06-30")];
    let refused = |args: &[&str], says: &str| {
        let mut all = vec!["log"];
        all.extend_from_slice(args);
        env.in_data(&all)
            .envs(today)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(says.to_string()));
    };
    let before = env.snapshot();
    refused(
        &[CHECKS, "--baseline", "2017", "--value", "langning=1"],
        "--baseline 2017: the baseline year of narkotikakontroll in the plan is 2018",
    );
    refused(
        &[CHECKS, "--baseline", "2019", "--value", "langning=1"],
        "--baseline 2019: the baseline year",
    );
    refused(
        &["tillslag", "--baseline", "2018", "--value", "anmalningar=1"],
        "no metric of tillslag has a baseline to log",
    );
    refused(
        &[
            CHECKS,
            "--baseline",
            "2018",
            "--value",
            "langning=1",
            "--count",
            "2",
        ],
        "gives values only",
    );
    refused(
        &[CHECKS, "--baseline", "2018", "--value", "anmalningar=1"],
        "\"anmalningar\" has no baseline 2018 to log",
    );
    refused(&[YOUTH, "--until", "2021-03-10"], "--from");
    assert_eq!(env.snapshot(), before, "refusals write nothing");
}

#[test]
fn voided_spans_events_and_answers_count_nowhere() {
    // The one pass over the log takes voided rows out at the end: a span's
    // later days, an event and an answer naming it go with them.
    let env = folder_full(&[
        ("s1", "2021-03-04", YOUTH, "1", "2021-03-10", ""),
        ("f1", "2021-03-01", "fynd", "1", "", ""),
        ("a1", "2021-03-05", FINDINGS, "1", "", "f1"),
    ]);
    let both = |at: &str| {
        (
            measure(&env, YOUTH, &["status", "--at", at]),
            measure(&env, FINDINGS, &["status", "--at", at]),
        )
    };
    let (youth, findings) = both("2021-03-20");
    assert_fields("before", &youth, &[("/done", json!(2))]);
    assert_fields("before", &findings, &[("/triggers/answered", json!(1))]);
    let today = [("LOFTEN_TODAY", "2021-03-20")];
    for id in ["s1", "a1"] {
        env.in_data(&["void", id, "--reason", "fel"])
            .envs(today)
            .assert()
            .success();
    }
    let (youth, findings) = both("2021-03-20");
    assert_fields("span voided", &youth, &[("/done", json!(0))]);
    assert_fields(
        "answer voided",
        &findings,
        &[
            ("/triggers/answered", json!(0)),
            ("/triggers/open", json!(1)),
        ],
    );
    env.in_data(&["void", "f1", "--reason", "fel"])
        .envs(today)
        .assert()
        .success();
    let (_, findings) = both("2021-03-20");
    assert_fields(
        "event voided",
        &findings,
        &[
            ("/triggers/total", json!(0)),
            ("/state", json!("no_target")),
        ],
    );
}
