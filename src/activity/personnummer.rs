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
//! People and programs spell the number in many ways, and every spelling is
//! found: the digits may be ASCII or fullwidth (`８１１２１８`, as some
//! input methods type them) or another script's decimal digits; between
//! the date and the last four digits there may be a hyphen, any Unicode
//! dash (en and em dash, minus sign, non-breaking hyphen), a `+` (or its
//! fullwidth form), spaces of any kind (NBSP, thin and figure spaces), or
//! a dash with spaces around it; and invisible characters (zero-width
//! space, soft hyphen, word joiner) count for nothing anywhere.
//!
//! Other separators are not: `070-123 45 67` (a phone number), a date
//! `2021-03-02`, a registration number and plain counts pass. The date
//! must be six or eight digits in one run, so a phone number split into
//! groups is never read as one.
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

/// What a character is to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A decimal digit, in any script.
    Digit(u8),
    /// A hyphen, any dash, a minus sign or a plus.
    Dash,
    /// A space of any width.
    Space,
    /// Anything else: ends a number.
    Other,
}

/// The character's class, or `None` for an invisible character that
/// counts for nothing.
fn class(c: char) -> Option<Class> {
    if let Some(d) = decimal_digit(c) {
        return Some(Class::Digit(d));
    }
    Some(match c {
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => return None,
        '-'
        | '+'
        | '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2043}'
        | '\u{fe58}'
        | '\u{fe62}'
        | '\u{fe63}'
        | '\u{ff0b}'
        | '\u{ff0d}' => Class::Dash,
        ' ' | '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Class::Space
        }
        _ => Class::Other,
    })
}

/// The first code point of each run of ten decimal digits that people may
/// type: ASCII, fullwidth, Arabic-Indic, Eastern Arabic-Indic, Devanagari,
/// Bengali, and the mathematical digits.
const DIGIT_ZEROS: [u32; 11] = [
    0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
];

fn decimal_digit(c: char) -> Option<u8> {
    let c = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&c))
        .map(|zero| (c - zero) as u8)
}

/// A character of the text with its byte range.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    class: Class,
}

/// The most separator characters between the date and the last four
/// digits: ` - ` and no more.
const MAX_SEPARATOR: usize = 3;

/// The first personnummer or samordningsnummer in `text`, in any of the
/// spellings of the module's documentation. The number must not be part
/// of a longer run of digits.
pub fn find(text: &str) -> Option<Found> {
    // Ten digits at least: most notes and names are over at once.
    if text.len() < 10
        || text
            .chars()
            .filter(|&c| decimal_digit(c).is_some())
            .nth(9)
            .is_none()
    {
        return None;
    }
    let tokens: Vec<Token> = text
        .char_indices()
        .filter_map(|(start, c)| {
            class(c).map(|class| Token {
                start,
                end: start + c.len_utf8(),
                class,
            })
        })
        .collect();
    let is_digit = |i: usize| {
        matches!(
            tokens.get(i),
            Some(Token {
                class: Class::Digit(_),
                ..
            })
        )
    };
    (0..tokens.len())
        .filter(|&i| is_digit(i) && (i == 0 || !is_digit(i - 1)))
        .find_map(|i| match_at(&tokens, i, 8).or_else(|| match_at(&tokens, i, 6)))
}

/// Whether `text` holds a personnummer or samordningsnummer.
pub fn contains(text: &str) -> bool {
    find(text).is_some()
}

/// A number starting at token `start` whose date part has `date_len`
/// digits (6 for `YYMMDD`, 8 for `YYYYMMDD`).
fn match_at(tokens: &[Token], start: usize, date_len: usize) -> Option<Found> {
    let date = digits_at(tokens, start, date_len)?;
    let mut at = start + date_len;
    let class_at = |i: usize| tokens.get(i).map(|t| t.class);
    let separator_start = at;
    while class_at(at) == Some(Class::Space) {
        at += 1;
    }
    if class_at(at) == Some(Class::Dash) {
        at += 1;
        while class_at(at) == Some(Class::Space) {
            at += 1;
        }
    }
    if at - separator_start > MAX_SEPARATOR {
        return None;
    }
    let serial = digits_at(tokens, at, 4)?;
    let end = at + 4;
    if matches!(class_at(end), Some(Class::Digit(_))) {
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
    luhn_valid(&ten).then_some(Found {
        start: tokens[start].start,
        end: tokens[end - 1].end,
        kind,
    })
}

/// `len` digit tokens at `start`, as numbers 0–9.
fn digits_at(tokens: &[Token], start: usize, len: usize) -> Option<Vec<u8>> {
    tokens
        .get(start..start + len)?
        .iter()
        .map(|t| match t.class {
            Class::Digit(d) => Some(d),
            _ => None,
        })
        .collect()
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
    fn every_spelling_is_found() {
        for text in [
            "811218 9876",
            "811218  9876",
            "811218 - 9876",
            "811218\u{2013}9876",
            "811218\u{2014}9876",
            "811218\u{2212}9876",
            "811218\u{2011}9876",
            "811218\u{2010}9876",
            "811218\u{a0}9876",
            "811218\u{202f}9876",
            "811218\u{2009}9876",
            "８１１２１８-９８７６",
            "８１１２１８\u{ff0d}９８７６",
            "811218+9876",
            "811218\u{ff0b}9876",
            "8112\u{200b}18-98\u{ad}76",
            "19811218 9876",
            "19811218\u{2013}9876",
            "121272 1219",
            "ring ١٢١٢١٢-١٢١٢ nu",
        ] {
            let found = find(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(
                found.end,
                text.len() - text.strip_suffix(" nu").map_or(0, |_| 3),
                "{text:?}"
            );
        }
    }

    #[test]
    fn ordinary_text_passes() {
        for text in [
            "2021-03-02",
            "kontroll \"nykter\", åäö",
            "20210302-101112-ab12cd34",
            "tel 070-123 45 67",
            "5000-K123456-21",
            "tel 070-123 45 67 eller 070 123 45 67",
            "2021-03-02 kl 10:15, 2021-03-02 1015",
            "ABC 123, ABC 12A",
            "3 st, 12 personer, 1 500 kr",
            "811218 x 9876",
            "811218    9876",
            "811218.9876",
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
