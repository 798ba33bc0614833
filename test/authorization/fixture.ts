import { randomBytes } from "node:crypto";
import { createArticle } from "@/lib/articles/create-article";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createDefaultRatingScale } from "@/lib/rating-scale/create-default-rating-scale";
import { selectionOf } from "@/test/factories";

export const ROLES: Role[] = ["owner", "editor", "reviewer", "viewer"];

export interface Actor {
  id: string;
  name: string;
  email: string;
}

export interface AuthFixture {
  slug: string;
  workspaceId: string;
  /** The member of each role; `author` (an editor) wrote the claim, which is submitted for review. */
  members: Record<Role, Actor> & { author: Actor };
  outsider: Actor;
  articleId: string;
  articleVersion: number;
  plainText: string;
  claimId: string;
  claimVersion: number;
  sourceId: string;
  labelIds: string[];
  /** Membership ids by role (the viewer's is the usual target of member management). */
  membershipIds: Record<Role, string>;
  invitationId: string;
  /** A comment written by `author`. */
  commentId: string;
  /** The pending claim suggestion made on import for "Exports doubled in a decade…". */
  suggestionId: string;
}

async function makeUser(name: string): Promise<Actor> {
  // No password: these actors never sign in through the form, which keeps the fixture fast.
  const email = `${name.toLowerCase()}.${randomBytes(5).toString("hex")}@example.org`;
  return db.user.create({ data: { name, email }, select: { id: true, name: true, email: true } });
}

const TEXT = "Unemployment fell to 3 percent last year.\nExports doubled in a decade, the minister said.";

/** A fresh workspace with one member per role, an outsider, an article, a submitted claim with a source. */
export async function createAuthFixture(): Promise<AuthFixture> {
  const [owner, editor, reviewer, viewer, author, outsider] = await Promise.all(
    ["Owner", "Editor", "Reviewer", "Viewer", "Author", "Outsider"].map(makeUser),
  );
  const slug = `authz-${randomBytes(5).toString("hex")}`;
  const workspace = await db.workspace.create({ data: { slug, name: "Authorization test" } });
  await db.$transaction((tx) => createDefaultRatingScale(tx, workspace.id));
  const roles: [Actor, Role][] = [[owner, "owner"], [editor, "editor"], [reviewer, "reviewer"], [viewer, "viewer"], [author, "editor"]];
  await db.membership.createMany({ data: roles.map(([user, role]) => ({ workspaceId: workspace.id, userId: user.id, role })) });
  // The outsider owns a workspace of their own, so "another workspace's data" is tested too.
  await db.workspace.create({
    data: { slug: `outsider-${randomBytes(5).toString("hex")}`, name: "Elsewhere", memberships: { create: { userId: outsider.id, role: "owner" } } },
  });

  const { articleId } = await createArticle(author.id, { workspaceSlug: slug, title: "Economy", text: TEXT });
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const claim = await createClaim(author.id, { workspaceSlug: slug, articleId, anchor: selectionOf(article.plainText, "Unemployment fell to 3 percent") });
  const labels = await db.ratingLabel.findMany({ where: { workspaceId: workspace.id }, orderBy: { position: "asc" } });
  const source = await db.source.create({
    data: { claimId: claim.id, url: "https://stats.example.org/jobs", title: "Jobs report", stance: "supports", position: 0 },
  });
  const submitted = await db.claim.update({
    where: { id: claim.id },
    data: { ratingLabelId: labels[0].id, status: "verdict_proposed", reviewRound: 1, submittedAt: new Date(), version: { increment: 1 } },
  });
  const memberships = await db.membership.findMany({ where: { workspaceId: workspace.id } });
  const membershipOf = (user: Actor) => memberships.find((membership) => membership.userId === user.id)!.id;
  const invitation = await db.invitation.create({
    data: {
      workspaceId: workspace.id,
      email: `invitee.${randomBytes(4).toString("hex")}@example.org`,
      role: "reviewer",
      tokenHash: randomBytes(32).toString("hex"),
      invitedById: owner.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const comment = await db.comment.create({ data: { claimId: claim.id, authorId: author.id, body: "Checked the figures." } });
  const suggestion = await db.claimSuggestion.findFirstOrThrow({ where: { articleId, exact: { startsWith: "Exports doubled" } } });
  return {
    suggestionId: suggestion.id,
    membershipIds: { owner: membershipOf(owner), editor: membershipOf(editor), reviewer: membershipOf(reviewer), viewer: membershipOf(viewer) },
    invitationId: invitation.id,
    commentId: comment.id,
    slug,
    workspaceId: workspace.id,
    members: { owner, editor, reviewer, viewer, author },
    outsider,
    articleId,
    articleVersion: article.version,
    plainText: article.plainText,
    claimId: claim.id,
    claimVersion: submitted.version,
    sourceId: source.id,
    labelIds: labels.map((label) => label.id),
  };
}
