import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { panicRegistry } from "./panic-registry";

export type SchemaEngineClass = typeof bindings.SchemaEngine;

let loading: Promise<SchemaEngineClass> | undefined;

/** Prisma's schema engine compiled to WebAssembly, instantiated once per process. */
export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// Node 20 cannot `import` a .wasm file: compile it by hand and wire it to the wasm-bindgen glue
// the way a bundler would.
async function instantiate(): Promise<SchemaEngineClass> {
  // Without the registry, a panic inside the engine surfaces as an unrelated TypeError.
  panicRegistry();
  // The CLI's own copy of the engine matches prisma 7.10.1; the wrapper package's build is newer.
  const wasmPath = path.join(path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build/schema_engine_bg.wasm");
  const compiled = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(compiled, { "./schema_engine_bg.js": withUnrefTimers(bindings) });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings.SchemaEngine;
}

// The engine arms 10-second timers (lock and connection timeouts) and, lacking clearTimeout in its
// imports, never cancels them: each would keep a finished script alive for 10 s. Unreferenced, they
// still fire while an operation runs, and open database connections keep the process up till then.
function withUnrefTimers(glue: typeof bindings): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (value as (...args: unknown[]) => unknown)(...args);
      (timer as Partial<NodeJS.Timeout>).unref?.();
      return timer;
    };
  }
  return imports;
}
