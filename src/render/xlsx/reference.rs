//! The tests' reference for the activities rows: each cell written
//! through rust_xlsxwriter (in constant-memory mode, as the export did
//! before it wrote the row XML itself), and the workbook saved by it
//! whole. The tests here hold every entry of the two workbooks to the
//! byte, for chosen rows and for random ones.

use std::collections::HashSet;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use proptest::prelude::*;
use rust_xlsxwriter::Format;

use super::activities::lay_out;
use super::rows::Cells;
use super::*;
use crate::compliance::Evaluation;
use crate::plan::{Plan, parse_plan};

/// A row of a worksheet, written cell by cell through rust_xlsxwriter.
struct SheetCells<'a> {
    sheet: &'a mut Worksheet,
    row: u32,
    date: &'a Format,
}

impl Cells for SheetCells<'_> {
    fn number(&mut self, col: u16, value: f64) -> Result<(), XlsxError> {
        self.sheet.write_number(self.row, col, value)?;
        Ok(())
    }

    fn text(&mut self, col: u16, text: &str) -> Result<(), XlsxError> {
        write_text(self.sheet, self.row, col, text)
    }

    fn date(&mut self, col: u16, date: NaiveDate) -> Result<(), XlsxError> {
        write_date(self.sheet, self.row, col, date, self.date)
    }
}

impl<W: Write + Seek + Send> XlsxExporter<W> {
    /// The reference exporter: rows through rust_xlsxwriter.
    pub(super) fn reference(
        out: W,
        columns: ActivityColumns,
        lang: Lang,
        rows_per_sheet: u32,
    ) -> XlsxExporter<W> {
        let mut exporter = Self::with_rows_per_sheet(out, columns, lang, rows_per_sheet).unwrap();
        exporter.reference = true;
        exporter.deflater = None;
        exporter
    }

    pub(super) fn write_reference_row(&mut self, activity: &Activity) -> Result<(), XlsxError> {
        if self.next_row > self.rows_per_sheet {
            self.start_activities_sheet()?;
        }
        let sheet = self.workbook.worksheet_from_index(self.sheet_index)?;
        let mut cells = SheetCells {
            sheet,
            row: self.next_row,
            date: &self.formats.date,
        };
        lay_out(&mut cells, &self.columns, &activity.as_row())?;
        self.next_row += 1;
        Ok(())
    }
}

fn plan() -> Plan {
    let text = include_str!("../../../tests/fixtures/logplan/plan/plan.toml");
    parse_plan(text).expect("the fixture plan")
}

/// The workbook of `rows`, written by the export or by the reference.
fn workbook(
    plan: &Plan,
    columns: &ActivityColumns,
    rows: &[Activity],
    rows_per_sheet: u32,
    reference: bool,
) -> Vec<u8> {
    let mut buffer = Cursor::new(Vec::new());
    let exporter = if reference {
        XlsxExporter::reference(&mut buffer, columns.clone(), Lang::SV, rows_per_sheet)
    } else {
        XlsxExporter::with_rows_per_sheet(&mut buffer, columns.clone(), Lang::SV, rows_per_sheet)
            .unwrap()
    };
    let mut exporter: Box<dyn Exporter + '_> = Box::new(exporter);
    for row in rows {
        exporter.activity(row).unwrap();
    }
    let evaluation = Evaluation {
        at: NaiveDate::from_ymd_opt(2021, 6, 30).unwrap(),
        measures: Vec::new(),
    };
    let voided = HashSet::new();
    let corrections = [Activity {
        voids: Some("id-1".into()),
        note: "fel <rad> & _x0041_".into(),
        ..Activity::new("void-1", NaiveDate::from_ymd_opt(2021, 3, 3).unwrap(), "")
    }];
    exporter
        .finish(&ExportRest {
            plan,
            from: None,
            to: None,
            evaluation: &evaluation,
            years: &[],
            corrections: &corrections,
            voided: &voided,
        })
        .unwrap();
    buffer.into_inner()
}

/// Every entry of a zip, by name, in order.
fn entries(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            (entry.name().unwrap().into_owned(), data)
        })
        .collect()
}

/// The times a workbook was made, which differ between two saves.
fn without_times(xml: &[u8]) -> String {
    let mut text = String::from_utf8(xml.to_vec()).unwrap();
    for tag in ["dcterms:created", "dcterms:modified"] {
        if let Some(start) = text.find(&format!("<{tag} "))
            && let Some(end) = text.find(&format!("</{tag}>"))
        {
            text.replace_range(start..end, tag);
        }
    }
    text
}

/// Asserts that the export and the reference write the same workbook for
/// `rows`, entry by entry, and returns it.
fn same_as_reference(columns: &ActivityColumns, rows: &[Activity], rows_per_sheet: u32) -> Vec<u8> {
    let plan = plan();
    let new = workbook(&plan, columns, rows, rows_per_sheet, false);
    let old = workbook(&plan, columns, rows, rows_per_sheet, true);
    let (new_entries, old_entries) = (entries(&new), entries(&old));
    let names = |e: &[(String, Vec<u8>)]| e.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&new_entries), names(&old_entries));
    for ((name, new), (_, old)) in new_entries.iter().zip(&old_entries) {
        if name == "docProps/core.xml" {
            assert_eq!(without_times(new), without_times(old), "{name}");
        } else if new != old {
            let at = new.iter().zip(old).take_while(|(a, b)| a == b).count();
            let shown = |x: &[u8]| {
                String::from_utf8_lossy(&x[at.saturating_sub(80)..(at + 80).min(x.len())])
                    .into_owned()
            };
            panic!(
                "{name} differs at byte {at}:\n new: {}\n old: {}",
                shown(new),
                shown(old)
            );
        }
    }
    new
}

fn columns(metrics: usize) -> ActivityColumns {
    ActivityColumns {
        metrics: (0..metrics).map(|i| format!("m{i}")).collect(),
        labels: (0..metrics).map(|i| format!("Mätvärde {i}")).collect(),
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn awkward_rows() -> Vec<Activity> {
    vec![
        Activity {
            count: 3,
            target: Some("Skolan <& \"väst\">".into()),
            values: vec![
                ("m0".into(), 2.5),
                ("m2".into(), -0.0),
                ("okänd".into(), 1e20),
            ],
            who: " Polis 1".into(),
            place: "Torget\t".into(),
            note: "=HYPERLINK(\"x\") _x0041_ \u{1}\u{1f}\r\n\u{FFFE}\u{FFFF} 😀 ".into(),
            recorded_at: "2021-03-02T10:00:00+01:00".into(),
            until: Some(day(2021, 3, 8)),
            answers: Some("fynd-1".into()),
            ..Activity::new("id-1", day(2021, 3, 2), "narkotika")
        },
        Activity {
            note: "ä".repeat(40_000),
            values: vec![("m1".into(), 1e-7), ("m3".into(), 123456.789)],
            ..Activity::new("id-2", day(1899, 12, 31), "trafikkontroll")
        },
        Activity {
            note: "😀".repeat(20_000),
            until: Some(day(1850, 1, 1)),
            ..Activity::new("id-3", day(1900, 1, 1), "")
        },
        Activity {
            count: u64::MAX,
            ..Activity::new("id-4", day(1900, 3, 1), "x")
        },
        Activity::new("id-5", day(9999, 12, 31), "y"),
    ]
}

#[test]
fn the_rows_are_the_reference_rows_to_the_byte() {
    same_as_reference(&columns(4), &awkward_rows(), EXCEL_MAX_ROWS - 1);
}

#[test]
fn rows_in_several_sheets_are_the_reference_rows_to_the_byte() {
    let rows: Vec<Activity> = (0..7).flat_map(|_| awkward_rows()).collect();
    same_as_reference(&columns(4), &rows, 3);
}

#[test]
fn no_rows_or_no_real_date_is_the_reference_too() {
    same_as_reference(&columns(2), &[], EXCEL_MAX_ROWS - 1);
    let old = Activity::new("id-1", day(1800, 1, 1), "x");
    same_as_reference(&columns(2), &[old], EXCEL_MAX_ROWS - 1);
}

#[test]
fn the_workbook_reads_back_with_its_rows() {
    let rows: Vec<Activity> = (0..2000)
        .map(|i| Activity {
            count: i,
            values: vec![("m1".into(), i as f64 / 4.0)],
            note: format!("<rad {i}>"),
            ..Activity::new(
                format!("id-{i}"),
                day(2021, 1, 1) + chrono::Days::new(i / 10),
                "narkotika",
            )
        })
        .collect();
    let xlsx = same_as_reference(&columns(3), &rows, 1500);
    let mut workbook = Xlsx::new(Cursor::new(xlsx)).unwrap();
    let first = workbook.worksheet_range("Aktiviteter").unwrap();
    let second = workbook.worksheet_range("Aktiviteter2").unwrap();
    assert_eq!(first.height(), 1501);
    assert_eq!(second.height(), 501);
    let last = second.rows().next_back().unwrap();
    assert_eq!(last[2], Data::Float(1999.0));
    assert_eq!(last[5], Data::Float(1999.0 / 4.0));
    assert!(last.contains(&Data::String("<rad 1999>".into())));
    assert!(matches!(last[0], Data::DateTime(_)));
}

/// Text with what XML, Excel and the escapes make hard.
fn awkward_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[ -~]{0,12}",
        "[åäöÅÄÖé€😀\u{FFFE}\u{FFFF}]{0,4}",
        "[\u{0}-\u{1f}]{0,3}",
        Just("_x00AB_".to_string()),
        Just("_x".to_string()),
        Just("<&>\"'".to_string()),
        Just("=SUM(A1)".to_string()),
        Just(" ".to_string()),
    ];
    prop_oneof![
        8 => prop::collection::vec(pieces, 0..6).prop_map(|p| p.concat()),
        1 => (prop::sample::select(vec!["a", "ö", "😀", "_x0041_"]), 8_000..12_000usize)
            .prop_map(|(s, n)| s.repeat(n)),
    ]
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (1800..2100i32, 1..=12u32, 1..=28u32),
        (1900..1901i32, 1..=3u32, 1..=29u32),
    ]
    .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(day(y, m, 28)))
}

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 100.0),
        (0u64..1000).prop_map(|n| n as f64),
    ]
}

fn any_activity() -> impl Strategy<Value = Activity> {
    (
        (any_date(), prop::option::of(any_date()), any::<u64>()),
        (
            awkward_text(),
            awkward_text(),
            awkward_text(),
            awkward_text(),
        ),
        prop::collection::vec((0..8usize, any_number()), 0..6),
        (
            prop::option::of(awkward_text()),
            prop::option::of(awkward_text()),
        ),
    )
        .prop_map(
            |((date, until, count), (measure, who, place, note), values, (target, answers))| {
                Activity {
                    count,
                    target,
                    values: values
                        .into_iter()
                        .map(|(k, v)| {
                            (
                                if k < 6 {
                                    format!("m{k}")
                                } else {
                                    format!("x{k}")
                                },
                                v,
                            )
                        })
                        .collect(),
                    who,
                    place,
                    note,
                    recorded_at: "2021-03-02T10:00:00+01:00".into(),
                    until,
                    answers,
                    ..Activity::new("id", date, measure)
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_rows_are_the_reference_rows_to_the_byte(
        rows in prop::collection::vec(any_activity(), 0..12),
        metrics in 0..6usize,
        rows_per_sheet in 1..6u32,
    ) {
        same_as_reference(&columns(metrics), &rows, rows_per_sheet);
    }
}
