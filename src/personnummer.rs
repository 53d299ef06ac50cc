//! Finding a Swedish personnummer or samordningsnummer in free text, so that
//! `loften log` can refuse it and `loften check` can find it in old rows.
//!
//! The logs are plain text on shared folders; identities belong in the case
//! systems. A personnummer is written `YYMMDD-NNNC` or `YYYYMMDD-NNNC`: a
//! birth date, an optional `-` or `+` (`+` for people over 100), three
//! digits and a check digit. A samordningsnummer is the same with 60 added
//! to the day. The check digit is Luhn's over the ten digits `YYMMDDNNNC`,
//! with weights 2, 1, 2, 1, ...
//!
//! Pure: text in, the position of the first number found out.

use chrono::NaiveDate;

/// Which kind of number was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A personnummer: the day is the day of birth.
    Personnummer,
    /// A samordningsnummer (coordination number): the day plus 60.
    Samordningsnummer,
}

/// A number found in a text, by byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The first byte of the number in the text.
    pub start: usize,
    /// The byte after the number.
    pub end: usize,
    /// Which kind of number it is.
    pub kind: Kind,
}

/// Whether the last of `digits` is the Luhn check digit of the ones before
/// it, weighting from the first digit 2, 1, 2, 1, ... (the personnummer
/// rule over `YYMMDDNNNC`).
pub fn luhn_valid(digits: &[u8; 10]) -> bool {
    let sum: u32 = digits[..9]
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let product = u32::from(d) * if i % 2 == 0 { 2 } else { 1 };
            product / 10 + product % 10
        })
        .sum();
    (10 - sum % 10) % 10 == u32::from(digits[9])
}

/// The first personnummer or samordningsnummer in `text`, if any. The
/// number must not be part of a longer run of digits.
pub fn find(text: &str) -> Option<Found> {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()))
        .find_map(|i| match_at(bytes, i, 8).or_else(|| match_at(bytes, i, 6)))
}

/// Whether `text` holds a personnummer or samordningsnummer.
pub fn contains(text: &str) -> bool {
    find(text).is_some()
}

/// A number starting at `start` whose date part has `date_len` digits (6
/// for `YYMMDD`, 8 for `YYYYMMDD`).
fn match_at(bytes: &[u8], start: usize, date_len: usize) -> Option<Found> {
    let date = digits_at(bytes, start, date_len)?;
    let mut at = start + date_len;
    if matches!(bytes.get(at), Some(b'-' | b'+')) {
        at += 1;
    }
    let serial = digits_at(bytes, at, 4)?;
    let end = at + 4;
    if bytes.get(end).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let two = |i: usize| u32::from(date[i]) * 10 + u32::from(date[i + 1]);
    let six = date_len - 6;
    let century = (date_len == 8).then(|| two(0) as i32);
    let (yy, month, day) = (two(six) as i32, two(six + 2), two(six + 4));
    let kind = date_kind(century, yy, month, day)?;
    let mut ten = [0u8; 10];
    ten[..6].copy_from_slice(&date[date_len - 6..]);
    ten[6..].copy_from_slice(&serial);
    luhn_valid(&ten).then_some(Found { start, end, kind })
}

/// `len` ASCII digits at `start`, as numbers 0–9.
fn digits_at(bytes: &[u8], start: usize, len: usize) -> Option<Vec<u8>> {
    let slice = bytes.get(start..start + len)?;
    slice
        .iter()
        .all(u8::is_ascii_digit)
        .then(|| slice.iter().map(|b| b - b'0').collect())
}

/// Whether the date part names a real day: a personnummer's day, or a
/// samordningsnummer's day plus 60. With only two digits of the year, 29
/// February is allowed in years divisible by four (19YY and 20YY agree on
/// leap years except 1900/2000, where one of them is a leap year).
fn date_kind(century: Option<i32>, yy: i32, month: u32, day: u32) -> Option<Kind> {
    let (kind, day) = match day {
        1..=31 => (Kind::Personnummer, day),
        61..=91 => (Kind::Samordningsnummer, day - 60),
        _ => return None,
    };
    let year = match century {
        Some(c) => c * 100 + yy,
        // A year that is a leap year exactly when 19YY or 20YY can be one.
        None if yy % 4 == 0 => 2000,
        None => 2001,
    };
    NaiveDate::from_ymd_opt(year, month, day).map(|_| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ten(s: &str) -> [u8; 10] {
        let mut out = [0u8; 10];
        for (o, b) in out.iter_mut().zip(s.bytes()) {
            *o = b - b'0';
        }
        out
    }

    #[test]
    fn luhn_check_digit() {
        for valid in ["1212121212", "8112189876", "1010101010", "0001010008"] {
            assert!(luhn_valid(&ten(valid)), "{valid}");
        }
        for invalid in ["1212121213", "8112189875", "1010101011", "0000000001"] {
            assert!(!luhn_valid(&ten(invalid)), "{invalid}");
        }
    }

    #[test]
    fn finds_the_test_numbers() {
        assert!(contains("121212-1212"));
        assert!(contains("191212121212"));
        assert!(contains("19121212-1212"));
        assert!(contains("1212121212"));
        assert!(contains("121212+1212"));
        assert!(contains("ring 811218-9876, ok"));
        assert!(!contains("121212-1213"));
        assert!(!contains("191212121213"));
    }

    #[test]
    fn reports_where_and_what() {
        let text = "samtal med 811218-9876 idag";
        let found = find(text).unwrap();
        assert_eq!(&text[found.start..found.end], "811218-9876");
        assert_eq!(found.kind, Kind::Personnummer);
    }

    #[test]
    fn samordningsnummer_adds_sixty_to_the_day() {
        // 1212(12+60) = 121272, check digit computed by Luhn.
        let found = find("121272-1219").unwrap();
        assert_eq!(found.kind, Kind::Samordningsnummer);
        assert!(!contains("121272-1212"));
        // Day 92 (32 + 60) is no day.
        assert!(!contains("121292-1210"));
    }

    #[test]
    fn not_part_of_a_longer_number() {
        assert!(!contains("01212121212"));
        assert!(!contains("1212121212123"));
        assert!(!contains("x121212-12120"));
        assert!(contains("x121212-1212y"));
    }

    #[test]
    fn the_date_must_exist() {
        // Month 13 and day 32 with otherwise valid check digits.
        assert!(!contains("121312-1211"));
        assert!(!contains("121232-1218"));
        // 29 February only in leap years: 2000 is one, 1900 is not.
        let leap = with_check("000229123");
        assert!(contains(&leap));
        assert!(contains(&format!("20{leap}")));
        assert!(!contains(&format!("19{leap}")));
        assert!(!contains(&with_check("010229123")));
        assert!(!contains(&with_check("010230123")));
        assert!(contains(&with_check("040229123")));
    }

    #[test]
    fn ordinary_text_passes() {
        for text in [
            "2021-03-02",
            "kontroll \"nykter\", åäö",
            "20210302-101112-ab12cd34",
            "tel 070-123 45 67",
            "5000-K123456-21",
            "",
        ] {
            assert!(!contains(text), "{text}");
        }
    }

    /// Nine digits and their Luhn check digit.
    fn with_check(nine: &str) -> String {
        (0..10)
            .map(|c| format!("{nine}{c}"))
            .find(|s| luhn_valid(&ten(s)))
            .unwrap()
    }
}
