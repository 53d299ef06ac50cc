//! Names as people type them: a measure, a target or a metric named by its
//! id or its label, in any case, with or without å, ä and ö
//! (`Klassrumsbesök`, `klassrumsbesok`, `Åk7`, `anmälningar`).
//!
//! Pure: the typed name and the candidates in, the one canonical id (or the
//! candidates it could mean) out. The log always stores the canonical id.
//!
//! A name resolves in three steps, the first that finds anything deciding:
//! the id exactly as written; the folded name (lower case, å/ä → a, ö → o,
//! spaces squeezed) equal to a folded id or label; the folded name equal to
//! the leading whole words of a folded id or label (`årskurs` for "Årskurs
//! 7", `info` for `info-tillgrepp`; never part of a word, so `trafik` is
//! not `trafikkontroll`). A step that finds more than one candidate is
//! ambiguous, never a guess.

use crate::plan::{Measure, Plan};

/// One thing a name may mean: its canonical id and the labels it is known
/// by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate<'a> {
    /// The id stored in the log.
    pub id: &'a str,
    /// Other names: titles, labels.
    pub labels: Vec<&'a str>,
}

/// What a typed name means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved<'a> {
    /// Exactly one candidate: its id.
    One(&'a str),
    /// None.
    Unknown,
    /// Several, in candidate order.
    Ambiguous(Vec<&'a str>),
}

/// A name folded for comparison: lower case, Swedish and common accented
/// letters to their base letter, runs of white space to one space.
pub fn fold(name: &str) -> String {
    let lower: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            other => other,
        })
        .collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The candidate `typed` names (see the module's three steps).
pub fn resolve<'a>(typed: &str, candidates: &[Candidate<'a>]) -> Resolved<'a> {
    let typed = typed.trim();
    if let Some(c) = candidates.iter().find(|c| c.id == typed) {
        return Resolved::One(c.id);
    }
    let folded = fold(typed);
    if folded.is_empty() {
        return Resolved::Unknown;
    }
    let names = |c: &Candidate<'a>| -> Vec<String> {
        std::iter::once(c.id)
            .chain(c.labels.iter().copied())
            .map(fold)
            .collect()
    };
    let equal = matching(candidates, |c| names(c).contains(&folded));
    if !equal.is_empty() {
        return one_or_many(equal);
    }
    one_or_many(matching(candidates, |c| {
        names(c).iter().any(|n| begins_with_words(n, &folded))
    }))
}

/// Whether `name` begins with the whole words `words` (followed by a space
/// or a hyphen).
fn begins_with_words(name: &str, words: &str) -> bool {
    name.strip_prefix(words)
        .is_some_and(|rest| rest.starts_with(' ') || rest.starts_with('-'))
}

fn matching<'a>(
    candidates: &[Candidate<'a>],
    mut test: impl FnMut(&Candidate<'a>) -> bool,
) -> Vec<&'a str> {
    let mut ids: Vec<&'a str> = Vec::new();
    for c in candidates {
        if !ids.contains(&c.id) && test(c) {
            ids.push(c.id);
        }
    }
    ids
}

fn one_or_many(ids: Vec<&str>) -> Resolved<'_> {
    match ids.len() {
        0 => Resolved::Unknown,
        1 => Resolved::One(ids[0]),
        _ => Resolved::Ambiguous(ids),
    }
}

/// The plan's measures as candidates: each id with the titles of all its
/// versions.
pub fn measure_candidates(plan: &Plan) -> Vec<Candidate<'_>> {
    let triggers = plan.triggers.iter().map(|t| Candidate {
        id: &t.id,
        labels: vec![&t.name],
    });
    plan.measure_versions()
        .into_iter()
        .map(|(id, versions)| Candidate {
            id,
            labels: versions.iter().map(|m| m.title.as_str()).collect(),
        })
        .chain(triggers)
        .collect()
}

/// A measure's targets as candidates, with their labels.
pub fn target_candidates(measure: &Measure) -> Vec<Candidate<'_>> {
    measure
        .targets
        .iter()
        .map(|t| Candidate {
            id: &t.id,
            labels: vec![&t.label],
        })
        .collect()
}

/// A measure's follow-up metrics as candidates, with their labels.
pub fn metric_candidates(measure: &Measure) -> Vec<Candidate<'_>> {
    measure
        .metrics
        .iter()
        .map(|m| Candidate {
            id: &m.id,
            labels: vec![&m.label],
        })
        .collect()
}

/// Whether every word of `query` (folded) occurs in `haystack` (folded):
/// the picker's search over a measure's id, title and plan text.
pub fn search_matches(query: &str, haystack: &str) -> bool {
    let haystack = fold(haystack);
    fold(query).split(' ').all(|word| haystack.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates() -> Vec<Candidate<'static>> {
        vec![
            Candidate {
                id: "klassrumsbesok",
                labels: vec!["Klassrumsbesök åk 6–9"],
            },
            Candidate {
                id: "info-tillgrepp",
                labels: vec!["Information om tillgreppsbrott"],
            },
            Candidate {
                id: "foraldrainfo",
                labels: vec!["Information till föräldrar och personal"],
            },
            Candidate {
                id: "åk7",
                labels: vec!["Årskurs 7"],
            },
            Candidate {
                id: "åk8",
                labels: vec!["Årskurs 8"],
            },
        ]
    }

    #[test]
    fn folding() {
        assert_eq!(fold("  Klassrumsbesök  Åk7 "), "klassrumsbesok ak7");
        assert_eq!(fold("PERSONALTRÄFF"), "personaltraff");
    }

    #[test]
    fn ids_and_labels_in_any_case_and_spelling() {
        let c = candidates();
        for (typed, id) in [
            ("klassrumsbesok", "klassrumsbesok"),
            ("Klassrumsbesök", "klassrumsbesok"),
            ("KLASSRUMSBESOK", "klassrumsbesok"),
            ("Åk7", "åk7"),
            ("ak7", "åk7"),
            ("årskurs 8", "åk8"),
            ("info", "info-tillgrepp"),
            ("klassrumsbesök", "klassrumsbesok"),
        ] {
            assert_eq!(resolve(typed, &c), Resolved::One(id), "{typed}");
        }
    }

    #[test]
    fn ambiguous_and_unknown_names() {
        let c = candidates();
        assert_eq!(
            resolve("Information", &c),
            Resolved::Ambiguous(vec!["info-tillgrepp", "foraldrainfo"])
        );
        assert_eq!(resolve("åk", &c), Resolved::Unknown, "part of a word");
        assert_eq!(resolve("klassrum", &c), Resolved::Unknown, "part of a word");
        assert_eq!(
            resolve("årskurs", &c),
            Resolved::Ambiguous(vec!["åk7", "åk8"])
        );
        assert_eq!(resolve("fritidsgard", &c), Resolved::Unknown);
        assert_eq!(resolve("  ", &c), Resolved::Unknown);
    }

    #[test]
    fn search_words_anywhere() {
        assert!(search_matches(
            "hastighet",
            "trafikkontroll Hastighet, alkohol"
        ));
        assert!(search_matches(
            "Föräldra möte",
            "foraldrainfo föräldramöten"
        ));
        assert!(!search_matches("nattvandring", "trafikkontroll"));
    }
}
