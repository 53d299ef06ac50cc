//! CSV exports are formula-safe under either separator (issue #10, item
//! 8): a Swedish Excel opening a plain (comma) export splits at `;`, an
//! English one opening a Swedish export splits at `,`, and neither honours
//! the other's quoting. However a line is split, no cell may start a
//! formula, and every row is still there.

use crate::log_support::{log_env, log_ok, printed_id, run};

/// Notes and places that start a formula once split at some separator.
const HOSTILE: [(&str, &str); 3] = [
    ("se rapport;=cmd|' /C calc'!A0", "Torget\t=1+1"),
    ("kontroll, =HYPERLINK(\"http://x\")", "E4;+46 70 000"),
    ("ok; - inget", " @SUM(A1)"),
];

/// An old row with a line break in its note (`log` refuses one now, but
/// a log edited in Excel may hold it): a formula after the line feed.
const OLD_ROW: &str = "20210303-080000-0000000a,2021-03-03,narkotika,1,,,,Skolan,\"rad ett\n-2+3\",2021-03-03T08:00:00+01:00,,\n";

/// Every cell a spreadsheet gets when it splits `text` at `separator`
/// and at line ends, ignoring quotes (as Excel does with the wrong one).
fn cells_split_at(text: &str, separator: char) -> Vec<String> {
    text.split(['\r', '\n'])
        .flat_map(|line| line.split(separator))
        .map(|cell| cell.trim_start_matches([' ', '"']).to_string())
        .collect()
}

#[test]
fn no_cell_starts_a_formula_whichever_separator_splits_the_line() {
    let env = log_env();
    let mut ids = Vec::new();
    for (note, place) in HOSTILE {
        let out = log_ok(
            &env,
            &[
                "narkotika",
                "--date",
                "2021-03-02",
                "--note",
                note,
                "--place",
                place,
            ],
        );
        ids.push(printed_id(&out));
    }
    let log = env.read("data/logs/2021.csv");
    env.write("data/logs/2021.csv", &format!("{log}{OLD_ROW}"));
    ids.push("20210303-080000-0000000a".to_string());
    for dialect in ["plain", "sv"] {
        let out = run(
            &env,
            &[
                "export", "--format", "csv", "--out", "-", "--excel", dialect,
            ],
        )
        .output()
        .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        for id in &ids {
            assert!(text.contains(id.as_str()), "{dialect}: {id} is exported");
        }
        for separator in [',', ';', '\t'] {
            for cell in cells_split_at(&text, separator) {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "{dialect} split at {separator:?}: the cell {cell:?} starts a formula"
                );
            }
        }
        // Read in its own dialect, each note is whole, marked as text.
        let delimiter = if dialect == "sv" { b';' } else { b',' };
        let body = text.trim_start_matches('\u{feff}');
        let records: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(body.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect();
        let notes: Vec<&str> = records.iter().map(|r| &r[r.len() - 5]).collect();
        assert!(
            notes.contains(&"se rapport;'=cmd|' /C calc'!A0"),
            "{notes:?}"
        );
        assert!(notes.contains(&"rad ett\n'-2+3"), "{notes:?}");
        assert!(notes.contains(&"ok; '- inget"), "{notes:?}");
        let places: Vec<&str> = records.iter().map(|r| &r[r.len() - 6]).collect();
        assert!(places.contains(&"Torget\t'=1+1"), "{places:?}");
        assert!(places.contains(&" '@SUM(A1)"), "{places:?}");
        // Fields with either separator are quoted in both dialects.
        assert!(text.contains("\"E4;'+46 70 000\""), "{text}");
        assert!(text.contains("\"kontroll, '=HYPERLINK"), "{text}");
    }
    // The log itself keeps what was typed.
    let log = env.read("data/logs/2021.csv");
    assert!(log.contains("se rapport;=cmd|' /C calc'!A0"));
}
