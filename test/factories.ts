import { randomBytes } from "node:crypto";
import { createArticle } from "@/lib/articles/create-article";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

export const TEST_PASSWORD = "correct horse battery staple";

/** A fresh user with a personal workspace; every test makes its own so tests never collide. */
export async function createTestUser(name = "Test Checker") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(4).toString("hex")}@example.org`;
  return createUser({ name, email, password: TEST_PASSWORD });
}

/** Adds a user to a workspace with a role. */
export async function addMember(workspaceId: string, userId: string, role: Role) {
  return db.membership.create({ data: { workspaceId, userId, role } });
}

/** An article in a workspace, one paragraph per line of `text`, created as `userId`. */
export async function createTestArticle(userId: string, workspaceSlug: string, text: string, title = "Test article") {
  const { articleId } = await createArticle(userId, { workspaceSlug, title, text });
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return { articleId, plainText: article.plainText, version: article.version };
}

/** A selection of the first occurrence of `quote` in `plainText`, as the browser would send it. */
export function selectionOf(plainText: string, quote: string, occurrence = 0) {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) index = plainText.indexOf(quote, index + 1);
  if (index === -1) throw new Error(`"${quote}" is not in the text`);
  const start = [...plainText.slice(0, index)].length;
  return { exact: quote, prefix: "", suffix: "", start, end: start + [...quote].length };
}

/** A team workspace owned by a fresh user, with the default rating scale. */
export async function createTestTeam(ownerName = "Team Owner", workspaceName = "Test Newsroom") {
  const { user: owner } = await createTestUser(ownerName);
  const { slug } = await createWorkspace(owner.id, { name: workspaceName });
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug } });
  return { owner, workspace };
}

/**
 * A team for review tests: the owner's personal workspace with extra members in the given roles,
 * an article, and one claim by the owner with the scale's first label as its verdict.
 */
export async function createReviewTeam(roles: Role[] = ["reviewer"], { approvalsRequired = 1 } = {}) {
  const { user: owner, workspace } = await createTestUser("Team Owner");
  await db.workspace.update({ where: { id: workspace.id }, data: { approvalsRequired } });
  const members = [];
  for (const role of roles) {
    const { user } = await createTestUser(`Team ${role}`);
    await addMember(workspace.id, user.id, role);
    members.push(user);
  }
  const labels = await db.ratingLabel.findMany({ where: { workspaceId: workspace.id }, orderBy: { position: "asc" } });
  const article = await createTestArticle(owner.id, workspace.slug, "Unemployment fell to 3 percent last year. Exports doubled.");
  const created = await createClaim(owner.id, { workspaceSlug: workspace.slug, articleId: article.articleId, anchor: selectionOf(article.plainText, "Unemployment fell to 3 percent") });
  const claim = await db.claim.update({ where: { id: created.id }, data: { ratingLabelId: labels[0].id, version: { increment: 1 } } });
  return { owner, workspace, slug: workspace.slug, members, labels, article, claim };
}

/** A claim on the first occurrence of `quote` in an article, created as `userId`. */
export async function createTestClaim(userId: string, workspaceSlug: string, article: { articleId: string; plainText: string }, quote: string) {
  const { createClaim } = await import("@/lib/claims/create-claim");
  return createClaim(userId, { workspaceSlug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) });
}

/** A claim's recorded history as [kind, before, after] rows, oldest first. */
export async function claimEventsOf(claimId: string) {
  const events = await db.claimEvent.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return events.map((event) => ({ kind: event.kind, actorId: event.actorId, before: event.before, after: event.after }));
}

/**
 * An annotated article for export tests: three claims by the owner (approved with a numeric
 * verdict, approved "Unproven" (value 0), and open without verdict), rationale with a link,
 * sources with stances and a reviewer's approval. `hostile` puts markup payloads in the texts.
 */
export async function createAnnotatedArticle({ hostile = "" } = {}) {
  const team = await createReviewTeam(["reviewer"]);
  const { owner, workspace, labels, members } = team;
  const text = "Unemployment fell to 3 percent last year. Exports doubled 🚢 since 2015.\nThe minister said wages rose by half.";
  const article = await createTestArticle(owner.id, workspace.slug, text, `Economy speech ${hostile}`.trim());
  await db.article.update({
    where: { id: article.articleId },
    data: { byline: "Jane Reporter", sourceUrl: "https://news.example.org/economy", publishedAt: new Date("2016-10-03T00:00:00Z") },
  });
  const label = (name: string) => labels.find((each) => each.label === name)!;
  const rationale = (words: string) => ({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: `${words} ${hostile}`.trim() }, { type: "text", text: " See the data", marks: [{ type: "link", attrs: { href: "https://stats.example.org/table" } }] }] },
    ],
  });
  const specs = [
    { quote: "Unemployment fell to 3 percent", label: "False", status: "approved" as const, normalized: `Unemployment fell to 3% in 2015 ${hostile}`.trim() },
    { quote: "Exports doubled 🚢", label: "Unproven", status: "approved" as const, normalized: null },
    { quote: "wages rose by half", label: null, status: "open" as const, normalized: null },
  ];
  const claims = [];
  for (const [index, spec] of specs.entries()) {
    const { id } = await createTestClaim(owner.id, workspace.slug, article, spec.quote);
    const approvedAt = spec.status === "approved" ? new Date(`2016-10-0${5 + index}T12:00:00Z`) : null;
    await db.claim.update({
      where: { id },
      data: {
        ratingLabelId: spec.label ? label(spec.label).id : null,
        normalizedText: spec.normalized,
        rationale: rationale(`Rationale ${index + 1}.`),
        status: spec.status,
        approvedAt,
        reviewRound: spec.status === "approved" ? 1 : 0,
        sources: {
          create: [
            { url: `https://source${index}.example.org/report`, title: `Source ${index + 1} ${hostile}`.trim(), stance: "refutes", position: 0, publisher: "Stats Office" },
            { url: `https://context${index}.example.org/`, title: `Context ${index + 1}`, stance: "context", position: 1 },
          ],
        },
      },
    });
    if (approvedAt) await db.review.create({ data: { claimId: id, reviewerId: members[0].id, round: 1, decision: "approved", createdAt: approvedAt } });
    claims.push(id);
  }
  return { ...team, article, claims };
}
