//! Every user-facing sentence, in the language the user reads.
//!
//! The domain returns data; the edge words it. A sentence is a [`Text`]:
//! a message id of the catalog (`locales/<lang>.ftl`, Project Fluent) with
//! the facts it needs as named arguments, or a verbatim piece of data (a
//! name, a number, a quote). It is rendered with [`Text::get`] in the
//! [`Lang`] chosen from `--lang` or the locale.
//!
//! - [`lang`]: the languages and how the locale chooses one;
//! - [`text`]: [`Text`], its arguments and the `text!` macro;
//! - [`catalog`]: the embedded catalogs and the one function that renders
//!   a message, including the pseudo-locale that wraps every message in
//!   `[!! … !!]` (a test runs the commands in it and finds any sentence
//!   left outside the catalog).
//!
//! Adding a language: a `locales/<code>.ftl` with the same message ids and
//! variables as `en.ftl` (a test checks it), and its line in
//! [`catalog::CATALOGS`]; `--lang` and the locale detection read that
//! table. See CONTRIBUTING.md.

pub mod catalog;
pub mod lang;
pub mod text;

pub use lang::Lang;
pub use text::{Arg, Text};
