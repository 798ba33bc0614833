import "server-only";
import { reanchorClaims } from "@/lib/anchoring";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Re-anchors an article's stored claims (those matching `where`) in its new plain text. A claim
 * that is found gets its fresh selectors; one that is not becomes orphaned with its last
 * selectors and every other field untouched; orphans are retried, since a re-import may bring
 * their text back. Each claim that changes gets version + 1, so open edits of it conflict.
 */
export async function reanchorStoredClaims(
  tx: Prisma.TransactionClient,
  articleId: string,
  plainText: string,
  where: Prisma.ClaimWhereInput = {},
): Promise<void> {
  const claims = await tx.claim.findMany({
    where: { ...where, articleId },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true },
  });
  const stored = new Map(claims.map((claim) => [claim.id, claim]));
  const results = reanchorClaims(
    plainText,
    claims.map((claim) => ({
      id: claim.id,
      selectors: {
        quote: { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
        position: { type: "TextPositionSelector", start: claim.start, end: claim.end },
      },
    })),
  );
  for (const result of results) {
    const wasAnchored = stored.get(result.id)!.anchorStatus === "anchored";
    if (result.status === "orphaned") {
      if (wasAnchored) await tx.claim.update({ where: { id: result.id }, data: { anchorStatus: "orphaned", version: { increment: 1 } } });
      continue;
    }
    if (!result.changed && wasAnchored) continue;
    const { quote, position } = result.selectors;
    await tx.claim.update({
      where: { id: result.id },
      data: {
        exact: quote.exact,
        prefix: quote.prefix ?? "",
        suffix: quote.suffix ?? "",
        start: position!.start,
        end: position!.end,
        anchorStatus: "anchored",
        version: { increment: 1 },
      },
    });
  }
}
