import pg from "pg";
import { LARGE_DATASET, LARGE_OWNER } from "./large-dataset";
import { type LargeDatabase, openLargeDatabase } from "./open-large-database";
import { seedLargeDataset } from "./seed-large-dataset";

export interface LargeDataset extends LargeDatabase {
  workspaceId: string;
  workspaceSlug: string;
  owner: { email: string; password: string };
  /** Whether this call seeded it (false: it was already there). */
  seeded: boolean;
  seedSeconds?: number;
}

/**
 * Opens the large dataset's database and seeds it unless it already holds the complete dataset
 * (the workspace carries its final name only after the seeding transaction committed). `force`
 * rebuilds from nothing. The caller stops the database when done.
 */
export async function ensureLargeDataset(options: { force?: boolean; log: (line: string) => void }): Promise<LargeDataset> {
  let database = await openLargeDatabase({ wipe: options.force, log: options.log });
  let state = await readState(database.url);
  if (state === "partial") {
    // A seeding transaction never leaves a partial dataset; something else wrote this workspace.
    await database.stop();
    throw new Error(`The database holds a workspace "${LARGE_DATASET.workspaceSlug}" that is not the complete large dataset; run with --force to rebuild it.`);
  }
  let seedSeconds: number | undefined;
  if (state === "missing") {
    options.log(`seeding ${LARGE_DATASET.members} members, ${LARGE_DATASET.articles.toLocaleString("en")} articles and ${LARGE_DATASET.claims.toLocaleString("en")} claims`);
    try {
      const summary = await seedLargeDataset(database.url, options.log);
      seedSeconds = summary.seconds;
      options.log(`seeded ${summary.claims.toLocaleString("en")} claims, ${summary.reviews.toLocaleString("en")} reviews and ${summary.events.toLocaleString("en")} history events in ${summary.seconds.toFixed(0)} s`);
    } catch (error) {
      await database.stop();
      throw error;
    }
    state = await readState(database.url);
  }
  const workspaceId = typeof state === "object" ? state.workspaceId : "";
  return { ...database, workspaceId, workspaceSlug: LARGE_DATASET.workspaceSlug, owner: { email: LARGE_OWNER.email, password: LARGE_OWNER.password }, seeded: seedSeconds !== undefined, seedSeconds };
}

async function readState(url: string): Promise<"missing" | "partial" | { workspaceId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; name: string }>(`SELECT "id", "name" FROM "Workspace" WHERE "slug" = $1`, [LARGE_DATASET.workspaceSlug]);
    if (rows.length === 0) return "missing";
    return rows[0].name === LARGE_DATASET.workspaceName ? { workspaceId: rows[0].id } : "partial";
  } finally {
    await client.end();
  }
}
