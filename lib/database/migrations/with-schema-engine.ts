import { readFile } from "node:fs/promises";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { loadSchemaEngine } from "./load-schema-engine";
import { migrationAwareAdapter } from "./migration-aware-adapter";
import { schemaEngineError } from "./schema-engine-error";
import { watchEngineCrash } from "./watch-engine-crash";

export interface EngineOptions {
  databaseUrl: string;
  schemaPath: string;
  /** Receives the engine's progress messages; nothing is printed without it. */
  log?: (line: string) => void;
}

export interface EngineSession {
  engine: SchemaEngine;
  /** schema.prisma as the engine's `schemaDatamodel` / `schema` inputs want it. */
  schema: { files: { path: string; content: string }[] };
  /** No externally managed tables or enums: prisma.config.ts declares none. */
  filters: { externalTables: string[]; externalEnums: string[] };
}

/** Runs `work` with a schema engine connected to the database, then frees the engine and closes its pools. */
export async function withSchemaEngine<T>(
  options: EngineOptions,
  action: string,
  work: (session: EngineSession) => Promise<T>,
): Promise<T> {
  const content = await readFile(options.schemaPath, "utf8").catch((error: Error) => {
    throw new Error(`${action} failed: cannot read the Prisma schema (${error.message})`, { cause: error });
  });
  const Engine = await loadSchemaEngine();
  const watch = watchEngineCrash();
  const adapter = migrationAwareAdapter(options.databaseUrl);
  let engine: SchemaEngine | undefined;
  let failed = false;
  try {
    // Connects at once, so the database must be up.
    const starting = Engine.new({ datamodels: [[options.schemaPath, content]] }, engineLogger(options.log), adapter.factory);
    engine = await Promise.race([starting, watch.crashed]);
    const schema = { files: [{ path: options.schemaPath, content }] };
    const filters = { externalTables: [], externalEnums: [] };
    return await Promise.race([work({ engine, schema, filters }), watch.crashed]);
  } catch (error) {
    failed = true;
    throw schemaEngineError(watch.explain(error), action, adapter.factory.errorRegistry);
  } finally {
    watch.stop();
    if (!watch.hasCrashed) engine?.free();
    // A cleanup failure must not hide the error that is already on its way out.
    await adapter.close().catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
}

function engineLogger(log: EngineOptions["log"]): (line: string) => void {
  if (!log) return () => {};
  // Lines are JSON tracing events; the message is what a person wants to read.
  return (line) => {
    try {
      const event = JSON.parse(line) as { fields?: { message?: string } };
      if (event.fields?.message) log(event.fields.message);
    } catch {
      log(line);
    }
  };
}
