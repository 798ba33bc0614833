import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationDirectory, MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

const LOCKFILE = "migration_lock.toml";
const SCRIPT = "migration.sql";

/** Reads a Prisma migrations folder into the shape the schema engine expects, as the Prisma CLI does. */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockfile = { path: LOCKFILE, content: await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null) };
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });

  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries.filter((one) => one.isDirectory())) {
    // An unreadable script is passed on as an error: the engine names the folder in its message.
    const content = await readFile(path.join(baseDir, entry.name, SCRIPT), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: SCRIPT, content } });
  }
  // Migration folders start with a timestamp: name order is apply order.
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));

  return { baseDir, lockfile, shadowDbInitScript: "", migrationDirectories };
}
