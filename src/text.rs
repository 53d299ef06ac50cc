//! Two languages for every user-facing sentence.
//!
//! `loften` speaks Swedish and English. Messages are built where the facts
//! are known (deep in validation, far from the command line), so they carry
//! both wordings in a [`Text`]; the edge picks one with the [`Lang`] chosen
//! from `--lang` or the locale. Keeping both side by side in one `text!` call
//! means a sentence can never exist in one language only.

use std::fmt;

/// The language of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Swedish.
    Sv,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Swedish when a locale string (`sv_SE.UTF-8`, `sv`) names Swedish.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("sv") {
            Lang::Sv
        } else {
            Lang::En
        }
    }

    /// The language that the POSIX locale variables ask for, in their order
    /// of precedence: `LC_ALL`, `LC_MESSAGES`, `LANG`. The first one set and
    /// non-empty decides.
    pub fn from_env_values<'a>(values: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        values
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .map(Lang::from_locale)
            .unwrap_or_default()
    }

    /// Picks one of two wordings.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
}

/// A sentence in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The Swedish wording.
    pub sv: String,
    /// The English wording.
    pub en: String,
}

impl Text {
    /// A text from its two wordings.
    pub fn new(sv: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            sv: sv.into(),
            en: en.into(),
        }
    }

    /// The same words in both languages (a name, a number, a quote).
    pub fn same(both: impl Into<String>) -> Text {
        let both = both.into();
        Text {
            sv: both.clone(),
            en: both,
        }
    }

    /// The wording in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

impl fmt::Display for Text {
    /// English: for logs, panics and tests that do not choose.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// Builds a [`Text`] from a Swedish and an English format string sharing
/// the same arguments: `text!("okänd nyckel {key}", "unknown key {key}")`.
#[macro_export]
macro_rules! text {
    ($sv:literal, $en:literal $(,)?) => {
        $crate::text::Text::new(format!($sv), format!($en))
    };
    ($sv:literal, $en:literal, $($arg:tt)+) => {
        $crate::text::Text::new(format!($sv, $($arg)+), format!($en, $($arg)+))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_swedish_only_for_sv() {
        assert_eq!(Lang::from_locale("sv_SE.UTF-8"), Lang::Sv);
        assert_eq!(Lang::from_locale("SV"), Lang::Sv);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
    }

    #[test]
    fn first_non_empty_locale_variable_wins() {
        assert_eq!(
            Lang::from_env_values([None, Some(""), Some("sv_SE.UTF-8")]),
            Lang::Sv
        );
        assert_eq!(
            Lang::from_env_values([Some("C"), Some("sv_SE.UTF-8")]),
            Lang::En
        );
        assert_eq!(Lang::from_env_values([None, None, None]), Lang::En);
    }

    #[test]
    fn text_macro_formats_both_languages() {
        let key = "frekvensz";
        let t = text!("okänd nyckel {key}", "unknown key {key}");
        assert_eq!(t.get(Lang::Sv), "okänd nyckel frekvensz");
        assert_eq!(t.get(Lang::En), "unknown key frekvensz");
    }
}
