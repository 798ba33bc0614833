export interface PanicRegistry {
  message: string;
  set_message(message: string): void;
}

/**
 * The global the engine's wasm glue reports panic messages to, installed on first use.
 * Prisma's client may have installed one already (its wasm modules share this global): reuse it.
 */
export function panicRegistry(): PanicRegistry {
  const global = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  global.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message: string) {
      this.message = message;
    },
  };
  return global.PRISMA_WASM_PANIC_REGISTRY;
}
