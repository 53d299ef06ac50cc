//! A user-facing sentence as a value: a catalog message with its facts.
//!
//! Messages are built where the facts are known (deep in validation, far
//! from the command line), so they are values: a message id and named
//! arguments, rendered in one language at the edge by [`Text::get`]. Data
//! that is the same in every language (a measure's name from the plan, a
//! number, a quote of what the user typed) is [`Text::same`].

use std::fmt;

use super::{Lang, catalog};

/// A sentence the user reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(Part);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// A message of the catalog and its arguments.
    Message {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Data, the same in every language.
    Verbatim(String),
}

/// One fact a message needs, named in the catalog as `{ $name }`.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Words, rendered in the same language as the message around them.
    Text(Text),
    /// Data shown as it is (an id, a date, a file name, a formatted number).
    Str(String),
    /// A whole number: shown as digits and chosen on by plural rules
    /// (`{ $count -> [one] … *[other] … }`).
    Int(i64),
}

impl PartialEq for Arg {
    fn eq(&self, other: &Arg) -> bool {
        match (self, other) {
            (Arg::Text(a), Arg::Text(b)) => a == b,
            (Arg::Str(a), Arg::Str(b)) => a == b,
            (Arg::Int(a), Arg::Int(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Arg {}

impl Text {
    /// The catalog message `id` with its named arguments; the `text!` macro
    /// writes this call.
    pub fn message(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text(Part::Message { id, args })
    }

    /// The same words in every language (a name, a number, a quote).
    pub fn same(both: impl Into<String>) -> Text {
        Text(Part::Verbatim(both.into()))
    }

    /// The wording in `lang`.
    pub fn get(&self, lang: Lang) -> String {
        match &self.0 {
            Part::Message { id, args } => catalog::render(lang, id, args),
            Part::Verbatim(text) => text.clone(),
        }
    }

    /// The Swedish wording.
    pub fn sv(&self) -> String {
        self.get(Lang::SV)
    }

    /// The English wording.
    pub fn en(&self) -> String {
        self.get(Lang::EN)
    }

    /// The catalog id of the message: what kind of sentence this is, for
    /// code and tests that must not match words.
    pub fn id(&self) -> Option<&'static str> {
        match &self.0 {
            Part::Message { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The argument `name` of the message, if it has one.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        match &self.0 {
            Part::Message { args, .. } => args.iter().find(|(n, _)| *n == name).map(|(_, a)| a),
            _ => None,
        }
    }
}

impl fmt::Display for Text {
    /// English: for logs, panics and tests that do not choose.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.get(Lang::EN))
    }
}

/// A value that can be a message's argument (strings and numbers, a
/// [`Text`], and references to them).
pub trait AsArg {
    /// The argument.
    fn as_arg(&self) -> Arg;
}

impl<T: AsArg + ?Sized> AsArg for &T {
    fn as_arg(&self) -> Arg {
        (**self).as_arg()
    }
}

impl AsArg for str {
    fn as_arg(&self) -> Arg {
        Arg::Str(self.to_string())
    }
}

impl AsArg for String {
    fn as_arg(&self) -> Arg {
        Arg::Str(self.clone())
    }
}

impl AsArg for Text {
    fn as_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl AsArg for Arg {
    fn as_arg(&self) -> Arg {
        self.clone()
    }
}

impl AsArg for chrono::NaiveDate {
    fn as_arg(&self) -> Arg {
        Arg::Str(self.format("%Y-%m-%d").to_string())
    }
}

macro_rules! whole_number_args {
    ($($t:ty),*) => {$(
        impl AsArg for $t {
            fn as_arg(&self) -> Arg {
                Arg::Int(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}

whole_number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

/// Builds a [`Text`]: a catalog message and its arguments,
/// `text!("test-rows", rows, file = path)` (an argument without
/// `=` is the variable of that name).
#[macro_export]
#[doc(hidden)]
macro_rules! text {
    ($id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::i18n::Text::message(
            $id,
            vec![$((stringify!($name), $crate::text!(@value $name $(= $value)?))),*],
        )
    };
    (@value $name:ident) => {
        $crate::i18n::text::AsArg::as_arg(&$name)
    };
    (@value $name:ident = $value:expr) => {
        $crate::i18n::text::AsArg::as_arg(&$value)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_carries_its_kind_and_facts() {
        let rows = 3_usize;
        let t = text!("test-rows", rows, file = "logs/2021.csv");
        assert_eq!(t.id(), Some("test-rows"));
        assert_eq!(t.arg("rows"), Some(&Arg::Int(3)));
        assert_eq!(t.get(Lang::EN), "3 rows in logs/2021.csv");
        assert_eq!(t.get(Lang::SV), "3 rader i logs/2021.csv");
        let one = text!("test-rows", rows = 1, file = "x");
        assert_eq!(one.get(Lang::EN), "1 row in x");
        assert_eq!(one.get(Lang::SV), "1 rad i x");
    }

    #[test]
    fn words_inside_a_message_are_in_its_language() {
        let inner = text!("test-rows", rows = 2, file = "x");
        let t = text!("test-wrap", inner);
        assert_eq!(t.get(Lang::SV), "fel: 2 rader i x");
        assert_eq!(t.get(Lang::PSEUDO), "[!! error: [!! 2 rows in x !!] !!]");
        assert_eq!(Text::same("ankaret").get(Lang::PSEUDO), "ankaret");
    }
}
