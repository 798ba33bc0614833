import "server-only";
import { db } from "@/lib/db";

export interface AccountSummary {
  name: string;
  email: string;
  /** False for accounts that only sign in with GitHub or Google. */
  hasPassword: boolean;
}

/** What the account page shows about the signed-in user's own account. */
export async function getAccountSummary(userId: string): Promise<AccountSummary | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, passwordHash: true } });
  return user ? { name: user.name, email: user.email, hasPassword: Boolean(user.passwordHash) } : null;
}
