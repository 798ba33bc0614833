import { createHash } from "node:crypto";
import { appendFile, chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../embedded-postgres";
import { applyMigrations } from "./apply-migrations";
import { createMigration } from "./create-migration";
import { diffMigrationsToSchema } from "./diff-migrations-to-schema";
import { withScratchDatabase } from "./with-scratch-database";

// Self-contained: its own embedded Postgres, and only temporary copies of prisma/ are written to.
let tempDir: string;
let server: EmbeddedDatabase;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "factdesk-migrations-test-"));
  // mkdtemp makes it private, but as root the cluster is initialised by a postgres user.
  await chmod(tempDir, 0o755);
  server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "postgres"), ephemeral: true });
});

afterAll(async () => {
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

const TAG_MODEL = `
model Tag {
  id   String @id @default(cuid())
  name String @unique
}
`;

/** A copy of the project's prisma/ folder (schema and committed migrations) to change freely. */
async function copyOfPrismaFolder(label: string) {
  const dir = path.join(tempDir, label);
  const schemaPath = path.join(dir, "schema.prisma");
  const migrationsDir = path.join(dir, "migrations");
  await mkdir(dir, { recursive: true });
  await cp("prisma/schema.prisma", schemaPath);
  await cp("prisma/migrations", migrationsDir, { recursive: true });
  return { schemaPath, migrationsDir };
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir("prisma/migrations", { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

describe("committed migrations", () => {
  it("are in sync with schema.prisma (run `npm run db:migration -- <name>` after editing the schema)", async () => {
    expect(await diffMigrationsToSchema({ databaseUrl: server.url })).toBe("");
  });

  it("are reported out of sync when schema.prisma gains a model without a migration", async () => {
    const copy = await copyOfPrismaFolder("drift");
    await appendFile(copy.schemaPath, TAG_MODEL);

    const sql = await diffMigrationsToSchema({ databaseUrl: server.url, ...copy });

    expect(sql).toContain('CREATE TABLE "Tag"');
    expect(sql).not.toContain('CREATE TABLE "User"');
  });
});

describe("applyMigrations", () => {
  it("creates the schema on an empty database and records each migration as Prisma does, once", async () => {
    const names = await committedMigrations();
    expect(names.length).toBeGreaterThan(0);

    await withScratchDatabase(server.url, async (databaseUrl) => {
      expect(await applyMigrations({ databaseUrl })).toEqual({ applied: names });

      const tables = await query<{ table_name: string }>(
        databaseUrl,
        "select table_name from information_schema.tables where table_schema = 'public'",
      );
      expect(tables.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(["User", "Account", "Session", "Workspace", "Membership", "Article", "_prisma_migrations"]),
      );

      const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        databaseUrl,
        "select migration_name, checksum, finished_at, rolled_back_at from _prisma_migrations order by migration_name",
      );
      const expected = await Promise.all(
        names.map(async (name) => {
          const script = await readFile(path.join("prisma/migrations", name, "migration.sql"));
          return { migration_name: name, checksum: createHash("sha256").update(script).digest("hex") };
        }),
      );
      expect(rows.map(({ migration_name, checksum }) => ({ migration_name, checksum }))).toEqual(expected);
      for (const row of rows) {
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
      }

      expect(await applyMigrations({ databaseUrl })).toEqual({ applied: [] });
      expect(await query(databaseUrl, "select 1 from _prisma_migrations")).toHaveLength(names.length);
    });
  });

  it("runs a migration as one script, so semicolons inside a function body are not statement ends", async () => {
    const migrationsDir = path.join(tempDir, "function-migrations");
    await mkdir(path.join(migrationsDir, "20200101000000_add_function"), { recursive: true });
    await cp("prisma/migrations/migration_lock.toml", path.join(migrationsDir, "migration_lock.toml"));
    await writeFile(
      path.join(migrationsDir, "20200101000000_add_function", "migration.sql"),
      "CREATE FUNCTION answer() RETURNS integer AS $$ BEGIN RETURN 42; END; $$ LANGUAGE plpgsql;\n",
    );

    await withScratchDatabase(server.url, async (databaseUrl) => {
      await applyMigrations({ databaseUrl, migrationsDir });
      expect(await query(databaseUrl, "select answer() as value")).toEqual([{ value: 42 }]);
    });
  });

  it("names the migration that fails, and leaves none of its statements applied", async () => {
    const migrationsDir = path.join(tempDir, "broken-migrations");
    await mkdir(path.join(migrationsDir, "20200101000000_broken"), { recursive: true });
    await cp("prisma/migrations/migration_lock.toml", path.join(migrationsDir, "migration_lock.toml"));
    await writeFile(
      path.join(migrationsDir, "20200101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" (id integer);\nALTER TABLE "Missing" ADD COLUMN x integer;\n',
    );

    await withScratchDatabase(server.url, async (databaseUrl) => {
      await expect(applyMigrations({ databaseUrl, migrationsDir })).rejects.toThrow(
        /Applying migrations failed in migration 20200101000000_broken: .*Missing/,
      );
      expect(await query(databaseUrl, "select 1 from information_schema.tables where table_name = 'Half'")).toEqual([]);
    });
  });
});

describe("createMigration", () => {
  it("writes nothing when schema.prisma matches the committed migrations", async () => {
    const copy = await copyOfPrismaFolder("in-sync");
    const before = await readdir(copy.migrationsDir);

    expect(await createMigration({ databaseUrl: server.url, name: "nothing", ...copy })).toBeNull();
    expect(await readdir(copy.migrationsDir)).toEqual(before);
  });

  it("writes a timestamped migration for an added model, after which the folder is in sync", async () => {
    const copy = await copyOfPrismaFolder("added-model");
    await appendFile(copy.schemaPath, TAG_MODEL);

    const folder = await createMigration({ databaseUrl: server.url, name: "add_tag", ...copy });

    expect(folder).toMatch(/[/\\]\d{14}_add_tag$/);
    expect(path.dirname(folder!)).toBe(copy.migrationsDir);
    const script = await readFile(path.join(folder!, "migration.sql"), "utf8");
    expect(script).toContain('CREATE TABLE "Tag"');
    expect(script).toContain('CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name")');
    expect(script).not.toContain('CREATE TABLE "User"');
    expect(await diffMigrationsToSchema({ databaseUrl: server.url, ...copy })).toBe("");
  });

  it("starts a migrations folder from scratch, lockfile included", async () => {
    const schemaPath = path.join(tempDir, "fresh", "schema.prisma");
    const migrationsDir = path.join(tempDir, "fresh", "migrations");
    await mkdir(path.dirname(schemaPath), { recursive: true });
    await cp("prisma/schema.prisma", schemaPath);

    const folder = await createMigration({ databaseUrl: server.url, name: "init", schemaPath, migrationsDir });

    expect(await readFile(path.join(folder!, "migration.sql"), "utf8")).toContain('CREATE TABLE "User"');
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("refuses a name that cannot be a folder suffix", async () => {
    await expect(createMigration({ databaseUrl: server.url, name: "Add Tags" })).rejects.toThrow(/Invalid migration name/);
  });
});
