//! The outputs' words (the status table and its grid, the police-area
//! view, the yearly report in Markdown and HTML) all come from the
//! catalog: run in the hidden pseudo-locale, where every catalog message
//! is wrapped in `[!! … !!]`, every word left outside a wrapper is the
//! data's own (a title, a name, a note), or the start of one cut to fit.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::catalog::outside_the_catalog;
use crate::testenv::{TestEnv, repo_root};

/// The words of every plan and log file under `folder`, lower-cased.
fn data_words(folder: &Path) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for sub in ["plan", "logs"] {
        for entry in fs::read_dir(folder.join(sub)).expect("a data folder") {
            let path = entry.expect("an entry").path();
            if let Ok(contents) = fs::read_to_string(&path) {
                words.extend(letter_runs(&contents).map(str::to_lowercase));
            }
        }
    }
    words
}

/// The runs of letters in `text`.
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
}

/// Whether `word` is a word of the data or a piece of one: a cell cut to
/// fit ("fritids…"), a long word wrapped over two lines of a cell.
fn is_data(word: &str, data: &BTreeSet<String>) -> bool {
    let word = word.to_lowercase();
    data.range(word.clone()..)
        .next()
        .is_some_and(|next| next.starts_with(&word))
        || data.iter().any(|w| w.contains(&word))
}

/// The HTML report's text: no style sheet, no tags, entities read.
fn html_text(html: &str) -> String {
    let without_style = match (html.find("<style>"), html.find("</style>")) {
        (Some(start), Some(end)) => format!("{}{}", &html[..start], &html[end..]),
        _ => html.to_string(),
    };
    let mut text = String::new();
    let mut in_tag = false;
    for c in without_style.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// The words of `output` outside the catalog that are not data.
fn strays(output: &str, data: &BTreeSet<String>) -> Vec<String> {
    letter_runs(&outside_the_catalog(output))
        .filter(|word| !is_data(word, data))
        .map(str::to_string)
        .collect()
}

fn pseudo(env: &TestEnv, args: &[&str], columns: &str) -> String {
    let mut all = vec!["--lang", "pseudo"];
    all.extend_from_slice(args);
    let out = env
        .loften(&all)
        .env("LOFTEN_TODAY", "2021-06-15")
        .env("COLUMNS", columns)
        .output()
        .expect("loften runs");
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_outputs_words_are_all_in_the_catalog() {
    let env = TestEnv::new();
    let example = repo_root().join("examples/norsjo");
    let dir = example.to_str().expect("a UTF-8 path");
    let data = data_words(&example);
    let mut found = Vec::new();
    let runs: &[(&[&str], &str)] = &[
        (&["status", "--at", "2021-03-15"], "200"),
        (&["status", "--at", "2021-03-15", "--by-owner"], "200"),
        (&["status", "--at", "2022-10-01"], "70"),
        (&["status", "--year", "2021"], "200"),
        (&["status", "--year", "2021"], "70"),
        (&["status", "--at", "2021-06-15"], "200"),
        (&["report", "--year", "2020", "--format", "md"], "100"),
        (&["report", "--year", "2021", "--format", "md"], "100"),
    ];
    for (args, columns) in runs {
        let mut all = vec!["--dir", dir];
        all.extend_from_slice(args);
        let output = pseudo(&env, &all, columns);
        assert!(output.contains("[!!"), "{args:?} shows catalog messages");
        for word in strays(&output, &data) {
            found.push(format!("{args:?} at {columns} columns: {word:?}"));
        }
    }
    let out = env.path().join("report.html");
    let out = out.to_str().expect("a UTF-8 path");
    pseudo(
        &env,
        &["--dir", dir, "report", "--year", "2021", "--out", out],
        "100",
    );
    let html = fs::read_to_string(out).expect("the report");
    for word in strays(&html_text(&html), &data) {
        found.push(format!("the HTML report: {word:?}"));
    }
    assert!(
        found.is_empty(),
        "words outside the catalog:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_word_outside_the_wrappers_is_seen() {
    let data: BTreeSet<String> = ["norsjö", "kommun", "a"].map(String::from).into();
    assert!(strays("[!! status on [!! March !!] !!] Norsjö", &data).is_empty());
    assert_eq!(strays("[!! met !!] missed", &data), ["missed"]);
    assert_eq!(strays("[!! met !!] mission kom… mmun", &data), ["mission"]);
    assert!(strays("[!! wrapped\nover lines !!] kommun", &data).is_empty());
    assert_eq!(strays("[!! a !!]\nyes kommun\nwhy", &data), ["yes", "why"]);
    assert!(strays(&html_text("<p class=\"x\">A &amp; [!! b !!]</p>"), &data).is_empty());
    assert_eq!(
        strays(&html_text("<style>p { x }</style><p>y</p>"), &data),
        ["y"]
    );
}
