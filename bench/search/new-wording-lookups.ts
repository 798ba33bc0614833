import type { PrismaClient } from "../../lib/generated/prisma/client";

export interface NewWordingLookup {
  /** The claim the lookup is for (left out of its own results). */
  claimId: string;
  quote: string;
}

/**
 * Similar-claim lookups for claims worded as no earlier claim is: the first half of one sampled
 * claim's quote joined to the second half of another's ("The mayor said that rent rose" +
 * "by 12 percent since 2019, the health secretary said."). Such a claim has no word-for-word
 * repeat to answer it from the md5 indexes, so the full-text candidate search and the trigram
 * scoring run every time, which the repeated quotes of the large dataset hardly ever need.
 * Joins that happen to equal an existing quote (case aside) are skipped: they would be repeats.
 */
export async function newWordingLookups(db: PrismaClient, workspaceId: string, count: number): Promise<NewWordingLookup[]> {
  const claims = await db.$queryRaw<{ id: string; exact: string }[]>`
    SELECT "id", "exact" FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL
    ORDER BY md5('new wording ' || "id") LIMIT ${count * 4}`;
  const lookups: NewWordingLookup[] = [];
  for (let index = 0; index + 1 < claims.length && lookups.length < count; index += 2) {
    const [first, second] = [claims[index], claims[index + 1]];
    const head = first.exact.split(/\s+/);
    const tail = second.exact.split(/\s+/);
    const quote = [...head.slice(0, Math.ceil(head.length / 2)), ...tail.slice(Math.ceil(tail.length / 2))].join(" ");
    if (first.exact.toLowerCase() === second.exact.toLowerCase() || (await existsWordForWord(db, workspaceId, quote))) continue;
    lookups.push({ claimId: first.id, quote });
  }
  return lookups;
}

// Through the same md5 expression indexes the lookup itself uses for repeats.
async function existsWordForWord(db: PrismaClient, workspaceId: string, text: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Claim" c WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND md5(lower(c."exact")) = md5(lower(${text}))
    ) OR EXISTS (
      SELECT 1 FROM "Claim" c WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c."normalizedText" IS NOT NULL
        AND md5(lower(c."normalizedText")) = md5(lower(${text}))
    ) AS found`;
  return rows[0]?.found ?? false;
}
