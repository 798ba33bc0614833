import { describe, expect, it } from "vitest";
import { act, unwrap } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import { createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { COUNT_CAP } from "./count-cap";
import { findHits } from "./find-hits";
import { searchWorkspace } from "./search-workspace";

const rationale = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/**
 * 1,300 claims one minute apart (n = 1 newest): every 13th says the exports doubled, the others
 * that a convoy was attacked; the newest convoy claim is deleted. Setup only, through one statement.
 */
async function bigDesk() {
  const { user, workspace } = await createTestUser("Window Owner");
  const article = await createTestArticle(user.id, workspace.slug, "The convoy was attacked near Aleppo. Exports doubled in a decade.", "Desk");
  const first = unwrap(
    await act.createClaim(user.id, { workspaceSlug: workspace.slug, articleId: article.articleId, anchor: selectionOf(article.plainText, "The convoy was attacked near Aleppo.") }),
  );
  await db.$executeRaw`
    INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, prefix, suffix, start, "end", "createdById", "createdAt", "updatedAt", "deletedAt")
    SELECT ${first.id} || '-' || lpad(n::text, 4, '0'), "workspaceId", "articleId",
           CASE WHEN n % 13 = 0 THEN 'Exports doubled in a decade, officials said.' ELSE 'The convoy was attacked near Aleppo, officials said.' END,
           '', '', 0, 10, "createdById", now() + interval '1 day' - n * interval '1 minute', now(), CASE WHEN n = 1 THEN now() END
    FROM "Claim", generate_series(1, 1300) n WHERE id = ${first.id}`;
  return { workspaceId: workspace.id, slug: workspace.slug, user, article };
}

describe("findHits among the newest claims first", () => {
  it("finds the same page, counts and 'more than' as reading every match, whether the newest hold enough matches or not", async () => {
    const { workspaceId } = await bigDesk();
    // The newest 1,150 claims hold 1,150 - 88 exports claims - 1 deleted = 1,061 convoy matches,
    // more than COUNT_CAP: the window alone answers. The newest 200 hold 184: all are read.
    const windows = [1150, 200];
    const everything = { recentClaims: 1_000_000 };
    for (const q of ["convoy", '"convoy was attacked"', "exports", "Aleppo -convoy", "nothing-like-this"]) {
      for (const page of [1, 3, 50]) {
        const all = await findHits(db, workspaceId, { q }, page, 20, everything);
        for (const recentClaims of windows) {
          expect({ q, page, recentClaims, hits: await findHits(db, workspaceId, { q }, page, 20, { recentClaims }) }).toEqual({ q, page, recentClaims, hits: all });
        }
      }
    }
    const convoy = await findHits(db, workspaceId, { q: "convoy" }, 1, 20, { recentClaims: 1150 });
    expect(convoy.counts.claim).toBe(COUNT_CAP);
    expect(convoy.capped.claim).toBe(true);
    // Newest first among equal ranks, the deleted one left out.
    expect(convoy.refs[0].id).toMatch(/-0002$/);
    const exports = await findHits(db, workspaceId, { q: "exports", type: "claims" }, 1, 20, { recentClaims: 200 });
    expect(exports.counts.claim).toBe(100);
    expect(exports.capped.claim).toBe(false);
  });
});

describe("search with claim filters and text", () => {
  it("finds on each tab the claims, articles and sources that match the text and whose claims match the filters", async () => {
    const { user, workspace } = await createTestUser("Filter Owner");
    const slug = workspace.slug;
    const [trueLabel, falseLabel] = await Promise.all(
      ["True", "False"].map((label) => db.ratingLabel.findFirstOrThrow({ where: { workspaceId: workspace.id, label } })),
    );
    // Harbour articles: one with a True claim, one with a False claim, one with an unrated claim;
    // and an article not about the harbour that has a True claim about it.
    const make = async (title: string, text: string, quote: string, ratingLabelId: string | null, source?: string) => {
      const article = await createTestArticle(user.id, slug, text, title);
      const claim = unwrap(await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }));
      let updated = ratingLabelId ? unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: claim.version, patch: { ratingLabelId } })) : claim;
      if (source) {
        updated = unwrap(await act.addSource(user.id, { workspaceSlug: slug, claimId: claim.id, version: updated.version, source: { url: "https://port.example.org", title: source, stance: "supports" } }));
      }
      return { articleId: article.articleId, claimId: claim.id };
    };
    const rated = await make("Port A", "The harbour handled 40 ships. Fees rose.", "The harbour handled 40 ships.", trueLabel.id, "Harbour authority ledger");
    const wrong = await make("Port B", "The harbour closed twice. Fees fell.", "Fees fell.", falseLabel.id, "Harbour fees notice");
    const unrated = await make("Port C", "The harbour was dredged. Fees held.", "Fees held.", null);
    const inland = await make("Inland", "Rail freight grew. The harbour claim was repeated.", "The harbour claim was repeated.", trueLabel.id);
    unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: inland.claimId, version: 2, patch: { rationale: rationale("Nothing about ships.") } }));

    const ids = async (params: Record<string, string>) => {
      const view = await searchWorkspace(user.id, slug, params);
      expect(view.problems).toEqual([]);
      return view.results!.hits.map((hit) => `${hit.kind}:${hit.id}`).sort();
    };
    const sorted = (...keys: string[]) => keys.sort();
    const sourceOf = async (claimId: string) => `source:${(await db.source.findFirstOrThrow({ where: { claimId } })).id}`;
    // All kinds: the True claims that mention the harbour, the articles that mention it and have
    // a True claim (Inland's text does, in the sentence it quotes), the sources of True claims.
    expect(await ids({ q: "harbour", verdict: trueLabel.id })).toEqual(
      sorted(`claim:${rated.claimId}`, `claim:${inland.claimId}`, `article:${rated.articleId}`, `article:${inland.articleId}`, await sourceOf(rated.claimId)),
    );
    expect(await ids({ q: "harbour", verdict: trueLabel.id, type: "articles" })).toEqual(sorted(`article:${rated.articleId}`, `article:${inland.articleId}`));
    expect(await ids({ q: "ships", verdict: trueLabel.id, type: "articles" })).toEqual([`article:${rated.articleId}`]);
    expect(await ids({ q: "fees", verdict: falseLabel.id, type: "articles" })).toEqual([`article:${wrong.articleId}`]);
    expect(await ids({ q: "dredged", verdict: trueLabel.id, type: "articles" })).toEqual([]);
    expect(await ids({ q: "dredged", status: "open", type: "articles" })).toEqual([`article:${unrated.articleId}`]);
    expect(await ids({ q: "harbour", verdict: trueLabel.id, type: "claims" })).toEqual(sorted(`claim:${rated.claimId}`, `claim:${inland.claimId}`));
    expect(await ids({ q: "harbour", verdict: falseLabel.id, type: "sources" })).toEqual([await sourceOf(wrong.claimId)]);
    expect(await ids({ q: "harbour", status: "approved" })).toEqual([]);
    // Without text the articles tab lists every article with a matching claim.
    expect(await ids({ verdict: trueLabel.id, type: "articles" })).toEqual(sorted(`article:${rated.articleId}`, `article:${inland.articleId}`));
    // A deleted claim no longer qualifies its article.
    unwrap(await act.deleteClaim(user.id, { workspaceSlug: slug, claimId: inland.claimId }));
    expect(await ids({ q: "harbour", verdict: trueLabel.id, type: "articles" })).toEqual([`article:${rated.articleId}`]);
  });
});
