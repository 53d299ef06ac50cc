//! The yearly report as Markdown, for the newsletter and the websites'
//! editors: the same content as the HTML page, as headings, lists and
//! tables. Every measure is listed, with or without activity.
//!
//! Text from the plan and the log is escaped for a table cell: `|` would
//! end the cell, a line break the row, `<` could start raw HTML and `&` an
//! entity in the renderer that publishes it, and `*`, `_`, a backtick,
//! `[`, `]`, `#`, `~` and the backslash are Markdown's own marks.

use std::fmt::Write as _;

use crate::report::{Labels, Report};

/// `text` safe inside a Markdown table cell or list item.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // An entity (`&shy;`, `&#x202e;`) would be decoded by the
            // renderer: written out as text.
            '&' => out.push_str("&amp;"),
            // Emphasis, code, links, a heading or strike-through.
            '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The report as Markdown.
pub fn report_markdown(report: &Report) -> String {
    let labels = Labels::of(report.lang);
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", cell(&report.title));
    let _ = writeln!(out, "**{}**\n", cell(&report.subtitle));
    let _ = writeln!(out, "{}\n", cell(&report.summary.sentence));
    let _ = write!(
        out,
        "{}: {}",
        labels.parties,
        cell(&report.parties.join(", "))
    );
    if let Some(signed) = &report.signed {
        let _ = write!(out, " · {}: {}", labels.signed, cell(signed));
    }
    out.push_str("\n\n");
    let _ = writeln!(out, "## {}\n", labels.focus_areas);
    for area in &report.areas {
        let _ = writeln!(out, "- **{}**: {}", cell(&area.name), cell(&area.text));
    }
    if !report.effects.is_empty() {
        let _ = writeln!(out, "\n## {}\n", labels.effects);
        for effect in &report.effects {
            let _ = writeln!(out, "- {}", cell(effect));
        }
    }
    for area in &report.areas {
        let _ = writeln!(out, "\n## {}\n", cell(&area.name));
        let _ = writeln!(out, "*{}*\n", cell(&area.text));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n| --- | --- | --- | --- | --- |",
            labels.measure, labels.promise, labels.done, labels.periods, labels.state
        );
        for m in &area.measures {
            let _ = writeln!(
                out,
                "| {} (`{}`) | {} | {} | {} | {} |",
                cell(&m.title),
                m.id.replace('`', ""),
                cell(&m.nar),
                cell(&m.done_words),
                cell(&m.record_words),
                cell(&m.state_words)
            );
        }
        out.push('\n');
        for m in &area.measures {
            let _ = writeln!(out, "- **{}**: {}", cell(&m.title), cell(&m.sentence));
        }
        let metrics: Vec<_> = area
            .measures
            .iter()
            .flat_map(|m| m.metrics.iter().map(move |x| (m, x)))
            .collect();
        if !metrics.is_empty() {
            let _ = writeln!(
                out,
                "\n| {} | {} | {} | {} ({}) | {} | {} |\n| --- | --- | ---: | ---: | --- | --- |",
                labels.measure,
                labels.metric,
                report.year,
                labels.year_before,
                report.year - 1,
                labels.trend,
                labels.wanted
            );
            for (m, x) in metrics {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} |",
                    cell(&m.title),
                    cell(&x.label),
                    cell(&x.this_year),
                    cell(&x.year_before),
                    x.arrow,
                    cell(&x.wanted)
                );
            }
        }
    }
    let _ = writeln!(out, "\n---\n\n*{}*", labels.made_with);
    let _ = lang;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a | b\nc <b>"), "a \\| b c &lt;b&gt;");
        assert_eq!(cell("*fet* _x_"), "\\*fet\\* \\_x\\_");
        assert_eq!(cell("# Rubrik ~~x~~"), "\\# Rubrik \\~\\~x\\~\\~");
        assert_eq!(cell("a &amp; &#x202e;"), "a &amp;amp; &amp;\\#x202e;");
    }
}
