import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/database/embedded-postgres";
import { prepareDatabase } from "../../lib/database/prepare-database";
import { buildIsCurrent } from "../../scripts/lib/build-is-current";
import { log } from "./log";

export interface BenchApp {
  /** http://127.0.0.1:<port>, the production server. */
  url: string;
  databaseUrl: string;
  /** Pid of the `next start` process (for memory figures). */
  serverPid: number;
  /**
   * Stops Postgres (fast shutdown) and starts it again on the same data folder and port after
   * `downMs`, under the running server (the faults benchmark). Epoch ms of both moments.
   */
  restartDatabase(downMs: number): Promise<{ downAt: number; upAt: number }>;
  /** Kills the server, stops Postgres and deletes the temp folder; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartAppOptions {
  /** Serve this database (already migrated) instead of a fresh embedded one, e.g. seed:large's. */
  databaseUrl?: string;
}

const root = path.resolve(import.meta.dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const serveScript = path.join(root, "scripts", "serve.mjs");

/**
 * Starts an isolated copy of the app for a benchmark: its own embedded Postgres in a temp folder
 * (migrated, not seeded), the production build (built first if `.next` is stale) served by
 * `next start` on a free port. BENCH_SKIP_BUILD=1 serves the existing build even when stale, for
 * machines where another server is running from the same `.next` and a rebuild would break it.
 */
export async function startApp(options: StartAppOptions = {}): Promise<BenchApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "factdesk-bench-"));
  let database: Pick<Awaited<ReturnType<typeof prepareDatabase>>, "url" | "stop"> | undefined;
  let server: ChildProcess | undefined;
  let restarted: EmbeddedDatabase | undefined;
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
    if (server) await killAndWait(server);
    await (restarted ?? database)?.stop().catch((error) => log(`could not stop Postgres: ${String(error)}`));
    await rm(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);

  try {
    if (options.databaseUrl) {
      // An existing, migrated database the caller owns (and stops).
      database = { url: options.databaseUrl, stop: async () => {} };
    } else {
      log(`starting embedded Postgres in ${dataDir}`);
      database = await prepareDatabase({ dataDir, seedDemo: false });
    }
    ensureBuild();
    const port = await findFreePort();
    const url = `http://127.0.0.1:${port}`;
    // BENCH_SERVER_NODE_OPTIONS passes flags to the server's node, e.g. "--cpu-prof
    // --cpu-prof-dir=/tmp/prof" to see where a request's time goes (written when the server stops).
    const nodeFlags = process.env.BENCH_SERVER_NODE_OPTIONS?.split(/\s+/).filter(Boolean) ?? [];
    // The server `npm start` runs (scripts/serve.mjs: one process per core, WEB_CONCURRENCY to change).
    server = spawn(process.execPath, [...nodeFlags, serveScript, "--port", String(port), "--hostname", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    // Server output goes to stderr only when something fails (or with BENCH_SERVER_LOG=1), to
    // keep the report readable.
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      if (process.env.BENCH_SERVER_LOG === "1") process.stderr.write(chunk);
      if (output.push(chunk.toString()) > 200) output.shift();
    };
    server.stdout!.on("data", keep);
    server.stderr!.on("data", keep);
    await waitForOk(`${url}/sign-in`, server, 60_000).catch((error) => {
      process.stderr.write(output.join(""));
      throw error;
    });
    log(`app ready at ${url}`);
    const restartDatabase = async (downMs: number) => {
      if (options.databaseUrl) throw new Error("restartDatabase needs the benchmark's own embedded Postgres, not options.databaseUrl");
      const downAt = Date.now();
      await (restarted ?? database!).stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      restarted = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: Number(new URL(database!.url).port) });
      return { downAt, upAt: Date.now() };
    };
    return { url, databaseUrl: database.url, serverPid: server.pid!, restartDatabase, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function ensureBuild() {
  if (buildIsCurrent(root)) return;
  const distDir = process.env.FACTDESK_DIST_DIR || ".next";
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(root, distDir, "BUILD_ID"))) {
    log(`BENCH_SKIP_BUILD=1: serving the existing ${distDir} although sources are newer`);
    return;
  }
  log("building the app (next build; about a minute or two)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status ?? build.signal})`);
}

async function waitForOk(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

async function killAndWait(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
