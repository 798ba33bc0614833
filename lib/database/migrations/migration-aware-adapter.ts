import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { CharColumnsClient, withCharColumns } from "./char-columns";
import { runStatement } from "./run-statement";

export interface MigrationAwareAdapter {
  /** What `SchemaEngine.new` takes. */
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Closes every pool the engine left open (freeing the engine does not) and drops leftover shadow databases. */
  close(): Promise<void>;
}

/** The pg driver adapter the schema engine needs, with @prisma/adapter-pg 7.10.1's migration gaps filled. */
export function migrationAwareAdapter(databaseUrl: string): MigrationAwareAdapter {
  // Parsed fields rather than the string: pg lets a connectionString override `database`,
  // which would silently run shadow-database work in the main database.
  const config: pg.PoolConfig = { ...parseIntoClientConfig(databaseUrl), Client: CharColumnsClient };
  const factory = new MigrationAwarePg(config);
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), close: () => factory.closeAll() };
}

class MigrationAwarePg implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly config: pg.PoolConfig) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.track(openAdapter(this.config));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runStatement(this.config, `CREATE DATABASE "${database}"`);
    const shadow = await openAdapter({ ...this.config, database });
    return this.track({
      ...shadow,
      // Postgres refuses to drop a database that has sessions: close the pool first, and
      // FORCE away any session still lingering.
      dispose: async () => {
        try {
          await shadow.dispose();
        } finally {
          await runStatement(this.config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        }
      },
    });
  }

  async closeAll(): Promise<void> {
    const open = [...this.open];
    this.open.clear();
    const results = await Promise.allSettled(open.map((adapter) => adapter.dispose()));
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
  }

  private async track(opening: SqlDriverAdapter | Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
    const adapter = await opening;
    this.open.add(adapter);
    return {
      ...adapter,
      dispose: () => {
        // Whoever comes first (the engine or closeAll) disposes; pg refuses to end a pool twice.
        if (!this.open.delete(adapter)) return Promise.resolve();
        return adapter.dispose();
      },
    };
  }
}

async function openAdapter(config: pg.PoolConfig): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool(config);
  const adapter = await new PrismaPg(pool).connect();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: async (query) => withCharColumns(await adapter.queryRaw(query)),
    executeRaw: (query) => adapter.executeRaw(query),
    // adapter-pg splits scripts on every ";", which breaks dollar-quoted function bodies and
    // applies half a migration on failure. A parameterless query goes out as one simple-protocol
    // message instead: the whole script in one implicit transaction, as Prisma's native engine does.
    executeScript: async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    },
    // Not relabelled: the engine runs no transactions through the adapter.
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo(),
    dispose: async () => {
      await adapter.dispose();
      await pool.end();
    },
  };
}
