// Runs `prisma generate` offline. The CLI insists on locating a native schema engine before it
// generates, and that engine cannot be downloaded here; generation itself never uses it, so any
// existing file satisfies the check (see docs in README "Migrations, offline").
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
