import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createTestArticle, createTestUser } from "@/test/factories";

const TEXT = "Average rent rose by 14 percent since 2019, the mayor said.";

// The table as the triggers keep it, and as a direct count of the live claims says it should be.
async function wordingsOf(workspaceId: string) {
  const kept = await db.$queryRaw<{ exactHash: string; normalizedHash: string; claims: number }[]>`
    SELECT "exactHash", "normalizedHash", "claims" FROM "SimilarClaimWording" WHERE "workspaceId" = ${workspaceId}
    ORDER BY 1, 2`;
  const counted = await db.$queryRaw<{ exactHash: string; normalizedHash: string; claims: number }[]>`
    SELECT md5(lower("exact")) AS "exactHash", md5(lower(coalesce("normalizedText", ''))) AS "normalizedHash", count(*)::int AS "claims"
    FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL GROUP BY 1, 2 ORDER BY 1, 2`;
  return { kept, counted };
}

async function workspaceWithClaims() {
  const { user, workspace } = await createTestUser("Wording Keeper");
  const article = await createTestArticle(user.id, workspace.slug, TEXT);
  // Setup only: claims written in bulk, as an import or the large dataset's seed writes them.
  await db.$executeRaw`
    INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, start, "end", "normalizedText", "createdById", "updatedAt", "deletedAt")
    SELECT ${workspace.id} || '-' || n, ${workspace.id}, ${article.articleId},
           CASE WHEN n = 2 THEN upper(${TEXT}) WHEN n >= 6 THEN 'Violent crime fell by a third last year.' ELSE ${TEXT} END, 0, 10,
           CASE WHEN n = 5 THEN 'Rent rose 14 percent' END, ${user.id}, now(), CASE WHEN n = 8 THEN now() END
    FROM generate_series(1, 8) n`;
  return { workspaceId: workspace.id, id: (n: number) => `${workspace.id}-${n}` };
}

describe("similar claim wordings", () => {
  it("keeps one row per wording of the live claims (case aside), counted, through bulk and single writes", async () => {
    const { workspaceId, id } = await workspaceWithClaims();
    let wordings = await wordingsOf(workspaceId);
    expect(wordings.kept.map((row) => row.claims).sort()).toEqual([1, 2, 4]);
    expect(wordings.kept).toEqual(wordings.counted);

    // Edits that move claims between wordings, delete, restore, and one that moves none.
    await db.$executeRaw`UPDATE "Claim" SET exact = 'Violent crime fell by a third last year.' WHERE id = ${id(1)}`;
    await db.$executeRaw`UPDATE "Claim" SET "normalizedText" = 'Crime fell by a third' WHERE id = ${id(6)}`;
    await db.$executeRaw`UPDATE "Claim" SET "deletedAt" = now() WHERE id IN (${id(3)}, ${id(7)})`;
    await db.$executeRaw`UPDATE "Claim" SET "deletedAt" = NULL WHERE id = ${id(8)}`;
    await db.$executeRaw`UPDATE "Claim" SET status = 'in_progress' WHERE "workspaceId" = ${workspaceId}`;
    wordings = await wordingsOf(workspaceId);
    expect(wordings.kept).toEqual(wordings.counted);

    // A wording whose last claim goes is no longer listed; deleting rows counts like soft deletes.
    await db.$executeRaw`DELETE FROM "Claim" WHERE id IN (${id(5)}, ${id(6)})`;
    wordings = await wordingsOf(workspaceId);
    expect(wordings.kept).toEqual(wordings.counted);
    expect(wordings.kept.every((row) => row.claims > 0)).toBe(true);
    await db.$executeRaw`UPDATE "Claim" SET "deletedAt" = now() WHERE "workspaceId" = ${workspaceId}`;
    expect((await wordingsOf(workspaceId)).kept).toEqual([]);

    // Claims deleted with their article (a cascade) take their wordings with them too.
    await db.$executeRaw`UPDATE "Claim" SET "deletedAt" = NULL WHERE "workspaceId" = ${workspaceId}`;
    expect((await wordingsOf(workspaceId)).kept).toHaveLength(2);
    await db.$executeRaw`DELETE FROM "Article" WHERE "workspaceId" = ${workspaceId}`;
    expect((await wordingsOf(workspaceId)).kept).toEqual([]);
  });

  it("keeps a wording whose last claim goes while another claim of it is written at the same time", async () => {
    const { workspaceId, id } = await workspaceWithClaims();
    const [one, two] = [new pg.Client({ connectionString: inject("databaseUrl") }), new pg.Client({ connectionString: inject("databaseUrl") })];
    await Promise.all([one.connect(), two.connect()]);
    try {
      // The crime wording's two live claims go in one transaction while a third is added in another:
      // the insert waits for the row, finds it deleted on commit, and inserts it again.
      await one.query("BEGIN");
      await one.query(`UPDATE "Claim" SET "deletedAt" = now() WHERE id IN ($1, $2)`, [id(6), id(7)]);
      await two.query("BEGIN");
      const adding = two.query(
        `INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, start, "end", "createdById", "updatedAt")
         SELECT $1, "workspaceId", "articleId", upper(exact), start, "end", "createdById", now() FROM "Claim" WHERE id = $2`,
        [id(9), id(6)],
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await one.query("COMMIT");
      await adding;
      await two.query("COMMIT");
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
    const wordings = await wordingsOf(workspaceId);
    expect(wordings.kept).toEqual(wordings.counted);
    expect(wordings.kept.map((row) => row.claims).sort()).toEqual([1, 1, 4]);
  });

  it("holds the same search vector as the claim's quote and wording part (weight A)", async () => {
    const { id } = await workspaceWithClaims();
    const rows = await db.$queryRaw<{ same: boolean }[]>`
      SELECT w."searchVector" = c."searchVector" AS same
      FROM "Claim" c JOIN "SimilarClaimWording" w ON w."workspaceId" = c."workspaceId"
        AND w."exactHash" = md5(lower(c.exact)) AND w."normalizedHash" = md5(lower(coalesce(c."normalizedText", '')))
      WHERE c.id IN (${id(1)}, ${id(5)}, ${id(6)})`;
    expect(rows).toEqual([{ same: true }, { same: true }, { same: true }]);
  });
});
