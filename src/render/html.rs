//! The yearly report as one self-contained web page: inline CSS, a bar
//! chart per measure as inline SVG, no JavaScript, no fonts, images or
//! links from the network (the page holds no network address at all). It
//! reads on a phone (responsive layout, `<meta name="viewport">`) and
//! prints on A4 (`@page`, a measure never split across pages).
//!
//! Every text from the plan and the log goes through [`escape`]: a title
//! holding `<script>` is shown, not run.

use std::fmt::Write as _;

use crate::compliance::grid::Mark;
use crate::report::{Labels, MeasureReport, MetricLine, Report, TargetLine};
use crate::text::Lang;

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
  --partial: #f9a825; --bar: #7a8a99; --accent: #1f4e78; }
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
.state { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; font-size: .85rem; font-weight: 600;
  border: 1px solid currentColor; }
.state-met { color: var(--met); } .state-missed, .state-behind { color: var(--missed); }
.state-excused { color: #8a6d00; } .state-on_track { color: var(--accent); }
.state-no_target, .state-not_in_force { color: var(--muted); }
p.sentence { margin: .5rem 0; }
svg.chart { width: 100%; height: auto; display: block; margin: .4rem 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0; }
th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
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
  h2 { break-after: avoid; page-break-after: avoid; }
  section.measure { border-color: #999; padding: 3mm 4mm; margin: 3mm 0; }
  .big { font-size: 12pt; }
  svg.chart { max-height: 32mm; }
}
"#;

/// The report as a complete HTML document.
pub fn report_html(report: &Report) -> String {
    let lang = report.lang;
    let labels = Labels::of(lang);
    let mut out = String::new();
    let html_lang = lang.pick("sv", "en");
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

fn measure_section(out: &mut String, report: &Report, m: &MeasureReport, labels: &Labels) {
    let lang = report.lang;
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
    out.push_str(&chart_svg(report, m, labels));
    if !m.metrics.is_empty() {
        metrics_table(out, report, &m.metrics, labels, lang);
    }
    out.push_str("</section>\n");
}

fn metrics_table(
    out: &mut String,
    report: &Report,
    metrics: &[MetricLine],
    labels: &Labels,
    _lang: Lang,
) {
    let _ = writeln!(
        out,
        "<div class=\"scroll\"><table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{} ({})</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        labels.metric,
        report.year,
        labels.year_before,
        report.year - 1,
        labels.trend,
        labels.wanted
    );
    for metric in metrics {
        let class = match metric.good {
            Some(true) => " class=\"good\"",
            Some(false) => " class=\"bad\"",
            None => "",
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td{class}>{}</td><td>{}</td></tr>",
            escape(&metric.label),
            escape(&metric.this_year),
            escape(&metric.year_before),
            metric.arrow,
            escape(metric.wanted)
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
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

/// The bar chart of a measure: done per month; a dashed line at a monthly
/// target, or for a yearly target the running total against it.
pub fn chart_svg(report: &Report, m: &MeasureReport, labels: &Labels) -> String {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 190.0;
    const LEFT: f64 = 34.0;
    const RIGHT: f64 = 12.0;
    const TOP: f64 = 14.0;
    const BOTTOM: f64 = 40.0;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let n = m.months.len().max(1);
    let mut running = 0u64;
    let cumulative: Vec<u64> = m
        .months
        .iter()
        .map(|b| {
            running += b.done;
            running
        })
        .collect();
    let bars_max = m.months.iter().map(|b| b.done).max().unwrap_or(0);
    let scale_max = match m.target_line {
        TargetLine::None => bars_max,
        TargetLine::Monthly(t) => bars_max.max(t),
        TargetLine::Yearly(t) => bars_max.max(t).max(running),
    }
    .max(1) as f64;
    let y = |v: f64| TOP + plot_h - v / scale_max * plot_h;
    let slot = plot_w / n as f64;
    let bar_w = slot * 0.62;
    let monthly = matches!(m.target_line, TargetLine::Monthly(_))
        || m.months.iter().any(|b| b.mark != Mark::Blank);
    let mut svg = String::new();
    let aria = match report.lang {
        Lang::Sv => format!("{}: {} per månad", m.title, labels.done.to_lowercase()),
        Lang::En => format!("{}: done per month", m.title),
    };
    let _ = write!(
        svg,
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
        escape(&aria),
        escape(&aria)
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
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\" fill=\"#5b5b5b\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 4.0,
            yy + 3.5,
            v
        );
    }
    for (i, bar) in m.months.iter().enumerate() {
        let x = LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
        let top = y(bar.done as f64);
        let h = (TOP + plot_h - top).max(0.0);
        if bar.started && bar.done > 0 {
            let _ = writeln!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{bar_w:.1}\" height=\"{h:.1}\" fill=\"{}\" rx=\"2\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">{}</text>",
                bar_colour(bar.mark, monthly),
                x + bar_w / 2.0,
                top - 3.0,
                bar.done
            );
        }
        let label = report.month_labels.get(i).map_or("", String::as_str);
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
            x + bar_w / 2.0,
            TOP + plot_h + 14.0,
            if bar.started { "#1b1b1b" } else { "#b0b0b0" },
            escape(label)
        );
    }
    let legend_y = HEIGHT - 6.0;
    match m.target_line {
        TargetLine::Monthly(t) => {
            let yy = y(t as f64);
            let _ = writeln!(
                svg,
                "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#1f4e78\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
                WIDTH - RIGHT
            );
            legend(
                &mut svg,
                legend_y,
                &format!("{} {t}", labels.target_line),
                None,
            );
        }
        TargetLine::Yearly(t) => {
            let yy = y(t as f64);
            let _ = writeln!(
                svg,
                "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#1f4e78\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
                WIDTH - RIGHT
            );
            let points: Vec<String> = cumulative
                .iter()
                .zip(&m.months)
                .enumerate()
                .filter(|(_, (_, bar))| bar.started)
                .map(|(i, (c, _))| {
                    format!(
                        "{:.1},{:.1}",
                        LEFT + slot * i as f64 + slot / 2.0,
                        y(*c as f64)
                    )
                })
                .collect();
            if !points.is_empty() {
                let _ = writeln!(
                    svg,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"#e07b00\" stroke-width=\"2.5\"/>",
                    points.join(" ")
                );
            }
            legend(
                &mut svg,
                legend_y,
                &format!("{} {t}", labels.target_line),
                Some(labels.cumulative),
            );
        }
        TargetLine::None => {}
    }
    svg.push_str("</svg>\n");
    svg
}

fn legend(svg: &mut String, y: f64, target: &str, cumulative: Option<&str>) {
    let _ = write!(
        svg,
        "<line x1=\"40\" y1=\"{:.1}\" x2=\"62\" y2=\"{:.1}\" stroke=\"#1f4e78\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
         <text x=\"66\" y=\"{y:.1}\" font-size=\"10\" fill=\"#1b1b1b\">{}</text>",
        y - 3.5,
        y - 3.5,
        escape(target)
    );
    if let Some(words) = cumulative {
        let _ = write!(
            svg,
            "<line x1=\"200\" y1=\"{:.1}\" x2=\"222\" y2=\"{:.1}\" stroke=\"#e07b00\" stroke-width=\"2.5\"/>\
             <text x=\"226\" y=\"{y:.1}\" font-size=\"10\" fill=\"#1b1b1b\">{}</text>",
            y - 3.5,
            y - 3.5,
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
