import type { DiffTarget } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { migrationPaths, type MigrationPathOptions } from "./migration-paths";
import { readMigrationsList } from "./read-migrations-list";
import { withSchemaEngine } from "./with-schema-engine";

export interface DiffMigrationsToSchemaOptions extends MigrationPathOptions {
  /** Any reachable database: the migrations are replayed in a shadow database created beside it. */
  databaseUrl: string;
}

/** The SQL that would bring the committed migrations up to schema.prisma; "" when they are in sync. */
export async function diffMigrationsToSchema(options: DiffMigrationsToSchemaOptions): Promise<string> {
  const { schemaPath, migrationsDir } = migrationPaths(options);
  const migrationsList = await readMigrationsList(migrationsDir);
  // The engine insists on a lockfile when diffing from migrations; with none yet, start from nothing.
  const from: DiffTarget =
    migrationsList.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...migrationsList };
  const engineOptions = { databaseUrl: options.databaseUrl, schemaPath };
  return withSchemaEngine(engineOptions, "Diffing migrations against schema.prisma", async ({ engine, schema, filters }) => {
    const result = await engine.diff({ from, to: { tag: "schemaDatamodel", ...schema }, script: true, exitCode: true, filters });
    // Exit code 2 means "changes pending"; otherwise stdout holds a placeholder comment, not SQL.
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}
