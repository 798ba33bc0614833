import { fork } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/database/create-prisma-client";
import { log } from "../lib/log";
import { peakRssMb } from "../lib/process-memory";
import { startApp, type BenchApp } from "../lib/start-app";
import { sentenceAnchor } from "./article-text";
import type { WorkerConfig, WorkerOutput } from "./load-protocol";
import { actionBody, actionHeaders, findActionIds, parseActionResult } from "./server-action";
import { seedLoadWorkspace } from "./seed-load-workspace";
import { signInOverHttp } from "./sign-in-over-http";
import { verifyAckedWrites, type WriteCheck } from "./verify-acked-writes";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface LoadPhase {
  name: string;
  durationS: number;
  /** Think time after each answer (the paced scenario); absent for the closed loop (saturation). */
  thinkTime?: { minMs: number; maxMs: number };
  /** Runs while this phase's load runs (the faults benchmark restarts Postgres here). */
  duringLoad?: (app: BenchApp, startedAt: number) => Promise<void>;
}

export interface LoadOptions {
  annotators: number;
  timeoutS: number;
  /** Run one after another against the same server, workspace and signed-in annotators. */
  phases: LoadPhase[];
}

export interface PhaseRun {
  name: string;
  output: WorkerOutput;
  /** This phase's acknowledged writes, each looked up in the database after the last phase. */
  writes: WriteCheck;
}

export interface LoadRun {
  phases: PhaseRun[];
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
    const base: Omit<WorkerConfig, "durationS" | "thinkTime"> = {
      baseUrl: app.url,
      workspaceSlug: workspace.slug,
      timeoutS: options.timeoutS,
      actionIds: { create: ids.createClaimAction, update: ids.updateClaimAction, addSource: ids.addSourceAction },
      annotators: workspace.annotators.map((annotator, index) => ({ cookie: cookies[index], articleId: annotator.articleId })),
      sentences: workspace.article.sentences,
      plainText: workspace.article.plainText,
    };
    await checkActionCall(base);

    const outputs: { name: string; output: WorkerOutput }[] = [];
    for (const [index, phase] of options.phases.entries()) {
      const pacing = phase.thinkTime ? `a think time of ${phase.thinkTime.minMs}–${phase.thinkTime.maxMs} ms after each answer` : "back to back (closed loop)";
      log(`load, ${phase.name}: ${options.annotators} annotators for ${phase.durationS} s, ${pacing}, from a second process`);
      const config: WorkerConfig = { ...base, durationS: phase.durationS, thinkTime: phase.thinkTime };
      outputs.push({ name: phase.name, output: await runWorker(app, config, path.join(work, String(index)), phase.duringLoad) });
    }
    const rss = peakRssMb(app.serverPid);

    const phases: PhaseRun[] = [];
    for (const { name, output } of outputs) {
      log(`checking ${output.acked.length} acknowledged writes of the ${name} load in the database`);
      const writes = await verifyAckedWrites(db, output.acked);
      for (const example of writes.examples) log(`LOST: ${example}`);
      phases.push({ name, output, writes });
    }
    return { phases, peakRssMb: rss };
  } finally {
    await db.$disconnect();
    await app.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs the load worker (a second process) with this config until it ends; returns what it measured. */
async function runWorker(app: BenchApp, config: WorkerConfig, prefix: string, duringLoad: LoadPhase["duringLoad"]): Promise<WorkerOutput> {
  const configFile = `${prefix}-config.json`;
  const outputFile = `${prefix}-output.json`;
  await writeFile(configFile, JSON.stringify(config));
  const worker = fork(path.join(import.meta.dirname, "worker.ts"), [configFile, outputFile], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const exited = new Promise<number | null>((resolve) => worker.once("exit", resolve));
  const during: Promise<void>[] = [];
  worker.on("message", (message: { type?: string; at?: number }) => {
    if (message.type === "started" && duringLoad) during.push(duringLoad(app, message.at!));
  });
  const code = await exited;
  await Promise.all(during);
  if (code !== 0) throw new Error(`the load worker failed (exit ${code})`);
  return JSON.parse(await readFile(outputFile, "utf8")) as WorkerOutput;
}

/** One claim created through the action before the load, so a changed wire format fails loudly here. */
async function checkActionCall(config: Omit<WorkerConfig, "durationS" | "thinkTime">) {
  const [annotator] = config.annotators;
  const anchor = sentenceAnchor(config.plainText, config.sentences[0]);
  const response = await fetch(`${config.baseUrl}/w/${config.workspaceSlug}/articles/${annotator.articleId}`, {
    method: "POST",
    headers: actionHeaders(config.baseUrl, config.actionIds.create, annotator.cookie),
    body: actionBody({ workspaceSlug: config.workspaceSlug, articleId: annotator.articleId, anchor }),
  });
  const body = await response.text();
  const answer = parseActionResult(body) as { ok?: boolean } | undefined;
  if (!response.ok || answer?.ok !== true) throw new Error(`calling createClaimAction over HTTP failed (HTTP ${response.status}): ${body.slice(0, 500)}`);
}
