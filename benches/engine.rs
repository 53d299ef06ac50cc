//! Criterion benchmarks of the compliance engine: rows folded into a tally
//! per second, and the evaluation of the Norsjö plan on a tally.
//!
//! `cargo bench --bench engine`. Whole-process figures (reading the CSV
//! log, peak memory) are in `bench/run` and `bench/RESULTS.md`.

#![allow(missing_docs)] // criterion_group! makes an undocumented function

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use loften::activity::Activity;
use loften::compliance::evaluate;
use loften::compliance::tally::Tally;
use loften::plan::parse_plan;
use loften::plan::template::NORSJO_PLAN;

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

fn evaluate_plan(c: &mut Criterion) {
    let plan = parse_plan(NORSJO_PLAN).unwrap();
    let tally = Tally::of(&plan, &rows(100_000));
    let at = NaiveDate::from_ymd_opt(2022, 6, 30).unwrap();
    c.bench_function("evaluate the Norsjö plan", |b| {
        b.iter(|| black_box(evaluate(&plan, &tally, black_box(at))))
    });
}

criterion_group!(benches, tally_rows, evaluate_plan);
criterion_main!(benches);
