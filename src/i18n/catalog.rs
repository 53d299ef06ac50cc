//! The message catalogs, embedded in the binary, and rendering a message.
//!
//! Each language is one Project Fluent file in `locales/`: whole sentences
//! with named variables and CLDR plural selectors. The files are parsed
//! once, on first use. Tests here check that every catalog has the same
//! message ids with the same variables, and that every id the code names
//! is in the catalogs.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang};
use crate::fast_hash::FxBuild;

/// The catalogs: a language code and its Fluent source. Adding a language
/// is its `.ftl` file and a line here; `--lang` and the locale detection
/// take it from this table. The first two are Swedish and English
/// ([`Lang::SV`], [`Lang::EN`]).
pub const CATALOGS: &[(&str, &str)] = &[
    ("sv", include_str!("../../locales/sv.ftl")),
    ("en", include_str!("../../locales/en.ftl")),
];

/// The Fluent source of the catalog that `lang` reads.
pub fn source(lang: Lang) -> &'static str {
    CATALOGS[lang.catalog()].1
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; CATALOGS.len()] =
        [const { OnceLock::new() }; CATALOGS.len()];
    BUNDLES[lang.catalog()].get_or_init(|| build(lang.code(), source(lang)))
}

fn build(code: &str, source: &'static str) -> Bundle {
    let language = code.parse().expect("a language code");
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // No Unicode isolation marks around arguments: they would show in
    // terminals, files and tests as invisible characters.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{code}.ftl does not parse: {errors:?}"));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("locales/{code}.ftl repeats an id: {errors:?}"));
    bundle
}

/// An argument as the message sees it: words already rendered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Value {
    Str(String),
    Int(i64),
}

/// A message asked for: its language, id and arguments.
type Asked = (Lang, String, Vec<(&'static str, Value)>);

/// How many messages [`RENDERED`] keeps on a thread before it starts
/// again.
const KEPT: usize = 4096;

thread_local! {
    /// The messages rendered on this thread. A status table of a thousand
    /// measures says the same few hundred things (a state, a period, "2
    /// more") a thousand times, and Fluent takes microseconds a message.
    static RENDERED: std::cell::RefCell<HashMap<Asked, String, FxBuild>> =
        std::cell::RefCell::new(HashMap::default());
}

/// Message `id` in `lang` with `args`; in the pseudo-locale wrapped in
/// `[!! … !!]`. An id missing from the catalog renders as the id itself
/// (a test keeps that from shipping).
pub fn render(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let values = args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Text(text) => Value::Str(text.get(lang)),
                Arg::Str(text) => Value::Str(text.clone()),
                Arg::Int(number) => Value::Int(*number),
            };
            (*name, value)
        })
        .collect();
    let asked = (lang, id.to_string(), values);
    if let Some(text) = RENDERED.with_borrow(|rendered| rendered.get(&asked).cloned()) {
        return text;
    }
    let text = format(lang, id, &asked.2);
    RENDERED.with_borrow_mut(|rendered| {
        if rendered.len() >= KEPT {
            rendered.clear();
        }
        rendered.insert(asked, text.clone());
    });
    text
}

/// [`render`] by Fluent.
fn format(lang: Lang, id: &str, values: &[(&'static str, Value)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "message {id} is not in locales/{}.ftl", lang.code());
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in values {
        let value = match value {
            Value::Str(text) => FluentValue::from(text.as_str()),
            Value::Int(number) => FluentValue::from(*number),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
    if lang.is_pseudo() {
        format!("[!! {text} !!]")
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use fluent_syntax::ast;

    use super::*;
    use crate::i18n::Text;

    /// A message rendered again is the same, and is told apart from the
    /// same message in another language or with other arguments, also
    /// past the number of messages kept.
    #[test]
    fn messages_rendered_again_are_the_same_and_apart_from_others() {
        let more = |lang, n| render(lang, "status-needed-more", &[("needed", Arg::Int(n))]);
        assert_eq!(more(Lang::SV, 2), "2 till");
        assert_eq!(more(Lang::SV, 2), "2 till");
        assert_eq!(more(Lang::EN, 2), "2 more");
        assert_eq!(more(Lang::SV, 3), "3 till");
        for n in 0..(KEPT as i64 + 10) {
            assert_eq!(more(Lang::EN, n), format!("{n} more"));
        }
        assert_eq!(more(Lang::SV, 2), "2 till");
        let words = |lang| {
            let inner = Text::message("status-needed-more", vec![("needed", Arg::Int(4))]);
            render(
                lang,
                "status-needed-out-of-reach",
                &[("words", Arg::Text(inner))],
            )
        };
        assert_eq!(words(Lang::SV), "4 till (går inte att nå)");
        assert_eq!(words(Lang::EN), "4 more (out of reach)");
    }

    /// Each message id of a catalog and the variables its value and
    /// selectors name.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source).expect("the catalog parses");
        let mut messages = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                messages.insert(message.id.name.to_string(), variables);
            }
        }
        messages
    }

    fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for variant in variants {
                    pattern_variables(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out)
            }
            _ => {}
        }
    }

    #[test]
    fn every_catalog_has_the_same_ids_and_variables() {
        let english = messages(source(Lang::EN));
        assert!(!english.is_empty());
        for (code, source) in CATALOGS {
            let catalog = messages(source);
            let only_here: Vec<_> = catalog
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            let missing: Vec<_> = english
                .keys()
                .filter(|k| !catalog.contains_key(*k))
                .collect();
            assert!(only_here.is_empty(), "only in {code}.ftl: {only_here:?}");
            assert!(missing.is_empty(), "missing from {code}.ftl: {missing:?}");
            for (id, variables) in &english {
                assert_eq!(
                    &catalog[id], variables,
                    "message {id}: the variables of {code}.ftl differ from en.ftl"
                );
            }
        }
    }

    #[test]
    fn every_catalog_loads_without_errors() {
        for lang in [Lang::SV, Lang::EN] {
            let source = source(lang);
            let resource = FluentResource::try_new(source.to_string());
            assert!(resource.is_ok(), "{:?}", resource.err().map(|e| e.1));
            assert!(bundle(lang).has_message("test-rows"));
        }
    }

    /// Every `text!("id"` and `say("id"` in the sources names a message of
    /// the catalog, and every message is named somewhere.
    #[test]
    fn the_code_and_the_catalog_name_the_same_ids() {
        let english = messages(source(Lang::EN));
        let mut named = BTreeSet::new();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src/ reads") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let code = std::fs::read_to_string(&path).expect("a source file");
                    for id in ids_named_in(&code) {
                        named.insert((id, path.display().to_string()));
                    }
                }
            }
        }
        let unknown: Vec<_> = named
            .iter()
            .filter(|(id, _)| !english.contains_key(id))
            .collect();
        assert!(unknown.is_empty(), "ids not in the catalog: {unknown:?}");
        let unused: Vec<_> = english
            .keys()
            .filter(|id| !named.iter().any(|(n, _)| n == *id))
            .collect();
        assert!(unused.is_empty(), "messages no code names: {unused:?}");
    }

    /// The ids in `text!("id"…)` and `tr("id")`-style calls of a source
    /// file: a string literal of lower-case words joined by `-`.
    fn ids_named_in(code: &str) -> Vec<String> {
        let mut ids = Vec::new();
        // rustfmt may break a long call after its `(`: the id is the first
        // string literal after the opener and any whitespace.
        for opener in ["text!(", "say("] {
            let mut rest = code;
            while let Some(at) = rest.find(opener) {
                rest = &rest[at + opener.len()..];
                let Some(quoted) = rest.trim_start().strip_prefix('"') else {
                    continue;
                };
                rest = quoted;
                let end = rest.find('"').unwrap_or(0);
                let id = &rest[..end];
                if is_message_id(id) {
                    ids.push(id.to_string());
                }
            }
        }
        ids
    }

    fn is_message_id(candidate: &str) -> bool {
        !candidate.is_empty()
            && candidate.contains('-')
            && candidate
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }
}
