//! The one table style of `loften`, and colour that only people see.
//! Every cell's text is escaped for the terminal ([`crate::terminal`]):
//! the cells hold the plan's and the log's text, which anyone can edit.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ContentArrangement, Table};

use crate::terminal::escaped_line;

/// A table with `loften`'s look and the given header.
pub fn new_table<I, T>(header: I, colour: bool) -> Table
where
    I: IntoIterator<Item = T>,
    T: Into<Cell>,
{
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header);
    if colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// A cell of text, escaped for the terminal, on one line.
pub fn cell(text: impl ToString) -> Cell {
    Cell::new(escaped_line(&text.to_string()))
}

/// A cell, escaped, coloured when `colour` is on.
pub fn coloured(text: impl ToString, colour: Option<Color>, enabled: bool) -> Cell {
    let cell = cell(text);
    match colour {
        Some(c) if enabled => cell.fg(c),
        _ => cell,
    }
}
