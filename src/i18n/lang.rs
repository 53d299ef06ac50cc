//! The languages of the output, and how the locale chooses one.

/// The language of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Swedish.
    Sv,
    /// English.
    #[default]
    En,
    /// English with every catalog message wrapped in `[!! … !!]`: a test
    /// language (`--lang pseudo`, hidden) that shows which sentences come
    /// from the catalog and which do not.
    Pseudo,
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

    /// The language whose words a user types (day words, yes and no):
    /// the pseudo-locale reads English.
    pub fn input(self) -> Lang {
        match self {
            Lang::Sv => Lang::Sv,
            Lang::En | Lang::Pseudo => Lang::En,
        }
    }

    /// The catalog message `id`, which takes no arguments, in this
    /// language: a label, a heading, a word.
    pub fn say(self, id: &'static str) -> String {
        super::catalog::render(self, id, &[])
    }

    /// Picks one of two words a user types (input vocabulary such as
    /// `ja`/`yes`; call it on [`Lang::input`]). Output never uses this: it
    /// comes from the catalog.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En | Lang::Pseudo => en,
        }
    }
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
}
