import pg from "pg";
import { LARGE_DATASET } from "./large-dataset";
import { planClaims } from "./plan-claims";
import { seedArticles } from "./seed-articles";
import { seedClaims } from "./seed-claims";
import { seedPeople } from "./seed-people";
import { createStepTimer } from "./step-timer";

/** How much to generate (tests seed a small copy of the same shape). */
export interface DatasetSize {
  articles: number;
  claims: number;
  days: number;
}

export interface LargeDatasetSummary {
  workspaceId: string;
  articles: number;
  claims: number;
  reviews: number;
  events: number;
  seconds: number;
}

/**
 * Fills a migrated database with the large dataset in one transaction (an interrupted run leaves
 * nothing behind), generating the rows in SQL, then vacuums and analyzes the tables so the
 * planner and index-only scans see the new data.
 */
export async function seedLargeDataset(databaseUrl: string, log: (line: string) => void, size: DatasetSize = LARGE_DATASET): Promise<LargeDatasetSummary> {
  const timer = createStepTimer(log);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const now = new Date();
  const since = new Date(now.getTime() - (size.days + 1) * 86_400_000);
  try {
    // Dates go over the wire in UTC, as Prisma stores them (timestamp without time zone). The GIN
    // indexes (search) take new rows into a larger pending list and merge them in bulk.
    pg.defaults.parseInputDatesAsUTC = true;
    await client.query(`SET TIME ZONE 'UTC'; SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET gin_pending_list_limit = '64MB'`);
    await client.query("BEGIN");
    const workspaceId = await timer.step(`workspace, ${LARGE_DATASET.members} members and the rating scale`, () => seedPeople(client, since));
    await seedArticles(client, timer, { workspaceId, articles: size.articles, days: size.days, now });
    await timer.step("planned the claims' verdicts, statuses, reviews and history", () => planClaims(client, { claims: size.claims, now }));
    const counts = await seedClaims(client, timer, { workspaceId });
    await client.query(`UPDATE "Workspace" SET "name" = $1 WHERE "id" = $2`, [LARGE_DATASET.workspaceName, workspaceId]);
    await timer.step("committed", () => client.query("COMMIT"));
    await timer.step("vacuumed and analyzed", () => client.query(`VACUUM (ANALYZE) "Article", "Claim", "Review", "ClaimEvent", "Membership", "User", "RatingLabel"`));
    return { workspaceId, articles: size.articles, ...counts, seconds: timer.elapsedSeconds() };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
