// Issue 14, point 3: the page view of a long plan. quang-minh's body repeated into a plan of about
// 50 pages; `kehoach serve` (its own process) gets the unsaved text as the workspace posts it and
// answers with the document in both views, the page view laid out by the PDF's own layout
// (pdfLayout: nothing drawn). Median of BENCH_PAGES_RUNS (default 7) round trips, each text
// new (a word in the summary), so nothing comes from a cache.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { call, writeHeaders } from "./bench-editor.js";
import { startServe } from "./bench-server.js";

const TIMES = 6;

export default async function benchPages({ root, bin, work, record, median }) {
  const n = Number(process.env.BENCH_PAGES_RUNS ?? 7);
  const plan = parse(readFileSync(join(root, "plans", "quang-minh-2024.yaml"), "utf8"));
  const dir = join(work, "pages");
  mkdirSync(dir, { recursive: true });
  const file = "long-50.yaml";
  const long = { ...plan, sections: Array.from({ length: TIMES }, () => plan.sections).flat() };
  const text = stringify(long);
  writeFileSync(join(dir, file), text);
  const summary = plan.document.summary;

  const server = await startServe(bin, dir);
  try {
    const headers = await writeHeaders(server.port);
    const times = [];
    let pages = "?";
    for (let i = 0; i <= n; i++) {
      const marker = `lần ${i}`;
      const body = JSON.stringify({ text: text.replace(summary, `${summary} ${marker}`) });
      const t0 = performance.now();
      const res = await call(server.port, "POST", `/api/preview/${file}`, body, headers);
      const ms = performance.now() - t0;
      const doc = res.status === 200 ? JSON.parse(res.body).doc : "";
      pages = /data-pages="(\d+)"/.exec(doc)?.[1] ?? "?";
      if (!doc.includes(marker) || pages === "?") {
        throw new Error(`page view ${i} lacks its change or its pages (${res.status})`);
      }
      if (i > 0) times.push(ms); // the first runs the templates' first compile
    }
    record(
      `kehoach serve: page view of a ${pages}-page plan (quang-minh's body ×${TIMES}, both views, median of ${n})`,
      median(times),
      500,
    );
  } finally {
    await server.stop();
  }
}
