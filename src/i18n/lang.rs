//! The languages of the output, and how the locale chooses one.
//!
//! A language is one of the catalogs in [`super::catalog::CATALOGS`]: adding
//! a catalog there adds the language to `--lang` and to the locale
//! detection, with nothing else to change.

use super::catalog::CATALOGS;

/// The language of the output: a catalog, and whether its messages are
/// wrapped for the pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang {
    /// The index of the catalog in [`CATALOGS`].
    catalog: usize,
    /// Whether every message is wrapped in `[!! … !!]`.
    pseudo: bool,
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::EN
    }
}

impl Lang {
    /// Swedish.
    pub const SV: Lang = Lang::of_catalog(0);
    /// English.
    pub const EN: Lang = Lang::of_catalog(1);
    /// English with every catalog message wrapped in `[!! … !!]`: a test
    /// language (`--lang pseudo`, hidden) that shows which sentences come
    /// from the catalog and which do not.
    pub const PSEUDO: Lang = Lang {
        catalog: 1,
        pseudo: true,
    };

    const fn of_catalog(catalog: usize) -> Lang {
        Lang {
            catalog,
            pseudo: false,
        }
    }

    /// The language of a `--lang` value: a catalog's code (`sv`, `en`),
    /// or `pseudo`.
    pub fn from_code(code: &str) -> Option<Lang> {
        if code == "pseudo" {
            return Some(Lang::PSEUDO);
        }
        CATALOGS
            .iter()
            .position(|(c, _)| *c == code)
            .map(Lang::of_catalog)
    }

    /// The codes `--lang` accepts, the pseudo-locale's last.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        CATALOGS.iter().map(|(code, _)| *code).chain(["pseudo"])
    }

    /// The catalog's code: `sv`, `en` (the pseudo-locale's is `en`).
    pub fn code(self) -> &'static str {
        CATALOGS[self.catalog].0
    }

    /// The index of the catalog in [`CATALOGS`].
    pub(super) fn catalog(self) -> usize {
        self.catalog
    }

    /// Whether messages are wrapped for the pseudo-locale.
    pub(super) fn is_pseudo(self) -> bool {
        self.pseudo
    }

    /// The language a locale string (`sv_SE.UTF-8`, `sv`, `C`) names, when
    /// there is a catalog for it; English otherwise.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '.', '-', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::from_code(&language)
            .filter(|lang| !lang.pseudo)
            .unwrap_or_default()
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

    /// The language whose words a user types (day words such as `igår`,
    /// yes and no): Swedish, or English for every other language.
    pub fn input(self) -> Lang {
        if self == Lang::SV { Lang::SV } else { Lang::EN }
    }

    /// Picks one of two words a user types (input vocabulary such as
    /// `ja`/`yes`; call it on [`Lang::input`]). Output never uses this: it
    /// comes from the catalog.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        if self == Lang::SV { sv } else { en }
    }

    /// The catalog message `id`, which takes no arguments, in this
    /// language: a label, a heading, a word.
    pub fn say(self, id: &'static str) -> String {
        super::catalog::render(self, id, &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_swedish_only_for_sv() {
        assert_eq!(Lang::from_locale("sv_SE.UTF-8"), Lang::SV);
        assert_eq!(Lang::from_locale("SV"), Lang::SV);
        assert_eq!(Lang::from_locale("sv"), Lang::SV);
        assert_eq!(Lang::from_locale("C"), Lang::EN);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::EN);
        assert_eq!(Lang::from_locale("svenska"), Lang::EN);
        assert_eq!(Lang::from_locale("fi_FI.UTF-8"), Lang::EN);
        assert_eq!(Lang::from_locale("pseudo"), Lang::EN);
    }

    #[test]
    fn first_non_empty_locale_variable_wins() {
        assert_eq!(
            Lang::from_env_values([None, Some(""), Some("sv_SE.UTF-8")]),
            Lang::SV
        );
        assert_eq!(
            Lang::from_env_values([Some("C"), Some("sv_SE.UTF-8")]),
            Lang::EN
        );
        assert_eq!(Lang::from_env_values([None, None, None]), Lang::EN);
    }

    #[test]
    fn every_catalog_is_a_language_by_its_code() {
        for (i, (code, _)) in CATALOGS.iter().enumerate() {
            let lang = Lang::from_code(code).expect("a catalog's code is a language");
            assert_eq!((lang.catalog, lang.code()), (i, *code));
            assert_eq!(Lang::from_locale(&format!("{code}_XX.UTF-8")), lang);
        }
        assert_eq!(Lang::from_code("pseudo"), Some(Lang::PSEUDO));
        assert_eq!(Lang::from_code("fi"), None);
        let codes: Vec<_> = Lang::codes().collect();
        assert_eq!(codes, ["sv", "en", "pseudo"]);
    }
}
