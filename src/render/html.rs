//! The yearly report as one self-contained web page: inline CSS, a bar
//! chart per measure as inline SVG, no JavaScript, no fonts, images or
//! links from the network (the page holds no network address at all). It
//! reads on a phone (responsive layout, `<meta name="viewport">`) and
//! prints on A4 (`@page`, a measure never split across pages).
//!
//! Every text from the plan and the log goes through [`escape`]: a title
//! holding `<script>` is shown, not run.
//!
//! Made to meet WCAG 2.1 AA (the report is public, under DOS-lagen), as
//! `tests/a11y` checks with axe-core in a browser: each chart is named by
//! a sentence that sums it up and has its values as a table; a box that
//! scrolls is reachable by keyboard and named; focus is visible; a colour
//! always has a symbol or a word beside it; every text has AA contrast on
//! screen and in print.

use std::fmt::Write as _;

use crate::compliance::State;
use crate::compliance::grid::Mark;
use crate::report::{
    ChartValues, Labels, MeasureReport, MetricLine, Report, TargetLine, chart_values,
};
use crate::text;
use crate::words::{good_words, state_explanation, state_words};

/// `text` with `&`, `<`, `>`, `"` and `'` as entities, safe in element
/// content and in quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink: #1b1b1b; --muted: #5b5b5b; --line: #d6d6d6; --met: #2e7d32; --missed: #c62828;
  --partial: #b45309; --bar: #6b7b8a; --accent: #1f4e78; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ink); background: #fff; line-height: 1.45; }
main { max-width: 58rem; margin: 0 auto; padding: 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; color: var(--accent); }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.subtitle { font-size: 1.15rem; color: var(--muted); margin: 0 0 1rem; }
.meta { color: var(--muted); font-size: .9rem; }
.area-text { font-style: italic; color: var(--muted); }
ul.effects li, ul.areas li { margin: .2rem 0; }
section.measure { border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1rem; margin: 1rem 0;
  break-inside: avoid; page-break-inside: avoid; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem 1.5rem; margin: .5rem 0; }
.pair div { min-width: 0; }
.label { display: block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.big { font-size: 1.25rem; font-weight: 600; }
.state { display: inline-block; white-space: nowrap; padding: .05rem .5rem; border-radius: 1rem; font-size: .85rem; font-weight: 600;
  border: 1px solid currentColor; }
.state-met { color: var(--met); } .state-missed, .state-behind { color: var(--missed); }
.state-excused { color: #8a6d00; } .state-on_track { color: var(--accent); }
.state-no_target, .state-not_in_force { color: var(--muted); }
p.sentence { margin: .5rem 0; }
section.summary .big { margin: .3rem 0 .6rem; }
dl.states { display: grid; grid-template-columns: max-content 1fr; gap: .3rem .8rem; margin: .4rem 0;
  font-size: .9rem; }
dl.states dt, dl.states dd { margin: 0; }
svg.chart { width: 100%; max-width: 28rem; height: auto; display: block; margin: .4rem 0; }
.scroll { overflow-x: auto; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
p.legend { font-size: .85rem; color: var(--muted); margin: .2rem 0; }
details.values { margin: .3rem 0 .6rem; }
details.values summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0; }
th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
tbody th { font-weight: normal; }
.good { color: var(--met); font-weight: 600; } .bad { color: var(--missed); font-weight: 600; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@media (max-width: 40rem) {
  main { padding: .75rem; }
  .pair { grid-template-columns: 1fr; }
  h1 { font-size: 1.3rem; }
  table { font-size: .8rem; }
  th, td { padding: .2rem .25rem; }
}
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2, h3, p.area-text { break-after: avoid; page-break-after: avoid; }
  tr, dl.states dt, dl.states dd { break-inside: avoid; page-break-inside: avoid; }
  section.measure { border-color: #999; padding: 3mm 4mm; margin: 3mm 0; }
  .big { font-size: 12pt; }
  svg.chart { max-height: 40mm; }
  details.values { display: none; }
}
"#;

/// The report as a complete HTML document.
pub fn report_html(report: &Report) -> String {
    let lang = report.lang;
    let labels = Labels::of(lang);
    let mut out = String::new();
    let html_lang = lang.say("html-lang");
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} – {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&report.title),
        escape(&report.subtitle)
    );
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", escape(&report.title));
    let _ = writeln!(
        out,
        "<p class=\"subtitle\">{}</p>",
        escape(&report.subtitle)
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}: {}{}</p>\n</header>",
        labels.parties,
        escape(&report.parties.join(", ")),
        report.signed.as_ref().map_or(String::new(), |s| format!(
            " · {}: {}",
            labels.signed,
            escape(s)
        ))
    );
    summary_section(&mut out, report);
    let _ = writeln!(out, "<h2>{}</h2>\n<ul class=\"areas\">", labels.focus_areas);
    for area in &report.areas {
        let _ = writeln!(
            out,
            "<li><strong>{}</strong>: {}</li>",
            escape(&area.name),
            escape(&area.text)
        );
    }
    out.push_str("</ul>\n");
    if !report.effects.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul class=\"effects\">", labels.effects);
        for effect in &report.effects {
            let _ = writeln!(out, "<li>{}</li>", escape(effect));
        }
        out.push_str("</ul>\n");
    }
    for area in &report.areas {
        let _ = writeln!(
            out,
            "<h2 id=\"area-{}\">{}</h2>\n<p class=\"area-text\">{}</p>",
            escape(&area.id),
            escape(&area.name),
            escape(&area.text)
        );
        for measure in &area.measures {
            measure_section(&mut out, report, measure, &labels);
        }
    }
    let _ = writeln!(out, "<footer>{}</footer>", labels.made_with);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The opening: how many promises were kept, every measure's outcome in a
/// small table (each linked to its section), and what the states and
/// their colours mean.
fn summary_section(out: &mut String, report: &Report) {
    let lang = report.lang;
    let _ = writeln!(
        out,
        "<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">{}</h2>\n<p class=\"big\">{}</p>",
        lang.say("html-summary"),
        escape(&report.summary.sentence)
    );
    let mut table = format!(
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        lang.say("html-summary-column-measure"),
        lang.say("html-summary-column-promise"),
        lang.say("html-summary-column-done"),
        lang.say("html-summary-column-outcome"),
        lang.say("html-summary-column-state"),
    );
    for m in report.areas.iter().flat_map(|a| &a.measures) {
        let _ = writeln!(
            table,
            "<tr><th scope=\"row\"><a href=\"#measure-{}\">{}</a></th><td>{}</td><td>{}</td><td>{}</td><td><span class=\"state state-{}\">{}</span></td></tr>",
            escape(&m.id),
            escape(&m.title),
            escape(&m.promise),
            escape(&m.done_words),
            escape(&m.record_words),
            m.state.as_str(),
            escape(&m.state_words)
        );
    }
    table.push_str("</tbody>\n</table>");
    scroll_box(out, &lang.say("html-every-measure"), &table);
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<dl class=\"states\">",
        lang.say("html-what-the-states-mean")
    );
    let shown: Vec<State> = State::ALL
        .iter()
        .copied()
        .filter(|s| {
            matches!(s, State::Met | State::Missed | State::NoTarget)
                || report.summary.counts.iter().any(|(c, _)| c == s)
        })
        .collect();
    for state in shown {
        let _ = writeln!(
            out,
            "<dt><span class=\"state state-{}\">{}</span></dt><dd>{}</dd>",
            state.as_str(),
            state_words(state, lang),
            escape(&state_explanation(state, lang))
        );
    }
    out.push_str("</dl>\n</section>\n");
}

fn measure_section(out: &mut String, report: &Report, m: &MeasureReport, labels: &Labels) {
    let _ = writeln!(
        out,
        "<section class=\"measure\" id=\"measure-{}\">\n<h3>{}</h3>",
        escape(&m.id),
        escape(&m.title)
    );
    let _ = writeln!(
        out,
        "<div class=\"pair\">\n<div><span class=\"label\">{}</span><span class=\"big\">{}</span><br>{}<br><small>{}</small></div>",
        labels.promise,
        escape(&m.nar),
        escape(&m.vad),
        escape(&m.promise)
    );
    let record = if m.record_words.is_empty() {
        String::new()
    } else {
        format!("<br>{}", escape(&m.record_words))
    };
    let _ = writeln!(
        out,
        "<div><span class=\"label\">{}</span><span class=\"big\">{}</span>{record}<br><span class=\"state state-{}\">{}</span></div>\n</div>",
        labels.done,
        escape(&m.done_words),
        m.state.as_str(),
        escape(&m.state_words)
    );
    let _ = writeln!(out, "<p class=\"sentence\">{}</p>", escape(&m.sentence));
    let values = chart_values(report, m);
    out.push_str(&chart_svg(report, m, &values, labels));
    if values.judged_per_month() {
        let _ = writeln!(out, "<p class=\"legend\">{}</p>", labels.bar_legend);
    }
    chart_table(out, report, m, &values, labels);
    if !m.metrics.is_empty() {
        metrics_table(out, report, m, labels);
    }
    out.push_str("</section>\n");
}

/// A box that may scroll sideways on a phone: a named region the keyboard
/// can reach (and so scroll), around `table`.
fn scroll_box(out: &mut String, name: &str, table: &str) {
    let _ = writeln!(
        out,
        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">{table}</div>",
        escape(name)
    );
}

/// The chart's values as a table, folded away under a `<details>`:
/// month, done, (so far this year), target and outcome.
fn chart_table(
    out: &mut String,
    report: &Report,
    m: &MeasureReport,
    values: &ChartValues,
    labels: &Labels,
) {
    let (target_head, target) = match m.target_line {
        TargetLine::Monthly(t) => (&labels.target_per_month, t.to_string()),
        TargetLine::Yearly(t) => (&labels.target_for_year, t.to_string()),
        TargetLine::None => (&labels.target, "–".to_string()),
    };
    let yearly = matches!(m.target_line, TargetLine::Yearly(_));
    let mut table = String::new();
    let _ = write!(
        table,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th>",
        labels.month, labels.done
    );
    if yearly {
        let _ = write!(
            table,
            "<th scope=\"col\" class=\"num\">{}</th>",
            labels.so_far
        );
    }
    let _ = writeln!(
        table,
        "<th scope=\"col\" class=\"num\">{target_head}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        labels.outcome
    );
    for month in values.months.iter().filter(|month| month.started) {
        let _ = write!(
            table,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td>",
            escape(&month.month),
            month.done
        );
        if yearly {
            let _ = write!(table, "<td class=\"num\">{}</td>", month.so_far);
        }
        let outcome = if month.outcome.is_empty() {
            "–".to_string()
        } else {
            format!("{} {}", month.mark.symbol(), month.outcome)
        };
        let _ = writeln!(
            table,
            "<td class=\"num\">{target}</td><td>{outcome}</td></tr>"
        );
    }
    table.push_str("</tbody>\n</table>");
    let _ = writeln!(
        out,
        "<details class=\"values\"><summary>{}</summary>",
        labels.chart_values
    );
    scroll_box(
        out,
        &text!("html-chart-values-of", title = m.title).get(report.lang),
        &table,
    );
    out.push_str("</details>\n");
}

fn metrics_table(out: &mut String, report: &Report, m: &MeasureReport, labels: &Labels) {
    let mut table = String::new();
    let _ = writeln!(
        table,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{} ({})</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        labels.metric,
        report.year,
        labels.year_before,
        report.year - 1,
        labels.trend,
        labels.wanted
    );
    for metric in &m.metrics {
        let _ = writeln!(
            table,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>{}<td>{}</td></tr>",
            escape(&metric.label),
            escape(&metric.this_year),
            escape(&metric.year_before),
            trend_cell(metric, report),
            escape(&metric.wanted)
        );
    }
    table.push_str("</tbody>\n</table>");
    scroll_box(
        out,
        &text!("html-metrics-of", title = m.title).get(report.lang),
        &table,
    );
}

/// The trend's arrow, and where the plan wants a direction, a coloured ✓
/// or ✗ with its meaning in words for screen readers: the colour is never
/// alone.
fn trend_cell(metric: &MetricLine, report: &Report) -> String {
    let (class, symbol) = match metric.good {
        Some(true) => (" class=\"good\"", " ✓"),
        Some(false) => (" class=\"bad\"", " ✗"),
        None => ("", ""),
    };
    let words = good_words(metric.good, report.lang);
    if words.is_empty() {
        return format!("<td>{}</td>", metric.arrow);
    }
    format!(
        "<td{class}>{}<span aria-hidden=\"true\">{symbol}</span><span class=\"sr-only\"> ({words})</span></td>",
        metric.arrow
    )
}

fn bar_colour(mark: Mark, monthly: bool) -> &'static str {
    if !monthly {
        return "var(--bar)";
    }
    match mark {
        Mark::Met => "var(--met)",
        Mark::Missed => "var(--missed)",
        Mark::Partial | Mark::Excused => "var(--partial)",
        Mark::Blank => "var(--bar)",
    }
}

/// Text in the charts: dark enough for AA contrast on white.
const INK: &str = "#1b1b1b";
const MUTED: &str = "#5b5b5b";
/// The running total's line against a yearly target (4.7:1 on white).
const SO_FAR: &str = "#b35c00";
const TARGET: &str = "#1f4e78";
/// The charts' text size, in the units of their 360-wide view box.
const TEXT: u32 = 13;
/// The marks' symbols under the bars.
const SYMBOL: u32 = 14;

/// The bar chart of a measure: done per month with its mark's symbol; a
/// dashed line at a monthly target, or for a yearly target the running
/// total against it. Named by the summary sentence of `values`, whose
/// months it draws.
pub fn chart_svg(
    report: &Report,
    m: &MeasureReport,
    values: &ChartValues,
    labels: &Labels,
) -> String {
    // Narrow enough, with text large enough, that a phone (the chart about
    // 330 px wide at 390 px) draws no text under 11 px.
    const WIDTH: f64 = 360.0;
    const LEFT: f64 = 30.0;
    const RIGHT: f64 = 8.0;
    const TOP: f64 = 16.0;
    const PLOT_H: f64 = 120.0;
    let months = &values.months;
    let monthly = values.judged_per_month();
    // Month names, then the marks' symbols, then the legend of the lines.
    let symbols_y = TOP + PLOT_H + 31.0;
    let legend_y = if monthly {
        symbols_y + 19.0
    } else {
        TOP + PLOT_H + 34.0
    };
    let height = if matches!(m.target_line, TargetLine::None) {
        legend_y - 12.0
    } else {
        legend_y + 6.0
    };
    let plot_w = WIDTH - LEFT - RIGHT;
    let n = months.len().max(1);
    let bars_max = months.iter().map(|month| month.done).max().unwrap_or(0);
    let total = months.last().map_or(0, |month| month.so_far);
    let scale_max = match m.target_line {
        TargetLine::None => bars_max,
        TargetLine::Monthly(t) => bars_max.max(t),
        TargetLine::Yearly(t) => bars_max.max(t).max(total),
    }
    .max(1) as f64;
    let y = |v: f64| TOP + PLOT_H - v / scale_max * PLOT_H;
    let slot = plot_w / n as f64;
    let bar_w = slot * 0.62;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
        escape(&values.summary),
        escape(&values.summary)
    );
    // Axis and gridlines at 0, half and the top of the scale.
    let half = (scale_max / 2.0).round();
    let ticks: Vec<f64> = if half > 0.0 && half < scale_max {
        vec![0.0, half, scale_max]
    } else {
        vec![0.0, scale_max]
    };
    for v in ticks {
        let yy = y(v);
        let _ = writeln!(
            svg,
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#e3e3e3\" stroke-width=\"1\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{TEXT}\" text-anchor=\"end\" fill=\"{MUTED}\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 4.0,
            yy + 4.0,
            v
        );
    }
    for (i, month) in months.iter().enumerate() {
        let x = LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
        let centre = x + bar_w / 2.0;
        let top = y(month.done as f64);
        let h = (TOP + PLOT_H - top).max(0.0);
        if month.started {
            if month.done > 0 {
                let _ = write!(
                    svg,
                    "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{bar_w:.1}\" height=\"{h:.1}\" fill=\"{}\" rx=\"2\"/>",
                    bar_colour(month.mark, monthly),
                );
            }
            let _ = writeln!(
                svg,
                "<text x=\"{centre:.1}\" y=\"{:.1}\" font-size=\"{TEXT}\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
                top - 3.0,
                month.done
            );
        }
        let label = report.month_labels.get(i).map_or("", String::as_str);
        let _ = writeln!(
            svg,
            "<text x=\"{centre:.1}\" y=\"{:.1}\" font-size=\"{TEXT}\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
            TOP + PLOT_H + 15.0,
            if month.started { INK } else { MUTED },
            escape(label)
        );
        if month.started && month.mark != Mark::Blank {
            let _ = writeln!(
                svg,
                "<text x=\"{centre:.1}\" y=\"{symbols_y:.1}\" font-size=\"{SYMBOL}\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
                mark_ink(month.mark),
                month.mark.symbol()
            );
        }
    }
    match m.target_line {
        TargetLine::Monthly(t) => {
            target_line(&mut svg, y(t as f64), WIDTH - RIGHT);
            let target = text!("html-chart-target", target = t).get(report.lang);
            legend(&mut svg, legend_y, &target, None);
        }
        TargetLine::Yearly(t) => {
            target_line(&mut svg, y(t as f64), WIDTH - RIGHT);
            let points: Vec<String> = months
                .iter()
                .enumerate()
                .filter(|(_, month)| month.started)
                .map(|(i, month)| {
                    format!(
                        "{:.1},{:.1}",
                        LEFT + slot * i as f64 + slot / 2.0,
                        y(month.so_far as f64)
                    )
                })
                .collect();
            if !points.is_empty() {
                let _ = writeln!(
                    svg,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{SO_FAR}\" stroke-width=\"2.5\"/>",
                    points.join(" ")
                );
            }
            let target = text!("html-chart-target", target = t).get(report.lang);
            legend(&mut svg, legend_y, &target, Some(&labels.cumulative));
        }
        TargetLine::None => {}
    }
    svg.push_str("</svg>\n");
    svg
}

/// The symbol's colour: the bar's, darkened where needed for text.
fn mark_ink(mark: Mark) -> &'static str {
    match mark {
        Mark::Met => "#2e7d32",
        Mark::Missed => "#c62828",
        Mark::Partial | Mark::Excused => "#b45309",
        Mark::Blank => INK,
    }
}

fn target_line(svg: &mut String, y: f64, right: f64) {
    let _ = writeln!(
        svg,
        "<line x1=\"30\" y1=\"{y:.1}\" x2=\"{right:.1}\" y2=\"{y:.1}\" stroke=\"{TARGET}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
    );
}

fn legend(svg: &mut String, y: f64, target: &str, cumulative: Option<&str>) {
    let _ = write!(
        svg,
        "<line x1=\"30\" y1=\"{:.1}\" x2=\"52\" y2=\"{:.1}\" stroke=\"{TARGET}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
         <text x=\"56\" y=\"{y:.1}\" font-size=\"{TEXT}\" fill=\"{INK}\">{}</text>",
        y - 4.0,
        y - 4.0,
        escape(target)
    );
    if let Some(words) = cumulative {
        let _ = write!(
            svg,
            "<line x1=\"180\" y1=\"{:.1}\" x2=\"202\" y2=\"{:.1}\" stroke=\"{SO_FAR}\" stroke-width=\"2.5\"/>\
             <text x=\"206\" y=\"{y:.1}\" font-size=\"{TEXT}\" fill=\"{INK}\">{}</text>",
            y - 4.0,
            y - 4.0,
            escape(words)
        );
    }
    svg.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
