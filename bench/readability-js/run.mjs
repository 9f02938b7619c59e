// Readability.js 0.6.0 on jsdom 26 (the last to run on Node 20, this machine's) over a folder laid out like shared/extraction: writes predictions in
// score.py's format and prints the time per page, so its figures sit beside NewsLingo's.
//   cd bench/readability-js && npm install && node run.mjs <folder> pred.json
//   python3 <folder>/score.py --root <folder> --predictions pred.json
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [root, out = "readability-js-pred.json"] = process.argv.slice(2);
if (!root) {
  console.error("usage: node run.mjs <folder like shared/extraction> [predictions.json]");
  process.exit(2);
}

function* pages() {
  const truth = JSON.parse(readFileSync(join(root, "scrapinghub", "ground-truth.json"), "utf8"));
  for (const id of Object.keys(truth).sort()) {
    yield [`scrapinghub/${id}`, gunzipSync(readFileSync(join(root, "scrapinghub", "html", `${id}.html.gz`))).toString("utf8"), truth[id].url];
  }
  for (const name of readdirSync(join(root, "readability")).sort()) {
    const source = join(root, "readability", name, "source.html");
    if (existsSync(source) && existsSync(join(root, "readability", name, "expected.html"))) {
      yield [`readability/${name}`, readFileSync(source, "utf8"), "http://fakehost/test/page.html"];
    }
  }
}

// Pages' own scripts and CSS errors are not ours to report.
const quiet = new VirtualConsole();
const predictions = {};
const times = { scrapinghub: [], readability: [] };
for (const [key, html, url] of pages()) {
  const started = process.hrtime.bigint();
  let article = null;
  try {
    const dom = new JSDOM(html, { url, virtualConsole: quiet });
    article = new Readability(dom.window.document).parse();
    dom.window.close();
  } catch (error) {
    predictions[key] = { error: String(error).slice(0, 200) };
  }
  times[key.split("/")[0]].push(Number(process.hrtime.bigint() - started) / 1e6);
  if (article) {
    // Block ends become newlines, as score.py does for the readability set's expected output.
    const body = article.content.replace(/<\/(p|h[1-6]|li|div|blockquote|pre|tr|figcaption)>|<br\s*\/?>/gi, "\n");
    predictions[key] = { body, title: article.title ?? "", byline: article.byline ?? "" };
  } else if (!predictions[key]) {
    predictions[key] = { body: "", title: "", byline: "" };
  }
}

writeFileSync(out, JSON.stringify(predictions));
for (const [set, list] of Object.entries(times)) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(`${set}: ${sorted.length} pages  median ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms per page`);
}
console.log(`predictions: ${out}`);
