import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";

export const LAST_OWNER_MESSAGE =
  "A workspace needs at least one owner. Make another member an owner first.";

/**
 * Refuses, inside the transaction, a change that would take away the workspace's last owner.
 * The owners' rows are locked first, so two owners demoting each other at once cannot both pass.
 */
export async function assertAnotherOwner(tx: Prisma.TransactionClient, workspaceId: string, leavingUserId: string) {
  const owners = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND "role" = 'owner' FOR UPDATE`;
  if (!owners.some((owner) => owner.userId !== leavingUserId)) throw new AppError("CONFLICT", LAST_OWNER_MESSAGE);
}
