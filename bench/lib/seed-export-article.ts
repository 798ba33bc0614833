import { docPlainText } from "../../lib/editor/doc-plain-text";
import { parseArticleDoc } from "../../lib/editor/parse-article-doc";
import { plainTextToDoc } from "../../lib/editor/plain-text-to-doc";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { GeneratedArticle } from "../editor/generate-article";
import type { GeneratedClaim } from "../editor/generate-claims";
import type { BenchUser } from "./create-bench-user";
import type { Random } from "./random";

const STANCES = ["supports", "refutes", "context"] as const;

/**
 * An article with every generated claim fully worked: a verdict, a two-paragraph rationale with
 * a link, two sources, and (for approved claims) a reviewer's approval — the export's worst case.
 */
export async function seedExportArticle(db: PrismaClient, user: BenchUser, reviewerId: string, random: Random, article: GeneratedArticle, claims: GeneratedClaim[]) {
  const doc = parseArticleDoc(plainTextToDoc(article.plainText));
  if (docPlainText(doc) !== article.plainText) throw new Error("generated text does not survive the editor schema unchanged");
  const labels = await db.ratingLabel.findMany({ where: { workspaceId: user.workspace.id } });
  const { id: articleId } = await db.article.create({
    data: {
      workspaceId: user.workspace.id, title: "Benchmark: export of 1,000 claims", byline: "Benchmark desk", sourceUrl: "https://news.example.org/bench",
      publishedAt: new Date("2016-10-03T00:00:00Z"), content: doc.toJSON(), plainText: article.plainText, createdById: user.id,
    },
    select: { id: true },
  });
  const stored = await db.claim.createManyAndReturn({
    data: claims.map((claim, index) => {
      const approved = random.chance(0.6);
      return {
        workspaceId: user.workspace.id, articleId, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end,
        ratingLabelId: random.pick(labels).id, status: approved ? ("approved" as const) : ("verdict_proposed" as const), approvedAt: approved ? new Date() : null,
        normalizedText: random.chance(0.5) ? `Claim ${index + 1}: ${claim.exact}`.slice(0, 1000) : null, reviewRound: 1, submittedAt: new Date(),
        rationale: {
          type: "doc",
          content: [
            { type: "paragraph", content: [{ type: "text", text: `The record does not support “${claim.exact}”. ` }, { type: "text", text: "See the data.", marks: [{ type: "link", attrs: { href: "https://stats.example.org/t" } }] }] },
            { type: "paragraph", content: [{ type: "text", text: "Officials gave different figures on the same day, and the agency later revised them.", marks: [{ type: "italic" }] }] },
          ],
        },
        createdById: user.id,
      };
    }),
    select: { id: true, status: true },
  });
  await db.source.createMany({
    data: stored.flatMap((claim, index) =>
      [0, 1].map((position) => ({ claimId: claim.id, url: `https://example.org/reports/${index}-${position}`, title: `Report ${index + 1}.${position + 1} on the ceasefire talks`, publisher: "Reuters", stance: STANCES[(index + position) % 3], position })),
    ),
  });
  await db.review.createMany({ data: stored.filter((claim) => claim.status === "approved").map((claim) => ({ claimId: claim.id, reviewerId, round: 1, decision: "approved" as const })) });
  return articleId;
}
