//! The checks `loften check` makes over the whole log, row after row:
//! each row against the plan (through [`validate`]), ids used twice (the
//! same row repeated by a git union merge, or two rows sharing an id),
//! voids of rows that do not exist or of void rows, excuses given twice,
//! rows filed in another year's file, bad recording times, NUL bytes, text
//! cut at Excel's cell limit, and files that are not year files (naming
//! the sync tool that left a conflict copy).
//!
//! Pure: the caller reads the log and hands each row over (or hands the
//! rows of each piece of the log to an audit of its own, on any core, and
//! takes the pieces' audits in in the log's order: [`LogAudit::merge`]);
//! the audit keeps a 6-byte print of each id and 2 bytes naming its file
//! (8 bytes a row, the one thing that must grow with the log) and returns
//! every problem
//! at the end, in file and line order. Ids used twice are found from the
//! prints after the pass; the caller then hands over again the rows of
//! the few files holding them ([`LogAudit::files_to_look_again`],
//! [`LogAudit::look_again`]), and only those rows are kept with where
//! they stand, to name both lines.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::activity::validate::validate_logged;
use crate::activity::{Activity, RowRef};
use crate::diagnostic::Problem;
use crate::i18n::Text;
use crate::plan::Plan;
use crate::text;

/// The low bits of an id entry that number its file.
const FILE_MASK: u64 = 0xFFFF;

/// The print of an id, in the top 48 bits.
fn id_print(id: &str) -> u64 {
    crate::fast_hash::mix64(id.as_bytes()) & !FILE_MASK
}

/// Where a row stands: its file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    file: String,
    line: usize,
}

/// The audit of a log, fed row by row.
#[derive(Debug, Default)]
pub struct LogAudit {
    /// Every readable row's id print (the top 48 bits) and its file's
    /// number in `files` (the low 16 bits).
    ids: Vec<u64>,
    /// Whether `ids` is sorted.
    sorted: bool,
    /// The files rows came from, in order.
    files: Vec<String>,
    /// The id prints held by more than one row.
    suspects: HashSet<u64>,
    /// On the second look: each suspect id with where it first stands and
    /// its content's print.
    firsts: HashMap<String, (Place, u64)>,
    /// The ids of void rows.
    void_rows: HashSet<String>,
    voids: Vec<(String, Place)>,
    /// (row id, measure, period key, where) of every excuse.
    excuses: Vec<(String, String, String, Place)>,
    /// The file of the last row and the year its name says (`2021.csv`).
    file_year: (String, Option<i32>),
    /// The rows of `[[trigger]]` kinds: id → kind.
    trigger_rows: HashMap<String, String>,
    /// (trigger id named, the kind the measure answers, where) of every
    /// row that names the trigger it answers.
    answers: Vec<(String, String, Place)>,
    problems: Vec<Problem>,
}

/// Excel's longest text in a cell: a longer text is cut to it on saving,
/// so a text of exactly this length was probably cut.
pub const EXCEL_CELL_LIMIT: usize = 32_767;

impl LogAudit {
    /// An empty audit.
    pub fn new() -> LogAudit {
        LogAudit::default()
    }

    /// Records a problem found while reading (a row that could not be read).
    pub fn problem(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Checks a file's name: a log file that is not `YYYY.csv` is a copy,
    /// named by the tool that likely left it.
    pub fn file(&mut self, file: &str, is_year_file: bool) {
        if is_year_file {
            return;
        }
        let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
        let tool = sync_tool(name);
        let message = match tool {
            Some(tool) => text!("audit-conflict-copy-by-tool", tool),
            None => text!("audit-conflict-copy-name"),
        };
        self.push(file, 0, message);
    }

    /// Checks one row read from `file` at `line`; `plan` is `None` when
    /// the plan itself has problems (then only the plan-free checks run).
    pub fn row(
        &mut self,
        file: &str,
        line: usize,
        row: RowRef<'_>,
        plan: Option<&Plan>,
        today: NaiveDate,
    ) {
        if self.files.last().is_none_or(|last| last != file) {
            self.files.push(file.to_string());
        }
        let number = (self.files.len() - 1).min(FILE_MASK as usize) as u64;
        self.ids.push(id_print(row.id) | number);
        self.sorted = false;
        // Made only for the few rows kept with their place.
        let place = || Place {
            file: file.to_string(),
            line,
        };
        if let Some(voided) = row.voids {
            self.void_rows.insert(row.id.to_string());
            self.voids.push((voided.to_string(), place()));
        }
        if let Some(plan) = plan {
            if plan.trigger(row.measure).is_some() && row.voids.is_none() {
                self.trigger_rows
                    .insert(row.id.to_string(), row.measure.to_string());
            }
            // The kind the row's measure answers, for a row that answers.
            let answered_kind = || {
                plan.versions(row.measure)
                    .find_map(|m| match &m.frequency.rule {
                        crate::plan::Rule::OnTrigger(t) => Some(t.trigger.clone()),
                        _ => None,
                    })
            };
            if let Some(named) = row.answers
                && let Some(kind) = answered_kind()
            {
                self.answers.push((named.to_string(), kind, place()));
            }
        }
        if let Some(key) = row.excuses {
            self.excuses.push((
                row.id.to_string(),
                row.measure.to_string(),
                key.to_string(),
                place(),
            ));
        }
        self.row_text(file, line, row);
        if let Some(plan) = plan {
            for message in validate_logged(plan, row, today) {
                self.push(file, line, message);
            }
        }
    }

    /// The checks of a row that need no plan: its file's year, its
    /// recording time, NUL bytes and text cut by Excel.
    fn row_text(&mut self, file: &str, line: usize, row: RowRef<'_>) {
        let name = || file.rsplit(['/', '\\']).next().unwrap_or(file);
        // The year is read from the name once a file, not once a row.
        if self.file_year.0 != file {
            let year = name()
                .strip_suffix(".csv")
                .filter(|y| y.len() == 4)
                .and_then(|y| y.parse::<i32>().ok());
            self.file_year = (file.to_string(), year);
        }
        if let Some(year) = self.file_year.1
            && row.date.year() != year
        {
            let (date, right, name) = (row.date, row.date.year(), name());
            self.push(
                file,
                line,
                text!("audit-row-in-wrong-year-file", date, name, right),
            );
        }
        let recorded = row.recorded_at.trim();
        if !recorded.is_empty()
            && !plainly_a_time(recorded)
            && chrono::DateTime::parse_from_rfc3339(recorded).is_err()
        {
            self.push(
                file,
                line,
                text!(
                    "audit-recorded-at-not-a-time",
                    recorded = format!("{recorded:?}")
                ),
            );
        }
        let fields = [
            ("who", row.who),
            ("place", row.place),
            ("note", row.note),
            ("id", row.id),
            ("measure", row.measure),
        ];
        for (column, text) in fields {
            if has_nul(text) {
                self.push(file, line, text!("audit-column-nul-bytes", column));
            }
            // A character is a byte at least: a shorter text is not cut.
            if text.len() >= EXCEL_CELL_LIMIT && text.chars().count() == EXCEL_CELL_LIMIT {
                self.push(
                    file,
                    line,
                    text!(
                        "audit-column-at-excel-limit",
                        column,
                        excel_cell_limit = EXCEL_CELL_LIMIT
                    ),
                );
            }
        }
    }

    /// Takes in `part`, the audit of the rows that follow (a piece of the
    /// log audited on its own, on another core), its lines moved on by
    /// `first_line` (the line its piece starts on; 0 when they are the
    /// file's own): as if its rows had been handed to this audit one by
    /// one.
    pub fn merge(&mut self, part: LogAudit, first_line: usize) {
        let at = |mut place: Place| {
            place.line += first_line;
            place
        };
        let mut numbers = Vec::with_capacity(part.files.len());
        for file in part.files {
            if self.files.last() != Some(&file) {
                self.files.push(file);
            }
            numbers.push((self.files.len() - 1).min(FILE_MASK as usize) as u64);
        }
        self.ids.extend(
            part.ids
                .iter()
                .map(|id| (id & !FILE_MASK) | numbers[(id & FILE_MASK) as usize]),
        );
        self.sorted = false;
        self.void_rows.extend(part.void_rows);
        self.voids
            .extend(part.voids.into_iter().map(|(id, place)| (id, at(place))));
        self.excuses.extend(
            part.excuses
                .into_iter()
                .map(|(id, measure, key, place)| (id, measure, key, at(place))),
        );
        self.trigger_rows.extend(part.trigger_rows);
        self.answers.extend(
            part.answers
                .into_iter()
                .map(|(named, kind, place)| (named, kind, at(place))),
        );
        self.problems
            .extend(part.problems.into_iter().map(|mut problem| {
                problem.line += first_line;
                problem
            }));
    }

    /// After every row: the files holding rows whose ids are used more
    /// than once (most likely none), in order; hand their rows over again
    /// with [`LogAudit::look_again`] to have those ids named.
    pub fn files_to_look_again(&mut self) -> Vec<String> {
        self.sort_ids();
        let mut numbers = std::collections::BTreeSet::new();
        for run in self.ids.chunk_by(|a, b| a & !FILE_MASK == b & !FILE_MASK) {
            if run.len() > 1 {
                self.suspects.insert(run[0] & !FILE_MASK);
                numbers.extend(run.iter().map(|x| (x & FILE_MASK) as usize));
            }
        }
        // A file past the 65,535th shares the last number: look at them all.
        let mut files: Vec<String> = Vec::new();
        for number in numbers {
            if number == FILE_MASK as usize {
                files.extend(self.files.iter().skip(number).cloned());
            } else if let Some(file) = self.files.get(number) {
                files.push(file.clone());
            }
        }
        files
    }

    /// A row of a file [`LogAudit::files_to_look_again`] named, handed
    /// over again (as to [`LogAudit::row`]): an id used before is named,
    /// with where it was first used and whether the rows are the same.
    pub fn look_again(&mut self, file: &str, line: usize, content: u64, row: &Activity) {
        if !self.suspects.contains(&id_print(&row.id)) {
            return;
        }
        let Some((first, first_content)) = self.firsts.get(&row.id) else {
            let place = Place {
                file: file.to_string(),
                line,
            };
            self.firsts.insert(row.id.clone(), (place, content));
            return;
        };
        let id = &row.id;
        let at = format!("{}:{}", first.file, first.line);
        let message = if *first_content == content {
            text!("audit-row-twice", at, id)
        } else {
            text!("audit-id-reused", id, at)
        };
        self.push(file, line, message);
    }

    fn sort_ids(&mut self) {
        if !self.sorted {
            self.ids.sort_unstable();
            self.sorted = true;
        }
    }

    /// Whether a readable row has id `id` (a 48-bit print stands for the
    /// id: two ids share one about once in 10^8 logs of a million rows).
    fn has_id(&self, id: &str) -> bool {
        let print = id_print(id);
        let at = self.ids.partition_point(|x| x & !FILE_MASK < print);
        self.ids.get(at).is_some_and(|x| x & !FILE_MASK == print)
    }

    /// Every problem found, in file and line order, after the checks that
    /// need the whole log.
    pub fn finish(mut self) -> Vec<Problem> {
        self.sort_ids();
        let voids = std::mem::take(&mut self.voids);
        let voided: HashSet<&str> = voids
            .iter()
            .filter(|(v, _)| !self.void_rows.contains(v))
            .map(|(v, _)| v.as_str())
            .collect();
        let mut excused: HashMap<(&str, &str), &Place> = HashMap::new();
        let mut twice = Vec::new();
        for (id, measure, key, place) in &self.excuses {
            if voided.contains(id.as_str()) {
                continue;
            }
            match excused.get(&(measure.as_str(), key.as_str())) {
                Some(first) => twice.push((
                    place.clone(),
                    measure.clone(),
                    key.clone(),
                    format!("{}:{}", first.file, first.line),
                )),
                None => {
                    excused.insert((measure, key), place);
                }
            }
        }
        for (place, measure, key, at) in twice {
            self.push(
                &place.file,
                place.line,
                text!("audit-already-excused", measure, key, at),
            );
        }
        for (voided, place) in &voids {
            if self.void_rows.contains(voided) {
                self.push(
                    &place.file,
                    place.line,
                    text!("audit-void-of-a-void", voided),
                );
            }
        }
        for (voided, place) in voids {
            if !self.has_id(&voided) {
                self.push(
                    &place.file,
                    place.line,
                    text!("audit-void-of-nothing", voided),
                );
            }
        }
        for (named, kind, place) in std::mem::take(&mut self.answers) {
            if self.trigger_rows.get(&named) != Some(&kind) {
                self.push(
                    &place.file,
                    place.line,
                    text!("audit-answers-no-event", named, kind),
                );
            }
        }
        let mut problems = self.problems;
        problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        problems
    }

    fn push(&mut self, file: &str, line: usize, message: Text) {
        push(&mut self.problems, file, line, message);
    }
}

/// Whether `text` holds a NUL byte: looked for eight bytes at a time
/// (a field is short; `memchr` costs more to start than to run).
fn has_nul(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut words = text.as_bytes().chunks_exact(8);
    // A word has a zero byte exactly when this leaves a high bit set.
    let zero_in = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS != 0;
    words.by_ref().any(|w| {
        zero_in(u64::from_le_bytes([
            w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
        ]))
    }) || words.remainder().contains(&0)
}

/// Whether `text` is plainly an RFC 3339 time as `loften log` writes it
/// (`2021-03-02T10:11:12+01:00`, or with `Z`): a valid date, hour,
/// minute, second and offset, each of its digits in place. What chrono
/// reads too, told without it; any other text is left to chrono.
fn plainly_a_time(text: &str) -> bool {
    let b = text.as_bytes();
    let number = |from: usize, len: usize| {
        b[from..from + len].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let offset_fits = match b.len() {
        20 => b[19] == b'Z',
        25 => {
            matches!(b[19], b'+' | b'-')
                && b[22] == b':'
                && number(20, 2).is_some_and(|h| h < 24)
                && number(23, 2).is_some_and(|m| m < 60)
        }
        _ => false,
    };
    offset_fits
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && number(11, 2).is_some_and(|h| h < 24)
        && number(14, 2).is_some_and(|m| m < 60)
        && number(17, 2).is_some_and(|s| s < 60)
        && match (number(0, 4), number(5, 2), number(8, 2)) {
            (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d).is_some(),
            _ => false,
        }
}

/// The sync tool whose conflict-copy name `name` has, if any.
fn sync_tool(name: &str) -> Option<&'static str> {
    let stem = name.strip_suffix(".csv").unwrap_or(name);
    if stem.contains("conflicted copy") {
        Some("Dropbox")
    } else if stem.contains(".sync-conflict-") {
        Some("Syncthing")
    } else if stem.contains("conflicted") || stem.contains("(conflict") {
        Some("Nextcloud")
    } else if stem.len() > 5
        && stem[..4].bytes().all(|b| b.is_ascii_digit())
        && stem.as_bytes()[4] == b'-'
    {
        // OneDrive appends the computer's name: 2021-DATORNAMN.csv.
        Some("OneDrive")
    } else {
        None
    }
}

fn push(problems: &mut Vec<Problem>, file: &str, line: usize, message: Text) {
    problems.push(Problem {
        file: file.to_string(),
        line,
        column: None,
        message,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Arg;

    fn row(id: &str, voids: Option<&str>) -> Activity {
        Activity {
            voids: voids.map(String::from),
            ..Activity::new(
                id,
                NaiveDate::from_ymd_opt(2021, 3, 2).unwrap(),
                "trafikkontroll",
            )
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 6, 1).unwrap()
    }

    #[test]
    fn duplicates_name_the_first_line() {
        let mut audit = LogAudit::new();
        audit.row("logs/2021.csv", 2, row("a", None).as_row(), None, today());
        audit.row("logs/2021.csv", 9, row("a", None).as_row(), None, today());
        audit.row("logs/copy.csv", 3, row("b", None).as_row(), None, today());
        assert_eq!(audit.files_to_look_again(), vec!["logs/2021.csv"]);
        audit.look_again("logs/2021.csv", 2, 1, &row("a", None));
        audit.look_again("logs/2021.csv", 9, 1, &row("a", None));
        let problems = audit.finish();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 9);
        assert_eq!(problems[0].message.id(), Some("audit-row-twice"));
        assert_eq!(
            problems[0].message.arg("at"),
            Some(&Arg::Str("logs/2021.csv:2".into()))
        );
    }

    #[test]
    fn voids_of_missing_rows_whatever_the_order() {
        let mut audit = LogAudit::new();
        audit.row(
            "logs/2021.csv",
            2,
            row("v", Some("later")).as_row(),
            None,
            today(),
        );
        audit.row(
            "logs/2021.csv",
            3,
            row("w", Some("nowhere")).as_row(),
            None,
            today(),
        );
        audit.row(
            "logs/2021.csv",
            9,
            row("later", None).as_row(),
            None,
            today(),
        );
        let problems = audit.finish();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].message.id(), Some("audit-void-of-nothing"));
        assert_eq!(
            problems[0].message.arg("voided"),
            Some(&Arg::Str("nowhere".into()))
        );
    }

    #[test]
    fn a_plain_time_is_what_chrono_reads() {
        for plain in [
            "2021-03-02T10:11:12+01:00",
            "2021-03-02T23:59:59-23:59",
            "2020-02-29T00:00:00Z",
            "0000-01-01T00:00:00+00:00",
        ] {
            assert!(plainly_a_time(plain), "{plain}");
            assert!(
                chrono::DateTime::parse_from_rfc3339(plain).is_ok(),
                "{plain}"
            );
        }
        for other in [
            "2021-02-29T10:11:12+01:00",
            "2021-03-02T24:11:12+01:00",
            "2021-03-02T10:60:12+01:00",
            "2021-03-02T10:11:60+01:00",
            "2021-03-02T10:11:12+24:00",
            "2021-03-02 10:11:12+01:00",
            "2021-03-02T10:11:12.5+01:00",
            "2021-03-02T10:11:12",
            "2021-13-02T10:11:12Z",
            "igår",
        ] {
            assert!(!plainly_a_time(other), "{other}");
        }
    }

    proptest::proptest! {
        /// Whatever digits stand in the shape, a time said plain is one
        /// chrono reads.
        #[test]
        fn a_plain_time_always_reads(
            text in "[0-9]{4}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-6][0-9]:[0-6][0-9]([+-][0-2][0-9]:[0-6][0-9]|Z)"
        ) {
            if plainly_a_time(&text) {
                proptest::prop_assert!(chrono::DateTime::parse_from_rfc3339(&text).is_ok());
            }
        }
    }

    proptest::proptest! {
        /// A NUL byte is found wherever it stands, and only then.
        #[test]
        fn a_nul_byte_is_found_anywhere(
            text in "[a-zå\u{1}\u{ff}\u{100}\u{80}]{0,20}",
            at in proptest::option::of(0usize..21),
        ) {
            let mut text = text;
            if let Some(at) = at {
                let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                text.insert(at, '\0');
            }
            proptest::prop_assert_eq!(has_nul(&text), text.contains('\0'));
        }
    }

    #[test]
    fn copies_are_named_and_problems_sorted() {
        let mut audit = LogAudit::new();
        audit.file("logs/2021.csv", true);
        audit.problem(Problem {
            file: "logs/2021.csv".into(),
            line: 5,
            column: None,
            message: Text::same("x"),
        });
        audit.file("logs/2021 (1).csv", false);
        let problems = audit.finish();
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].file, "logs/2021 (1).csv");
        assert_eq!(problems[0].message.id(), Some("audit-conflict-copy-name"));
        assert!(problems[0].message.en().contains("conflict copy"));
    }
}
