import { describeSelection } from "@/lib/anchoring";
import { codePointMap } from "@/lib/editor/code-point-map";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { planSuggestions } from "./plan-suggestions";
import { suggestClaims } from "./suggest-claims";

/**
 * Runs the suggester on an article's current text and replaces its pending suggestions, keeping
 * the checker's decisions and skipping sentences a live claim covers. Callers have checked
 * access to the article already. Serialized per article, so two runs never store duplicates.
 * The client is passed in (no "server-only") so the demo seed stores suggestions too.
 */
export async function storeSuggestions(db: PrismaClient, workspaceId: string, articleId: string): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('claim-suggestions'), hashtext(${articleId}))`;
      const article = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: { plainText: true } });
      if (!article) return 0;
      // One connection: queries of a transaction run one after the other.
      const decided = await tx.claimSuggestion.findMany({ where: { articleId, status: { not: "pending" } }, select: { exact: true, start: true } });
      const claims = await tx.claim.findMany({ where: { articleId, deletedAt: null, anchorStatus: "anchored" }, select: { start: true, end: true } });
      const planned = planSuggestions(suggestClaims(article.plainText), decided, claims);
      await tx.claimSuggestion.deleteMany({ where: { articleId, status: "pending" } });
      if (planned.length > 0) await tx.claimSuggestion.createMany({ data: toRows(workspaceId, articleId, article.plainText, planned) });
      return planned.length;
    },
    { timeout: 30_000 },
  );
}

function toRows(workspaceId: string, articleId: string, plainText: string, planned: ReturnType<typeof planSuggestions>) {
  const map = codePointMap(plainText);
  return planned.map((candidate): Prisma.ClaimSuggestionCreateManyInput => {
    // The same selectors a claim on this sentence gets, so accepting it is marking it.
    const { quote, position } = describeSelection(plainText, map.toUtf16(candidate.start), map.toUtf16(candidate.end));
    return {
      workspaceId,
      articleId,
      exact: quote.exact,
      prefix: quote.prefix ?? "",
      suffix: quote.suffix ?? "",
      start: position!.start,
      end: position!.end,
      score: candidate.score,
      reasons: candidate.reasons,
    };
  });
}
