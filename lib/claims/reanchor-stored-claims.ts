import "server-only";
import { reanchorClaims } from "@/lib/anchoring";
import type { Prisma } from "@/lib/generated/prisma/client";
import { anchorSnapshot } from "@/lib/history/anchor-snapshot";
import type { ReanchorChange } from "@/lib/history/record-reanchors";

/**
 * Re-anchors an article's stored claims (those matching `where`) in its new plain text. A claim
 * that is found gets its fresh selectors; one that is not becomes orphaned with its last
 * selectors and every other field untouched; orphans are retried, since a re-import may bring
 * their text back. Each claim that changes gets version + 1, so open edits of it conflict.
 * Returns those changes, for the caller to record in the claims' history (recordReanchors).
 */
export async function reanchorStoredClaims(
  tx: Prisma.TransactionClient,
  articleId: string,
  plainText: string,
  where: Prisma.ClaimWhereInput = {},
): Promise<ReanchorChange[]> {
  const claims = await tx.claim.findMany({
    where: { ...where, articleId },
    select: { id: true, workspaceId: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true },
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
  const changes: ReanchorChange[] = [];
  for (const result of results) {
    const claim = stored.get(result.id)!;
    const wasAnchored = claim.anchorStatus === "anchored";
    const change = (after: ReanchorChange["after"]) =>
      changes.push({ claimId: claim.id, workspaceId: claim.workspaceId, before: anchorSnapshot(claim), after });
    if (result.status === "orphaned") {
      if (wasAnchored) {
        await tx.claim.update({ where: { id: result.id }, data: { anchorStatus: "orphaned", version: { increment: 1 } } });
        change({ ...anchorSnapshot(claim), anchorStatus: "orphaned" });
      }
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
    change({ exact: quote.exact, start: position!.start, end: position!.end, anchorStatus: "anchored" });
  }
  return changes;
}
