import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_WORKSPACE, demoAccounts } from "@/prisma/seed/demo-accounts";
import { createPrismaClient } from "./create-prisma-client";
import { prepareDatabase } from "./prepare-database";

describe("app start-up on the embedded Postgres", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("migrates and seeds the demo once (suggestions included), and keeps data across a restart", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "factdesk-restart-"));
    dirs.push(dataDir);

    const first = await prepareDatabase({ dataDir, seedDemo: true });
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    expect(first.seededDemo).toBe(true);
    let client = createPrismaClient(first.url, 1);
    const workspace = await client.workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE.slug } });
    // The sample article opens with its check-worthy sentences suggested, as after an import.
    const suggested = await client.claimSuggestion.findMany({ where: { workspaceId: workspace.id, status: "pending" }, select: { exact: true } });
    expect(suggested.some((suggestion) => suggestion.exact.includes("On September 10, Russia and the US announced"))).toBe(true);
    expect(suggested.some((suggestion) => suggestion.exact.includes("tragic"))).toBe(false);
    await client.workspace.update({ where: { id: workspace.id }, data: { name: "Renamed before restart" } });
    await client.$disconnect();
    await first.stop();

    const second = await prepareDatabase({ dataDir, seedDemo: true });
    try {
      expect(second.appliedMigrations).toEqual([]);
      expect(second.seededDemo).toBe(false);
      client = createPrismaClient(second.url, 1);
      const again = await client.workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE.slug } });
      expect(again.name).toBe("Renamed before restart");
      expect(await client.user.count()).toBe(demoAccounts.length);
      expect(await client.article.count()).toBe(1);
      await client.$disconnect();
    } finally {
      await second.stop();
    }
  });
});
