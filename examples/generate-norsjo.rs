//! Generates `examples/norsjo/`: a complete, realistic data folder for the
//! Norsjö plan, 2019-01-01 to 2023-12-31, deterministically (the same seed
//! gives the same bytes).
//!
//! Most promises are kept, some months are missed, a few rows are voided,
//! some periods are excused, metric values and shifts are logged. With
//! `--rows N` the log is grown to about N rows (extra traffic controls,
//! patrols and shifts spread over the years) for benchmarks.
//!
//! ```text
//! cargo run --example generate-norsjo                      # examples/norsjo
//! cargo run --release --example generate-norsjo -- --rows 1000000 --out /tmp/big
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use clap::Parser;
use loften::Activity;
use loften::UNION_MERGE;
use loften::{NORSJO_PLAN, NORSJO_PLAN_FILE};
use loften::{Plan, SHIFT_ID, parse_plan};
use loften::{WIDTH, csv_bytes};

/// Generate the Norsjö example data folder.
#[derive(Debug, Parser)]
struct Args {
    /// The data folder to write (its logs/*.csv are replaced).
    #[arg(long, default_value = "examples/norsjo")]
    out: PathBuf,
    /// Grow the log to about this many rows (for benchmarks).
    #[arg(long)]
    rows: Option<u64>,
    /// The random seed.
    #[arg(long, default_value_t = 2019)]
    seed: u64,
}

/// A small deterministic generator (SplitMix64): no dependency, and the
/// same numbers on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() as u64 - 1) as usize]
    }
}

const OFFICERS: [&str; 5] = ["Polis 1", "Polis 2", "Polis 3", "Polis 4", "Gruppchef"];
const PLACES: [&str; 8] = [
    "Norsjö centrum",
    "Bastuträsk",
    "Kusfors",
    "Norsjövallen",
    "Gallejaur",
    "Bjurträsk",
    "väg 365",
    "väg 370",
];
const NOTES: [&str; 6] = [
    "",
    "",
    "",
    "Inga anmärkningar",
    "Kontroll vid skolan, lugnt",
    "Samtal med boende; \"bra att ni syns\", sa flera",
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        date(year + 1, 1, 1)
    } else {
        date(year, month + 1, 1)
    };
    (next - date(year, month, 1)).num_days() as u32
}

/// What one activity row says, before it gets an id.
#[derive(Default)]
struct Row<'a> {
    measure: &'a str,
    count: u64,
    target: Option<&'a str>,
    values: Vec<(&'a str, f64)>,
    note: &'a str,
}

/// The rows of one year, with ids and recording times.
struct Year<'p> {
    plan: &'p Plan,
    rng: Rng,
    rows: Vec<Activity>,
}

impl Year<'_> {
    fn stamp(&mut self, day: NaiveDate, delay_days: u64) -> (String, String) {
        let recorded = day + Duration::days(delay_days as i64);
        let (hour, minute, second) = (
            self.rng.range(15, 23),
            self.rng.range(0, 59),
            self.rng.range(0, 59),
        );
        let offset = if (4..=10).contains(&recorded.month()) {
            "+02:00"
        } else {
            "+01:00"
        };
        let id = format!(
            "{}-{hour:02}{minute:02}{second:02}-{:08x}",
            recorded.format("%Y%m%d"),
            self.rng.next() as u32
        );
        let at = format!(
            "{}T{hour:02}:{minute:02}:{second:02}{offset}",
            recorded.format("%Y-%m-%d")
        );
        (id, at)
    }

    fn push(&mut self, day: NaiveDate, row: Row) -> usize {
        let (id, recorded_at) = self.stamp(day, 0);
        let who = if row.measure == "nattvandring" || row.measure == "klassrumsbesok" {
            "Samordnaren".to_string()
        } else {
            self.rng.pick(&OFFICERS).to_string()
        };
        let place = self.rng.pick(&PLACES).to_string();
        self.rows.push(Activity {
            count: row.count.max(1),
            target: row.target.map(str::to_string),
            values: row
                .values
                .into_iter()
                .filter(|(_, v)| *v != 0.0)
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            who,
            place,
            note: row.note.to_string(),
            recorded_at,
            ..Activity::new(id, day, row.measure)
        });
        self.rows.len() - 1
    }

    fn simple(&mut self, day: NaiveDate, measure: &'static str, count: u64) {
        let note = self.rng.pick(&NOTES);
        self.push(
            day,
            Row {
                measure,
                count,
                note,
                ..Row::default()
            },
        );
    }

    /// A row logged twice by mistake, and the void that cancels the copy.
    fn duplicate_and_void(&mut self, index: usize) {
        let mut copy = self.rows[index].clone();
        let (id, at) = self.stamp(copy.date, 0);
        copy.id = id;
        copy.recorded_at = at;
        let delay = self.rng.range(1, 4);
        let (void_id, void_at) = self.stamp(copy.date, delay);
        let void = Activity {
            who: "Gruppchef".into(),
            note: "Dubbelregistrering".into(),
            recorded_at: void_at,
            voids: Some(copy.id.clone()),
            ..Activity::new(void_id, copy.date, copy.measure.as_str())
        };
        self.rows.push(copy);
        self.rows.push(void);
    }

    fn excuse(&mut self, measure: &str, period: &str, first_day: NaiveDate, reason: &str) {
        let (id, recorded_at) = self.stamp(first_day, 20);
        self.rows.push(Activity {
            who: "Samordnaren".into(),
            note: reason.into(),
            recorded_at,
            excuses: Some(period.into()),
            ..Activity::new(id, first_day, measure)
        });
    }

    fn day_in(&mut self, year: i32, month: u32) -> NaiveDate {
        let last = days_in_month(year, month) as u64;
        date(year, month, self.rng.range(1, last) as u32)
    }
}

/// The realistic base log of one year.
fn base_year(year: &mut Year, y: i32) {
    let growth = 1.0 + 0.15 * f64::from(y - 2019);
    for month in 1..=12 {
        // Traffic controls: 10 a month, some months short.
        let total = if year.rng.chance(0.12) {
            year.rng.range(5, 9)
        } else {
            year.rng.range(10, 15)
        };
        let excused = y == 2020 && month == 4;
        let mut left = if excused { 3 } else { total };
        while left > 0 {
            let count = year.rng.range(1, 4).min(left);
            left -= count;
            let day = year.day_in(y, month);
            let reports = (0..count).filter(|_| year.rng.chance(0.12)).count() as f64;
            let incidents = (0..count).filter(|_| year.rng.chance(0.06)).count() as f64;
            let i = year.push(
                day,
                Row {
                    measure: "trafikkontroll",
                    count,
                    values: vec![("anmalningar", reports), ("handelserapporter", incidents)],
                    ..Row::default()
                },
            );
            if year.rng.chance(0.01) {
                year.duplicate_and_void(i);
            }
        }
        // Drug work: at least once a month, seizures growing year on year.
        let operations = if year.rng.chance(0.08) {
            0
        } else {
            year.rng.range(1, 3)
        };
        for _ in 0..operations {
            let day = year.day_in(y, month);
            let grams = ((year.rng.range(50, 300) as f64 * growth).round()) / 10.0;
            let reports = (year.rng.range(0, 2) as f64 * growth).round();
            year.push(
                day,
                Row {
                    measure: "narkotika",
                    count: 1,
                    values: vec![("anmalningar", reports), ("beslag", grams)],
                    ..Row::default()
                },
            );
        }
        // Young people, as needed.
        for _ in 0..year.rng.range(0, 3) {
            let day = year.day_in(y, month);
            let values = vec![
                ("orossamtal", year.rng.range(0, 2) as f64),
                ("urinscreeningar", year.rng.range(0, 1) as f64),
                ("anmalningar", year.rng.range(0, 1) as f64),
            ];
            year.push(
                day,
                Row {
                    measure: "unga-narkotika",
                    count: 1,
                    values,
                    ..Row::default()
                },
            );
        }
    }
    if y == 2020 {
        year.excuse(
            "trafikkontroll",
            "2020-04",
            date(2020, 4, 1),
            "Personalen omfördelades under pandemin",
        );
    }
    shifts_and_patrols(year, y);
    yearly_promises(year, y);
    youth_centre(year, y);
    evenings(year, y);
}

/// Every day's shifts, and the patrols done in them (most, not all).
fn shifts_and_patrols(year: &mut Year, y: i32) {
    let mut day = date(y, 1, 1);
    let mut patrol_rate = 1.0;
    while day.year() == y {
        if day.day() == 1 {
            // Most months every shift patrols; in some, staff are pulled away.
            patrol_rate = if year.rng.chance(0.2) { 0.85 } else { 1.0 };
        }
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        let shifts = if year.rng.chance(0.1) {
            0
        } else if weekend {
            1
        } else {
            2
        };
        if shifts > 0 {
            year.push(
                day,
                Row {
                    measure: SHIFT_ID,
                    count: shifts,
                    ..Row::default()
                },
            );
            let patrolled = (0..shifts).filter(|_| year.rng.chance(patrol_rate)).count() as u64;
            if patrolled > 0 {
                let reports = if year.rng.chance(0.1) { 1.0 } else { 0.0 };
                year.push(
                    day,
                    Row {
                        measure: "patrullering",
                        count: patrolled,
                        values: vec![("anmalningar", reports), ("handelserapporter", reports)],
                        ..Row::default()
                    },
                );
            }
        }
        day += Duration::days(1);
    }
}

fn yearly_promises(year: &mut Year, y: i32) {
    // Information twice a year; only once in 2020.
    year.simple(date(y, 3, 15), "info-tillgrepp", 1);
    if y != 2020 {
        year.simple(date(y, 10, 1), "info-tillgrepp", 1);
    }
    // Four meetings a year; three in 2021.
    for (i, month) in [2, 5, 9, 11].into_iter().enumerate() {
        if !(y == 2021 && i == 3) {
            let day = year.day_in(y, month);
            year.simple(day, "samverkansmote", 1);
        }
    }
    // Parents' meetings and staff meetings; no staff meeting in 2022.
    let day = year.day_in(y, 9);
    year.push(
        day,
        Row {
            measure: "foraldrainfo",
            target: Some("foraldramote"),
            ..Row::default()
        },
    );
    if y != 2022 {
        let day = year.day_in(y, 1);
        year.push(
            day,
            Row {
                measure: "foraldrainfo",
                target: Some("personaltraff"),
                ..Row::default()
            },
        );
    }
    // Every class of years 6–9 once a year; only two in the pandemic year.
    let classes: &[&str] = if y == 2020 {
        &["åk6", "åk7"]
    } else {
        &["åk6", "åk7", "åk8", "åk9"]
    };
    for class in classes {
        let day = year.day_in(y, 10);
        year.push(
            day,
            Row {
                measure: "klassrumsbesok",
                target: Some(class),
                ..Row::default()
            },
        );
    }
    if y == 2020 {
        year.excuse(
            "klassrumsbesok",
            "2020",
            date(2020, 1, 1),
            "Pandemin: skolorna tog inte emot besök under hösten",
        );
    } else {
        year.simple(date(y, 5, 20), "temadag", 1);
    }
    // Safety walks in spring and autumn.
    for month in [4, 10] {
        let day = year.day_in(y, month);
        year.simple(day, "trygghetsvandring", 1);
    }
}

/// Youth-centre visits about every two to three weeks, closed in July.
fn youth_centre(year: &mut Year, y: i32) {
    let mut day = date(y, 1, 1) + Duration::days(year.rng.range(3, 12) as i64);
    while day.year() == y {
        if day.month() != 7 {
            year.simple(day, "fritidsgard", 1);
        }
        let gap = if year.rng.chance(0.1) {
            year.rng.range(23, 32)
        } else {
            year.rng.range(10, 20)
        };
        day += Duration::days(gap as i64);
    }
    year.excuse(
        "fritidsgard",
        &format!("{y}-07"),
        date(y, 7, 1),
        "Fritidsgården har sommarstängt",
    );
}

/// Evenings and weekends: police presence, and night walks on risk weekends.
fn evenings(year: &mut Year, y: i32) {
    for _ in 0..year.rng.range(14, 19) {
        let month = year.rng.range(1, 12) as u32;
        let mut day = year.day_in(y, month);
        let wanted = if year.rng.chance(0.5) {
            Weekday::Fri
        } else {
            Weekday::Sat
        };
        while day.weekday() != wanted {
            day += Duration::days(1);
        }
        if day.year() != y {
            continue;
        }
        let key = if day.weekday() == Weekday::Sat {
            "helger"
        } else {
            "kvallar"
        };
        year.push(
            day,
            Row {
                measure: "polisnarvaro",
                values: vec![(key, 1.0)],
                ..Row::default()
            },
        );
    }
    let Some(risk) = year.plan.date_set("riskhelger") else {
        return;
    };
    // The set's days of the year, listed or computed by its rules.
    let evenings: Vec<NaiveDate> = NaiveDate::from_ymd_opt(y, 1, 1)
        .into_iter()
        .flat_map(|january| january.iter_days())
        .take_while(|d| d.year() == y)
        .filter(|d| risk.contains(*d))
        .collect();
    for day in evenings {
        if year.rng.chance(0.92) {
            year.simple(day, "nattvandring", 1);
        }
    }
}

/// Extra rows spread over the year, to grow the log for benchmarks.
fn filler(year: &mut Year, y: i32, rows: u64) {
    let measures = ["trafikkontroll", "patrullering", SHIFT_ID, "unga-narkotika"];
    for _ in 0..rows {
        let month = year.rng.range(1, 12) as u32;
        let day = year.day_in(y, month);
        let measure = year.rng.pick(&measures);
        let values = match measure {
            "trafikkontroll" | "patrullering" => vec![("anmalningar", year.rng.range(0, 1) as f64)],
            "unga-narkotika" => vec![("orossamtal", 1.0)],
            _ => Vec::new(),
        };
        year.push(
            day,
            Row {
                measure,
                count: 1,
                values,
                ..Row::default()
            },
        );
    }
}

fn write_folder(out: &Path, years: &BTreeMap<i32, Vec<Activity>>) -> std::io::Result<()> {
    let plans = out.join("plan");
    let logs = out.join("logs");
    fs::create_dir_all(&plans)?;
    fs::create_dir_all(&logs)?;
    fs::write(plans.join(NORSJO_PLAN_FILE), NORSJO_PLAN)?;
    fs::write(
        out.join(".gitattributes"),
        format!("# Two people's appended log rows merge by keeping both.\n{UNION_MERGE}\n"),
    )?;
    for entry in fs::read_dir(&logs)? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "csv") {
            fs::remove_file(path)?;
        }
    }
    for (y, rows) in years {
        let mut file = std::io::BufWriter::new(fs::File::create(logs.join(format!("{y}.csv")))?);
        file.write_all(&csv_bytes(&[], true, WIDTH))?;
        for chunk in rows.chunks(4096) {
            file.write_all(&csv_bytes(chunk, false, WIDTH))?;
        }
        file.flush()?;
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let plan =
        parse_plan(NORSJO_PLAN).map_err(|p| format!("the shipped plan does not parse: {p:?}"))?;
    let (first, last) = (plan.agreement.start.year(), plan.agreement.end.year());
    let mut years = BTreeMap::new();
    let mut base_rows = 0;
    for y in first..=last {
        let mut year = Year {
            plan: &plan,
            rng: Rng(args.seed ^ ((y as u64) << 32)),
            rows: Vec::new(),
        };
        base_year(&mut year, y);
        base_rows += year.rows.len() as u64;
        years.insert(y, year);
    }
    if let Some(wanted) = args.rows {
        let extra = wanted.saturating_sub(base_rows);
        let year_count = u64::from((last - first + 1) as u32);
        for (i, (y, year)) in years.iter_mut().enumerate() {
            let share = extra / year_count + u64::from((i as u64) < extra % year_count);
            filler(year, *y, share);
        }
    }
    let years: BTreeMap<i32, Vec<Activity>> = years
        .into_iter()
        .map(|(y, mut year)| {
            // The log is written in the order rows were recorded.
            year.rows
                .sort_by(|a, b| (&a.recorded_at, &a.id).cmp(&(&b.recorded_at, &b.id)));
            (y, year.rows)
        })
        .collect();
    write_folder(&args.out, &years)?;
    let total: usize = years.values().map(Vec::len).sum();
    println!(
        "wrote {} rows in {} files to {}",
        total,
        years.len(),
        args.out.display()
    );
    Ok(())
}
