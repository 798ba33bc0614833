import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { requireMember } from "@/lib/workspaces/require-member";
import { assertAnotherOwner } from "./lock-owners";
import type { LeaveWorkspaceInput } from "./schema";

/** The user leaves a workspace; the last owner cannot. Returns a workspace to go to next. */
export async function leaveWorkspace(userId: string, input: LeaveWorkspaceInput): Promise<{ nextSlug: string | null }> {
  const workspace = await requireMember(userId, input.workspaceSlug);
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } } });
    if (!membership) throw new AppError("NOT_FOUND", "That workspace does not exist.");
    if (membership.role === "owner") await assertAnotherOwner(tx, workspace.id, userId);
    await tx.membership.delete({ where: { id: membership.id } });
  });
  const next = await db.membership.findFirst({
    where: { userId },
    orderBy: [{ workspace: { personal: "desc" } }, { createdAt: "asc" }],
    select: { workspace: { select: { slug: true } } },
  });
  return { nextSlug: next?.workspace.slug ?? null };
}
