//! Presentation: tables for people and JSON for programs, rendered from the
//! values the commands computed. No domain rules live here.
//!
//! - [`status`], [`table`]: the terminal tables of `status`;
//! - [`export`]: the [`export::Exporter`] trait of `loften export` and the
//!   activities columns; its formats [`csv_export`], [`json_export`] and
//!   [`xlsx`];
//! - [`safe_json`]: JSON whose strings are safe on a terminal;
//! - [`html`], [`markdown`]: the yearly report of `loften report`, both
//!   rendered from [`crate::report::Report`].

pub mod csv_export;
pub mod export;
pub mod html;
pub mod json_export;
pub mod markdown;
pub mod safe_json;
pub mod status;
pub mod table;
pub mod xlsx;

use std::io::{self, Write};

use serde::Serialize;

use crate::error::Error;

/// Writes `value` as pretty JSON and a newline to `out`, safe on a
/// terminal ([`safe_json`]).
pub fn write_json(out: &mut impl Write, value: &impl Serialize) -> Result<(), Error> {
    // Buffered: a locked stdout writes at every newline, and pretty JSON
    // has one per field.
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    safe_json::to_writer_pretty(&mut out, value).map_err(Error::Output)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}
