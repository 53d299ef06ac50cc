// The yearly HTML report checked for WCAG 2.1 AA in a real browser.
//
//   node tests/a11y/check.mjs [--width 1280 --width 390] [--screenshot DIR] FILE.html...
//
// Opens each file in the system's chromium (puppeteer-core drives it; no
// browser is downloaded) at each width, on screen and as printed (CSS
// media "print", so print colours are checked too), opens every
// <details>, runs axe-core with the WCAG 2.0 and 2.1 A and AA rules, and
// checks that the page is no wider than the window and (on screen) that no
// chart text is drawn smaller than 11px. One line per page,
// width and medium:
//
//   ok report-sv.html @390px: 0 violations, page 390px wide in a 390px window
//   ok report-sv.html @390px print: 0 violations, page 390px wide in a 390px window
//   FAIL report-sv.html @390px: 1 violation(s), page 390px wide in a 390px window
//     serious scrollable-region-focusable: Scrollable region must have keyboard access (1 node(s))
//       #measure-narkotika > .scroll
//
// then "checked N page(s) at M width(s), on screen and in print: P
// passed, F failed". Exit 0 when every page passed, 1 when a check
// failed, 2 when the tools are missing (the message says how to install
// them). The browser is /usr/bin/chromium, or LOFTEN_CHROMIUM.

import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const MIN_SVG_TEXT_PX = 11;
const INSTALL = "run `npm ci --prefix tests/a11y` (node 18 or later)";

function usage(message) {
  console.error(`check.mjs: ${message}`);
  console.error(
    "usage: node tests/a11y/check.mjs [--width PX]... [--screenshot DIR] FILE.html...",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const widths = [];
  const files = [];
  let screenshots = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--width") {
      const px = Number(argv[++i]);
      if (!Number.isInteger(px) || px < 200) usage(`--width wants pixels, got ${argv[i]}`);
      widths.push(px);
    } else if (arg === "--screenshot") {
      screenshots = argv[++i];
      if (!screenshots) usage("--screenshot wants a folder");
    } else if (arg.startsWith("--")) {
      usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) usage("no report to check");
  for (const file of files) {
    if (!existsSync(file)) usage(`${file}: no such file`);
  }
  return { widths: widths.length ? widths : [1280, 390], files, screenshots };
}

/// The tools, or exit 2 with what to do.
async function tools() {
  const require = createRequire(import.meta.url);
  let puppeteer, axeSource;
  try {
    puppeteer = (await import("puppeteer-core")).default;
    axeSource = require("axe-core").source;
  } catch (error) {
    console.error(`check.mjs: axe-core or puppeteer-core is missing (${error.code ?? error.message}); ${INSTALL}`);
    process.exit(2);
  }
  const chromium = process.env.LOFTEN_CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(`check.mjs: no browser at ${chromium}; install Debian's chromium (apt-get install chromium) or set LOFTEN_CHROMIUM`);
    process.exit(2);
  }
  return { puppeteer, axeSource, chromium };
}

function describe(violation) {
  const lines = [
    `  ${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length} node(s))`,
  ];
  for (const node of violation.nodes.slice(0, 5)) {
    lines.push(`    ${node.target.join(" ")}`);
  }
  return lines.join("\n");
}

async function checkPage(browser, axeSource, file, width, media, screenshots) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaType(media);
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: "load" });
    if (screenshots && media === "screen") {
      mkdirSync(screenshots, { recursive: true });
      const name = `${basename(file, ".html")}-${width}.png`;
      await page.screenshot({ path: join(screenshots, name), fullPage: true });
    }
    // Folded content (the charts' tables) is checked too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await page.evaluate(axeSource);
    const results = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
      TAGS,
    );
    const size = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
      // The smallest chart text as drawn: its font size times the scale
      // the chart is shrunk or grown by at this width.
      // (null when there is none: Infinity does not survive the trip.)
      smallestSvgText: (() => {
        const sizes = [...document.querySelectorAll("svg text")].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a,
        );
        return sizes.length ? Math.min(...sizes) : null;
      })(),
    }));
    const name = `${basename(file)} @${width}px${media === "print" ? " print" : ""}`;
    const violations = results.violations;
    const tooWide = size.page > size.window;
    // Chart text at least 11px on screen (a phone shrinks the charts).
    const tooSmall =
      media === "screen" && size.smallestSvgText !== null && size.smallestSvgText < MIN_SVG_TEXT_PX;
    const ok = violations.length === 0 && !tooWide && !tooSmall;
    const smallest = size.smallestSvgText !== null
      ? `, chart text at least ${size.smallestSvgText.toFixed(1)}px`
      : "";
    const width_words = `page ${size.page}px wide in a ${size.window}px window${smallest}`;
    const lines = [
      ok
        ? `ok ${name}: 0 violations, ${width_words}`
        : `FAIL ${name}: ${violations.length} violation(s), ${width_words}${tooWide ? " (wider than the window)" : ""}${tooSmall ? ` (chart text under ${MIN_SVG_TEXT_PX}px)` : ""}`,
      ...violations.map(describe),
    ];
    return { ok, text: lines.join("\n") };
  } finally {
    await page.close();
  }
}

const { widths, files, screenshots } = parseArgs(process.argv.slice(2));
const { puppeteer, axeSource, chromium } = await tools();
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
  ],
});
let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    for (const width of widths) {
      for (const media of ["screen", "print"]) {
        const { ok, text } = await checkPage(browser, axeSource, file, width, media, screenshots);
        console.log(text);
        if (ok) passed++;
        else failed++;
      }
    }
  }
} finally {
  await browser.close();
}
console.log(
  `checked ${files.length} page(s) at ${widths.length} width(s), on screen and in print: ${passed} passed, ${failed} failed`,
);
process.exit(failed === 0 ? 0 : 1);
