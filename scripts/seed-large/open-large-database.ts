import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/database/embedded-postgres";
import { applyMigrations } from "../../lib/database/migrations/apply-migrations";

export interface LargeDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..", "..");
/** The embedded cluster's folder, apart from the app's own .data/postgres. */
export const LARGE_DATA_DIR = path.join(root, ".data", "large");

/**
 * The large dataset's database, migrated: SEED_LARGE_DATABASE_URL when set, otherwise an embedded
 * Postgres in .data/large. `wipe` starts from nothing (the embedded cluster's folder is deleted;
 * a database named by URL is dropped and created again, which needs a local server).
 */
export async function openLargeDatabase(options: { wipe?: boolean; log: (line: string) => void }): Promise<LargeDatabase> {
  const configured = process.env.SEED_LARGE_DATABASE_URL;
  if (configured) {
    if (options.wipe) await recreateDatabase(configured, options.log);
    await applyMigrations({ databaseUrl: configured, log: options.log });
    return { url: configured, embedded: false, stop: async () => {} };
  }
  if (options.wipe) {
    options.log(`deleting ${path.relative(root, LARGE_DATA_DIR)}`);
    await rm(LARGE_DATA_DIR, { recursive: true, force: true });
    await rm(`${LARGE_DATA_DIR}.password`, { force: true });
  }
  const database = await startEmbeddedPostgres({ dataDir: LARGE_DATA_DIR });
  try {
    await tuneForBulkLoad(database.url);
    await applyMigrations({ databaseUrl: database.url, log: options.log });
  } catch (error) {
    await database.stop();
    throw error;
  }
  return { url: database.url, embedded: true, stop: () => database.stop() };
}

// Our own cluster only: fewer checkpoints during the load (a server named by URL keeps its settings).
async function tuneForBulkLoad(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await client.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
    await client.query(`SELECT pg_reload_conf()`);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(url: string, log: (line: string) => void) {
  const target = new URL(url);
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(target.hostname)) {
    throw new Error(`--force drops and recreates the database; refusing for non-local host "${target.hostname}".`);
  }
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    log(`dropping and recreating database ${name}`);
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, "")}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
