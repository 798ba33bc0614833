import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReviewTeam } from "@/test/factories";
import { loadDashboardVersion } from "./load-dashboard-version";

// 50 annotators of one workspace save at the same time. Their claim edits must not queue on the
// workspace's one DashboardWorkspaceStats row, which a transaction that updates it holds until
// it commits (it used to be updated by every claim write, for the dashboard's revision).
describe("dashboard rollups under concurrent claim writes", () => {
  it("leave the workspace's stats row unlocked while an edit that moves no count is open, and still change the version", { timeout: 60_000 }, async () => {
    const team = await createReviewTeam([]);
    const versionBefore = await loadDashboardVersion(team.workspace.id);

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let edited!: () => void;
    const firstEdited = new Promise<void>((resolve) => (edited = resolve));
    const open = db.$transaction(
      async (tx) => {
        await tx.claim.update({ where: { id: team.claim.id }, data: { normalizedText: "Edited wording", tags: ["budget"], version: { increment: 1 } } });
        edited();
        await held;
      },
      { timeout: 30_000 },
    );
    await firstEdited;
    // NOWAIT fails at once (SQLSTATE 55P03) if the open edit holds the row.
    const locked = await db
      .$transaction((tx) => tx.$queryRaw`SELECT 1 FROM "DashboardWorkspaceStats" WHERE "workspaceId" = ${team.workspace.id} FOR UPDATE NOWAIT`)
      .then(
        () => false,
        (error: unknown) => {
          if (String(error).includes("55P03") || String(error).includes("could not obtain lock")) return true;
          throw error;
        },
      );
    release();
    await open;
    expect(locked).toBe(false);
    expect(await loadDashboardVersion(team.workspace.id)).not.toBe(versionBefore);
  });
});
