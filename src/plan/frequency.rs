//! The frequency model: how often a measure must be done, as a small closed
//! set of composable parts.
//!
//! A frequency has one of four rules:
//!
//! - **quota**: at least N per period (`per`), where the period is a
//!   calendar period or the measure's whole validity. Modifiers compose:
//!   `counting` (occasions, distinct days or distinct weeks), `each_target`
//!   (the quota holds for every named target: coverage, "per
//!   försäljningsställe"), `within` (only days in a named date set count),
//!   `average_over` (the quota is an average over a longer period: "i snitt
//!   över året"), `of_which` (sub-quotas for named targets: "varav minst en
//!   med fokus på centrum");
//! - **max-gap**: no gap longer than K weeks ("var tredje vecka");
//! - **every-shift**: done in a share of the shifts worked ("varje
//!   arbetspass");
//! - **as-needed**: no target, only counted ("vid behov").
//!
//! Any rule can be `soft` ("möjlighet att planera ..."): shown, but never
//! a reason for `--fail-if-behind`.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diagnostic::SourceProblem;
use crate::period::PeriodKind;
use crate::text;

/// The largest quota a plan may state. Far above any real promise, it keeps
/// arithmetic on targets safe from overflow.
pub const MAX_QUOTA: u64 = 1_000_000;

/// The longest gap, in weeks, a `max-gap` rule may state (ten years).
pub const MAX_GAP_WEEKS: u32 = 520;

/// How often a measure must be done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Frequency {
    /// The rule that `status` evaluates.
    #[serde(flatten)]
    pub rule: Rule,
    /// A soft target: reported, never a failure for scripts.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub soft: bool,
}

/// The rule of a frequency.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Rule {
    /// At least N per period.
    Quota(Quota),
    /// No gap longer than `weeks` weeks: the next one is due `7 × weeks`
    /// days after the last.
    MaxGap {
        /// The longest allowed gap in weeks.
        weeks: u32,
    },
    /// Done in at least `share` of the shifts worked, per period.
    EveryShift {
        /// The wanted share of shifts, 0 < share ≤ 1.
        share: f64,
        /// The period the share is computed over.
        per: PeriodKind,
    },
    /// Each trigger of a kind answered, within a time or its period
    /// ("Det som framkommer vid vandringarna ska åtgärdas inom 30 dagar").
    OnTrigger(OnTrigger),
    /// No target: only counted.
    AsNeeded,
}

/// A promise to answer each trigger of a kind: a request, a finding,
/// someone else's meeting. Every-shift is the same promise with shifts as
/// the triggers, answered by count in their period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OnTrigger {
    /// The trigger kind's id (`[[trigger]]`).
    pub trigger: String,
    /// The days after a trigger within which it must be answered; without
    /// it, by the end of the `per` period the trigger falls in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within_days: Option<u32>,
    /// The period the promise is judged in: the triggers due in it.
    pub per: PeriodKind,
}

/// What a quota counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Counting {
    /// The sum of the logged counts.
    #[default]
    Occasions,
    /// Distinct days with activity.
    Days,
    /// Distinct ISO weeks with activity ("minst två veckor per år").
    Weeks,
    /// Distinct targets with activity ("minst tre utskänkningsställen per
    /// år": three visits to one is one); the measure's listed targets, or
    /// any target named when logged when it lists none.
    Targets,
}

impl Counting {
    /// Whether the count is of distinct objects.
    pub fn counts_objects(self) -> bool {
        matches!(self, Counting::Targets)
    }
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

fn is_occasions(counting: &Counting) -> bool {
    *counting == Counting::Occasions
}

/// At least `at_least` per `per`, with optional modifiers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quota {
    /// The least number wanted in each period.
    pub at_least: u64,
    /// The period the quota is counted in.
    pub per: PeriodKind,
    /// What is counted.
    #[serde(skip_serializing_if = "is_occasions")]
    pub counting: Counting,
    /// Counting weeks: the distinct days with activity a week needs to
    /// count (1 unless the plan says more), so that a Sunday and the next
    /// Monday are not two weeks.
    #[serde(skip_serializing_if = "is_one")]
    pub days_per_week: u32,
    /// The quota holds for each of the measure's targets separately.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub each_target: bool,
    /// Only activities on days in this date set count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    /// The quota is an average over this longer period: evaluated once per
    /// `average_over` period against `at_least` × the number of `per`
    /// periods it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub average_over: Option<PeriodKind>,
    /// The aim above the promise ("två till tre dagar": at_least 2, aim
    /// 3): shown, reached or not, never judged as a failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aim: Option<u64>,
    /// Sub-quotas for named targets, part of the main quota.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub of_which: Vec<SubQuota>,
}

/// "varav minst en med fokus på centrum": at least `at_least` of the quota
/// logged against `target`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubQuota {
    /// The measure's target the sub-quota counts.
    pub target: String,
    /// The least number wanted.
    pub at_least: u64,
}

impl Rule {
    /// The kind of period the rule is judged in: a quota's `per` (or its
    /// `average_over`), an every-shift rule's `per`; `None` for max-gap and
    /// as-needed, which have no periods of their own.
    pub fn own_period(&self) -> Option<PeriodKind> {
        match self {
            Rule::Quota(q) => Some(q.average_over.unwrap_or(q.per)),
            Rule::EveryShift { per, .. } => Some(*per),
            Rule::OnTrigger(t) => Some(t.per),
            Rule::MaxGap { .. } | Rule::AsNeeded => None,
        }
    }
}

impl Frequency {
    /// The date set this frequency is restricted to, if any.
    pub fn date_set(&self) -> Option<&str> {
        match &self.rule {
            Rule::Quota(q) => q.within.as_deref(),
            _ => None,
        }
    }

    /// Whether the rule counts distinct targets (and so needs some).
    pub fn needs_targets(&self) -> bool {
        matches!(&self.rule, Rule::Quota(q) if q.each_target || q.counting == Counting::Targets)
    }
}

/// The rule's name in the plan file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum RawKind {
    Quota,
    MaxGap,
    EveryShift,
    OnTrigger,
    AsNeeded,
}

/// A `frequency = { ... }` table as written, before validation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFrequency {
    kind: Spanned<RawKind>,
    at_least: Option<Spanned<i64>>,
    per: Option<Spanned<PeriodKind>>,
    counting: Option<Spanned<Counting>>,
    each_target: Option<Spanned<bool>>,
    within: Option<Spanned<String>>,
    average_over: Option<Spanned<PeriodKind>>,
    of_which: Option<Spanned<Vec<RawSubQuota>>>,
    aim: Option<Spanned<i64>>,
    days_per_week: Option<Spanned<i64>>,
    weeks: Option<Spanned<i64>>,
    share: Option<Spanned<f64>>,
    trigger: Option<Spanned<String>>,
    within_days: Option<Spanned<i64>>,
    #[serde(default)]
    soft: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSubQuota {
    target: Spanned<String>,
    at_least: Spanned<i64>,
}

/// Where a named reference (a date set, a target) stands in the source, for
/// the cross-reference checks that need the whole plan.
#[derive(Debug, Clone)]
pub(super) struct Reference {
    pub name: String,
    pub span: std::ops::Range<usize>,
}

/// The references a frequency makes, to be checked against the plan.
#[derive(Debug, Default)]
pub(super) struct FrequencyReferences {
    pub date_set: Option<Reference>,
    pub trigger: Option<Reference>,
    pub targets: Vec<Reference>,
}

fn count_in_range(
    value: &Spanned<i64>,
    key: &str,
    max: u64,
    problems: &mut Vec<SourceProblem>,
) -> u64 {
    let n = *value.get_ref();
    if n < 1 || n as u64 > max {
        problems.push(SourceProblem::new(
            value.span(),
            text!(
                "plan-whole-number-out-of-range",
                key = format!("{key:?}"),
                max,
                n
            ),
        ));
        1
    } else {
        n as u64
    }
}

impl RawFrequency {
    /// Validates the combination of keys and builds the frequency. Keys that
    /// do not belong to the rule are reported, not ignored: a plan that says
    /// `weeks = 3` on a quota means something the tool would not check.
    pub(super) fn validate(
        self,
        problems: &mut Vec<SourceProblem>,
    ) -> (Frequency, FrequencyReferences) {
        let kind = *self.kind.get_ref();
        let mut refs = FrequencyReferences::default();
        let mut not_for = |present: Option<std::ops::Range<usize>>, key: &str, rule: &str| {
            if let Some(span) = present {
                problems.push(SourceProblem::new(
                    span,
                    text!(
                        "plan-key-not-of-kind",
                        key = format!("{key:?}"),
                        rule = format!("{rule:?}")
                    ),
                ));
            }
        };
        let quota_only = [
            ("counting", self.counting.as_ref().map(Spanned::span)),
            ("each_target", self.each_target.as_ref().map(Spanned::span)),
            ("within", self.within.as_ref().map(Spanned::span)),
            (
                "average_over",
                self.average_over.as_ref().map(Spanned::span),
            ),
            ("of_which", self.of_which.as_ref().map(Spanned::span)),
            ("aim", self.aim.as_ref().map(Spanned::span)),
            (
                "days_per_week",
                self.days_per_week.as_ref().map(Spanned::span),
            ),
        ];
        let rule_name = match kind {
            RawKind::Quota => "quota",
            RawKind::MaxGap => "max-gap",
            RawKind::EveryShift => "every-shift",
            RawKind::OnTrigger => "on-trigger",
            RawKind::AsNeeded => "as-needed",
        };
        if kind != RawKind::Quota {
            for (key, span) in quota_only.iter().cloned() {
                not_for(span, key, rule_name);
            }
            if !matches!(kind, RawKind::EveryShift | RawKind::OnTrigger) {
                not_for(self.per.as_ref().map(Spanned::span), "per", rule_name);
            }
            not_for(
                self.at_least.as_ref().map(Spanned::span),
                "at_least",
                rule_name,
            );
        }
        if kind != RawKind::MaxGap {
            not_for(self.weeks.as_ref().map(Spanned::span), "weeks", rule_name);
        }
        if kind != RawKind::EveryShift {
            not_for(self.share.as_ref().map(Spanned::span), "share", rule_name);
        }
        if kind != RawKind::OnTrigger {
            not_for(
                self.trigger.as_ref().map(Spanned::span),
                "trigger",
                rule_name,
            );
            not_for(
                self.within_days.as_ref().map(Spanned::span),
                "within_days",
                rule_name,
            );
        }

        let missing = |key: &str, problems: &mut Vec<SourceProblem>| {
            problems.push(SourceProblem::new(
                self.kind.span(),
                text!(
                    "plan-kind-needs-key",
                    rule_name = format!("{rule_name:?}"),
                    key = format!("{key:?}")
                ),
            ));
        };

        let rule = match kind {
            RawKind::Quota => {
                let at_least = match &self.at_least {
                    Some(n) => count_in_range(n, "at_least", MAX_QUOTA, problems),
                    None => {
                        missing("at_least", problems);
                        1
                    }
                };
                let per = match &self.per {
                    Some(p) => *p.get_ref(),
                    None => {
                        missing("per", problems);
                        PeriodKind::Year
                    }
                };
                let average_over = self.average_over.as_ref().map(|a| {
                    let over = *a.get_ref();
                    if !per.nests_in(over) {
                        problems.push(SourceProblem::new(
                            a.span(),
                            text!(
                                "plan-average-over-too-short",
                                over = over.as_str(),
                                per = per.as_str()
                            ),
                        ));
                    }
                    over
                });
                if let Some(within) = &self.within {
                    refs.date_set = Some(Reference {
                        name: within.get_ref().clone(),
                        span: within.span(),
                    });
                }
                let has_of_which = self.of_which.is_some();
                let mut of_which = Vec::new();
                for sub in self.of_which.map(Spanned::into_inner).unwrap_or_default() {
                    let n = count_in_range(&sub.at_least, "at_least", at_least, problems);
                    refs.targets.push(Reference {
                        name: sub.target.get_ref().clone(),
                        span: sub.target.span(),
                    });
                    of_which.push(SubQuota {
                        target: sub.target.into_inner(),
                        at_least: n,
                    });
                }
                if let Some(counting) = &self.counting
                    && counting.get_ref().counts_objects()
                    && (self.each_target.as_ref().is_some_and(|e| *e.get_ref()) || has_of_which)
                {
                    problems.push(SourceProblem::new(
                        counting.span(),
                        text!("plan-counting-targets-conflict"),
                    ));
                }
                let aim = self.aim.as_ref().map(|a| {
                    let aim = *a.get_ref();
                    if aim <= at_least as i64 || aim as u64 > MAX_QUOTA {
                        problems.push(SourceProblem::new(
                            a.span(),
                            text!(
                                "plan-aim-out-of-range",
                                at_least,
                                max_quota = MAX_QUOTA,
                                aim
                            ),
                        ));
                    } else if self.each_target.as_ref().is_some_and(|e| *e.get_ref()) {
                        problems.push(SourceProblem::new(
                            a.span(),
                            text!("plan-aim-with-each-target"),
                        ));
                    }
                    aim.max(0) as u64
                });
                let days_per_week = match &self.days_per_week {
                    None => 1,
                    Some(d) => {
                        let weeks = self
                            .counting
                            .as_ref()
                            .is_some_and(|c| *c.get_ref() == Counting::Weeks);
                        if !weeks {
                            problems.push(SourceProblem::new(
                                d.span(),
                                text!("plan-days-per-week-needs-weeks"),
                            ));
                        }
                        count_in_range(d, "days_per_week", 7, problems) as u32
                    }
                };
                Rule::Quota(Quota {
                    days_per_week,
                    aim,
                    at_least,
                    per,
                    counting: self.counting.map(Spanned::into_inner).unwrap_or_default(),
                    each_target: self.each_target.map(Spanned::into_inner).unwrap_or(false),
                    within: self.within.map(Spanned::into_inner),
                    average_over,
                    of_which,
                })
            }
            RawKind::MaxGap => {
                let weeks = match &self.weeks {
                    Some(w) => {
                        count_in_range(w, "weeks", u64::from(MAX_GAP_WEEKS), problems) as u32
                    }
                    None => {
                        missing("weeks", problems);
                        1
                    }
                };
                Rule::MaxGap { weeks }
            }
            RawKind::EveryShift => {
                let share = match &self.share {
                    None => 1.0,
                    Some(s) => {
                        let share = *s.get_ref();
                        if !(share > 0.0 && share <= 1.0) {
                            problems.push(SourceProblem::new(
                                s.span(),
                                text!("plan-share-out-of-range", share = share.to_string()),
                            ));
                        }
                        share
                    }
                };
                let per = self
                    .per
                    .map(Spanned::into_inner)
                    .unwrap_or(PeriodKind::Month);
                Rule::EveryShift { share, per }
            }
            RawKind::OnTrigger => {
                let trigger = match &self.trigger {
                    Some(t) => {
                        refs.trigger = Some(Reference {
                            name: t.get_ref().clone(),
                            span: t.span(),
                        });
                        t.get_ref().clone()
                    }
                    None => {
                        missing("trigger", problems);
                        String::new()
                    }
                };
                let within_days = self
                    .within_days
                    .as_ref()
                    .map(|d| count_in_range(d, "within_days", 366, problems) as u32);
                let per = self
                    .per
                    .map(Spanned::into_inner)
                    .unwrap_or(PeriodKind::Year);
                if per == PeriodKind::Validity {
                    problems.push(SourceProblem::new(
                        self.kind.span(),
                        text!("plan-on-trigger-per"),
                    ));
                }
                Rule::OnTrigger(OnTrigger {
                    trigger,
                    within_days,
                    per,
                })
            }
            RawKind::AsNeeded => Rule::AsNeeded,
        };
        (
            Frequency {
                rule,
                soft: self.soft,
            },
            refs,
        )
    }
}

/// The frequency of a `frequency = { ... }` table's body, or its
/// problems in English: for the tests of this module and of the words.
#[cfg(test)]
pub(crate) fn parse_for_test(src: &str) -> Result<Frequency, Vec<String>> {
    let raw: RawFrequency = toml::from_str(src).map_err(|e| vec![e.message().to_string()])?;
    let mut problems = Vec::new();
    let (freq, _) = raw.validate(&mut problems);
    if problems.is_empty() {
        Ok(freq)
    } else {
        Err(problems.into_iter().map(|p| p.message.en()).collect())
    }
}

/// Every form of frequency, with its English wording (checked by
/// `crate::words::frequency`).
#[cfg(test)]
pub(crate) const FORMS: [(&str, &str); 17] = [
    (
        "kind = \"quota\"\nat_least = 1\nper = \"month\"",
        "at least 1 per month",
    ),
    (
        "kind = \"quota\"\nat_least = 10\nper = \"month\"",
        "at least 10 per month",
    ),
    (
        "kind = \"quota\"\nat_least = 2\nper = \"year\"",
        "at least 2 per year",
    ),
    (
        "kind = \"quota\"\nat_least = 1\nper = \"year\"\neach_target = true",
        "at least 1 per year for each target",
    ),
    (
        "kind = \"max-gap\"\nweeks = 3",
        "at most 3 weeks between occasions",
    ),
    (
        "kind = \"every-shift\"",
        "every shift (100 % of shifts per month)",
    ),
    (
        "kind = \"quota\"\nat_least = 17\nper = \"year\"\nsoft = true",
        "at least 17 per year (approximate target)",
    ),
    (
        "kind = \"quota\"\nat_least = 12\nper = \"year\"\nwithin = \"riskhelger\"",
        "at least 12 per year, within riskhelger",
    ),
    ("kind = \"as-needed\"", "as needed, no target"),
    (
        "kind = \"quota\"\nat_least = 1\nper = \"day\"",
        "at least 1 per day",
    ),
    (
        "kind = \"quota\"\nat_least = 1\nper = \"tertial\"",
        "at least 1 per tertial",
    ),
    (
        "kind = \"quota\"\nat_least = 1\nper = \"half-year\"",
        "at least 1 per half-year",
    ),
    (
        "kind = \"quota\"\nat_least = 1\nper = \"term\"\neach_target = true",
        "at least 1 per term for each target",
    ),
    (
        "kind = \"quota\"\nat_least = 5\nper = \"year\"\nof_which = [{ target = \"centrum\", at_least = 1 }]",
        "at least 5 per year, of which at least 1 centrum",
    ),
    (
        "kind = \"quota\"\nat_least = 1\nper = \"month\"\naverage_over = \"year\"",
        "at least 1 per month on average over the year",
    ),
    (
        "kind = \"quota\"\nat_least = 2\nper = \"year\"\ncounting = \"weeks\"",
        "at least 2 weeks per year",
    ),
    (
        "kind = \"quota\"\nat_least = 9\nper = \"validity\"",
        "at least 9 during the validity",
    ),
];

#[cfg(test)]
mod tests {
    use super::parse_for_test as parse;
    use super::*;

    #[test]
    fn every_form_parses() {
        for (src, _) in FORMS {
            parse(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        }
    }

    #[test]
    fn malformed_forms_are_rejected() {
        let bad = [
            (
                "kind = \"quota\"\nper = \"month\"",
                "needs the key \"at_least\"",
            ),
            ("kind = \"quota\"\nat_least = 1", "needs the key \"per\""),
            (
                "kind = \"quota\"\nat_least = 0\nper = \"month\"",
                "from 1 to",
            ),
            (
                "kind = \"quota\"\nat_least = 1000000000000\nper = \"month\"",
                "from 1 to",
            ),
            (
                "kind = \"quota\"\nat_least = 1\nper = \"fortnight\"",
                "unknown variant",
            ),
            (
                "kind = \"quota\"\nat_least = 1\nper = \"year\"\nweeks = 3",
                "does not belong",
            ),
            ("kind = \"max-gap\"", "needs the key \"weeks\""),
            (
                "kind = \"max-gap\"\nweeks = 3\nat_least = 1",
                "does not belong",
            ),
            ("kind = \"every-shift\"\nshare = 1.5", "at most 1"),
            ("kind = \"every-shift\"\nshare = 0.0", "above 0"),
            ("kind = \"as-needed\"\nper = \"year\"", "does not belong"),
            ("kind = \"sometimes\"", "unknown variant"),
            (
                "kind = \"quota\"\nat_least = 1\nper = \"year\"\nfrekvensz = 2",
                "unknown field",
            ),
            (
                "kind = \"quota\"\nat_least = 1\nper = \"year\"\naverage_over = \"month\"",
                "longer calendar period",
            ),
            (
                "kind = \"quota\"\nat_least = 1\nper = \"tertial\"\naverage_over = \"quarter\"",
                "made of whole per = \"tertial\" periods",
            ),
            (
                "kind = \"quota\"\nat_least = 1\nper = \"validity\"\naverage_over = \"year\"",
                "longer calendar period",
            ),
            (
                "kind = \"quota\"\nat_least = 2\nper = \"year\"\nof_which = [{ target = \"x\", at_least = 3 }]",
                "from 1 to 2",
            ),
        ];
        for (src, expected) in bad {
            let errors = parse(src).expect_err(src);
            assert!(
                errors.iter().any(|e| e.contains(expected)),
                "{src}: expected {expected:?} in {errors:?}"
            );
        }
    }

    #[test]
    fn every_form_round_trips_through_toml() {
        for src in FORMS.iter().map(|(src, _)| src) {
            let freq = parse(src).unwrap();
            let written = toml::to_string(&freq).unwrap();
            assert_eq!(parse(&written).as_ref(), Ok(&freq), "{src} wrote {written}");
        }
    }

    #[test]
    fn every_example_in_the_format_doc_is_valid() {
        #[derive(Deserialize)]
        struct Example {
            frequency: RawFrequency,
        }
        let doc = include_str!("../../docs/plan-format.md");
        let examples: Vec<&str> = doc
            .lines()
            .filter(|l| l.starts_with("frequency = {"))
            .collect();
        assert!(examples.len() >= 20, "{} examples", examples.len());
        for line in examples {
            let example: Example =
                toml::from_str(line).unwrap_or_else(|e| panic!("{line}: {}", e.message()));
            let mut problems = Vec::new();
            example.frequency.validate(&mut problems);
            assert!(problems.is_empty(), "{line}: {problems:?}");
        }
    }

    #[test]
    fn json_carries_the_kind_beside_the_parts() {
        let freq = parse("kind = \"quota\"\nat_least = 10\nper = \"month\"").unwrap();
        let json = serde_json::to_value(&freq).unwrap();
        assert_eq!(json["kind"], "quota");
        assert_eq!(json["at_least"], 10);
        assert_eq!(json["per"], "month");
    }
}
