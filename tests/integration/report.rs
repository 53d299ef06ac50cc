//! `loften report`: the yearly follow-up as HTML and Markdown, escaped,
//! self-contained, complete, and rendered by a real browser.

use std::fs;
use std::path::Path;
use std::process::Command as StdCommand;

use crate::export::fixture_env;
use crate::log_support::run;
use crate::testenv::{TestEnv, browser};

fn report(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let out = run(env, &all).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The fixture folder with a measure title and a note that try to inject
/// markup.
fn hostile_env() -> TestEnv {
    let env = fixture_env();
    let plan_path = env.path().join("data/plan/plan.toml");
    let plan = fs::read_to_string(&plan_path).unwrap().replacen(
        "title = \"Trafikkontroller\"",
        "title = \"Trafikkontroller <script>alert(1)</script> & <b>\"",
        1,
    );
    fs::write(&plan_path, plan).unwrap();
    env
}

#[test]
fn html_is_self_contained_and_escaped() {
    let env = hostile_env();
    let html = report(&env, &["--year", "2021", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg"), "a chart");
    assert!(!html.to_lowercase().contains("<script"), "no script");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no network address"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;"));
    assert!(html.contains("name=\"viewport\""));
    assert!(html.contains("@media print") && html.contains("size: A4"));
    assert!(html.contains("break-inside: avoid"));
    for id in [
        "trafikkontroll",
        "narkotika",
        "klassrumsbesok",
        "patrullering",
        "temadag",
    ] {
        assert!(html.contains(&format!("id=\"measure-{id}\"")), "{id}");
    }
}

#[test]
fn markdown_lists_every_measure() {
    let env = fixture_env();
    let md = report(&env, &["--year", "2021", "--format", "md"]);
    for id in [
        "trafikkontroll",
        "narkotika",
        "klassrumsbesok",
        "patrullering",
        "temadag",
    ] {
        assert!(md.contains(&format!("(`{id}`)")), "{id} in {md}");
    }
    let hostile = report(&hostile_env(), &["--year", "2021", "--format", "md"]);
    assert!(
        hostile.contains("Trafikkontroller &lt;script&gt;"),
        "{hostile}"
    );
}

#[test]
fn snapshot_of_the_markdown_report_in_swedish() {
    let env = fixture_env();
    let md = report(&env, &["--year", "2021", "--format", "md", "--lang", "sv"]);
    insta::assert_snapshot!(md);
}

#[test]
fn snapshot_of_the_markdown_report_of_a_whole_year_in_english() {
    let env = fixture_env();
    let md = report(&env, &["--year", "2020", "--format", "md"]);
    insta::assert_snapshot!(md);
}

#[test]
fn out_writes_a_file_and_bad_years_are_refused() {
    let env = fixture_env();
    run(&env, &["report", "--year", "2021", "--out", "report.html"])
        .assert()
        .success();
    assert!(env.read("report.html").contains("<svg"));
    run(
        &env,
        &["report", "--year", "2021", "--out", "missing/report.html"],
    )
    .assert()
    .code(2);
    assert!(!env.path().join("missing").exists());
    run(&env, &["report", "--year", "2018"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("2019-01-01"));
    run(&env, &["report", "--year", "2022"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not begun"));
    run(&env, &["report", "--year", "21"]).assert().code(2);
}

/// The decoded PNG: width, height and the number of distinct colours.
fn png_facts(path: &Path) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let bytes = &buffer[..info.buffer_size()];
    let channels = info.color_type.samples();
    let colours: std::collections::HashSet<&[u8]> = bytes.chunks(channels).collect();
    (info.width, info.height, colours.len())
}

#[test]
fn a_browser_renders_the_html_report() {
    // Fails, never skips, without a browser (in CI and out of it).
    let browser = browser();
    let env = fixture_env();
    run(
        &env,
        &[
            "--lang",
            "sv",
            "report",
            "--year",
            "2021",
            "--out",
            "report.html",
        ],
    )
    .assert()
    .success();
    let html = env.path().join("report.html");
    let png = env.path().join("report.png");
    let profile = tempfile::tempdir().unwrap();
    let output = StdCommand::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1000,1400")
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(
        png.is_file(),
        "no screenshot; chromium said: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let size = fs::metadata(&png).unwrap().len();
    assert!(
        size > 20_000,
        "a screenshot of {size} bytes is too small to hold the report"
    );
    let (width, height, colours) = png_facts(&png);
    assert_eq!((width, height), (1000, 1400));
    assert!(
        colours > 50,
        "only {colours} colours: the page did not render"
    );
    if let Some(keep) = std::env::var_os("LOFTEN_KEEP_SCREENSHOT") {
        fs::copy(&png, keep).unwrap();
    }
}

/// The section of the measure `id` in an HTML report.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"measure-{id}\""))
        .unwrap_or_else(|| panic!("no section of {id}"));
    let end = start + html[start..].find("</section>").unwrap();
    &html[start..end]
}

#[test]
fn each_chart_is_summed_up_in_a_sentence_and_has_its_values_as_a_table() {
    let env = fixture_env();
    let sv = report(&env, &["--year", "2021", "--lang", "sv"]);
    let traffic = section(&sv, "trafikkontroll");
    assert!(
        traffic.contains(
            "role=\"img\" aria-label=\"Trafikkontroller, gjort per månad: 1 av 6 månader \
             uppfyllda; lägst i februari: 0, högst i januari: 10.\""
        ),
        "{traffic}"
    );
    assert!(
        traffic
            .contains("<details class=\"values\"><summary>Diagrammets värden som tabell</summary>")
    );
    assert!(traffic.contains(
        "<tr><th scope=\"row\">mars</th><td class=\"num\">8</td><td class=\"num\">10</td><td>~ delvis</td></tr>"
    ));
    // The year is known up to 30 June: the table stops there.
    assert_eq!(
        traffic.matches("<th scope=\"row\">").count(),
        6 + 2,
        "six months and two metrics"
    );
    assert!(!traffic.contains(">juli</th>"));
    // A yearly target: the running total beside the year's target.
    let temadag = section(&sv, "temadag");
    assert!(
        temadag.contains(
            "aria-label=\"Temadag, gjort per månad: 0 av målet 1 under året; 0 varje månad.\""
        ),
        "{temadag}"
    );
    assert!(temadag.contains(
        "<th scope=\"col\" class=\"num\">Hittills under året</th><th scope=\"col\" class=\"num\">Mål för året</th>"
    ));

    let en = report(&env, &["--year", "2021", "--lang", "en"]);
    let traffic = section(&en, "trafikkontroll");
    assert!(
        traffic.contains(
            "aria-label=\"Trafikkontroller, done per month: 1 of 6 months met; lowest in \
             February: 0, highest in January: 10.\""
        ),
        "{traffic}"
    );
    assert!(traffic.contains("<td>✗ missed</td>"));
}

#[test]
fn scrolling_boxes_take_the_keyboard_and_colours_come_with_symbols() {
    let env = fixture_env();
    let html = report(&env, &["--year", "2021", "--lang", "sv"]);
    let boxes: Vec<&str> = html.split("<div class=\"scroll\"").skip(1).collect();
    assert!(boxes.len() >= 8, "{} scrolling boxes", boxes.len());
    for b in boxes {
        let tag = &b[..b.find('>').unwrap()];
        assert!(
            tag.contains("role=\"region\" tabindex=\"0\" aria-label=\""),
            "a scrolling box without keyboard access or a name: {tag}"
        );
    }
    assert!(html.contains(":focus-visible { outline: 3px solid"));
    // A metric that moved the wanted way: green, and a ✓ with its words.
    assert!(html.contains(
        "<td class=\"good\">↑<span aria-hidden=\"true\"> ✓</span><span class=\"sr-only\"> (som planen vill)</span></td>"
    ));
    // Every judged month has its mark's symbol beside its bar's colour (a
    // missed month, with nothing done, has no bar but its 0 and its ✗).
    let traffic = section(&html, "trafikkontroll");
    for colour in ["var(--met)", "var(--partial)"] {
        assert!(traffic.contains(colour), "{colour}");
    }
    assert_eq!(traffic.matches("<rect ").count(), 2);
    assert_eq!(traffic.matches(">✓</text>").count(), 1);
    assert_eq!(traffic.matches(">✗</text>").count(), 4);
    assert_eq!(traffic.matches(">~</text>").count(), 1);
    assert!(traffic.contains("Staplarna: ✓ uppfyllt, ✗ missat, ~ delvis, – undantaget"));
    // No pale text (the old #b0b0b0 of months to come failed AA).
    assert!(!html.contains("#b0b0b0"));
}

#[test]
fn the_report_opens_with_how_many_promises_were_kept_and_what_the_states_mean() {
    let env = crate::testenv::TestEnv::new();
    let dir = crate::testenv::repo_root().join("examples/norsjo");
    let dir = dir.to_str().unwrap();
    let html = |lang: &str| {
        let out = env
            .loften(&["--dir", dir, "--lang", lang, "report", "--year", "2021"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let sv = html("sv");
    let summary = &sv[sv.find("<section class=\"summary\"").expect("a summary")..];
    let summary = &summary[..summary.find("</section>").unwrap()];
    assert!(
        sv.find("class=\"summary\"").unwrap() < sv.find("Fokusområden").unwrap(),
        "the summary comes first"
    );
    assert!(
        summary.contains("5 av 12 löften hölls 2021; 1 utan mål (görs vid behov)."),
        "{summary}"
    );
    // Every measure in the small table, linked to its section.
    assert_eq!(summary.matches("<a href=\"#measure-").count(), 13);
    assert!(summary.contains("<a href=\"#measure-trafikkontroll\">Trafikkontroller</a>"));
    // The legend explains the states and "inget mål".
    assert!(
        summary.contains("<span class=\"state state-no_target\">inget mål</span></dt><dd>grå:")
    );
    assert!(summary.contains("<span class=\"state state-met\">uppfyllt</span></dt><dd>grön:"));
    let en = html("en");
    assert!(
        en.contains("5 of 12 promises were kept in 2021; 1 without a target (done as needed).")
    );
    assert!(en.contains("green: the target was reached"));
}

#[test]
fn chart_text_is_large_enough_for_a_phone() {
    let env = fixture_env();
    let html = report(&env, &["--year", "2021", "--lang", "sv"]);
    // Charts are drawn in a 360-wide view box, about 330 px on a 390 px
    // phone: text of 13 units is 12 px there, never under 11.
    assert!(html.contains("viewBox=\"0 0 360 "));
    for size in html.split("font-size=\"").skip(1) {
        let size: f64 = size[..size.find('"').unwrap()].parse().unwrap();
        assert!(size >= 13.0, "chart text of {size}");
    }
    // A month with nothing done still shows its 0.
    let traffic = section(&html, "trafikkontroll");
    assert!(traffic.contains(">0</text>"), "{traffic}");
}

/// A measure that counts each target draws the number of targets as its
/// target line, against the targets reached so far (klassrumsbesök: 4
/// classes a year, all visited in October).
#[test]
fn a_chart_that_counts_targets_has_its_target_line() {
    let env = TestEnv::new();
    let out = env
        .loften(&[
            "--lang",
            "sv",
            "--dir",
            &fixture_dir("examples/norsjo"),
            "report",
            "--year",
            "2021",
            "--out",
            "-",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let html = String::from_utf8(out.stdout).unwrap();
    let visits = section(&html, "klassrumsbesok");
    assert!(
        visits.contains("gjort per månad: 4 av målet 4 under året;"),
        "{visits}"
    );
    assert!(visits.contains("mål 4"), "{visits}");
}

fn fixture_dir(relative: &str) -> String {
    crate::testenv::repo_root()
        .join(relative)
        .to_string_lossy()
        .into_owned()
}
