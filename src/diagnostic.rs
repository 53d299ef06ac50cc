//! Problems with positions: what is wrong at a place in a file, the one
//! shape that `check`, a refused plan and a refused workspace file report
//! (`FILE:LINE[:COLUMN]: message`).
//!
//! - [`SourceProblem`]: a problem at a byte range of a text, as the pure
//!   parsers (the plan, the workspace file) find it;
//! - [`line_column`]: a byte offset as the line and column an editor shows;
//! - [`Problem`]: a problem at a file's line and column, and its rendering;
//! - [`locate`]: a text's source problems as problems of its file.

use std::fmt;
use std::ops::Range;

use crate::i18n::{Lang, Text};

/// A problem in a source text, at a byte range of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceProblem {
    /// The bytes of the source the problem is about.
    pub span: Range<usize>,
    /// What is wrong and what to do.
    pub message: Text,
}

impl SourceProblem {
    /// A problem at `span`.
    pub fn new(span: Range<usize>, message: Text) -> SourceProblem {
        SourceProblem { span, message }
    }
}

/// A line and column in a text, both counted from 1; the column counts
/// characters, not bytes, so that `å` is one column as an editor shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineColumn {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
}

/// The line and column of byte `offset` in `source`.
pub fn line_column(source: &str, offset: usize) -> LineColumn {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineColumn {
        line,
        column: before[line_start..].chars().count() + 1,
    }
}

/// A problem at a place in a file: `FILE:LINE[:COLUMN]: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user named it (relative to where they stand).
    pub file: String,
    /// The line, from 1; 0 when the problem is about the whole file.
    pub line: usize,
    /// The column, from 1, where known.
    pub column: Option<usize>,
    /// What is wrong and what to do.
    pub message: Text,
}

impl Problem {
    /// The problem as one line in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let message = self.message.get(lang);
        match (self.line, self.column) {
            (0, _) => format!("{}: {message}", self.file),
            (line, Some(column)) => format!("{}:{line}:{column}: {message}", self.file),
            (line, None) => format!("{}:{line}: {message}", self.file),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EN))
    }
}

/// Problems of the text `source` of `file` (named as the user sees it),
/// located by line and column.
pub fn locate(file: &str, source: &str, problems: Vec<SourceProblem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| {
            let at = line_column(source, p.span.start);
            Problem {
                file: file.to_string(),
                line: at.line,
                column: Some(at.column),
                message: p.message,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a = 1\nåäö = 2\n";
        assert_eq!(line_column(src, 0), LineColumn { line: 1, column: 1 });
        let at_eq = src.find("= 2").unwrap();
        assert_eq!(line_column(src, at_eq), LineColumn { line: 2, column: 5 });
        assert_eq!(line_column(src, 10_000).line, 3);
    }

    #[test]
    fn a_problem_is_file_line_column_message() {
        let problem = |line, column| Problem {
            file: "plan/x.toml".to_string(),
            line,
            column,
            message: Text::same("bad"),
        };
        assert_eq!(problem(3, Some(7)).to_string(), "plan/x.toml:3:7: bad");
        assert_eq!(problem(3, None).to_string(), "plan/x.toml:3: bad");
        assert_eq!(problem(0, None).to_string(), "plan/x.toml: bad");
    }

    #[test]
    fn located_problems_point_at_their_span() {
        let source = "a = 1\nåäö = 2\n";
        let at = source.find("2").unwrap();
        let located = locate(
            "w.toml",
            source,
            vec![SourceProblem::new(at..at + 1, Text::same("x"))],
        );
        assert_eq!((located[0].line, located[0].column), (2, Some(7)));
        assert_eq!(located[0].file, "w.toml");
    }
}
