//! The plan text `loften init` writes for a new agreement: the header of
//! the agreement (municipality, start, end), then either Norsjö's measures
//! as a template, retimed to the new agreement (its risk weekends computed
//! for the new years by the same rules), or a skeleton with one example
//! measure and a commented example of every frequency form.
//!
//! Pure: the agreement's facts in, TOML text out. Every text made here
//! parses as a plan (the tests hold it to that).

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::names::fold;

/// The Norsjö plan 2019–2023, shipped inside the binary: `init --example`
/// writes it as it is, and the template takes its measures.
pub const NORSJO_PLAN: &str = include_str!("../../plan/norsjo-2019-2023.toml");
/// The Norsjö plan's file name in `plan/`.
pub const NORSJO_PLAN_FILE: &str = "norsjo-2019-2023.toml";

/// What a new agreement is known by when its plan is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAgreement {
    /// The municipality's name, as written ("Malå kommun").
    pub municipality: String,
    /// The first day.
    pub start: NaiveDate,
    /// The last day, included.
    pub end: NaiveDate,
}

/// The plan's file name: `mala-2026-2029.toml`, or `mala-2026.toml` for
/// an agreement of one calendar year.
pub fn plan_file_name(a: &NewAgreement) -> String {
    let folded = fold(&a.municipality);
    let name = folded.strip_suffix(" kommun").unwrap_or(&folded);
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = match slug.trim_matches('-') {
        "" => "plan",
        s => s,
    };
    let (y1, y2) = (a.start.year(), a.end.year());
    if y1 == y2 {
        format!("{slug}-{y1}.toml")
    } else {
        format!("{slug}-{y1}-{y2}.toml")
    }
}

/// A TOML string literal of `s`.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// The agreement's section: title, municipality, dates, the two parties.
fn header(a: &NewAgreement, origin: &str) -> String {
    let (m, start, end) = (quoted(&a.municipality), a.start, a.end);
    let (y1, y2) = (a.start.year(), a.end.year());
    let years = if y1 == y2 {
        y1.to_string()
    } else {
        format!("{y1}–{y2}")
    };
    let title = quoted(&format!(
        "Medborgarlöfte {years} Polisen och {}",
        a.municipality
    ));
    format!(
        "# Medborgarlöfte för {municipality}, {start} – {end}.\n\
         #\n\
         # Skapad med `loften init`. {origin}\n\
         # Formatet står i docs/plan-format.md; `loften check` kontrollerar filen.\n\
         \n\
         [agreement]\n\
         title = {title}\n\
         municipality = {m}\n\
         start = {start}\n\
         end = {end}\n\
         # Fyll i när avtalet är undertecknat:\n\
         # signed = \"Ort den {start}\"\n\
         # text = '''\n\
         # Avtalets text, ordagrant.\n\
         # '''\n\
         \n\
         [[agreement.party]]\n\
         id = \"polisen\"\n\
         name = \"Polisen\"\n\
         \n\
         [[agreement.party]]\n\
         id = \"kommunen\"\n\
         name = {m}\n\
         \n",
        municipality = a.municipality,
    )
}

/// The part of the Norsjö plan from the first line that is `from` up to,
/// not including, the comment rule before the first line holding `until`.
fn norsjo_part(from: &str, until: &str) -> &'static str {
    let start = NORSJO_PLAN
        .find(&format!("\n{from}\n"))
        .expect("the Norsjö plan's part")
        + 1;
    let stop = NORSJO_PLAN.find(until).expect("the Norsjö plan's part");
    let rule = NORSJO_PLAN[..stop]
        .rfind("\n# ----")
        .expect("a comment rule")
        + 1;
    &NORSJO_PLAN[start..rule]
}

/// A plan for `a` with Norsjö's focus areas and measures as a template
/// and risk weekends computed for its years.
pub fn from_norsjo(a: &NewAgreement) -> String {
    let origin = "Fokusområdena och åtgärderna är Norsjö kommuns\n\
        # (genomförandeplanen 2019–2023, texterna ordagranna därifrån) som mall: ändra\n\
        # dem till er egen genomförandeplan, ta bort dem ni inte har och lägg till era\n\
        # egna. Id:na är det ni loggar med; behåll dem när ni väl har börjat logga.";
    let focus_areas = norsjo_part("[[agreement.focus_area]]", "# Genomförandeplan");
    let measures = norsjo_part("[[measure]]", "# Riskhelger.");
    format!(
        "{}# Fokusområdena.\n\n{focus_areas}\
         # ---------------------------------------------------------------------------\n\
         # Genomförandeplanen: en [[measure]] per rad, i planens ordning.\n\
         # ---------------------------------------------------------------------------\n\n\
         {measures}{}",
        header(a, origin),
        risk_weekends_section(a)
    )
}

/// The date set `riskhelger` as Norsjö's rules, for any year of the
/// agreement: the municipality adds each year's confirmed school end.
fn risk_weekends_section(a: &NewAgreement) -> String {
    let years = a.start.year()..=a.end.year();
    let school_ends: Vec<String> = years
        .clone()
        .filter_map(school_end_guess)
        .map(|d| d.to_string())
        .collect();
    let school_ends = school_ends.join(", ");
    let years: Vec<String> = years.map(|y| y.to_string()).collect();
    let years = years.join(", ");
    format!(
        "# ---------------------------------------------------------------------------\n\
         # Riskhelger (nattvandringen räknas bara under dem), efter samma regler som\n\
         # Norsjös, räknade för varje år ({years}):\n\
         #\n\
         # - Valborg: valborgsmässoafton 30 april och första maj;\n\
         # - skolavslutning: fredag–söndag veckan före midsommar; datumen i\n\
         #   confirmed är en gissning: rätta dem mot kommunens läsårstider;\n\
         # - midsommar: midsommarafton (fredagen 19–25 juni) till söndagen;\n\
         # - Halloween: fredag–söndag den helg vars lördag ligger närmast 31 oktober;\n\
         # - nyår: nyårsafton 31 december.\n\
         #\n\
         # 2 + 3 + 3 + 3 + 1 = 12 kvällar per helt år. Ett år som avtalet bara delvis\n\
         # täcker har färre, och då kan nattvandringens 12 per år inte nås det året.\n\
         # ---------------------------------------------------------------------------\n\
         \n\
         [[date_set]]\n\
         id = \"riskhelger\"\n\
         name = \"Riskhelger\"\n\
         rules = [\n\
         \x20   {{ day = \"valborgsmassoafton\", days = 2, label = \"Valborg\" }},\n\
         \x20   {{ day = \"skolavslutning\", days = 3, label = \"Skolavslutning\", confirmed = [{school_ends}] }},\n\
         \x20   {{ day = \"midsommarafton\", days = 3, label = \"Midsommar\" }},\n\
         \x20   {{ day = \"halloweenfredag\", days = 3, label = \"Halloween\" }},\n\
         \x20   {{ day = \"nyarsafton\", label = \"Nyår\" }},\n\
         ]\n"
    )
}

/// The Friday a week before midsummer eve (the Friday of 19–25 June):
/// where Norsjö's school end fell, a first guess for a new agreement.
fn school_end_guess(year: i32) -> Option<NaiveDate> {
    let midsummer_eve = (19..=25)
        .filter_map(|d| NaiveDate::from_ymd_opt(year, 6, d))
        .find(|d| d.weekday() == Weekday::Fri)?;
    midsummer_eve.checked_sub_days(Days::new(7))
}

/// A skeleton plan for `a`: one focus area, one example measure to change,
/// and a commented example of every frequency form.
pub fn skeleton(a: &NewAgreement) -> String {
    let origin = "Ett skelett: en exempelåtgärd att ändra, och\n\
        # kommenterade exempel på varje form av frekvens att utgå från.";
    format!("{}{SKELETON_BODY}", header(a, origin))
}

const SKELETON_BODY: &str = r#"[[agreement.focus_area]]
id = "trygghet"
name = "Trygghet"
text = "Avtalets mening om fokusområdet, ordagrant."

# ---------------------------------------------------------------------------
# Genomförandeplanen: en [[measure]] per rad, i planens ordning. Planen
# behöver minst en; den här är ett exempel att ändra.
# ---------------------------------------------------------------------------

[[measure]]
id = "exempel"
title = "Exempelåtgärd"
focus_area = "trygghet"
prevention = "situationell"
responsible = ["polisen"]
rubrik = "Radens rubrik i planen"
vad = "Vad som görs"
nar = "Minst 2 gånger per månad"
samverkan = "Med vilka"
ansvarig = "Polisen"
uppfoljning = "Hur det följs upp"
frequency = { kind = "quota", at_least = 2, per = "month" }
# Uppföljningsmått som loggas med varje aktivitet (count = hela tal):
# metrics = [
#     { id = "anmalningar", label = "Antal anmälningar", unit = "count", wanted = "increase" },
#     { id = "beslag", label = "Beslag", unit = "gram" },
# ]
# Namngivna mål som åtgärden täcker (loggas med --target):
# targets = [
#     { id = "åk7", label = "Årskurs 7" },
#     { id = "åk8", label = "Årskurs 8" },
# ]

# Varje form av frekvens; byt frequency-raden ovan mot en av dem.
#
# Minst N per period (day, week, month, tertial, quarter, term, half-year, year):
# frequency = { kind = "quota", at_least = 10, per = "month" }
#
# Minst N per period för vart och ett av målen (targets) ("varje årskurs"):
# frequency = { kind = "quota", at_least = 1, per = "year", each_target = true }
#
# Minst N, varav några för ett visst mål ("varav minst en i centrum"):
# frequency = { kind = "quota", at_least = 5, per = "year", of_which = [{ target = "centrum", at_least = 1 }] }
#
# Olika dagar eller veckor i stället för antal tillfällen:
# frequency = { kind = "quota", at_least = 2, per = "year", counting = "weeks" }
#
# Bara dagar i en datummängd räknas (se [[date_set]] nedan):
# frequency = { kind = "quota", at_least = 12, per = "year", counting = "days", within = "riskhelger" }
#
# I snitt över en längre period ("i snitt en per månad över året"):
# frequency = { kind = "quota", at_least = 1, per = "month", average_over = "year" }
#
# Ett mjukt mål: visas, men räknas aldrig som ett misslyckande för skript:
# frequency = { kind = "quota", at_least = 17, per = "year", soft = true }
#
# Högst K veckor mellan gångerna ("var tredje vecka"):
# frequency = { kind = "max-gap", weeks = 3 }
#
# En andel av de arbetade passen (loften shift) ("varje arbetspass"):
# frequency = { kind = "every-shift", share = 1.0, per = "month" }
#
# Varje händelse besvaras ("Det som framkommer vid vandringarna ska
# åtgärdas inom 30 dagar"); händelserna listas som [[trigger]] (längst ned)
# och loggas med loften log fynd, svaren med loften log ÅTGÄRD:
# frequency = { kind = "on-trigger", trigger = "fynd", within_days = 30 }
#
# Inget mål, bara räknat ("vid behov"):
# frequency = { kind = "as-needed" }

# En namngiven datummängd, t.ex. kommunens riskhelger:
# [[date_set]]
# id = "riskhelger"
# name = "Riskhelger"
# dates = [
#     { from = 2026-04-30, until = 2026-05-01, label = "Valborg 2026" },
# ]

# En sorts händelse som ett löfte besvarar:
# [[trigger]]
# id = "fynd"
# name = "Fynd vid trygghetsvandring"
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::parse_plan;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn agreement(start: &str, end: &str) -> NewAgreement {
        NewAgreement {
            municipality: "Malå \"norra\" kommun".into(),
            start: day(start),
            end: day(end),
        }
    }

    #[test]
    fn the_school_end_guess_is_norsjos_for_its_years() {
        let norsjo = crate::plan::parse_plan(NORSJO_PLAN).unwrap();
        let set = norsjo.date_set("riskhelger").unwrap();
        for year in 2019..=2023 {
            let guess = school_end_guess(year).unwrap();
            assert!(set.contains(guess), "{guess}");
            assert_eq!(guess.weekday(), Weekday::Fri);
        }
    }

    #[test]
    fn the_template_is_a_plan_for_the_new_agreement() {
        let a = agreement("2026-03-01", "2029-12-31");
        let plan = parse_plan(&from_norsjo(&a)).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(plan.agreement.municipality, "Malå \"norra\" kommun");
        assert_eq!(
            plan.agreement.title,
            "Medborgarlöfte 2026–2029 Polisen och Malå \"norra\" kommun"
        );
        assert_eq!((plan.agreement.start, plan.agreement.end), (a.start, a.end));
        assert_eq!(plan.measure_ids().len(), 13);
        assert!(
            plan.measures
                .iter()
                .all(|m| m.validity == plan.agreement.period())
        );
        let set = plan.date_set("riskhelger").unwrap();
        // 12 evenings in each whole year, by the rules.
        for year in 2027..=2029 {
            let whole = crate::period::DateRange::new(
                day(&format!("{year}-01-01")),
                day(&format!("{year}-12-31")),
            )
            .unwrap();
            assert_eq!(set.days_in(whole), 12, "{year}");
        }
        assert_eq!(
            set.next_day_after(day("2026-03-01")),
            Some((day("2026-04-30"), "Valborg 2026".to_string()))
        );
    }

    #[test]
    fn a_part_year_counts_only_its_days() {
        let a = agreement("2026-06-01", "2026-12-31");
        let plan = parse_plan(&from_norsjo(&a)).unwrap();
        let set = plan.date_set("riskhelger").unwrap();
        // Valborg falls before the agreement: 3 + 3 + 3 + 1 evenings.
        assert_eq!(set.days_in(plan.agreement.period()), 10);
    }

    #[test]
    fn the_skeleton_is_a_plan_with_one_measure() {
        let a = agreement("2026-01-01", "2026-12-31");
        let text = skeleton(&a);
        let plan = parse_plan(&text).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(plan.measure_ids(), ["exempel"]);
        for form in [
            "\"quota\"",
            "each_target",
            "of_which",
            "counting",
            "within",
            "average_over",
            "soft",
            "max-gap",
            "every-shift",
            "on-trigger",
            "as-needed",
        ] {
            assert!(
                text.contains("# frequency = { kind = ") && text.contains(form),
                "{form}"
            );
        }
        // Each commented form parses when uncommented.
        for line in text.lines().filter(|l| l.starts_with("# frequency = ")) {
            let uncommented = text.replacen(
                "frequency = { kind = \"quota\", at_least = 2, per = \"month\" }",
                &line[2..],
                1,
            );
            let uncommented = uncommented.replace("# targets = [\n#     { id = \"åk7\", label = \"Årskurs 7\" },\n#     { id = \"åk8\", label = \"Årskurs 8\" },\n# ]", "targets = [{ id = \"centrum\", label = \"Centrum\" }]");
            let uncommented = uncommented.replace("# [[date_set]]\n# id = \"riskhelger\"\n# name = \"Riskhelger\"\n# dates = [\n#     { from = 2026-04-30, until = 2026-05-01, label = \"Valborg 2026\" },\n# ]", "[[date_set]]\nid = \"riskhelger\"\nname = \"Riskhelger\"\ndates = [{ from = 2026-04-30, until = 2026-05-01, label = \"Valborg 2026\" }]");
            let uncommented = uncommented.replace(
                "# [[trigger]]\n# id = \"fynd\"\n# name = \"Fynd vid trygghetsvandring\"",
                "[[trigger]]\nid = \"fynd\"\nname = \"Fynd vid trygghetsvandring\"",
            );
            assert!(
                parse_plan(&uncommented).is_ok(),
                "{line}: {:?}",
                parse_plan(&uncommented).err()
            );
        }
    }

    #[test]
    fn file_names() {
        assert_eq!(
            plan_file_name(&agreement("2026-01-01", "2029-12-31")),
            "mala-norra-2026-2029.toml"
        );
        let one = NewAgreement {
            municipality: "Norsjö kommun".into(),
            ..agreement("2026-01-01", "2026-12-31")
        };
        assert_eq!(plan_file_name(&one), "norsjo-2026.toml");
        let odd = NewAgreement {
            municipality: "???".into(),
            ..one
        };
        assert_eq!(plan_file_name(&odd), "plan-2026.toml");
    }
}
