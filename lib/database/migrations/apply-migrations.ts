import { migrationPaths, type MigrationPathOptions } from "./migration-paths";
import { readMigrationsList } from "./read-migrations-list";
import { withSchemaEngine } from "./with-schema-engine";

export interface ApplyMigrationsOptions extends MigrationPathOptions {
  databaseUrl: string;
  /** Receives progress lines; nothing is printed without it. */
  log?: (line: string) => void;
}

/** Applies pending migrations as `prisma migrate deploy` does, recording them in `_prisma_migrations`. */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  const { schemaPath, migrationsDir } = migrationPaths(options);
  const migrationsList = await readMigrationsList(migrationsDir);
  const engineOptions = { databaseUrl: options.databaseUrl, schemaPath, log: options.log };
  return withSchemaEngine(engineOptions, "Applying migrations", async ({ engine, filters }) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters });
    return { applied: appliedMigrationNames };
  });
}
