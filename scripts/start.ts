// `npm start`: everything a fresh clone needs to serve Factdesk. Validates the environment,
// starts the embedded Postgres unless DATABASE_URL is set, applies pending migrations, seeds the
// demo workspace, builds when the build is missing or stale, and serves it (`--dev`: next dev).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { prepareDatabase } from "../lib/database/prepare-database";
import { EnvError, parseEnv } from "../lib/env";
import { DEMO_PASSWORD, demoAccounts } from "../prisma/seed/demo-accounts";
import { buildIsCurrent } from "./lib/build-is-current";
import { ensureAuthSecret } from "./lib/ensure-auth-secret";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const serveScript = path.join(root, "scripts", "serve.mjs");

function readEnv() {
  // Like Next itself, read a local .env file; variables already in the environment win.
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const started = Date.now();
  const config = readEnv();
  const dataDir = path.resolve(config.FACTDESK_DATA_DIR);
  const seed = config.FACTDESK_SEED_DEMO ? config.FACTDESK_SEED_DEMO === "true" : !config.DATABASE_URL;

  console.log(config.DATABASE_URL ? "› Using the Postgres server in DATABASE_URL" : `› Starting embedded Postgres (data in ${path.relative(root, dataDir) || "."}/postgres)`);
  const database = await prepareDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir,
    embeddedPort: config.FACTDESK_EMBEDDED_PG_PORT,
    seedDemo: seed,
  });
  if (database.embedded) {
    // Lets local tools (e2e fixtures, psql) reach the embedded database; same secrecy as the
    // password file beside it. Never written for a DATABASE_URL given by the operator.
    await writeFile(path.join(dataDir, "database-url"), database.url, { mode: 0o600 });
  }
  console.log(
    database.appliedMigrations.length
      ? `› Applied migrations: ${database.appliedMigrations.join(", ")}`
      : "› Database schema is up to date",
  );

  const port = config.PORT;
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await ensureAuthSecret(config.NEXTAUTH_SECRET, dataDir),
    NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!dev && !buildIsCurrent(root)) {
    console.log("› Building the app (first start or changed sources; about a minute)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...serverEnv, DATABASE_URL: "" } });
    if (build.status !== 0) {
      await database.stop();
      process.exit(build.status ?? 1);
    }
  }

  // Production: scripts/serve.mjs, one server process per core; development: next dev.
  const command = dev ? [nextBin, "dev", "-p", String(port), "-H", "0.0.0.0"] : [serveScript, "--port", String(port), "--hostname", "0.0.0.0"];
  const server = spawn(process.execPath, command, {
    stdio: ["ignore", "pipe", "inherit"],
    env: serverEnv,
  });
  server.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/Ready in|started server/i.test(text)) printBanner(serverEnv.NEXTAUTH_URL!, seed, Date.now() - started);
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

function printBanner(url: string, seeded: boolean, elapsedMs: number) {
  const lines = [`Factdesk is running at ${url} (ready in ${(elapsedMs / 1000).toFixed(1)} s)`];
  if (seeded) {
    lines.push("Demo workspace accounts (password for all: " + DEMO_PASSWORD + "):");
    for (const account of demoAccounts) lines.push(`  ${account.role.padEnd(8)} ${account.email}`);
  }
  console.log(`\n${lines.join("\n")}\n`);
}

main().catch((error) => {
  console.error("Factdesk could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
