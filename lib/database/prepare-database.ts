import path from "node:path";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { createPrismaClient } from "./create-prisma-client";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrations/apply-migrations";

interface PrepareOptions {
  /** A real server to use; when absent an embedded Postgres is started under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort?: number;
  seedDemo: boolean;
  log?: (line: string) => void;
}

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  appliedMigrations: string[];
  seededDemo: boolean;
  stop(): Promise<void>;
}

/** Brings a database up to date for the app: start (if embedded), migrate, seed the demo once. */
export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(options.dataDir, "postgres"), port: options.embeddedPort });
  const url = options.databaseUrl ?? embedded!.url;
  try {
    const { applied } = await applyMigrations({ databaseUrl: url, log: options.log });
    let seededDemo = false;
    if (options.seedDemo) {
      const client = createPrismaClient(url, 2);
      try {
        seededDemo = await seedDemo(client);
      } finally {
        await client.$disconnect();
      }
    }
    return { url, embedded: Boolean(embedded), appliedMigrations: applied, seededDemo, stop: async () => embedded?.stop() };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
