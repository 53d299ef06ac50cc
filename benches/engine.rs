//! Criterion benchmarks of the engine: the row reader (the byte-level
//! scanner over a canonical log file, and the whole one pass that folds a
//! log folder into a tally), rows folded into a tally per second (the
//! per-piece [`TallyPart`] of the one pass, and [`Tally::add`]), and the
//! evaluation of the Norsjö plan on a tally.
//!
//! `cargo bench --bench engine`. Whole-process figures (reading the CSV
//! log, peak memory) are in `bench/run` and `bench/RESULTS.md`.

#![allow(missing_docs)] // criterion_group! makes an undocumented function

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use loften::Activity;
use loften::NORSJO_PLAN;
use loften::evaluate;
use loften::parse_plan;
use loften::{KnownMeasures, Tally, TallyPart};
use loften::{LineForm as Form, RowScanner as Scanner, line_form as form};
use loften::{WIDTH, csv_bytes, tally_log};

/// `n` rows spread over the agreement, across the measures, deterministic.
fn rows(n: usize) -> Vec<Activity> {
    let measures = [
        "trafikkontroll",
        "patrullering",
        "arbetspass",
        "narkotika",
        "unga-narkotika",
    ];
    let start = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    (0..n)
        .map(|i| Activity {
            count: 1 + (i % 3) as u64,
            values: vec![("anmalningar".to_string(), (i % 2) as f64)],
            who: "Polis 1".into(),
            place: "Norsjö".into(),
            ..Activity::new(
                format!("20190101-000000-{i:08x}"),
                start + Duration::days((i * 7919 % 1826) as i64),
                measures[i % measures.len()],
            )
        })
        .collect()
}

fn tally_rows(c: &mut Criterion) {
    let plan = parse_plan(NORSJO_PLAN).unwrap();
    let rows = rows(100_000);
    let mut group = c.benchmark_group("tally");
    group.throughput(Throughput::Elements(rows.len() as u64));
    group.bench_function("add 100k rows", |b| {
        b.iter(|| {
            let mut tally = Tally::new();
            for row in &rows {
                tally.add(&plan, &row.as_row());
            }
            black_box(tally)
        })
    });
    group.finish();
}

/// A data folder holding `rows` in logs/2021.csv.
fn folder(rows: &[Activity]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("logs")).unwrap();
    std::fs::write(
        dir.path().join("logs/2021.csv"),
        csv_bytes(rows, true, WIDTH),
    )
    .unwrap();
    dir
}

fn read_rows(c: &mut Criterion) {
    let plan = parse_plan(NORSJO_PLAN).unwrap();
    let rows = rows(100_000);
    let dir = folder(&rows);
    let path = dir.path().join("logs/2021.csv");
    let Form::Fast { body, len, .. } = form(&path).unwrap() else {
        panic!("the file is canonical")
    };
    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Elements(rows.len() as u64));
    group.bench_function("scan 100k rows into fields", |b| {
        let mut scanner = Scanner::new();
        b.iter(|| {
            let mut file = std::fs::File::open(&path).unwrap();
            let mut fields = 0;
            scanner
                .scan(&mut file, body, len, &mut |f| fields += f.len())
                .unwrap();
            black_box(fields)
        })
    });
    group.bench_function("tally a folder of 100k rows (one pass)", |b| {
        b.iter(|| black_box(tally_log(dir.path(), &plan).unwrap()))
    });
    group.finish();
}

fn fold_rows(c: &mut Criterion) {
    let plan = parse_plan(NORSJO_PLAN).unwrap();
    let rows = rows(100_000);
    let mut group = c.benchmark_group("tally");
    group.throughput(Throughput::Elements(rows.len() as u64));
    group.bench_function("fold 100k rows into a part", |b| {
        let known = KnownMeasures::of(&plan);
        b.iter(|| {
            let mut part = TallyPart::new();
            for row in &rows {
                part.add(&known, &row.as_row(), || 0);
            }
            let mut tally = Tally::new();
            tally.merge_part(part, 0, &known);
            black_box(tally)
        })
    });
    group.finish();
}

fn evaluate_plan(c: &mut Criterion) {
    let plan = parse_plan(NORSJO_PLAN).unwrap();
    let tally = Tally::of(&plan, &rows(100_000));
    let at = NaiveDate::from_ymd_opt(2022, 6, 30).unwrap();
    c.bench_function("evaluate the Norsjö plan", |b| {
        b.iter(|| black_box(evaluate(&plan, &tally, black_box(at))))
    });
}

criterion_group!(benches, read_rows, fold_rows, tally_rows, evaluate_plan);
criterion_main!(benches);
