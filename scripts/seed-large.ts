// `npm run seed:large [-- --force]`: fills a separate database with the large synthetic dataset
// the dashboard benchmark runs against (200 members, 50,000 articles, 1,000,000 claims with
// verdicts, reviews and history over two years). Target: SEED_LARGE_DATABASE_URL, or an embedded
// Postgres in .data/large. Does nothing when the dataset is already there; --force rebuilds it.
import path from "node:path";
import { LARGE_DATASET, LARGE_OWNER } from "./seed-large/large-dataset";
import { ensureLargeDataset } from "./seed-large/ensure-large-dataset";

async function main() {
  const force = process.argv.includes("--force");
  const log = (line: string) => console.log(`› ${line}`);
  const dataset = await ensureLargeDataset({ force, log });
  try {
    if (!dataset.seeded) log(`the large dataset is already there (workspace "${LARGE_DATASET.workspaceSlug}"); run with --force to rebuild it`);
    log(`database: ${dataset.embedded ? `embedded Postgres in ${path.join(".data", "large")}` : "SEED_LARGE_DATABASE_URL"}`);
    log(`sign in as ${LARGE_OWNER.email} / ${LARGE_OWNER.password} (every member shares this password); workspace /w/${dataset.workspaceSlug}`);
  } finally {
    await dataset.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`seed:large failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
