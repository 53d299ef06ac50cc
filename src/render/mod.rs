//! Presentation: tables for people and JSON for programs, rendered from the
//! values the commands computed. No domain rules live here.

pub mod status;
pub mod table;

use std::io::Write;

use serde::Serialize;

use crate::error::Error;

/// Writes `value` as pretty JSON and a newline to `out`.
pub fn write_json(out: &mut impl Write, value: &impl Serialize) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| Error::Output(e.into()))?;
    writeln!(out)?;
    Ok(())
}
