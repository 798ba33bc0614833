// `npm run db:migrate`: applies pending migrations (as `prisma migrate deploy` would) to the
// database in DATABASE_URL or, without it, to the embedded Postgres the app uses.
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/database/embedded-postgres";
import { applyMigrations } from "../../lib/database/migrations/apply-migrations";

async function main() {
  // Like `npm start`, read a local .env file; variables already in the environment win.
  if (existsSync(".env")) process.loadEnvFile(".env");
  const dataDir = process.env.FACTDESK_DATA_DIR ? path.join(process.env.FACTDESK_DATA_DIR, "postgres") : ".data/postgres";
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  console.log(embedded ? `› Embedded Postgres (data in ${dataDir})` : "› Postgres server in DATABASE_URL");
  try {
    const { applied } = await applyMigrations({ databaseUrl });
    if (applied.length === 0) console.log("No pending migrations");
    for (const name of applied) console.log(`Applied ${name}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // Not process.exitCode: embedded-postgres' exit hook ends the process with 0 regardless.
  process.exit(1);
});
