//! The yearly HTML report meets WCAG 2.1 AA, checked in a real browser:
//! `tests/a11y/check.mjs` runs axe-core (the WCAG 2.0 and 2.1 A and AA
//! rules) in the system's chromium, driven by puppeteer-core, over the
//! report of `examples/norsjo` in Swedish and English at 1280 and 390 px,
//! on screen and as printed, and checks that no page is wider than its
//! window.
//!
//! The tools come from npm (`npm ci --prefix tests/a11y`, which `.ci/run`
//! does) and Debian (`chromium`). When they are missing the tests fail,
//! saying how to install them: they never skip, so a green `cargo test`
//! always means the report was checked.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::testenv::{TestEnv, browser, repo_root};

const WIDTHS: [&str; 2] = ["1280", "390"];

fn a11y_folder() -> PathBuf {
    repo_root().join("tests/a11y")
}

/// The browser, after panicking, saying what to install, unless node, the
/// npm packages and a browser are there.
fn require_tools() -> PathBuf {
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|out| out.status.success()),
        "node is missing: the accessibility test needs node 18 or later and npm \
         (apt-get install nodejs npm), then `npm ci --prefix tests/a11y`"
    );
    let modules = a11y_folder().join("node_modules");
    assert!(
        modules.join("axe-core").is_dir() && modules.join("puppeteer-core").is_dir(),
        "axe-core and puppeteer-core are not installed: run `npm ci --prefix tests/a11y` \
         (.ci/run does)"
    );
    browser()
}

/// `node tests/a11y/check.mjs --width 1280 --width 390 FILES`.
fn check(files: &[PathBuf]) -> (Output, String) {
    let browser = require_tools();
    let mut cmd = Command::new("node");
    cmd.env("LOFTEN_CHROMIUM", browser);
    cmd.arg(a11y_folder().join("check.mjs"));
    for width in WIDTHS {
        cmd.args(["--width", width]);
    }
    let output = cmd.args(files).output().expect("node runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output, text)
}

/// The 2021 report of the shipped example data in `lang`, written by the
/// real binary into `env`.
fn norsjo_report(env: &TestEnv, lang: &str) -> PathBuf {
    let file = env.path().join(format!("report-{lang}.html"));
    let example = repo_root().join("examples/norsjo");
    env.loften(&[
        "--dir",
        example.to_str().unwrap(),
        "--lang",
        lang,
        "report",
        "--year",
        "2021",
        "--out",
        file.to_str().unwrap(),
    ])
    .env("LOFTEN_TODAY", "2022-06-30")
    .assert()
    .success();
    file
}

fn name(path: &Path) -> &str {
    path.file_name().unwrap().to_str().unwrap()
}

#[test]
fn the_norsjo_report_passes_axe_core_in_both_languages_at_both_widths() {
    let env = TestEnv::new();
    let files = [norsjo_report(&env, "sv"), norsjo_report(&env, "en")];
    let (output, text) = check(&files);
    assert!(
        output.status.success(),
        "WCAG 2.1 AA violations or a page wider than its window:\n{text}"
    );
    for file in &files {
        for width in WIDTHS {
            for medium in ["", " print"] {
                let line = format!("ok {} @{width}px{medium}: 0 violations", name(file));
                assert!(text.contains(&line), "no {line:?} in:\n{text}");
            }
        }
    }
    assert!(text.contains("8 passed, 0 failed"), "{text}");
}

/// The checker itself finds what the report must not have: a scrolling
/// box that the keyboard cannot reach, an image without a name (folded
/// away in a `<details>`), a page wider than a phone, and text too pale
/// when printed.
#[test]
fn the_checker_fails_a_page_with_violations_and_a_page_too_wide() {
    let env = TestEnv::new();
    let page = |body: &str| {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>t</title></head><body><main><h1>t</h1>{body}</main></body></html>"
        )
    };
    let bad = env.write(
        "bad.html",
        &page(
            "<div style=\"overflow-x:auto;width:200px\"><p style=\"width:900px;text-align:right\">text out of sight</p></div>\
             <details><summary>folded</summary>\
             <svg role=\"img\" width=\"20\" height=\"20\"><rect width=\"20\" height=\"20\"/></svg>\
             </details>",
        ),
    );
    let wide = env.write(
        "wide.html",
        &page(
            "<style>@media print { p { color: #bbb } }</style>\
             <p style=\"width:1000px\">a line wider than a phone, pale on paper</p>",
        ),
    );
    // Chart text of 11 units in a chart drawn at half size: 5.5 px.
    let tiny = env.write(
        "tiny.html",
        &page(
            "<svg role=\"img\" aria-label=\"a chart\" width=\"200\" height=\"50\" viewBox=\"0 0 400 100\">\
             <text x=\"10\" y=\"50\" font-size=\"11\">jan</text></svg>",
        ),
    );
    let (output, text) = check(&[bad, wide, tiny]);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("FAIL bad.html @390px"), "{text}");
    assert!(text.contains("scrollable-region-focusable"), "{text}");
    assert!(text.contains("svg-img-alt"), "{text}");
    assert!(
        text.contains("FAIL wide.html @390px: 0 violation(s)")
            && text.contains("(wider than the window)"),
        "{text}"
    );
    assert!(
        text.contains("ok wide.html @1280px: 0 violations"),
        "{text}"
    );
    assert!(
        text.contains(
            "FAIL tiny.html @390px: 0 violation(s), page 390px wide in a 390px window, \
             chart text at least 5.5px (chart text under 11px)"
        ),
        "{text}"
    );
    assert!(
        text.contains("FAIL wide.html @1280px print: 1 violation(s)")
            && text.contains("serious color-contrast"),
        "{text}"
    );
}
