import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { hashPassword, verifyPassword } from "./password";
import type { ChangePasswordInput } from "./schema";

/**
 * Changes the user's own password after checking the current one. Bumping sessionVersion ends
 * every session issued before, this one included; the form signs in again with the new password.
 */
export async function changePassword(userId: string, input: ChangePasswordInput): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!user.passwordHash) {
    throw new AppError("INVALID_INPUT", "Your account signs in with GitHub or Google and has no password to change.");
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_INPUT", "Your current password is not correct.", {
      currentPassword: ["Your current password is not correct."],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  // The old hash is part of the condition, so two changes racing cannot both win.
  const { count } = await db.user.updateMany({
    where: { id: userId, passwordHash: user.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT", "Your password was changed elsewhere just now. Sign in again and retry.");
}
