import path from "node:path";

export interface MigrationPathOptions {
  /** Defaults to `prisma/schema.prisma` under the project root (the working directory). */
  schemaPath?: string;
  /** Defaults to `prisma/migrations` under the project root. */
  migrationsDir?: string;
}

/** Absolute schema and migrations paths, defaulting to Prisma's standard layout in the project root. */
export function migrationPaths(options: MigrationPathOptions): Required<MigrationPathOptions> {
  // The working directory rather than this file's location: once bundled by Next, this module
  // no longer sits in lib/, while every script and test runs from the project root.
  const root = process.cwd();
  return {
    schemaPath: path.resolve(root, options.schemaPath ?? "prisma/schema.prisma"),
    migrationsDir: path.resolve(root, options.migrationsDir ?? "prisma/migrations"),
  };
}
