// `npm run bench -- <name>`: runs bench/<name>.ts's exported `main`. Every benchmark is a
// top-level file here; helpers live in bench/lib/ and bench/<name>/.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function listBenchmarks(): string[] {
  return readdirSync(here)
    .filter((file) => file.endsWith(".ts") && file !== "run.ts")
    .map((file) => file.slice(0, -".ts".length))
    .sort();
}

async function run() {
  const name = process.argv[2];
  const available = listBenchmarks();
  if (!name || !available.includes(name)) {
    console.error(name ? `Unknown benchmark "${name}".` : "Name a benchmark to run.");
    console.error(`Usage: npm run bench -- <name>\nBenchmarks: ${available.join(", ") || "(none)"}`);
    process.exit(1);
  }
  const module = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as { main?: (args: string[]) => Promise<void> };
  if (typeof module.main !== "function") throw new Error(`bench/${name}.ts does not export a main function`);
  await module.main(process.argv.slice(3));
}

run().then(
  // Explicit exit: pools and timers of helpers must not keep a finished benchmark alive.
  () => process.exit(0),
  (error) => {
    console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
