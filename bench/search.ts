// `npm run bench -- search`: p50/p95 of the similar-claims lookup (for existing quotes and for
// new wording) and of the workspace search, run through the same functions the app calls. Dataset: the large dataset of `npm run
// seed:large` when it is there (and not in use), else its own 100,000 claims on a throw-away
// embedded Postgres.
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { startEmbeddedPostgres } from "../lib/database/embedded-postgres";
import { applyMigrations } from "../lib/database/migrations/apply-migrations";
import { runSearch } from "../lib/search/run-search";
import { similarClaimIds } from "../lib/similar-claims/similar-claim-ids";
import { log } from "./lib/log";
import { createRandom } from "./lib/random";
import { printResult, printTable } from "./lib/report";
import { percentile, round } from "./lib/stats";
import { filterIds } from "./search/filter-ids";
import { newWordingLookups } from "./search/new-wording-lookups";
import { searchQueries } from "./search/search-queries";
import { seedSearchDataset } from "./search/seed-search-dataset";

const OWN_SIZES = { articles: 2_000, claims: 100_000 };
const SIMILAR_SAMPLES = 60;
const NEW_WORDING_SAMPLES = 30;
const TARGET_MS = 100;

interface Dataset {
  url: string;
  workspaceId: string;
  slug: string;
  name: string;
  stop(): Promise<void>;
}

export async function main() {
  const dataset = reuseDataset() ?? (await openLargeDataset()) ?? (await ownDataset());
  const db = createPrismaClient(dataset.url, 4);
  try {
    const claims = await db.$queryRaw<{ id: string; exact: string; normalizedText: string | null }[]>`
      SELECT "id", "exact", "normalizedText" FROM "Claim" WHERE "workspaceId" = ${dataset.workspaceId} AND "deletedAt" IS NULL
      ORDER BY md5("id") LIMIT ${SIMILAR_SAMPLES}`;
    const count = await db.claim.count({ where: { workspaceId: dataset.workspaceId } });
    log(`${dataset.name}: ${count.toLocaleString("en")} claims`);
    const random = createRandom(7);
    // The typed-wording case: the quote of one claim with another claim's words as the wording.
    const lookups = claims.map((claim, index) => ({ ...claim, wording: claim.normalizedText ?? (index % 3 === 0 ? claims[random.int(0, claims.length - 1)].exact : null) }));
    const repeated = await measure(lookups, (claim) => similarClaimIds(db, dataset.workspaceId, claim.id, claim.exact, claim.wording));
    // Claims worded as no earlier claim is: no repeats to answer from, the full search every time.
    const fresh = await newWordingLookups(db, dataset.workspaceId, NEW_WORDING_SAMPLES);
    const reworded = await measure(fresh, (claim) => similarClaimIds(db, dataset.workspaceId, claim.claimId, claim.quote, null));
    const similar = { ms: [...repeated.ms, ...reworded.ms], results: [...repeated.results, ...reworded.results] };
    const found = similar.results.filter((ids) => ids.length > 0).length;

    const queries = searchQueries(await filterIds(db, dataset.workspaceId));
    const options = { verdicts: [], members: [], article: null };
    const search = await measure(queries, (query) => runSearch(db, dataset.workspaceId, dataset.slug, query.filters, options));
    const byLabel = new Map<string, number[]>();
    queries.forEach((query, index) => byLabel.set(query.label, [...(byLabel.get(query.label) ?? []), search.ms[index]]));

    const rows = [
      { figure: "similar-claim lookup p50", value: round(percentile(similar.ms, 50)), unit: "ms" },
      { figure: "similar-claim lookup p95", value: round(percentile(similar.ms, 95)), unit: "ms", target: { op: "<" as const, limit: TARGET_MS }, note: `${similar.ms.length} lookups, ${found} found similar claims` },
      { figure: "  existing quotes p95", value: round(percentile(repeated.ms, 95)), unit: "ms", note: `${repeated.ms.length} lookups (p50 ${round(percentile(repeated.ms, 50))} ms)` },
      { figure: "  new wording p95", value: round(percentile(reworded.ms, 95)), unit: "ms", note: `${reworded.ms.length} lookups, no word-for-word repeat (p50 ${round(percentile(reworded.ms, 50))} ms)` },
      { figure: "search p50", value: round(percentile(search.ms, 50)), unit: "ms" },
      { figure: "search p95", value: round(percentile(search.ms, 95)), unit: "ms", target: { op: "<" as const, limit: TARGET_MS }, note: `${search.ms.length} searches with their result page` },
      ...[...byLabel].map(([label, ms]) => ({ figure: `  ${label} p95`, value: round(percentile(ms, 95)), unit: "ms", note: `${ms.length} queries` })),
    ];
    console.log(`\nSearch benchmark on ${dataset.name} (${count.toLocaleString("en")} claims)\n`);
    printTable(rows);
    printResult("search", {
      dataset: dataset.name,
      claims_count: count,
      similar_lookups_count: similar.ms.length,
      similar_p50_ms: round(percentile(similar.ms, 50)),
      similar_p95_ms: round(percentile(similar.ms, 95)),
      similar_new_wording_count: reworded.ms.length,
      similar_new_wording_p50_ms: round(percentile(reworded.ms, 50)),
      similar_new_wording_p95_ms: round(percentile(reworded.ms, 95)),
      searches_count: search.ms.length,
      search_p50_ms: round(percentile(search.ms, 50)),
      search_p95_ms: round(percentile(search.ms, 95)),
    });
  } finally {
    await db.$disconnect();
    await dataset.stop();
  }
}

/** Each item once as a warm-up (plans and caches), then each timed once. */
async function measure<T, R>(items: T[], work: (item: T) => Promise<R>) {
  for (const item of items.slice(0, 10)) await work(item);
  const ms: number[] = [];
  const results: R[] = [];
  for (const item of items) {
    const started = performance.now();
    results.push(await work(item));
    ms.push(performance.now() - started);
  }
  return { ms, results };
}

// BENCH_SEARCH_DATABASE_URL: a database this benchmark seeded before (its workspace "bench-ws"),
// to measure again without seeding.
function reuseDataset(): Dataset | null {
  const url = process.env.BENCH_SEARCH_DATABASE_URL;
  return url ? { url, workspaceId: "bench-ws", slug: "bench-search", name: "a reused seed", stop: async () => {} } : null;
}

// The dashboard issue's dataset, when seeded and not held open by another process.
async function openLargeDataset(): Promise<Dataset | null> {
  const dataDir = path.resolve(".data", "large");
  if (!process.env.SEED_LARGE_DATABASE_URL && !existsSync(path.join(dataDir, "PG_VERSION")) && !existsSync(path.join(dataDir, "postgres"))) return null;
  try {
    // Loaded by path: the seed script belongs to the dashboard work and may not be in every tree.
    const { openLargeDatabase } = (await import(pathToFileURL(path.resolve("scripts/seed-large/open-large-database.ts")).href)) as {
      openLargeDatabase(options: { log: (line: string) => void }): Promise<{ url: string; stop(): Promise<void> }>;
    };
    const { LARGE_DATASET } = (await import(pathToFileURL(path.resolve("scripts/seed-large/large-dataset.ts")).href)) as {
      LARGE_DATASET: { workspaceSlug: string; workspaceName: string };
    };
    const database = await openLargeDatabase({ log });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ id: string; name: string }>(`SELECT id, name FROM "Workspace" WHERE slug = $1`, [LARGE_DATASET.workspaceSlug]);
    await client.end();
    if (rows[0]?.name !== LARGE_DATASET.workspaceName) {
      await database.stop();
      log("the large dataset is incomplete; seeding this benchmark's own");
      return null;
    }
    return { url: database.url, workspaceId: rows[0].id, slug: LARGE_DATASET.workspaceSlug, name: "the large dataset (npm run seed:large)", stop: () => database.stop() };
  } catch (error) {
    log(`the large dataset could not be opened (${error instanceof Error ? error.message : String(error)}); seeding this benchmark's own`);
    return null;
  }
}

async function ownDataset(): Promise<Dataset> {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-bench-search-"));
  log(`starting embedded Postgres in ${dir}`);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), ephemeral: true });
  await applyMigrations({ databaseUrl: database.url, log: () => {} });
  const seeded = await seedSearchDataset(database.url, OWN_SIZES, log);
  return {
    url: database.url,
    workspaceId: seeded.workspaceId,
    slug: seeded.slug,
    name: `its own seed (${OWN_SIZES.claims.toLocaleString("en")} claims, ${OWN_SIZES.articles.toLocaleString("en")} articles)`,
    stop: async () => {
      await database.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
