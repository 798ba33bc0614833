import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";

/** A membership of this workspace by id, read in the transaction; NOT_FOUND otherwise. */
export async function findWorkspaceMembership(tx: Prisma.TransactionClient, workspaceId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, workspaceId },
    select: { id: true, userId: true, role: true, user: { select: { name: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "That person is no longer a member of this workspace.");
  return membership;
}
