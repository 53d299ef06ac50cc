//! Tables fitted to the width they are shown in (issue #11, item 1):
//! `COLUMNS` sets the width of piped output; every line fits in it; below
//! 100 columns the status views are compact; `--wide` and plain piped
//! output keep every column. Snapshots at 80, 100, 120 and 200 columns in
//! both languages.

use crate::testenv::{TestEnv, repo_root};

/// `loften --dir examples/norsjo ARGS` with `COLUMNS` and `LANG` set.
fn shown(args: &[&str], columns: Option<&str>, lang: &str) -> String {
    let env = TestEnv::new();
    let dir = repo_root().join("examples/norsjo");
    let mut all = vec!["--dir", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    let mut command = env.loften(&all);
    command.env("LANG", lang).env_remove("COLUMNS");
    if let Some(columns) = columns {
        command.env("COLUMNS", columns);
    }
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

const STATUS: &[&str] = &["status", "--at", "2021-03-15"];
const GRID: &[&str] = &["status", "--year", "2020"];
const MEASURES: &[&str] = &["measures"];

#[test]
fn every_line_fits_at_every_width_from_60() {
    for args in [STATUS, GRID, MEASURES] {
        for lang in ["sv_SE.UTF-8", "C"] {
            for width in [60, 72, 80, 99, 100, 120, 160, 200] {
                let text = shown(args, Some(&width.to_string()), lang);
                assert!(
                    widest(&text) <= width,
                    "{args:?} {lang} at {width}: {} wide\n{text}",
                    widest(&text)
                );
            }
        }
    }
}

#[test]
fn the_area_view_fits_and_hides_states_no_measure_is_in() {
    let dir = repo_root().join("examples/norsjo");
    let dir = dir.to_str().unwrap();
    let area = ["--dir", dir, "status", "--at", "2021-03-15"];
    for width in [60, 80, 120] {
        let text = shown(&area, Some(&width.to_string()), "sv_SE.UTF-8");
        assert!(widest(&text) <= width, "{width}: {}\n{text}", widest(&text));
        let summary = text.split("\n\n").next().unwrap();
        assert!(!summary.contains("missat"), "no measure missed:\n{summary}");
        assert!(summary.contains("efter"), "{summary}");
    }
    let full = shown(&area, None, "sv_SE.UTF-8");
    assert!(
        full.split("\n\n").next().unwrap().contains("missat"),
        "{full}"
    );
}

#[test]
fn piped_output_and_wide_keep_every_column() {
    let piped = shown(STATUS, None, "C");
    let wide = shown(&[STATUS, &["--wide"]].concat(), Some("80"), "C");
    assert_eq!(piped, wide);
    assert!(piped.contains("when (plan)") && piped.contains("this year"));
    assert!(widest(&piped) > 200, "{}", widest(&piped));
}

#[test]
fn below_one_hundred_columns_one_line_per_measure() {
    let text = shown(STATUS, Some("80"), "sv_SE.UTF-8");
    let text = text.split("Uppföljning").next().unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("fritidsgard"))
        .expect("fritidsgard");
    assert!(line.starts_with("! efter"), "{line}");
    assert!(
        line.contains("försenat sedan 2021-03-07 (8 dagar)"),
        "{line}"
    );
    assert!(!text.contains('┆'), "no table at 80 columns:\n{text}");
}

#[test]
fn a_fitted_table_drops_columns_in_the_documented_order() {
    let text = shown(STATUS, Some("120"), "C");
    let text = text.split("Follow-up").next().unwrap();
    for dropped in ["when (plan)", "this year", "expected", "period", "missing"] {
        assert!(!text.contains(dropped), "{dropped} still shown:\n{text}");
    }
    for kept in ["id", "measure", "done/target", "state", "needed"] {
        assert!(text.contains(kept), "{kept} dropped:\n{text}");
    }
}

macro_rules! width_snapshots {
    ($($name:ident: $args:expr, $width:literal, $lang:literal;)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(shown($args, Some($width), $lang));
        }
    )*};
}

width_snapshots! {
    status_80_sv: STATUS, "80", "sv_SE.UTF-8";
    status_100_sv: STATUS, "100", "sv_SE.UTF-8";
    status_120_sv: STATUS, "120", "sv_SE.UTF-8";
    status_200_sv: STATUS, "200", "sv_SE.UTF-8";
    status_80_en: STATUS, "80", "C";
    status_100_en: STATUS, "100", "C";
    status_120_en: STATUS, "120", "C";
    status_200_en: STATUS, "200", "C";
    grid_80_sv: GRID, "80", "sv_SE.UTF-8";
    grid_100_sv: GRID, "100", "sv_SE.UTF-8";
    grid_120_sv: GRID, "120", "sv_SE.UTF-8";
    grid_200_sv: GRID, "200", "sv_SE.UTF-8";
    grid_80_en: GRID, "80", "C";
    grid_100_en: GRID, "100", "C";
    grid_120_en: GRID, "120", "C";
    grid_200_en: GRID, "200", "C";
    measures_80_sv: MEASURES, "80", "sv_SE.UTF-8";
    measures_100_sv: MEASURES, "100", "sv_SE.UTF-8";
    measures_120_sv: MEASURES, "120", "sv_SE.UTF-8";
    measures_200_sv: MEASURES, "200", "sv_SE.UTF-8";
    measures_80_en: MEASURES, "80", "C";
    measures_100_en: MEASURES, "100", "C";
    measures_120_en: MEASURES, "120", "C";
    measures_200_en: MEASURES, "200", "C";
}
