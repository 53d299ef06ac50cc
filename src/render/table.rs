//! The one table style of `loften`, colour that only people see, and how a
//! table is fitted to the width it is shown in. Every cell's text is
//! escaped for the terminal ([`crate::terminal`]): the cells hold the plan's
//! and the log's text, which anyone can edit.
//!
//! The width rule (also in the README): `--wide` shows every column at its
//! full width; otherwise a `COLUMNS` variable holding a number sets the
//! width; otherwise a terminal's own width is used; otherwise (output piped
//! to a file or a program) every column is shown at its full width, so
//! scripts and snapshots see the same text whatever window ran them.
//!
//! Fitted to a width, a table hides the columns that are empty in every
//! row, then drops columns in the order its renderer gives (the least
//! needed first) until it fits, and at last wraps text inside its cells.
//! Below [`COMPACT_BELOW`] columns the status views switch to a compact
//! layout of one line per measure.
//!
//! A table shown in full and without colour (the usual case when the
//! output goes to a file or a program) is laid out here directly
//! ([`full_text`]), in exactly the text comfy-table gives it: a status of a
//! thousand measures is ten thousand cells, which comfy-table measures,
//! copies and pads several times over. Anything else (a width to fit,
//! colour) is laid out by comfy-table.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ContentArrangement, Table};

use unicode_width::UnicodeWidthStr;

use crate::terminal::escaped_line;
/// Below this many columns the status views use their compact layout.
pub const COMPACT_BELOW: usize = 100;

/// The width a table is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Every column at its full width (`--wide`, or output piped without
    /// `COLUMNS`).
    Full,
    /// Fitted to this many columns.
    Fit(usize),
}

impl Width {
    /// The width by the rule above, from `--wide`, the value of `COLUMNS`
    /// and the terminal's width (`None` when not a terminal).
    pub fn choose(wide: bool, columns: Option<&str>, terminal: Option<u16>) -> Width {
        if wide {
            return Width::Full;
        }
        if let Some(n) = columns
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|n| *n > 0)
        {
            return Width::Fit(n);
        }
        match terminal {
            Some(n) if n > 0 => Width::Fit(usize::from(n)),
            _ => Width::Full,
        }
    }

    /// The width for this process's standard output.
    pub fn of_stdout(wide: bool) -> Width {
        let columns = std::env::var("COLUMNS").ok();
        // comfy-table knows the terminal's width when stdout is one.
        let terminal = Table::new().width();
        Width::choose(wide, columns.as_deref(), terminal)
    }

    /// Whether the compact layout of one line per measure is wanted.
    pub fn is_compact(self) -> bool {
        matches!(self, Width::Fit(n) if n < COMPACT_BELOW)
    }
}

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

/// A cell of a [`Column`]: its text, escaped, and its colour when colour
/// is on. Kept as plain text (comfy-table's own cell splits its text
/// into lines and copies them) until comfy-table lays the table out.
#[derive(Debug, Clone)]
pub struct TableCell {
    text: String,
    colour: Option<Color>,
}

impl TableCell {
    /// The cell as comfy-table takes it.
    fn to_comfy(&self) -> Cell {
        let cell = Cell::new(&self.text);
        match self.colour {
            Some(c) => cell.fg(c),
            None => cell,
        }
    }
}

/// A cell of text, escaped for the terminal, on one line.
pub fn cell(text: impl ToString) -> TableCell {
    TableCell {
        text: escaped_line(&text.to_string()).into_owned(),
        colour: None,
    }
}

/// A cell, escaped, coloured when `colour` is on.
pub fn coloured(text: impl ToString, colour: Option<Color>, enabled: bool) -> TableCell {
    TableCell {
        colour: colour.filter(|_| enabled),
        ..cell(text)
    }
}

/// One column of a table to fit: its header, its cells top to bottom, and
/// when it may be dropped (`Some(1)` goes first; `None` never).
pub struct Column {
    header: String,
    cells: Vec<TableCell>,
    drop_rank: Option<u8>,
}

impl Column {
    /// The same column without its cells, to be filled with other rows.
    pub fn emptied(&self) -> Column {
        Column {
            header: self.header.clone(),
            cells: Vec::new(),
            drop_rank: self.drop_rank,
        }
    }

    /// A column that is always kept.
    pub fn kept(header: impl Into<String>) -> Column {
        Column {
            header: header.into(),
            cells: Vec::new(),
            drop_rank: None,
        }
    }

    /// A column dropped, when the table is too wide, with rank `rank`
    /// (lower ranks are dropped first).
    pub fn droppable(header: impl Into<String>, rank: u8) -> Column {
        Column {
            drop_rank: Some(rank),
            ..Column::kept(header)
        }
    }

    /// Adds the next row's cell.
    pub fn push(&mut self, cell: TableCell) {
        self.cells.push(cell);
    }

    /// Whether every cell is empty (or a bare 0 when `zero_is_empty`).
    fn is_empty(&self, zero_is_empty: bool) -> bool {
        self.cells.iter().all(|c| {
            let text = c.text.trim();
            text.is_empty() || (zero_is_empty && text == "0")
        })
    }
}

/// The text of a table of `columns` shown at `width`: in full, or with
/// empty columns hidden (a count of 0 is empty when `zero_is_empty`),
/// columns dropped by rank, and cell text wrapped until it fits.
pub fn fitted_table(
    columns: Vec<Column>,
    width: Width,
    zero_is_empty: bool,
    colour: bool,
) -> String {
    let keep = fitting(&columns, width, zero_is_empty);
    masked_table(columns, &keep, width, colour)
}

/// Which of `columns` to keep at `width` (see [`fitted_table`]); several
/// tables that should show the same columns (the groups of the status)
/// decide once on all their rows and share the answer. The columns are
/// measured once, however many are dropped (a plan of a thousand
/// measures makes a table of a thousand rows), by what a reader sees:
/// colour codes take no room.
pub fn fitting(columns: &[Column], width: Width, zero_is_empty: bool) -> Vec<bool> {
    let mut keep: Vec<bool> = columns
        .iter()
        .map(|c| width == Width::Full || c.drop_rank.is_none() || !c.is_empty(zero_is_empty))
        .collect();
    let Width::Fit(limit) = width else {
        return keep;
    };
    let all: Vec<&Column> = columns.iter().collect();
    let widths = column_widths(&all);
    loop {
        if natural_width(&widths, &keep) <= limit {
            return keep;
        }
        let Some(victim) = columns
            .iter()
            .enumerate()
            .filter(|(i, _)| keep[*i])
            .filter_map(|(i, c)| c.drop_rank.map(|r| (r, i)))
            .min()
            .map(|(_, i)| i)
        else {
            return keep;
        };
        keep[victim] = false;
    }
}

/// Whether the `columns` marked in `keep` fit in `width` without wrapping
/// any cell.
pub fn fits(columns: &[Column], keep: &[bool], width: Width) -> bool {
    let Width::Fit(limit) = width else {
        return true;
    };
    let all: Vec<&Column> = columns.iter().collect();
    natural_width(&column_widths(&all), keep) <= limit
}

/// The text of the table of the `columns` marked in `keep`, wrapped to
/// `width`.
pub fn masked_table(columns: Vec<Column>, keep: &[bool], width: Width, colour: bool) -> String {
    let refs: Vec<&Column> = columns
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(c, _)| c)
        .collect();
    if width == Width::Full
        && !colour
        && let Some(text) = full_text(&refs)
    {
        return text;
    }
    let mut table = assemble(&refs, colour);
    if let Width::Fit(limit) = width {
        table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(limit).unwrap_or(u16::MAX));
    }
    table.to_string()
}

/// The text comfy-table gives `columns` in full, in `loften`'s style and
/// without colour, laid out directly: every column as wide as its widest
/// line (at least 1), one space either side; a cell's lines one under the
/// other, a shorter cell filled with spaces. `None` when there is no
/// column, or one too wide for comfy-table's widths (left to it).
fn full_text(columns: &[&Column]) -> Option<String> {
    if columns.is_empty() {
        return None;
    }
    // Each cell as its lines with their widths; the header is row 0.
    let rows = columns[0].cells.len();
    let widths = column_widths(columns);
    if widths.iter().any(|w| *w > usize::from(u16::MAX) - 2) {
        return None;
    }
    let rule = |left: &str, line: &str, middle: &str, right: &str| {
        let parts: Vec<String> = widths.iter().map(|w| line.repeat(w + 2)).collect();
        format!("{left}{}{right}", parts.join(middle))
    };
    let mut out = rule("┌", "─", "┬", "┐");
    // The lines of each cell of a row, side by side.
    let mut lines: Vec<std::str::Split<'_, char>> = Vec::with_capacity(columns.len());
    for row in 0..=rows {
        lines.clear();
        lines.extend(columns.iter().map(|c| text_of(c, row).split('\n')));
        let mut first = true;
        loop {
            let parts: Vec<Option<&str>> = lines.iter_mut().map(Iterator::next).collect();
            if !first && parts.iter().all(Option::is_none) {
                break;
            }
            first = false;
            out.push_str("\n│");
            for (i, (part, width)) in parts.iter().zip(&widths).enumerate() {
                if i > 0 {
                    out.push('┆');
                }
                let text = part.unwrap_or_default();
                out.push(' ');
                out.push_str(text);
                out.extend(std::iter::repeat_n(' ', width - text.width() + 1));
            }
            out.push('│');
        }
        if row == 0 {
            out.push('\n');
            out.push_str(&rule("╞", "═", "╪", "╡"));
        }
    }
    out.push('\n');
    out.push_str(&rule("└", "─", "┴", "┘"));
    Some(out)
}

fn assemble(columns: &[&Column], colour: bool) -> Table {
    let mut table = new_table(columns.iter().map(|c| c.header.clone()), colour);
    let rows = columns.first().map_or(0, |c| c.cells.len());
    for row in 0..rows {
        table.add_row(columns.iter().map(|c| c.cells[row].to_comfy()));
    }
    table
}

/// How wide the columns of `widths` marked in `keep` are laid out in full,
/// borders and padding included (0 for none): comfy-table's width for them.
fn natural_width(widths: &[usize], keep: &[bool]) -> usize {
    // Each column: its text, a space either side and a border after it;
    // then the border before the first.
    let kept = widths.iter().zip(keep).filter(|(_, k)| **k);
    match kept.map(|(w, _)| w + 3).sum::<usize>() {
        0 => 0,
        sum => sum + 1,
    }
}

/// The header (row 0), or a cell.
fn text_of(column: &Column, row: usize) -> &str {
    match row {
        0 => &column.header,
        _ => &column.cells[row - 1].text,
    }
}

/// How wide each of `columns` is laid out in full: its widest line of
/// header or cell, as the terminal shows it (at least 1).
fn column_widths(columns: &[&Column]) -> Vec<usize> {
    columns
        .iter()
        .map(|column| {
            (0..=column.cells.len())
                .flat_map(|row| text_of(column, row).split('\n'))
                .map(|line| line.width())
                .fold(1, usize::max)
        })
        .collect()
}

/// `text` with its lines broken between words so that none is wider than
/// `width` (a word wider than that stays whole).
pub fn wrap(text: &str, width: Width) -> String {
    let Width::Fit(limit) = width else {
        return text.to_string();
    };
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            let extra = usize::from(!current.is_empty());
            if !current.is_empty() && current.chars().count() + extra + word.chars().count() > limit
            {
                out.push(std::mem::take(&mut current).trim_end().to_string());
            } else if extra == 1 {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out.join("\n")
}

/// `text` cut to `max` characters, the cut marked with "…".
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_beats_columns_and_columns_beats_the_terminal() {
        assert_eq!(Width::choose(true, Some("80"), Some(120)), Width::Full);
        assert_eq!(Width::choose(false, Some("80"), Some(120)), Width::Fit(80));
        assert_eq!(Width::choose(false, Some("x"), Some(120)), Width::Fit(120));
        assert_eq!(Width::choose(false, None, None), Width::Full);
        assert_eq!(Width::choose(false, Some("0"), None), Width::Full);
    }

    #[test]
    fn compact_below_one_hundred_columns() {
        assert!(Width::Fit(99).is_compact());
        assert!(!Width::Fit(100).is_compact());
        assert!(!Width::Full.is_compact());
    }

    fn sample() -> Vec<Column> {
        let mut id = Column::kept("id");
        let mut long = Column::droppable("long", 1);
        let mut empty = Column::droppable("empty", 5);
        for i in 0..3 {
            id.push(cell(format!("row{i}")));
            long.push(cell("x".repeat(60)));
            empty.push(cell(""));
        }
        vec![id, long, empty]
    }

    #[test]
    fn fitting_hides_empty_columns_and_drops_by_rank() {
        let fitted = fitted_table(sample(), Width::Fit(40), false, false).to_string();
        assert!(!fitted.contains("empty"), "{fitted}");
        assert!(!fitted.contains("long"), "{fitted}");
        assert!(fitted.lines().all(|l| l.chars().count() <= 40));
        let full = fitted_table(sample(), Width::Full, false, false).to_string();
        assert!(full.contains("empty") && full.contains("long"));
    }

    /// A column of these header and cell texts.
    fn column_of(header: &str, cells: &[String]) -> Column {
        let mut column = Column::kept(header);
        for text in cells {
            column.push(TableCell {
                text: text.clone(),
                colour: None,
            });
        }
        column
    }

    proptest::proptest! {
        /// The table laid out directly is comfy-table's text to the byte:
        /// wide characters, empty cells, cells of several lines, no rows.
        #[test]
        fn a_full_table_is_comfy_tables_text(
            headers in proptest::collection::vec("[a-zé✓漢 ]{0,6}", 1..5),
            rows in proptest::collection::vec(
                proptest::collection::vec("[a-zå✓漢😀 \\n]{0,8}", 5), 0..6),
        ) {
            let columns: Vec<Column> = headers
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let cells: Vec<String> = rows.iter().map(|r| r[i].clone()).collect();
                    column_of(h, &cells)
                })
                .collect();
            let refs: Vec<&Column> = columns.iter().collect();
            let comfy = assemble(&refs, false).to_string();
            // The width measured without laying the table out is its
            // widest line as the terminal shows it.
            let widest = comfy.lines().map(|l| l.width()).max().unwrap_or(0);
            let keep = vec![true; refs.len()];
            proptest::prop_assert_eq!(natural_width(&column_widths(&refs), &keep), widest);
            proptest::prop_assert_eq!(full_text(&refs), Some(comfy));
        }
    }

    #[test]
    fn a_coloured_table_keeps_the_columns_a_plain_one_keeps() {
        // At exactly the plain table's width: the colour codes around the
        // cells take no room on the screen, so no column is dropped.
        let coloured = || {
            let mut columns = sample();
            for cell in &mut columns[1].cells {
                cell.colour = Some(Color::Green);
            }
            columns
        };
        let plain = fitted_table(coloured(), Width::Full, false, false);
        let limit = plain.lines().map(|l| l.width()).max().unwrap();
        let fitted = fitted_table(coloured(), Width::Fit(limit), false, true);
        assert!(fitted.contains("\x1b["), "{fitted}");
        let shown: String = strip_codes(&fitted);
        let plain_fitted = fitted_table(coloured(), Width::Fit(limit), false, false);
        assert_eq!(shown, plain_fitted);
        assert!(shown.contains("long"), "{shown}");
    }

    /// `text` without its terminal colour codes.
    fn strip_codes(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn a_table_without_columns_is_left_to_comfy_table() {
        assert_eq!(full_text(&[]), None);
    }

    #[test]
    fn wrap_breaks_between_words() {
        assert_eq!(wrap("aa bb cc", Width::Fit(5)), "aa bb\ncc");
        assert_eq!(wrap("aa bb cc", Width::Full), "aa bb cc");
        assert_eq!(wrap("a  b", Width::Fit(10)), "a  b");
    }

    #[test]
    fn cut_marks_the_cut() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }
}
