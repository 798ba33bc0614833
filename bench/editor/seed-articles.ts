import { docPlainText } from "../../lib/editor/doc-plain-text";
import { parseArticleDoc } from "../../lib/editor/parse-article-doc";
import { plainTextToDoc } from "../../lib/editor/plain-text-to-doc";
import type { ClaimStatus, PrismaClient, SourceStance } from "../../lib/generated/prisma/client";
import type { BenchUser } from "../lib/create-bench-user";
import type { Random } from "../lib/random";
import type { GeneratedArticle } from "./generate-article";
import type { GeneratedClaim } from "./generate-claims";

export interface SeededClaim {
  id: string;
  exact: string;
  kind: GeneratedClaim["kind"];
}

export interface SeededArticles {
  /** The article with every generated claim. */
  annotated: { id: string; claims: SeededClaim[] };
  /** The same text without claims: the "plain Tiptap" baseline. */
  plain: { id: string };
  /** The same text with one claim, for the panel's baseline figures. */
  single: { id: string; claims: SeededClaim[] };
  lastParagraph: string;
}

const STATUSES: ClaimStatus[] = ["open", "in_progress", "verdict_proposed"];
const STANCES: SourceStance[] = ["supports", "refutes", "context"];

/** Stores the generated text three times in the user's workspace (see SeededArticles). */
export async function seedArticles(db: PrismaClient, user: BenchUser, random: Random, article: GeneratedArticle, claims: GeneratedClaim[]): Promise<SeededArticles> {
  const doc = parseArticleDoc(plainTextToDoc(article.plainText));
  if (docPlainText(doc) !== article.plainText) throw new Error("generated text does not survive the editor schema unchanged");
  const labels = await db.ratingLabel.findMany({ where: { workspaceId: user.workspace.id }, orderBy: { position: "asc" } });
  const create = (title: string) =>
    db.article.create({
      data: {
        workspaceId: user.workspace.id,
        title,
        byline: "Benchmark desk",
        publishedAt: new Date("2016-10-03T00:00:00Z"),
        content: doc.toJSON(),
        plainText: article.plainText,
        createdById: user.id,
      },
      select: { id: true },
    });
  const [annotated, plain, single] = [await create("Benchmark: 1,000 claims"), await create("Benchmark: no claims"), await create("Benchmark: one claim")];

  const rows = (articleId: string, items: GeneratedClaim[]) =>
    items.map((claim, index) => ({
      workspaceId: user.workspace.id,
      articleId,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      // About one in eight claims has no verdict yet, the rest a random label of the scale.
      ratingLabelId: random.chance(0.125) ? null : random.pick(labels).id,
      status: random.pick(STATUSES),
      normalizedText: random.chance(0.2) ? `Claim ${index + 1}: ${claim.exact}`.slice(0, 1000) : null,
      rationale: random.chance(0.3) ? rationaleDoc(claim.exact) : undefined,
      tags: random.chance(0.25) ? [random.pick(["syria", "ceasefire", "russia", "aid"])] : [],
      createdById: user.id,
    }));
  const stored = await db.claim.createManyAndReturn({ data: rows(annotated.id, claims), select: { id: true, start: true, end: true, exact: true } });
  // RETURNING order is not promised: find each claim's kind by its (unique) range.
  const kinds = new Map(claims.map((claim) => [`${claim.start}:${claim.end}`, claim.kind]));
  const withSources = stored.filter((_, index) => index % 20 === 0);
  await db.source.createMany({
    data: withSources.flatMap((claim, index) =>
      Array.from({ length: 1 + (index % 2) }, (_, position) => ({
        claimId: claim.id,
        url: `https://example.org/reports/${index}-${position}`,
        title: `Report ${index + 1}.${position + 1} on the ceasefire talks`,
        publisher: random.pick(["Reuters", "AP", "AFP", "State Department"]),
        excerpt: "A short excerpt of the source that supports or refutes the claim.",
        stance: random.pick(STANCES),
        position,
      })),
    ),
  });
  const singleClaim = claims.find((claim) => claim.kind === "single")!;
  const [singleStored] = await db.claim.createManyAndReturn({ data: rows(single.id, [singleClaim]), select: { id: true } });

  return {
    annotated: { id: annotated.id, claims: stored.map((row) => ({ id: row.id, exact: row.exact, kind: kinds.get(`${row.start}:${row.end}`)! })) },
    plain,
    single: { id: single.id, claims: [{ id: singleStored.id, exact: singleClaim.exact, kind: "single" }] },
    lastParagraph: article.paragraphs[article.paragraphs.length - 1],
  };
}

function rationaleDoc(exact: string) {
  return {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: `Checked against the State Department transcript: “${exact.slice(0, 80)}”.` }] }],
  };
}
