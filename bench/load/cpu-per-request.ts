// `npx tsx bench/load/cpu-per-request.ts`: what one request of each load kind costs in CPU, on
// the server and in Postgres, with nothing else running: one annotator sends them one after
// another to a one-process server, and the CPU the processes used (from /proc) is divided by the
// requests. Unlike the load benchmark's latencies, these figures hardly move with the machine's
// speed, so they show whether a change made a request cheaper. Also lists the time each trigger
// function took per call (pg_stat_user_functions).
//
// Options (environment): CPU_KINDS=save,source,poll  CPU_REQUESTS=500 (per window)
// CPU_WARM_UP=150 (requests before measuring, per kind)  CPU_WINDOWS=1 (windows in a row, to
// see V8 still warming up). Linux only. A diagnostic: not part of `npm run bench`.
import path from "node:path";
import { SOURCES_MAX } from "../../lib/claims/schema";
import { createPrismaClient } from "../../lib/database/create-prisma-client";
import { commandLine, cpuMs, descendants } from "../lib/process-tree";
import { printTable } from "../lib/report";
import { startApp, type BenchApp } from "../lib/start-app";
import { percentile, round } from "../lib/stats";
import { sentenceAnchor } from "./article-text";
import { seedLoadWorkspace } from "./seed-load-workspace";
import { actionBody, actionHeaders, findActionIds, parseActionResult } from "./server-action";
import { signInOverHttp } from "./sign-in-over-http";

const KINDS = (process.env.CPU_KINDS ?? "save,source,poll").split(",");
const REQUESTS = Number(process.env.CPU_REQUESTS) || 500;
const WARM_UP = Number(process.env.CPU_WARM_UP ?? 150);
const WINDOWS = Number(process.env.CPU_WINDOWS) || 1;

// One server process, so its requests are never spread over two.
process.env.WEB_CONCURRENCY = "1";

async function main() {
  const app = await startApp();
  try {
    await measure(app);
  } finally {
    await app.stop();
  }
}

async function measure(app: BenchApp) {
  const db = createPrismaClient(app.databaseUrl, 1);
  try {
    const workspace = await seedLoadWorkspace(db, 1);
    const [annotator] = workspace.annotators;
    const cookie = await signInOverHttp(app.url, annotator.email, workspace.password);
    const ids = findActionIds(path.join(process.cwd(), process.env.FACTDESK_DIST_DIR || ".next"), "lib/claims/actions.ts", [
      "createClaimAction",
      "updateClaimAction",
      "addSourceAction",
    ]);
    const page = `${app.url}/w/${workspace.slug}/articles/${annotator.articleId}`;
    const call = async (actionId: string, argument: unknown) => {
      const response = await fetch(page, { method: "POST", headers: actionHeaders(app.url, actionId, cookie), body: actionBody(argument) });
      const answer = parseActionResult(await response.text()) as { ok: boolean; data?: { id: string; version: number } } | undefined;
      if (!answer?.ok || !answer.data) throw new Error(`action failed (HTTP ${response.status})`);
      return answer.data;
    };

    const anchor = sentenceAnchor(workspace.article.plainText, workspace.article.sentences[0]);
    const createClaim = () => call(ids.createClaimAction, { workspaceSlug: workspace.slug, articleId: annotator.articleId, anchor });
    let claim = await createClaim();
    // A claim holds at most SOURCES_MAX sources, so source adds go to claims made beforehand.
    const sourceClaims: { id: string; version: number }[] = [];
    for (let index = 0; index < Math.ceil((WARM_UP + REQUESTS * WINDOWS) / SOURCES_MAX); index++) sourceClaims.push(await createClaim());
    let count = 0;
    let sources = 0;
    const send: Record<string, () => Promise<unknown>> = {
      save: async () => {
        const patch = { normalizedText: `Reworded ${++count}`, tags: [`batch-${count % 5}`], status: "in_progress" };
        claim = await call(ids.updateClaimAction, { workspaceSlug: workspace.slug, claimId: claim.id, version: claim.version, patch });
      },
      source: async () => {
        const index = Math.floor(sources++ / SOURCES_MAX);
        const target = sourceClaims[index];
        const source = { url: `https://example.org/cpu/${++count}`, title: `Report ${count}`, stance: "supports" };
        sourceClaims[index] = await call(ids.addSourceAction, { workspaceSlug: workspace.slug, claimId: target.id, version: target.version, source });
      },
      poll: async () => (await fetch(`${app.url}/api/notifications/unread`, { headers: { cookie } })).text(),
    };

    await db.$executeRawUnsafe("ALTER SYSTEM SET track_functions = 'all'");
    await db.$queryRawUnsafe("SELECT pg_reload_conf()::text");
    const rows = [];
    for (const kind of KINDS) {
      if (!send[kind]) throw new Error(`unknown kind ${kind}; known: ${Object.keys(send).join(", ")}`);
      for (let index = 0; index < WARM_UP; index++) await send[kind]();
      for (let window = 1; window <= WINDOWS; window++) {
        await db.$queryRawUnsafe("SELECT pg_stat_reset()::text");
        const before = { server: serverCpuMs(app), postgres: postgresCpuMs() };
        const times: number[] = [];
        for (let index = 0; index < REQUESTS; index++) {
          const started = performance.now();
          await send[kind]();
          times.push(performance.now() - started);
        }
        const server = (serverCpuMs(app) - before.server) / REQUESTS;
        const postgres = (postgresCpuMs() - before.postgres) / REQUESTS;
        const label = WINDOWS > 1 ? `${kind} (${WARM_UP + (window - 1) * REQUESTS}+)` : kind;
        rows.push({ figure: `${label}: server CPU`, value: round(server, 2), unit: "ms/req", note: `Postgres ${round(postgres, 2)} ms/req` });
        rows.push({ figure: `${label}: latency p50`, value: round(percentile(times, 50), 1), unit: "ms", note: `p95 ${round(percentile(times, 95), 1)} ms` });
        // The statistics collector flushes a backend's counts at most once a second.
        await new Promise((resolve) => setTimeout(resolve, 1200));
        for (const trigger of await triggerTimes(db)) rows.push({ figure: `  ${trigger.name}`, value: trigger.ms, unit: "ms/call", note: `${trigger.calls} calls counted` });
      }
    }
    console.log(`\nOne annotator, requests one after another, one server process; ${REQUESTS} requests per row after ${WARM_UP} to warm up`);
    printTable(rows);
  } finally {
    await db.$disconnect();
  }
}

const serverCpuMs = (app: BenchApp) => [app.serverPid, ...descendants(app.serverPid)].reduce((sum, pid) => sum + cpuMs(pid), 0);

// Postgres runs under this process (embedded), as a postmaster and one process per connection.
const postgresCpuMs = () =>
  descendants(process.pid)
    .filter((pid) => /(^|\/)postgres( |:|$)/.test(commandLine(pid)))
    .reduce((sum, pid) => sum + cpuMs(pid), 0);

async function triggerTimes(db: ReturnType<typeof createPrismaClient>) {
  const rows = await db.$queryRaw<{ name: string; calls: number; ms: number }[]>`
    SELECT funcname AS name, calls::int AS calls, total_time::float8 AS ms FROM pg_stat_user_functions WHERE calls > 0 ORDER BY total_time DESC`;
  return rows.map((row) => ({ ...row, ms: round(row.ms / row.calls, 3) }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
