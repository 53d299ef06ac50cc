//! Issue #12 form 8, successive agreements in one data folder: Norsjö
//! 2019–2023 and a yearly 2024 agreement side by side in `plan/`, judged
//! through the real binary. The 2024 plan is the Norsjö plan with its own
//! title and days, trafikkontroll at least 4 a month (not 10), and the
//! measure temadag ("Temadag åk 6–9") renamed temakvall ("Temakväll").
//! Figures are worked by hand beside each case, by the rules of
//! docs/plan-format.md.

use serde_json::Value;

use crate::testenv::{TestEnv, repo_root};

const HEADER: &str =
    "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses\n";

/// The Norsjö plan turned into the 2024 agreement starting on `start`.
fn plan_2024(start: &str) -> String {
    let norsjo =
        std::fs::read_to_string(repo_root().join("examples/norsjo/plan/norsjo-2019-2023.toml"))
            .unwrap();
    let replaced = norsjo
        .replacen(
            "start = 2019-01-01\nend = 2023-12-31",
            &format!("start = {start}\nend = 2024-12-31"),
            1,
        )
        .replacen(
            "title = \"Medborgarlöften 2019 – 2023 Polisen och Norsjö Kommun\"",
            "title = \"Medborgarlöfte 2024 Polisen och Norsjö kommun\"",
            1,
        )
        .replacen(
            "frequency = { kind = \"quota\", at_least = 10, per = \"month\" }\nmetrics = [\n    { id = \"anmalningar\"",
            "frequency = { kind = \"quota\", at_least = 4, per = \"month\" }\nmetrics = [\n    { id = \"anmalningar\"",
            1,
        )
        .replace("id = \"temadag\"", "id = \"temakvall\"")
        .replacen("title = \"Temadag åk 6–9\"", "title = \"Temakväll\"", 1);
    assert_ne!(replaced, norsjo);
    assert!(replaced.contains("at_least = 4, per = \"month\" }\nmetrics"));
    assert!(replaced.contains("temakvall"));
    assert!(replaced.contains("title = \"Temakväll\""));
    replaced
}

/// Norsjö 2019–2023 and the 2024 agreement starting on `start_2024`, with
/// one trafikkontroll row each year: 12 controls and 4 anmälningar on
/// 2023-03-10, 3 controls and 6 anmälningar on 2024-03-05. Today is
/// 2024-03-20.
fn folder(start_2024: &str) -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "data/plan/norsjo-2019-2023.toml",
        &std::fs::read_to_string(repo_root().join("examples/norsjo/plan/norsjo-2019-2023.toml"))
            .unwrap(),
    );
    env.write("data/plan/norsjo-2024.toml", &plan_2024(start_2024));
    env.write(
        "data/logs/2023.csv",
        &format!(
            "{HEADER}a1,2023-03-10,trafikkontroll,12,,anmalningar=4,X,,,2023-03-10T12:00:00+01:00,,\n"
        ),
    );
    env.write(
        "data/logs/2024.csv",
        &format!(
            "{HEADER}b1,2024-03-05,trafikkontroll,3,,anmalningar=6,X,,,2024-03-05T12:00:00+01:00,,\n"
        ),
    );
    env
}

fn run(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.in_data(args)
        .env("LOFTEN_TODAY", "2024-03-20")
        .output()
        .unwrap()
}

/// trafikkontroll in `status --at AT --format json`.
fn trafikkontroll(env: &TestEnv, at: &str) -> Value {
    let out = run(env, &["status", "--at", at, "--format", "json"]);
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
        .find(|m| m["id"] == "trafikkontroll")
        .unwrap()
        .clone()
}

#[test]
fn check_accepts_agreements_that_follow_each_other() {
    let env = folder("2024-01-01");
    let out = run(&env, &["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    // Both plans are named in the summary; the 2023 row is judged by the
    // 2019–2023 agreement, the 2024 row by the 2024 one: no "outside the
    // agreement".
    let last = stdout.lines().last().unwrap();
    assert!(last.contains("norsjo-2019-2023.toml"), "{last}");
    assert!(last.contains("norsjo-2024.toml"), "{last}");
    assert!(last.contains("no problems (2 rows read)"), "{last}");
}

#[test]
fn status_uses_the_agreement_in_force_on_the_as_of_date() {
    let env = folder("2024-01-01");
    // 2023-12-31: the 2019–2023 agreement, 10 a month; December 2023 has
    // no controls. anmälningar so far in 2023: 4 (2023-03-10); a year
    // earlier, 2022: 0.
    let m = trafikkontroll(&env, "2023-12-31");
    assert_eq!(m["target"], 10);
    assert_eq!(m["done"], 0);
    assert_eq!(m["period"]["key"], "2023-12");
    assert_eq!(m["metrics"][0]["ytd"], 4.0);
    assert_eq!(m["metrics"][0]["previous_ytd"], 0.0);
    // 2024-03-15: the 2024 agreement, 4 a month; March 2024 has 3. Its
    // anmälningar, 6 by 2024-03-15, compare with the same days of 2023
    // (1 January – 15 March 2023: 4), across the boundary: up.
    let m = trafikkontroll(&env, "2024-03-15");
    assert_eq!(m["target"], 4);
    assert_eq!(m["done"], 3);
    assert_eq!(m["period"]["key"], "2024-03");
    assert_eq!(m["metrics"][0]["ytd"], 6.0);
    assert_eq!(m["metrics"][0]["previous_ytd"], 4.0);
    assert_eq!(m["metrics"][0]["trend"], "up");
}

#[test]
fn report_of_a_year_uses_that_years_agreement() {
    let env = folder("2024-01-01");
    let out = run(&env, &["report", "--year", "2024", "--format", "md"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.starts_with("# Medborgarlöfte 2024 Polisen och Norsjö kommun"),
        "{text}"
    );
    let out = run(&env, &["report", "--year", "2023", "--format", "md"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.starts_with("# Medborgarlöften 2019 – 2023 Polisen och Norsjö Kommun"),
        "{text}"
    );
}

#[test]
fn log_judges_a_row_by_the_agreement_of_its_date() {
    let env = folder("2024-01-01");
    // temadag is a measure of 2019–2023, temakvall of 2024.
    for (measure, date, code) in [
        ("temadag", "2023-06-01", 0),
        ("temakvall", "2024-03-18", 0),
        ("temakvall", "2023-06-01", 2),
        ("temadag", "2024-03-18", 2),
    ] {
        let out = run(&env, &["log", measure, "--date", date]);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{measure} {date}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The two accepted rows are in their years' files; nothing else.
    assert!(
        env.read("data/logs/2023.csv")
            .contains(",2023-06-01,temadag,")
    );
    assert!(
        env.read("data/logs/2024.csv")
            .contains(",2024-03-18,temakvall,")
    );
    assert_eq!(env.read("data/logs/2023.csv").lines().count(), 3);
    assert_eq!(env.read("data/logs/2024.csv").lines().count(), 3);
}

#[test]
fn check_refuses_overlapping_agreements() {
    // The 2024 agreement starting on 2023-07-01 overlaps 2019–2023.
    let env = folder("2023-07-01");
    let out = run(&env, &["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    // Located at `start` of the later agreement (line 26 of the Norsjö
    // plan), naming both and what to do.
    let line = stdout
        .lines()
        .find(|l| l.contains("overlaps"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("norsjo-2024.toml:26:1: "), "{line}");
    assert!(line.contains("2023-07-01 – 2024-12-31"), "{line}");
    assert!(
        line.contains("norsjo-2019-2023.toml (2019-01-01 – 2023-12-31)"),
        "{line}"
    );
    assert!(line.contains("start this one after 2023-12-31"), "{line}");
}

#[test]
fn init_next_adds_the_next_agreements_plan_beside_the_ended_one() {
    let env = TestEnv::new();
    env.write(
        "data/plan/norsjo-2019-2023.toml",
        &std::fs::read_to_string(repo_root().join("examples/norsjo/plan/norsjo-2019-2023.toml"))
            .unwrap(),
    );
    // The ended agreement's hint names it.
    let out = run(&env, &["status"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("loften init --next"));
    // 2019–2023 ends on 2023-12-31: the next runs 2024-01-01 – 2024-12-31.
    let out = run(&env, &["init", "--next"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let next = env.read("data/plan/norsjo-2024.toml");
    assert!(
        next.contains("\nstart = 2024-01-01\nend = 2024-12-31\n"),
        "{next}"
    );
    // Only the agreement's days changed.
    let before = env.read("data/plan/norsjo-2019-2023.toml");
    assert_eq!(
        next.replacen(
            "start = 2024-01-01\nend = 2024-12-31",
            "start = 2019-01-01\nend = 2023-12-31",
            1
        ),
        before
    );
    let out = run(&env, &["status", "--at", "2024-03-15", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&env, &["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A start inside the latest agreement is refused, nothing written.
    let out = run(&env, &["init", "--next", "--start", "2024-06-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("the next one begins after 2024-12-31; nothing was changed")
    );
    assert!(!env.data().join("plan/norsjo-2024-2024.toml").exists());
    assert_eq!(
        std::fs::read_dir(env.data().join("plan")).unwrap().count(),
        2
    );
}
