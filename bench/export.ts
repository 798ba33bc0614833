// `npm run bench -- export`: the annotated-report renderers on an article with 1,000 fully
// worked claims (verdict, rationale, two sources, reviews), against an embedded Postgres of its
// own (no app server: the loader and renderers are called directly). Figures: load, HTML and PDF
// generation (median of RUNS after a warm-up) and the process's peak resident memory.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { prepareDatabase } from "../lib/database/prepare-database";
import { loadExportModel } from "../lib/export/load-export-model";
import { renderHtml } from "../lib/export/render-html";
import { renderPdf } from "../lib/export/render-pdf";
import { createBenchUser } from "./lib/create-bench-user";
import { log } from "./lib/log";
import { peakRssMb } from "./lib/process-memory";
import { createRandom } from "./lib/random";
import { printResult, printTable } from "./lib/report";
import { seedExportArticle } from "./lib/seed-export-article";
import { percentile, round } from "./lib/stats";
import { generateArticle } from "./editor/generate-article";
import { generateClaims } from "./editor/generate-claims";

const SEED = 2016_10_03;
const WORDS = 20_000;
const PARAGRAPHS = 400;
const CLAIMS = 1_000;
const RUNS = 5;

export async function main() {
  const random = createRandom(SEED);
  const article = generateArticle(random, WORDS, PARAGRAPHS);
  const claims = generateClaims(random, article, CLAIMS, 30);
  const dataDir = await mkdtemp(path.join(tmpdir(), "factdesk-bench-export-"));
  log(`starting embedded Postgres in ${dataDir}`);
  const database = await prepareDatabase({ dataDir, seedDemo: false });
  const db = createPrismaClient(database.url, 2);
  try {
    const user = await createBenchUser(db);
    const reviewer = await createBenchUser(db, "Bench Reviewer");
    const articleId = await seedExportArticle(db, user, reviewer.id, random, article, claims);
    log(`seeded ${claims.length} claims on ${article.plainText.length.toLocaleString("en")} characters`);

    let rssHighWater = process.memoryUsage().rss;
    const sampler = setInterval(() => (rssHighWater = Math.max(rssHighWater, process.memoryUsage().rss)), 5);
    const time = async <T>(work: () => T | Promise<T>) => {
      const started = performance.now();
      const result = await work();
      return { ms: performance.now() - started, result };
    };
    const load = () => loadExportModel(db, user.workspace.id, articleId, { baseUrl: "https://factdesk.example.org" }).then((model) => model!);
    const model = await load();
    renderHtml(model);
    await renderPdf(model);
    const loads: number[] = [];
    const htmls: number[] = [];
    const pdfs: number[] = [];
    let sizes = { html: 0, pdf: 0 };
    for (let run = 0; run < RUNS; run++) {
      loads.push((await time(load)).ms);
      const html = await time(() => renderHtml(model));
      const pdf = await time(() => renderPdf(model));
      htmls.push(html.ms);
      pdfs.push(pdf.ms);
      sizes = { html: Buffer.byteLength(html.result), pdf: pdf.result.length };
      log(`run ${run + 1}/${RUNS}: load ${round(loads[run])} ms, html ${round(html.ms)} ms, pdf ${round(pdf.ms)} ms`);
    }
    clearInterval(sampler);
    rssHighWater = Math.max(rssHighWater, process.memoryUsage().rss);
    const figures = {
      claims: model.claims.length,
      load_ms: round(percentile(loads, 50)),
      html_ms: round(percentile(htmls, 50)),
      pdf_ms: round(percentile(pdfs, 50)),
      html_kb: round(sizes.html / 1024),
      pdf_kb: round(sizes.pdf / 1024),
      peak_rss_mb: round(Math.max(rssHighWater / 1024 / 1024, peakRssMb(process.pid) ?? 0)),
    };
    printTable([
      { figure: "claims", value: figures.claims, unit: "" },
      { figure: "load (median)", value: figures.load_ms, unit: "ms", note: "one article, claims, sources, reviews" },
      { figure: "HTML report (median)", value: figures.html_ms, unit: "ms", target: { op: "<", limit: 1000 }, note: `${figures.html_kb} KB` },
      { figure: "PDF report (median)", value: figures.pdf_ms, unit: "ms", target: { op: "<", limit: 5000 }, note: `${figures.pdf_kb} KB` },
      { figure: "peak RSS", value: figures.peak_rss_mb, unit: "MB", note: "this process (VmHWM), Postgres excluded" },
    ]);
    printResult("export", { html_ms: figures.html_ms, pdf_ms: figures.pdf_ms, peak_rss_mb: figures.peak_rss_mb, load_ms: figures.load_ms, claims: figures.claims });
  } finally {
    await db.$disconnect();
    await database.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  }
}
