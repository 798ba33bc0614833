import { panicRegistry } from "./panic-registry";

export interface EngineCrashWatch {
  /** Rejects with the engine's panic message if the engine panics while watched. */
  crashed: Promise<never>;
  /** The panic behind `error` if it is a wasm trap (thrown synchronously by an engine call), else `error`. */
  explain(error: unknown): unknown;
  /** Whether the engine panicked, after which it must not be freed or reused. */
  readonly hasCrashed: boolean;
  stop(): void;
}

let poisonedBy: string | undefined;

// Most engine panics arrive as an uncaught WebAssembly trap outside any promise the engine
// returned: unwatched, the process dies with a bare "RuntimeError: unreachable" and the awaited
// call never settles.

/** Watches for an engine panic while engine calls run, turning it into an Error with the panic message. */
export function watchEngineCrash(): EngineCrashWatch {
  if (poisonedBy) throw new Error(`the schema engine crashed earlier in this process (${poisonedBy}); restart it`);
  let reject!: (error: Error) => void;
  const crashed = new Promise<never>((_, onReject) => (reject = onReject));
  crashed.catch(() => {}); // Only ever raced against the engine's calls.

  const explain = (error: unknown): unknown => {
    if (!(error instanceof WebAssembly.RuntimeError)) return error;
    const registry = panicRegistry();
    // After a trap the shared wasm memory cannot be trusted: later engines must not use it.
    poisonedBy = registry.message.replace(/^RuntimeError: /, "") || error.message;
    registry.message = "";
    return new Error(`the schema engine crashed: ${poisonedBy}`, { cause: error });
  };
  const onUncaught = (error: unknown) => {
    if (error instanceof WebAssembly.RuntimeError) return reject(explain(error) as Error);
    // Not ours. When no one else listens, restore Node's default: crash with the error.
    if (process.listenerCount("uncaughtException") === 1) {
      process.off("uncaughtException", onUncaught);
      process.nextTick(() => {
        throw error;
      });
    }
  };
  process.on("uncaughtException", onUncaught);

  return {
    crashed,
    explain,
    get hasCrashed() {
      return poisonedBy !== undefined;
    },
    stop: () => process.off("uncaughtException", onUncaught),
  };
}
