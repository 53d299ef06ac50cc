//! The commands' main outputs, compared whole: exit code, every byte of
//! standard output and of standard error (see [`Exactly`]). A phrase test
//! (`stderr(contains(..))`) passes with a stray warning or an extra line;
//! these do not.

use crate::testenv::{Exactly, Ran, RunWhole, TestEnv};

/// The id of the last row of `data/logs/2021.csv`.
fn last_row_id(env: &TestEnv) -> String {
    let log = env.read("data/logs/2021.csv");
    let last = log.lines().last().expect("a row");
    last.split(',').next().unwrap().to_string()
}

#[test]
fn init_says_what_it_made_and_what_comes_next() {
    TestEnv::new()
        .loften(&["init", "--example", "data"])
        .exactly(Exactly {
            code: 0,
            stdout: "Created the data folder data: the plan data/plan/norsjo-2019-2023.toml \
                     (Norsjö's plan 2019–2023 as it is, for example data; that agreement has \
                     ended) and an empty logs/.\n\
                     Next: loften --dir data check, then loften --dir data log\n",
            stderr: "",
        });
}

#[test]
fn check_of_a_new_folder_finds_no_problems() {
    TestEnv::initialised().in_data(&["check"]).exactly(Exactly {
        code: 0,
        stdout: "data/plan/norsjo-2019-2023.toml: no problems\n",
        stderr: "",
    });
}

#[test]
fn log_prints_the_row_and_the_progress_of_its_period() {
    let env = TestEnv::initialised();
    let ran = env
        .in_data(&[
            "log",
            "trafikkontroll",
            "--date",
            "2021-03-02",
            "--count",
            "3",
        ])
        .env("LOFTEN_TODAY", "2021-03-15")
        .ran();
    let id = last_row_id(&env);
    ran.is(Exactly {
        code: 0,
        stdout: &format!(
            "Recorded {id} in data/logs/2021.csv\ntrafikkontroll: 3 of 10 in March 2021\n"
        ),
        stderr: "",
    });
    let ran = env
        .in_data(&["log", "fritidsgard", "--date", "2021-03-01"])
        .env("LOFTEN_TODAY", "2021-03-15")
        .env("LANG", "sv_SE.UTF-8")
        .ran();
    let id = last_row_id(&env);
    ran.is(Exactly {
        code: 0,
        stdout: &format!(
            "Registrerade {id} i data/logs/2021.csv\nfritidsgard: nästa senast 2021-03-22\n"
        ),
        stderr: "",
    });
}

#[test]
fn a_date_that_does_not_exist_is_refused_and_nothing_is_written() {
    let env = TestEnv::initialised();
    let before = env.snapshot();
    env.in_data(&["log", "trafikkontroll", "--date", "2021-02-30"])
        .exactly(Exactly {
            code: 2,
            stdout: "",
            stderr: "loften: --date: \"2021-02-30\" is not a date; write e.g. today, yesterday, \
                     friday, last friday or 2021-03-12\n",
        });
    env.in_data(&["log", "trafikkontroll", "--date", "2021-02-30"])
        .env("LANG", "sv_SE.UTF-8")
        .exactly(Exactly {
            code: 2,
            stdout: "",
            stderr: "loften: --date: \"2021-02-30\" är inget datum; skriv t.ex. idag, igår, \
                     i förrgår, fredag, i fredags eller 2021-03-12\n",
        });
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_grid_outside_the_agreement_is_refused_in_one_line() {
    let env = TestEnv::initialised();
    env.in_data(&["status", "--year", "2018"]).exactly(Exactly {
        code: 2,
        stdout: "",
        stderr: "loften: 2018 lies outside the agreement (2019-01-01 – 2023-12-31); \
                 choose a period within it\n",
    });
    env.in_data(&["status", "--year", "2018"])
        .env("LANG", "sv_SE.UTF-8")
        .exactly(Exactly {
            code: 2,
            stdout: "",
            stderr: "loften: 2018 ligger utanför avtalet (2019-01-01 – 2023-12-31); \
                     välj en period inom det\n",
        });
}

/// Two measures, one on track and one overdue, as of 2021-03-15.
fn two_measures(env: &TestEnv, lang: &str) -> Ran {
    for (date, count) in [("2021-03-02", "3"), ("2021-03-09", "1")] {
        env.in_data(&["log", "trafikkontroll", "--date", date, "--count", count])
            .assert()
            .success();
    }
    env.in_data(&[
        "status",
        "--at",
        "2021-03-15",
        "--measure",
        "trafikkontroll",
        "--measure",
        "fritidsgard",
        "--fail-if-behind",
    ])
    .env("LANG", lang)
    .ran()
}

const STATUS_IN_ENGLISH: &str = "\
Medborgarlöften 2019 – 2023 Polisen och Norsjö Kommun — status on 2021-03-15

Narkotika
┌─────────────┬───────────────────┬──────────────────────────────────┬────────┬─────────────┬──────────┬────────┬─────────────────────────────────────┬─────────┬─────────────────────┐
│ id          ┆ measure           ┆ when (plan)                      ┆ period ┆ done/target ┆ expected ┆ state  ┆ needed                              ┆ missing ┆ this year           │
╞═════════════╪═══════════════════╪══════════════════════════════════╪════════╪═════════════╪══════════╪════════╪═════════════════════════════════════╪═════════╪═════════════════════╡
│ fritidsgard ┆ Fritidsgårdsbesök ┆ Var tredje vecka besöka fritids… ┆ 2021   ┆ 0           ┆          ┆ behind ┆ overdue since 2019-01-22 (783 days) ┆         ┆ 0 of 1 interval met │
└─────────────┴───────────────────┴──────────────────────────────────┴────────┴─────────────┴──────────┴────────┴─────────────────────────────────────┴─────────┴─────────────────────┘

Trafik
┌────────────────┬──────────────────┬───────────────────────────────┬────────────┬─────────────┬──────────┬──────────┬──────────────────────────┬─────────┬───────────────────┐
│ id             ┆ measure          ┆ when (plan)                   ┆ period     ┆ done/target ┆ expected ┆ state    ┆ needed                   ┆ missing ┆ this year         │
╞════════════════╪══════════════════╪═══════════════════════════════╪════════════╪═════════════╪══════════╪══════════╪══════════════════════════╪═════════╪═══════════════════╡
│ trafikkontroll ┆ Trafikkontroller ┆ Minst 10 kontroller per månad ┆ March 2021 ┆ 4/10        ┆ 4        ┆ on track ┆ 6 more, about 2.5 a week ┆         ┆ 0 of 2 months met │
└────────────────┴──────────────────┴───────────────────────────────┴────────────┴─────────────┴──────────┴──────────┴──────────────────────────┴─────────┴───────────────────┘

Follow-up, year to date against the same days last year (2021-03-15)
┌────────────────┬───────────────────┬───────────┬───────────┬───────┬──────┐
│ measure        ┆ metric            ┆ this year ┆ last year ┆ trend ┆ goal │
╞════════════════╪═══════════════════╪═══════════╪═══════════╪═══════╪══════╡
│ trafikkontroll ┆ Anmälningar       ┆ 0         ┆ 0         ┆ →     ┆      │
│ trafikkontroll ┆ Händelserapporter ┆ 0         ┆ 0         ┆ →     ┆      │
└────────────────┴───────────────────┴───────────┴───────────┴───────┴──────┘
";

#[test]
fn status_shows_the_table_and_fails_when_a_measure_is_behind() {
    let env = TestEnv::initialised();
    two_measures(&env, "C").is(Exactly {
        code: 1,
        stdout: STATUS_IN_ENGLISH,
        stderr: "",
    });
}

const STATUS_IN_SWEDISH: &str = "\
Medborgarlöften 2019 – 2023 Polisen och Norsjö Kommun — status 2021-03-15

Narkotika
┌─────────────┬───────────────────┬──────────────────────────────────┬────────┬───────────┬────────┬───────┬───────────────────────────────────────┬────────┬────────────────────────────┐
│ id          ┆ åtgärd            ┆ när (planen)                     ┆ period ┆ gjort/mål ┆ väntat ┆ läge  ┆ behövs                                ┆ saknas ┆ året                       │
╞═════════════╪═══════════════════╪══════════════════════════════════╪════════╪═══════════╪════════╪═══════╪═══════════════════════════════════════╪════════╪════════════════════════════╡
│ fritidsgard ┆ Fritidsgårdsbesök ┆ Var tredje vecka besöka fritids… ┆ 2021   ┆ 0         ┆        ┆ efter ┆ försenat sedan 2019-01-22 (783 dagar) ┆        ┆ 0 av 1 intervall uppfyllda │
└─────────────┴───────────────────┴──────────────────────────────────┴────────┴───────────┴────────┴───────┴───────────────────────────────────────┴────────┴────────────────────────────┘

Trafik
┌────────────────┬──────────────────┬───────────────────────────────┬───────────┬───────────┬────────┬───────┬──────────────────────────┬────────┬──────────────────────────┐
│ id             ┆ åtgärd           ┆ när (planen)                  ┆ period    ┆ gjort/mål ┆ väntat ┆ läge  ┆ behövs                   ┆ saknas ┆ året                     │
╞════════════════╪══════════════════╪═══════════════════════════════╪═══════════╪═══════════╪════════╪═══════╪══════════════════════════╪════════╪══════════════════════════╡
│ trafikkontroll ┆ Trafikkontroller ┆ Minst 10 kontroller per månad ┆ mars 2021 ┆ 4/10      ┆ 4      ┆ i fas ┆ 6 till, ca 2,5 per vecka ┆        ┆ 0 av 2 månader uppfyllda │
└────────────────┴──────────────────┴───────────────────────────────┴───────────┴───────────┴────────┴───────┴──────────────────────────┴────────┴──────────────────────────┘

Uppföljning hittills i år mot samma period i fjol (2021-03-15)
┌────────────────┬───────────────────┬──────┬────────┬───────┬─────┐
│ åtgärd         ┆ mått              ┆ i år ┆ i fjol ┆ trend ┆ mål │
╞════════════════╪═══════════════════╪══════╪════════╪═══════╪═════╡
│ trafikkontroll ┆ Anmälningar       ┆ 0    ┆ 0      ┆ →     ┆     │
│ trafikkontroll ┆ Händelserapporter ┆ 0    ┆ 0      ┆ →     ┆     │
└────────────────┴───────────────────┴──────┴────────┴───────┴─────┘
";

#[test]
fn status_in_swedish_words_the_same_figures() {
    let env = TestEnv::initialised();
    two_measures(&env, "sv_SE.UTF-8").is(Exactly {
        code: 1,
        stdout: STATUS_IN_SWEDISH,
        stderr: "",
    });
}

#[test]
#[should_panic(expected = "stderr differs from line 1")]
fn a_stray_line_on_stderr_fails_the_comparison() {
    Ran {
        code: "0".into(),
        stdout: "ok\n".into(),
        stderr: "loften: warning\n".into(),
    }
    .is(Exactly {
        code: 0,
        stdout: "ok\n",
        stderr: "",
    });
}

#[test]
fn at_from_and_to_take_day_words_as_date_does() {
    let env = TestEnv::initialised();
    env.in_data(&[
        "log",
        "trafikkontroll",
        "--date",
        "2021-03-12",
        "--count",
        "2",
    ])
    .assert()
    .success();
    let status = |at: &str| {
        env.in_data(&["status", "--at", at, "--format", "json"])
            .env("LOFTEN_TODAY", "2021-03-15")
            .ran()
    };
    let by_date = status("2021-03-14");
    assert_eq!((by_date.code.as_str(), by_date.stderr.as_str()), ("0", ""));
    for words in ["igår", "yesterday", "i söndags"] {
        assert_eq!(status(words), by_date, "{words}");
    }
    let export = |from: &str| {
        env.in_data(&[
            "export", "--format", "csv", "--excel", "plain", "--out", "-", "--from", from, "--to",
            "idag",
        ])
        .env("LOFTEN_TODAY", "2021-03-15")
        .ran()
    };
    let friday = export("i fredags");
    assert_eq!(export("2021-03-12"), friday);
    assert_eq!(friday.code, "0");
    assert_eq!(friday.stdout.lines().count(), 2, "{}", friday.stdout);
    assert!(
        friday
            .stdout
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("2021-03-12,trafikkontroll,2,")
    );
    env.in_data(&["status", "--at", "2021-02-30"])
        .exactly(Exactly {
            code: 2,
            stdout: "",
            stderr: "loften: --at: \"2021-02-30\" is not a date; write e.g. today, yesterday, \
                 friday, last friday or 2021-03-12\n",
        });
}

#[test]
fn a_year_or_a_span_that_is_not_one_is_refused_in_one_line() {
    let env = TestEnv::initialised();
    for command in ["status", "report"] {
        env.in_data(&[command, "--year", "21"]).exactly(Exactly {
            code: 2,
            stdout: "",
            stderr: "loften: --year 21: write the year with four digits, e.g. --year 2021\n",
        });
    }
    env.in_data(&["status", "--tertial", "2021-4"])
        .env("LANG", "sv_SE.UTF-8")
        .exactly(Exactly {
            code: 2,
            stdout: "",
            stderr: "loften: --tertial 2021-4: skriv t.ex. --tertial 2021-1\n",
        });
}
