import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

interface NotifyInput {
  /** Recipients; the actor is never notified of their own action. */
  userIds: string[];
  workspaceId: string;
  kind: NotificationKind;
  actorId: string;
  claimId?: string;
  articleId?: string;
}

/** Creates in-app notifications inside the caller's transaction. */
export async function notify(tx: Prisma.TransactionClient, input: NotifyInput) {
  const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      workspaceId: input.workspaceId,
      kind: input.kind,
      actorId: input.actorId,
      claimId: input.claimId ?? null,
      articleId: input.articleId ?? null,
    })),
  });
}
