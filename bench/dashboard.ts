// `npm run bench -- dashboard`: the workspace dashboard against the large dataset of
// `npm run seed:large` (seeded first when missing: 200 members, 50,000 articles, 1,000,000
// claims). Figures: (a) server time of loadDashboard, the app's data function, over 50 requests
// with the date range varied a little (default view: last 30 days), per section, and over the
// full two years; (b) the dashboard page's first render by the production server, signed in as
// the dataset's owner. BENCH_DASHBOARD_SKIP_PAGE=1 measures (a) only.
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { LARGE_DATASET } from "../scripts/seed-large/large-dataset";
import { ensureLargeDataset } from "../scripts/seed-large/ensure-large-dataset";
import { log } from "./lib/log";
import { printResult, printTable, type ReportRow } from "./lib/report";
import { startApp } from "./lib/start-app";
import { mean, percentile, round } from "./lib/stats";
import { measureLoad, measureSections } from "./dashboard/measure-load";
import { measurePage, type PageSamples } from "./dashboard/measure-page";

const RUNS = 50;
const PAGE_RUNS = 30;
const FULL_RANGE_RUNS = 10;
const TARGET_MS = 150;

export async function main() {
  const dataset = await ensureLargeDataset({ log });
  const client = createPrismaClient(dataset.url, 10);
  let page: PageSamples | undefined;
  try {
    log(`measuring loadDashboard on workspace ${dataset.workspaceSlug}`);
    const load = await measureLoad(client, dataset.workspaceId, RUNS);
    const fullRange = await measureLoad(client, dataset.workspaceId, FULL_RANGE_RUNS, 730);
    const sections = await measureSections(client, dataset.workspaceId, 20);
    const [counts] = await client.$queryRaw<{ claims: bigint; reviews: bigint; articles: bigint }[]>`
      SELECT (SELECT count(*) FROM "Claim" WHERE "workspaceId" = ${dataset.workspaceId}) AS claims,
             (SELECT count(*) FROM "DashboardReview" WHERE "workspaceId" = ${dataset.workspaceId}) AS reviews,
             (SELECT count(*) FROM "Article" WHERE "workspaceId" = ${dataset.workspaceId}) AS articles`;
    await client.$disconnect();

    if (process.env.BENCH_DASHBOARD_SKIP_PAGE !== "1") {
      const app = await startApp({ databaseUrl: dataset.url });
      try {
        page = await measurePage(app.url, dataset.workspaceSlug, dataset.owner, PAGE_RUNS, LARGE_DATASET.workspaceName);
      } finally {
        await app.stop();
      }
    }

    const ms = (samples: number[], p: number) => round(percentile(samples, p));
    const figures = {
      claims_count: Number(counts.claims),
      articles_count: Number(counts.articles),
      reviews_count: Number(counts.reviews),
      seed_s: dataset.seedSeconds === undefined ? undefined : round(dataset.seedSeconds, 0),
      dashboard_p50_ms: ms(load, 50),
      dashboard_p95_ms: ms(load, 95),
      dashboard_mean_ms: round(mean(load)),
      dashboard_full_range_p50_ms: ms(fullRange, 50),
      page_p50_ms: page ? ms(page.fullMs, 50) : undefined,
      page_p95_ms: page ? ms(page.fullMs, 95) : undefined,
      page_first_byte_p50_ms: page ? ms(page.firstByteMs, 50) : undefined,
      page_html_kb: page ? round(page.htmlBytes / 1024) : undefined,
      ...Object.fromEntries(Object.entries(sections).map(([name, samples]) => [`section_${name}_p50_ms`, ms(samples, 50)])),
    };
    const rows: ReportRow[] = [
      { figure: "claims / articles / reviews", value: figures.claims_count, unit: "", note: `${figures.articles_count.toLocaleString("en")} articles, ${figures.reviews_count.toLocaleString("en")} reviews` },
      ...(figures.seed_s === undefined ? [] : [{ figure: "seed:large (this run)", value: figures.seed_s, unit: "s", target: { op: "<" as const, limit: 600 } }]),
      { figure: `loadDashboard p50 (${RUNS} requests, 30 days)`, value: figures.dashboard_p50_ms, unit: "ms" },
      { figure: "loadDashboard p95", value: figures.dashboard_p95_ms, unit: "ms", target: { op: "<", limit: TARGET_MS } },
      { figure: "loadDashboard p50, two-year range", value: figures.dashboard_full_range_p50_ms, unit: "ms", note: `${FULL_RANGE_RUNS} requests` },
      ...Object.entries(sections).map(([name, samples]) => ({ figure: `  section ${name} p50`, value: ms(samples, 50), unit: "ms", note: "alone" })),
      { figure: `dashboard page p50 (${PAGE_RUNS} GETs)`, value: figures.page_p50_ms, unit: "ms", note: page ? "request → last byte, signed in" : "skipped" },
      { figure: "dashboard page p95", value: figures.page_p95_ms, unit: "ms", target: { op: "<", limit: TARGET_MS } },
      { figure: "dashboard page first byte p50", value: figures.page_first_byte_p50_ms, unit: "ms" },
    ];
    printTable(rows);
    printResult("dashboard", figures);
  } finally {
    await client.$disconnect().catch(() => {});
    await dataset.stop();
  }
}
