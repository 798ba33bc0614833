// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql for
// what schema.prisma changes relative to the committed migrations (like `prisma migrate dev
// --create-only`). It needs a Postgres server only for scratch databases: DATABASE_URL's if set,
// else a throwaway embedded one. Nothing is applied to any database you keep.
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/database/embedded-postgres";
import { createMigration } from "../../lib/database/migrations/create-migration";
import { migrationNameProblem } from "../../lib/database/migrations/migration-name";

async function main() {
  const name = process.argv[2];
  if (!name || process.argv.length > 3) {
    console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits, underscores; e.g. add_article_tags)");
    process.exit(1);
  }
  const problem = migrationNameProblem(name);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }

  if (existsSync(".env")) process.loadEnvFile(".env");
  const tempDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "factdesk-migration-"));
  try {
    // mkdtemp makes it private, but as root the cluster is initialised by a postgres user.
    if (tempDir) await chmod(tempDir, 0o755);
    const embedded = tempDir ? await startEmbeddedPostgres({ dataDir: path.join(tempDir, "postgres"), ephemeral: true }) : null;
    try {
      const folder = await createMigration({ databaseUrl: process.env.DATABASE_URL ?? embedded!.url, name });
      console.log(folder ? `Created ${path.relative(process.cwd(), folder)}/migration.sql` : "No schema changes");
    } finally {
      await embedded?.stop();
    }
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // Not process.exitCode: embedded-postgres' exit hook ends the process with 0 regardless.
  process.exit(1);
});
