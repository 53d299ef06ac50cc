//! A plan's measure and trigger ids read off its lines at a glance,
//! without reading its TOML: `[[measure]]` or `[[trigger]]` on a line of
//! its own, then, before any other table begins, `id = "…"`. A guess, right
//! for plans written as `loften init` and the examples write them, that
//! lets the log be read while a large plan is read; whoever uses it checks
//! it against the plan read (see `store::log::tally_log_while_loading`).

/// The ids a plan's lines show.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct GlancedIds {
    /// The ids under `[[measure]]` lines (a measure with versions: once a
    /// version).
    pub measures: Vec<String>,
    /// The ids under `[[trigger]]` lines.
    pub triggers: Vec<String>,
}

/// The table a line began.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Under {
    Measure,
    Trigger,
    Other,
}

/// The ids of `source`'s lines (see the module documentation).
pub fn glance_ids(source: &str) -> GlancedIds {
    let mut ids = GlancedIds::default();
    let mut under = Under::Other;
    for line in source.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            under = match line {
                "[[measure]]" => Under::Measure,
                "[[trigger]]" => Under::Trigger,
                _ => Under::Other,
            };
            continue;
        }
        if under == Under::Other {
            continue;
        }
        if let Some(id) = id_line(line) {
            match under {
                Under::Measure => ids.measures.push(id.to_string()),
                Under::Trigger => ids.triggers.push(id.to_string()),
                Under::Other => {}
            }
            under = Under::Other;
        }
    }
    ids
}

/// The id of a line `id = "…"` whose string has no escape.
fn id_line(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("id")?.trim_start().strip_prefix('=')?;
    let rest = rest.trim_start().strip_prefix('"')?;
    let (id, after) = rest.split_once('"')?;
    let after = after.trim_start();
    (!id.contains('\\') && (after.is_empty() || after.starts_with('#'))).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ids_under_measure_and_trigger_lines_are_seen() {
        let source = "[agreement]\nid = \"not-a-measure\"\n\n[[measure]]\n# a comment\nid = \"patrullering\" # ok\ntitle = \"x\"\n\n[[measure]]\nid = 'quoted'\n\n[[measure.metric]]\nid = \"a-metric\"\n\n[[trigger]]\nid  =  \"anmalan\"\n";
        let ids = glance_ids(source);
        assert_eq!(ids.measures, vec!["patrullering".to_string()]);
        assert_eq!(ids.triggers, vec!["anmalan".to_string()]);
    }

    #[test]
    fn the_examples_plan_is_seen_as_it_is_read() {
        let source = include_str!("../../examples/norsjo/plan/norsjo-2019-2023.toml");
        let plan = crate::plan::parse_plan(source).unwrap();
        let ids = glance_ids(source);
        let read: Vec<String> = plan.measures.iter().map(|m| m.id.clone()).collect();
        assert_eq!(ids.measures, read);
        assert!(ids.triggers.is_empty());
    }
}
