import type { NotificationKind } from "@/lib/generated/prisma/enums";

/** One notification as the bell lists it. */
export interface NotificationDTO {
  id: string;
  kind: NotificationKind;
  /** ISO timestamps. */
  createdAt: string;
  readAt: string | null;
  actor: { name: string } | null;
  workspace: { slug: string; name: string };
  claim: { id: string; excerpt: string } | null;
  article: { id: string; title: string } | null;
  /** Where clicking it leads: the claim open on its article, else the article or workspace. */
  href: string;
}

export interface NotificationPage {
  items: NotificationDTO[];
  /** Pass back as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null;
}
