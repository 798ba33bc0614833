import { fork } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/database/create-prisma-client";
import { log } from "../lib/log";
import { peakRssMb } from "../lib/process-memory";
import { startApp, type BenchApp } from "../lib/start-app";
import type { WorkerConfig, WorkerOutput } from "./load-protocol";
import { actionBody, actionHeaders, findActionIds, parseActionResult } from "./server-action";
import { seedLoadWorkspace } from "./seed-load-workspace";
import { signInOverHttp } from "./sign-in-over-http";
import { verifyAckedWrites, type WriteCheck } from "./verify-acked-writes";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface LoadOptions {
  annotators: number;
  durationS: number;
  timeoutS: number;
  /** Runs while the load runs (the faults benchmark restarts Postgres here). */
  duringLoad?: (app: BenchApp, startedAt: number) => Promise<void>;
}

export interface LoadRun {
  output: WorkerOutput;
  writes: WriteCheck;
  peakRssMb: number | undefined;
}

/**
 * The shared part of the load and faults benchmarks: a fresh app, one workspace of signed-in
 * annotators, the load from a second process, then the check that every acknowledged write is
 * in the database.
 */
export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const app = await startApp();
  const db = createPrismaClient(app.databaseUrl, 2);
  const work = await mkdtemp(path.join(tmpdir(), "factdesk-load-"));
  try {
    log(`seeding one workspace with ${options.annotators} annotators, an article each`);
    const workspace = await seedLoadWorkspace(db, options.annotators);
    log("signing them in over HTTP");
    const cookies: string[] = [];
    for (const annotator of workspace.annotators) cookies.push(await signInOverHttp(app.url, annotator.email, workspace.password));

    const ids = findActionIds(path.join(root, process.env.FACTDESK_DIST_DIR || ".next"), "lib/claims/actions.ts", ["createClaimAction", "updateClaimAction", "addSourceAction"]);
    const config: WorkerConfig = {
      baseUrl: app.url,
      workspaceSlug: workspace.slug,
      durationS: options.durationS,
      timeoutS: options.timeoutS,
      actionIds: { create: ids.createClaimAction, update: ids.updateClaimAction, addSource: ids.addSourceAction },
      annotators: workspace.annotators.map((annotator, index) => ({ cookie: cookies[index], articleId: annotator.articleId })),
      sentences: workspace.article.sentences,
      plainText: workspace.article.plainText,
    };
    await checkActionCall(config);

    const configFile = path.join(work, "config.json");
    const outputFile = path.join(work, "output.json");
    await writeFile(configFile, JSON.stringify(config));
    log(`load: ${options.annotators} annotators for ${options.durationS} s from a second process`);
    const worker = fork(path.join(import.meta.dirname, "worker.ts"), [configFile, outputFile], { execArgv: ["--import", "tsx"], stdio: "inherit" });
    const exited = new Promise<number | null>((resolve) => worker.once("exit", resolve));
    const during: Promise<void>[] = [];
    worker.on("message", (message: { type?: string; at?: number }) => {
      if (message.type === "started" && options.duringLoad) during.push(options.duringLoad(app, message.at!));
    });
    const code = await exited;
    await Promise.all(during);
    if (code !== 0) throw new Error(`the load worker failed (exit ${code})`);
    const output = JSON.parse(await readFile(outputFile, "utf8")) as WorkerOutput;
    const rss = peakRssMb(app.serverPid);

    log(`checking ${output.acked.length} acknowledged writes in the database`);
    const writes = await verifyAckedWrites(db, output.acked);
    for (const example of writes.examples) log(`LOST: ${example}`);
    return { output, writes, peakRssMb: rss };
  } finally {
    await db.$disconnect();
    await app.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** One claim created through the action before the load, so a changed wire format fails loudly here. */
async function checkActionCall(config: WorkerConfig) {
  const [annotator] = config.annotators;
  const sentence = config.sentences[0];
  const anchor = { exact: config.plainText.slice(sentence.start, sentence.end), prefix: "", suffix: config.plainText.slice(sentence.end, sentence.end + 32), ...sentence };
  const response = await fetch(`${config.baseUrl}/w/${config.workspaceSlug}/articles/${annotator.articleId}`, {
    method: "POST",
    headers: actionHeaders(config.baseUrl, config.actionIds.create, annotator.cookie),
    body: actionBody({ workspaceSlug: config.workspaceSlug, articleId: annotator.articleId, anchor }),
  });
  const body = await response.text();
  const answer = parseActionResult(body) as { ok?: boolean } | undefined;
  if (!response.ok || answer?.ok !== true) throw new Error(`calling createClaimAction over HTTP failed (HTTP ${response.status}): ${body.slice(0, 500)}`);
}
