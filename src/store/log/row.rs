//! One log row as CSV fields and back: the column contract of
//! [`COLUMNS`] applied to an [`Activity`].
//!
//! Pure: fields in, a typed row or a message out; a row in, bytes out. The
//! file handling is in `read` and `append`.

use crate::activity::validate::{bad_value, parse_count};
use crate::activity::{
    Activity, COLUMNS, RowKind, RowRef, format_values, parse_date, read_values, trimmed,
};
use crate::i18n::Text;
use crate::text;

/// The number of columns of a row.
pub const WIDTH: usize = COLUMNS.len();

#[cfg(test)]
/// Builds a typed row from its fields, in [`COLUMNS`] order. The caller
/// checks that there are [`WIDTH`] of them (or [`crate::activity::LEGACY_WIDTH`], the
/// columns before `until` and `answers`, which are then empty).
pub fn parse_fields(fields: &[&str]) -> Result<Activity, Text> {
    parse_row(fields).map(|row| row.to_activity())
}

/// Checks a row's fields and views them typed, without copying the text:
/// the one parser of a log row, for the owned [`Activity`] and for the
/// tally's fast path alike.
pub fn parse_row<'a>(fields: &[&'a str]) -> Result<RowRef<'a>, Text> {
    let [
        id,
        date,
        measure,
        count,
        target,
        values,
        who,
        place,
        note,
        recorded_at,
        voids,
        excuses,
        rest @ ..,
    ] = fields
    else {
        let n = fields.len();
        return Err(text!("log-file-row-width", n, width = WIDTH));
    };
    if trimmed(id).is_empty() {
        return Err(text!("log-file-row-no-id"));
    }
    if trimmed(measure).is_empty() {
        return Err(text!("log-file-row-no-measure"));
    }
    let date = parse_date(trimmed(date))
        .ok_or_else(|| text!("log-file-date-not-a-date", date = format!("{date:?}")))?;
    let count = if trimmed(count).is_empty() {
        1
    } else {
        parse_count(count)?
    };
    let (until, answers) = match rest {
        [] => ("", ""),
        [until, answers] => (*until, *answers),
        _ => {
            let n = fields.len();
            return Err(text!("log-file-row-width", n, width = WIDTH));
        }
    };
    let until = match non_empty(until) {
        None => None,
        Some(text) => Some(
            parse_date(text)
                .ok_or_else(|| text!("log-file-until-not-a-date", text = format!("{text:?}")))?,
        ),
    };
    if let Some(last) = until
        && last < date
    {
        return Err(text!("log-file-until-before-date", last, date));
    }
    let values = read_values(values).map_err(|pair| {
        // A number too large, or a personnummer: say which.
        let of_a_kind = pair
            .split_once('=')
            .filter(|(key, _)| !key.is_empty())
            .and_then(|(key, value)| bad_value(key, value));
        of_a_kind.unwrap_or_else(|| text!("log-file-values-bad-pair", pair = format!("{pair:?}")))
    })?;
    Ok(RowRef {
        id: trimmed(id),
        date,
        measure: trimmed(measure),
        count,
        target: non_empty(target),
        values,
        who,
        place,
        note,
        recorded_at,
        voids: non_empty(voids),
        excuses: non_empty(excuses),
        // A span of one day is a day.
        until: until.filter(|last| *last > date),
        answers: non_empty(answers),
    })
}

fn non_empty(field: &str) -> Option<&str> {
    let field = trimmed(field);
    (!field.is_empty()).then_some(field)
}

/// The row's fields in [`COLUMNS`] order. Voids and excuses count nothing,
/// so their `count` is empty.
pub fn to_fields(row: &Activity) -> [String; WIDTH] {
    let count = match row.kind() {
        RowKind::Void | RowKind::Excuse => String::new(),
        RowKind::Activity | RowKind::Shift => row.count.to_string(),
    };
    [
        row.id.clone(),
        row.date.format("%Y-%m-%d").to_string(),
        row.measure.clone(),
        count,
        row.target.clone().unwrap_or_default(),
        format_values(&row.values),
        row.who.clone(),
        row.place.clone(),
        row.note.clone(),
        row.recorded_at.clone(),
        row.voids.clone().unwrap_or_default(),
        row.excuses.clone().unwrap_or_default(),
        row.until
            .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string()),
        row.answers.clone().unwrap_or_default(),
    ]
}

/// Rows as CSV bytes, RFC 4180 quoting (only where needed), each row
/// ending in `\n`, with the header first when `header` is set: the first
/// `width` columns ([`WIDTH`], or `LEGACY_WIDTH` for a file written
/// before `until` and `answers`, whose rows leave them out).
pub fn csv_bytes(rows: &[Activity], header: bool, width: usize) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; the csv writer's errors are I/O errors.
    let mut write = |fields: &[&str]| {
        let _ = writer.write_record(fields);
    };
    if header {
        write(&COLUMNS[..width]);
    }
    for row in rows {
        let fields = to_fields(row);
        let fields: Vec<&str> = fields.iter().take(width).map(String::as_str).collect();
        write(&fields);
    }
    writer
        .into_inner()
        .unwrap_or_else(|e| e.into_inner().get_ref().clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Arg;
    use chrono::NaiveDate;

    fn row() -> Activity {
        Activity {
            id: "20210302-101112-0123abcd".into(),
            date: NaiveDate::from_ymd_opt(2021, 3, 2).unwrap(),
            measure: "trafikkontroll".into(),
            count: 3,
            target: None,
            values: vec![("anmalningar".into(), 2.0), ("beslag".into(), 12.5)],
            who: "Bo S".into(),
            place: String::new(),
            note: "kontroll \"nykter\", åäö\nrad två".into(),
            recorded_at: "2021-03-02T10:11:12+01:00".into(),
            voids: None,
            excuses: None,
            until: None,
            answers: None,
        }
    }

    #[test]
    fn a_row_round_trips_through_csv() {
        let bytes = csv_bytes(&[row()], true, WIDTH);
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.starts_with(
            "id,date,measure,count,target,values,who,place,note,recorded_at,voids,excuses,until,answers\n"
        ));
        assert!(text.contains(",\"kontroll \"\"nykter\"\", åäö\nrad två\","));
        assert!(text.ends_with('\n'));
        let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
        let record = reader.records().next().unwrap().unwrap();
        let fields: Vec<&str> = record.iter().collect();
        assert_eq!(parse_fields(&fields), Ok(row()));
    }

    #[test]
    fn voids_have_an_empty_count() {
        let mut void = row();
        void.voids = Some("x".into());
        assert_eq!(to_fields(&void)[3], "");
        let fields = to_fields(&void);
        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
        assert_eq!(parse_fields(&fields).unwrap().count, 1);
    }

    #[test]
    fn bad_fields_say_what_is_wrong() {
        let good = to_fields(&row());
        let with = |i: usize, value: &str| {
            let mut fields: Vec<&str> = good.iter().map(String::as_str).collect();
            fields[i] = value;
            parse_fields(&fields).unwrap_err().id()
        };
        assert_eq!(with(0, ""), Some("log-file-row-no-id"));
        assert_eq!(with(1, "2021-02-30"), Some("log-file-date-not-a-date"));
        assert_eq!(with(2, " "), Some("log-file-row-no-measure"));
        assert_eq!(with(3, "2.5"), Some("row-count-not-whole"));
        assert_eq!(with(3, "0"), Some("row-count-not-whole"));
        assert_eq!(with(5, "beslag=mycket"), Some("log-file-values-bad-pair"));
        let short = parse_fields(&["a", "b"]).unwrap_err();
        assert_eq!(short.id(), Some("log-file-row-width"));
        assert_eq!(short.arg("n"), Some(&Arg::Int(2)));
    }
}
