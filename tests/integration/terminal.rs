//! The interactive commands on a real terminal (a pty). `loften log` as a
//! person types after a shift: the day is asked first, a bad answer
//! re-asks only its own question and keeps the others, the summary shows
//! the day before anything is written, and Esc writes nothing. `loften
//! init` asking for the new agreement's municipality and days.

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

use crate::testenv::TestEnv;

/// A Wednesday.
const TODAY: &str = "2021-03-17";

/// `loften --dir data log` on a terminal of 80 × 30 in Swedish.
fn interactive_log(env: &TestEnv) -> PtySession {
    on_terminal(env, &["--dir", "data", "log"])
}

/// `loften ARGS` on a terminal of 80 × 30 in Swedish, on [`TODAY`].
fn on_terminal(env: &TestEnv, args: &[&str]) -> PtySession {
    let loften = assert_cmd::cargo::cargo_bin("loften");
    let mut cmd = Command::new("sh");
    // A fresh pty has no size; a terminal window has one.
    cmd.args(["-c", "stty cols 80 rows 30 && exec \"$0\" \"$@\""])
        .arg(loften)
        .args(args)
        .current_dir(env.path())
        .env_remove("LOFTEN_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sv_SE.UTF-8")
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("LOFTEN_TODAY", TODAY);
    let options = Options::new()
        .timeout_ms(Some(20_000))
        .strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("loften on a pty")
}

/// Types `keys` (sent at once: the session's writer buffers until a
/// newline).
fn keys(session: &mut PtySession, keys: &str) {
    session.send(keys).unwrap();
    session.flush().unwrap();
}

/// Waits for `text` on the screen. The session reads the terminal byte by
/// byte as Latin-1, so the UTF-8 of `text` is looked for the same way.
fn expect(session: &mut PtySession, text: &str) {
    let as_read: String = text.bytes().map(char::from).collect();
    if let Err(e) = session.exp_string(&as_read) {
        panic!("waiting for {text:?}: {e}");
    }
}

/// Erases `chars` characters of an answer, as a person correcting it.
fn erase(session: &mut PtySession, chars: usize) {
    keys(session, &"\x7f".repeat(chars));
}

fn exit_code(session: &PtySession) -> i32 {
    match session.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("loften did not exit: {other:?}"),
    }
}

#[test]
fn the_day_first_bad_answers_asked_again_and_a_summary_to_confirm() {
    let env = TestEnv::initialised();
    let mut s = interactive_log(&env);
    expect(&mut s, "Datum:");
    keys(&mut s, "2018-01-01\r");
    expect(&mut s, "ligger utanför avtalet (2019-01-01 – 2023-12-31)");
    erase(&mut s, 10);
    keys(&mut s, "igår\r");
    expect(&mut s, "Datum: 2021-03-16 (tisdag)");
    // The list searches the plan's text: "hastighet" is in trafikkontroll's.
    expect(&mut s, "Åtgärd");
    keys(&mut s, "hastighet");
    expect(&mut s, "trafikkontroll — Trafikkontroller");
    keys(&mut s, "\r");
    expect(&mut s, "Antal:");
    keys(&mut s, "3\r");
    expect(&mut s, "Anmälningar (anmalningar, antal):");
    keys(&mut s, "2,5\r");
    expect(&mut s, "skriv ett heltal");
    erase(&mut s, 3);
    keys(&mut s, "2\r");
    expect(&mut s, "Händelserapporter (handelserapporter, antal):");
    keys(&mut s, "\r");
    expect(&mut s, "Anteckning (valfri):");
    keys(&mut s, "ring 121212-1212\r");
    expect(&mut s, "anteckningen innehåller ett personnummer");
    erase(&mut s, 16);
    keys(&mut s, "lugn kväll\r");
    // The answers given before the note are all still there.
    expect(&mut s, "Datum:       2021-03-16 (tisdag)");
    expect(&mut s, "Åtgärd:      trafikkontroll — Trafikkontroller");
    expect(&mut s, "Antal:       3");
    expect(&mut s, "Värden:      anmalningar=2");
    expect(&mut s, "Anteckning:  lugn kväll");
    expect(&mut s, "Spara raden? (J/n)");
    assert!(
        !env.path().join("data/logs/2021.csv").exists(),
        "nothing is written before the answer"
    );
    keys(&mut s, "j\r");
    expect(&mut s, "Registrerade");
    expect(&mut s, "trafikkontroll: 3 av 10 i mars 2021");
    s.exp_eof().unwrap();
    assert_eq!(exit_code(&s), 0);
    let log = env.read("data/logs/2021.csv");
    let row = log.lines().nth(1).unwrap();
    assert!(
        row.contains(",2021-03-16,trafikkontroll,3,,anmalningar=2,,,lugn kväll,"),
        "{row}"
    );
}

#[test]
fn esc_writes_nothing() {
    let env = TestEnv::initialised();
    let before = env.snapshot();
    let mut s = interactive_log(&env);
    expect(&mut s, "Datum:");
    keys(&mut s, "\r");
    expect(&mut s, "Datum: 2021-03-17 (onsdag)");
    expect(&mut s, "Åtgärd");
    keys(&mut s, "\x1b");
    expect(&mut s, "avbrutet; inget skrevs");
    s.exp_eof().unwrap();
    assert_eq!(exit_code(&s), 2);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn saying_no_to_the_summary_writes_nothing() {
    let env = TestEnv::initialised();
    let before = env.snapshot();
    let mut s = interactive_log(&env);
    expect(&mut s, "Datum:");
    keys(&mut s, "fredag\r");
    expect(&mut s, "Åtgärd");
    keys(&mut s, "temadag\r");
    expect(&mut s, "Antal:");
    keys(&mut s, "\r");
    expect(&mut s, "Anteckning (valfri):");
    keys(&mut s, "\r");
    expect(&mut s, "Datum:       2021-03-12 (fredag)");
    expect(&mut s, "Spara raden?");
    keys(&mut s, "nej\r");
    expect(&mut s, "avbrutet; inget skrevs");
    s.exp_eof().unwrap();
    assert_eq!(exit_code(&s), 2);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn init_asks_for_the_new_agreement() {
    let env = TestEnv::new();
    let mut s = on_terminal(&env, &["init", "ny"]);
    expect(&mut s, "Kommun:");
    keys(&mut s, "\r");
    expect(&mut s, "skriv kommunens namn");
    keys(&mut s, "Malå kommun\r");
    expect(&mut s, "Avtalets första dag: (2021-01-01)");
    keys(&mut s, "\r");
    expect(&mut s, "Avtalets första dag: 2021-01-01");
    expect(&mut s, "Avtalets sista dag: (2021-12-31)");
    keys(&mut s, &"\x7f".repeat(10));
    keys(&mut s, "2020-12-31\r");
    expect(&mut s, "sista dagen kan inte ligga före den första");
    keys(&mut s, &"\x7f".repeat(10));
    keys(&mut s, "2024-12-31\r");
    expect(
        &mut s,
        "Skapade datamappen ny: planen ny/plan/mala-2021-2024.toml",
    );
    s.exp_eof().unwrap();
    assert_eq!(exit_code(&s), 0);
    let plan = env.read("ny/plan/mala-2021-2024.toml");
    assert!(plan.contains("start = 2021-01-01\nend = 2024-12-31\n"));
}

#[test]
fn the_summary_warns_when_the_row_will_not_count() {
    let env = TestEnv::initialised();
    let mut s = interactive_log(&env);
    expect(&mut s, "Datum:");
    keys(&mut s, "\r");
    expect(&mut s, "Åtgärd");
    keys(&mut s, "nattvandring\r");
    expect(&mut s, "Antal:");
    keys(&mut s, "\r");
    expect(&mut s, "Anteckning (valfri):");
    keys(&mut s, "\r");
    expect(&mut s, "Datum:       2021-03-17 (onsdag)");
    expect(&mut s, "obs: nattvandring räknas bara under Riskhelger");
    expect(&mut s, "Nästa: Valborg 2021, från 2021-04-30.");
    expect(&mut s, "Spara raden?");
    keys(&mut s, "\r");
    expect(&mut s, "Registrerade");
    s.exp_eof().unwrap();
    assert_eq!(exit_code(&s), 0);
    assert_eq!(env.read("data/logs/2021.csv").lines().count(), 2);
}
