import type { ErrorRegistry } from "@prisma/driver-adapter-utils";

/** Turns what the wasm engine threw into an Error a developer can act on: what failed, why, and in which migration. */
export function schemaEngineError(error: unknown, action: string, adapterErrors?: ErrorRegistry): Error {
  if (!(error instanceof Error)) return new Error(`${action} failed: ${String(error)}`, { cause: error });

  // Engine messages end in a span trace ("   0: module::function / with … / at file.rs:12");
  // it only adds which migration was running, so keep that and drop the rest.
  const lines = error.message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  const trace = traceStart === -1 ? "" : lines.slice(traceStart).join("\n");
  const message = (traceStart === -1 ? lines : lines.slice(0, traceStart))
    .filter((line) => line.trim() !== "" && line.trim() !== "external connector error")
    // What the adapter threw reaches the engine only as an id into the adapter's registry.
    .map((line) => line.replace(/External error id#(\d+)/, (found, id: string) => describe(adapterErrors?.consumeError(Number(id))?.error) ?? found))
    .join("\n");
  // Only a migration being applied is worth naming (other spans carry a migration_name too).
  const migration = trace.match(/apply_script\s+with migration_name="([^"]+)"/)?.[1];
  const where = migration ? ` in migration ${migration}` : "";
  return new Error(`${action} failed${where}: ${message || error.name}`, { cause: error });
}

function describe(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  return error instanceof Error ? error.message : String(error);
}
