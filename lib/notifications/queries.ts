import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListNotificationsInput } from "./schema";
import type { NotificationDTO, NotificationPage } from "./types";

const PAGE = 20;
const EXCERPT = 120;

// Only the user's own, and only from workspaces they still belong to: a member who left must
// not keep reading quotes from them through old notifications.
const visibleTo = (userId: string): Prisma.NotificationWhereInput => ({ userId, workspace: { memberships: { some: { userId } } } });

/** The user's notifications, newest first, a page at a time. */
export async function listNotifications(userId: string, input: ListNotificationsInput = {}): Promise<NotificationPage> {
  const rows = await db.notification.findMany({
    where: {
      ...visibleTo(userId),
      ...(input.workspaceSlug ? { workspace: { slug: input.workspaceSlug, memberships: { some: { userId } } } } : {}),
      ...(input.unreadOnly ? { readAt: null } : {}),
    },
    include: {
      actor: { select: { name: true } },
      workspace: { select: { slug: true, name: true } },
      claim: { select: { id: true, exact: true, normalizedText: true } },
      article: { select: { id: true, title: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, PAGE).map(
    (row): NotificationDTO => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
      actor: row.actor,
      workspace: row.workspace,
      claim: row.claim ? { id: row.claim.id, excerpt: excerpt(row.claim.normalizedText ?? row.claim.exact) } : null,
      article: row.article,
      href: href(row.workspace.slug, row.article?.id, row.claim?.id),
    }),
  );
  return { items, nextCursor: rows.length > PAGE ? items[items.length - 1].id : null };
}

/** How many of the user's notifications are unread (the bell's badge). */
export async function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { ...visibleTo(userId), readAt: null } });
}

function href(slug: string, articleId?: string, claimId?: string) {
  if (!articleId) return `/w/${encodeURIComponent(slug)}`;
  const base = `/w/${encodeURIComponent(slug)}/articles/${encodeURIComponent(articleId)}`;
  return claimId ? `${base}?claim=${encodeURIComponent(claimId)}` : base;
}

function excerpt(text: string) {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join("")}…` : chars.join("");
}
