import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";

export const CLAIM_CONFLICT = "Someone else changed this claim. Your edit was not saved; the latest version is shown.";
export const CLAIM_NOT_FOUND = "That claim does not exist or was deleted.";

interface ClaimVersionRef {
  claimId: string;
  workspaceId: string;
  /** The version the user's edit was based on. */
  version: number;
}

/**
 * The optimistic-concurrency check: `UPDATE … SET version = version + 1 WHERE id = ? AND
 * version = ?`, applying `data` in the same statement. The row lock it takes makes a concurrent
 * edit of the same version wait, then match nothing, so exactly one of them wins; the loser gets
 * CONFLICT and, thrown inside the transaction, rolls back whatever else it did.
 */
export async function bumpClaimVersion(
  tx: Prisma.TransactionClient,
  { claimId, workspaceId, version }: ClaimVersionRef,
  data: Prisma.ClaimUncheckedUpdateManyInput = {},
): Promise<void> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, workspaceId, version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const exists = await tx.claim.count({ where: { id: claimId, workspaceId, deletedAt: null } });
  if (!exists) throw new AppError("NOT_FOUND", CLAIM_NOT_FOUND);
  throw new AppError("CONFLICT", CLAIM_CONFLICT);
}
