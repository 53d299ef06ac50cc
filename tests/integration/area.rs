//! The police-area view: `loften status` over several data folders, named
//! by repeated `--dir` or by a `loften.toml` workspace file.

use predicates::prelude::*;
use serde_json::Value;

use crate::testenv::TestEnv;

/// Two data folders, `norsjo` and `mala` (the Norsjö template with the
/// municipality renamed), with rows logged in each.
fn area_env() -> TestEnv {
    let env = TestEnv::new();
    for folder in ["norsjo", "mala"] {
        env.loften(&["init", "--example", folder])
            .assert()
            .success();
    }
    let plan = env.path().join("mala/plan/norsjo-2019-2023.toml");
    let text = std::fs::read_to_string(&plan).unwrap();
    assert!(text.contains("municipality = \"Norsjö kommun\""));
    std::fs::write(
        &plan,
        text.replace(
            "municipality = \"Norsjö kommun\"",
            "municipality = \"Malå kommun\"",
        ),
    )
    .unwrap();
    for (folder, count) in [("norsjo", "3"), ("mala", "12")] {
        env.loften(&[
            "--dir",
            folder,
            "log",
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--count",
            count,
        ])
        .env("LOFTEN_TODAY", "2021-03-15")
        .assert()
        .success();
    }
    env
}

fn json(env: &TestEnv, args: &[&str]) -> Value {
    let out = env.loften(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn trafikkontroll(agreement: &Value) -> &Value {
    agreement["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "trafikkontroll")
        .unwrap()
}

#[test]
fn status_over_two_folders_shows_both_municipalities() {
    let env = area_env();
    let out = env
        .loften(&[
            "status",
            "--dir",
            "norsjo",
            "--dir",
            "mala",
            "--at",
            "2021-03-15",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(out).unwrap();
    let summary_line = |name: &str| {
        table
            .lines()
            .find(|l| l.contains(name) && l.contains('┆'))
            .unwrap_or_else(|| panic!("no line for {name} in\n{table}"))
            .to_string()
    };
    assert!(table.starts_with("The area's agreements — status on 2021-03-15"));
    for header in [
        "municipality",
        "met",
        "on track",
        "behind",
        "missed",
        "excused",
    ] {
        assert!(table.lines().nth(2).unwrap().contains(header), "{table}");
    }
    assert!(summary_line("Norsjö kommun").contains("norsjo"));
    assert!(summary_line("Malå kommun").contains("mala"));
    // Nattvandring is on track in both (no risk evening has come yet).
    assert!(summary_line("total").contains("16"), "{table}");
    // Each agreement's own table follows under a heading.
    assert!(table.contains("\nNorsjö kommun — norsjo\n═"), "{table}");
    assert!(table.contains("\nMalå kommun — mala\n═"), "{table}");
    assert_eq!(table.matches("done/target").count(), 8, "{table}");
}

#[test]
fn json_lists_the_agreements() {
    let env = area_env();
    let value = json(
        &env,
        &[
            "status",
            "--dir",
            "norsjo",
            "--dir",
            "mala",
            "--at",
            "2021-03-15",
            "--format",
            "json",
        ],
    );
    assert_eq!(value["at"], "2021-03-15");
    let agreements = value["agreements"].as_array().unwrap();
    assert_eq!(agreements.len(), 2);
    assert_eq!(agreements[0]["dir"], "norsjo");
    assert_eq!(agreements[0]["municipality"], "Norsjö kommun");
    assert_eq!(agreements[1]["dir"], "mala");
    assert_eq!(agreements[1]["municipality"], "Malå kommun");
    assert!(
        agreements[1]["title"]
            .as_str()
            .unwrap()
            .starts_with("Medborgarlöften")
    );
    assert_eq!(trafikkontroll(&agreements[0])["done"], 3);
    assert_eq!(trafikkontroll(&agreements[1])["done"], 12);
    assert_eq!(trafikkontroll(&agreements[1])["state"], "met");
    let keys: Vec<&String> = agreements[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["dir", "measures", "municipality", "title"]);
}

#[test]
fn one_folder_keeps_the_json_contract() {
    let env = area_env();
    for args in [
        &[
            "--dir",
            "mala",
            "status",
            "--at",
            "2021-03-15",
            "--format",
            "json",
        ][..],
        &[
            "status",
            "--dir",
            "mala",
            "--at",
            "2021-03-15",
            "--format",
            "json",
        ],
    ] {
        let value = json(&env, args);
        let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["at", "measures"]);
        assert_eq!(trafikkontroll(&value)["done"], 12);
    }
}

#[test]
fn fail_if_behind_considers_every_agreement() {
    let env = area_env();
    let at = ["--at", "2021-03-15", "--measure", "trafikkontroll"];
    // Malå has done 12 of 10, Norsjö 3 of an expected 4: behind.
    env.loften(&[&["status", "--dir", "mala", "--fail-if-behind"][..], &at].concat())
        .assert()
        .code(0);
    env.loften(
        &[
            &[
                "status",
                "--dir",
                "mala",
                "--dir",
                "norsjo",
                "--fail-if-behind",
            ][..],
            &at,
        ]
        .concat(),
    )
    .assert()
    .code(1);
}

#[test]
fn a_workspace_file_in_the_current_folder_or_named() {
    let env = area_env();
    env.write(
        "loften.toml",
        "# the area\nfolders = [\"norsjo\", \"mala\"]\n",
    );
    let value = json(&env, &["status", "--at", "2021-03-15", "--format", "json"]);
    assert_eq!(value["agreements"].as_array().unwrap().len(), 2);
    // --dir names the folder instead.
    let value = json(
        &env,
        &[
            "--dir",
            "mala",
            "status",
            "--at",
            "2021-03-15",
            "--format",
            "json",
        ],
    );
    assert!(value.get("measures").is_some());
    // A command that works in one folder refuses the two, saying how.
    env.loften(&["log", "trafikkontroll"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "2 data folders were named (loften.toml): norsjo, mala; only `loften status` reads several",
        ));
    // Named from elsewhere: paths are relative to the file.
    env.write("area/lpo.toml", "folders = [\"../mala\"]\n");
    let value = json(
        &env,
        &[
            "--workspace",
            "area/lpo.toml",
            "status",
            "--at",
            "2021-03-15",
            "--format",
            "json",
        ],
    );
    assert_eq!(trafikkontroll(&value)["done"], 12);
    env.write("loften.toml", "folders = [\"norsjo\", 3]\n");
    env.loften(&["status"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("loften.toml:1:"));
}

#[test]
fn grids_and_measure_filters_over_several_folders() {
    let env = area_env();
    let value = json(
        &env,
        &[
            "status",
            "--dir",
            "norsjo",
            "--dir",
            "mala",
            "--year",
            "2021",
            "--at",
            "2021-03-15",
            "--measure",
            "trafikkontroll",
            "--format",
            "json",
        ],
    );
    let agreements = value["agreements"].as_array().unwrap();
    assert_eq!(agreements.len(), 2);
    assert_eq!(agreements[1]["span"]["key"], "2021");
    assert_eq!(agreements[1]["measures"].as_array().unwrap().len(), 1);
    assert_eq!(agreements[1]["measures"][0]["total"], 12);
    env.loften(&[
        "status", "--dir", "norsjo", "--dir", "mala", "--year", "2021",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("Malå kommun — mala"));
    env.loften(&[
        "status",
        "--dir",
        "norsjo",
        "--dir",
        "mala",
        "--measure",
        "nope",
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "no measure in the plans of norsjo, mala",
    ));
}

#[test]
fn dir_flags_on_both_sides_of_status_are_refused() {
    let env = area_env();
    env.loften(&["--dir", "norsjo", "status", "--dir", "mala"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "both before and after the command",
        ));
}
