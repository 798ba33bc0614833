// `npm test`: the whole suite on a fresh machine. Unit and integration tests (vitest, real
// throw-away Postgres), then a production build, then Playwright end-to-end tests in Chromium
// against that build on a fresh embedded Postgres.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`━━ ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step("Unit and integration tests", bin("vitest"), ["run"]);
step("Production build", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" });
// A fresh database for every run, so e2e never depends on leftovers.
const e2eDataDir = path.join(root, ".data", "e2e");
rmSync(e2eDataDir, { recursive: true, force: true });
step("End-to-end tests (Chromium)", bin("playwright"), ["test"], { E2E_DATA_DIR: e2eDataDir, CI: process.env.CI ?? "true" });
