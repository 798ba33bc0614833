import "server-only";
import { db } from "@/lib/db";
import type { MarkReadInput } from "./schema";

/** Marks some or all of the user's unread notifications read; ids of anyone else's are ignored. */
export async function markRead(userId: string, input: MarkReadInput): Promise<{ updated: number; unread: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...("ids" in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  const unread = await db.notification.count({ where: { userId, readAt: null, workspace: { memberships: { some: { userId } } } } });
  return { updated: count, unread };
}
