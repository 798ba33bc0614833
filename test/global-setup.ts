import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/database/embedded-postgres";
import { applyMigrations } from "../lib/database/migrations/apply-migrations";
import { createThrowawayDatabase } from "./throwaway-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One throw-away, migrated Postgres for the whole unit/integration run: a database created on
 * the local server in DATABASE_URL when given, otherwise an embedded Postgres in a temp folder.
 */
export default async function setup(project: TestProject) {
  keepVitestExitCode();
  const cleanups: (() => Promise<void>)[] = [];
  let url: string;
  if (process.env.DATABASE_URL) {
    const throwaway = await createThrowawayDatabase(process.env.DATABASE_URL);
    url = throwaway.url;
    cleanups.push(throwaway.drop);
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "factdesk-test-"));
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true });
    url = embedded.url;
    cleanups.push(embedded.stop, () => rm(dir, { recursive: true, force: true }));
  }
  await applyMigrations({ databaseUrl: url });
  project.provide("databaseUrl", url);
  return async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  };
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends the process with
 * process.exit(0). That erased the exit code vitest sets for failed tests, so a failing run
 * looked green. The code vitest set is noted before that handler runs and restored on exit.
 */
function keepVitestExitCode() {
  let codeAtBeforeExit: number | string | undefined;
  process.prependListener("beforeExit", () => {
    codeAtBeforeExit ??= process.exitCode ?? undefined;
  });
  process.on("exit", () => {
    if (codeAtBeforeExit !== undefined && codeAtBeforeExit !== 0) process.exitCode = codeAtBeforeExit;
  });
}
