//! The checks `loften check` makes over the whole log, row after row:
//! each row against the plan (through [`validate`]), duplicate ids, voids of
//! rows that do not exist, and files that are not year files.
//!
//! Pure: the caller reads the log and hands each row over; the audit keeps
//! the ids it has seen (the one thing that must grow with the log) and
//! returns every problem at the end, in file and line order.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::activity::Activity;
use crate::error::Problem;
use crate::plan::Plan;
use crate::text;
use crate::text::Text;
use crate::validate::validate;

/// Where a row stands: its file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    file: String,
    line: usize,
}

/// The audit of a log, fed row by row.
#[derive(Debug, Default)]
pub struct LogAudit {
    ids: HashMap<String, Place>,
    voids: Vec<(String, Place)>,
    problems: Vec<Problem>,
}

impl LogAudit {
    /// An empty audit.
    pub fn new() -> LogAudit {
        LogAudit::default()
    }

    /// Records a problem found while reading (a row that could not be read).
    pub fn problem(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Checks a file's name: a log file that is not `YYYY.csv` is a copy.
    pub fn file(&mut self, file: &str, is_year_file: bool) {
        if !is_year_file {
            self.push(
                file,
                0,
                text!(
                    "filen heter inte ÅÅÅÅ.csv: det ser ut som en konfliktkopia från en synktjänst (OneDrive, Dropbox, Nextcloud) eller en kopia sparad i logs/. Dess rader räknas, men kan vara dubbletter: flytta raderna som saknas till årsfilen (t.ex. logs/2021.csv) och ta bort filen",
                    "the file is not named YYYY.csv: it looks like a conflict copy left by a sync tool (OneDrive, Dropbox, Nextcloud) or a copy saved into logs/. Its rows are counted but may be duplicates: merge the rows that are missing into the year file (e.g. logs/2021.csv) and delete this file"
                ),
            );
        }
    }

    /// Checks one row read from `file` at `line`; `plan` is `None` when the
    /// plan itself has problems (then only the plan-free checks run).
    pub fn row(
        &mut self,
        file: &str,
        line: usize,
        row: &Activity,
        plan: Option<&Plan>,
        today: NaiveDate,
    ) {
        let place = Place {
            file: file.to_string(),
            line,
        };
        if let Some(first) = self.ids.get(&row.id) {
            let id = &row.id;
            let at = format!("{}:{}", first.file, first.line);
            self.push(
                file,
                line,
                text!(
                    "id {id} finns redan på {at}; efter en git-sammanslagning (merge=union) kan samma rad stå två gånger: ta bort den här raden om de är lika, annars ge den ett nytt id",
                    "id {id} was already used at {at}; after a git union merge the same row can appear twice: delete this line if they are the same, else give it a new id"
                ),
            );
        } else {
            self.ids.insert(row.id.clone(), place.clone());
        }
        if let Some(voided) = &row.voids {
            self.voids.push((voided.clone(), place));
        }
        if let Some(plan) = plan {
            for message in validate(plan, row, today) {
                self.push(file, line, message);
            }
        }
    }

    /// Every problem found, in file and line order, after the checks that
    /// need the whole log.
    pub fn finish(mut self) -> Vec<Problem> {
        let voids = std::mem::take(&mut self.voids);
        for (voided, place) in voids {
            if !self.ids.contains_key(&voided) {
                self.push(
                    &place.file,
                    place.line,
                    text!(
                        "raden makulerar {voided}, men någon rad med det id:t finns inte; kontrollera id:t, eller om raden finns i en fil som inte är med",
                        "the row voids {voided}, but no row has that id; check the id, or whether that row is in a file that is missing"
                    ),
                );
            }
        }
        let mut problems = self.problems;
        problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        problems
    }

    fn push(&mut self, file: &str, line: usize, message: Text) {
        self.problems.push(Problem {
            file: file.to_string(),
            line,
            column: None,
            message,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        audit.row("logs/2021.csv", 2, &row("a", None), None, today());
        audit.row("logs/2021.csv", 9, &row("a", None), None, today());
        let problems = audit.finish();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 9);
        assert!(problems[0].message.en.contains("logs/2021.csv:2"));
    }

    #[test]
    fn voids_of_missing_rows_whatever_the_order() {
        let mut audit = LogAudit::new();
        audit.row("logs/2021.csv", 2, &row("v", Some("later")), None, today());
        audit.row(
            "logs/2021.csv",
            3,
            &row("w", Some("nowhere")),
            None,
            today(),
        );
        audit.row("logs/2022.csv", 2, &row("later", None), None, today());
        let problems = audit.finish();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.en.contains("nowhere"));
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
        assert!(problems[0].message.en.contains("conflict copy"));
    }
}
