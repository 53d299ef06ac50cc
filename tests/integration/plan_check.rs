//! `loften check`: the repository's own plan, the fixture exercising every
//! frequency form, and each kind of bad plan, with exit codes and located
//! messages.

use std::fs;

use predicates::prelude::*;

use crate::testenv::{TestEnv, fixture, repo_root};

/// A folder whose data folder `data/` holds the fixture `relative` as its
/// plan, under the fixture's own file name.
fn with_fixture(relative: &str) -> (TestEnv, String) {
    let env = TestEnv::new();
    let source = fs::read_to_string(fixture(relative)).unwrap();
    let name = relative.rsplit('/').next().unwrap();
    env.write(&format!("data/plan/{name}"), &source);
    (env, source)
}

/// The `# expect: LINE:COLUMN: text` lines of a bad fixture.
fn expectations(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .collect()
}

fn bad_fixtures() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixture("plans/bad"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_repository_plan_is_clean() {
    let root = repo_root();
    TestEnv::new()
        .loften(&["--dir", root.to_str().unwrap(), "check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "norsjo-2019-2023.toml: no problems",
        ));
}

#[test]
fn the_every_form_fixture_is_clean() {
    let (env, _) = with_fixture("plans/every-form.toml");
    env.in_data(&["check"])
        .assert()
        .code(0)
        .stdout("data/plan/every-form.toml: no problems\n");
}

#[test]
fn every_bad_fixture_gets_exit_1_and_each_expected_problem_with_its_place() {
    let names = bad_fixtures();
    assert!(names.len() >= 15, "{names:?}");
    for name in names {
        let (env, source) = with_fixture(&format!("plans/bad/{name}"));
        let expected = expectations(&source);
        assert!(!expected.is_empty(), "{name} states no expected problem");
        let output = env.in_data(&["check"]).output().unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert_eq!(output.status.code(), Some(1), "{name}:\n{stdout}");
        let lines: Vec<&str> = stdout.lines().collect();
        for (line, expected) in lines.iter().zip(&expected) {
            let prefix = format!("data/plan/{name}:{expected}");
            assert!(
                line.starts_with(&prefix),
                "{name}: {line:?} is not {prefix:?}"
            );
        }
        assert_eq!(
            lines.len(),
            expected.len() + 1,
            "{name}: one line per problem and a count:\n{stdout}"
        );
        assert_eq!(lines.last().unwrap(), &problems_found(expected.len()));
    }
}

#[test]
fn an_unknown_key_in_a_measure_is_named_with_its_line_and_the_allowed_keys() {
    let (env, _) = with_fixture("plans/bad/unknown-key.toml");
    env.in_data(&["check"]).assert().code(1).stdout(predicate::str::contains(
        "data/plan/unknown-key.toml:32:1: unknown key \"frekvensz\" in [[measure]] \"trafikkontroll\"; expected one of: id, title,",
    ));
}

#[test]
fn a_toml_syntax_error_has_a_position() {
    let (env, _) = with_fixture("plans/bad/syntax-error.toml");
    env.in_data(&["check"]).assert().code(1).stdout(
        predicate::str::is_match(r"data/plan/syntax-error\.toml:30:\d+: TOML syntax error")
            .unwrap(),
    );
}

#[test]
fn a_missing_field_names_the_key() {
    let (env, _) = with_fixture("plans/bad/missing-field.toml");
    env.in_data(&["check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "is missing the key \"nar\"; add it",
        ));
}

#[test]
fn a_plan_with_many_problems_lists_them_all() {
    let (env, source) = with_fixture("plans/bad/many-problems.toml");
    let n = expectations(&source).len();
    assert!(n >= 10);
    let assert = env.in_data(&["check"]).assert().code(1);
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for needle in [
        "unknown key \"frekvensz\"",
        "missing the key \"uppfoljning\"",
        "focus area \"trygghet\" is not defined",
        "party \"kommunen\" is not defined",
        "from 1 to 1000000, not 0",
        "date set \"riskhelgr\" is referenced but not defined",
        "measure id \"Trygghetsvandring\"",
        "target \"centrum\" is referenced",
        "overlapping validity",
        "\"2021-13-01\" is not a date",
        "ends 2021-06-25 before it starts 2021-06-27",
        "id \"riskhelger\" is already used",
    ] {
        assert!(stdout.contains(needle), "{needle:?} missing in:\n{stdout}");
    }
    assert!(
        stdout.ends_with(&format!("{}\n", problems_found(n))),
        "{stdout}"
    );
}

#[test]
fn problems_are_in_swedish_with_lang_sv() {
    let (env, _) = with_fixture("plans/bad/unknown-key.toml");
    env.in_data(&["--lang", "sv", "check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "data/plan/unknown-key.toml:32:1: okänd nyckel \"frekvensz\" i [[measure]] \"trafikkontroll\"; tillåtna är:",
        ))
        .stdout(predicate::str::ends_with("1 fel hittades\n"));
}

#[test]
fn other_commands_refuse_a_bad_plan_with_exit_2_and_its_problems() {
    let (env, _) = with_fixture("plans/bad/undefined-date-set.toml");
    env.in_data(&["measures"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "data/plan/undefined-date-set.toml:32:69: date set \"riskhelger\" is referenced but not defined",
        ))
        .stderr(predicate::str::contains("loften check lists them all"));
}

#[test]
fn a_missing_plan_folder_gets_exit_2_and_a_hint_to_run_init() {
    TestEnv::new()
        .loften(&["--dir", "nowhere", "check"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("loften init nowhere"));
}

#[test]
fn a_plan_folder_without_a_plan_gets_exit_2() {
    let env = TestEnv::new();
    fs::create_dir_all(env.path().join("data/plan")).unwrap();
    env.in_data(&["check"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("holds no plan"));
}

#[test]
fn a_byte_order_mark_is_accepted_and_positions_stay_right() {
    let env = TestEnv::new();
    let source = fs::read_to_string(fixture("plans/bad/unknown-key.toml")).unwrap();
    env.write("data/plan/bom.toml", &format!("\u{feff}{source}"));
    env.in_data(&["check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "data/plan/bom.toml:32:1: unknown key",
        ));
}

/// "1 problem found", "3 problems found": the count with the right noun.
fn problems_found(n: usize) -> String {
    if n == 1 {
        "1 problem found".to_string()
    } else {
        format!("{n} problems found")
    }
}
